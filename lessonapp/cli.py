"""The command line. Commands that open no window import no Qt, so they start
fast and work on machines without a display."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from . import __version__
from .config import ConfigError
from .plural import count

if TYPE_CHECKING:
    import argparse

    from .store import Store

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_CODES = (
    "Exit status: 0 done; 1 the command failed (validation errors, a file that cannot be read or written, "
    "a data folder that cannot be used, output closed early); 2 the command line is wrong; 130 interrupted."
)


class UserError(Exception):
    """An expected failure: printed as one line, no traceback."""


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without its commands when only the app is opened."""
    import argparse  # only when there are arguments: see main()

    class Parser(argparse.ArgumentParser):
        def error(self, message: str):  # one line, where argparse would print the usage summary too
            self.exit(EXIT_USAGE, f"{self.prog}: {message}; see '{self.prog} --help'\n")

    parser = Parser(
        prog="lessonapp",
        description="Offline lessons and multiple-choice quizzes written by teachers in YAML. "
        "With no command, opens the app.",
        epilog=f"Run 'lessonapp COMMAND --help' for the options of each command. {EXIT_CODES}",
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
        "that cannot come across are listed as path:line:col: warning: ...; broken ones as error: lines, "
        "and then the exit status is 1 (the good questions are still written).",
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
        status = handler(args)
        sys.stdout.flush()  # here, where a closed pipe can still be told in one line
        return status
    except (UserError, ConfigError) as error:
        _say(str(error))
    except BrokenPipeError:
        # `lessonapp scores export | head`: the reader stopped before the end.
        _silence_stdout()
        _say("the output was closed before all of it was written (the program reading it stopped)")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: one line here, the traceback in the log
        _say(f"unexpected error ({type(error).__name__}: {error}); {_log_unexpected(args)}")
    return EXIT_PROBLEMS


# -- commands ----------------------------------------------------------------


def app_defaults() -> SimpleNamespace:
    """The options of a bare `lessonapp`, as build_parser(False) gives them."""
    return SimpleNamespace(lessons=None, data_dir=None, kiosk=False, config=None, command=None)


def run_app(args) -> int:
    import gc

    from .config import library_folders

    _check_screen("lessonapp")
    data = _data_folder(args.data_dir)
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

    problems = []
    for path in map(Path, args.paths):
        unreadable = _unreadable(path)
        problems.extend([unreadable] if unreadable else validate_paths([path]))
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
        sys.stdout.flush()  # the problems before their count, also when both go to one file
        if problems:
            print(f"{count(errors, 'error')}, {count(warnings, 'warning')}", file=sys.stderr)
        else:
            print("no problems found")  # a result, not a problem: standard output
    return EXIT_PROBLEMS if errors else EXIT_OK


def list_lessons(args) -> int:
    from .config import library_folders
    from .content.library import load_library

    if args.dirs:
        folders = [_input_folder(d) for d in args.dirs]
    else:
        folders = library_folders([_input_folder(d) for d in args.lessons or ()], _data_folder(args.data_dir))
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
        print(f"{lesson.id:28} {lesson.title}  ({count(len(lesson.pages), 'page')}, {count(questions, 'question')})")
    if library.errors:
        print(f"\nCould not be loaded ({count(len(library.errors), 'problem')}):")
        for problem in library.errors:
            print(f"  {_shown(problem)}")
    return EXIT_OK


def print_schema(args) -> int:
    from .paths import schema_file

    sys.stdout.write(schema_file().read_text(encoding="utf-8"))
    return EXIT_OK


def new_lesson(args) -> int:
    from .content.scaffold import SCHEMA_NAME, new_lesson_text, write_schema_beside

    try:
        text = new_lesson_text(args.id, schema_ref=SCHEMA_NAME)  # the schema is written beside it
    except ValueError as error:
        raise UserError(str(error)) from None
    output = Path(args.output) if args.output else Path(f"{args.id}.yaml")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        part_is_a_file = "a part of the path is a file, not a folder"
        raise UserError(f"cannot create the folder {output.parent}: {part_is_a_file}") from None
    except OSError as error:
        raise UserError(f"cannot create the folder {output.parent}: {_reason(error)}") from None
    _write_new(output, text, args.force)
    try:
        schema_done = write_schema_beside(output)
    except OSError as error:
        schema_done = f"could not write {output.parent / SCHEMA_NAME} for editors: {_reason(error)}"
    print(f"wrote {output} ({schema_done}); check it with: lessonapp validate {output}")
    return EXIT_OK


def import_questions(args) -> int:
    source = _input_file(args.file, "a GIFT or Aiken file")
    from .content.importers import import_file

    result = import_file(source, args.fmt)
    for problem in result.problems:
        print(_shown(problem), file=sys.stderr)
    if not result.yaml_text:
        raise UserError(f"{source}: no question could be imported")
    output = Path(args.output) if args.output else source.with_suffix(".yaml")
    if _same_file(output, source):
        raise UserError(f"{output} is the file being imported; choose another name with -o")
    _write_new(output, result.yaml_text, args.force)
    print(f"wrote {output}: {count(result.imported, 'question')} imported, {result.skipped:,} skipped")
    return EXIT_PROBLEMS if result.errors else EXIT_OK  # as validate: warnings alone are not a failure


def preview(args) -> int:
    path = _input_file(args.file, "a lesson file")
    _check_screen("preview")
    from .ui.preview import run_preview

    return run_preview(path)


def export_scores(args) -> int:
    import sqlite3

    if args.format == "xapi":
        return export_bundle(args)

    from .store.export import export_answers, export_attempts, export_to_path

    database = _data_folder(args.data_dir) / "scores.db"
    if not database.exists():
        raise UserError(f"no scores recorded yet ({database} does not exist)")
    output = Path(args.output) if args.output else None
    if output is not None and os.path.isdir(output):
        raise UserError(f"{output} is a folder; name the file to write, e.g. {output / 'scores.csv'}")
    export = export_answers if args.answers else export_attempts
    # Read-only, changing nothing, when the app is open on the folder and writing.
    with _open_store(database, reading=True) as store:
        if store.notice:  # the scores could not be read and were set aside: there is nothing to export
            raise UserError(f"{store.notice} Nothing was exported.")
        try:
            if output is None:
                export(store, args.format, sys.stdout)
            else:  # a temporary file renamed once complete, as the teacher area does
                export_to_path(store, output, args.format, answers=args.answers)
        except sqlite3.Error as error:
            raise UserError(_store_failure(error, "nothing was exported")) from None
        except OSError as error:
            if output is None:
                raise  # standard output closed early: main() says so
            raise UserError(f"cannot write {output}: {_reason(error)}; nothing was exported") from None
    return EXIT_OK


def export_bundle(args) -> int:
    from .classroom.bundle import bundle_to_path, write_bundle

    if args.answers:
        _say("--answers goes with --format csv or json; a bundle holds every statement")
        return EXIT_USAGE
    database = _data_folder(args.data_dir) / "scores.db"
    if not database.exists():
        raise UserError(f"no scores recorded yet ({database} does not exist)")
    output = Path(args.output) if args.output else None
    if output is not None and os.path.isdir(output):
        raise UserError(f"{output} is a folder; name the file to write, e.g. {output / 'results.jsonl'}")
    with _open_store(database, reading=True) as store:  # read-only while the app is open
        if store.notice:
            raise UserError(f"{store.notice} Nothing was exported.")
        if output is None:
            write_bundle(store, sys.stdout)
            return EXIT_OK
        try:
            written = bundle_to_path(store, output)
        except OSError as error:
            raise UserError(f"cannot write {output}: {_reason(error)}; nothing was exported") from None
    print(f"wrote {count(written, 'statement')} to {output}", file=sys.stderr)
    return EXIT_OK


def import_scores(args) -> int:
    import sqlite3

    from .classroom.merge import merge_files
    from .config import library_folders
    from .content.library import load_library
    from .settings import load_settings
    from .store import StoreError

    data = _data_folder(args.data_dir)
    settings, _ = load_settings(Path(args.config) if args.config else None, data)
    folders = library_folders(args.lessons, data) if args.lessons else (
        list(settings.lesson_folders) or library_folders(None, data))
    lesson_ids = {lesson.id for lesson in load_library(folders).lessons}
    with writing_store(data, settings.school) as store:
        if store.notice:
            print(f"lessonapp: {store.notice}", file=sys.stderr)
        try:
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
    import sqlite3

    from .store import StoreError
    from .store.lock import lock_data_folder
    from .store.pin import MIN_DIGITS
    from .store.pin import set_pin as store_pin

    if not sys.stdin.isatty():
        raise UserError("set-pin asks for the PIN at a terminal; run it in a terminal window")
    data = _data_folder(args.data_dir)  # before the PIN is typed: a bad folder is known already
    _make_data_dir(data)
    try:
        folder_lock = lock_data_folder(data)  # before the PIN is typed too: the app may have the folder
    except StoreError as error:
        raise UserError(str(error)) from None
    with folder_lock:
        try:
            pin = _ask_new_pin(getpass.getpass, MIN_DIGITS)
        except EOFError:  # Ctrl+D, or the input ended
            if sys.stderr.isatty():
                print(file=sys.stderr)  # end the prompt's line
            raise UserError("no PIN was typed; nothing was changed") from None
        with _open_store(data / "scores.db") as store:
            try:
                store_pin(store, pin)
            except ValueError as error:
                raise UserError(str(error)) from None
            except sqlite3.Error as error:
                raise UserError(_store_failure(error, "the PIN was not changed")) from None
    print("Teacher PIN set.")
    return EXIT_OK


PIN_TRIES = 3


def _ask_new_pin(ask, min_digits: int) -> str:
    """The new PIN, typed twice. Each entry is checked as soon as it is typed; a bad PIN
    or a second entry that differs asks again, PIN_TRIES times in all."""
    from .store.pin import validate_pin

    problem = ""
    for tries_left in reversed(range(PIN_TRIES)):
        first = ask(f"New teacher PIN ({min_digits} or more digits): ")
        try:
            validate_pin(first)
        except ValueError as error:
            problem = str(error).rstrip(".")
        else:
            if ask("The same PIN again: ") == first:
                return first
            problem = "The two PINs differ"
        if tries_left:
            print(f"{problem}. Try again ({count(tries_left, 'try', 'tries')} left).", file=sys.stderr)
    raise UserError(f"{problem[:1].lower()}{problem[1:]}; nothing was changed")


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
    from .atomic_write import write_atomically

    if os.path.isdir(output):
        raise UserError(f"{output} is a folder; name the file to write with -o, e.g. {output / 'lesson.yaml'}")
    if os.path.lexists(output) and not force:
        raise UserError(f"{output} already exists; choose another name with -o, or add --force")
    try:
        # Whole or not at all: a full disk never leaves half a lesson, nor loses the one replaced.
        write_atomically(output, lambda out: out.write(text))
    except OSError as error:
        raise UserError(f"cannot write {output}: {_reason(error)}") from None


def _make_data_dir(data: Path) -> None:
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"cannot create the data folder {data}: {_reason(error)}") from None


def _reason(error: OSError) -> str:
    """Why a file could not be used, in words a teacher can act on."""
    import errno

    reasons = {
        errno.ENOENT: "no such file or folder",
        errno.ENOTDIR: "a part of the path is a file, not a folder",
        errno.EISDIR: "it is a folder",
        errno.ENAMETOOLONG: "the name is too long (a file name may have at most 255 characters)",
        errno.ENOSPC: "the disk is full",
        getattr(errno, "EDQUOT", errno.ENOSPC): "the disk is full",
        errno.EROFS: "the folder is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
    }
    return reasons.get(error.errno, error.strerror or str(error))


def _input_file(name: str, kind: str) -> Path:
    """The file named on the command line, checked before it is opened: a
    folder, a device (/dev/zero) or a pipe is said to be one, not "missing"."""
    import stat

    path = Path(name)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as error:
        raise UserError(f"cannot read {path}: {_reason(error)}") from None
    if stat.S_ISDIR(mode):
        raise UserError(f"{path} is a folder; name {kind} in it")
    if not stat.S_ISREG(mode):
        raise UserError(f"{path} is not a regular file (a device or a pipe?); name {kind}")
    return path


def _input_folder(name: str) -> Path:
    """A library folder named on the command line."""
    import stat

    path = Path(name)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise UserError(f"{path}: no such folder") from None
    except OSError as error:
        raise UserError(f"cannot read {path}: {_reason(error)}") from None
    if stat.S_ISREG(mode):
        raise UserError(f"{path} is a file, not a folder; to check one lesson file, run: lessonapp validate {path}")
    if not stat.S_ISDIR(mode):
        raise UserError(f"{path} is not a folder")
    return path


def _data_folder(option: str | None) -> Path:
    """The data folder (--data-dir, $LESSONAPP_DATA_DIR or the default); it need not exist yet."""
    from .config import data_dir

    data = data_dir(option)
    try:
        is_folder = data.is_dir() or not data.exists()
    except OSError as error:  # a name too long, a part of it that is a file
        raise UserError(f"the data folder {data} cannot be used: {_reason(error)}") from None
    if not is_folder:
        raise UserError(f"the data folder {data} is a file, not a folder; name a folder with --data-dir")
    return data


def _unreadable(path: Path):
    """A Problem for a path that cannot even be looked at (a name too long,
    no permission), or None: validate_paths says the rest."""
    import errno

    try:
        path.stat()
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return None
        from .content.model import Problem

        return Problem(path, 1, 1, f"cannot be read: {_reason(error)}", "error")
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (or cannot be looked at)
        return False


def _check_screen(what: str) -> None:
    """On Linux and the BSDs, Qt aborts (a core dump) with lines of advice about plugins when there is no screen."""
    if sys.platform in ("win32", "darwin", "cygwin"):
        return
    if not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        raise UserError(
            f"{what} opens a window, and no display was found (DISPLAY and WAYLAND_DISPLAY are not set); "
            "run it in a desktop session, or over SSH with ssh -X"
        )


def _open_store(database: Path, reading: bool = False):
    """reading: to export, read-only when the app has the data folder (Store.open_for_reading)."""
    from .store import Store, StoreError

    try:
        return Store.open_for_reading(database) if reading else Store.open(database)
    except StoreError as error:  # locked, read-only, cannot be created: a sentence for a person
        raise UserError(str(error)) from None


@contextlib.contextmanager
def writing_store(data: Path, school: str | None = None) -> Iterator[Store]:
    """The store of a command that writes (set-pin, scores import, sync, pull),
    under the data folder's lock, as the app holds it: never beside a running app."""
    from .store import Store, StoreError
    from .store.lock import lock_data_folder

    _make_data_dir(data)
    try:
        folder_lock = lock_data_folder(data)
    except StoreError as error:
        raise UserError(str(error)) from None
    with folder_lock:
        try:
            store = Store.open(data / "scores.db", school=school)
        except StoreError as error:
            raise UserError(str(error)) from None
        with store:
            yield store


def _store_failure(error, not_done: str) -> str:
    from .store.db import is_busy

    if is_busy(error):
        return f"the score database is in use by another program; close it and try again ({not_done})"
    return f"the score database could not be used ({error}); {not_done}"


def _say(message: str) -> None:
    try:
        print(f"lessonapp: {message}", file=sys.stderr)
    except OSError:
        pass  # no stderr to tell it on


def _silence_stdout() -> None:
    """After a closed pipe, what is still buffered is dropped, not flushed at exit with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _log_unexpected(args) -> str:
    """Write the traceback to lessonapp.log in the data folder; says where, for the one line shown."""
    import tempfile
    import time
    import traceback

    from .config import data_dir

    try:
        log = data_dir(getattr(args, "data_dir", None)) / "lessonapp.log"
        log.parent.mkdir(parents=True, exist_ok=True)
    except (OSError, ConfigError):
        log = Path(tempfile.gettempdir()) / "lessonapp.log"
    try:
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"\n{time.strftime('%Y-%m-%d %H:%M:%S')} lessonapp {__version__} {sys.argv[1:]}\n")
            traceback.print_exc(file=out)
    except OSError:
        return "the details could not be written to a log"
    return f"the details are in {log}"
