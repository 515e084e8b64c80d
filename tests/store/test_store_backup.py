"""Backups through the SQLite backup API: make, list, rotate, restore."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from lessonapp.store import (
    Store,
    StoreError,
    list_backups,
    make_backup,
    maybe_backup_file,
    restore_backup,
    rotate,
)
from tests.answering import record


def names(store: Store) -> list[str]:
    return [p.name for p in store.profiles()]


def test_backup_has_everything_committed_even_in_the_wal(store: Store, tmp_path: Path) -> None:
    ana = store.add_profile("Ana")
    attempt_id = store.start_attempt(ana.id, "l", "L", 1, ["q"], 1)
    record(store, attempt_id, "q", ["a"], True, 1, 1, 1)  # still in scores.db-wal
    path = make_backup(store, tmp_path / "backups")
    assert path.name == "scores-20261128T071530Z.db"
    assert not path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT chosen FROM answers").fetchall() == [('["a"]',)]
    conn.close()
    assert not list((tmp_path / "backups").glob("*.part"))


def test_two_backups_in_one_second_get_two_files(store: Store, tmp_path: Path) -> None:
    first = make_backup(store, tmp_path)
    second = make_backup(store, tmp_path)
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in list_backups(tmp_path)] == [second, first]


def test_list_backups_ignores_other_files(tmp_path: Path) -> None:
    for name in ("scores-20261128T071530Z.db", "scores-20261127T071530Z.db", "notes.txt",
                 "scores-20261128T071531Z.db.part", "scores-garbage.db"):
        (tmp_path / name).write_bytes(b"")
    found = list_backups(tmp_path)
    assert [b.path.name for b in found] == ["scores-20261128T071530Z.db", "scores-20261127T071530Z.db"]
    assert found[0].taken_at.isoformat() == "2026-11-28T07:15:30+00:00"
    assert list_backups(tmp_path / "missing") == []


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    day = date(2026, 10, 1)
    while day <= date(2026, 11, 28):  # a Saturday, in ISO week 48
        for hour in ("03", "15"):
            (tmp_path / f"scores-{day:%Y%m%d}T{hour}0000Z.db").write_bytes(b"")
        day += timedelta(days=1)
    removed = rotate(tmp_path)
    kept = sorted(b.path.name[7:15] for b in list_backups(tmp_path))
    assert kept == [
        "20261108",  # newest of ISO week 45
        "20261115",  # newest of week 46
        "20261122", "20261123", "20261124", "20261125", "20261126", "20261127", "20261128",  # last 7 days
    ]
    assert all(b.path.name.endswith("T150000Z.db") for b in list_backups(tmp_path))  # newest of each day
    assert len(removed) == 59 * 2 - 9


def test_maybe_backup_once_a_day(store: Store, clock, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert maybe_backup_file(store.path, folder, clock) is not None
    clock.advance(hours=10)
    assert maybe_backup_file(store.path, folder, clock) is None
    assert len(list_backups(folder)) == 1
    clock.advance(hours=10)  # the next UTC day
    assert maybe_backup_file(store.path, folder, clock) is not None
    assert len(list_backups(folder)) == 2


def test_restore_round_trip(db_path: Path, clock, tmp_path: Path) -> None:
    with Store.open(db_path, clock=clock) as store:
        store.add_profile("Ana")
        backup = make_backup(store, tmp_path / "backups")
        clock.advance(hours=1)
        store.add_profile("Ben")
    aside = restore_backup(db_path, backup, clock=clock)
    assert aside is not None and aside.name == "scores.db.before-restore-20261128T081530Z"
    with Store.open(db_path, clock=clock) as store:
        assert store.notice is None
        assert names(store) == ["Ana"]
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.add_profile("Cy")  # and it is writable
    with Store.open(aside, clock=clock) as moved:  # nothing was lost: Ben is in the moved file
        assert names(moved) == ["Ana", "Ben"]
    assert backup.exists()


def test_restore_refuses_a_bad_backup_and_touches_nothing(db_path: Path, clock, tmp_path: Path) -> None:
    with Store.open(db_path, clock=clock) as store:
        store.add_profile("Ana")
    bad = tmp_path / "scores-20261128T071530Z.db"
    bad.write_text("not a database at all" * 100)
    with pytest.raises(StoreError, match="nothing was changed"):
        restore_backup(db_path, bad, clock=clock)
    with pytest.raises(StoreError, match="does not exist"):
        restore_backup(db_path, tmp_path / "missing.db", clock=clock)
    with Store.open(db_path, clock=clock) as store:
        assert names(store) == ["Ana"]
    assert not list(tmp_path.glob("scores.db.before-restore-*"))


def test_restore_into_an_empty_place(tmp_path: Path, clock) -> None:
    with Store.open(tmp_path / "old.db", clock=clock) as store:
        store.add_profile("Ana")
        backup = make_backup(store, tmp_path)
    target = tmp_path / "new" / "scores.db"
    target.parent.mkdir()
    assert restore_backup(target, backup, clock=clock) is None
    with Store.open(target, clock=clock) as store:
        assert names(store) == ["Ana"]


def test_a_restore_that_fails_half_way_puts_the_scores_back(db_path: Path, clock, tmp_path: Path, monkeypatch) -> None:
    from lessonapp.store import backup as backup_module

    with Store.open(db_path, clock=clock) as store:
        store.add_profile("Ana")
        saved = make_backup(store, tmp_path / "backups")
        store.add_profile("Ben")

    def disk_full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "_copy", disk_full)
    with pytest.raises(OSError):
        restore_backup(db_path, saved, clock=clock)
    with Store.open(db_path, clock=clock) as store:
        assert [p.name for p in store.profiles()] == ["Ana", "Ben"]
    assert not list(db_path.parent.glob("scores.db.before-restore-*"))
