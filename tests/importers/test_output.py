"""The lesson file text: strings survive yaml.safe_load exactly."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from lessonapp.content.importers.common import (
    Bank,
    ImportedChoice,
    ImportedQuestion,
    lesson_yaml,
    plain_or_quote,
    quote,
    scalar,
    slugify,
)

TRICKY = [
    "key: value", "a # not a comment", "#start", '"quoted"', "'single'", "- dash", "* star", "&anchor",
    "!tag", "%percent", "@at", "`backtick`", "yes", "no", "y", "N", "on", "off", "true", "False", "null", "~", "",
    " ", "  leading", "trailing  ", "1.0", "1e3", "0x1f", "017", "1:30", ".inf", "-1", "[a, b]", "{a: b}",
    "| pipe", "> fold", "? question", "---", "...", "a\nb", "a\n\nb\n", "tab\there", "\ttab first",
    "back\\slash", "line\r\nbreak", "nel\x85x", "ls\u2028ps\u2029", "bom\ufeff", "bell\x07", "é 한국어 🙂",
    "\n leading newline", "ends with newline\n", "two\n\n\n", "  \n  ", "a\n  indented\nb", "x\n#y\n- z",
]


def load(value_text: str):
    return yaml.safe_load(f"key: {value_text}\nafter: 1\n")


def test_tricky_strings_round_trip():
    for text in TRICKY:
        assert load(quote(text)) == {"key": text, "after": 1}, text
        nested = yaml.safe_load(f"list:\n  - key: {scalar(text, 6)}\n    after: 1\n")
        assert nested == {"list": [{"key": text, "after": 1}]}, text


@settings(max_examples=400)
@given(st.text())
def test_any_string_round_trips(text):
    assert load(quote(text))["key"] == text
    nested = yaml.safe_load(f"q:\n  - k: {scalar(text, 6)}\n    after: 1\n")
    assert nested == {"q": [{"k": text, "after": 1}]}


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["a", "b c", "#", ": ", "- x", "  ", "\t", "é", "*"]), max_size=8).map(
    lambda parts: "\n".join(parts)))
def test_multi_line_strings_round_trip(text):
    nested = yaml.safe_load(f"q:\n  - k: {scalar(text, 6)}\n    after: 1\n")
    assert nested["q"][0]["k"] == text


def test_multi_line_text_is_written_as_a_block():
    assert scalar("one\ntwo", 8) == "|-\n        one\n        two"
    assert scalar("one line", 8) == '"one line"'


@given(st.text())
def test_whole_lesson_round_trips(text):
    choices = [ImportedChoice(text or "x", True, text), ImportedChoice((text or "x") + "!", False)]
    question = ImportedQuestion(id="q1", type="single", prompt=text or "p", line=1, choices=choices,
                                explanation=text)
    bank = Bank(questions=[question], tags=[text or "t"])
    data = yaml.safe_load(lesson_yaml(bank, lesson_id="x", title=text or "t", source_name=text + "\nname",
                                      format_name="GIFT", date="2024-01-01"))
    q = data["quiz"]["questions"][0]
    assert data["title"] == (text or "t")
    assert data["tags"] == [text or "t"]
    assert q["prompt"] == (text or "p")
    assert q["choices"][0]["text"] == (text or "x")
    assert q["choices"][0].get("feedback", "") == text
    assert q.get("explanation", "") == text


def test_ids_that_yaml_would_read_as_other_types_are_quoted():
    for word in ("no", "yes", "on", "123", "0x1f", "1-2", "null", "1e3"):
        assert yaml.safe_load(f"id: {plain_or_quote(word)}") == {"id": word}
    assert plain_or_quote("kanji") == "kanji"


def test_slugify():
    assert slugify("Jesus' hometown (Short answer ex.)") == "jesus-hometown-short-answer-ex"
    assert slugify("Économie — Société") == "economie-societe"
    assert slugify("한국어") == ""
    assert len(slugify("word " * 40)) <= 60
    assert not slugify("word " * 40).endswith("-")


def test_ids_that_yaml_1_1_reads_as_true_or_false_are_quoted(tmp_path):
    from pathlib import Path

    from lessonapp.content.importers import import_text
    from lessonapp.content.importers.common import plain_or_quote

    from .lesson_rules import load_written

    words = ("y", "n", "no", "on", "yes-no")
    assert [plain_or_quote(word) for word in words] == ['"y"', '"n"', '"no"', '"on"', "yes-no"]
    result = import_text("::y::Which?{=a ~b}\n\n::n::Which?{=a ~b}", Path("y.gift"), "gift", date="2024-01-01")
    lesson, _ = load_written(result.yaml_text, tmp_path)
    assert [q.id for q in lesson.quiz.questions] == ["y", "n"]
