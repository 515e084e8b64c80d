"""Screen 4: the quiz, one question at a time. A view: the QuizController drives it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from lessonapp.content.model import Lesson, Page
from lessonapp.quiz.session import ShownQuestion
from lessonapp.ui import accessibility
from lessonapp.ui.accessibility import announce, set_shown_text
from lessonapp.ui.choice_button import ChoiceButton
from lessonapp.ui.page_view import show_page
from lessonapp.ui.reading_view import ReadingView, markdown_label
from lessonapp.ui.translations import screen_direction
from lessonapp.ui.widgets import Screen, button, card, label, scroll
from lessonapp.ui.wording import fill

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_DIGIT_TEXTS = {str(n) for n in range(1, 10)}


class QuizScreen(Screen):
    """Shows a question with numbered choices, then (optionally) its feedback.

    Signals: action_requested (Enter or the main button: check, then next),
    leave_requested (Esc or Leave), reread_requested, reread_closed.
    Keys 1-9 pick the choice shown with that number.
    """

    action_requested = Signal()
    leave_requested = Signal()
    reread_requested = Signal()
    reread_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessibility.install()
        self.choices: list[ChoiceButton] = []
        self._instruction = ""  # the hint under the prompt when nothing is wrong
        self.spoken_question = ""  # what a screen reader is told on arriving at the question
        self.spoken_feedback = ""  # ... and after checking the answer
        self._group: QButtonGroup | None = None
        self._locked = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.lesson_title = label("", role="muted", heading=True)
        top.addWidget(self.lesson_title, 1)
        self.timer = label("", role="timer", wrap=False)
        self.timer.hide()
        top.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.counter = label("", role="counter")
        outer.addWidget(self.counter)

        pages = QWidget()  # not a QStackedWidget: see MainWindow
        self.stack = QStackedLayout(pages)
        outer.addWidget(pages, 1)
        self.stack.addWidget(self._build_question_page())
        self.stack.addWidget(self._build_reread_page())
        self._connect_signals()

    def _build_question_page(self) -> QWidget:
        body = QWidget()
        body.setObjectName("screen-body")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 4, 8, 4)
        column.setSpacing(12)
        self.prompt = markdown_label("", role="prompt")
        column.addWidget(self.prompt)
        self.hint = label("", role="muted")
        column.addWidget(self.hint)
        self.choice_box = QVBoxLayout()
        self.choice_box.setSpacing(10)
        column.addLayout(self.choice_box)

        self.feedback = card()
        # Tab reaches the feedback, and a screen reader reads it whole there (name: the verdict).
        self.feedback.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        fb = QVBoxLayout(self.feedback)
        fb.setContentsMargins(20, 16, 20, 16)
        fb.setSpacing(8)
        self.verdict = label("", role="verdict-right")
        fb.addWidget(self.verdict)
        self.choice_feedback = label("")
        fb.addWidget(self.choice_feedback)
        self.right_answer = label("", role="right-answer")
        fb.addWidget(self.right_answer)
        self.explanation = markdown_label("")
        fb.addWidget(self.explanation)
        self.quote = label("", role="quote")
        fb.addWidget(self.quote)
        self.reread_button = button("")
        rr = QHBoxLayout()
        rr.addWidget(self.reread_button)
        rr.addStretch(1)
        fb.addLayout(rr)
        self.feedback.hide()
        column.addWidget(self.feedback)
        column.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.question_scroll = scroll(body, self.tr("Question"))
        layout.addWidget(self.question_scroll, 1)
        self.leave_button = button(self.tr("Leave the quiz"))
        self.action_button = button(self.tr("Check"), primary=True)
        row = QHBoxLayout()
        row.addWidget(self.leave_button)
        row.addStretch(1)
        row.addWidget(self.action_button)
        layout.addLayout(row)
        return page

    def _build_reread_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.reread_title = label("", role="subtitle")
        layout.addWidget(self.reread_title)
        self.reader = ReadingView(self.tr("Page to re-read"))
        layout.addWidget(self.reader, 1)
        self.back_to_question = button(self.tr("Back to the question"), primary=True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_to_question)
        layout.addLayout(row)
        return page

    def _connect_signals(self) -> None:
        self.action_button.clicked.connect(self.action_requested)
        self.leave_button.clicked.connect(self.leave_requested)
        self.reread_button.clicked.connect(self.reread_requested)
        self.back_to_question.clicked.connect(self.reread_closed)
        self.escape_pressed.connect(self.on_self_escape_pressed)

    # -- driven by the controller --------------------------------------------------

    def set_lesson(self, lesson: Lesson) -> None:
        self.setLayoutDirection(screen_direction(lesson.right_to_left))  # the app's words read in order too
        self.lesson_title.setText(fill(self.tr("Quiz: {0}"), lesson.title))
        self.lesson_title.setAccessibleName(self.lesson_title.text())
        self.prompt.lesson = self.explanation.lesson = lesson  # whose pictures they may show

    def show_question(self, shown: ShownQuestion, number: int, total: int) -> None:
        question = shown.question
        self.stack.setCurrentIndex(0)
        self.counter.setText(self.tr("Question {0} of {1}").format(number, total))
        self.counter.setAccessibleName(self.counter.text())
        self.prompt.setText(question.prompt)
        self.prompt.setAccessibleName(question.prompt)
        for b in self.choices:
            self.choice_box.removeWidget(b)
            b.deleteLater()
        self.choices = []
        if self._group is not None:
            self._group.deleteLater()
        self._group = QButtonGroup(self)
        self._group.setExclusive(question.type != "multiple")
        for position, file_index in enumerate(shown.choice_order):
            text = question.choices[file_index].text
            if question.type == "true_false":
                text = self.tr("True") if file_index == 0 else self.tr("False")
            choice = ChoiceButton(position + 1, text, multiple=question.type == "multiple")
            self._group.addButton(choice, position)
            self.choice_box.addWidget(choice)
            choice.show()  # now, not on the next event loop turn, so it can take focus
            self.choices.append(choice)
        count = len(self.choices)
        if question.type == "multiple":
            self.hint.setText(self.tr("Choose all that apply (keys 1–{0}), then press Enter.").format(count))
            how = self.tr("choose all that apply")
        else:
            self.hint.setText(self.tr("Choose one answer (keys 1–{0}), then press Enter.").format(count))
            how = self.tr("choose one")
        self._set_hint(self.hint.text())
        self.spoken_question = self.tr("{0}, {1}: {2}").format(self.counter.text(), how, _plain(question.prompt))
        self._locked = False
        self.feedback.hide()
        self.question_scroll.verticalScrollBar().setValue(0)
        if self.choices:
            self.choices[0].setFocus()
        # Renamed once the focus has left it: Orca spoke "Check the answer" before the question.
        self.action_button.setText(self.tr("Check"))
        self.action_button.setAccessibleName(self.tr("Check the answer"))
        # Focus moving to choice 1 says only the choice: the question itself is announced.
        announce(self, self.spoken_question)

    def toggle(self, position: int) -> None:
        """Pick (single) or toggle (multiple) the choice at this 0-based position."""
        if self._locked or not 0 <= position < len(self.choices):
            return
        choice = self.choices[position]
        if self._group is not None and self._group.exclusive():
            choice.setChecked(True)
        else:
            choice.setChecked(not choice.isChecked())
        choice.setFocus()

    def chosen_positions(self) -> frozenset[int]:
        return frozenset(i for i, b in enumerate(self.choices) if b.isChecked())

    def show_hint(self, text: str) -> None:
        """A problem (no answer picked, an answer not saved), in red until the answer is checked."""
        self._set_hint(text, role="error")
        announce(self, text, assertive=True)

    def _set_hint(self, text: str, role: str = "muted") -> None:
        if role == "muted":
            self._instruction = text
        self.hint.setText(text)
        self.hint.setAccessibleName(text)
        self.hint.setObjectName(role)
        self._repolish(self.hint)

    def lock_choices(self, states: dict[int, str], action_text: str) -> None:
        """After checking: colour the choices (position -> right/wrong/missed) and
        turn the main button into "Next"."""
        self._locked = True
        self._set_hint(self._instruction)  # "Pick an answer first" is answered now
        for position, b in enumerate(self.choices):
            b.set_state(states.get(position, ""))
            b.lock()  # not disabled: Tab and a screen reader still reach each choice and its mark
        self.action_button.setText(action_text)
        self.action_button.setAccessibleName(action_text)
        self.action_button.setFocus()

    def show_feedback(
        self,
        correct: bool,
        choice_feedback: str,
        explanation: str,
        quote: str,
        see_title: str | None,
        right_answer: str,
        *,
        partly: str | None = None,
    ) -> None:
        """partly: the verdict of an answer with some of the points ("Partly right: 0.5 of 1 point.")."""
        verdict = self.tr("Right!") if correct else (partly or self.tr("Not quite."))
        # Shown before it is filled: a screen reader that first sees a label while it is
        # hidden never learns it became visible (accessibility.py, set_shown_text).
        self.feedback.show()
        self.verdict.setObjectName("verdict-right" if correct else "verdict-wrong")
        self._repolish(self.verdict)
        set_shown_text(self.verdict, verdict)
        self.verdict.setAccessibleDescription(right_answer)
        set_shown_text(self.choice_feedback, choice_feedback)
        set_shown_text(self.right_answer, "" if correct else right_answer)
        set_shown_text(self.explanation, explanation)
        set_shown_text(self.quote, fill(self.tr("From the article: “{0}”"), quote) if quote else "")
        self.reread_button.setVisible(see_title is not None)
        if see_title is not None:  # once shown
            text = fill(self.tr("Re-read: {0}"), see_title)
            self.reread_button.setText(text)
            self.reread_button.setAccessibleName(text)
        spoken = [verdict, choice_feedback, self.right_answer.text(), explanation, self.quote.text()]
        self.spoken_feedback = " ".join(_plain(part) for part in spoken if part)
        self.feedback.setAccessibleName(self.tr("Feedback: {0}").format(verdict))
        self.feedback.setAccessibleDescription(" ".join(_plain(part) for part in spoken[1:] if part))
        self._scroll_to_feedback()
        announce(self, self.spoken_feedback)

    def _scroll_to_feedback(self) -> None:
        """The feedback is below the choices: once laid out, scroll so that its start and, when it
        fits, its end (the Re-read button) are in view."""

        def scroll() -> None:
            if self.feedback.isVisible():
                last = self.reread_button if self.reread_button.isVisible() else self.feedback
                self.question_scroll.ensureWidgetVisible(last, 0, 16)
                self.question_scroll.ensureWidgetVisible(self.verdict, 0, 16)

        QTimer.singleShot(0, scroll)

    def show_reread(self, lesson: Lesson, page: Page) -> None:
        self.stack.setCurrentIndex(1)  # shown first, then filled (see show_feedback)
        self.reread_title.setText(page.title)
        self.reread_title.setAccessibleName(page.title)
        show_page(self.reader, lesson, page)
        self.back_to_question.setFocus()

    def show_question_view(self) -> None:
        self.stack.setCurrentIndex(0)
        (self.reread_button if self.reread_button.isVisible() else self.action_button).setFocus()

    def set_timer(self, text: str | None) -> None:
        self.timer.setVisible(text is not None)
        if text is not None:
            self.timer.setText(text)
            self.timer.setAccessibleName(self.tr("Time left {0}").format(text))

    @property
    def rereading(self) -> bool:
        return self.stack.currentIndex() == 1

    # -- keys --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        # By the character typed: on an AZERTY keyboard the digits need Shift.
        digit = event.text() if event.text() in _DIGIT_TEXTS else None
        if digit is None and plain and key in _DIGITS:
            digit = str(_DIGITS[key])
        if digit is not None and not self.rereading and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.toggle(int(digit) - 1)
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.rereading:
            self.action_requested.emit()
            return
        super().keyPressEvent(event)

    def on_self_escape_pressed(self) -> None:
        if self.rereading:
            self.reread_closed.emit()
        else:
            self.leave_requested.emit()

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _plain(markdown: str) -> str:
    """Markdown as one line to be spoken: no emphasis marks, no line breaks."""
    return " ".join(markdown.replace("**", "").replace("__", "").replace("`", "").split())
