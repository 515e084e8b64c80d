"""Runs the score database's upkeep (store/upkeep.py) in a worker thread once
the window is up, and reports on the UI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal


class StoreUpkeep(QObject):
    """Emits finished(problem) on the UI thread: "" when the database is sound,
    else the problem (store.db.DAMAGED)."""

    finished = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def start(self, database: Path, backup_folder: Path | None) -> None:
        self._thread = threading.Thread(
            target=self._run, args=(database, backup_folder), name="lessonapp-upkeep", daemon=True
        )
        self._thread.start()

    def wait(self, seconds: float = 10.0) -> None:
        """Let a backup under way finish before the app closes its database."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self, database: Path, backup_folder: Path | None) -> None:
        from lessonapp.store.upkeep import check_and_back_up

        # A signal emitted here, off the UI thread, is queued to the receivers there.
        self.finished.emit(check_and_back_up(database, backup_folder) or "")
