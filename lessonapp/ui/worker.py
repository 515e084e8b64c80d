"""One piece of slow work in a thread of its own, reported on the UI thread.

    worker = Worker()
    worker.done.connect(on_done)        # with what the function returned
    worker.failed.connect(on_failed)    # with one of the `expected` errors
    worker.start(function, *args, expected=(OSError,))

The function must not touch widgets, and opens its own database connection
(a connection serves the thread that opened it). An error it was not expected
to raise is a bug: it goes to threading.excepthook, which the app points at
its log (ui/app.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class Worker(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        # Usually no parent: the thread keeps the worker alive until it is done,
        # whatever happens to the screen that started it.
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, function: Callable[..., object], *args: object,
              expected: tuple[type[BaseException], ...] = ()) -> None:
        def run() -> None:
            try:
                result = function(*args)
            except expected as error:
                self.failed.emit(error)  # emitted off the UI thread: queued to the receivers there
            else:
                self.done.emit(result)

        self._thread = threading.Thread(target=run, name=f"lessonapp-{function.__name__}", daemon=True)
        self._thread.start()

    def wait(self, seconds: float = 10.0) -> None:
        """Let the work finish (the app does before closing the database)."""
        if self._thread is not None:
            self._thread.join(seconds)
