"""SQL shared by the store, the reports and the export, so each rule lives in one place."""

from __future__ import annotations

import sqlite3

from .records import ANSWER_COLUMNS, AnswerRecord, answer_from_row


def is_latest(alias: str) -> str:
    """SQL condition: the answer row `alias` is the latest for its (attempt, question).

    Answers are append-only and the highest id wins. One seek in the index
    answers (attempt_id, question_id) per row.
    """
    return (
        f"{alias}.id = (SELECT max(id) FROM answers "
        f"WHERE attempt_id = {alias}.attempt_id AND question_id = {alias}.question_id)"
    )


# One row per (student, lesson) from attempts alone (never answers):
# profile_id, lesson_id, lesson_title (latest attempt), best score, its max_score,
# best percent, finished attempts, passed (any), last activity.
# Best = the finished attempt with the highest percent (the latest among equals).
# Practice attempts (retrying the missed questions) count for last activity only.
# {where} filters the attempts; {best} is "" or "AND machine = ?" when {where}
# keeps one machine's attempts (its parameter then comes last, once more).
# The latest and the best attempt are read from the index attempts_overview
# (schema.py), which holds every column used here: INDEXED BY, because looked
# up by id SQLite would read the attempt's row (the rowid) instead.
LESSON_SUMMARY = """
SELECT g.profile_id, g.lesson_id, t.lesson_title,
       b.score, b.max_score, g.best_percent, g.finished, coalesce(g.passed, 0), g.last_activity
FROM (
    SELECT profile_id, lesson_id,
           max(CASE WHEN status = 'finished' AND practice = 0 THEN percent END) AS best_percent,
           sum(status = 'finished' AND practice = 0) AS finished,
           max(CASE WHEN status = 'finished' AND practice = 0 THEN passed END) AS passed,
           max(last_activity_at) AS last_activity,
           max(id) AS last_id
    FROM attempts
    WHERE {where}
    GROUP BY profile_id, lesson_id
) AS g
JOIN attempts AS t INDEXED BY attempts_overview
    ON t.profile_id = g.profile_id AND t.lesson_id = g.lesson_id AND t.id = g.last_id
LEFT JOIN attempts AS b INDEXED BY attempts_overview
    ON b.profile_id = g.profile_id AND b.lesson_id = g.lesson_id AND b.status = 'finished' AND b.practice = 0
    AND b.percent IS g.best_percent AND b.id = (
        SELECT id FROM attempts INDEXED BY attempts_overview
        WHERE profile_id = g.profile_id AND lesson_id = g.lesson_id AND status = 'finished' AND practice = 0 {best}
        ORDER BY percent DESC, id DESC
        LIMIT 1
    )
"""


def latest_answers(conn: sqlite3.Connection, attempt_id: int) -> list[AnswerRecord]:
    rows = conn.execute(
        f"SELECT {ANSWER_COLUMNS} FROM answers AS a WHERE a.attempt_id = ? AND {is_latest('a')}",
        (attempt_id,),
    )
    return [answer_from_row(row) for row in rows]
