"""Opening the database: migrations, pragmas, and setting bad files aside."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lessonapp.store import Store
from lessonapp.store.schema import APPLICATION_ID, LATEST_VERSION
from tests.answering import record

REPO = Path(__file__).resolve().parents[2]


def tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def fill(path: Path, clock) -> None:
    with Store.open(path, clock=clock) as store:
        ana = store.add_profile("Ana")
        for n in range(30):
            attempt = store.start_attempt(ana.id, f"lesson-{n}", "A lesson " * 20, n, ["q1", "q2"], 2)
            record(store, attempt, "q1", ["a long choice text " * 10], True, 1, 1, 3.0)


def aside_files(db_path: Path, label: str) -> list[Path]:
    return sorted(
        p for p in db_path.parent.iterdir()
        if p.name.startswith(f"{db_path.name}.{label}-") and not p.name.endswith(("-wal", "-shm"))
    )


def test_migrations_from_empty(store: Store) -> None:
    conn = store.connection
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert {"profiles", "attempts", "answers", "settings"} <= tables(conn)
    assert store.notice is None


def test_pragmas_are_set(store: Store) -> None:
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_indexes_serve_the_hot_queries(store: Store) -> None:
    def plan(sql: str, *params) -> str:
        return " ".join(row[3] for row in store.connection.execute("EXPLAIN QUERY PLAN " + sql, params))

    assert "answers_by_attempt_question" in plan(
        "SELECT max(id) FROM answers WHERE attempt_id = ? AND question_id = ?", 1, "q"
    )
    assert "attempts_overview" in plan(
        "SELECT id FROM attempts WHERE profile_id = ? AND lesson_id = ? AND status = 'in_progress'", 1, "l"
    )
    assert "attempts_by_lesson" in plan("SELECT id FROM attempts WHERE lesson_id = ?", "l")


def test_reopen_keeps_data(db_path: Path, clock) -> None:
    with Store.open(db_path, clock=clock) as store:
        ana = store.add_profile("Ana")
        attempt = store.start_attempt(ana.id, "l1", "Lesson one", 7, ["q1"], 1)
        record(store, attempt, "q1", ["Yes"], True, 1, 1, 2.5)
    with Store.open(db_path, clock=clock) as store:
        assert store.notice is None
        assert [p.name for p in store.profiles()] == ["Ana"]
        assert store.attempt(attempt).answers[0].chosen == ("Yes",)
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_creates_missing_folders(tmp_path: Path, clock) -> None:
    with Store.open(tmp_path / "a" / "b" / "scores.db", clock=clock) as store:
        assert store.notice is None
    assert (tmp_path / "a" / "b" / "scores.db").is_file()


def assert_set_aside(db_path: Path, clock, label: str, original: bytes) -> None:
    with Store.open(db_path, clock=clock) as store:
        aside = aside_files(db_path, label)
        assert [p.name for p in aside] == [f"scores.db.{label}-20261128T071530Z"]
        assert aside[0].read_bytes() == original  # kept as it was, not deleted or changed
        assert store.notice is not None
        assert str(aside[0]) in store.notice
        assert store.notice.count(".") >= 1 and "\n" not in store.notice
        assert store.profiles() == []  # a fresh database
        store.add_profile("Ben")  # and it works
    with Store.open(db_path, clock=clock) as store:
        assert store.notice is None  # told once
        assert [p.name for p in store.profiles()] == ["Ben"]


def test_text_file_is_moved_aside(db_path: Path, clock) -> None:
    db_path.write_text("these are my notes, not a database\n" * 10)
    original = db_path.read_bytes()
    assert_set_aside(db_path, clock, "damaged", original)


def test_garbage_over_header_is_moved_aside(db_path: Path, clock) -> None:
    fill(db_path, clock)
    data = bytearray(db_path.read_bytes())
    data[0:100] = b"\xa5" * 100
    db_path.write_bytes(bytes(data))
    assert_set_aside(db_path, clock, "damaged", bytes(data))


def test_garbage_over_pages_is_moved_aside(db_path: Path, clock) -> None:
    fill(db_path, clock)
    data = bytearray(db_path.read_bytes())
    assert len(data) >= 4 * 4096
    data[4096 + 8 : len(data) - 100] = bytes((i * 7919) % 251 for i in range(len(data) - 4096 - 108))
    db_path.write_bytes(bytes(data))
    assert_set_aside(db_path, clock, "damaged", bytes(data))


def test_wal_and_shm_move_with_the_file(db_path: Path, clock) -> None:
    db_path.write_bytes(b"not sqlite" * 50)
    wal = db_path.with_name("scores.db-wal")
    wal.write_bytes(b"old journal")
    with Store.open(db_path, clock=clock) as store:
        assert store.notice is not None
        moved = db_path.with_name("scores.db.damaged-20261128T071530Z-wal")
        assert moved.read_bytes() == b"old journal"


def test_unreadable_path_is_moved_aside(db_path: Path, clock) -> None:
    db_path.mkdir()  # not a file SQLite can open
    (db_path / "keep.txt").write_text("x")
    with Store.open(db_path, clock=clock) as store:
        assert store.notice is not None
        assert (db_path.with_name("scores.db.damaged-20261128T071530Z") / "keep.txt").read_text() == "x"
        assert db_path.is_file()


def test_newer_version_is_moved_aside(db_path: Path, clock) -> None:
    fill(db_path, clock)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # one file to compare
    conn.close()
    original = db_path.read_bytes()
    with Store.open(db_path, clock=clock) as store:
        assert store.notice is not None and "newer version" in store.notice
        assert store.profiles() == []
    (aside,) = aside_files(db_path, "newer")
    assert aside.read_bytes() == original


def test_another_programs_database_is_moved_aside(db_path: Path, clock) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with Store.open(db_path, clock=clock) as store:
        assert store.notice is not None and "not a lessonapp" in store.notice
    (aside,) = aside_files(db_path, "foreign")
    conn = sqlite3.connect(aside)
    assert tables(conn) == {"recipes"}
    conn.close()


def test_two_bad_files_in_the_same_second_both_kept(db_path: Path, clock) -> None:
    for text in ("first", "second"):
        db_path.write_text(text * 40)
        Store.open(db_path, clock=clock).close()
    kept = sorted(p.read_text() for p in aside_files(db_path, "damaged"))
    assert kept == ["first" * 40, "second" * 40]


def test_store_imports_no_qt() -> None:
    code = (
        "import sys, lessonapp.store, lessonapp.store.backup, lessonapp.store.pin;"
        "bad = [m for m in sys.modules if m.startswith(('PySide', 'shiboken', 'PyQt'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_migration_is_idempotent(db_path: Path, clock) -> None:
    Store.open(db_path, clock=clock).close()
    Store.open(db_path, clock=clock).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()


def test_answers_cannot_be_rewritten(store: Store) -> None:
    ana = store.add_profile("Ana")
    attempt_id = store.start_attempt(ana.id, "l", "L", 1, ["q"], 1)
    record(store, attempt_id, "q", ["a"], False, 0, 1, 1)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.connection.execute("UPDATE answers SET correct = 1")


def test_stray_journal_without_its_database_is_set_aside(db_path: Path, clock) -> None:
    # scores.db was deleted by hand but its -wal stayed: it must not be replayed into a new file
    stray = db_path.with_name("scores.db-wal")
    stray.write_bytes(b"frames of a database that is gone")
    with Store.open(db_path, clock=clock) as store:
        assert store.notice is None
        assert store.profiles() == []
    kept = db_path.with_name("scores.db.orphan-20261128T071530Z-wal")
    assert kept.read_bytes() == b"frames of a database that is gone"


def test_a_commit_that_fails_leaves_no_transaction_open(tmp_path) -> None:
    """COMMIT can fail (disk full, I/O error); the next write must still work."""
    import sqlite3

    from lessonapp.store import db

    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE child (parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError):
        with db.transaction(conn):
            conn.execute("INSERT INTO child VALUES (42)")  # only found wrong at COMMIT
    assert not conn.in_transaction
    with db.transaction(conn):
        conn.execute("INSERT INTO parent VALUES (1)")
    assert conn.execute("SELECT count(*) FROM parent").fetchone()[0] == 1
