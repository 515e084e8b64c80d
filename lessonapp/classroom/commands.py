"""`lessonapp sync` and `lessonapp sync --status` (and `scores pull`): the command
line's side of the LRS. NO Qt. Output is plain lines; a failure is one line
on standard error and exit status 1 (cli.py prints UserError that way)."""

from __future__ import annotations

import sys
from pathlib import Path

from lessonapp.cli import EXIT_OK, EXIT_PROBLEMS, UserError, _open_store, writing_store
from lessonapp.plural import count


def _settings(args):
    """The data folder and the settings, their problems about lrs printed."""
    from lessonapp.cli import _data_folder
    from lessonapp.settings import load_settings

    data = _data_folder(args.data_dir)
    settings, problems = load_settings(Path(args.config) if args.config else None, data)
    for problem in problems:
        if problem.severity == "error" or "lrs" in problem.message:
            print(f"{problem.path}:{problem.line}:{problem.column}: {problem.severity}: {problem.message}",
                  file=sys.stderr)
    return data, settings


def sync(args) -> int:
    data, settings = _settings(args)
    if args.status:
        return _status(settings, data / "scores.db")
    if not (data / "scores.db").exists():
        print("nothing to send: no scores are recorded on this machine yet")
        return EXIT_OK
    with writing_store(data, settings.school) as store:
        if store.notice:  # the scores could not be read and were set aside: nothing of theirs can be sent
            raise UserError(store.notice)
        waiting = store.outbox_status().waiting
        if settings.lrs is None:
            if not waiting:
                print("nothing waits to be sent")
                return EXIT_OK
            raise UserError(f"{_statements(waiting)} wait, but no LRS is set up: add lrs: to the settings file "
                            "(docs/classroom.md)")
        from lessonapp.classroom.lrs import LrsClient
        from lessonapp.classroom.sender import send_waiting

        lrs = settings.lrs
        result = send_waiting(store, LrsClient(lrs.endpoint, lrs.username, lrs.password))
    print(f"sent {_statements(result.sent)} to {lrs.endpoint}; {result.waiting} wait")
    if result.set_aside:
        print(f"{_statements(result.set_aside)} the LRS rejected set aside (see lessonapp sync --status)")
    if result.error:
        raise UserError(f"{_statements(result.waiting)} could not be sent: {result.error}")
    if result.waiting:  # answers given meanwhile, on this machine
        raise UserError(f"{_statements(result.waiting)} arrived while sending; run lessonapp sync again")
    return EXIT_OK


def _status(settings, database: Path) -> int:
    where = f"LRS: {settings.lrs.endpoint} (user {settings.lrs.username})" if settings.lrs else (
        "LRS: none set up (no lrs: in the settings file); results stay here, or travel in bundles")
    print(where)
    if not database.exists():
        print("waiting: 0 (no scores are recorded on this machine yet)")
        return EXIT_OK
    with _open_store(database, reading=True) as store:  # read-only while the app is open
        status = store.outbox_status()
    since = f" since {status.waiting_since}" if status.waiting_since else ""
    print(f"waiting: {status.waiting}{since}")
    if status.last_error:
        print(f"last error ({status.last_error_at}): {status.last_error}")
    else:
        print("last error: none")
    print(f"set aside: {len(status.set_aside)}")
    for statement_id, reason, when in status.set_aside:
        print(f"  {statement_id} ({when}): {reason}")
    return EXIT_OK


def _statements(n: int) -> str:
    return count(n, "statement")


def pull(args) -> int:
    """`lessonapp scores pull`: the class's statements from the LRS, merged here."""
    from lessonapp.classroom.lrs import LrsClient
    from lessonapp.classroom.pull import pull as pull_statements
    from lessonapp.config import library_folders
    from lessonapp.content.library import load_library

    data, settings = _settings(args)
    if settings.lrs is None:
        raise UserError("no LRS is set up: add lrs: to the settings file (docs/classroom.md)")
    folders = library_folders(args.lessons, data) if args.lessons else (
        list(settings.lesson_folders) or library_folders(None, data))
    lesson_ids = {lesson.id for lesson in load_library(folders).lessons}
    lrs = settings.lrs
    with writing_store(data, settings.school) as store:
        if store.notice:
            print(f"lessonapp: {store.notice}", file=sys.stderr)
        result = pull_statements(store, LrsClient(lrs.endpoint, lrs.username, lrs.password), lesson_ids,
                                 from_start=args.all)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    print(result.summary())
    if result.error:
        raise UserError(f"the pull stopped: {result.error}; what came before is merged, and the next pull "
                        "goes on from there")
    if result.rejected:
        print("the next pull goes on after these; once they can be merged (their lesson added to the library), "
              "run lessonapp scores pull --all to fetch everything again", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK
