"""The records the store hands out: rows as named tuples, no database objects in them.

Named tuples rather than dataclasses: reports make them by the million, and
they are defined at start-up for a fraction of a dataclass's cost. For the same
reason the store imports `json` only where a list column is read or written:
the first window needs the store, but no JSON.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import NamedTuple

IN_PROGRESS = "in_progress"
FINISHED = "finished"
ABANDONED = "abandoned"


class Profile(NamedTuple):
    id: int
    name: str
    created_at: str
    last_used_at: str | None


class AnswerRecord(NamedTuple):
    id: int
    attempt_id: int
    question_id: str
    chosen: tuple[str, ...]  # the texts of the chosen choices
    correct: bool
    points: float
    max_points: float
    seconds: float
    answered_at: str


class AttemptRecord(NamedTuple):
    id: int
    profile_id: int
    lesson_id: str
    lesson_title: str
    seed: int
    question_ids: tuple[str, ...]  # in the order they were asked
    started_at: str
    finished_at: str | None
    last_activity_at: str
    score: float | None  # None until finished
    max_score: float
    percent: float | None
    passed: bool | None
    status: str  # in_progress | finished | abandoned
    answers: tuple[AnswerRecord, ...] = ()  # the latest answer per question, in asked order
    practice: bool = False  # retrying missed questions: never a best result
    elapsed_seconds: float = 0.0  # quiz time used, kept with each answer and on leaving
    uuid: str = ""  # unique across machines: the xAPI registration, the exports' attempt_id
    machine: str = ""  # the UUID of the data folder it was taken on

    @property
    def answers_by_question(self) -> Mapping[str, AnswerRecord]:
        return {answer.question_id: answer for answer in self.answers}


class BestResult(NamedTuple):
    """A student's standing in one lesson, from their finished attempts."""

    best_percent: float | None  # None while no attempt is finished
    passed: bool  # any finished attempt passed
    attempts: int  # finished attempts
    last_activity: str  # latest start, answer or finish of any attempt
    best_score: float | None = None  # score and max_score of the best attempt
    max_score: float | None = None
    lesson_title: str = ""  # as of the latest attempt


ANSWER_COLUMNS = "id, attempt_id, question_id, chosen, correct, points, max_points, seconds, answered_at"
ATTEMPT_COLUMNS = (
    "id, profile_id, lesson_id, lesson_title, seed, question_ids, started_at, finished_at, "
    "last_activity_at, score, max_score, percent, passed, status, practice, elapsed_seconds, uuid, machine"
)


def answer_from_row(row: sqlite3.Row | tuple) -> AnswerRecord:
    import json

    id_, attempt_id, question_id, chosen, correct, points, max_points, seconds, answered_at = row
    return AnswerRecord(
        id_, attempt_id, question_id, tuple(json.loads(chosen)), bool(correct),
        points, max_points, seconds, answered_at,
    )


def attempt_from_row(row: sqlite3.Row | tuple) -> AttemptRecord:
    import json

    (id_, profile_id, lesson_id, lesson_title, seed, question_ids, started_at, finished_at,
     last_activity_at, score, max_score, percent, passed, status, practice, elapsed_seconds, uuid, machine) = row
    return AttemptRecord(
        id_, profile_id, lesson_id, lesson_title, seed, tuple(json.loads(question_ids)), started_at,
        finished_at, last_activity_at, score, max_score, percent,
        None if passed is None else bool(passed), status, practice=bool(practice),
        elapsed_seconds=elapsed_seconds, uuid=uuid, machine=machine,
    )


def in_asked_order(question_ids: tuple[str, ...], answers: list[AnswerRecord]) -> tuple[AnswerRecord, ...]:
    """Answers in the order their questions were asked; any others after, oldest first."""
    position = {qid: i for i, qid in enumerate(question_ids)}
    return tuple(sorted(answers, key=lambda a: (position.get(a.question_id, len(position)), a.id)))
