"""Putting text into a translated sentence, and showing the sentences made outside the UI.

A lesson's title, a student's name, a choice or a folder set inside a
translated sentence is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL
ISOLATE (U+2068 ... U+2069): it reads in its own direction, and its end
punctuation stays on its own side, whatever the sentence's language (an
English answer inside an Arabic sentence). Only on screen: exports, xAPI
statements and the log are written from the plain text, never through here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lessonapp.words import Words, message_of

FSI = "\u2068"
PDI = "\u2069"


def isolate(text: object) -> str:
    """``text`` set apart from the sentence around it (see the module)."""
    return f"{FSI}{text}{PDI}"


def fill(template: str, *args: object) -> str:
    """A translated template's {0}, {1}... filled in: each text isolated; a
    number (or a text of digits and signs alone, "1,200") as it is, in Western
    digits as everywhere in the app."""
    return template.format(*(isolate(arg) if _has_letters(arg) else arg for arg in args))


def _has_letters(arg: object) -> bool:
    return isinstance(arg, str) and any(char.isalpha() for char in arg)


def translated(text: object) -> str:
    """What the window shows for a message: a ``Words`` (or an error made from
    one) in the language the app speaks, its arguments translated in turn and
    isolated; any other text as it is."""
    if isinstance(text, BaseException):
        text = message_of(text)
    if not isinstance(text, Words):
        return str(text)
    template = QCoreApplication.translate(text.context, text.template)
    return fill(template, *(translated(arg) if isinstance(arg, Words) else arg for arg in text.args))


def problem_line(problem, where: str | None = None) -> str:
    """One problem of a lesson or settings file as the window shows it:
    "lesson.yaml, line 4: ..." in the app's language (``where``: the file as
    named on screen, by default its path)."""
    where = str(problem.path) if where is None else where
    message = translated(problem.message)
    translate = QCoreApplication.translate
    if problem.severity == "warning":
        if problem.line:
            return fill(translate("problems", "{0}, line {1}, warning: {2}"), where, problem.line, message)
        return fill(translate("problems", "{0}, warning: {1}"), where, message)
    if problem.line:
        return fill(translate("problems", "{0}, line {1}: {2}"), where, problem.line, message)
    return fill(translate("problems", "{0}: {1}"), where, message)
