"""Practice attempts (retrying the missed questions) never count as a best result or a pass."""

from __future__ import annotations

import sqlite3

from lessonapp.store import Store, class_overview
from lessonapp.store.schema import APPLICATION_ID, MIGRATIONS


def finish(store: Store, profile_id: int, percent: float, *, practice: bool = False) -> int:
    attempt = store.start_attempt(profile_id, "l1", "Lesson one", 7, ["q1", "q2"], 2.0, practice=practice)
    store.finish_attempt(attempt, percent / 50, 2.0, percent, percent >= 70)
    return attempt


def test_a_perfect_practice_attempt_does_not_pass_the_lesson(store):
    ana = store.add_profile("Ana")
    finish(store, ana.id, 50.0)
    practice = finish(store, ana.id, 100.0, practice=True)
    best = store.best_results(ana.id)["l1"]
    assert (best.best_percent, best.passed, best.attempts) == (50.0, False, 1)
    (row,) = class_overview(store)
    assert (row.best_percent, row.passed, row.attempts) == (50.0, False, 1)
    assert store.attempt(practice).practice is True


def test_a_version_1_database_is_migrated_and_keeps_its_attempts(db_path):
    connection = sqlite3.connect(db_path)
    for statement in MIGRATIONS[0]:
        connection.execute(statement)
    connection.execute("PRAGMA user_version = 1")
    connection.execute("INSERT INTO profiles VALUES (1, 'Ana', 'ana', '2026-01-01T00:00:00Z', NULL)")
    connection.execute(
        "INSERT INTO attempts (profile_id, lesson_id, lesson_title, seed, question_ids, started_at, finished_at, "
        "last_activity_at, score, max_score, percent, passed, status) VALUES "
        "(1, 'l1', 'Lesson one', 3, '[\"q1\"]', '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', "
        "'2026-01-01T00:01:00Z', 1, 1, 100, 1, 'finished')"
    )
    connection.commit()
    connection.close()
    with Store.open(db_path) as store:
        assert store.notice is None
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        best = store.best_results(1)["l1"]
        assert (best.best_percent, best.passed) == (100.0, True)
