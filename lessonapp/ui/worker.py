"""One piece of slow work in a thread of its own, reported on the UI thread.

    worker = Worker()
    worker.done.connect(on_done)        # with what the function returned
    worker.failed.connect(on_failed)    # with one of the `expected` errors
    worker.progress.connect(on_progress)  # with what the function hands worker.progress.emit
    worker.start(function, *args, expected=(OSError,))

The function must not touch widgets, and opens its own database connection
(a connection serves the thread that opened it). An error it was not expected
to raise is a bug: `failed` is emitted all the same, so the screen that waits
is not left waiting, and the error goes on to threading.excepthook, which the
app points at its log (ui/app.py). The app waits for the work under way
before it quits (wait_for_all), so nothing is left half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class Worker(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)  # emitted from the thread (queued to the UI thread) by a function given it

    def __init__(self, parent: QObject | None = None) -> None:
        # Usually no parent: the thread keeps the worker alive until it is done,
        # whatever happens to the screen that started it.
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def start(self, function: Callable[..., object], *args: object,
              expected: tuple[type[BaseException], ...] = ()) -> None:
        def run() -> None:
            try:
                result = function(*args)
            except expected as error:
                self.failed.emit(error)  # emitted off the UI thread: queued to the receivers there
            except Exception as error:
                self.failed.emit(error)
                raise
            else:
                self.done.emit(result)
            finally:
                _running.discard(self)

        _running.add(self)
        self._thread = threading.Thread(target=run, name=f"lessonapp-{function.__name__}", daemon=True)
        self._thread.start()

    def wait(self, seconds: float = 10.0) -> None:
        """Let the work finish."""
        if self._thread is not None:
            self._thread.join(seconds)

    @staticmethod
    def wait_for_all(seconds: float = 30.0) -> None:
        """Let every piece of work under way finish (the app does before it quits)."""
        for worker in list(_running):
            worker.wait(seconds)


_running: set[Worker] = set()  # the workers whose thread is running
