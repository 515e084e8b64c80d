"""The command line. Commands that open no window import no Qt, so they start
fast and work on machines without a display."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from . import __version__
from .config import ConfigError

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """An expected failure: printed as one line, no traceback."""


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without its commands when only the app is opened."""
    import argparse  # only when there are arguments: see main()

    parser = argparse.ArgumentParser(
        prog="lessonapp",
        description="Offline lessons and multiple-choice quizzes written by teachers in YAML. "
        "With no command, opens the app.",
        epilog="Run 'lessonapp COMMAND --help' for the options of each command.",
    )
    parser.add_argument("--version", action="version", version=f"lessonapp {__version__}")
    parser.add_argument(
        "--lessons",
        action="append",
        metavar="DIR",
        help="use this library folder instead of the default ones (repeatable); "
        "default: the bundled course plus <data dir>/lessons",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where scores and settings live (also $LESSONAPP_DATA_DIR); default: the user data folder",
    )
    parser.add_argument("--kiosk", action="store_true", help="classroom kiosk mode: full screen, locked")
    parser.add_argument("--config", metavar="FILE", help="a settings file other than the one in the data folder")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check lesson files or folders",
        description="Check lesson files or folders. Prints path:line:col: error|warning: message. "
        "Exits 0 when there are no errors, 1 when there are, 2 on usage errors.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="a lesson file, course.yaml or a folder")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.add_argument("--json", action="store_true", help="print one JSON object, for tools")

    lessons = commands.add_parser(
        "lessons",
        help="list the library as the app sees it",
        description="List the lessons the app would show, and the files it could not load.",
    )
    lessons.add_argument("dirs", nargs="*", metavar="DIR", help="library folders (default: the app's own library)")
    lessons.add_argument("--json", action="store_true", help='print {"lessons": [...], "errors": [...]}')

    commands.add_parser(
        "schema",
        help="print the JSON Schema of the lesson format",
        description="Print the JSON Schema of lesson format 1, for editors (yaml-language-server).",
    )

    new = commands.add_parser(
        "new",
        help="write a new, valid lesson file to start from",
        description="Write ID.yaml: a complete, valid lesson with every key explained.",
    )
    new.add_argument("id", metavar="ID", help="the lesson id: lowercase letters, digits and hyphens")
    new.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: ./ID.yaml)")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")

    preview = commands.add_parser(
        "preview",
        help="show a lesson as students see it, reloading on save",
        description="Open a window showing the lesson as students see it; it reloads each time "
        "the file is saved and shows validation errors with their lines.",
    )
    preview.add_argument("file", metavar="FILE", help="the lesson file")

    importer = commands.add_parser(
        "import",
        help="convert a Moodle GIFT or Aiken file to a lesson file",
        description="Convert a Moodle GIFT or Aiken question file to a lesson file. Questions "
        "that cannot come across are listed as path:line:col: warning: ...",
    )
    importer.add_argument("file", metavar="FILE", help="the GIFT or Aiken file")
    importer.add_argument("-o", "--output", metavar="OUT", help="the lesson file to write (default: FILE.yaml)")
    importer.add_argument("--from", dest="fmt", choices=("gift", "aiken"), help="the format (default: detected)")
    importer.add_argument("--force", action="store_true", help="overwrite an existing file")

    scores = commands.add_parser("scores", help="work with the recorded scores", description="Work with scores.")
    score_commands = scores.add_subparsers(dest="scores_command", metavar="ACTION", required=True)
    export = score_commands.add_parser(
        "export",
        help="write results as CSV or JSON, or a bundle of xAPI statements",
        description="Write every attempt (or, with --answers, every answered question) as CSV or JSON; "
        "or, with --format xapi, every xAPI statement of this data folder (its own and those merged "
        "from others), one JSON object a line: a bundle for 'lessonapp scores import' on another machine.",
    )
    export.add_argument("--format", choices=("csv", "json", "xapi"), default="csv", help="default: csv")
    export.add_argument("-o", "--output", metavar="FILE", help="the file to write (default: standard output)")
    export.add_argument("--answers", action="store_true", help="one row per answered question (csv, json)")
    merge = score_commands.add_parser(
        "import",
        help="merge result bundles from other machines",
        description="Merge bundles (made by 'lessonapp scores export --format xapi' on other machines) "
        "into this data folder: the teacher area and the exports then show the whole class. "
        "Importing the same bundle again changes nothing. A statement that cannot be merged is "
        "printed as FILE:LINE: reason, and the rest is merged. Exits 0 when all was merged, "
        "1 when some could not be.",
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help="a bundle (JSON Lines)")
    pull = score_commands.add_parser(
        "pull",
        help="fetch the class's results from the school's LRS",
        description="Fetch the class's statements from the LRS of the settings file (lrs:) and merge them "
        "into this data folder, as 'scores import' does, from where the last pull ended. Exits 0 when all "
        "was merged, 1 when some could not be or the LRS could not be reached (the reason in one line).",
    )
    pull.add_argument("--all", action="store_true",
                      help="fetch every statement again, not only those since the last pull (merged once all the same)")

    sync = commands.add_parser(
        "sync",
        help="send the results that wait to the school's LRS",
        description="Send the results that wait to the LRS of the settings file (lrs:) now. Prints how many "
        "were sent and how many wait. Exits 0 when nothing waits, 1 when some could not be sent (the reason "
        "in one line), 2 on usage errors.",
    )
    sync.add_argument("--status", action="store_true",
                      help="only say how many wait, since when, the last error and what was set aside; send nothing")

    commands.add_parser(
        "set-pin",
        help="set or change the teacher PIN",
        description="Set or change the teacher PIN (asked twice, not echoed).",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # Opening the app is the common case, and it needs only the options above
    # the commands: building every command's parser would cost start-up time.
    # With no arguments at all, no parser is built and argparse is not even
    # imported (it looks for its translations on disk, and PySide6 reads the
    # source of each module imported after it: 3.5 ms together).
    opening_app = not any(word in _COMMANDS or word in ("-h", "--help") for word in argv)
    args = build_parser(with_commands=not opening_app).parse_args(argv) if argv else app_defaults()
    handler = _COMMANDS.get(args.command, run_app)
    try:
        return handler(args)
    except (UserError, ConfigError) as error:
        print(f"lessonapp: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130


# -- commands ----------------------------------------------------------------


def app_defaults() -> SimpleNamespace:
    """The options of a bare `lessonapp`, as build_parser(False) gives them."""
    return SimpleNamespace(lessons=None, data_dir=None, kiosk=False, config=None, command=None)


def run_app(args) -> int:
    import gc

    from .config import data_dir, library_folders

    data = data_dir(args.data_dir)
    _make_data_dir(data)
    # Start-up makes many objects but no garbage worth a collection: the cycle
    # collector waits until the first frame is painted (5 ms of start-up).
    # ui.app.run_app turns it back on then.
    gc.disable()
    try:
        # The parts without Qt first: PySide6 reads the source of every module
        # imported after it (its __feature__ check): 3 ms for these.
        from . import settings, store  # noqa: F401
        from .ui.app import run_app as run

        return run(
            library_folders(args.lessons, data) if args.lessons else None,
            data,
            kiosk=args.kiosk,
            settings_path=Path(args.config) if args.config else None,
        )
    finally:
        gc.enable()


def validate(args) -> int:
    from .content.library import validate_paths

    problems = validate_paths([Path(p) for p in args.paths])
    if args.strict:
        problems = [_as_error(p) for p in problems]
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if args.json:
        import json

        print(
            json.dumps(
                {
                    "problems": [_problem_json(p, with_severity=True) for p in problems],
                    "errors": errors,
                    "warnings": warnings,
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        for problem in problems:
            print(_shown(problem))
        if problems:
            print(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}", file=sys.stderr)
        else:
            print("no problems found", file=sys.stderr)
    return EXIT_PROBLEMS if errors else EXIT_OK


def list_lessons(args) -> int:
    from .config import data_dir, library_folders
    from .content.library import load_library

    folders = [Path(d) for d in args.dirs] or library_folders(args.lessons, data_dir(args.data_dir))
    library = load_library(folders)
    if args.json:
        import json

        print(
            json.dumps(
                {
                    "lessons": [
                        {
                            "id": lesson.id,
                            "title": lesson.title,
                            "path": str(lesson.path),
                            "pages": len(lesson.pages),
                            "questions": len(lesson.quiz.questions) if lesson.quiz else 0,
                        }
                        for lesson in library.lessons
                    ],
                    "errors": [_problem_json(p) for p in library.errors],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    for lesson in library.lessons:
        questions = len(lesson.quiz.questions) if lesson.quiz else 0
        print(f"{lesson.id:28} {lesson.title}  ({len(lesson.pages)} pages, {questions} questions)")
    if library.errors:
        print(f"\nCould not be loaded ({len(library.errors)} problems):")
        for problem in library.errors:
            print(f"  {_shown(problem)}")
    return EXIT_OK


def print_schema(args) -> int:
    from .paths import schema_file

    sys.stdout.write(schema_file().read_text(encoding="utf-8"))
    return EXIT_OK


def new_lesson(args) -> int:
    from .content.scaffold import new_lesson_text
    from .paths import schema_file

    try:
        text = new_lesson_text(args.id, schema_ref=schema_file().as_uri())
    except ValueError as error:
        raise UserError(str(error)) from None
    output = Path(args.output) if args.output else Path(f"{args.id}.yaml")
    _write_new(output, text, args.force)
    print(f"wrote {output}; check it with: lessonapp validate {output}")
    return EXIT_OK


def import_questions(args) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise UserError(f"{source}: no such file")
    from .content.importers import import_file

    result = import_file(source, args.fmt)
    for problem in result.problems:
        print(_shown(problem), file=sys.stderr)
    if not result.yaml_text:
        raise UserError(f"{source}: no question could be imported")
    output = Path(args.output) if args.output else source.with_suffix(".yaml")
    if output.exists() and output.resolve() == source.resolve():
        raise UserError(f"{output} is the file being imported; choose another name with -o")
    _write_new(output, result.yaml_text, args.force)
    print(f"wrote {output}: {result.imported} questions imported, {result.skipped} skipped")
    return EXIT_OK


def preview(args) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    from .ui.preview import run_preview

    return run_preview(path)


def export_scores(args) -> int:
    if args.format == "xapi":
        return export_bundle(args)
    from .config import data_dir
    from .store import Store
    from .store.export import export_answers, export_attempts

    database = data_dir(args.data_dir) / "scores.db"
    if not database.exists():
        raise UserError(f"no scores recorded yet ({database} does not exist)")
    export = export_answers if args.answers else export_attempts
    with Store.open(database) as store:
        if store.notice:  # the scores could not be read and were set aside: there is nothing to export
            raise UserError(f"{store.notice} Nothing was exported.")
        if args.output:
            try:
                # newline="" lets the csv module write its own line endings.
                with open(args.output, "w", encoding="utf-8", newline="") as out:
                    export(store, args.format, out)
            except OSError as error:
                raise UserError(f"cannot write {args.output}: {error.strerror}") from None
        else:
            export(store, args.format, sys.stdout)
    return EXIT_OK


def export_bundle(args) -> int:
    from .classroom.bundle import bundle_to_path, write_bundle
    from .config import data_dir
    from .store import Store

    if args.answers:
        print("lessonapp: --answers goes with --format csv or json; a bundle holds every statement",
              file=sys.stderr)
        return EXIT_USAGE
    database = data_dir(args.data_dir) / "scores.db"
    if not database.exists():
        raise UserError(f"no scores recorded yet ({database} does not exist)")
    with Store.open(database) as store:
        if store.notice:
            raise UserError(f"{store.notice} Nothing was exported.")
        if args.output:
            try:
                count = bundle_to_path(store, Path(args.output))
            except OSError as error:
                raise UserError(f"cannot write {args.output}: {error.strerror or error}") from None
            print(f"wrote {count:,} statements to {args.output}", file=sys.stderr)
        else:
            write_bundle(store, sys.stdout)
    return EXIT_OK


def import_scores(args) -> int:
    from .classroom.merge import merge_files
    from .config import data_dir, library_folders
    from .content.library import load_library
    from .settings import load_settings
    from .store import Store

    data = data_dir(args.data_dir)
    _make_data_dir(data)
    settings, _ = load_settings(Path(args.config) if args.config else None, data)
    folders = library_folders(args.lessons, data) if args.lessons else (
        list(settings.lesson_folders) or library_folders(None, data))
    lesson_ids = {lesson.id for lesson in load_library(folders).lessons}
    import sqlite3

    from .store import StoreError

    try:
        with Store.open(data / "scores.db", school=settings.school) as store:
            if store.notice:
                print(f"lessonapp: {store.notice}", file=sys.stderr)
            report = merge_files(store, [Path(f) for f in args.files], lesson_ids)
    except (sqlite3.Error, StoreError) as error:
        raise UserError(f"the results could not be merged ({error}); what was merged before stays, "
                        "and importing again goes on from there") from None
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary())
    return EXIT_PROBLEMS if report.rejected else EXIT_OK


def set_pin(args) -> int:
    import getpass

    from .config import data_dir
    from .store import Store
    from .store.pin import set_pin as store_pin

    if not sys.stdin.isatty():
        raise UserError("set-pin asks for the PIN at a terminal; run it in a terminal window")
    first = getpass.getpass("New teacher PIN (4 or more digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise UserError("the two PINs differ; nothing was changed")
    data = data_dir(args.data_dir)
    _make_data_dir(data)
    with Store.open(data / "scores.db") as store:
        try:
            store_pin(store, first)
        except ValueError as error:
            raise UserError(str(error)) from None
    print("Teacher PIN set.")
    return EXIT_OK


_SCORES = {"export": export_scores, "import": import_scores,
           "pull": lambda args: _classroom_command("pull", args)}
_COMMANDS = {
    "validate": validate,
    "lessons": list_lessons,
    "schema": print_schema,
    "new": new_lesson,
    "import": import_questions,
    "preview": preview,
    "scores": lambda args: _SCORES[args.scores_command](args),
    "set-pin": set_pin,
    "sync": lambda args: _classroom_command("sync", args),
}


def _classroom_command(name: str, args) -> int:
    from .classroom import commands

    return getattr(commands, name)(args)


# -- helpers -----------------------------------------------------------------


def _shown(problem) -> str:
    return f"{problem.path}:{problem.line}:{problem.column}: {problem.severity}: {problem.message}"


def _problem_json(problem, with_severity: bool = False) -> dict:
    result = {"path": str(problem.path), "line": problem.line, "column": problem.column}
    if with_severity:
        result["severity"] = problem.severity
    result["message"] = problem.message
    return result


def _as_error(problem):
    from dataclasses import replace

    return replace(problem, severity="error")


def _write_new(output: Path, text: str, force: bool) -> None:
    if output.exists() and not force:
        raise UserError(f"{output} already exists; choose another name with -o, or add --force")
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {output}: {error.strerror}") from None


def _make_data_dir(data: Path) -> None:
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"cannot create the data folder {data}: {error.strerror}") from None
