"""Errors the store raises on purpose; each message is a plain sentence for a
person, a ``Words`` the window shows in the app's language (lessonapp/words.py)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from lessonapp.words import Words


class StoreError(Exception):
    """Something the store cannot do, said in words a teacher can act on."""


class UnknownAttempt(StoreError, LookupError):
    """No attempt has the id asked for."""


class UnknownProfile(StoreError, LookupError):
    """No profile has the id asked for."""


# What a write (or an opening) that failed for a reason outside the app comes
# to: the folder is read-only, the disk is full, another program holds the
# database, or the disk itself fails. None of these says the file is damaged.
READ_ONLY = "read-only"
DISK_FULL = "disk full"
IN_USE = "in use"
DISK_ERROR = "disk error"
DAMAGED = "damaged"
OTHER = "other"


class StoreUnavailable(StoreError):
    """The database cannot be written (or opened) just now; `kind` says why."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def kind_of(error: BaseException, folder: Path | None = None) -> str:
    """READ_ONLY, DISK_FULL, IN_USE, DISK_ERROR, DAMAGED or OTHER for an sqlite3.Error or OSError."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DISK_FULL
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return READ_ONLY
        return DISK_ERROR if error.errno == errno.EIO else OTHER
    code = getattr(error, "sqlite_errorcode", None)  # Python 3.11+; before, the message says it
    code = None if code is None else code & 0xFF
    message = str(error).lower()
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or "readonly" in message:
        return READ_ONLY
    if code == sqlite3.SQLITE_FULL or "disk is full" in message:
        return DISK_FULL
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in message or "busy" in message:
        return IN_USE
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in message or "not a database" in message:
        return DAMAGED
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open" in message:
        # Mostly a folder where the file (or its -wal and -shm) cannot be made.
        return READ_ONLY if folder is not None and not os.access(folder, os.W_OK) else OTHER
    if code == sqlite3.SQLITE_IOERR or "i/o error" in message:
        return DISK_ERROR
    return OTHER


def explain(error: BaseException, folder: Path) -> StoreUnavailable:
    """The error as one message for the person at the screen: what happened,
    in which folder, and what to do."""
    kind = kind_of(error, folder)
    if kind == READ_ONLY:
        message = Words(
            "store",
            "lessonapp cannot save in the folder {0}: it (or the score database in it) is read-only. "
            "Lessons can still be read, but answers are not saved until a teacher makes it writable "
            "and restarts lessonapp.",
            str(folder),
        )
    elif kind == DISK_FULL:
        message = Words(
            "store",
            "The disk that holds {0} is full, so answers cannot be saved. "
            "Free some space on it (or ask a teacher to), then try again.",
            str(folder),
        )
    elif kind == IN_USE:
        message = Words(
            "store",
            "Another program is using the score database in {0}, so answers cannot be saved just now. "
            "Close that program (a database viewer, a backup or sync tool), then try again.",
            str(folder),
        )
    elif kind == DISK_ERROR:
        message = Words(
            "store",
            "The disk that holds {0} could not be read or written. "
            "Check that it is still connected, then try again; if it happens again, tell a teacher.",
            str(folder),
        )
    elif kind == DAMAGED:
        message = Words(
            "store",
            "The score database in {0} seems to be damaged. Close lessonapp and open it again: "
            "it keeps the damaged file aside and starts a new one.",
            str(folder),
        )
    else:
        message = Words(
            "store",
            "The score database in {0} cannot be used just now ({1}). Try again, or tell a teacher.",
            str(folder),
            str(error),
        )
    return StoreUnavailable(message, kind)
