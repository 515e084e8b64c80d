"""Recording answers in tests that care about the rows, not about the lesson:
a question made up of the chosen texts (and one more choice), so the answer
row keeps exactly those texts."""

from __future__ import annotations

from collections.abc import Sequence

from lessonapp.content.model import Choice, Question


def made_up_question(question_id: str, chosen: Sequence[str], correct: bool = True) -> Question:
    choices = tuple(Choice(text, correct=correct) for text in chosen)
    return Question(id=question_id, prompt=f"Question {question_id}?", type="multiple",
                    choices=(*choices, Choice("none of these", correct=not correct)))


def record(store, attempt_id: int, question_id: str, chosen: Sequence[str], correct: bool, points: float,
           max_points: float, seconds: float, **kwargs) -> int:
    """store.record_answer with the chosen texts, as the rows keep them."""
    question = made_up_question(question_id, chosen, correct)
    return store.record_answer(attempt_id, question, range(len(chosen)), correct, points, max_points, seconds,
                               **kwargs)
