"""Files a lesson refers to (images, source texts) must stay inside its library."""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

from lessonapp.words import Words

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class UnsafePath(ValueError):
    pass


def resolve_inside(reference: str, lesson_file: Path, root: Path) -> Path:
    """The absolute path of `reference`, written in `lesson_file`, or
    UnsafePath saying why it may not be used."""
    if not reference.strip():
        raise UnsafePath(Words("content", "the path is empty"))
    if "\0" in reference:
        raise UnsafePath(Words("content", "the path contains a NUL character"))
    if _URL.match(reference) and not PureWindowsPath(reference).drive:
        raise UnsafePath(
            Words(
                "content", "URLs are not allowed: nothing is fetched from the network; copy the file into the library"
            )
        )
    if reference.startswith(("/", "\\", "~")) or PureWindowsPath(reference).drive:
        raise UnsafePath(Words("content", "absolute paths are not allowed; write the path relative to the lesson file"))
    parts = re.split(r"[\\/]", reference)
    if ".." in parts:
        raise UnsafePath(Words("content", "'..' is not allowed: the file must be inside the library folder"))
    candidate = lesson_file.parent.joinpath(*parts)
    resolved = candidate.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise UnsafePath(Words("content", "it leads outside the library folder (through a symbolic link)"))
    return resolved
