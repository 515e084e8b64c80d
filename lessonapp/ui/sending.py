"""Sending results to the school's LRS in the background, while the app is used.

Made only when the settings file has ``lrs:``, once the first frame is painted
(AppController.finish_start). A single-shot QTimer starts a pass of
classroom.sender.send_waiting in a worker thread, on a connection of its own:
every ``send_every`` seconds while all is well, a few seconds after an answer
is recorded, and, while the LRS cannot be reached, after a back-off that
doubles up to 15 minutes. A student never waits for the network: the answer
is already on disk when it is sent, and a kiosk without a network works the
same, with its results waiting.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from lessonapp.classroom.lrs import LrsClient
from lessonapp.classroom.sender import Backoff, SendResult, send_waiting
from lessonapp.settings import LrsSettings
from lessonapp.ui.worker import Worker

SOON_MS = 3000  # after an answer: answers given one after another go in one batch
_FAILURES = (sqlite3.Error, OSError)  # the database busy or gone a moment (a restore): tried again later


class BackgroundSender(QObject):
    """Emits passed(SendResult) on the UI thread after each pass."""

    passed = Signal(object)

    def __init__(self, database: Path, school: str | None, lrs: LrsSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.school = school
        self.lrs = lrs
        self.backoff = Backoff(lrs.send_every)
        self.last_result: SendResult | None = None
        self._worker: Worker | None = None
        self._stopping = threading.Event()
        self._again = False  # asked for while a pass was under way
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.send_now)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        self.timer.start(SOON_MS)  # what waited since the app last ran

    def stop(self) -> None:
        """The app quits: no new pass, and the one under way ends after its batch."""
        self._stopping.set()
        self.timer.stop()

    def on_results_recorded(self) -> None:
        """An answer or a result was kept: send it soon, unless the LRS is being left alone."""
        if not self.backoff.backing_off and (not self.timer.isActive() or self.timer.remainingTime() > SOON_MS):
            self.timer.start(SOON_MS)

    def send_now(self) -> None:
        if self._stopping.is_set():
            return
        if self._worker is not None:
            self._again = True
            return
        self.timer.stop()
        self._worker = Worker()
        self._worker.done.connect(self.on_pass_done)
        self._worker.failed.connect(self.on_pass_failed)
        self._worker.start(_send_pass, self.database, self.school, self.lrs, self._stopping, expected=_FAILURES)

    def on_pass_done(self, result: SendResult | None) -> None:
        self._worker = None
        if result is None:  # stopped
            return
        self.last_result = result
        delay = self.backoff.failed() if result.error else self.backoff.succeeded()
        self.passed.emit(result)
        self._schedule(delay)

    def on_pass_failed(self, error: Exception) -> None:
        # A bug, already written to the log by threading.excepthook: try again later, not in a loop.
        self._worker = None
        self._schedule(self.backoff.failed())

    def _schedule(self, delay: float) -> None:
        if self._stopping.is_set():
            return
        if self._again and not self.backoff.backing_off:
            self._again = False
            delay = SOON_MS / 1000
        self.timer.start(int(delay * 1000))


def _send_pass(database: Path, school: str | None, lrs: LrsSettings, stopping: threading.Event) -> SendResult | None:
    """One pass, in the worker thread, on a connection of its own."""
    if stopping.is_set():
        return None
    with _own_connection(database, school) as store:
        return send_waiting(_Stoppable(store, stopping), LrsClient(lrs.endpoint, lrs.username, lrs.password))


def pull_into(database: Path, school: str | None, lrs: LrsSettings, lesson_ids: frozenset[str]):
    """The teacher area's Pull, in a worker thread, on a connection of its own: classroom.pull.pull."""
    from lessonapp.classroom.pull import pull

    with _own_connection(database, school) as store:
        return pull(store, LrsClient(lrs.endpoint, lrs.username, lrs.password), lesson_ids)


@contextlib.contextmanager
def _own_connection(database: Path, school: str | None):
    """The app's database as it is (never created, checked or set aside: the
    app's own store does that), as the exports open it."""
    import urllib.parse

    from lessonapp.store import Store, db
    from lessonapp.store.timeutil import system_clock

    uri = f"file:{urllib.parse.quote(str(database))}?mode=rw"
    conn = sqlite3.connect(uri, uri=True, timeout=db.BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        db.set_pragmas(conn)
        yield Store(conn, database, None, system_clock, school)
    finally:
        conn.close()


class _Stoppable:
    """The store as the sender sees it, that has nothing more waiting once the app quits."""

    def __init__(self, store, stopping: threading.Event) -> None:
        self._store = store
        self._stopping = stopping

    def waiting_statements(self, limit: int):
        return [] if self._stopping.is_set() else self._store.waiting_statements(limit)

    def __getattr__(self, name: str):
        return getattr(self._store, name)
