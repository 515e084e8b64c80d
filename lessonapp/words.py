"""Sentences made outside the UI that the window shows in the student's language.

NO Qt: content, quiz, store and classroom build their messages here. A
``Words`` is the English sentence itself (a ``str``: the command line, the log
and the tests read it as before) that keeps the template it was filled from,
the context that template is translated in, and its arguments:

    Words("store", "The disk that holds {0} is full.", folder)

The window translates the template at display time (ui/wording.py: ``translated``),
with QCoreApplication.translate(context, template), and fills in the arguments,
each set apart for right-to-left text. scripts/update_translations.py collects
every ``Words(...)`` of the code into the shipped .ts files, so its context and
template must be written as plain string literals.
"""

from __future__ import annotations


class Words(str):
    """An English sentence that can be shown translated (see the module)."""

    context: str
    template: str
    args: tuple

    def __new__(cls, context: str, template: str, *args: object) -> Words:
        self = super().__new__(cls, template.format(*args))
        self.context = context
        self.template = template
        self.args = args
        return self

    def __reduce__(self):  # copied and pickled whole: __new__ needs the template, not the English
        return (Words, (self.context, self.template, *self.args))


def message_of(error: BaseException) -> str:
    """An error's message: its ``Words`` when it was raised with one, else its text."""
    if len(error.args) == 1 and isinstance(error.args[0], Words):
        return error.args[0]
    return str(error)
