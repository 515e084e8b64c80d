"""The Store: profiles, attempts and answers in one SQLite file.

Every write is one transaction committed (``synchronous=FULL``, WAL) before the
method returns, so an acknowledged answer or a finished attempt survives the
app being killed or the power failing.

Recording an answer, finishing an attempt and abandoning one also write the
xAPI statement(s) that report it (lessonapp/classroom/statements.py) to the
outbox, in the same transaction: an answer kept always has its statement, and
a statement never exists for an answer that was not kept.
"""

from __future__ import annotations

import contextlib
import sqlite3
import unicodedata
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from lessonapp.words import Words, message_of

from . import db, outbox
from .errors import IN_USE, StoreError, StoreUnavailable, UnknownAttempt, UnknownProfile, explain
from .lock import DataFolderInUse, lock_data_folder
from .names import lookalike_message, name_problem
from .queries import LESSON_SUMMARY, latest_answers
from .records import (
    ABANDONED,
    ATTEMPT_COLUMNS,
    FINISHED,
    IN_PROGRESS,
    AttemptRecord,
    BestResult,
    Profile,
    attempt_from_row,
    in_asked_order,
)
from .timeutil import Clock, iso, system_clock

if TYPE_CHECKING:
    from lessonapp.classroom.statements import AttemptContext
    from lessonapp.content.model import Question

MAX_NAME_LENGTH = 60
_LAST_PROFILE_KEY = "last_profile_id"
_PROFILE_COLUMNS = "id, name, created_at, last_used_at"
_MACHINE_KEY = "machine_id"
# What every statement of an attempt needs, read inside the transaction that writes one.
_CONTEXT_QUERY = (
    "SELECT a.uuid, a.machine, p.name, a.lesson_id, a.lesson_title, a.language, a.course_id, a.practice, "
    "a.elapsed_seconds FROM attempts AS a JOIN profiles AS p ON p.id = a.profile_id "
)


def normalize_name(name: str) -> str:
    """A profile name as stored: NFC, surrounding whitespace stripped, inner runs made one space."""
    return " ".join(unicodedata.normalize("NFC", name).split())


class Store:
    """The score database. Make one with `Store.open`; close it (or use ``with``)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        notice: str | None,
        clock: Clock,
        school: str | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self._conn = conn
        self.path = path
        self.notice = notice  # one plain sentence for the user, or None
        self.clock = clock  # () -> aware datetime; injectable for tests
        self.read_only = read_only  # opened to read only: every write raises StoreUnavailable
        # Told what the user must know of later, while the store is in use (a
        # deleted journal); the app shows it.
        self.on_notice: Callable[[str], None] | None = None
        self._journal = None if read_only else db.journal_identity(path)
        self._school = school
        self._machine_id: str | None = None

    @classmethod
    def open(
        cls, path: Path, *, clock: Clock | None = None, quick_check: bool = True, school: str | None = None
    ) -> Store:
        """Open or create the database. A bad file is set aside and ``store.notice`` says so.

        quick_check=False leaves out SQLite's page-by-page check (it reads the
        whole file), for a caller that runs db.integrity_problem later, off its
        main thread: the app does, once its window is up (store/upkeep.py).
        school: the settings file's ``school``; None for DEFAULT_SCHOOL.
        """
        clock = clock or system_clock
        conn, notice = db.open_database(Path(path), clock, quick_check=quick_check)
        return cls(conn, Path(path), notice, clock, school)

    @classmethod
    def open_read_only(
        cls, path: Path, *, clock: Clock | None = None, quick_check: bool = True, school: str | None = None
    ) -> Store:
        """Open an existing, sound database to read only, changing nothing on disk
        and setting nothing aside: to read the scores while the app is writing
        them (`scores export`). StoreError, in plain words, when it cannot."""
        conn = db.open_read_only(Path(path), quick_check=quick_check)
        return cls(conn, Path(path), None, clock or system_clock, school, read_only=True)

    @classmethod
    def open_for_reading(cls, path: Path, *, clock: Clock | None = None, school: str | None = None) -> Store:
        """To read the scores (an export): as `open` when no lessonapp has the data
        folder (under its lock while opening), else `open_read_only`, so that a
        running app's file is never migrated or set aside under it."""
        path = Path(path)
        try:
            folder_lock = lock_data_folder(path.parent)
        except DataFolderInUse:
            return cls.open_read_only(path, clock=clock, school=school)
        with folder_lock:
            return cls.open(path, clock=clock, school=school)

    @classmethod
    def open_or_read_only(
        cls, path: Path, *, clock: Clock | None = None, quick_check: bool = True, school: str | None = None
    ) -> Store:
        """What the app opens: the database as `open` does; when it cannot be
        written (a read-only folder, a full disk...) or a bad file cannot be set
        aside, the file read-only, or else an empty database in memory, so that
        lessons can still be read. Then ``notice`` says what is wrong, in which
        folder and what to do, and ``read_only`` is True."""
        try:
            return cls.open(path, clock=clock, quick_check=quick_check, school=school)
        except StoreError as error:
            notice = message_of(error)
        try:
            conn = db.open_read_only(Path(path), quick_check=quick_check)
        except StoreError:
            conn = db.open_empty_read_only()
        return cls(conn, Path(path), notice, clock or system_clock, school, read_only=True)

    @classmethod
    def start_anew(
        cls, path: Path, problem: str = db.DAMAGED, *, clock: Clock | None = None, school: str | None = None
    ) -> Store:
        """Set the (closed) database at path aside as `problem`, never deleting it, and
        open a new, empty one there, whose ``notice`` says so."""
        clock = clock or system_clock
        aside = db.move_aside(Path(path), problem, clock)
        conn, _ = db.open_database(Path(path), clock)
        return cls(conn, Path(path), db.aside_notice(Path(path), problem, aside), clock, school)

    # -- plumbing ---------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection, for the reports, the export and the backups in this package."""
        return self._conn

    def now(self) -> str:
        """The current time as stored: ISO 8601 UTC to the second."""
        return iso(self.clock())

    def close(self) -> None:
        self._conn.close()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (db.transaction). A failure of the disk or the
        folder, not of the data, becomes StoreUnavailable with a message to show;
        the journal is checked before and after (see _keep_journal)."""
        self._keep_journal()
        try:
            with db.transaction(self._conn):
                yield self._conn
        except sqlite3.DatabaseError as error:
            if not (isinstance(error, sqlite3.OperationalError) or type(error) is sqlite3.DatabaseError):
                raise  # about the data (a taken name, a missing profile): for the caller
            raise explain(error, self.path.parent) from error
        self._keep_journal()

    def _keep_journal(self) -> None:
        """When the ``-wal`` or ``-shm`` this connection writes to are no longer the
        ones beside the database (a cleaning program deleted them), what they hold
        lives only in the open files: copy it into the database file, open it
        afresh, and say so. Acknowledged answers are thus never lost."""
        if self._journal is None or db.journal_identity(self.path) == self._journal:
            return
        folder = self.path.parent
        try:
            saved = db.save_journal_into_database(self._conn)
        except sqlite3.Error as error:
            raise explain(error, folder) from error
        if not saved:
            raise StoreUnavailable(
                Words(
                    "store",
                    "The score database in {0} lost its journal file and is busy, so answers cannot be saved "
                    "just now. Try again in a moment.",
                    str(folder),
                ),
                IN_USE,
            )
        try:  # the new connection first: the old one stays usable if this fails
            conn = db.connect(self.path)
            db.set_pragmas(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the new -wal
        except sqlite3.Error as error:
            raise explain(error, folder) from error
        self._conn.close()
        self._conn = conn
        self._journal = db.journal_identity(self.path)
        if self.on_notice is not None:
            self.on_notice(
                Words(
                    "store",
                    "The score database's journal file ({0}-wal in {1}) was deleted while "
                    "lessonapp was running, perhaps by a cleaning or sync program. Every answer given so far was "
                    "kept: lessonapp wrote them into {0} and goes on. Please keep such programs "
                    "away from the folder {1}.",
                    self.path.name,
                    str(folder),
                )
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def school(self) -> str:
        """The settings file's ``school`` (an IRI): the students' accounts and the activities' base."""
        if self._school is None:
            from lessonapp.classroom.statements import DEFAULT_SCHOOL  # not at start-up: see records.py

            self._school = DEFAULT_SCHOOL
        return self._school

    @property
    def machine_id(self) -> str:
        """This data folder's UUID, made when its database was created."""
        if self._machine_id is None:
            self._machine_id = self.get_setting(_MACHINE_KEY)
            if self._machine_id is None:
                raise StoreError(Words("store", "The score database has no machine id; it was not made by lessonapp."))
        return self._machine_id

    def get_setting(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_setting(self, key: str, value: str) -> None:
        with self._writing():
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- profiles ---------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        """Every profile, by name (case-insensitive)."""
        rows = self._conn.execute(f"SELECT {_PROFILE_COLUMNS} FROM profiles ORDER BY name_key, id")
        return [Profile(*row) for row in rows]

    def profile(self, profile_id: int) -> Profile:
        row = self._conn.execute(
            f"SELECT {_PROFILE_COLUMNS} FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        if row is None:
            raise UnknownProfile(f"There is no student profile number {profile_id}.")
        return Profile(*row)

    def add_profile(self, name: str) -> Profile:
        """Add a student. ValueError, with a message to show, for an empty, long or taken name,
        one with invisible or direction-changing characters, or one that looks like a name taken."""
        clean = normalize_name(name)
        if not clean:
            raise ValueError(Words("store", "Please type a name."))
        if len(clean) > MAX_NAME_LENGTH:
            raise ValueError(Words("store", "A name can be at most {0} characters long.", MAX_NAME_LENGTH))
        problem = name_problem(clean) or lookalike_message(clean, (p.name for p in self.profiles()))
        if problem:
            raise ValueError(problem)
        created = self.now()
        try:
            with self._writing():
                cursor = self._conn.execute(
                    "INSERT INTO profiles (name, name_key, created_at) VALUES (?, ?, ?)",
                    (clean, clean.casefold(), created),  # the key: case-insensitive in every alphabet
                )
        except sqlite3.IntegrityError:
            raise ValueError(Words("store", "There is already a student called {0}.", clean)) from None
        return Profile(cursor.lastrowid, clean, created, None)

    def touch_profile(self, profile_id: int) -> None:
        """Mark a profile as just used: it becomes `last_profile`."""
        with self._writing():
            cursor = self._conn.execute(
                "UPDATE profiles SET last_used_at = ? WHERE id = ?", (self.now(), profile_id)
            )
            if cursor.rowcount == 0:
                raise UnknownProfile(f"There is no student profile number {profile_id}.")
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_LAST_PROFILE_KEY, str(profile_id)),
            )

    def last_profile(self) -> Profile | None:
        """The profile touched most recently, or None."""
        value = self.get_setting(_LAST_PROFILE_KEY)
        if value is None:
            return None
        try:
            return self.profile(int(value))
        except (UnknownProfile, ValueError):
            return None

    # -- attempts ---------------------------------------------------------------

    def start_attempt(
        self,
        profile_id: int,
        lesson_id: str,
        lesson_title: str,
        seed: int,
        question_ids: Sequence[str],
        max_score: float,
        practice: bool = False,
        *,
        course_id: str | None = None,
        language: str = "en",
    ) -> int:
        """Begin an attempt and return its id. A practice attempt (retrying the
        missed questions) never counts as the lesson's best result or a pass.
        course_id (the course the lesson is in, if any) and language (the
        lesson's) go into every statement of the attempt.

        An earlier attempt of the same student at the same lesson still in progress
        (on this machine) is abandoned in the same transaction: only one can be resumed.
        """
        if isinstance(question_ids, str):
            raise TypeError("question_ids must be a sequence of ids, not one string")
        import json  # here, not at start-up: see records.py
        import uuid

        now = self.now()
        try:
            with self._writing():
                earlier = self._conn.execute(
                    "SELECT id FROM attempts WHERE profile_id = ? AND lesson_id = ? AND status = ? AND machine = ?",
                    (profile_id, lesson_id, IN_PROGRESS, self.machine_id),
                ).fetchall()
                for (earlier_id,) in earlier:
                    self._abandon(earlier_id, now)
                cursor = self._conn.execute(
                    "INSERT INTO attempts (profile_id, lesson_id, lesson_title, seed, question_ids, "
                    "started_at, last_activity_at, max_score, status, practice, uuid, machine, course_id, language) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (profile_id, lesson_id, lesson_title, seed, json.dumps(list(question_ids)),
                     now, now, max_score, IN_PROGRESS, int(practice), str(uuid.uuid4()), self.machine_id,
                     course_id, language),
                )
        except sqlite3.IntegrityError:
            raise UnknownProfile(f"There is no student profile number {profile_id}.") from None
        return cursor.lastrowid

    def _context(self, attempt_id: int) -> tuple[AttemptContext, float]:
        """What the statements of an attempt share, and the quiz time it has used."""
        row = self._conn.execute(_CONTEXT_QUERY + "WHERE a.id = ?", (attempt_id,)).fetchone()
        if row is None:
            raise UnknownAttempt(f"There is no attempt number {attempt_id}.")
        uuid_, machine, name, lesson_id, title, language, course_id, practice, elapsed = row
        from lessonapp.classroom.statements import AttemptContext

        return AttemptContext(self.school, machine, uuid_, name, lesson_id, title, language, course_id,
                              bool(practice)), elapsed

    def _keep_statements(self, statements: list[dict], now: str) -> None:
        """Into the outbox, inside the caller's transaction."""
        from lessonapp.classroom.statements import to_json

        for statement in statements:
            body = to_json(statement)
            outbox.add(self._conn, statement["id"], statement["context"]["registration"], body, outbox.LOCAL, now)

    def record_answer(
        self,
        attempt_id: int,
        question: Question,
        chosen: Collection[int],
        correct: bool,
        points: float,
        max_points: float,
        seconds: float,
        elapsed: float | None = None,
    ) -> int:
        """Append an answer and its `answered` statement; both are on disk when
        this returns. Returns the answer's row id.

        chosen: indices into question.choices (file order); the answer row keeps
        their texts. Answering a question again adds a row; readers take the
        latest one. elapsed: the quiz time used so far, kept on the attempt in
        the same transaction.
        """
        chosen = sorted(set(chosen))
        if any(not isinstance(i, int) or not 0 <= i < len(question.choices) for i in chosen):
            raise ValueError(f"chosen must be indices of the choices of question {question.id}")
        import json  # here, not at start-up: see records.py
        import uuid

        from lessonapp.classroom import statements

        now = self.now()
        with self._writing():
            self._require_in_progress(
                self._conn.execute(
                    "UPDATE attempts SET last_activity_at = ?, elapsed_seconds = coalesce(?, elapsed_seconds) "
                    "WHERE id = ? AND status = ?",
                    (now, elapsed, attempt_id, IN_PROGRESS),
                ),
                attempt_id,
            )
            cursor = self._conn.execute(
                "INSERT INTO answers (attempt_id, question_id, chosen, correct, points, max_points, "
                "seconds, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (attempt_id, question.id, json.dumps([question.choices[i].text for i in chosen], ensure_ascii=False),
                 bool(correct), points, max_points, seconds, now),
            )
            context, _ = self._context(attempt_id)
            statement = statements.answered(
                context, str(uuid.uuid4()), now, question, chosen, correct, points, max_points, seconds
            )
            self._keep_statements([statement], now)
        return cursor.lastrowid

    def save_elapsed(self, attempt_id: int, elapsed: float) -> None:
        """Keep the quiz time used by an attempt in progress (when the student
        leaves it); an attempt no longer in progress is left as it is."""
        with self._writing():
            self._conn.execute(
                "UPDATE attempts SET elapsed_seconds = ? WHERE id = ? AND status = ?",
                (elapsed, attempt_id, IN_PROGRESS),
            )

    def finish_attempt(
        self, attempt_id: int, score: float, max_score: float, percent: float, passed: bool,
        elapsed: float | None = None,
    ) -> None:
        """Record the result, with its `completed` and `passed` or `failed`
        statements; all are on disk when this returns. elapsed: the quiz time
        the attempt used (default: as kept with its last answer)."""
        import uuid

        from lessonapp.classroom import statements

        now = self.now()
        with self._writing():
            self._require_in_progress(
                self._conn.execute(
                    "UPDATE attempts SET status = ?, finished_at = ?, last_activity_at = ?, score = ?, "
                    "max_score = ?, percent = ?, passed = ?, elapsed_seconds = coalesce(?, elapsed_seconds) "
                    "WHERE id = ? AND status = ?",
                    (FINISHED, now, now, score, max_score, percent, bool(passed), elapsed, attempt_id, IN_PROGRESS),
                ),
                attempt_id,
            )
            context, used = self._context(attempt_id)
            ids = (str(uuid.uuid4()), str(uuid.uuid4()))
            self._keep_statements(statements.finished(context, ids, now, score, max_score, passed, used), now)

    def abandon_attempt(self, attempt_id: int) -> None:
        """Give up an attempt in progress, with its `terminated` statement; its answers stay."""
        with self._writing():
            self._require_in_progress(self._abandon(attempt_id, self.now()), attempt_id)

    def _abandon(self, attempt_id: int, now: str) -> sqlite3.Cursor:
        """Inside the caller's transaction: abandon an attempt in progress and keep its statement."""
        import uuid

        from lessonapp.classroom import statements

        cursor = self._conn.execute(
            "UPDATE attempts SET status = ?, last_activity_at = ? WHERE id = ? AND status = ?",
            (ABANDONED, now, attempt_id, IN_PROGRESS),
        )
        if cursor.rowcount:
            context, used = self._context(attempt_id)
            self._keep_statements([statements.terminated(context, str(uuid.uuid4()), now, used)], now)
        return cursor

    def _require_in_progress(self, cursor: sqlite3.Cursor, attempt_id: int) -> None:
        """After an UPDATE guarded by status = in_progress: raise when it changed nothing."""
        if cursor.rowcount:
            return
        row = self._conn.execute("SELECT status FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        if row is None:
            raise UnknownAttempt(f"There is no attempt number {attempt_id}.")
        raise StoreError(f"Attempt number {attempt_id} is already {row[0].replace('_', ' ')}.")

    def attempt(self, attempt_id: int) -> AttemptRecord:
        """One attempt with its answers (the latest per question, in asked order)."""
        row = self._conn.execute(
            f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE id = ?", (attempt_id,)
        ).fetchone()
        if row is None:
            raise UnknownAttempt(f"There is no attempt number {attempt_id}.")
        return self._with_answers(row)

    def unfinished_attempt(self, profile_id: int, lesson_id: str) -> AttemptRecord | None:
        """The latest attempt in progress of this student at this lesson on this
        machine (one merged from another is never resumed here), with its answers."""
        row = self._conn.execute(
            f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE profile_id = ? AND lesson_id = ? "
            "AND status = ? AND machine = ? ORDER BY id DESC LIMIT 1",
            (profile_id, lesson_id, IN_PROGRESS, self.machine_id),
        ).fetchone()
        return None if row is None else self._with_answers(row)

    def _with_answers(self, row: tuple) -> AttemptRecord:
        record = attempt_from_row(row)
        answers = in_asked_order(record.question_ids, latest_answers(self._conn, record.id))
        return record._replace(answers=answers)

    def best_results(self, profile_id: int) -> dict[str, BestResult]:
        """lesson_id -> the student's standing, for every lesson they have started."""
        rows = self._conn.execute(LESSON_SUMMARY.format(where="profile_id = ?", best=""), (profile_id,))
        return {
            lesson_id: BestResult(
                best_percent=best_percent,
                passed=bool(passed),
                attempts=finished,
                last_activity=last_activity,
                best_score=best_score,
                max_score=max_score,
                lesson_title=title,
            )
            for (_, lesson_id, title, best_score, max_score, best_percent, finished, passed, last_activity)
            in rows
        }

    # -- the outbox (docs/classroom.md; the sender is in lessonapp/classroom) ------

    def waiting_statements(self, limit: int) -> list[tuple[str, str]]:
        """Up to `limit` local statements not yet sent nor set aside, oldest first: (id, JSON)."""
        return outbox.waiting(self._conn, limit)

    def mark_sent(self, ids: Sequence[str]) -> None:
        """The LRS has these statements (stored, or already had them)."""
        with self._writing():
            outbox.mark_sent(self._conn, ids, self.now())

    def set_aside(self, statement_id: str, reason: str) -> None:
        """The LRS rejected this statement: it is kept, shown to the teacher, and not sent again."""
        with self._writing():
            outbox.set_aside(self._conn, statement_id, reason, self.now())

    def record_send_error(self, message: str | None) -> None:
        """Why the last try to send failed (one line, no password in it); None clears it."""
        with self._writing():
            outbox.record_send_error(self._conn, message, self.now())

    def outbox_status(self) -> outbox.OutboxStatus:
        return outbox.status(self._conn)
