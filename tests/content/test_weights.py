"""Choice weights (Moodle's answer grades): what the loader accepts, fills in
and refuses, each refusal on its line."""

from __future__ import annotations

import textwrap

from lessonapp.content.loader import load_lesson

from .helpers import write_lesson

HEAD = """\
format: 1
id: weights
title: Weights
quiz:
  questions:
    - id: q
      explanation: Because.
"""


def load(tmp_path, question: str):
    text = HEAD + textwrap.indent(textwrap.dedent(question), "      ")
    lesson, problems = load_lesson(write_lesson(tmp_path, text), tmp_path)
    errors = [(p.line, p.message) for p in problems if p.severity == "error"]
    return lesson, errors


def test_a_multiple_question_keeps_its_weights_and_fills_in_zero(tmp_path):
    lesson, errors = load(
        tmp_path,
        """\
        type: multiple
        prompt: Which two?
        choices:
          - text: Grant
            weight: 50
          - text: His wife
            weight: 50
          - text: No one
            weight: -100
          - text: His father
        """,
    )
    assert errors == []
    question = lesson.quiz.questions[0]
    assert question.weighted
    assert [(c.weight, c.correct) for c in question.choices] == [(50, True), (50, True), (-100, False), (0, False)]
    assert question.correct_indices == {0, 1}


def test_a_single_question_with_partial_credit_counts_correct_true_as_100(tmp_path):
    lesson, errors = load(
        tmp_path,
        """\
        prompt: Where from?
        choices:
          - text: Nazareth
            correct: true
          - text: Galilee
            weight: 50
          - text: Rome
        """,
    )
    assert errors == []
    assert [c.weight for c in lesson.quiz.questions[0].choices] == [100, 50, 0]


def test_a_question_without_weights_is_unchanged(tmp_path):
    lesson, errors = load(
        tmp_path,
        """\
        prompt: Pick.
        choices:
          - text: A
            correct: true
          - text: B
        """,
    )
    assert errors == [] and not lesson.quiz.questions[0].weighted
    assert [c.weight for c in lesson.quiz.questions[0].choices] == [None, None]


def test_multiple_weights_must_add_up_to_100(tmp_path):
    _, errors = load(
        tmp_path,
        """\
        type: multiple
        prompt: Which?
        choices:
          - text: A
            weight: 50
          - text: B
            weight: 25
        """,
    )
    assert errors == [
        (
            10,
            'the weights above 0 of question "q" add up to 75%; they must add up to 100%, so that '
            "picking every right choice gives full marks",
        )
    ]


def test_a_single_question_needs_a_choice_worth_100(tmp_path):
    _, errors = load(
        tmp_path,
        """\
        prompt: Which?
        choices:
          - text: A
            weight: 50
          - text: B
        """,
    )
    assert errors == [
        (
            9,
            'question "q" is single-choice and needs a choice worth 100% (weight: 100 or correct: '
            "true); its best choice is worth 50%",
        )
    ]


def test_weight_and_correct_may_not_disagree(tmp_path):
    _, errors = load(
        tmp_path,
        """\
        prompt: Which?
        choices:
          - text: A
            correct: true
            weight: -50
          - text: B
            weight: 100
        """,
    )
    assert errors == [
        (
            12,
            'choice 1 of question "q" has correct: true but weight -50; a weight above 0 makes a '
            "choice right: keep only the weight",
        )
    ]


def test_scoring_does_not_go_with_weights(tmp_path):
    _, errors = load(
        tmp_path,
        """\
        type: multiple
        prompt: Which?
        scoring: partial
        choices:
          - text: A
            weight: 100
          - text: B
        """,
    )
    assert errors == [(10, 'question "q" has weights, and they say how it scores: remove "scoring"')]


def test_a_weight_is_between_minus_100_and_100(tmp_path):
    _, errors = load(
        tmp_path,
        """\
        prompt: Which?
        choices:
          - text: A
            weight: 150
          - text: B
        """,
    )
    assert errors == [(11, '"weight" in choice 1 of question "q" is 150; it must be between -100 and 100')]
