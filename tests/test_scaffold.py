"""`lessonapp new`: the scaffold is a complete lesson that loads cleanly."""

from __future__ import annotations

import re

import pytest
import yaml

from lessonapp.content.loader import load_lesson
from lessonapp.content.scaffold import new_lesson_text
from lessonapp.content.spec import CHOICE, LESSON, PAGE, QUESTION, QUIZ, SOURCE, TERM

SCHEMA = "file:///opt/lessonapp/lesson.schema.json"


def test_first_line_is_the_schema_modeline():
    text = new_lesson_text("water-cycle", SCHEMA)
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA}"
    assert new_lesson_text("x", schema_ref="https://example.org/s.json").startswith(
        "# yaml-language-server: $schema=https://example.org/s.json\n")


def test_it_parses_and_has_the_id_and_every_top_level_key():
    data = yaml.safe_load(new_lesson_text("water-cycle", SCHEMA))
    assert data["format"] == 1
    assert data["id"] == "water-cycle"
    assert data["title"] == "Water cycle"
    text = new_lesson_text("water-cycle", SCHEMA)
    for key in LESSON.names:
        assert key in data or re.search(rf"^# {key}:", text, re.MULTILINE), key


def test_every_key_of_the_format_is_written_or_commented_with_an_explanation():
    text = new_lesson_text("water-cycle", SCHEMA)
    for spec in (LESSON, SOURCE, PAGE, TERM, QUIZ, QUESTION, CHOICE):
        for key in spec.names:
            lines = [line for line in text.splitlines() if re.match(rf"^\s*(- )?(# )?(- )?{key}:", line)]
            assert lines, f"{spec.name}.{key} is missing"
            if not any(" # " in line or line.lstrip().startswith("#") for line in lines):
                pytest.fail(f"{spec.name}.{key} has no explanation")


def test_it_has_a_page_and_three_questions_of_each_type_with_explanations():
    data = yaml.safe_load(new_lesson_text("water-cycle", SCHEMA))
    assert len(data["pages"]) == 1
    questions = data["quiz"]["questions"]
    assert [q["type"] for q in questions] == ["single", "multiple", "true_false"]
    assert all(q["explanation"] for q in questions)


@pytest.mark.parametrize("lesson_id", ["water-cycle", "a", "123", "no", "0x1f", "unit-3"])
def test_it_loads_with_no_error_and_no_warning(tmp_path, lesson_id):
    path = tmp_path / f"{lesson_id}.yaml"
    path.write_text(new_lesson_text(lesson_id, SCHEMA), encoding="utf-8")
    lesson, problems = load_lesson(path)
    assert problems == []
    assert lesson is not None and lesson.id == lesson_id
    assert len(lesson.pages) == 1 and len(lesson.quiz.questions) == 3


@pytest.mark.parametrize("bad", ["", "Water", "water cycle", "-water", "water_cycle", "wäter", "a/b", "a\nb"])
def test_an_invalid_id_is_a_value_error_in_plain_words(bad):
    with pytest.raises(ValueError, match="cannot be a lesson id"):
        new_lesson_text(bad, SCHEMA)


def test_a_bad_schema_reference_is_a_value_error():
    for bad in ("", "a\nb", " padded "):
        with pytest.raises(ValueError, match="schema"):
            new_lesson_text("x", bad)
