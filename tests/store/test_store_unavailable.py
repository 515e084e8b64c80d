"""A read-only database or folder, a full disk, a database another program
holds (issue 12, item 8): one message naming the folder and what to do, the
store goes on as far as it can, and nothing healthy is ever set aside."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from mounts import fill_disk

from lessonapp.store import Store, StoreUnavailable, db
from lessonapp.store.errors import DAMAGED, DISK_ERROR, DISK_FULL, IN_USE, OTHER, READ_ONLY, explain, kind_of
from tests.answering import record


def fill(folder: Path) -> None:
    with Store.open(folder / "scores.db") as store:
        attempt = store.start_attempt(store.add_profile("Ana").id, "river", "River", 7, ["q1", "q2"], 2.0)
        record(store, attempt, "q1", ["Three"], True, 1.0, 1.0, 2.0)


def names(store: Store) -> list[str]:
    return [p.name for p in store.profiles()]


def nothing_set_aside(folder: Path) -> bool:
    return not [name for name in os.listdir(folder) if ".damaged" in name or ".foreign" in name]


# -- the message mapping ---------------------------------------------------------------


def real_errors(tmp_path: Path) -> dict[str, sqlite3.Error]:
    """SQLite's own errors, with their codes, for each case."""
    path = tmp_path / "real.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    found: dict[str, sqlite3.Error] = {}
    reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        reader.execute("INSERT INTO t VALUES (1)")
    except sqlite3.Error as error:
        found[READ_ONLY] = error
    reader.close()
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    try:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    except sqlite3.Error as error:
        found[DISK_FULL] = error
    conn.execute("PRAGMA max_page_count = 100000")
    conn.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("INSERT INTO t VALUES (1)")
    except sqlite3.Error as error:
        found[IN_USE] = error
    other.close()
    conn.execute("ROLLBACK")
    conn.close()
    (tmp_path / "text.db").write_text("not a database" * 100)
    try:
        sqlite3.connect(tmp_path / "text.db").execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.Error as error:
        found[DAMAGED] = error
    return found


def test_sqlite_errors_map_to_what_happened(tmp_path: Path) -> None:
    errors = real_errors(tmp_path)
    assert set(errors) == {READ_ONLY, DISK_FULL, IN_USE, DAMAGED}
    for kind, error in errors.items():
        assert kind_of(error, tmp_path) == kind, (kind, error)


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        # Python 3.10 has no error codes: the message tells.
        (sqlite3.OperationalError("attempt to write a readonly database"), READ_ONLY),
        (sqlite3.OperationalError("database or disk is full"), DISK_FULL),
        (sqlite3.OperationalError("database is locked"), IN_USE),
        (sqlite3.OperationalError("disk I/O error"), DISK_ERROR),
        (sqlite3.DatabaseError("database disk image is malformed"), DAMAGED),
        (sqlite3.DatabaseError("file is not a database"), DAMAGED),
        (sqlite3.OperationalError("no such table: answers"), OTHER),
        (OSError(errno.ENOSPC, "No space left on device"), DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), READ_ONLY),
        (OSError(errno.EACCES, "Permission denied"), READ_ONLY),
        (OSError(errno.EIO, "Input/output error"), DISK_ERROR),
    ],
)
def test_messages_name_the_folder_and_what_to_do(tmp_path: Path, error: BaseException, kind: str) -> None:
    explained = explain(error, tmp_path)
    assert explained.kind == kind
    message = str(explained)
    assert str(tmp_path) in message and "\n" not in message
    assert "try again" in message or "restarts" in message or "open it again" in message or "tell a teacher" in message


def test_unable_to_open_in_a_folder_that_cannot_be_written_is_read_only(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    assert kind_of(sqlite3.OperationalError("unable to open database file"), tmp_path) == READ_ONLY


# -- a database another program holds -----------------------------------------------------


def test_a_database_another_program_holds_opens_and_writes_once_it_is_free(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    fill(tmp_path)
    other = sqlite3.connect(tmp_path / "scores.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with Store.open(tmp_path / "scores.db", quick_check=False) as store:  # was: "in use", and no app
            assert store.notice is None and not store.read_only and names(store) == ["Ana"]
            with pytest.raises(StoreUnavailable) as refused:
                store.add_profile("Ben")
            assert refused.value.kind == IN_USE and str(tmp_path) in str(refused.value)
            other.execute("ROLLBACK")
            store.add_profile("Ben")
            assert names(store) == ["Ana", "Ben"]
    finally:
        other.close()
    assert nothing_set_aside(tmp_path)


# -- a full disk ---------------------------------------------------------------------------


def test_a_full_database_refuses_the_write_in_words_and_keeps_the_rest(store: Store, db_path: Path) -> None:
    attempt = store.start_attempt(store.add_profile("Ana").id, "river", "River", 7, ["q1", "q2"], 2.0)
    conn = store.connection
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(StoreUnavailable) as refused:
        for n in range(200):
            record(store, attempt, f"q{n}", ["x" * 2000], True, 1.0, 1.0, 2.0)
    assert refused.value.kind == DISK_FULL and str(db_path.parent) in str(refused.value)
    saved = len(store.attempt(attempt).answers)
    conn.execute("PRAGMA max_page_count = 1073741823")
    record(store, attempt, "after", ["Three"], True, 1.0, 1.0, 2.0)  # space again: it goes on
    assert len(store.attempt(attempt).answers) == saved + 1


def test_a_full_disk_refuses_writes_in_words_and_never_sets_the_file_aside(small_disk: Path) -> None:
    fill(small_disk)
    path = small_disk / "scores.db"
    with Store.open(path) as store:
        (attempt,) = store.connection.execute("SELECT id FROM attempts").fetchone()
        filler = fill_disk(small_disk)
        with pytest.raises(StoreUnavailable) as refused:
            for n in range(100):
                record(store, attempt, f"x{n}", ["a long answer " * 100], True, 1.0, 1.0, 2.0)
        assert refused.value.kind == DISK_FULL and str(small_disk) in str(refused.value)
    with Store.open_or_read_only(path, quick_check=False) as again:  # the next start, on the full disk
        assert names(again) == ["Ana"]
    assert nothing_set_aside(small_disk)
    filler.unlink()
    with Store.open(path) as store:
        assert store.notice is None
        record(store, attempt, "q2", ["Three"], True, 1.0, 1.0, 2.0)


def test_a_new_database_on_a_full_disk_gives_an_empty_read_only_store(small_disk: Path) -> None:
    fill_disk(small_disk)
    with Store.open_or_read_only(small_disk / "scores.db", quick_check=False) as store:
        assert store.read_only and store.profiles() == []
        assert "full" in store.notice and str(small_disk) in store.notice


# -- read-only ---------------------------------------------------------------------------------


def test_a_read_only_folder_is_read_and_nothing_is_set_aside(read_only_folder) -> None:
    folder = read_only_folder(fill)
    before = sorted(os.listdir(folder))
    with Store.open_or_read_only(folder / "scores.db", quick_check=False) as store:
        assert store.read_only and names(store) == ["Ana"]
        assert "read-only" in store.notice and str(folder) in store.notice
        with pytest.raises(StoreUnavailable) as refused:
            store.add_profile("Ben")
        assert refused.value.kind == READ_ONLY and str(folder) in str(refused.value)
    assert sorted(os.listdir(folder)) == before


def test_a_read_only_folder_without_a_database_gives_an_empty_read_only_store(read_only_folder) -> None:
    folder = read_only_folder()
    with Store.open_or_read_only(folder / "scores.db", quick_check=False) as store:
        assert store.read_only and store.profiles() == []
        assert "read-only" in store.notice and str(folder) in store.notice
        with pytest.raises(StoreUnavailable):
            store.add_profile("Ben")


def test_a_read_only_database_file_in_a_writable_folder_is_read_not_set_aside(tmp_path: Path, read_only_folder) -> None:
    """The file alone read-only (a bind mount of it): once a healthy file was taken for damaged."""
    read_only_folder()  # skips where mounting is not allowed
    fill(tmp_path)
    path = tmp_path / "scores.db"
    original = path.read_bytes()
    bound = subprocess.run(["mount", "--bind", "-o", "ro", str(path), str(path)], capture_output=True, text=True)
    if bound.returncode != 0:
        pytest.skip(f"a read-only bind mount is not allowed here: {bound.stderr.strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], check=True)
        with Store.open_or_read_only(path, quick_check=False) as store:
            assert names(store) == ["Ana"]
            assert store.read_only and str(tmp_path) in store.notice
            with pytest.raises(StoreUnavailable):
                store.add_profile("Ben")
        assert nothing_set_aside(tmp_path)
    finally:
        subprocess.run(["umount", str(path)], check=True)
    assert path.read_bytes() == original


def test_the_app_reads_what_it_cannot_write_even_when_the_file_cannot_be_set_aside(read_only_folder) -> None:
    """A bad file in a read-only folder: told, and an empty store to read lessons with."""
    folder = read_only_folder(lambda f: (f / "scores.db").write_text("notes, not a database" * 100))
    with Store.open_or_read_only(folder / "scores.db", quick_check=False) as store:
        assert store.read_only and store.profiles() == []
        assert "could not be set aside" in store.notice
    assert (folder / "scores.db").read_text().startswith("notes")
