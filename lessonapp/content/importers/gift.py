"""Moodle GIFT question files -> lesson questions.

Reads GIFT the way Moodle's qformat_gift does, and turns what lessonapp can
ask into questions of lesson format 1:

- Questions are separated by blank lines; each line is trimmed; lines that
  start with `//` are comments (anywhere in a question, as in Moodle).
- `::Title::` names a question; its id is the title made into a slug
  (lowercase a-z, 0-9, hyphens), made unique within the file by `-2`, `-3`...
  Untitled questions get `q1`, `q2`... (numbered in file order).
- `$CATEGORY: a/b/c` gives the following questions a category. The lesson
  format has no per-question tags, so every category becomes a lesson tag:
  the LAST path segment only (`c`), as that is the name a teacher sees;
  Moodle's `$course$`, `$system$`, `$module$` and `top` give no tag. A
  question may follow a `$CATEGORY` line in the same block.
- Escapes `\\~ \\= \\# \\{ \\} \\: \\\\` give the character; `\\n` gives a line
  break. Single newlines in a question wrapped over several lines stay soft
  (Markdown joins them), as a teacher wrapping a long line expects.
- `[markdown] [plain] [html] [moodle]` before a text choose its format; the
  question's format is the default for its answers and feedback. Without
  one the text is Moodle auto-format: HTML when it has tags or entities,
  else plain. See `text.py` for the conversion.

Question types (Moodle decides them in this order):

- `{}` essay, `{#...}` numerical, `=a -> b` matching, answers with `=` and
  no `~` short answer, and text with no `{...}` (a description) are SKIPPED
  with a warning naming the type and the question.
- `{T}`, `{TRUE}`, `{F}`, `{FALSE}` (any letter case) -> `true_false`. Moodle's
  `{TRUE#fb1#fb2}` shows fb1 to a student who answered wrongly and fb2 to
  one who answered rightly. Lesson format 1 has no feedback per answer for
  true/false questions, so both go into `explanation`, each saying which
  answer it is for, after the general feedback.
- `~` answers make a choice question. As in Moodle:
  - With an `=` answer it is single-answer (`single`): the student picks
    one answer and scores its weight (`=` is 100%, `~` 0%, `%n%` n%). One
    answer at 100% and the others at 0% is written with `correct: true`;
    any other weights are kept as the choices' `weight:`, so partial credit
    (`~%50%`) and several full-credit answers score as in Moodle.
  - Without `=` it is multiple-answer (`multiple`): the weights of the
    answers picked are added up, never below 0% and never above 100%. Every
    weight is kept as the choice's `weight:`; a question whose positive
    weights do not add up to 100% is skipped with an error, as Moodle's
    own question form refuses it.
  - Answer feedback `#...` -> the choice's `feedback`; `####...` -> the
    question's `explanation`.
- Text after the closing `}` makes a Moodle "missing word" question. If that
  text has letters or digits in it the question is SKIPPED (lessonapp has no
  missing-word questions; `missing_word="blank"` imports it instead, with
  `_____` where the answer goes). Mere closing punctuation (`{...}.`) is no
  missing word: the prompt ends `_____.`, or, when the text before the
  braces already ends a sentence, the stray characters are dropped with a
  warning.

Broken questions (unbalanced braces, fewer than two answers, no right
answer, an empty answer, the same answer twice) are skipped with an error
or warning naming the question and its line; the others are still imported.
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
    yaml_number,
)
from .text import FORMATS, HARD_BREAK, PRIVATE_MARKS, to_markdown, to_plain

# Escaped control characters are swapped for private-use characters while the
# structure is parsed, and swapped back in the texts.
_ESCAPES = {":": "\ue000", "#": "\ue001", "=": "\ue002", "{": "\ue003", "}": "\ue004", "~": "\ue005"}
_BACKSLASH = "\ue006"
_UNESCAPE = {v: k for k, v in _ESCAPES.items()} | {_BACKSLASH: "\\"}
_UNESCAPE_RE = re.compile("[" + "".join(_UNESCAPE) + "]")

_WEIGHT = re.compile(r"^%(-?[0-9]+(?:\.[0-9]*)?)%")
_FORMAT = re.compile(r"^\[(" + "|".join(FORMATS) + r")\]", re.IGNORECASE)
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_CATEGORY = re.compile(r"^\$CATEGORY:", re.IGNORECASE)
_NO_TAG_SEGMENTS = {"$course$", "$system$", "$module$", "$cat1$", "$cat2$", "$cat3$", "top", ""}

_TYPE_WORDS = {
    "essay": ("essay question", "essay questions"),
    "numerical": ("numerical question", "numerical questions"),
    "matching": ("matching question", "matching questions"),
    "shortanswer": ("short-answer question", "short-answer questions"),
    "missingword": ("missing-word question", "missing-word questions (GIFT text after the answers)"),
    "description": ("description", "text-only items; put such text on a reading page"),
}


def escape_pre(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH)
    for char, placeholder in _ESCAPES.items():
        text = text.replace("\\" + char, placeholder)
    return text.replace("\\n", HARD_BREAK)


def escape_post(text: str) -> str:
    return _UNESCAPE_RE.sub(lambda m: _UNESCAPE[m.group()], text)


class _Skip(Exception):
    """Raised while building a question that will not be imported."""

    def __init__(self, reason: str, severity: str = "warning", label: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.severity = severity
        self.label = label


def _blocks(text: str):
    """[(line number, trimmed line), ...] for each group of non-blank lines."""
    block: list[tuple[int, str]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if line:
            block.append((number, line))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _split_format(text: str, default: str) -> tuple[str, str]:
    match = _FORMAT.match(text)
    if match:
        return text[match.end():], match.group(1).lower()
    return text, default


def category_tag(path: str) -> str:
    """The tag for a `$CATEGORY:` path: its last segment, or "" for Moodle's
    own top levels."""
    segments = [s.strip() for s in escape_post(path).replace("//", "\ue007").split("/")]
    last = segments[-1].replace("\ue007", "/") if segments else ""
    return "" if last.lower() in _NO_TAG_SEGMENTS else last


class _Parser:
    def __init__(self, path: Path, missing_word: str) -> None:
        self.path = path
        self.missing_word = missing_word
        self.bank = Bank()
        self.ids = IdMaker()

    def warn(self, line: int, message: str) -> None:
        self.bank.problems.append(Problem(self.path, line, 1, message, "warning"))

    def run(self, text: str) -> Bank:
        for block in _blocks(text):
            lines = [(n, s) for n, s in block if not s.startswith("//")]
            if lines and _CATEGORY.match(lines[0][1]):
                tag = category_tag(lines[0][1].split(":", 1)[1].strip())
                if tag and tag not in self.bank.tags:
                    self.bank.tags.append(tag)
                lines = lines[1:]
            if lines:
                self.question(lines)
        return self.bank

    def question(self, lines: list[tuple[int, str]]) -> None:
        start = lines[0][0]
        self.lines = lines  # to find the line of what a text loses
        text = escape_pre("\n".join(s for _, s in lines))
        title = ""
        if text.startswith("::"):
            end = text.find("::", 2)
            if end >= 0:
                title = " ".join(escape_post(text[2:end]).replace(HARD_BREAK, " ").split())
                text = text[end + 2:].strip()
            else:
                text = text[2:].strip()
        try:
            question = self.build(text, title, start)
        except _Skip as skip:
            self.skip(start, skip.label or self.label("question", title, text), skip.reason, skip.severity)
            return
        self.bank.questions.append(question)

    def label(self, kind: str, title: str, text: str) -> str:
        if title:
            return f'{kind} "{title}"'
        words = re.sub(r"\{.*?(\}|$)", " … ", text, flags=re.S)
        words = escape_post(_FORMAT.sub("", words.strip())).replace(HARD_BREAK, " ")
        words = re.sub(r"<[^>]*>", "", words)
        return f'{kind} "{short_label(words)}"'

    def skip(self, line: int, label: str, reason: str, severity: str = "warning") -> None:
        self.bank.skipped.append(Skipped(line, label, reason))
        self.bank.problems.append(Problem(self.path, line, 1, f"skipped {label}: {reason}", severity))

    def unsupported(self, kind: str, title: str, text: str) -> _Skip:
        singular, plural = _TYPE_WORDS[kind]
        return _Skip(f"lessonapp has no {plural}", "warning", self.label(singular, title, text))

    def build(self, text: str, title: str, line: int) -> ImportedQuestion:
        self.current = self.label("question", title, text)  # names the question in warnings about its texts
        open_at, close_at = text.find("{"), text.find("}")
        if open_at < 0 and close_at < 0:
            raise self.unsupported("description", title, text)
        if open_at < 0 or close_at < open_at:
            raise _Skip("a '{' or '}' is missing or out of place (write \\{ or \\} for a brace in the text)",
                        "error")
        before, answers, after = text[:open_at], text[open_at + 1:close_at].strip(), text[close_at + 1:]
        if "{" in after or "}" in after:
            raise _Skip("more than one answer block '{...}' (write \\{ or \\} for a brace in the text)",
                        "error")
        general = ""
        gf_at = answers.rfind("####")
        if gf_at >= 0:
            general, answers = answers[gf_at + 4:], answers[:gf_at].strip()
        body, fmt = _split_format(before.strip(), "moodle")
        kind = self.kind(answers)
        if kind in ("essay", "numerical", "matching", "shortanswer"):
            raise self.unsupported(kind, title, text)

        tail = after.strip()
        has_words = re.search(r"\w", escape_post(tail)) is not None
        if has_words and self.missing_word != "blank":
            raise self.unsupported("missingword", title, text)
        prompt = self.markdown(body, fmt, line, title)
        if tail and not has_words and re.search(r"[.?!:]$", body.rstrip()):
            self.warn(line, f"{self.label('question', title, text)}: ignored {escape_post(tail)!r} after the "
                            "answers")
        elif tail:
            tail_md = self.markdown(tail, fmt, line, title)
            before_blank = " " if prompt else ""
            after_blank = " " if re.match(r"\w", tail_md) else ""
            prompt = f"{prompt}{before_blank}_____{after_blank}{tail_md}"
        if not prompt.strip():
            raise _Skip("the question has no text", "error")

        explanation = self.markdown(general, fmt, line, title) if general.strip() else ""
        if kind == "truefalse":
            question = self.true_false(answers, fmt, prompt, explanation, line, title)
        else:
            question = self.choices(answers, fmt, prompt, explanation, line, title, text)
        question.id = self.ids.make(title)
        return question

    @staticmethod
    def kind(answers: str) -> str:
        if answers == "":
            return "essay"
        if answers.startswith("#"):
            return "numerical"
        if "~" in answers:
            return "multichoice"
        if "=" in answers and "->" in answers:
            return "matching"
        if answers.split("#", 1)[0].strip().upper() in _TF:
            return "truefalse"
        return "shortanswer"

    def markdown(self, text: str, fmt: str, line: int, title: str) -> str:
        text, fmt = _split_format(text.strip(), fmt)
        converted, dropped = to_markdown(escape_post(text), fmt)
        self.note_dropped(dropped, line)
        return converted

    def plain(self, text: str, fmt: str, line: int, title: str) -> str:
        text, fmt = _split_format(text.strip(), fmt)
        converted, dropped = to_plain(escape_post(text), fmt)
        self.note_dropped(dropped, line)
        return converted

    def note_dropped(self, dropped: list[str], line: int) -> None:
        """A warning for each line where a text lost something (images, media,
        links' addresses, formatting), naming what; the question's line when
        it cannot be told."""
        by_line: dict[int, list[str]] = {}
        for what in dropped:
            by_line.setdefault(self.line_of(what, line), []).append(what)
        for where, lost in sorted(by_line.items()):
            self.warn(where, f"{self.current}: left out {', '.join(lost)} (a lesson cannot hold it; add it by hand "
                             "if it matters)")

    def line_of(self, what: str, default: int) -> int:
        """The first line of the question holding the address or the tag that `what` names."""
        quoted, tag = re.search(r'"(.+?)"', what), re.search(r"<(\w+)>", what)
        if quoted:
            needle = quoted.group(1).rstrip("…")
        elif tag:
            needle = f"<{tag.group(1)}"
        else:  # "an image", "the layout of a table"
            needle = "<t" if "table" in what else "<img"
        return next((n for n, text in self.lines if needle.lower() in text.lower()), default)

    def true_false(self, answers: str, fmt: str, prompt: str, explanation: str, line: int,
                   title: str) -> ImportedQuestion:
        bits = answers.split("#", 2)
        value = _TF[bits[0].strip().upper()]
        wrong = self.markdown(bits[1], fmt, line, title) if len(bits) > 1 else ""
        right = self.markdown(bits[2], fmt, line, title) if len(bits) > 2 else ""
        true_fb, false_fb = (right, wrong) if value else (wrong, right)
        parts = [explanation] if explanation else []
        if true_fb:
            parts.append(f"If you answered True: {true_fb}")
        if false_fb:
            parts.append(f"If you answered False: {false_fb}")
        return ImportedQuestion(id="", type="true_false", prompt=prompt, line=line, answer=value,
                                explanation="\n\n".join(parts), title=title)

    def choices(self, answers: str, fmt: str, prompt: str, explanation: str, line: int, title: str,
                text: str) -> ImportedQuestion:
        parts = re.split(r"(?=[~=])", answers)
        first = parts[0].strip() if parts else ""
        if first:
            raise _Skip(f"text {escape_post(first)!r} comes before the first ~ or = answer", "error")
        parsed: list[tuple[float, str, str]] = []  # weight, text, feedback
        has_equals = False
        for part in parts[1:]:
            mark, rest = part[0], part[1:].strip()
            weight = 100.0 if mark == "=" else 0.0
            has_equals = has_equals or mark == "="
            match = _WEIGHT.match(rest)
            if match:
                weight = float(match.group(1))
                rest = rest[match.end():].strip()
            answer_text, _, feedback = rest.partition("#")
            choice_text = self.plain(answer_text, fmt, line, title)
            if not choice_text:
                raise _Skip("an answer is empty", "error")
            parsed.append((weight, choice_text, self.plain(feedback, fmt, line, title) if feedback else ""))
        if len(parsed) < 2:
            raise _Skip("a choice question needs at least two answers", "error")
        keys = [choice_key(t) for _, t, _ in parsed]
        duplicates = [t for (_, t, _), key in zip(parsed, keys) if keys.count(key) > 1]
        if duplicates:
            raise _Skip(f"the answer {duplicates[0]!r} is written twice; choices must differ", "warning")

        weights = [w for w, _, _ in parsed]
        if any(abs(w) > 100 for w in weights):
            raise _Skip(f"the weight {yaml_number(next(w for w in weights if abs(w) > 100))}% is out of range; "
                        "weights go from -100% to 100%", "error")
        scoring = None
        if has_equals:  # Moodle: one answer is picked, and scores its weight
            qtype = "single"
            if max(weights) != 100:
                raise _Skip("no answer is fully right (= or %100%)", "error")
            plain = sorted(weights) == [0.0] * (len(weights) - 1) + [100.0]
        else:  # Moodle: several answers may be picked, their weights are added up
            qtype = "multiple"
            total = sum(w for w in weights if w > 0)
            if total <= 0:
                raise _Skip("no answer has a positive weight, so none is right", "error")
            if abs(total - 100) >= 0.5:
                raise _Skip(f"the positive weights add up to {yaml_number(total)}%, not 100%, so no set of answers "
                            "gets full marks (Moodle refuses such a question too)", "error")
            plain = False
        # Weights written only where `correct: true` cannot say the same.
        choices = [ImportedChoice(t, w > 0, f, None if plain else w) for w, t, f in parsed]
        return ImportedQuestion(id="", type=qtype, prompt=prompt, line=line, choices=choices, scoring=scoring,
                                explanation=explanation, title=title,
                                shuffle=False if refers_to_other_choices(choices) else None)


def parse_gift(text: str, path: Path = Path("<gift>"), *, missing_word: str = "skip") -> Bank:
    """Every question of a GIFT text. `missing_word`: "skip" (default) or
    "blank" (import missing-word questions with `_____` in the prompt)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = PRIVATE_MARKS.sub("\ufffd", text)  # the characters used as placeholders while parsing
    return _Parser(path, missing_word).run(text)
