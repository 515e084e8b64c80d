"""The importers on Moodle's own GIFT and Aiken files (GPL, kept outside the
repository in ../shared/reference/moodle; skipped when that folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonapp.content.importers import detect_format, import_file

from .lesson_rules import check_rules, load_written

MOODLE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "moodle"

pytestmark = pytest.mark.skipif(not MOODLE.is_dir(), reason="Moodle reference files are not here")


def run(name: str, tmp_path: Path, fmt: str):
    path = MOODLE / name
    assert detect_format(path.read_text(encoding="utf-8")) == fmt
    result = import_file(path)
    data = check_rules(result.yaml_text)
    lesson, _ = load_written(result.yaml_text, tmp_path)
    assert len(lesson.quiz.questions) == result.imported
    return result, data


def skipped_lines(result) -> list[int]:
    return [p.line for p in result.problems if p.message.startswith("skipped")]


def test_aiken_errors_fixture_gives_two_questions_and_three_errors(tmp_path):
    result, data = run("aiken-fixture-errors.txt", tmp_path, "aiken")
    assert (result.imported, result.skipped) == (2, 3)
    assert [(p.line, p.severity) for p in result.problems] == [(1, "error"), (5, "error"), (14, "error")]
    questions = data["quiz"]["questions"]
    assert [q["prompt"] for q in questions] == ["A good question", "A second good question"]
    assert questions[0]["choices"] == [{"text": "Correct", "correct": True}, {"text": "Incorrect"}]
    assert questions[1]["choices"] == [{"text": "Incorrect (No space)"},
                                       {"text": "Correct (No space)", "correct": True}]


def test_aiken_questions_fixture(tmp_path):
    result, data = run("aiken-fixture-questions.txt", tmp_path, "aiken")
    assert (result.imported, result.skipped, result.problems) == (2, 0, [])
    first, second = data["quiz"]["questions"]
    assert [c["text"] for c in first["choices"] if c.get("correct")] == ["Martin Dougiamas"]
    # The HTML in the text is shown as written, never read as markup.
    assert "\\<html class=\"cool\"\\>" in second["prompt"]


def test_gift_fixture_questions(tmp_path):
    result, data = run("gift-fixture-questions.txt", tmp_path, "gift")
    assert (result.imported, result.skipped) == (5, 4)
    assert skipped_lines(result) == [2, 5, 31, 34]  # essay, matching, numerical, short answer
    kinds = [p.message.split(" question")[0] for p in result.problems if p.message.startswith("skipped")]
    assert kinds == ["skipped essay", "skipped matching", "skipped numerical", "skipped short-answer"]
    questions = {q["id"]: q for q in data["quiz"]["questions"]}
    assert list(questions) == ["q2", "colours", "q1", "2-08-tsl", "2-08-tsl-2"]
    assert questions["q2"]["type"] == "single"
    assert questions["colours"]["type"] == "multiple" and "scoring" not in questions["colours"]
    assert [c.get("weight") for c in questions["colours"]["choices"]] == [50, -100, 50, -100]
    assert questions["q1"]["answer"] is False
    assert "If you answered False: You gave the right answer." in questions["q1"]["explanation"]
    assert questions["2-08-tsl"]["answer"] is True


def test_gift_examples(tmp_path):
    result, data = run("gift-examples.txt", tmp_path, "gift")
    assert (result.imported, result.skipped) == (17, 26)
    assert skipped_lines(result) == [10, 14, 16, 27, 29, 43, 45, 55, 61, 70, 72, 74, 76, 85, 90, 93, 103, 108,
                                     123, 169, 173, 175, 177, 184, 195, 202]
    assert not result.errors
    questions = {q["id"]: q for q in data["quiz"]["questions"]}
    control = questions["gift-control-characters"]
    assert [c["text"] for c in control["choices"]] == ["~", "=", "#", "{", "}", "\\"]
    assert questions["jesus-hometown"]["prompt"] == "Jesus Christ was from _____."
