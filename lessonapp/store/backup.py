"""Rotating backups of the score database, made and restored with SQLite's online backup API.

The backup API copies a consistent snapshot even while the app writes; a plain
file copy of a database in WAL mode could miss the newest answers or be torn.
Backups are named ``scores-<UTC stamp>.db`` and are written under a temporary
name first, so a half-made backup never looks like a real one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lessonapp.words import Words

from . import db
from .errors import StoreError
from .store import Store
from .timeutil import Clock, compact, parse_compact, system_clock

FOLDER = "backups"  # in the data folder
PREFIX = "scores-"
SUFFIX = ".db"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
# One backup at a time: the app's daily one runs in a worker thread (upkeep.py)
# and must not pick the same name as a teacher's "Back up now".
_ONE_AT_A_TIME = threading.Lock()
_NAME = re.compile(rf"{PREFIX}(\d{{8}}T\d{{6}}Z)(?:-(\d+))?{re.escape(SUFFIX)}")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # aware, UTC


def list_backups(folder: Path) -> list[Backup]:
    """The backups in a folder, newest first (other files are ignored)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.fullmatch(path.name)
        if match and path.is_file():
            # the number told apart backups made in the same second
            found.append((parse_compact(match.group(1)), int(match.group(2) or 1), path))
    return [Backup(path, taken_at) for taken_at, _, path in sorted(found, reverse=True)]


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database through the backup API to target, via a temporary file, durably."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)  # a leftover of an interrupted copy of ours
    try:
        dest = sqlite3.connect(str(part), isolation_level=None)
        try:
            source.backup(dest)
            # A single self-contained file: no -wal beside it to lose.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        part.replace(target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    db.sync_folder(target.parent)


def _put_back(aside: Path, store_path: Path) -> None:
    """Undo move_aside: the database and its companions back under their name."""
    for suffix in db.COMPANION_SUFFIXES:
        companion = aside.with_name(aside.name + suffix)
        if companion.exists():
            os.replace(companion, store_path.with_name(store_path.name + suffix))
    os.replace(aside, store_path)
    db.sync_folder(store_path.parent)


def make_backup(store: Store, folder: Path) -> Path:
    """Back up the open store into folder; returns the new file."""
    return _back_up(store.connection, Path(folder), store.clock)


def _back_up(source: sqlite3.Connection, folder: Path, clock: Clock) -> Path:
    with _ONE_AT_A_TIME:
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{PREFIX}{compact(clock())}"
        target = folder / f"{stem}{SUFFIX}"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{stem}-{n}{SUFFIX}"
        _copy(source, target)
        return target


def rotate(folder: Path, *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete old backups, keeping the newest of each of the last `daily` days that have
    one and the newest of each of the last `weekly` ISO weeks. Returns what was deleted.
    """
    backups = list_backups(folder)  # newest first
    keep: set[Path] = set()
    for period, count in ((lambda d: d.date(), daily), (lambda d: d.isocalendar()[:2], weekly)):
        seen: set[object] = set()
        for backup in backups:
            key = period(backup.taken_at)
            if key not in seen and len(seen) < count:
                seen.add(key)
                keep.add(backup.path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def make_backup_file(database: Path, folder: Path, clock: Clock = system_clock) -> Path:
    """make_backup, from the database file on a read-only connection of its
    own: for a worker thread (a connection serves the thread that opened it)."""
    source = db.connect_read_only(Path(database))
    try:
        return _back_up(source, Path(folder), clock)
    finally:
        source.close()


def maybe_backup_file(database: Path, folder: Path, clock: Clock = system_clock) -> Path | None:
    """Make today's backup (UTC day) of the database file and rotate, unless one
    was made today already (see make_backup_file)."""
    today = clock().date()
    if any(b.taken_at.date() == today for b in list_backups(folder)):
        return None
    path = make_backup_file(database, folder, clock)
    rotate(folder)
    return path


def restore_backup(store_path: Path, backup_path: Path, *, clock: Clock | None = None) -> Path | None:
    """Put a backup in place of the database at store_path.

    Close the Store first, and open it again afterwards. The backup is checked
    before anything is touched; the current database is then set aside (never
    deleted) and its new name returned (None when there was none).
    """
    store_path, backup_path = Path(store_path), Path(backup_path)
    clock = clock or system_clock
    if not backup_path.is_file():
        raise StoreError(Words("store", "The backup {0} does not exist.", str(backup_path)))
    source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        if db.diagnose(source) is not None or not source.execute("PRAGMA user_version").fetchone()[0]:
            raise StoreError(
                Words(
                    "store",
                    "The backup {0} is damaged or not a lessonapp backup; nothing was changed.",
                    str(backup_path),
                )
            )
        aside = None
        if store_path.exists():
            aside = db.move_aside(store_path, "before-restore", clock)
        try:
            _copy(source, store_path)
        except BaseException:
            if aside is not None:  # put the scores back as they were
                _put_back(aside, store_path)
            raise
    finally:
        with contextlib.suppress(sqlite3.Error):
            source.close()
    return aside
