"""A cache of validated lessons, so a library of hundreds of files opens fast.

Only lessons that loaded without an error are cached (with their warnings),
so a file with an error is validated afresh every time and its error is never
hidden. An entry is used only when the lesson file has the same size,
modification time and content hash as when it was cached, from the same
library folder, and every file it refers to (images, the source text) is
unchanged too; and only when the code that checks lessons is the same
(rules_fingerprint). A damaged or unreadable cache is ignored and rebuilt.

The cache is JSON data in the user's data folder (records.py): reading it
can build lessons and problems and nothing else, and never runs code. Any
entry that does not rebuild cleanly is dropped; a file that is not such JSON
is ignored and rebuilt. A lessons.pickle left by an older lessonapp is never
read, and removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .loader import referenced_files
from .model import Lesson, Problem
from .records import BadRecord, lesson_from, lesson_record, problem_from, problem_record
from .yamlparse import MAX_FILE_BYTES, UnreadableFile, read_limited

_FILE_NAME = "lessons.json"
_OLD_PICKLE = "lessons.pickle"
_FORMAT = "lessonapp lesson cache 1"
MAX_CACHE_BYTES = 512 * 1024 * 1024

Stamp = tuple[int, int]  # size, modification time in ns


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


def _refuse_constant(name: str):
    raise BadRecord(f"{name} is not a number a lesson holds")


def _stamp_from(value) -> Stamp:
    if type(value) is not list or len(value) != 2 or any(type(part) is not int for part in value):
        raise BadRecord("stamp")
    return value[0], value[1]


class _Entry:
    """One cached lesson file: where it was loaded from, the stamps that
    make it fresh, and its record, rebuilt into a Lesson when first asked."""

    __slots__ = ("root", "stamp", "digest", "dependencies", "record", "_loaded")

    def __init__(self, root: str, stamp: Stamp, digest: str, dependencies: tuple, record: list):
        self.root = root
        self.stamp = stamp
        self.digest = digest
        self.dependencies = dependencies
        self.record = record  # [lesson record, [problem records]]
        self._loaded: tuple[Lesson, tuple[Problem, ...]] | None = None

    @classmethod
    def from_record(cls, record) -> tuple[str, _Entry]:
        if type(record) is not list or len(record) != 6:
            raise BadRecord("entry")
        path, root, stamp, digest, dependencies, lesson = record
        if type(path) is not str or type(root) is not str or type(digest) is not str or type(dependencies) is not list:
            raise BadRecord("entry")
        depends = []
        for dependency in dependencies:
            if type(dependency) is not list or len(dependency) != 2 or type(dependency[0]) is not str:
                raise BadRecord("dependency")
            depends.append((dependency[0], _stamp_from(dependency[1])))
        if type(lesson) is not list or len(lesson) != 2 or type(lesson[1]) is not list:
            raise BadRecord("lesson")
        return path, cls(root, _stamp_from(stamp), digest, tuple(depends), lesson)

    def to_record(self, path: str) -> list:
        return [
            path,
            self.root,
            list(self.stamp),
            self.digest,
            [[n, list(s)] for n, s in self.dependencies],
            self.record,
        ]

    def loaded(self) -> tuple[Lesson, tuple[Problem, ...]]:
        """The lesson and its warnings; BadRecord when the record does not rebuild."""
        if self._loaded is None:
            lesson = lesson_from(self.record[0])
            problems = tuple(problem_from(problem) for problem in self.record[1])
            if any(problem.severity != "warning" for problem in problems):
                raise BadRecord("a cached lesson has warnings only")
            self._loaded = lesson, problems
        return self._loaded


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
            data = read_limited(self.path, MAX_CACHE_BYTES)
            stored = json.loads(data, parse_constant=_refuse_constant)
        except (UnreadableFile, BadRecord, ValueError, RecursionError, MemoryError):
            return {}  # missing, damaged or not ours: start again
        if type(stored) is not dict or stored.get("format") != _FORMAT or stored.get("rules") != self.rules:
            return {}
        records = stored.get("entries")
        if type(records) is not list:
            return {}
        entries = {}
        for record in records:
            try:
                path, entry = _Entry.from_record(record)
            except BadRecord:
                self.changed = True  # written again without it
                continue
            entries[path] = entry
        return entries

    def get(self, path: Path, root: Path) -> tuple[Lesson, list[Problem]] | None:
        entry = self.entries.get(str(path))
        if entry is None or entry.root != str(root) or entry.stamp != file_stamp(path):
            return None
        try:
            if _digest(read_limited(path, MAX_FILE_BYTES)) != entry.digest:
                return None
        except UnreadableFile:
            return None
        if any(file_stamp(Path(name)) != stamp for name, stamp in entry.dependencies):
            return None
        try:
            lesson, warnings = entry.loaded()
        except BadRecord:
            del self.entries[str(path)]
            self.changed = True
            return None
        if lesson.path != path:
            return None
        self.hits += 1
        return lesson, list(warnings)

    def put(
        self,
        path: Path,
        root: Path,
        lesson: Lesson | None,
        problems: list[Problem],
        stamp: Stamp,
        data: bytes,
    ) -> None:
        """Keep a lesson loaded from `data`, the bytes read after `stamp` was taken."""
        if lesson is None or any(p.severity == "error" for p in problems):
            if self.entries.pop(str(path), None) is not None:
                self.changed = True
            return
        dependencies = []
        for file in referenced_files(lesson, root):
            dependency = file_stamp(file)
            if dependency is None:
                return
            dependencies.append((str(file), dependency))
        record = [lesson_record(lesson), [problem_record(problem) for problem in problems]]
        self.entries[str(path)] = _Entry(str(root), stamp, _digest(data), tuple(dependencies), record)
        self.changed = True

    def save(self) -> None:
        """Write atomically; a cache that cannot be written is simply not kept."""
        try:
            (self.path.parent / _OLD_PICKLE).unlink(missing_ok=True)
        except OSError:
            pass
        if not self.changed:
            return
        # Files deleted since they were cached need no entry.
        self._entries = {name: e for name, e in self.entries.items() if os.path.exists(name)}
        stored = {
            "format": _FORMAT,
            "rules": self.rules,
            "entries": [entry.to_record(name) for name, entry in self.entries.items()],
        }
        try:
            # dumps, not dump: dump takes CPython's pure-Python encoder, ten times slower here.
            text = json.dumps(stored, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".lessons-", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, self.path)
            self.changed = False
        except (OSError, ValueError):
            try:
                os.unlink(temporary)
            except (OSError, UnboundLocalError):
                pass
