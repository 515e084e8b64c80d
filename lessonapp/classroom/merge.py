"""Merging the statements of other machines into this data folder (docs/classroom.md).

A bundle (``lessonapp scores export --format xapi``) or a pull from the LRS
gives statements; each becomes rows of the class here: the student's profile
(matched by account name), the attempt (matched by registration, with the
machine it was taken on), its answers and its result. So the teacher overview,
a student's history, item analysis and every export show the whole class.

* Merging is by statement id and registration: a statement kept already is
  passed over, so importing the same bundle twice, or one overlapping what a
  pull brought, changes nothing.
* A bad statement (not JSON, not xAPI, another school's, a lesson this
  machine does not have...) is one line naming where it came from, and
  changes nothing; the others are still merged.
* Files are read a line at a time, each line at most MAX_LINE_BYTES, so a
  huge file of garbage is never read into memory; a file whose first lines
  are none of them statements is given up early.
* The rows are written a batch at a time, each batch one transaction.
"""

from __future__ import annotations

import gc
import json
import os
import re
import stat
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

from lessonapp.classroom import statements as xapi
from lessonapp.content.spec import LANGUAGE_PATTERN
from lessonapp.plural import count
from lessonapp.store import Store, db, outbox
from lessonapp.store.records import ABANDONED, FINISHED, IN_PROGRESS
from lessonapp.store.store import MAX_NAME_LENGTH, normalize_name
from lessonapp.store.timeutil import iso

MAX_LINE_BYTES = 1024 * 1024  # a statement is a few kB; a longer line is not one of ours
BATCH = 2000  # statements a transaction
MAX_PROBLEMS_SHOWN = 20  # per source; the rest are counted
GIVE_UP_AFTER = 50  # bad lines at the start of a file with no good one: it is no bundle
LRS = "LRS"
_CHOSEN = json.JSONEncoder(ensure_ascii=False)  # as the store writes answers' chosen texts

Item = tuple[str, "int | None", "str | bytes | dict"]  # (source, line or None, the statement)


class MergeReport(NamedTuple):
    merged: int  # statements new to this data folder, now kept with their rows
    already_here: int  # statements kept already (by id): nothing changed
    rejected: int  # bad statements, each named in problems (up to MAX_PROBLEMS_SHOWN a source)
    problems: list[str]  # one line each: "<source>:<line>: <what is wrong>"

    def summary(self) -> str:
        text = f"merged {count(self.merged, 'statement')}, {self.already_here:,} were here already"
        return text + (f", {self.rejected:,} could not be merged" if self.rejected else "")


class BadStatement(ValueError):
    """One statement that cannot be merged; the message says why, in plain words."""


class Parsed(NamedTuple):
    id: str
    registration: str
    verb: str
    body: str
    account: str
    display_name: str
    machine: str
    practice: bool
    lesson_id: str
    lesson_title: str | None
    language: str
    course_id: str | None
    timestamp: str
    question_id: str | None  # answered only
    chosen: tuple[str, ...]
    result: dict


# -- reading bundles ----------------------------------------------------------------------


def bundle_lines(path: Path, progress: Callable[[int], None] | None = None) -> Iterator[Item]:
    """The lines of a bundle as items, streamed; a line too long is passed on as a
    problem (bytes, not read whole). progress(bytes read so far) now and then."""
    source = str(path)
    with open(path, "rb") as stream:
        number = 0
        done = 0
        while True:
            line = stream.readline(MAX_LINE_BYTES + 1)
            if not line:
                break
            number += 1
            done += len(line)
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while True:  # skip the rest of the line, a piece at a time
                    rest = stream.readline(MAX_LINE_BYTES)
                    done += len(rest)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield source, number, _TOO_LONG
            elif line.strip():
                yield source, number, line
            if progress is not None and number % 1000 == 0:
                progress(done)
        if progress is not None:
            progress(done)


_TOO_LONG = b"\0too long"


def merge_files(store: Store, paths: Sequence[Path], lesson_ids: Collection[str] | None = None,
                progress: Callable[[int, int], None] | None = None) -> MergeReport:
    """merge_statements over bundle files; progress(bytes done, bytes in all).
    A file that cannot be opened is one problem line; the others are merged."""
    sizes = []
    problems: list[str] = []
    readable = []
    for path in paths:
        try:
            status = os.stat(path)  # the type first: opening a pipe or a device would block or never end
        except OSError as error:
            problems.append(f"{path}: cannot be read: {error.strerror or error}")
            continue
        if stat.S_ISDIR(status.st_mode):
            problems.append(f"{path}: cannot be read: it is a folder, not a file")
        elif not stat.S_ISREG(status.st_mode):
            problems.append(f"{path}: cannot be read: it is not a regular file (a device or a pipe?)")
        else:
            sizes.append(status.st_size)
            readable.append(Path(path))
    total = sum(sizes)
    before = 0
    merger = _Merger(store)

    def items() -> Iterator[Item]:
        nonlocal before
        for path, size in zip(readable, sizes):
            report = None if progress is None else (lambda done, b=before: progress(b + done, total))
            try:
                for item in bundle_lines(path, report):
                    if merger.gave_up(item[0]):
                        break  # no bundle: the rest of it is not even read
                    yield item
            except OSError as error:
                problems.append(f"{path}: could not be read to the end: {error.strerror or error}")
            before += size
        if progress is not None:
            progress(total, total)

    report = _merge(merger, items(), lesson_ids)
    return report._replace(problems=problems + report.problems, rejected=report.rejected + len(problems))


# -- merging ------------------------------------------------------------------------------


def merge_statements(store: Store, items: Iterable[Item], lesson_ids: Collection[str] | None = None) -> MergeReport:
    """Merge statements into the store.

    items: (source, line or None, statement), the statement as JSON text
    (str or bytes) or already parsed (dict); source names where it came from
    in the problem lines ("LRS" for a pull). lesson_ids: the lessons this
    machine has (its library); a statement about another is not merged. None
    takes every lesson.
    """
    return _merge(_Merger(store), items, lesson_ids)


def _merge(merger: _Merger, items: Iterable[Item], lesson_ids: Collection[str] | None) -> MergeReport:
    # Parsing makes millions of small dicts and no cycles: the cycle collector
    # would only walk them again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _merge_batches(merger, items, lesson_ids)
    finally:
        if collecting:
            gc.enable()


def _merge_batches(merger: _Merger, items: Iterable[Item], lesson_ids: Collection[str] | None) -> MergeReport:
    school = merger.store.school
    batch: list[tuple[str, int | None, Parsed]] = []
    for source, line, statement in items:
        if merger.gave_up(source):
            continue
        try:
            parsed = _parse(statement, school)
            if lesson_ids is not None and parsed.lesson_id not in lesson_ids:
                raise BadStatement(f'is about the lesson "{parsed.lesson_id}", which this machine does not have')
        except BadStatement as error:
            merger.problem(source, line, str(error), parsed_id=_id_of(statement))
            continue
        merger.good(source)
        batch.append((source, line, parsed))
        if len(batch) >= BATCH:
            merger.write(batch)
            batch = []
    if batch:
        merger.write(batch)
    return MergeReport(merger.merged, merger.already_here, merger.rejected, merger.problems + merger.tails())


def _id_of(statement) -> str | None:
    return statement.get("id") if isinstance(statement, dict) and isinstance(statement.get("id"), str) else None


class _Merger:
    """The state of one merge: caches of profiles and attempts, counts, problems."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.connection
        self.local_machine = store.machine_id
        self.merged = self.already_here = self.rejected = 0
        self.problems: list[str] = []
        self._shown: dict[str, int] = {}
        self._good: set[str] = set()
        self._bad_start: dict[str, int] = {}
        self._given_up: set[str] = set()
        self.profiles: dict[str, int] = {}  # account name -> profile id

    # problems

    def problem(self, source: str, line: int | None, message: str, parsed_id: str | None = None) -> None:
        self.rejected += 1
        shown = self._shown.get(source, 0)
        self._shown[source] = shown + 1
        if shown < MAX_PROBLEMS_SHOWN:
            where = f"{source}:{line}" if line is not None else (f"{source}: statement {parsed_id}" if parsed_id
                                                                 else source)
            self.problems.append(f"{where}: {message}")
        if source not in self._good:
            self._bad_start[source] = self._bad_start.get(source, 0) + 1
            if self._bad_start[source] >= GIVE_UP_AFTER and line is not None:
                self._given_up.add(source)

    def good(self, source: str) -> None:
        self._good.add(source)

    def gave_up(self, source: str) -> bool:
        return source in self._given_up

    def tails(self) -> list[str]:
        lines = []
        for source, shown in self._shown.items():
            if shown > MAX_PROBLEMS_SHOWN:
                lines.append(f"{source}: {shown - MAX_PROBLEMS_SHOWN:,} more statements could not be merged")
        for source in self._given_up:
            lines.append(f"{source}: none of its first {GIVE_UP_AFTER} lines is a statement: this is not a bundle "
                         "of results (made by lessonapp scores export --format xapi); the rest was not read")
        return lines

    # writing

    def write(self, batch: list[tuple[str, int | None, Parsed]]) -> None:
        """One transaction: the statements whose ids are not kept yet, and their rows. (Looking the
        ids up first and inserting with executemany costs less than an insert-or-ignore a row.)"""
        ids = [parsed.id for _, _, parsed in batch]
        known = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            known.update(row[0] for row in self.conn.execute(
                f"SELECT id FROM statements WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        now = self.store.now()
        with db.transaction(self.conn):
            attempts = _Attempts(self)
            statement_rows = []
            answer_rows = []
            for source, line, parsed in batch:
                if parsed.id in known:
                    self.already_here += 1
                    continue
                known.add(parsed.id)
                attempt = attempts.get(parsed)
                if attempt is None:
                    self.problem(source, line, "is about an attempt taken on this machine, which has no such "
                                 "statement: it was not merged", parsed.id)
                    continue
                statement_rows.append((parsed.id, parsed.registration, parsed.body, outbox.MERGED, now))
                answer = attempt.add(parsed)
                if answer is not None:
                    answer_rows.append(answer)
                self.merged += 1
            attempts.save()  # first: the answers refer to the new attempts
            self.conn.executemany(
                "INSERT INTO statements (id, registration, body, origin, stored_at) VALUES (?, ?, ?, ?, ?)",
                statement_rows,
            )
            self.conn.executemany(
                "INSERT INTO answers (attempt_id, question_id, chosen, correct, points, max_points, seconds, "
                "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                answer_rows,
            )

    def profile_id(self, parsed: Parsed) -> int:
        found = self.profiles.get(parsed.account)
        if found is not None:
            return found
        row = self.conn.execute("SELECT id FROM profiles WHERE name_key = ?", (parsed.account,)).fetchone()
        if row is None:
            cursor = self.conn.execute(
                "INSERT INTO profiles (name, name_key, created_at) VALUES (?, ?, ?)",
                (parsed.display_name, parsed.account, self.store.now()),
            )
            found = cursor.lastrowid
        else:
            found = row[0]
        self.profiles[parsed.account] = found
        return found


class _Attempt:
    """One attempt touched by a batch: its row as it will be saved."""

    def __init__(self, row_id: int, new: tuple | None, started: str, last: str, status: str,
                 question_ids: list[str], latest: dict[str, str]) -> None:
        self.id = row_id
        self.new = new  # a new attempt: the columns it is inserted with besides those below
        self.started = started
        self.last = last
        self.status = status
        self.question_ids = question_ids
        self.latest = latest  # question id -> answered_at of its latest answer row
        self.result: dict = {}  # columns set by completed / passed / failed
        self.changed = False

    def add(self, parsed: Parsed) -> tuple | None:
        self.changed = True
        self.started = min(self.started, parsed.timestamp)
        self.last = max(self.last, parsed.timestamp)
        verb, result = parsed.verb, parsed.result
        if verb == xapi.VERB_ANSWERED:
            qid = parsed.question_id
            if qid not in self.question_ids:
                self.question_ids.append(qid)
            if self.latest.get(qid, "") > parsed.timestamp:
                return None  # an older answer than one kept: its statement is kept, the row would mislead
            self.latest[qid] = parsed.timestamp
            score = result["score"]
            return (self.id, qid, _CHOSEN.encode(list(parsed.chosen)), int(result["success"]),
                    score["raw"], score["max"], result["seconds"], parsed.timestamp)
        if verb == xapi.VERB_TERMINATED:
            if self.status == IN_PROGRESS:
                self.status = ABANDONED
            return None
        # completed, then passed or failed: the same result
        score = result["score"]
        maximum = score["max"]
        self.result.update(score=score["raw"], max_score=maximum,
                           percent=round(100.0 * score["raw"] / maximum, 4) if maximum else 0.0)
        self.result.setdefault("finished_at", parsed.timestamp)
        if verb != xapi.VERB_COMPLETED:
            self.result["passed"] = verb == xapi.VERB_PASSED
        elif "passed" not in self.result:
            self.result["passed"] = bool(result.get("success", False))  # a practice attempt: never a pass
        self.status = FINISHED
        return None


class _Attempts:
    """The attempts a batch touches, found by registration or made, saved at the end."""

    def __init__(self, merger: _Merger) -> None:
        self.merger = merger
        self.conn = merger.conn
        self.by_registration: dict[str, _Attempt | None] = {}
        self.next_id: int | None = None  # of a new attempt (inside the write transaction: no other writer)

    def get(self, parsed: Parsed) -> _Attempt | None:
        """None: the registration is an attempt of this machine (never changed by a merge)."""
        if parsed.registration in self.by_registration:
            return self.by_registration[parsed.registration]
        row = self.conn.execute(
            "SELECT id, machine, started_at, last_activity_at, status, question_ids FROM attempts WHERE uuid = ?",
            (parsed.registration,),
        ).fetchone()
        if row is None:
            attempt = self._make(parsed)
        elif row[1] == self.merger.local_machine and not self._merged_before(parsed):
            attempt = None
        else:
            latest = dict(self.conn.execute(
                "SELECT question_id, max(answered_at) FROM answers WHERE attempt_id = ? GROUP BY question_id",
                (row[0],),
            ))
            attempt = _Attempt(row[0], None, row[2], row[3], row[4], json.loads(row[5]), latest)
        self.by_registration[parsed.registration] = attempt
        return attempt

    def _merged_before(self, parsed: Parsed) -> bool:
        """An attempt of this machine that came back from elsewhere (a data folder restored from
        an older backup, then merged from the LRS) is a merged one."""
        return self.conn.execute(
            "SELECT 1 FROM statements WHERE registration = ? AND origin = 'merged' AND id != ? LIMIT 1",
            (parsed.registration, parsed.id),
        ).fetchone() is not None

    def _make(self, parsed: Parsed) -> _Attempt:
        """A new attempt, inserted by save() with the values the batch gives it."""
        if self.next_id is None:
            self.next_id = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM attempts").fetchone()[0]
        row_id, self.next_id = self.next_id, self.next_id + 1
        columns = (self.merger.profile_id(parsed), parsed.lesson_id, parsed.lesson_title or parsed.lesson_id,
                   int(parsed.practice), parsed.registration, parsed.machine, parsed.course_id, parsed.language)
        return _Attempt(row_id, columns, parsed.timestamp, parsed.timestamp, IN_PROGRESS, [], {})

    def save(self) -> None:
        """The new attempts inserted, the others updated: one executemany each."""
        new, changed = [], []
        for attempt in self.by_registration.values():
            if attempt is None or not attempt.changed:
                continue
            r = attempt.result
            passed = None if "passed" not in r else int(r["passed"])
            if attempt.new is not None:
                new.append((attempt.id, *attempt.new, json.dumps(attempt.question_ids), attempt.started, attempt.last,
                            attempt.status, r.get("finished_at"), r.get("score"), r.get("max_score", 0),
                            r.get("percent"), passed))
            else:
                changed.append((attempt.started, attempt.last, attempt.status, json.dumps(attempt.question_ids),
                                r.get("finished_at"), r.get("score"), r.get("max_score"), r.get("percent"), passed,
                                attempt.id))
        self.conn.executemany(
            "INSERT INTO attempts (id, profile_id, lesson_id, lesson_title, practice, uuid, machine, course_id, "
            "language, question_ids, started_at, last_activity_at, status, finished_at, score, max_score, percent, "
            "passed, seed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            new,
        )
        self.conn.executemany(
            "UPDATE attempts SET started_at = ?, last_activity_at = ?, status = ?, question_ids = ?, "
            "finished_at = coalesce(?, finished_at), score = coalesce(?, score), max_score = coalesce(?, max_score), "
            "percent = coalesce(?, percent), passed = coalesce(?, passed) WHERE id = ?",
            changed,
        )


# -- checking one statement ---------------------------------------------------------------

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")  # content/spec.py's ID_PATTERN, at most 100 characters
_LANGUAGE = re.compile(LANGUAGE_PATTERN)
_REQUIRED = frozenset({"id", "actor", "verb", "object", "timestamp"})
_STORED_TIME = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?")


def _parse(statement, school: str) -> Parsed:
    if statement is _TOO_LONG:
        raise BadStatement(f"the line is longer than {MAX_LINE_BYTES // (1024 * 1024)} MB: not a statement")
    if isinstance(statement, dict):
        data = statement
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    else:
        if isinstance(statement, bytes):
            try:
                statement = statement.decode("utf-8")
            except UnicodeDecodeError:
                raise BadStatement("is not UTF-8 text: not a statement") from None
        body = statement.strip()
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            raise BadStatement("is not JSON: not a statement") from None
    if not isinstance(data, dict):
        raise BadStatement("is not an xAPI statement (a JSON object)")
    if not _REQUIRED <= data.keys():
        missing = [key for key in sorted(_REQUIRED) if key not in data]
        raise BadStatement(f"is not an xAPI statement: it has no {', '.join(missing)}")
    statement_id = _text(data, "id")
    if not _UUID.fullmatch(statement_id):
        raise BadStatement("is not an xAPI statement: its id is not a UUID")
    verb = _text(_obj(data, "verb"), "id", "verb")
    if verb not in xapi.VERBS:
        raise BadStatement(f"has a verb lessonapp does not record ({verb[:80]})")
    actor = _obj(data, "actor")
    account = actor.get("account")
    if not isinstance(account, dict) or not isinstance(account.get("homePage"), str) \
            or not isinstance(account.get("name"), str):
        raise BadStatement("names its student without an account (homePage and name): not one of lessonapp's")
    school_iri, lessons, courses = _prefixes(school)
    if account["homePage"].rstrip("/") != school_iri:
        raise BadStatement(f"is another school's ({account['homePage'][:100]}), not this one's ({school})")
    account_name, display = _student(account["name"], actor.get("name") if isinstance(actor.get("name"), str)
                                     else "")
    context = _obj(data, "context")
    registration = _text(context, "registration", "context")
    if not _UUID.fullmatch(registration):
        raise BadStatement("has no attempt: its context.registration is not a UUID")
    extensions = context.get("extensions") if isinstance(context.get("extensions"), dict) else {}
    machine = extensions.get(xapi.EXTENSION_MACHINE)
    if not isinstance(machine, str) or not _UUID.fullmatch(machine):
        raise BadStatement("does not say which machine it came from (not made by lessonapp)")
    practice = extensions.get(xapi.EXTENSION_PRACTICE, False) is True
    language = context.get("language") if isinstance(context.get("language"), str) else "en"
    course_id = None
    activities = context.get("contextActivities") if isinstance(context.get("contextActivities"), dict) else {}
    for grouping in _list(activities.get("grouping")):
        gid = grouping.get("id") if isinstance(grouping, dict) else None
        if isinstance(gid, str) and gid.startswith(courses):
            course_id = unquote(gid[len(courses):])
    obj = _obj(data, "object")
    object_id = _text(obj, "id", "object")
    if not object_id.startswith(lessons):
        raise BadStatement(f"is about an activity that is not one of this school's lessons ({object_id[:100]})")
    path = object_id[len(lessons):].split("/")
    result = data.get("result") if isinstance(data.get("result"), dict) else {}
    question_id, chosen = None, ()
    lesson_title = None
    if verb == xapi.VERB_ANSWERED:
        if len(path) != 3 or path[1] != "questions" or not path[0] or not path[2]:
            raise BadStatement("answers something that is not a question of a lesson")
        question_id = unquote(path[2])
        chosen = _chosen(obj, result)
        for parent in _list(activities.get("parent")):
            if isinstance(parent, dict) and parent.get("id") == lessons + path[0]:
                lesson_title = _name(parent)
        result = {"success": _bool(result, "success"), "score": _score(result), "seconds": _seconds(result)}
    else:
        if len(path) != 1 or not path[0]:
            raise BadStatement("is about something that is not a lesson")
        lesson_title = _name(obj)
        if verb in (xapi.VERB_COMPLETED, xapi.VERB_PASSED, xapi.VERB_FAILED):
            result = {"score": _score(result), **({"success": result["success"]} if isinstance(
                result.get("success"), bool) else {})}
    lesson_id = unquote(path[0])
    if not _ID.fullmatch(lesson_id) or (question_id is not None and not _ID.fullmatch(question_id)):
        raise BadStatement("names a lesson or question by an id no lesson file can have")
    if course_id is not None and not _ID.fullmatch(course_id):
        course_id = None
    if not _LANGUAGE.fullmatch(language):
        language = "en"
    return Parsed(
        statement_id.lower(), registration.lower(), verb, body, account_name, display, machine.lower(), practice,
        lesson_id, lesson_title, language, course_id, _timestamp(data), question_id, chosen, result,
    )


@lru_cache(maxsize=16)
def _prefixes(school: str) -> tuple[str, str, str]:
    """The school as an account's homePage is compared, and the start of its lessons' and courses' IRIs."""
    base = xapi.activity_base(school)
    return school.rstrip("/"), base + "/lessons/", base + "/courses/"


@lru_cache(maxsize=4096)  # a class is a few hundred students, each in thousands of statements
def _student(account: str, name: str) -> tuple[str, str]:
    """The account name as profiles key it, and the name to show (the account's when the two disagree)."""
    account_name = xapi.account_name(normalize_name(account))
    if not account_name or len(account_name) > MAX_NAME_LENGTH * 2:
        raise BadStatement("names its student with an empty or over-long account name")
    display = normalize_name(name)
    if not display or len(display) > MAX_NAME_LENGTH or xapi.account_name(display) != account_name:
        display = account_name  # the account is who it is; its display name is only shown
    return account_name, display


def _obj(data: dict, key: str) -> dict:
    value = data.get(key)
    if not isinstance(value, dict):
        raise BadStatement(f"is not an xAPI statement: its {key} is not an object")
    return value


def _text(data: dict, key: str, where: str = "") -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise BadStatement(f"is not an xAPI statement: it has no {where + '.' if where else ''}{key}")
    return value


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _name(activity: dict) -> str | None:
    definition = activity.get("definition")
    names = definition.get("name") if isinstance(definition, dict) else None
    if isinstance(names, dict):
        for text in names.values():
            if isinstance(text, str) and text.strip():
                return " ".join(text.split())[:500]
    return None


def _bool(result: dict, key: str) -> bool:
    value = result.get(key)
    if not isinstance(value, bool):
        raise BadStatement(f"has no result.{key} (true or false)")
    return value


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value \
        and abs(value) < 1e9


def _score(result: dict) -> dict:
    score = result.get("score")
    if not isinstance(score, dict) or not _number(score.get("raw")) or not _number(score.get("max")) \
            or not 0 <= score["raw"] <= score["max"]:
        raise BadStatement("has no usable result.score (raw between 0 and max)")
    return {"raw": float(score["raw"]), "max": float(score["max"])}


def _seconds(result: dict) -> float:
    text = result.get("duration")
    if isinstance(text, str) and text.startswith("PT") and text.endswith("S") and text[2:-1].replace(".", "", 1) \
            .isdigit():
        return float(text[2:-1])  # as lessonapp writes them: PT12.25S
    match = _DURATION.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        return 0.0
    days, hours, minutes, seconds = (float(part) if part else 0.0 for part in match.groups())
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds


def _chosen(obj: dict, result: dict) -> tuple[str, ...]:
    """The chosen texts, as an answer row keeps them, from the response and the choices."""
    response = result.get("response")
    definition = obj.get("definition") if isinstance(obj.get("definition"), dict) else {}
    kind = definition.get("interactionType")
    if not isinstance(response, str):
        raise BadStatement("has no result.response")
    if kind == "true-false":
        if response not in ("true", "false"):
            raise BadStatement("has a true-false response that is neither true nor false")
        return ("True" if response == "true" else "False",)
    if kind != "choice":
        raise BadStatement("is about a question that is not multiple choice or true/false")
    ids = response.split(xapi.RESPONSE_SEPARATOR) if response else []
    texts = {}
    for choice in _list(definition.get("choices")):
        if isinstance(choice, dict) and choice.get("id") in ids:
            text = choice["id"]
            description = choice.get("description")
            if isinstance(description, dict):
                for value in description.values():
                    if isinstance(value, str):
                        text = value
                        break
            texts[choice["id"]] = text
    if len(texts) < len(set(ids)):
        raise BadStatement("has a response naming a choice the question does not have")
    return tuple(texts[i] for i in ids)


def _timestamp(data: dict) -> str:
    text = data.get("timestamp")
    if not isinstance(text, str):
        raise BadStatement("has no timestamp")
    if _STORED_TIME.fullmatch(text):
        return text  # as lessonapp writes them: kept as they are
    try:
        moment = datetime.fromisoformat(_iso_for_python(text))
    except ValueError:
        raise BadStatement(f"has a timestamp that is not an ISO 8601 time ({text[:40]})") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return iso(moment)


def _iso_for_python(text: str) -> str:
    """Python 3.10 reads neither a Z nor fractions of other than 3 or 6 digits."""
    text = text.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    match = re.fullmatch(r"(.*T\d\d:\d\d:\d\d)(\.\d+)?(.*)", text)
    if match and match.group(2):
        text = match.group(1) + (match.group(2) + "000000")[:7] + match.group(3)
    return text


def import_bundles(database: Path, paths: Sequence[Path], school: str | None, lesson_ids: Collection[str] | None,
                   progress: Callable[[int, int], None] | None = None) -> MergeReport:
    """merge_files on a connection of its own: for a worker thread (the teacher area's Import results)."""
    with Store.open(Path(database), school=school, quick_check=False) as store:
        return merge_files(store, paths, lesson_ids, progress)
