"""The score database's schema, as a list of migrations applied in order.

``PRAGMA user_version`` holds the number of migrations applied. Each migration
runs in one transaction together with the bump of ``user_version``, so a
database is always at exactly one version. Never edit a migration that has
shipped: append a new one.

Design notes
------------
* ``answers`` is append-only. A re-answer of a question in the same attempt is
  a new row; readers take the row with the highest id per (attempt, question).
* ``attempts.last_activity_at`` is kept up to date by every answer, in the same
  transaction, so the teacher overview and the progress view read ``attempts``
  alone and never scan ``answers``.
* ``profiles.name_key`` is the stripped, case-folded name: unique, so "Ana"
  and " ANA " are the same student whatever the alphabet.
* The classroom (docs/classroom.md): the data folder's machine UUID is the
  setting ``machine_id``; every attempt has a UUID (its xAPI registration) and
  the machine it was taken on; ``statements`` is the outbox, and also holds the
  statements merged from other machines (``origin = 'merged'``), which are
  never sent.
"""

from __future__ import annotations

# A random (version 4) UUID, made by SQLite: a new one for each row it is evaluated for.
_UUID4 = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' "
    "|| substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)

# "LESS" in ASCII: marks a file as a lessonapp score database.
APPLICATION_ID = 0x4C455353

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the first schema.
    (
        f"PRAGMA application_id = {APPLICATION_ID}",
        """
        CREATE TABLE profiles (
            id            INTEGER PRIMARY KEY,
            name          TEXT NOT NULL CHECK (length(name) > 0),
            name_key      TEXT NOT NULL UNIQUE,
            created_at    TEXT NOT NULL,
            last_used_at  TEXT
        )
        """,
        """
        CREATE TABLE attempts (
            id                INTEGER PRIMARY KEY,
            profile_id        INTEGER NOT NULL REFERENCES profiles(id),
            lesson_id         TEXT NOT NULL,
            lesson_title      TEXT NOT NULL,
            seed              INTEGER NOT NULL,
            question_ids      TEXT NOT NULL,          -- JSON list, in asked order
            started_at        TEXT NOT NULL,
            finished_at       TEXT,
            last_activity_at  TEXT NOT NULL,
            score             REAL,
            max_score         REAL NOT NULL,
            percent           REAL,
            passed            INTEGER CHECK (passed IN (0, 1)),
            status            TEXT NOT NULL DEFAULT 'in_progress'
                              CHECK (status IN ('in_progress', 'finished', 'abandoned'))
        )
        """,
        # best results, unfinished attempt, class overview: covers every column the
        # overview groups, so it reads this index and not the (wide) rows
        """
        CREATE INDEX attempts_by_profile_lesson
            ON attempts (profile_id, lesson_id, status, percent, passed, last_activity_at)
        """,
        # overview of one lesson, item analysis
        "CREATE INDEX attempts_by_lesson ON attempts (lesson_id, profile_id)",
        """
        CREATE TABLE answers (
            id           INTEGER PRIMARY KEY,
            attempt_id   INTEGER NOT NULL REFERENCES attempts(id),
            question_id  TEXT NOT NULL,
            chosen       TEXT NOT NULL,                -- JSON list of choice texts
            correct      INTEGER NOT NULL CHECK (correct IN (0, 1)),
            points       REAL NOT NULL,
            max_points   REAL NOT NULL,
            seconds      REAL NOT NULL,
            answered_at  TEXT NOT NULL
        )
        """,
        # latest answer per question of an attempt (the rowid is in every index entry)
        "CREATE INDEX answers_by_attempt_question ON answers (attempt_id, question_id)",
        """
        CREATE TRIGGER answers_are_append_only BEFORE UPDATE ON answers
        BEGIN
            SELECT RAISE(ABORT, 'answers are append-only: record a new answer instead');
        END
        """,
        """
        CREATE TABLE settings (
            key    TEXT PRIMARY KEY,
            value  TEXT NOT NULL
        )
        """,
    ),
    # 2: practice attempts ("retry the ones I missed") ask only some questions,
    # so they never count as a lesson's best result or as passing it.
    (
        "ALTER TABLE attempts ADD COLUMN practice INTEGER NOT NULL DEFAULT 0 CHECK (practice IN (0, 1))",
        "DROP INDEX attempts_by_profile_lesson",
        """
        CREATE INDEX attempts_by_profile_lesson
            ON attempts (profile_id, lesson_id, status, practice, percent, passed, last_activity_at)
        """,
    ),
    # 3: the quiz time used so far, so that leaving and resuming does not
    # give a timed quiz its clock back.
    ("ALTER TABLE attempts ADD COLUMN elapsed_seconds REAL NOT NULL DEFAULT 0",),
    # 4: the wait after wrong teacher PINs, kept across restarts (store/pin.py):
    # one row, the wrong tries since the last right one and when the last was
    # made (seconds since the epoch).
    (
        """
        CREATE TABLE pin_throttle (
            id               INTEGER PRIMARY KEY CHECK (id = 1),
            failures         INTEGER NOT NULL CHECK (failures >= 0),
            last_failure_at  REAL NOT NULL
        )
        """,
    ),
    # 5: a classroom, not an island (docs/classroom.md). The machine's UUID, made
    # once; every attempt named by a UUID and the machine it was taken on (the
    # attempts already kept get this machine and a UUID each); what every
    # statement of an attempt needs (its course, its language); the outbox.
    (
        f"INSERT INTO settings (key, value) VALUES ('machine_id', {_UUID4}) ON CONFLICT (key) DO NOTHING",
        "ALTER TABLE attempts ADD COLUMN uuid TEXT",
        "ALTER TABLE attempts ADD COLUMN machine TEXT",
        "ALTER TABLE attempts ADD COLUMN course_id TEXT",
        "ALTER TABLE attempts ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
        f"UPDATE attempts SET uuid = {_UUID4}, machine = (SELECT value FROM settings WHERE key = 'machine_id')",
        "CREATE UNIQUE INDEX attempts_by_uuid ON attempts (uuid)",
        # ADD COLUMN cannot say NOT NULL without a default: the triggers do.
        """
        CREATE TRIGGER attempts_have_uuid_and_machine BEFORE INSERT ON attempts
        WHEN NEW.uuid IS NULL OR NEW.machine IS NULL
        BEGIN
            SELECT RAISE(ABORT, 'an attempt needs a uuid and a machine');
        END
        """,
        """
        CREATE TRIGGER attempts_keep_uuid_and_machine BEFORE UPDATE OF uuid, machine ON attempts
        WHEN NEW.uuid IS NOT OLD.uuid OR NEW.machine IS NOT OLD.machine
        BEGIN
            SELECT RAISE(ABORT, 'an attempt keeps its uuid and machine');
        END
        """,
        # the teacher area's filter by machine
        "CREATE INDEX attempts_by_machine ON attempts (machine)",
        """
        CREATE TABLE statements (
            id                TEXT PRIMARY KEY,            -- the statement id (a UUID)
            registration      TEXT,                        -- the attempt's uuid
            body              TEXT NOT NULL,               -- the statement, JSON
            origin            TEXT NOT NULL CHECK (origin IN ('local', 'merged')),
            stored_at         TEXT NOT NULL,
            sent_at           TEXT,
            set_aside_reason  TEXT,
            set_aside_at      TEXT
        )
        """,
        # the ones waiting to be sent, oldest (lowest rowid) first
        """
        CREATE INDEX statements_waiting ON statements (origin)
            WHERE origin = 'local' AND sent_at IS NULL AND set_aside_reason IS NULL
        """,
        "CREATE INDEX statements_by_registration ON statements (registration)",
        "CREATE INDEX statements_set_aside ON statements (set_aside_at) WHERE set_aside_reason IS NOT NULL",
    ),
    # 6: students' own sign-in on a kiosk (store/sign_in.py, docs/kiosk.md): a
    # salted scrypt hash of each student's PIN or picture password, and the wait
    # after wrong tries, per student. Nothing here is ever exported or sent.
    (
        """
        CREATE TABLE student_secrets (
            profile_id  INTEGER PRIMARY KEY REFERENCES profiles(id),
            kind        TEXT NOT NULL CHECK (kind IN ('pin', 'picture')),
            record      TEXT NOT NULL,                 -- as store/pin.py keeps the teacher PIN
            set_at      TEXT NOT NULL,
            set_by      TEXT NOT NULL CHECK (set_by IN ('student', 'teacher'))
        )
        """,
        """
        CREATE TABLE sign_in_throttle (
            profile_id       INTEGER PRIMARY KEY REFERENCES profiles(id),
            failures         INTEGER NOT NULL CHECK (failures >= 0),
            last_failure_at  REAL NOT NULL
        )
        """,
    ),
    # 7: the class overview on a merged class (a million answers, a database of
    # gigabytes) read two attempt rows per student and lesson: the latest one's
    # title, the best one's score. This index holds every column the overview
    # reads, with id after percent (the best is the highest percent, the latest
    # among equals: index order), so it never reads an attempt row. It replaces
    # attempts_by_profile_lesson, whose columns it begins with, so an answer
    # still updates one such index entry.
    (
        """
        CREATE INDEX attempts_overview
            ON attempts (profile_id, lesson_id, status, practice, percent, id, passed, last_activity_at, machine,
                         score, max_score, lesson_title)
        """,
        "DROP INDEX attempts_by_profile_lesson",
    ),
)

LATEST_VERSION = len(MIGRATIONS)
