"""What the importers share: the questions they find, ids, and the lesson
file they write.

The lesson file is written as text, not with yaml.dump, so a teacher can read
and edit it: keys in the order of the lesson format, every string either a
double-quoted scalar (with YAML escapes for anything unusual) or, for
multi-line text that can be shown literally, a `|` block. Either way
`yaml.safe_load` gives back exactly the string that was written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..yamlparse import plain_is_text

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
MAX_ID_LENGTH = 60


@dataclass
class ImportedChoice:
    text: str
    correct: bool = False
    feedback: str = ""
    weight: float | None = None  # percent, as Moodle's answer grade; None: correct says it all


@dataclass
class ImportedQuestion:
    """One question as the lesson file will hold it (text already converted)."""

    id: str
    type: str  # single | multiple | true_false
    prompt: str
    line: int  # where the question starts in the source file
    choices: list[ImportedChoice] = field(default_factory=list)
    answer: bool | None = None  # true_false only
    scoring: str | None = None  # "partial" or None (the default all_or_nothing)
    explanation: str = ""
    shuffle: bool | None = None
    title: str = ""  # the question's name in the source, if it had one


@dataclass(frozen=True)
class Skipped:
    """A question found in the source that did not become a lesson question."""

    line: int
    label: str  # e.g. 'essay question "Q8"'
    reason: str


@dataclass
class Bank:
    """What a parser found in one file."""

    questions: list[ImportedQuestion] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    problems: list = field(default_factory=list)  # list[Problem]
    tags: list[str] = field(default_factory=list)


def slugify(text: str) -> str:
    """Lowercase a-z, 0-9 and single hyphens; "" when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_JUNK.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_ID_LENGTH:
        slug = slug[:MAX_ID_LENGTH].rsplit("-", 1)[0] if "-" in slug[:MAX_ID_LENGTH] else slug[:MAX_ID_LENGTH]
    return slug.strip("-")


class IdMaker:
    """Question ids unique within a file: the slug of the title, else q1, q2..."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.count = 0

    def make(self, title: str = "") -> str:
        self.count += 1
        base = slugify(title) if title else ""
        if base:
            candidate, n = base, 1
            while candidate in self.used:
                n += 1
                candidate = f"{base}-{n}"
        else:
            n = self.count
            candidate = f"q{n}"
            while candidate in self.used:
                n += 1
                candidate = f"q{n}"
        self.used.add(candidate)
        return candidate


_ALL_OF_THE_ABOVE = re.compile(
    r"\b(all|none|both|neither)\s+of\s+(the\s+)?(above|these|those)\b", re.IGNORECASE
)


def refers_to_other_choices(choices: list[ImportedChoice]) -> bool:
    """True when a choice like "All of the above" only makes sense in the
    written order (the question is then written with `shuffle: false`)."""
    return any(_ALL_OF_THE_ABOVE.search(c.text) for c in choices)


def short_label(text: str, words: int = 8, limit: int = 60) -> str:
    """The first few words of a text, on one line, for a message."""
    flat = " ".join(text.split())
    cut = " ".join(flat.split(" ")[:words])
    if len(cut) > limit:
        cut = cut[: limit - 1].rstrip() + "…"
    elif cut != flat:
        cut += " …"
    return cut


# ---------------------------------------------------------------------------
# YAML text


def _printable(char: str) -> bool:
    """Characters YAML lets stand for themselves inside a scalar (and that no
    YAML reader takes for a line break)."""
    code = ord(char)
    return (
        0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)
        or 0x10000 <= code <= 0x10FFFF
    ) and code not in (0x2028, 0x2029)


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


def quote(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `text`."""
    out = ['"']
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _printable(char):
            out.append(char)
        else:
            code = ord(char)
            if code <= 0xFF:
                out.append(f"\\x{code:02x}")
            elif code <= 0xFFFF:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


def plain_or_quote(text: str) -> str:
    """An id as a plain scalar when YAML reads it back as that string (so
    `no`, `y`, `123` or `0x1f` get quotes), else quoted."""
    if ID_RE.fullmatch(text) and plain_is_text(text):
        return text
    return quote(text)


def _block_ok(text: str) -> bool:
    if "\n" not in text.rstrip("\n") or text.endswith("\n\n") or text.startswith((" ", "\n")):
        return False
    for line in text.split("\n"):
        if line != line.rstrip(" \t") or (line and not line.strip()):
            return False
        if any(not _printable(c) and c != "\t" for c in line):
            return False
    return True


def scalar(text: str, indent: int) -> str:
    """The value part of `key: value` for a string: a `|` block for
    multi-line text that a block can hold exactly, else a quoted scalar."""
    if _block_ok(text):
        chomp = "" if text.endswith("\n") else "-"
        pad = " " * indent
        body = "\n".join(pad + line if line else "" for line in text.rstrip("\n").split("\n"))
        return f"|{chomp}\n{body}"
    return quote(text)


def yaml_number(value: float) -> str:
    """A number as YAML reads it back: 50, -33.33333."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _comment(text: str) -> str:
    """Text for a comment line: one line, with only printable characters."""
    return " ".join("".join(c if _printable(c) else " " for c in text).split())


def lesson_yaml(
    bank: Bank,
    *,
    lesson_id: str,
    title: str,
    source_name: str,
    format_name: str,
    date: str,
) -> str:
    """The whole lesson file for the questions of a bank."""
    lines = [
        f"# Imported by lessonapp from {_comment(source_name)} ({format_name}) on {date}.",
        f"# {len(bank.questions)} question{'s' if len(bank.questions) != 1 else ''} imported, "
        f"{len(bank.skipped)} skipped.",
    ]
    if bank.skipped:
        lines.append("# Skipped (line in the source file: question, why):")
        for item in bank.skipped:
            lines.append(f"#   line {item.line}: {_comment(item.label)}: {_comment(item.reason)}")
    lines += [
        "# Check every question, then add reading pages and explanations where they are missing.",
        "format: 1",
        f"id: {plain_or_quote(lesson_id)}",
        f"title: {quote(title)}",
    ]
    if bank.tags:
        lines.append("tags: [" + ", ".join(quote(t) for t in bank.tags) + "]")
    lines += ["pages: []", "quiz:", "  feedback: immediate", "  questions:"]
    for q in bank.questions:
        lines.append(f"    - id: {plain_or_quote(q.id)}")
        lines.append(f"      type: {q.type}")
        lines.append(f"      prompt: {scalar(q.prompt, 8)}")
        if q.type == "true_false":
            lines.append(f"      answer: {'true' if q.answer else 'false'}")
        else:
            lines.append("      choices:")
            for choice in q.choices:
                lines.append(f"        - text: {scalar(choice.text, 12)}")
                if choice.weight is not None:
                    if choice.weight:
                        lines.append(f"          weight: {yaml_number(choice.weight)}")
                elif choice.correct:
                    lines.append("          correct: true")
                if choice.feedback:
                    lines.append(f"          feedback: {scalar(choice.feedback, 12)}")
        if q.shuffle is not None:
            lines.append(f"      shuffle: {'true' if q.shuffle else 'false'}")
        if q.scoring:
            lines.append(f"      scoring: {q.scoring}")
        if q.explanation:
            lines.append(f"      explanation: {scalar(q.explanation, 8)}")
    return "\n".join(lines) + "\n"


def title_from_path(path: Path) -> str:
    words = re.sub(r"[_\-.]+", " ", path.stem).strip()
    return (words[:1].upper() + words[1:]) if words else "Imported questions"
