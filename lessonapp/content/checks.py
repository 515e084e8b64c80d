"""Generic checks of a YAML mapping against a Spec: known keys, required
keys, types and ranges. Each problem is reported where it was written."""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable
from pathlib import Path

from lessonapp.words import Words

from .model import Problem
from .spec import ID_PATTERN, LANGUAGE_PATTERN, Key, Spec
from .yamlparse import Mark, Scalar, YList, YMap

_ID = re.compile(ID_PATTERN)
_LANGUAGE = re.compile(LANGUAGE_PATTERN)

_KIND_WORDS = {
    "text": Words("content", "text"),
    "id": Words("content", "an id (lowercase letters, digits and hyphens)"),
    "language": Words("content", "a language tag such as en or ar"),
    "integer": Words("content", "a whole number"),
    "number": Words("content", "a number"),
    "boolean": Words("content", "true or false"),
    "enum": Words("content", "one of the listed words"),
    "text_list": Words("content", "a list of texts"),
    "id_list": Words("content", "a list of ids"),
    "path": Words("content", "a file path"),
    "object": Words("content", "a mapping of keys"),
    "object_list": Words("content", "a list"),
}


class Report:
    """Collects the problems of one file."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[Problem] = []

    def error(self, mark: Mark, message: str) -> None:
        self.problems.append(Problem(self.path, mark.line, mark.column, message, "error"))

    def warning(self, mark: Mark, message: str) -> None:
        self.problems.append(Problem(self.path, mark.line, mark.column, message, "warning"))

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def unknown_key(name: str, where: str, known: list[str]) -> Words:
    """The message for a key not in ``known``, with the closest known key, or all of them."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if close:
        return Words("content", 'unknown key "{0}" in {1}; did you mean "{2}"?', name, where, close[0])
    return Words("content", 'unknown key "{0}" in {1}; known keys here: {2}', name, where, ", ".join(known))


# What a message calls a mapping, or a function giving it: most mappings are
# fine, and naming each of 20,000 choices would cost more than checking them.
Where = str | Callable[[], str]


def check_mapping(value, spec: Spec, where: Where, mark: Mark | Callable[[], Mark], report: Report) -> dict | None:
    """The checked values of a mapping (keys that failed are left out), or
    None when the value is not a mapping at all. where (or a function giving
    it) names the mapping in messages; mark (or a function giving it) says
    where the value is, for when it is not a mapping."""
    if not isinstance(value, YMap):
        report.error(
            mark() if callable(mark) else mark,
            Words("content", "{0} must be {1}, not {2}", _name(where), _KIND_WORDS["object"], _describe(value)),
        )
        return None
    checked: dict = {}
    keys = spec.by_name
    for name, item in value.items():
        key = keys.get(name)
        if key is None:
            report.error(value.key_mark(name), unknown_key(str(name), _name(where), spec.names))
            continue
        # The common cases first, without a call: plain text and true/false.
        if item.__class__ is str and key.kind == "text" and (not key.non_empty or item.strip()):
            checked[name] = item
            continue
        if item.__class__ is bool and key.kind == "boolean":
            checked[name] = item
            continue
        if item.__class__ is Scalar and key.kind == "boolean" and item.value.__class__ is bool:  # true in a lesson file
            checked[name] = item.value
            continue
        result = check_value(item, key, where, lambda name=name: value.value_mark(name), report)
        if result is not _INVALID:
            checked[name] = result
    for key in spec.keys:
        if key.required and key.name not in value:
            report.error(
                value.mark,
                Words("content", '{0} is missing the required key "{1}" ({2})', _name(where), key.name, key.doc),
            )
    return checked


_INVALID = object()


def _name(where: Where) -> str:
    return where() if callable(where) else where


def _boolean(value) -> bool | None:
    """What a yes/no/true/false/on/off/y/n word means, or None for any other value.
    Lesson files keep such words as a Scalar: text where text is expected."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Scalar) and isinstance(value.value, bool):
        return value.value
    return None


def check_value(value, key: Key, where: Where, locate: Callable[[], Mark], report: Report):
    """The value converted to its Python type, or _INVALID after reporting.
    locate gives the value's mark; it is only worked out for a message."""
    kind = key.kind

    def label() -> Words:  # only for a message: most values are fine, and a Words costs a call
        return Words("content", '"{0}" in {1}', key.name, _name(where))

    flag = _boolean(value)

    def wrong(expected: str | None = None) -> object:
        expected = expected or _KIND_WORDS[kind]
        if flag is not None and kind in ("text", "path", "language"):
            message = Words(
                "content",
                "{0} must be {1}, not {2}; YAML reads yes/no/y/n/true/false/on/off as true or false: "
                "put the text in quotes",
                label(),
                expected,
                _describe(value),
            )
        elif value is None:
            message = Words("content", "{0} must be {1}, not {2}; it is empty", label(), expected, _describe(value))
        else:
            message = Words("content", "{0} must be {1}, not {2}", label(), expected, _describe(value))
        report.error(locate(), message)
        return _INVALID

    if kind in ("text", "path"):
        # A word YAML reads as true or false is the text typed (`- text: Yes`), but never a file name.
        if not isinstance(value, str) or kind == "path" and flag is not None:
            return wrong()
        text = str(value)
        if key.non_empty and not text.strip():
            report.error(locate(), Words("content", "{0} is empty; write some text", label()))
            return _INVALID
        return text
    if kind == "id":
        return _check_id(value, label, locate, report)
    if kind == "language":
        if not isinstance(value, str) or flag is not None or not _LANGUAGE.fullmatch(value):
            return wrong()
        return str(value)
    if kind == "boolean":
        return flag if flag is not None else wrong()
    if kind in ("integer", "number"):
        number = value.value if isinstance(value, Scalar) and flag is None else None
        if isinstance(number, float) and kind == "integer" and number.is_integer():
            number = int(number)
        if kind == "integer" and not isinstance(number, int) or kind == "number" and number is None:
            return wrong()
        if isinstance(number, float) and not math.isfinite(number):
            return wrong(Words("content", "a finite number"))
        return _check_range(number, key, label, locate, report)
    if kind == "enum":
        if value not in key.choices:
            choices = " | ".join(key.choices)
            close = difflib.get_close_matches(str(value), key.choices, n=1, cutoff=0.6)
            if close:
                message = Words(
                    "content",
                    '{0} must be one of {1}, not {2}; did you mean "{3}"?',
                    label(),
                    choices,
                    _describe(value),
                    close[0],
                )
            else:
                message = Words("content", "{0} must be one of {1}, not {2}", label(), choices, _describe(value))
            report.error(locate(), message)
            return _INVALID
        return str(value)
    if kind in ("text_list", "id_list"):
        if not isinstance(value, YList):
            return wrong()
        items = []
        for item, item_mark in zip(value, value.item_marks):
            if kind == "id_list":
                checked = _check_id(item, lambda: Words("content", "an entry of {0}", label()), lambda m=item_mark: m,
                                    report)
            elif isinstance(item, str):
                checked = str(item)
            else:
                if _boolean(item) is not None:
                    message = Words(
                        "content",
                        "each entry of {0} must be text, not {1}; YAML reads yes/no/y/n/true/false/on/off as "
                        "true or false: put the text in quotes",
                        label(),
                        _describe(item),
                    )
                else:
                    message = Words("content", "each entry of {0} must be text, not {1}", label(), _describe(item))
                report.error(item_mark, message)
                checked = _INVALID
            if checked is not _INVALID:
                items.append(checked)
        return tuple(items)
    if kind == "object":
        return value if isinstance(value, YMap) else wrong()
    if kind == "object_list":
        return value if isinstance(value, YList) else wrong()
    raise AssertionError(kind)


def _check_id(value, label: Callable[[], str], locate: Callable[[], Mark], report: Report):
    if not isinstance(value, str) or _boolean(value) is not None:
        if _boolean(value) is not None:
            message = Words(
                "content",
                "{0} must be an id (lowercase letters, digits and hyphens), not {1}; "
                "YAML reads yes/no/y/n/true/false/on/off as true or false: put the id in quotes",
                label(),
                _describe(value),
            )
        else:
            message = Words(
                "content", "{0} must be an id (lowercase letters, digits and hyphens), not {1}", label(),
                _describe(value),
            )
        report.error(locate(), message)
        return _INVALID
    if not _ID.fullmatch(value):
        fixed = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
        if fixed:
            message = Words(
                "content",
                '{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, '
                'starting with a letter or digit; for example "{2}"',
                label(),
                value,
                fixed,
            )
        else:
            message = Words(
                "content",
                '{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, '
                "starting with a letter or digit",
                label(),
                value,
            )
        report.error(locate(), message)
        return _INVALID
    return str(value)


def _check_range(number, key: Key, label: Callable[[], str], locate: Callable[[], Mark], report: Report):
    if key.minimum is not None and number < key.minimum or key.maximum is not None and number > key.maximum:
        if key.minimum == key.maximum:
            message = Words("content", "{0} is {1}; it must be {2}", label(), _fmt(number), _fmt(key.minimum))
        elif key.maximum is None:
            message = Words("content", "{0} is {1}; it must be at least {2}", label(), _fmt(number), _fmt(key.minimum))
        else:
            message = Words(
                "content",
                "{0} is {1}; it must be between {2} and {3}",
                label(),
                _fmt(number),
                _fmt(key.minimum),
                _fmt(key.maximum),
            )
        report.error(locate(), message)
        return _INVALID
    if key.exclusive_minimum is not None and number <= key.exclusive_minimum:
        report.error(
            locate(),
            Words(
                "content", "{0} is {1}; it must be more than {2}", label(), _fmt(number), _fmt(key.exclusive_minimum)
            ),
        )
        return _INVALID
    return number


def _fmt(number) -> str:
    return f"{number:g}" if isinstance(number, float) else str(number)


def _describe(value) -> str:
    if value is None:
        return Words("content", "nothing")
    if _boolean(value) is not None:
        return "true" if _boolean(value) else "false"
    if isinstance(value, Scalar):
        return Words("content", "the number {0}", str(value)) if isinstance(value.value, (int, float)) else f'"{value}"'
    if isinstance(value, str):
        return Words("content", 'the text "{0}"', value if len(value) < 40 else value[:37] + "...")
    if isinstance(value, YList):
        return Words("content", "a list")
    if isinstance(value, YMap):
        return Words("content", "a mapping")
    return type(value).__name__
