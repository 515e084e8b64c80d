"""A quiz session: which questions are asked, in what order, and how they score.

No Qt here. Everything random comes from the attempt's seed, so the same
lesson and seed always give the same questions in the same order, and the
order of a question's choices depends on the seed and the question id alone.
That is what lets an attempt be resumed exactly as it was left.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lessonapp.content.model import Lesson, Question, Quiz


@dataclass(frozen=True)
class Grade:
    """How one answer scored. `chosen` holds indices into question.choices (file order)."""

    question_id: str
    chosen: frozenset[int]
    correct: bool
    points: float
    max_points: float


@dataclass(frozen=True)
class ShownQuestion:
    """A question as it is shown: `choice_order[k]` is the file index of the k-th choice on screen."""

    question: Question
    choice_order: tuple[int, ...]

    @property
    def id(self) -> str:
        return self.question.id

    def file_index(self, shown_position: int) -> int:
        """The file index of the choice shown at `shown_position` (0-based)."""
        return self.choice_order[shown_position]

    def shown_position(self, file_index: int) -> int:
        return self.choice_order.index(file_index)


def grade(question: Question, chosen: frozenset[int]) -> Grade:
    """Score `chosen` (indices into question.choices) against the question.

    A question with weights is graded as Moodle's multichoice question: the
    sum of the weights picked, in percent of its points, never below 0 and
    never above 100%; it is right when that gives full marks. Without
    weights, single and true_false: all or nothing. multiple: all_or_nothing
    needs the exact set of correct choices; partial gives the share of
    correct choices picked minus the share of wrong choices picked, never
    below zero.
    """
    chosen = frozenset(chosen)
    count = len(question.choices)
    if any(not 0 <= i < count for i in chosen):
        raise ValueError(f"question {question.id!r}: choice index out of range in {sorted(chosen)}")
    right = question.correct_indices
    correct = chosen == right
    full = float(question.points)
    if question.weighted:
        # Rounded to a ten-thousandth of a percent, so that 33.33333 three times is 100.
        percent = round(sum(question.choices[i].weight or 0.0 for i in chosen), 4)
        fraction = min(1.0, max(0.0, percent / 100))
        return Grade(question.id, chosen, fraction == 1.0, full * fraction, full)
    if question.type == "multiple" and question.scoring == "partial":
        wrong = frozenset(range(count)) - right
        share_right = len(chosen & right) / len(right) if right else 0.0
        share_wrong = len(chosen & wrong) / len(wrong) if wrong else 0.0
        share = max(0.0, share_right - share_wrong)
        points = full if correct else min(full, share * full)
    else:
        points = full if correct else 0.0
    return Grade(question.id, chosen, correct, points, full)


def _shuffles_choices(question: Question, quiz: Quiz) -> bool:
    if question.type == "true_false":
        return False  # always True, then False
    return question.shuffle if question.shuffle is not None else quiz.shuffle_choices


def choice_order(question: Question, quiz: Quiz, seed: int) -> tuple[int, ...]:
    """The order the choices are shown in: a function of the seed and question id only."""
    order = list(range(len(question.choices)))
    if _shuffles_choices(question, quiz):
        random.Random(f"{seed}:{question.id}").shuffle(order)
    return tuple(order)


class QuizSession:
    """One attempt at a lesson's quiz.

    pool: question ids to ask (None = draw from the whole quiz). With a pool,
    every question in it is asked (no draw), shuffled as the quiz says.
    """

    def __init__(self, lesson: Lesson, seed: int, pool: Sequence[str] | None = None) -> None:
        if lesson.quiz is None:
            raise ValueError(f"lesson {lesson.id!r} has no quiz")
        self.lesson = lesson
        self.quiz: Quiz = lesson.quiz
        self.seed = seed
        rng = random.Random(seed)
        index = {q.id: i for i, q in enumerate(self.quiz.questions)}
        if pool is None:
            picked = list(self.quiz.questions)
            draw = self.quiz.draw
            if draw is not None and draw < len(picked):
                picked = rng.sample(picked, draw)
                picked.sort(key=lambda q: index[q.id])
        else:
            wanted = set(pool)
            unknown = wanted - index.keys()
            if unknown:
                raise ValueError(f"no such question in {lesson.id!r}: {', '.join(sorted(unknown))}")
            picked = [q for q in self.quiz.questions if q.id in wanted]
        if self.quiz.shuffle_questions:
            rng.shuffle(picked)
        self._setup(picked)

    def _setup(self, questions: Sequence[Question]) -> None:
        self.questions: tuple[ShownQuestion, ...] = tuple(
            ShownQuestion(q, choice_order(q, self.quiz, self.seed)) for q in questions
        )
        self._grades: dict[str, Grade] = {}
        self._stopped = False

    @classmethod
    def resume(
        cls,
        lesson: Lesson,
        seed: int,
        asked_ids: Sequence[str],
        answers: Mapping[str, frozenset[int]],
    ) -> QuizSession:
        """Rebuild an attempt from what the store kept: the ids asked, in order,
        and the answers given (file indices). Raises ValueError when the lesson
        no longer has one of those questions."""
        if lesson.quiz is None:
            raise ValueError(f"lesson {lesson.id!r} has no quiz")
        session = cls.__new__(cls)
        session.lesson = lesson
        session.quiz = lesson.quiz
        session.seed = seed
        questions = []
        for qid in asked_ids:
            question = lesson.question_by_id(qid)
            if question is None:
                raise ValueError(f"lesson {lesson.id!r} no longer has question {qid!r}")
            questions.append(question)
        session._setup(questions)
        for qid in asked_ids:
            if qid in answers:
                session.answer(qid, frozenset(answers[qid]))
        return session

    # -- answering -------------------------------------------------------------

    def answer(self, question_id: str, chosen: frozenset[int]) -> Grade:
        """Grade and keep the answer to one asked question (each is answered once)."""
        shown = self.shown(question_id)
        if shown is None:
            raise ValueError(f"question {question_id!r} is not part of this session")
        if question_id in self._grades:
            raise ValueError(f"question {question_id!r} was already answered")
        if self._stopped:
            raise ValueError("the session is over")
        result = grade(shown.question, frozenset(chosen))
        self._grades[question_id] = result
        return result

    def stop(self) -> None:
        """End the session early (time is up): unanswered questions score nothing."""
        self._stopped = True

    # -- state -----------------------------------------------------------------

    def shown(self, question_id: str) -> ShownQuestion | None:
        return next((s for s in self.questions if s.id == question_id), None)

    def grade_for(self, question_id: str) -> Grade | None:
        return self._grades.get(question_id)

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.questions)

    @property
    def grades(self) -> tuple[Grade, ...]:
        """The answers given so far, in the order the questions are shown."""
        return tuple(self._grades[s.id] for s in self.questions if s.id in self._grades)

    @property
    def current_index(self) -> int:
        """Index of the first unanswered question (len(questions) when all are answered)."""
        return next((i for i, s in enumerate(self.questions) if s.id not in self._grades), len(self.questions))

    @property
    def current(self) -> ShownQuestion | None:
        i = self.current_index
        return None if self.finished else self.questions[i]

    @property
    def finished(self) -> bool:
        return self._stopped or len(self._grades) == len(self.questions)

    @property
    def missed_ids(self) -> tuple[str, ...]:
        """Questions not answered fully right (including unanswered ones), in shown order."""
        return tuple(s.id for s in self.questions if not (s.id in self._grades and self._grades[s.id].correct))

    @property
    def score(self) -> float:
        return sum(g.points for g in self._grades.values())

    @property
    def max_score(self) -> float:
        return sum(float(s.question.points) for s in self.questions)

    @property
    def percent(self) -> float:
        """Rounded to a millionth, so that partial points adding up to exactly
        the pass mark (59.99999999999999 for 60) pass."""
        top = self.max_score
        return round(100.0 * self.score / top, 6) if top > 0 else 0.0

    @property
    def passed(self) -> bool:
        return self.percent >= self.quiz.pass_mark
