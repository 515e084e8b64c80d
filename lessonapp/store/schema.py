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
"""

from __future__ import annotations

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
)

LATEST_VERSION = len(MIGRATIONS)
