"""Moodle Aiken question files -> lesson questions.

Aiken holds single-answer choice questions only:

    What is the capital of France?
    A. Lyon
    B) Paris
    ANSWER: B

Read as Moodle's qformat_aiken reads it: every line is trimmed; lines shorter
than two characters are ignored; a choice is a capital letter, `.` or `)`,
then (usually) a space: `^[A-Z][.)][ \\t]?`; `ANSWER:` and a letter ends a
question; any other line starts a new question. Texts are plain (Moodle
escapes them as HTML), so `<b>` in an Aiken file is shown as written.

Two things are more forgiving than Moodle, and only where Moodle would fail:
question text may run over several consecutive lines (joined with newlines,
which Markdown reads as one paragraph), and `ANSWER: X` names the choice by
its letter as written (Moodle counts A, B, C... by position; the same for
files whose letters run in order).

A broken question is reported once, as an error on its first line, and the
good questions are still imported:

- a choice or ANSWER line before any question text ("not started"): one
  error for the run of such lines;
- no ANSWER line before the next question or the end of the file;
- fewer than two choices; an ANSWER letter that is not one of the choices;
  two choices with the same text.

Moodle's own aiken_errors fixture thus gives 2 questions and 3 errors.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import Problem, choice_key
from .common import (
    Bank,
    IdMaker,
    ImportedChoice,
    ImportedQuestion,
    Skipped,
    refers_to_other_choices,
    short_label,
)
from .text import PRIVATE_MARKS, plain_to_markdown

_CHOICE = re.compile(r"^([A-Z])[.)][ \t]?")
_ANSWER = re.compile(r"^ANSWER:")


class _Draft:
    def __init__(self, line: int, text: str) -> None:
        self.line = line
        self.text = [text]
        self.choices: list[tuple[str, str, int]] = []  # letter, text, line
        self.last_line = line  # the line before: text continues only on the next one


def _label(draft: _Draft) -> str:
    return f'question "{short_label(" ".join(draft.text))}"'


def parse_aiken(text: str, path: Path = Path("<aiken>")) -> Bank:
    """Every question of an Aiken text."""
    bank = Bank()
    ids = IdMaker()
    draft: _Draft | None = None
    orphan_start: int | None = None  # first line of a run of choice/ANSWER lines with no question

    def fail(line: int, label: str, reason: str) -> None:
        bank.skipped.append(Skipped(line, label, reason))
        bank.problems.append(Problem(path, line, 1, f"skipped {label}: {reason}", "error"))

    def orphans_end() -> None:
        nonlocal orphan_start
        if orphan_start is not None:
            fail(orphan_start, "lines without a question",
                 "choice or ANSWER lines come before any question text")
            orphan_start = None

    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = PRIVATE_MARKS.sub("\ufffd", text)
    lines = text.split("\n")
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if len(line) < 2:
            continue
        choice = _CHOICE.match(line)
        answer = _ANSWER.match(line)
        if choice or answer:
            if draft is None:
                if orphan_start is None:
                    orphan_start = number
                continue
            if choice:
                draft.choices.append((choice.group(1), line[choice.end():].strip(), number))
                continue
            finished, draft = draft, None
            letter = line[answer.end():].strip()[:1]
            question = _finish(finished, letter, number, fail)
            if question is not None:
                question.id = ids.make()
                bank.questions.append(question)
            continue
        # A question line.
        orphans_end()
        if draft is not None and not draft.choices and draft.last_line == number - 1:
            draft.text.append(line)
            draft.last_line = number
            continue
        if draft is not None:
            fail(draft.line, _label(draft), f"no ANSWER line before the next question on line {number}")
        draft = _Draft(number, line)
    orphans_end()
    if draft is not None:
        fail(draft.line, _label(draft), "no ANSWER line before the end of the file")
    return bank


def _finish(draft: _Draft, letter: str, answer_line: int, fail) -> ImportedQuestion | None:
    label = _label(draft)
    if len(draft.choices) < 2:
        count = len(draft.choices)
        plural = "" if count == 1 else "s"
        fail(draft.line, label, f"it has {count} choice{plural}; a question needs at least two")
        return None
    letters = [c[0] for c in draft.choices]
    if not letter:
        fail(draft.line, label, f"the ANSWER line {answer_line} names no letter")
        return None
    if letter not in letters:
        fail(draft.line, label, f"ANSWER {letter} on line {answer_line} is not one of the choices "
                                f"({', '.join(letters)})")
        return None
    if len(set(letters)) != len(letters):
        fail(draft.line, label, "two choices have the same letter")
        return None
    texts = [c[1] for c in draft.choices]
    keys = [choice_key(t) for t in texts]
    duplicate = next((t for t, key in zip(texts, keys) if keys.count(key) > 1), None)
    if duplicate is not None:
        fail(draft.line, label, f"the choice {duplicate!r} is written twice; choices must differ")
        return None
    if not all(texts):
        fail(draft.line, label, "a choice has no text")
        return None
    choices = [ImportedChoice(t, letter == c) for c, t, _ in draft.choices]
    return ImportedQuestion(
        id="",
        type="single",
        prompt=plain_to_markdown("\n".join(draft.text)),
        line=draft.line,
        choices=choices,
        shuffle=False if refers_to_other_choices(choices) else None,
    )
