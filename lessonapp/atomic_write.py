"""Writing a text file whole or not at all (no Qt).

The text goes to a temporary file beside the target, which is renamed over it
once complete: a write cut short (a full disk, the program stopped) leaves the
old file, or none, never half a file.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")

PART_SUFFIX = ".part"
_MAX_PART_STEM_BYTES = 200  # with ".part" and a number, under the usual 255-byte limit of a name


def write_atomically(path: Path, write: Callable[[TextIO], T], *, newline: str | None = None) -> T:
    """Call write(out) on a UTF-8 text file that becomes `path` only once it is complete.

    A symbolic link is followed: the file it points to is replaced, the link
    stays. A device or a pipe (/dev/stdout) cannot be renamed over: it is
    written directly. A folder raises IsADirectoryError. Replacing a file
    keeps its permissions."""
    try:
        mode: int | None = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if mode is not None and not stat.S_ISREG(mode):
        with open(path, "w", encoding="utf-8", newline=newline) as out:
            return write(out)
    path = Path(os.path.realpath(path))  # a link's target, not the link, is replaced
    part, handle = _create_part(path)
    try:
        if mode is not None:
            os.chmod(part, stat.S_IMODE(mode))
        with open(handle, "w", encoding="utf-8", newline=newline) as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return result


def _create_part(path: Path) -> tuple[Path, int]:
    """A new temporary file beside path, created here (never one that was there before)."""
    stem = path.name
    while len(os.fsencode(stem)) > _MAX_PART_STEM_BYTES:
        stem = stem[:-1]
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for n in range(100):
        part = path.with_name(f"{stem}{PART_SUFFIX}" if n == 0 else f"{stem}.{n}{PART_SUFFIX}")
        try:
            return part, os.open(part, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "too many unfinished temporary files", str(path.with_name(stem)))
