"""Every subcommand with hostile arguments: one line on stderr, a documented
exit code (0 done, 1 the command failed, 2 the command line is wrong), and
never a traceback (issue 12, item 13).

The cases run `python -m lessonapp` for real, in a folder of their own with
the data folder in it; a few that need a broken store or a part-way failure
run in-process.
"""

from __future__ import annotations

import contextlib
import errno
import os
import pty
import re
import select
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lessonapp import cli
from lessonapp.cli import main
from tests.answering import record

from .content.helpers import VALID, write_lesson

LONG = "x" * 300  # a file name may have 255 bytes (ENAMETOOLONG)
AIKEN = "Is the sky blue?\nA. Yes\nB. No\nANSWER: A\n"
ATTEMPTS = 1500  # two answers each: an --answers export of more than 100 kB, more than a pipe holds


def _fill_scores(database: Path, attempts: int = ATTEMPTS) -> None:
    from lessonapp.store import Store

    with Store.open(database) as store:
        store.connection.execute("PRAGMA synchronous = OFF")  # test data: no need to wait for the disk
        ana = store.add_profile("Ana")
        for _ in range(attempts):
            attempt = store.start_attempt(ana.id, "l1", "Lesson", 1, ["q1", "q2"], 2.0)
            record(store, attempt, "q1", ["Paris"], True, 1.0, 1.0, 3.5)
            record(store, attempt, "q2", ["Lyon"], False, 0.0, 1.0, 3.5)


@pytest.fixture(scope="module")
def place(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "folder").mkdir()
    (root / "empty-data").mkdir()
    (root / "data").mkdir()
    _fill_scores(root / "data" / "scores.db")
    write_lesson(root, VALID, "lesson.yaml")
    (root / "existing.yaml").write_text("keep me\n", encoding="utf-8")
    (root / "questions.txt").write_text(AIKEN, encoding="utf-8")
    return root


def _env(place: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_DATA_HOME", "LESSONAPP_DATA_DIR")}
    return env | {"HOME": str(place), "LESSONAPP_DATA_DIR": str(place / "data"), "QT_QPA_PLATFORM": "offscreen"}


def _command(argv) -> list[str]:
    return [sys.executable, "-m", "lessonapp", *map(str, argv)]


def run(place: Path, argv, cwd: Path | None = None, **options) -> subprocess.CompletedProcess:
    """Run in `place` (or cwd) with the data folder place/data."""
    options.setdefault("stdin", subprocess.DEVNULL)
    options.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        _command(argv), cwd=cwd or place, env=_env(place), stderr=subprocess.PIPE, text=True, timeout=60, **options
    )


def assert_one_line(stderr: str, returncode: int, expected_code: int, fragment: str) -> None:
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert fragment in lines[0]
    assert returncode == expected_code, stderr


def _case_id(argv) -> str:
    return " ".join(argv).replace(LONG, "LONG")


# (argv, exit code, a fragment of the one line on stderr); run in `place`.
CASES = [
    # validate: problems on stdout, the count on stderr
    (["validate", "missing.yaml"], 1, "1 error, 0 warnings"),
    (["validate", "/dev/zero"], 1, "1 error, 0 warnings"),
    (["validate", f"{LONG}.yaml"], 1, "1 error, 0 warnings"),
    (["validate", "--json"], 2, "the following arguments are required: PATH"),
    (["validate", "--bogus", "lesson.yaml"], 2, "unrecognized arguments: --bogus"),
    # lessons
    (["lessons", "lesson.yaml"], 1, "is a file, not a folder; to check one lesson file, run: lessonapp validate"),
    (["lessons", "missing"], 1, "missing: no such folder"),
    (["lessons", "/dev/zero"], 1, "/dev/zero is not a folder"),
    (["lessons", LONG], 1, "the name is too long"),
    (["--lessons", "missing", "lessons"], 1, "missing: no such folder"),
    (["--data-dir", LONG, "lessons"], 1, "the data folder"),
    (["--data-dir", "lesson.yaml", "lessons"], 1, "the data folder lesson.yaml is a file, not a folder"),
    # schema
    (["schema", "extra"], 2, "unrecognized arguments: extra"),
    # new
    (["new"], 2, "the following arguments are required: ID"),
    (["new", "Bad Id"], 1, "Bad Id"),
    (["new", LONG], 1, "the name is too long"),
    (["new", "fine", "-o", "folder"], 1, "folder is a folder"),
    (["new", "fine", "-o", "existing.yaml"], 1, "existing.yaml already exists"),
    (["new", "fine", "-o", "lesson.yaml/fine.yaml"], 1, "cannot create the folder lesson.yaml: a part of the path"),
    (["new", "fine", "-o", "/dev/full", "--force"], 1, "cannot write /dev/full: the disk is full"),
    # preview
    (["preview", "folder"], 1, "folder is a folder; name a lesson file in it"),
    (["preview", "/dev/zero"], 1, "/dev/zero is not a regular file"),
    (["preview", "missing.yaml"], 1, "missing.yaml: no such file"),
    (["preview", f"{LONG}.yaml"], 1, "the name is too long"),
    (["preview"], 2, "the following arguments are required: FILE"),
    # import
    (["import", "folder"], 1, "folder is a folder; name a GIFT or Aiken file in it"),
    (["import", "/dev/zero"], 1, "/dev/zero is not a regular file"),
    (["import", "missing.txt"], 1, "missing.txt: no such file"),
    (["import", LONG], 1, "the name is too long"),
    (["import", "questions.txt", "-o", f"{LONG}.yaml"], 1, "the name is too long"),
    (["import", "questions.txt", "-o", "folder", "--force"], 1, "folder is a folder"),
    (["import", "questions.txt", "--from", "xml"], 2, "invalid choice: 'xml'"),
    # scores export
    (["scores"], 2, "the following arguments are required: ACTION"),
    (["scores", "export", "--format", "xml"], 2, "invalid choice: 'xml'"),
    (["scores", "export", "-o", f"{LONG}.csv"], 1, "the name is too long"),
    (["scores", "export", "-o", "folder"], 1, "folder is a folder"),
    (["scores", "export", "-o", "missing/s.csv"], 1, "no such file or folder; nothing was exported"),
    (["--data-dir", "empty-data", "scores", "export"], 1, "no scores recorded yet"),
    (["--data-dir", LONG, "scores", "export"], 1, "the data folder"),
    (["--data-dir", "lesson.yaml", "scores", "export"], 1, "is a file, not a folder"),
    # scores import, sync, scores pull (the classroom)
    (["scores", "import"], 2, "the following arguments are required: FILE"),
    (["scores", "import", "folder"], 1, "folder: cannot be read: it is a folder, not a file"),
    (["scores", "import", "/dev/zero"], 1, "/dev/zero: cannot be read: it is not a regular file"),
    (["scores", "import", "missing.jsonl"], 1, "missing.jsonl: cannot be read"),
    (["scores", "import", LONG], 1, "cannot be read: File name too long"),
    (["--data-dir", "lesson.yaml", "scores", "import", "x.jsonl"], 1, "is a file, not a folder"),
    (["sync", "--bogus"], 2, "unrecognized arguments: --bogus"),
    (["--data-dir", "lesson.yaml", "sync"], 1, "is a file, not a folder"),
    (["--data-dir", LONG, "sync", "--status"], 1, "the data folder"),
    (["scores", "pull"], 1, "no LRS is set up"),
    (["--data-dir", "lesson.yaml", "scores", "pull"], 1, "is a file, not a folder"),
    # set-pin (stdin is not a terminal here; at a terminal: see below)
    (["set-pin"], 1, "set-pin asks for the PIN at a terminal"),
    (["set-pin", "1234"], 2, "unrecognized arguments: 1234"),
    # the app itself, and no command at all
    (["--data-dir", "lesson.yaml/sub"], 1, "lesson.yaml/sub: a part of the path is a file, not a folder"),
    (["--bogus"], 2, "unrecognized arguments: --bogus"),
]


@pytest.mark.parametrize(("argv", "code", "fragment"), CASES, ids=[_case_id(c[0]) for c in CASES])
def test_hostile_arguments_get_one_line_and_a_documented_exit_code(place, argv, code, fragment):
    result = run(place, argv)
    assert_one_line(result.stderr, result.returncode, code, fragment)


def test_the_table_covers_every_subcommand_in_help(place):
    listed = run(place, ["--help"]).stdout
    commands = set(re.findall(r"^    ([a-z][a-z-]+)  ", listed, re.MULTILINE))
    assert {"validate", "lessons", "schema", "new", "preview", "import", "scores", "set-pin"} <= commands
    covered = {word for argv, _, _ in CASES for word in argv if word in commands}
    assert covered == commands


def test_help_documents_the_exit_codes(place):
    text = " ".join(run(place, ["--help"]).stdout.split())
    assert "Exit status: 0 done; 1 the command failed" in text and "2 the command line is wrong" in text


def test_nothing_was_written_by_the_failed_cases(place):
    """Run after the table: no file named after a failed write, no temporary left."""
    assert (place / "existing.yaml").read_text(encoding="utf-8") == "keep me\n"
    assert not list(place.rglob("*.part")) and not (place / "fine.yaml").exists()
    assert list((place / "folder").iterdir()) == []


# -- a reader that stops early ----------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_scores_export_piped_to_head(place, fmt):
    """`lessonapp scores export --answers | head -c 10`: head stops reading while the export writes."""
    if shutil.which("head") is None:
        pytest.skip("no head command here")
    export = subprocess.Popen(
        _command(["scores", "export", "--answers", "--format", fmt]),
        cwd=place,
        env=_env(place),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    head = subprocess.Popen(["head", "-c", "10"], stdin=export.stdout, stdout=subprocess.PIPE)
    export.stdout.close()  # head is the only reader left
    shown, _ = head.communicate(timeout=60)
    stderr = export.stderr.read().decode()
    export.wait(timeout=60)
    export.stderr.close()
    assert len(shown) == 10
    assert_one_line(stderr, export.returncode, 1, "the output was closed before all of it was written")


@pytest.mark.parametrize(
    "argv",
    [
        ["schema"],
        ["validate", "missing.yaml"],
        ["lessons", "--json", "folder"],
        ["scores", "export", "--format", "json"],
    ],
    ids=_case_id,
)
def test_every_command_that_prints_survives_a_closed_pipe(place, argv):
    """Standard output is a pipe whose reader is already gone: the first write fails."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = run(place, argv, stdout=write_end)
    finally:
        os.close(write_end)
    assert_one_line(result.stderr, result.returncode, 1, "the output was closed before all of it was written")


# -- a database in use by another program ------------------------------------


def test_a_database_another_program_writes_to_is_still_exported(place, tmp_path):
    """In WAL mode a writer holding the database does not stop a reader, and
    opening an up-to-date database takes no write lock: export goes on."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(place / "data" / "scores.db", data / "scores.db")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(data / 'scores.db')!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        out = tmp_path / "scores.csv"
        runs = [
            subprocess.Popen(
                _command(["--data-dir", data, "scores", "export", *extra]),
                cwd=tmp_path,
                env=_env(place),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for extra in ([], ["-o", out])
        ]
        for process in runs:
            _, stderr = process.communicate(timeout=60)
            assert process.returncode == 0 and stderr == "", stderr
        assert out.read_text(encoding="utf-8-sig").startswith("student,")
        assert not [name for name in os.listdir(data) if ".damaged" in name]
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


# -- a read-only folder and a full disk (real file systems) ------------------


@contextlib.contextmanager
def _tmpfs(folder: Path, options: str):
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def read_only(place, tmp_path):
    """A read-only folder holding a score database. For root, whom permissions
    do not stop, a tmpfs remounted read-only; for anyone else, chmod 555."""
    folder = tmp_path / "ro"
    if os.geteuid() != 0:
        folder.mkdir()
        shutil.copy(place / "data" / "scores.db", folder / "scores.db")
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    with _tmpfs(folder, "size=8m,mode=755"):
        shutil.copy(place / "data" / "scores.db", folder / "scores.db")
        remount = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True)
        if remount.returncode:
            pytest.skip(f"cannot remount the tmpfs read-only: {remount.stderr.decode().strip()}")
        yield folder


READ_ONLY_CASES = [
    (["scores", "export", "-o", "ro/scores.csv"], "cannot write ro/scores.csv: "),
    (["new", "fine", "-o", "ro/fine.yaml"], "cannot write ro/fine.yaml: "),
    (["import", "questions.txt", "-o", "ro/questions.yaml"], "cannot write ro/questions.yaml: "),
    (["--data-dir", "ro/sub", "--kiosk"], "cannot create the data folder ro/sub: "),
]


@pytest.mark.parametrize(("argv", "fragment"), READ_ONLY_CASES, ids=[_case_id(c[0]) for c in READ_ONLY_CASES])
def test_writing_into_a_read_only_folder(place, read_only, argv, fragment):
    argv = [str(read_only.parent / a) if a.startswith("ro/") else a for a in argv]
    fragment = fragment.replace("ro/", f"{read_only}/")
    shutil.copy(place / "questions.txt", read_only.parent / "questions.txt")
    result = run(place, argv, cwd=read_only.parent)
    assert_one_line(result.stderr, result.returncode, 1, fragment)
    assert re.search(
        r"(the folder is read-only|permission denied)$", result.stderr.strip().removesuffix("; nothing was exported")
    )
    assert sorted(p.name for p in read_only.iterdir()) == ["scores.db"]


def test_exporting_from_a_read_only_data_folder(place, read_only):
    """Either the scores come out (the store can read a read-only folder) or one line says why not."""
    result = run(place, ["--data-dir", read_only, "scores", "export"])
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert result.stdout.startswith("\ufeffstudent,lesson_id") and result.stderr == ""
    else:
        assert_one_line(result.stderr, result.returncode, 1, "score database")


@pytest.fixture
def small_disk(tmp_path):
    with _tmpfs(tmp_path / "small", "size=64k") as folder:
        yield folder


def test_a_full_disk_leaves_no_half_csv_and_keeps_the_old_export(place, small_disk):
    out = small_disk / "scores.csv"
    result = run(place, ["scores", "export", "--answers", "-o", out])
    assert_one_line(result.stderr, result.returncode, 1, f"cannot write {out}: the disk is full; nothing was exported")
    assert list(small_disk.iterdir()) == []  # neither a torn file nor its temporary
    out.write_text("last week's export\n", encoding="utf-8")
    result = run(place, ["scores", "export", "--answers", "-o", out])
    assert_one_line(result.stderr, result.returncode, 1, "the disk is full")
    assert out.read_text(encoding="utf-8") == "last week's export\n"
    assert list(small_disk.iterdir()) == [out]


def test_a_full_disk_never_destroys_the_lesson_replaced_with_force(place, small_disk):
    lesson = small_disk / "fine.yaml"
    lesson.write_text("my lesson\n", encoding="utf-8")
    with contextlib.suppress(OSError):  # fill the disk to the last byte
        with open(small_disk / "filler", "wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
    result = run(place, ["new", "fine", "-o", lesson, "--force"])
    assert_one_line(result.stderr, result.returncode, 1, "the disk is full")
    assert lesson.read_text(encoding="utf-8") == "my lesson\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "fine.yaml"]


# -- in-process: what no real file system gives on demand ---------------------


def test_export_cut_short_part_way_leaves_nothing(tmp_path, monkeypatch, capsys):
    from lessonapp.store import export as export_module

    _fill_scores(tmp_path / "scores.db", attempts=3)
    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    real_rows = export_module.attempt_rows

    def rows_then_a_full_disk(store):
        rows = real_rows(store)
        yield next(rows)
        yield next(rows)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module, "attempt_rows", rows_then_a_full_disk)
    out = tmp_path / "exports" / "scores.csv"
    out.parent.mkdir()
    assert main(["scores", "export", "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"lessonapp: cannot write {out}: the disk is full; nothing was exported\n"
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("command", [["scores", "export"], ["set-pin"]])
def test_a_store_error_is_one_line(tmp_path, monkeypatch, capsys, command):
    from lessonapp.store import Store, StoreError

    def refuse(*args, **kwargs):
        raise StoreError("The score database is in use by another program; close it and try again.")

    _fill_scores(tmp_path / "scores.db", attempts=3)
    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(Store, "open", refuse)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "654321")
    assert main(command) == 1
    assert capsys.readouterr().err == (
        "lessonapp: The score database is in use by another program; close it and try again.\n"
    )


def test_scores_that_cannot_be_read_part_way(tmp_path, monkeypatch, capsys):
    from lessonapp.store import export as export_module

    def rows_then_damage(store):
        raise sqlite3.DatabaseError("database disk image is malformed")
        yield

    _fill_scores(tmp_path / "scores.db", attempts=3)
    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(export_module, "answer_rows", rows_then_damage)
    out = tmp_path / "answers.csv"
    assert main(["scores", "export", "--answers", "-o", str(out)]) == 1
    assert capsys.readouterr().err == (
        "lessonapp: the score database could not be used (database disk image is malformed); nothing was exported\n"
    )
    assert not out.exists()


def test_set_pin_on_a_database_locked_while_writing(tmp_path, monkeypatch, capsys):
    from lessonapp.store import pin

    def locked(store, key, value):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "654321")
    monkeypatch.setattr(pin.Store, "set_setting", locked)
    assert main(["set-pin"]) == 1
    assert capsys.readouterr().err == (
        "lessonapp: the score database is in use by another program; close it and try again (the PIN was not changed)\n"
    )


def test_an_unexpected_error_is_one_line_and_logged(tmp_path, monkeypatch, capsys):
    def broken(args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    monkeypatch.setitem(cli._COMMANDS, "schema", broken)
    assert main(["schema"]) == 1
    log = tmp_path / "lessonapp.log"
    assert capsys.readouterr().err == (
        f"lessonapp: unexpected error (ZeroDivisionError: division by zero); the details are in {log}\n"
    )
    assert "Traceback" in log.read_text(encoding="utf-8")


# -- set-pin at a terminal ------------------------------------------------------

PROMPTS = ("New teacher PIN (6 or more digits): ", "The same PIN again: ")


def _at_a_terminal(place: Path, argv, typed: list[bytes]) -> tuple[int, str]:
    """Run with a pseudo-terminal as standard input, typing each entry once its prompt is shown.

    In a session of its own the process has no /dev/tty, so getpass reads the
    terminal on standard input and writes its prompts to standard error."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        _command(argv),
        cwd=place,
        env=_env(place),
        stdin=terminal,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    os.close(terminal)
    stderr = b""
    deadline = time.monotonic() + 30
    try:
        for shown, entry in enumerate(typed, start=1):
            while sum(stderr.count(p.encode()) for p in PROMPTS) < shown and time.monotonic() < deadline:
                if select.select([process.stderr], [], [], 0.2)[0]:
                    chunk = os.read(process.stderr.fileno(), 4096)
                    if not chunk:
                        break
                    stderr += chunk
            time.sleep(0.1)  # getpass turns echo off (flushing what was typed) right after its prompt
            os.write(controller, entry)
        _, rest = process.communicate(timeout=30)
        stderr += rest
    finally:
        process.kill()
        process.wait()
        os.close(controller)
    text = stderr.decode()
    for prompt in PROMPTS:  # the dialogue itself: each prompt, and the new line after what was typed
        text = text.replace(f"{prompt}\n", "").replace(prompt, "")
    return process.returncode, text


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ([b"\x04"], "no PIN was typed; nothing was changed"),  # Ctrl+D at the first prompt
        ([b"12ab\n"] * 3, "the PIN must be made of digits only; nothing was changed"),
        ([b"123456\n", b"\x04"], "no PIN was typed; nothing was changed"),
        ([b"123456\n", b"987654\n"] * 3, "the two PINs differ; nothing was changed"),
    ],
    ids=["ctrl-d", "not-digits", "ctrl-d-second", "differ"],
)
def test_set_pin_with_hostile_typing(tmp_path, place, typed, fragment):
    data = tmp_path / "data"
    code, stderr = _at_a_terminal(place, ["--data-dir", data, "set-pin"], typed)
    stderr = "".join(line for line in stderr.splitlines(True) if "Try again" not in line)  # the tries before
    assert_one_line(stderr, code, 1, fragment)
    if len(typed) < 2 or typed[0] != typed[1]:
        assert not (data / "scores.db").exists()  # nothing was changed, nothing was even created


def test_set_pin_at_a_terminal_sets_the_pin(tmp_path, place):
    from lessonapp.store import Store, check_pin

    data = tmp_path / "data"
    code, stderr = _at_a_terminal(place, ["--data-dir", data, "set-pin"], [b"654321\n", b"654321\n"])
    assert (code, stderr) == (0, ""), stderr
    with Store.open(data / "scores.db") as store:
        assert check_pin(store, "654321")
