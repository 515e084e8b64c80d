"""The -wal file deleted while the app runs (issue 12, item 7): noticed at the
next write, said, and no acknowledged answer is lost; the healthy main file is
never set aside."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lessonapp.store import Store, StoreError, db
from tests.answering import record

REPO = Path(__file__).resolve().parents[2]

# Records one answer per line read from stdin, and prints it once record_answer
# has returned; prints what the store tells it, prefixed by NOTICE.
WRITER = """
import sys
from pathlib import Path
from lessonapp.store import Store
from tests.answering import record

store = Store.open(Path(sys.argv[1]))
store.on_notice = lambda text: print("NOTICE", text, flush=True)
profile_id = store.add_profile("Ana").id
attempt_id = store.start_attempt(profile_id, "river", "River", 7, [], 10.0)
print("ready", flush=True)
for line in sys.stdin:
    question_id = line.strip()
    record(store, attempt_id, question_id, ["Three"], True, 1.0, 1.0, 2.0)
    print("saved", question_id, flush=True)
"""


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def stored_answers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return [row[0] for row in conn.execute("SELECT question_id FROM answers ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.skipif(sys.platform == "win32", reason="an open file cannot be deleted on Windows; SIGKILL is POSIX")
def test_answers_survive_the_journal_deleted_between_them_and_a_kill(tmp_path: Path) -> None:
    path = tmp_path / "scores.db"
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, text=True,
    )

    def answer(question_id: str) -> list[str]:
        child.stdin.write(question_id + "\n")
        child.stdin.flush()
        lines = []
        while not lines or not lines[-1].startswith("saved"):
            line = child.stdout.readline()
            assert line, child.stderr.read()
            lines.append(line.strip())
        assert lines[-1] == f"saved {question_id}"
        return lines[:-1]

    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        assert answer("q1") == []
        wal(path).unlink()  # a cleaning program, between two answers
        told = answer("q2")
        assert len(told) == 1 and told[0].startswith("NOTICE") and "deleted" in told[0] and str(tmp_path) in told[0]
        assert answer("q3") == []  # told once
        wal(path).unlink()  # and again: noticed again
        assert len(answer("q4")) == 1
    finally:
        os.kill(child.pid, signal.SIGKILL)  # no clean close: what was only in the deleted file would be lost
        child.communicate(timeout=30)
    assert stored_answers(path) == ["q1", "q2", "q3", "q4"]
    with Store.open(path) as store:
        assert store.notice is None  # sound: nothing set aside


def test_a_journal_deleted_during_a_write_is_noticed_before_the_write_returns(tmp_path: Path) -> None:
    """The check after the commit: an answer acknowledged is in a file with a name."""
    path = tmp_path / "scores.db"
    told: list[str] = []
    with Store.open(path) as store:
        store.on_notice = told.append
        attempt = store.start_attempt(store.add_profile("Ana").id, "river", "River", 7, [], 10.0)
        original = db.transaction

        def deleting_after_commit(conn):
            with original(conn) as inside:
                yield inside
            wal(path).unlink()

        import contextlib

        db.transaction = contextlib.contextmanager(deleting_after_commit)
        try:
            record(store, attempt, "q1", ["Three"], True, 1.0, 1.0, 2.0)
        finally:
            db.transaction = original
        assert len(told) == 1
        # What the deleted journal held is in the main file itself now.
        immutable = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        assert [r[0] for r in immutable.execute("SELECT question_id FROM answers")] == ["q1"]
        immutable.close()


def test_a_database_whose_journal_was_deleted_is_never_set_aside(tmp_path: Path) -> None:
    """Another opener meets SQLite's I/O error, not damage: the file is kept where it is."""
    path = tmp_path / "scores.db"
    with Store.open(path) as store:
        attempt = store.start_attempt(store.add_profile("Ana").id, "river", "River", 7, [], 10.0)
        record(store, attempt, "q1", ["Three"], True, 1.0, 1.0, 2.0)
        wal(path).unlink()
        before = sorted(os.listdir(tmp_path))
        assert db.integrity_problem(path) is None  # the check after start-up
        with pytest.raises(StoreError):
            Store.open(path)  # e.g. a second copy of the app, without the lock
        assert sorted(p for p in os.listdir(tmp_path) if ".damaged" in p) == []
        assert set(before) <= set(os.listdir(tmp_path))
        record(store, attempt, "q2", ["Three"], True, 1.0, 1.0, 2.0)
    assert stored_answers(path) == ["q1", "q2"]
