"""Imported questions score exactly as Moodle scores them: every set of picks
of every choice question in Moodle's own GIFT files (../shared/reference/moodle,
skipped when absent), against Moodle's multichoice grading worked out here
from the answer weights as the file writes them."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest

from lessonapp.content.importers import import_file, import_text
from lessonapp.content.importers.gift import parse_gift
from lessonapp.quiz.session import grade

from .lesson_rules import check_rules, load_written

MOODLE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "moodle"
GIFT_FILES = ("gift-examples.txt", "gift-fixture-questions.txt")

_ANSWER = re.compile(r"(?<!\\)([~=])\s*(?:%(-?[0-9.]+)%)?")


def moodle_answers(source: str, line: int) -> tuple[bool, list[float]]:
    """Whether the question starting on `line` is single-answer (it has an `=`
    answer) and its answer fractions, read from the raw GIFT text: `=` is 1,
    `~` is 0, `%n%` is n/100."""
    text = "\n".join(source.split("\n")[line - 1 :])
    text = re.sub(r"^\s*//.*$", "", text, flags=re.M)
    block = re.search(r"(?<!\\)\{(.*?)(?<!\\)\}", text, re.S).group(1)
    block = block.split("####")[0]
    answers = _ANSWER.findall(block)
    single = any(mark == "=" for mark, _ in answers)
    return single, [float(weight) / 100 if weight else (1.0 if mark == "=" else 0.0) for mark, weight in answers]


def moodle_grade(fractions: list[float], picks: tuple[int, ...], single: bool) -> float:
    """qtype_multichoice: a single-answer question scores the fraction of the
    answer picked; a multiple-answer one the sum of those picked, kept
    between 0 and 1."""
    if single:
        return fractions[picks[0]] if picks else 0.0
    return min(1.0, max(0.0, sum(fractions[i] for i in picks)))


def every_set_of_picks(count: int, single: bool):
    if single:
        return [(), *((i,) for i in range(count))]
    return [picks for size in range(count + 1) for picks in combinations(range(count), size)]


@pytest.mark.skipif(not MOODLE.is_dir(), reason="Moodle reference files are not here")
@pytest.mark.parametrize("name", GIFT_FILES)
def test_every_set_of_picks_scores_as_in_moodle(name, tmp_path):
    path = MOODLE / name
    source = path.read_text(encoding="utf-8")
    bank = parse_gift(source, path)
    result = import_file(path)
    lesson, _ = load_written(result.yaml_text, tmp_path)
    by_id = {q.id: q for q in lesson.quiz.questions}
    checked = multiple = 0
    for imported in bank.questions:
        if imported.type == "true_false":
            continue
        question = by_id[imported.id]
        single, fractions = moodle_answers(source, imported.line)
        assert len(fractions) == len(question.choices), imported.id
        assert (question.type == "single") == single, imported.id
        multiple += not single
        for picks in every_set_of_picks(len(fractions), single):
            ours = grade(question, frozenset(picks))
            expected = moodle_grade(fractions, picks, single)
            assert ours.points / ours.max_points == pytest.approx(expected, abs=1e-9), (imported.id, picks)
            assert ours.correct == (expected == pytest.approx(1.0)), (imported.id, picks)
            checked += 1
    assert multiple >= 1 and checked > 0


@pytest.mark.skipif(not MOODLE.is_dir(), reason="Moodle reference files are not here")
def test_grants_tomb_with_all_four_boxes_ticked_scores_full_marks(tmp_path):
    # Moodle's examples file, the first multiple-answer question: 0% + 50% + 50% + 0%.
    lesson, _ = load_written(import_file(MOODLE / "gift-examples.txt").yaml_text, tmp_path)
    tomb = next(q for q in lesson.quiz.questions if q.type == "multiple" and q.choices[0].text == "No one")
    assert [c.weight for c in tomb.choices] == [0, 50, 50, 0]
    assert grade(tomb, frozenset({0, 1, 2, 3})).points == 1.0
    assert grade(tomb, frozenset({1})).points == 0.5


def test_weights_with_a_penalty_score_as_in_moodle(tmp_path):
    result = import_text("Pick?{~%75%a ~%25%b ~%-100%c}", Path("bank.gift"), "gift", date="2024-01-01")
    check_rules(result.yaml_text)
    question = load_written(result.yaml_text, tmp_path)[0].quiz.questions[0]
    scores = {picks: grade(question, frozenset(picks)).points for picks in every_set_of_picks(3, False)}
    assert scores == {(): 0, (0,): 0.75, (1,): 0.25, (2,): 0, (0, 1): 1.0, (0, 2): 0, (1, 2): 0, (0, 1, 2): 0}
