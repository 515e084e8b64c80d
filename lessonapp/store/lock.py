"""One lessonapp at a time on a data folder: an OS lock on ``<data dir>/lessonapp.lock``. NO Qt.

The operating system drops the lock when the process ends, however it ends
(killed, crashed, power cut), so nothing is ever left behind to clean up: the
file itself stays, and an unlocked file means nobody holds it. The holder
writes its process id into it, for whoever looks. POSIX uses
flock(2); Windows locks the file's first byte with msvcrt.locking.

The app holds the lock for its whole run, and the commands that write to the
data folder (set-pin) hold it while they write; `scores export` only reads
and does without it when the app has it (Store.open_read_only).
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from ..words import Words
from .errors import StoreError

LOCK_FILE = "lessonapp.lock"


class DataFolderInUse(StoreError):
    """Another lessonapp holds the data folder."""


class DataFolderLock:
    """The held lock; `release` (or leaving a ``with``) lets go of it."""

    def __init__(self, fd: int | None, folder: Path) -> None:
        self._fd = fd
        self.folder = folder

    @property
    def held(self) -> bool:
        """False for a folder nobody can write to (so nobody can hold it either)."""
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DataFolderLock:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def in_use_message(folder: Path) -> Words:
    return Words(
        "store",
        "lessonapp is already open on the data folder {0}: use the window that is open, or close it and try again.",
        folder,
    )


def lock_data_folder(folder: Path) -> DataFolderLock:
    """Take the data folder's lock at once, or raise DataFolderInUse (one line to show).

    A folder in which no lock file can be made (read-only: then nothing can be
    written there, so two copies cannot harm each other) or whose file system
    has no locks gives an unheld lock rather than no app.
    """
    folder = Path(folder)
    path = folder / LOCK_FILE
    try:
        # Not inherited by child processes (os.open's default since 3.4).
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        try:
            fd = os.open(path, os.O_RDONLY)  # a read-only folder where the file was made before
        except OSError:
            return DataFolderLock(None, folder)
    try:
        _lock(fd)
    except OSError as error:
        os.close(fd)
        if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            raise DataFolderInUse(in_use_message(folder)) from None
        # A file system without locks (some network shares): better unguarded than no app at all.
        return DataFolderLock(None, folder)
    try:  # which process holds it, for whoever looks
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode())
    except OSError:
        pass  # opened read-only: the lock is what counts
    return DataFolderLock(fd, folder)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        # Byte 0, which may lie past the end of the (empty) file: Windows allows it.
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # OSError(EACCES) when another process has it

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # OSError(EWOULDBLOCK) when another has it

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
