"""What the app does to the score database once its window is up, in a worker
thread: SQLite's page-by-page integrity check, then the day's backup. NO Qt.

Both read the whole file (about 170 ms each at a million answers), which is
why neither runs before the first window nor on the UI thread. Each opens a
read-only connection of its own, since a connection serves the thread that
opened it, and the app goes on reading and writing on its own meanwhile.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import db
from .backup import maybe_backup_file
from .errors import StoreError
from .timeutil import Clock, system_clock


def check_and_back_up(database: Path, backup_folder: Path | None, clock: Clock = system_clock) -> str | None:
    """db.DAMAGED when the database fails the check, else None. A sound database
    is then backed up into backup_folder, at most once a (UTC) day; a backup that
    cannot be made is skipped, since a full or read-only disk must not stop the
    lesson: the scores themselves are safe."""
    problem = db.integrity_problem(database)
    if problem is None and backup_folder is not None:
        try:
            maybe_backup_file(database, backup_folder, clock)
        except (OSError, sqlite3.Error, StoreError):
            pass
    return problem
