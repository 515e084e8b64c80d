"""A cache of validated lessons, so a library of hundreds of files opens fast.

Only lessons that loaded without an error are cached (with their warnings),
so a file with an error is validated afresh every time and its error is never
hidden. An entry is used only when the lesson file has the same size,
modification time and content hash as when it was cached, from the same
library folder, and every file it refers to (images, the source text) is
unchanged too; and only when the code that checks lessons is the same
(rules_fingerprint). A damaged or unreadable cache is ignored and rebuilt.

The cache is a pickle in the user's own data folder, written by this app
alone; it is never read from anywhere else.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .model import Lesson, Problem

_FILE_NAME = "lessons.pickle"

Stamp = tuple[int, int]  # size, modification time in ns


@dataclass(frozen=True)
class _Entry:
    root: str
    stamp: Stamp
    digest: str
    dependencies: tuple[tuple[str, Stamp], ...]
    lesson: Lesson
    warnings: tuple[Problem, ...]


def file_stamp(path: Path) -> Stamp | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def rules_fingerprint() -> str:
    """A digest of the code that reads and checks lessons: when a rule or the
    model changes, every entry made by the old code is dropped."""
    digest = hashlib.blake2b(digest_size=16)
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


class LessonCache:
    def __init__(self, folder: Path):
        self.path = Path(folder) / _FILE_NAME
        self._entries: dict[str, _Entry] | None = None  # read on first use, not at start-up
        self.rules = rules_fingerprint()
        self.changed = False
        self.hits = 0

    @property
    def entries(self) -> dict[str, _Entry]:
        if self._entries is None:
            self._entries = self._read()
        return self._entries

    def _read(self) -> dict[str, _Entry]:
        try:
            with self.path.open("rb") as handle:
                stored = pickle.load(handle)
        except FileNotFoundError:
            return {}
        except Exception:  # noqa: BLE001 - any damage means: start again
            return {}
        if not isinstance(stored, dict) or stored.get("rules") != self.rules:
            return {}
        entries = stored.get("entries")
        return entries if isinstance(entries, dict) else {}

    def get(self, path: Path, root: Path) -> tuple[Lesson, list[Problem]] | None:
        entry = self.entries.get(str(path))
        if entry is None or entry.root != str(root) or entry.stamp != file_stamp(path):
            return None
        try:
            if _digest(path.read_bytes()) != entry.digest:
                return None
        except OSError:
            return None
        if any(file_stamp(Path(name)) != stamp for name, stamp in entry.dependencies):
            return None
        self.hits += 1
        return entry.lesson, list(entry.warnings)

    def put(
        self, path: Path, root: Path, lesson: Lesson | None, problems: list[Problem], stamp: Stamp, data: bytes
    ) -> None:
        """Keep a lesson loaded from `data`, the bytes read after `stamp` was taken."""
        if lesson is None or any(p.severity == "error" for p in problems):
            if self.entries.pop(str(path), None) is not None:
                self.changed = True
            return
        referenced = [p.image for p in lesson.pages if p.image is not None]
        if lesson.source is not None and lesson.source.file is not None:
            referenced.append(lesson.source.file)
        dependencies = []
        for file in referenced:
            dependency = file_stamp(file)
            if dependency is None:
                return
            dependencies.append((str(file), dependency))
        self.entries[str(path)] = _Entry(str(root), stamp, _digest(data), tuple(dependencies), lesson, tuple(problems))
        self.changed = True

    def save(self) -> None:
        """Write atomically; a cache that cannot be written is simply not kept."""
        if not self.changed:
            return
        # Files deleted since they were cached need no entry.
        self._entries = {name: e for name, e in self.entries.items() if os.path.exists(name)}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".lessons-", suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                pickle.dump({"rules": self.rules, "entries": self.entries}, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
            self.changed = False
        except OSError:
            try:
                os.unlink(temporary)
            except (OSError, UnboundLocalError):
                pass
