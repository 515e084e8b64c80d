"""Question banks from other tools -> lesson files of format 1.

    detect_format(text) -> "gift" | "aiken" | None
    import_file(path, fmt=None, lesson_id=None, title=None) -> ImportResult

The result holds the text of a complete lesson file (a quiz-only lesson:
`pages: []`), the problems found, and how many questions were imported and
skipped. Every question found in the source is either imported or counted as
skipped with a Problem that names it and its line: a warning for a question
of a type lessonapp does not have, an error for a broken one. A file that
cannot be used at all (unreadable, not UTF-8, no question importable, a bad
lesson id) gives one error, `imported == 0` and `yaml_text == ""`; nothing
here raises for a bad file.

No Qt here: the `lessonapp import` command uses it without opening a window.
"""

from __future__ import annotations

import datetime
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Problem
from ..yamlparse import UnreadableFile, read_limited
from .aiken import parse_aiken
from .common import ID_RE, Bank, lesson_yaml, slugify, title_from_path
from .gift import parse_gift

__all__ = ["FORMAT_NAMES", "ImportResult", "detect_format", "import_file", "import_text"]

FORMAT_NAMES = {"gift": "GIFT", "aiken": "Aiken"}
MAX_FILE_BYTES = 20 * 1024 * 1024

_AIKEN_ANSWER = re.compile(r"^[ \t]*ANSWER:[ \t]*[A-Z]", re.MULTILINE)
_AIKEN_CHOICE = re.compile(r"^[ \t]*[A-Z][.)][ \t]?\S", re.MULTILINE)
_GIFT_BLOCK = re.compile(r"(?<!\\)\{[^{}]*(?<!\\)\}")
_GIFT_MARKS = re.compile(r"^[ \t]*(::|\$CATEGORY:|//)", re.MULTILINE)


@dataclass
class ImportResult:
    yaml_text: str
    problems: list[Problem] = field(default_factory=list)
    imported: int = 0
    skipped: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def detect_format(text: str) -> str | None:
    """"aiken" when the text has `ANSWER: X` lines and choice lines and more
    of them than GIFT answer blocks; "gift" when it has `{...}` answer blocks
    (or GIFT titles, categories or comments); else None."""
    answers = len(_AIKEN_ANSWER.findall(text))
    blocks = len(_GIFT_BLOCK.findall(text))
    if answers and _AIKEN_CHOICE.search(text) and answers >= blocks:
        return "aiken"
    if blocks or _GIFT_MARKS.search(text):
        return "gift"
    return None


def _decode(data: bytes) -> tuple[str | None, str, int, int]:
    """(text, "", 0, 0), or (None, message, line, column) when it is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, "the file is saved as UTF-16; save it as UTF-8 and import it again", 1, 1
    if b"\x00" in data[:8192]:
        return None, "this is a binary file, not a text file of questions", 1, 1
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return (
            None,
            f"the file is not UTF-8 (byte 0x{data[error.start]:02x} cannot be read); save it from your "
            "editor with the encoding UTF-8 and import it again",
            line,
            column,
        )
    return text.removeprefix("\ufeff"), "", 0, 0


def _fail(path: Path, message: str, line: int = 1, column: int = 1,
          problems: list[Problem] | None = None, skipped: int = 0) -> ImportResult:
    return ImportResult("", [*(problems or []), Problem(path, line, column, message, "error")], 0, skipped)


def _too_big(path: Path, size: int) -> ImportResult:
    return _fail(path, f"the file is {size / 1_048_576:.1f} MB; a question file may be at most "
                       f"{MAX_FILE_BYTES // 1_048_576} MB")


def import_file(
    path: Path,
    fmt: str | None = None,
    lesson_id: str | None = None,
    title: str | None = None,
) -> ImportResult:
    """Read a GIFT or Aiken file and make a lesson file's text of it.

    fmt: "gift" or "aiken"; None detects it (a `.gift` file is GIFT).
    lesson_id: the lesson's id; default the file name made into a slug.
    title: the lesson's title; default made from the file name.
    """
    path = Path(path)
    try:
        status = path.stat()
    except OSError as error:
        return _fail(path, f"cannot read the file: {error.strerror or error}")
    if stat.S_ISDIR(status.st_mode):
        return _fail(path, "this is a folder; name a GIFT or Aiken file in it")
    not_regular = "this is not a regular file (a device or a pipe?); name a GIFT or Aiken file"
    if not stat.S_ISREG(status.st_mode):  # /dev/zero or a pipe would be read for ever
        return _fail(path, not_regular)
    try:
        data = read_limited(path, MAX_FILE_BYTES)  # never blocks, should it have become a pipe since
    except UnreadableFile as problem:
        if problem.kind == "too_large":
            return _too_big(path, problem.size)
        return _fail(path, not_regular if problem.kind == "not_regular" else f"cannot read the file: {problem.reason}")
    text, message, line, column = _decode(data)
    if text is None:
        return _fail(path, message, line, column)
    if fmt is None and path.suffix.lower() == ".gift":
        fmt = "gift"
    return import_text(text, path, fmt=fmt, lesson_id=lesson_id, title=title)


def import_text(
    text: str,
    path: Path,
    fmt: str | None = None,
    lesson_id: str | None = None,
    title: str | None = None,
    *,
    date: str | None = None,
) -> ImportResult:
    """As import_file, for text already read; `path` names the source in
    messages and in the lesson file's header. `date` defaults to today."""
    path = Path(path)
    if fmt is None:
        fmt = detect_format(text)
        if fmt is None:
            return _fail(path, "cannot tell the format: no GIFT answers {...} and no Aiken 'ANSWER:' lines; "
                               "name the format with --from gift or --from aiken")
    fmt = fmt.lower()
    if fmt not in FORMAT_NAMES:
        return _fail(path, f"unknown format {fmt!r}; lessonapp imports {' and '.join(FORMAT_NAMES)}")
    if lesson_id is None:
        lesson_id = slugify(path.stem) or "imported-questions"
    elif not ID_RE.match(lesson_id):
        return _fail(path, f"the lesson id {lesson_id!r} is not valid: use lowercase letters a-z, digits and "
                           "hyphens, starting with a letter or digit (e.g. 'unit-3-quiz')")
    if title is not None and not title.strip():
        return _fail(path, "the lesson title is empty")

    bank: Bank = parse_gift(text, path) if fmt == "gift" else parse_aiken(text, path)
    problems = sorted(bank.problems, key=lambda p: p.line)
    if not bank.questions:
        found = len(bank.skipped)
        if found == 1:
            detail = "the one question found cannot be imported"
        else:
            detail = f"none of the {found:,} questions found can be imported" if found else "no question was found"
        return _fail(path, f"{detail}; nothing to write", problems=problems, skipped=found)
    yaml_text = lesson_yaml(
        bank,
        lesson_id=lesson_id,
        title=title.strip() if title else title_from_path(path),
        source_name=path.name,
        format_name=FORMAT_NAMES[fmt],
        date=date or datetime.date.today().isoformat(),
    )
    return ImportResult(yaml_text, problems, len(bank.questions), len(bank.skipped))
