"""The quiz session: draw, seeded shuffles, resume and scoring."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessonapp.content.model import Choice, Lesson, Question, Quiz
from lessonapp.quiz.session import Grade, QuizSession, ShownQuestion, grade


def single(qid: str, n: int = 4, right: int = 0, **kw) -> Question:
    choices = tuple(Choice(f"{qid} choice {i}", correct=(i == right)) for i in range(n))
    return Question(id=qid, prompt=f"Prompt {qid}", type="single", choices=choices, **kw)


def multiple(qid: str, correct: tuple[bool, ...], scoring: str = "all_or_nothing", points: float = 1.0):
    choices = tuple(Choice(f"c{i}", correct=c) for i, c in enumerate(correct))
    return Question(id=qid, prompt="Pick", type="multiple", choices=choices, scoring=scoring, points=points)


def true_false(qid: str, answer: bool) -> Question:
    return Question(
        id=qid,
        prompt="Is it?",
        type="true_false",
        answer=answer,
        choices=(Choice("True", correct=answer), Choice("False", correct=not answer)),
    )


def lesson_with(questions, **quiz_kw) -> Lesson:
    return Lesson(id="l", title="L", path=Path("l.yaml"), quiz=Quiz(questions=tuple(questions), **quiz_kw))


TEN = [single(f"q{i}", n=5, right=i % 5) for i in range(10)]


def test_draw_asks_that_many_distinct_questions():
    session = QuizSession(lesson_with(TEN, draw=4), seed=1)
    ids = session.question_ids
    assert len(ids) == 4 and len(set(ids)) == 4


def test_without_draw_every_question_is_asked():
    assert sorted(QuizSession(lesson_with(TEN), seed=3).question_ids) == sorted(q.id for q in TEN)


def test_same_seed_gives_same_questions_and_orders():
    a = QuizSession(lesson_with(TEN, draw=6), seed=42)
    b = QuizSession(lesson_with(TEN, draw=6), seed=42)
    assert a.questions == b.questions


def test_different_seeds_give_different_orders():
    orders = {QuizSession(lesson_with(TEN), seed=s).question_ids for s in range(10)}
    assert len(orders) > 1
    choice_orders = {QuizSession(lesson_with(TEN), seed=s).questions[0].choice_order for s in range(10)}
    assert len(choice_orders) > 1


def test_no_shuffle_keeps_file_order_even_after_a_draw():
    session = QuizSession(lesson_with(TEN, draw=5, shuffle_questions=False, shuffle_choices=False), seed=7)
    ids = session.question_ids
    assert list(ids) == sorted(ids, key=lambda i: int(i[1:]))
    assert all(s.choice_order == tuple(range(5)) for s in session.questions)


def test_choice_order_depends_only_on_seed_and_question_id():
    q = single("fixed", n=6)
    alone = QuizSession(lesson_with([q]), seed=9).questions[0].choice_order
    among = QuizSession(lesson_with([*TEN, q]), seed=9).shown("fixed").choice_order
    assert alone == among


def test_question_shuffle_flag_overrides_quiz():
    keep = single("keep", n=6, shuffle=False)
    mix = single("mix", n=6, shuffle=True)
    orders = [QuizSession(lesson_with([keep, mix], shuffle_choices=False), seed=s) for s in range(8)]
    assert all(o.shown("keep").choice_order == tuple(range(6)) for o in orders)
    assert len({o.shown("mix").choice_order for o in orders}) > 1


def test_true_false_is_never_shuffled():
    for seed in range(20):
        assert QuizSession(lesson_with([true_false("tf", True)]), seed=seed).questions[0].choice_order == (0, 1)


def test_pool_asks_every_pooled_question_without_draw():
    session = QuizSession(lesson_with(TEN, draw=2), seed=5, pool=["q1", "q4", "q7"])
    assert sorted(session.question_ids) == ["q1", "q4", "q7"]


def test_unknown_pool_id_is_refused():
    with pytest.raises(ValueError):
        QuizSession(lesson_with(TEN), seed=1, pool=["nope"])


def test_resume_reproduces_questions_orders_and_grades():
    lesson = lesson_with(TEN, draw=6)
    first = QuizSession(lesson, seed=123)
    answers = {}
    for shown in first.questions[:3]:
        chosen = frozenset({shown.choice_order[0]})
        first.answer(shown.id, chosen)
        answers[shown.id] = chosen
    again = QuizSession.resume(lesson, 123, first.question_ids, answers)
    assert again.questions == first.questions
    assert again.grades == first.grades
    assert again.current_index == 3 == first.current_index
    assert again.score == first.score


def test_resume_with_a_question_gone_raises():
    with pytest.raises(ValueError):
        QuizSession.resume(lesson_with(TEN), 1, ["q1", "gone"], {})


def test_session_scores_and_passes():
    lesson = lesson_with(TEN[:4], pass_mark=75)
    session = QuizSession(lesson, seed=0)
    for i, shown in enumerate(session.questions):
        right = shown.question.correct_indices
        session.answer(shown.id, right if i < 3 else frozenset())
    assert session.finished
    assert session.score == 3 and session.max_score == 4 and session.percent == 75
    assert session.passed
    assert len(session.missed_ids) == 1


def test_answering_twice_is_refused():
    session = QuizSession(lesson_with(TEN[:2]), seed=0)
    qid = session.questions[0].id
    session.answer(qid, frozenset({0}))
    with pytest.raises(ValueError):
        session.answer(qid, frozenset({1}))


def test_stop_ends_the_session_and_unanswered_score_nothing():
    session = QuizSession(lesson_with(TEN[:3]), seed=0)
    shown = session.questions[0]
    session.answer(shown.id, shown.question.correct_indices)
    session.stop()
    assert session.finished and session.score == 1 and session.max_score == 3
    assert len(session.missed_ids) == 2


def test_empty_quiz_scores_zero_percent():
    session = QuizSession(lesson_with([], pass_mark=0), seed=0)
    assert session.finished and session.percent == 0 and session.passed


def test_grade_single_all_or_nothing():
    q = single("s", n=3, right=1)
    assert grade(q, frozenset({1})) == Grade("s", frozenset({1}), True, 1.0, 1.0)
    assert grade(q, frozenset({0})).points == 0
    assert grade(q, frozenset()).points == 0
    assert not grade(q, frozenset({0, 1})).correct


def test_grade_true_false():
    q = true_false("tf", False)
    assert grade(q, frozenset({1})).correct
    assert not grade(q, frozenset({0})).correct


def test_grade_multiple_all_or_nothing_needs_exact_set():
    q = multiple("m", (True, True, False), points=2)
    assert grade(q, frozenset({0, 1})).points == 2
    assert grade(q, frozenset({0})).points == 0
    assert grade(q, frozenset({0, 1, 2})).points == 0


def test_grade_multiple_partial_edge_cases():
    q = multiple("m", (True, True, False, False), scoring="partial", points=2)
    assert grade(q, frozenset({0, 1})).points == 2
    assert grade(q, frozenset({0})).points == pytest.approx(1.0)
    assert grade(q, frozenset({0, 2})).points == pytest.approx(0.0)
    assert grade(q, frozenset({0, 1, 2})).points == pytest.approx(1.0)
    assert grade(q, frozenset({2, 3})).points == 0  # never below zero
    assert grade(q, frozenset()).points == 0
    assert not grade(q, frozenset({0})).correct
    everything_right = multiple("all", (True, True), scoring="partial")
    assert grade(everything_right, frozenset({0, 1})).points == 1


def test_grade_rejects_out_of_range_index():
    with pytest.raises(ValueError):
        grade(single("s", n=2), frozenset({5}))


@given(
    correct=st.lists(st.booleans(), min_size=2, max_size=9).filter(any),
    picks=st.sets(st.integers(0, 8)),
    points=st.floats(0.1, 100, allow_nan=False),
)
def test_partial_score_stays_within_zero_and_points(correct, picks, points):
    q = multiple("p", tuple(correct), scoring="partial", points=points)
    chosen = frozenset(i for i in picks if i < len(correct))
    g = grade(q, chosen)
    assert 0 <= g.points <= points
    assert (g.points == points) == g.correct or g.points == pytest.approx(points)


def test_shown_question_maps_positions():
    s = ShownQuestion(single("s", n=3), (2, 0, 1))
    assert s.file_index(0) == 2 and s.shown_position(2) == 0


def test_quiz_imports_no_qt():
    code = "import sys, lessonapp.quiz.session; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_partial_points_adding_up_to_the_pass_mark_pass():
    """3 partial questions of 10 choices, 5 right: 3 right picked of each gives
    exactly 60% -- which float arithmetic made 59.99999999999999."""
    from lessonapp.content.model import Choice, Lesson, Question, Quiz
    from lessonapp.quiz.session import QuizSession

    choices = tuple(Choice(f"c{i}", correct=i < 5) for i in range(10))
    questions = tuple(
        Question(id=f"q{n}", prompt="?", type="multiple", scoring="partial", choices=choices) for n in range(3)
    )
    lesson = Lesson(id="l", title="L", path=None, quiz=Quiz(questions=questions, pass_mark=60))
    session = QuizSession(lesson, seed=1)
    for shown in session.questions:
        session.answer(shown.id, frozenset({0, 1, 2}))
    assert session.percent == 60.0 and session.passed


def weighted(qid: str, weights: tuple[float, ...], kind: str = "multiple", points: float = 1.0) -> Question:
    choices = tuple(Choice(f"c{i}", correct=w > 0, weight=w) for i, w in enumerate(weights))
    return Question(id=qid, prompt="Pick", type=kind, choices=choices, points=points)


def test_weights_are_added_up_as_moodle_does():
    q = weighted("w", (75, 25, -100), points=2)
    assert grade(q, frozenset({0})).points == 1.5
    assert grade(q, frozenset({0, 1})) == Grade("w", frozenset({0, 1}), True, 2.0, 2.0)
    assert grade(q, frozenset({0, 2})).points == 0  # never below 0
    assert grade(q, frozenset()).points == 0


def test_weights_never_give_more_than_the_points_and_zero_weights_cost_nothing():
    q = weighted("w", (0, 50, 50, 0))
    assert grade(q, frozenset({0, 1, 2, 3})) == Grade("w", frozenset({0, 1, 2, 3}), True, 1.0, 1.0)
    over = weighted("o", (60, 60, 0))
    assert grade(over, frozenset({0, 1})).points == 1.0


def test_a_single_question_with_weights_gives_partial_credit():
    q = weighted("s", (100, 50, 0, -50), kind="single")
    assert [grade(q, frozenset({i})).points for i in range(4)] == [1.0, 0.5, 0.0, 0.0]
    assert [grade(q, frozenset({i})).correct for i in range(4)] == [True, False, False, False]


def test_thirds_add_up_to_full_marks():
    q = weighted("t", (33.33333, 33.33333, 33.33333, -100))
    assert grade(q, frozenset({0, 1, 2})).correct
