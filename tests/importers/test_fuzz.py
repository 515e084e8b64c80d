"""Whatever the text, the importers never raise, account for every question,
and write only lessons that follow the format's rules and load."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lessonapp.content.importers import import_text

from .lesson_rules import check_rules, load_written

GIFT_TOKENS = st.sampled_from([
    "~", "=", "#", "####", "{", "}", "::", "\\", "\\n", "\\{", "\\=", "%50%", "%-100%", "%100%", "->", "T", "FALSE",
    "\n", "\n\n", " ", "a", "b", "yes", "no", "Q?", "//", "$CATEGORY: x/y", "[html]", "[markdown]", "[plain]",
    "<b>", "</b>", "<script>", "&amp;", "<br>", "<ul><li>", "é", "1.0", ": ", "- ", "*", "'", '"', "\t",
    "All of the above", "_____", "\r\n", "\u2028",
])
AIKEN_TOKENS = st.sampled_from([
    "A) ", "B) ", "C. ", "D.", "ANSWER: ", "A", "B", "Z", "\n", "\n\n", "question?", "x", "y", "<b>", "#",
    "- ", "*", "ANSWER:", "All of the above", " ", "é", "\r",
])


WORDS = st.lists(st.sampled_from([
    "a", "b", "c", "yes", "no", "1.0", ": x", "# y", "- z", "*", "'q'", '"d"', "\\{", "\\}", "\\=", "\\~",
    "\\#", "\\:", "\\\\", "\\n", "<b>x</b>", "<script>s()</script>", "&lt;", "é", "한", "\u2028", "@", "`",
    "All of the above", "true", "%", "&x", "!t",
]), min_size=1, max_size=4).map(" ".join)
ANSWER = st.tuples(st.sampled_from(["~", "=", "~%50%", "~%-100%", "=%50%", "~%100%"]), WORDS,
                   st.one_of(st.just(""), WORDS.map(lambda w: "#" + w))).map("".join)
GIFT_QUESTION = st.tuples(
    st.one_of(st.just(""), WORDS.map(lambda w: f"::{w}::")),
    st.sampled_from(["", "[html]", "[markdown]", "[plain]", "[moodle]"]),
    WORDS,
    st.one_of(
        st.lists(ANSWER, max_size=5).map(lambda a: "{" + "\n".join(a) + "}"),
        st.sampled_from(["{T}", "{FALSE#no#yes}", "{TRUE####general}", "{}", "{#1:2}", "{=a -> b =c -> d}"]),
    ),
    st.sampled_from(["", ".", " tail words", '";']),
).map("".join)
GIFT_FILE = st.lists(
    st.one_of(GIFT_QUESTION, st.just("$CATEGORY: $course$/top/Unit"), st.just("// comment")), max_size=6
).map("\n\n".join)
AIKEN_QUESTION = st.tuples(
    WORDS,
    st.lists(WORDS, max_size=4).map(lambda ws: "".join(f"\n{'ABCD'[i]}) {w}" for i, w in enumerate(ws))),
    st.sampled_from(["\nANSWER: A", "\nANSWER: B", "\nANSWER: E", "", "\nANSWER:"]),
).map("".join)
AIKEN_FILE = st.lists(AIKEN_QUESTION, max_size=6).map("\n\n".join)


def check(text: str, fmt: str) -> None:
    result = import_text(text, Path("fuzz.txt"), fmt, date="2024-01-01")
    if not result.yaml_text:
        assert result.imported == 0 and result.errors
        return
    data = check_rules(result.yaml_text)
    assert len(data["quiz"]["questions"]) == result.imported
    assert sum(1 for p in result.problems if p.message.startswith("skipped")) == result.skipped
    with tempfile.TemporaryDirectory() as folder:
        load_written(result.yaml_text, Path(folder))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(GIFT_TOKENS, max_size=40).map("".join))
def test_gift_never_fails(text):
    check(text, "gift")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(AIKEN_TOKENS, max_size=40).map("".join))
def test_aiken_never_fails(text):
    check(text, "aiken")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GIFT_FILE)
def test_gift_questions(text):
    check(text, "gift")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(AIKEN_FILE)
def test_aiken_questions(text):
    check(text, "aiken")


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text(text):
    check(text, "gift")
    check(text, "aiken")
