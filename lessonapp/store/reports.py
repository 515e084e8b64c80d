"""What the teacher area shows: the class overview, a student's history, one attempt, item analysis.

The overview reads the ``attempts`` table alone (see schema.py), so it stays fast
however many answers there are.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import NamedTuple

from .queries import LESSON_SUMMARY, is_latest
from .records import ATTEMPT_COLUMNS, AnswerRecord, AttemptRecord, attempt_from_row
from .store import Store


class OverviewRow(NamedTuple):
    """One student at one lesson. Best figures are None while no attempt is finished."""

    profile_id: int
    student: str
    lesson_id: str
    lesson_title: str
    best_score: float | None
    max_score: float | None
    best_percent: float | None
    attempts: int  # finished attempts
    passed: bool  # any finished attempt passed
    last_activity: str


class ItemStats(NamedTuple):
    """How one question fared, from the latest answer to it in each attempt."""

    question_id: str
    answered: int
    correct: int
    share_correct: float  # 0.0 .. 1.0
    common_wrong: tuple[str, ...] | None  # the most chosen set of texts among wrong answers
    common_wrong_count: int
    average_seconds: float


def machines(store: Store) -> list[tuple[str, int]]:
    """The machines results were taken on (this one first), with their attempts."""
    rows = store.connection.execute("SELECT machine, count(*) FROM attempts GROUP BY machine").fetchall()
    return sorted(rows, key=lambda row: (row[0] != store.machine_id, row[0]))


def class_overview(store: Store, lesson_id: str | None = None, machine: str | None = None) -> list[OverviewRow]:
    """Every student x lesson they have started (or one lesson), by student name then lesson id.
    machine: only the attempts taken on that machine (None: every machine)."""
    conditions, params = ["1"], []
    if lesson_id is not None:
        conditions.append("lesson_id = ?")
        params.append(lesson_id)
    best = ""
    if machine is not None:
        conditions.append("machine = ?")
        params += [machine, machine]
        best = "AND machine = ?"
    sql = (
        "SELECT s.*, p.name FROM (" + LESSON_SUMMARY.format(where=" AND ".join(conditions), best=best) + ") AS s "
        "JOIN profiles AS p ON p.id = s.profile_id ORDER BY p.name_key, p.id, s.lesson_id"
    )
    return [
        OverviewRow(
            profile_id=profile_id, student=name, lesson_id=lesson, lesson_title=title,
            best_score=best_score, max_score=max_score, best_percent=best_percent,
            attempts=finished, passed=bool(passed), last_activity=last_activity,
        )
        for (profile_id, lesson, title, best_score, max_score, best_percent, finished, passed,
             last_activity, name) in store.connection.execute(sql, params)
    ]


def student_history(store: Store, profile_id: int, machine: str | None = None) -> list[AttemptRecord]:
    """Every attempt of a student (taken on `machine`, or on any), oldest first (without
    answers: see `attempt_answers`)."""
    rows = store.connection.execute(
        f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE profile_id = ? AND coalesce(?, machine) = machine "
        "ORDER BY started_at, id",
        (profile_id, machine),
    )
    return [attempt_from_row(row) for row in rows]


def attempt_answers(store: Store, attempt_id: int) -> tuple[AnswerRecord, ...]:
    """The answers of one attempt: the latest per question, in the order asked."""
    return store.attempt(attempt_id).answers


def item_analysis(store: Store, lesson_id: str, *, finished_only: bool = False,
                  machine: str | None = None) -> list[ItemStats]:
    """Per question of a lesson, by question id: the latest answer of every attempt counts once.

    finished_only leaves out attempts in progress or abandoned; machine keeps
    only the attempts taken on that machine.
    """
    status = "AND t.status = 'finished'" if finished_only else ""
    on_machine = "AND t.machine = ?" if machine is not None else ""
    params = (lesson_id, machine) if machine is not None else (lesson_id,)
    latest = (
        "SELECT an.question_id, an.chosen, an.correct, an.seconds "
        "FROM attempts AS t JOIN answers AS an ON an.attempt_id = t.id "
        f"WHERE t.lesson_id = ? {status} {on_machine} AND {is_latest('an')}"
    )
    conn = store.connection
    totals = conn.execute(
        f"SELECT question_id, count(*), sum(correct), avg(seconds) FROM ({latest}) "
        "GROUP BY question_id ORDER BY question_id",
        params,
    ).fetchall()
    wrong: dict[str, Counter[frozenset[str]]] = {}
    first_seen: dict[tuple[str, frozenset[str]], tuple[str, ...]] = {}
    for question_id, chosen, count in conn.execute(
        f"SELECT question_id, chosen, count(*) FROM ({latest}) WHERE correct = 0 "
        "GROUP BY question_id, chosen",
        params,
    ):
        texts = tuple(json.loads(chosen))
        key = frozenset(texts)  # the same set chosen in another order is the same wrong answer
        wrong.setdefault(question_id, Counter())[key] += count
        first_seen.setdefault((question_id, key), texts)
    stats = []
    for question_id, answered, correct, average_seconds in totals:
        counter = wrong.get(question_id)
        common, common_count = None, 0
        if counter:
            # most common; ties broken by the texts, so the answer never depends on row order
            key, common_count = min(counter.items(), key=lambda kv: (-kv[1], sorted(kv[0])))
            common = first_seen[(question_id, key)]
        stats.append(
            ItemStats(question_id, answered, correct, correct / answered, common, common_count,
                      average_seconds)
        )
    return stats

