"""Results out of the app: CSV for spreadsheets, JSON for tools.

attempt_id is the attempt's UUID (its xAPI registration), unique across
machines; machine is the UUID of the data folder the attempt was taken on, so
results merged from many machines (lessonapp/classroom/merge.py) never collide.

CSV is written with a UTF-8 byte order mark first, so spreadsheet programs
(Excel above all) read accents and non-Latin names correctly instead of
guessing a legacy code page. Open ``out`` with ``encoding="utf-8"`` and
``newline=""`` (or use `export_to_path`). Empty cells stand for no value,
booleans are written ``true``/``false``.

No cell may become a formula, whichever separator the spreadsheet program
splits on (a comma, or a semicolon where the comma is the decimal sign, or a
tab). Names are typed by students and lesson texts by anyone, so a text cell
gets an apostrophe where a formula could start: before the cell when it
starts with ``= + - @`` (also once compatibility forms are folded, full-width
``＝`` or small ``﹦``, and after leading spaces and invisible characters such
as a zero-width space, a BOM or a direction mark), a tab or a carriage return;
and after a ``, ; tab`` or line break inside the cell that is followed by one
of those, since a program splitting on that separator starts a cell there
whatever the quotes say: ``;=1+1`` is written ``;'=1+1``.

JSON is a list of objects with the same keys as the CSV columns and real types:
numbers, booleans, null; ``chosen`` is a list of the chosen texts.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..atomic_write import write_atomically
from . import db
from .chars import is_invisible
from .queries import is_latest
from .store import Store
from .timeutil import system_clock

ATTEMPT_COLUMNS = (
    "student", "lesson_id", "lesson_title", "attempt_id", "started_at", "finished_at",
    "score", "max_score", "percent", "passed", "status", "practice", "machine",
)
ANSWER_COLUMNS = (
    "attempt_id", "student", "lesson_id", "question_id", "chosen", "correct", "points", "max_points",
)
FORMATS = ("csv", "json")
CHOSEN_SEPARATOR = " | "
_FORMULA_STARTS = ("=", "+", "-", "@")
_CONTROL_STARTS = ("\t", "\r")
# What a spreadsheet program may split a line on, whatever the file was written with.
_SEPARATORS = frozenset(",;\t\r\n")


def attempt_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every attempt, oldest first, as a dict keyed by ATTEMPT_COLUMNS with real types."""
    rows = store.connection.execute(
        "SELECT p.name, t.lesson_id, t.lesson_title, t.uuid, t.started_at, t.finished_at, "
        "t.score, t.max_score, t.percent, t.passed, t.status, t.practice, t.machine "
        "FROM attempts AS t JOIN profiles AS p ON p.id = t.profile_id ORDER BY t.id"
    )
    for row in rows:
        record = dict(zip(ATTEMPT_COLUMNS, row, strict=True))
        if record["passed"] is not None:
            record["passed"] = bool(record["passed"])
        record["practice"] = bool(record["practice"])
        yield record


def answer_rows(store: Store) -> Iterator[dict[str, Any]]:
    """The latest answer to each question of each attempt, keyed by ANSWER_COLUMNS."""
    rows = store.connection.execute(
        "SELECT t.uuid, p.name, t.lesson_id, an.question_id, an.chosen, an.correct, "
        "an.points, an.max_points "
        "FROM answers AS an JOIN attempts AS t ON t.id = an.attempt_id "
        f"JOIN profiles AS p ON p.id = t.profile_id WHERE {is_latest('an')} "
        "ORDER BY an.attempt_id, an.id"
    )
    for row in rows:
        record = dict(zip(ANSWER_COLUMNS, row, strict=True))
        record["chosen"] = json.loads(record["chosen"])
        record["correct"] = bool(record["correct"])
        yield record


def export_attempts(store: Store, fmt: str, out: TextIO) -> int:
    """Write one row per attempt; returns the number of rows."""
    return write_rows(attempt_rows(store), ATTEMPT_COLUMNS, fmt, out)


def export_answers(store: Store, fmt: str, out: TextIO) -> int:
    """Write one row per answered question; returns the number of rows."""
    return write_rows(answer_rows(store), ANSWER_COLUMNS, fmt, out)


def export_to_path(store: Store, path: Path, fmt: str, *, answers: bool = False) -> int:
    """Export to a file, opened the right way for the format; returns the number of rows.

    Written under a temporary name first (atomic_write.py), so an export cut
    short (the app closed, the disk full) never leaves a file that looks whole."""
    _check_format(fmt)
    export = export_answers if answers else export_attempts
    return write_atomically(Path(path), lambda out: export(store, fmt, out), newline="")


def export_database(database: Path, path: Path, fmt: str, *, answers: bool = False) -> int:
    """export_to_path from the database file, on a read-only connection of its
    own: for a worker thread, as a million answers take seconds to write."""
    connection = db.connect_read_only(Path(database))
    try:
        return export_to_path(Store(connection, Path(database), None, system_clock), path, fmt, answers=answers)
    finally:
        connection.close()


def write_rows(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], fmt: str, out: TextIO) -> int:
    _check_format(fmt)
    return _write_csv(rows, columns, out) if fmt == "csv" else _write_json(rows, out)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}: use csv or json.")


def _write_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], out: TextIO) -> int:
    if (getattr(out, "encoding", None) or "").lower().replace("_", "-") != "utf-8-sig":
        out.write("\ufeff")  # the codec did not write the byte order mark itself
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([csv_cell(row[column]) for column in columns])
        count += 1
    return count


def csv_cell(value: Any) -> str:
    """One value as spreadsheet-safe CSV text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(round(value, 4))
    if isinstance(value, (list, tuple)):
        value = CHOSEN_SEPARATOR.join(value)
    return _neutralise(str(value))


def _neutralise(text: str) -> str:
    """An apostrophe before each place a spreadsheet could start a formula: the
    cell's start, and what follows a separator inside it (see the docstring)."""
    # Most cells (ids, UUIDs, names, numbers) start with an ASCII letter or digit and
    # hold no separator: nothing can start a formula there. Checking that first
    # makes a million-answer export several times faster.
    if text and text[0].isascii() and text[0].isalnum() and _SEPARATORS.isdisjoint(text):
        return text
    return _neutralise_everywhere(text)


def _neutralise_everywhere(text: str) -> str:
    cuts = [0] if text.startswith(_CONTROL_STARTS) else []
    starts = [0] + [index + 1 for index, char in enumerate(text) if char in _SEPARATORS]
    for start in starts:
        index = start
        while index < len(text) and (text[index].isspace() or is_invisible(text[index])):
            index += 1
        # NFKC: full-width "＝" and small "﹦" are "=" to some spreadsheets
        if index < len(text) and unicodedata.normalize("NFKC", text[index])[:1] in _FORMULA_STARTS:
            cuts.append(0 if start == 0 else index)
    if not cuts:
        return text
    pieces, last = [], 0
    for cut in sorted(set(cuts)):
        pieces += [text[last:cut], "'"]
        last = cut
    return "".join(pieces) + text[last:]


def _write_json(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Streamed, so a million answers never sit in memory at once."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
