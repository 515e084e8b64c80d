"""Property-based: whatever the text, loading succeeds or reports problems --
it never raises anything else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lessonapp.content.loader import load_lesson
from lessonapp.content.model import Lesson, Problem

from .helpers import VALID, write_lesson

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(folder, text: str) -> None:
    path = write_lesson(folder, text)
    lesson, problems = load_lesson(path, folder)
    assert lesson is None or isinstance(lesson, Lesson)
    assert all(isinstance(p, Problem) and p.line >= 1 and p.column >= 1 for p in problems)
    assert (lesson is None) == any(p.severity == "error" for p in problems)


@SETTINGS
@given(st.text())
def test_arbitrary_text(tmp_path, text):
    check(tmp_path, text)


LINES = VALID.splitlines()
NOISE = st.sampled_from(
    [
        "",
        " ",
        "  ",
        ":",
        "- ",
        "[",
        "]",
        "{",
        "}",
        "&a ",
        "*a",
        "!!binary ",
        "\t",
        "'",
        '"',
        "#",
        "yes",
        "0",
        "-1",
        "1e999",
        "~",
        "null",
        "|",
        ">",
        "?",
        "correct: true",
        "type: multiple",
        "choices: []",
        "answer: no",
    ]
)


@st.composite
def mutated(draw):
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "insert", "append", "truncate"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "insert":
            lines.insert(index, draw(NOISE))
        elif action == "append":
            lines[index] += draw(NOISE)
        else:
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
        if not lines:
            break
    return "\n".join(lines) + "\n"


@SETTINGS
@given(mutated())
def test_mutated_valid_lesson(tmp_path, text):
    check(tmp_path, text)
