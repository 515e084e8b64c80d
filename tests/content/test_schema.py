"""The shipped JSON Schema is current and agrees with the validator."""

from __future__ import annotations

import json

import jsonschema
import pytest

from lessonapp.content.schema import schema_text
from lessonapp.content.yamlparse import parse
from lessonapp.paths import schema_file

from .helpers import VALID, problems_of
from .test_rules import ERRORS


def test_shipped_schema_is_generated_from_the_spec():
    assert schema_file().read_text(encoding="utf-8") == schema_text(), "run: python -m lessonapp.content.schema"


def test_schema_is_a_valid_draft_07_schema():
    jsonschema.Draft7Validator.check_schema(json.loads(schema_text()))


def plain(value):
    """YAML values as JSON would see them (numbers typed as numbers)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return getattr(value, "value", value)


def schema_accepts(text: str) -> bool:
    validator = jsonschema.Draft7Validator(json.loads(schema_text()))
    return validator.is_valid(plain(parse(text, lesson=True)))


# Rules a schema can express: structure, types, ranges, names.
STRUCTURAL = {
    "missing required key",
    "unknown key with suggestion",
    "unknown top-level key",
    "pass mark out of range",
    "points zero",
    "id with spaces",
    "wrong type",
    "yes read as a boolean",
    "wrong enum with suggestion",
    "format version",
    "answer on a non-true_false question",
    "choices on a true_false question",
    "true_false without answer",
    "scoring on a single question",
    "fewer than two choices",
    "empty quiz",
}


@pytest.mark.parametrize("case", [e for e in ERRORS if e[0] in STRUCTURAL], ids=lambda e: e[0])
def test_schema_rejects_what_the_validator_rejects(tmp_path, case):
    _, old, new, _, _ = case
    text = VALID.replace(old, new, 1)
    assert any(p.severity == "error" for p in problems_of(tmp_path, text))
    assert not schema_accepts(text)


def test_schema_and_validator_accept_the_same_valid_lessons(tmp_path):
    variants = [
        VALID,
        VALID.replace("        - text: Right", "        - text: 6064"),
        VALID.replace("quiz:\n", "quiz:\n  draw: 2\n  time_limit: 300\n  feedback: end\n"),
        VALID.replace("title: A sample lesson", "title: A\nlanguage: ar\norder: 2.5\ntags: [x, y]\nrequires: []"),
        # Words YAML reads as true or false are the text typed where text goes, booleans where those go.
        VALID.replace("title: A sample lesson", "title: y\ntags: [yes, No]").replace("- text: Wrong", "- text: Yes"),
        VALID.replace("correct: true", "correct: Y", 1).replace("answer: true", "answer: on"),
    ]
    for text in variants:
        assert problems_of(tmp_path, text) == []
        assert schema_accepts(text)


def test_words_read_as_true_or_false_are_text_where_text_goes(tmp_path):
    from lessonapp.content.loader import load_lesson

    from .helpers import write_lesson

    text = VALID.replace("title: A sample lesson", "title: y").replace("- text: Wrong", "- text: No")
    lesson, problems = load_lesson(write_lesson(tmp_path, text.replace("answer: true", "answer: n")), tmp_path)
    assert problems == []
    assert lesson.title == "y" and type(lesson.title) is str
    assert lesson.quiz.questions[0].choices[1].text == "No"
    assert lesson.quiz.questions[2].answer is False
