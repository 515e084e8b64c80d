"""The work the app leaves until its window is up: opening without the
page-by-page check, then the check and the day's backup in a worker thread."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from lessonapp.store import Store, db, list_backups
from lessonapp.store.upkeep import check_and_back_up
from tests.answering import record


def fill(path: Path, clock, attempts: int = 60) -> None:
    with Store.open(path, clock=clock) as store:
        ana = store.add_profile("Ana")
        for n in range(attempts):
            attempt = store.start_attempt(ana.id, f"lesson-{n}", "A lesson " * 20, n, ["q1", "q2"], 2)
            record(store, attempt, "q1", ["a long choice text " * 10], True, 1, 1, 3.0)


def damage_pages(path: Path, first: int, last: int) -> bytes:
    """Garbage over pages first..last (counting from 0; negative from the end)."""
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    for page in range(first % pages, last % pages + 1):
        data[page * 4096 : (page + 1) * 4096] = bytes((i * 7919 + page) % 251 for i in range(4096))
    path.write_bytes(bytes(data))
    return bytes(data)


def aside(path: Path) -> list[Path]:
    """The damaged files set aside beside path (not their -wal or -shm)."""
    return sorted(
        p for p in path.parent.iterdir()
        if p.name.startswith(f"{path.name}.damaged-") and not p.name.endswith(("-wal", "-shm"))
    )


def test_damage_far_from_the_name_screen_is_left_to_the_check(db_path: Path, clock) -> None:
    """The last pages hold answers: opening without the check succeeds, and the
    check in the worker finds the damage."""
    fill(db_path, clock)
    damage_pages(db_path, -3, -1)
    with Store.open(db_path, clock=clock, quick_check=False) as store:
        assert store.notice is None
        assert [p.name for p in store.profiles()] == ["Ana"]
    assert db.integrity_problem(db_path) == db.DAMAGED
    assert Store.open(db_path, clock=clock).notice is not None  # the full check at open sees it too


def test_damage_to_what_the_name_screen_reads_is_found_on_opening(db_path: Path, clock) -> None:
    fill(db_path, clock)
    original = damage_pages(db_path, 1, -1)  # every page but the first, the profiles among them
    with Store.open(db_path, clock=clock, quick_check=False) as store:
        assert store.notice is not None
        assert store.profiles() == []
    assert [p.read_bytes() for p in aside(db_path)] == [original]


def test_a_sound_database_is_checked_then_backed_up_once_a_day(db_path: Path, clock, tmp_path: Path) -> None:
    fill(db_path, clock, attempts=3)
    folder = tmp_path / "backups"
    assert check_and_back_up(db_path, folder, clock) is None
    [backup] = list_backups(folder)
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT count(*) FROM answers").fetchone()[0] == 3
    assert check_and_back_up(db_path, folder, clock) is None
    assert len(list_backups(folder)) == 1  # one a day
    clock.advance(days=1)
    assert check_and_back_up(db_path, folder, clock) is None
    assert len(list_backups(folder)) == 2


def test_a_damaged_database_is_not_backed_up(db_path: Path, clock, tmp_path: Path) -> None:
    fill(db_path, clock)
    damage_pages(db_path, -3, -1)
    assert check_and_back_up(db_path, tmp_path / "backups", clock) == db.DAMAGED
    assert list_backups(tmp_path / "backups") == []


def test_a_backup_that_cannot_be_made_does_not_stop_the_check(db_path: Path, clock, tmp_path: Path) -> None:
    fill(db_path, clock, attempts=1)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    assert check_and_back_up(db_path, blocked, clock) is None


def test_the_worker_checks_and_backs_up_while_answers_are_written(db_path: Path, clock, tmp_path: Path) -> None:
    fill(db_path, clock, attempts=200)
    results: list[str | None] = []
    worker = threading.Thread(target=lambda: results.append(check_and_back_up(db_path, tmp_path / "b", clock)))
    with Store.open(db_path, clock=clock, quick_check=False) as store:
        ana = store.profiles()[0]
        worker.start()
        for n in range(50):
            attempt = store.start_attempt(ana.id, f"more-{n}", "More", n, ["q1"], 1)
            record(store, attempt, "q1", ["yes"], True, 1, 1, 1.0)
        worker.join(30)
        assert results == [None]
        assert store.connection.execute("SELECT count(*) FROM answers").fetchone()[0] == 250
    [backup] = list_backups(tmp_path / "b")
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert 200 <= copy.execute("SELECT count(*) FROM answers").fetchone()[0] <= 250  # a consistent moment


def test_start_anew_keeps_the_damaged_file_and_says_so(db_path: Path, clock) -> None:
    fill(db_path, clock, attempts=1)
    original = db_path.read_bytes()
    store = Store.start_anew(db_path, clock=clock)
    try:
        assert store.profiles() == []
        assert str(aside(db_path)[0]) in store.notice
    finally:
        store.close()
    assert [p.read_bytes() for p in aside(db_path)] == [original]


def test_a_file_that_cannot_be_read_just_now_is_not_called_damaged(db_path: Path, clock, tmp_path: Path) -> None:
    """Only SQLite saying the file is corrupt counts: a file renamed by a
    restore, or missing for a moment, is checked again next time."""
    assert db.integrity_problem(tmp_path / "not there.db") is None
    fill(db_path, clock, attempts=1)
    assert db.integrity_problem(db_path) is None
    damage_pages(db_path, -2, -1)
    assert db.integrity_problem(db_path) == db.DAMAGED
