"""Screen 5: results — the score, pass or not, and every question reviewed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from lessonapp.content.model import Lesson, Question
from lessonapp.quiz.session import QuizSession
from lessonapp.ui import accessibility
from lessonapp.ui.button_rows import ButtonRows
from lessonapp.ui.reading_view import ReadingView
from lessonapp.ui.translations import screen_direction
from lessonapp.ui.widgets import Screen, button, label, percent_text
from lessonapp.ui.wording import fill, isolate


class ResultsScreen(Screen):
    """Emits retry_missed(), take_again() and back_requested() (Esc too)."""

    retry_missed = Signal()
    take_again = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessibility.install()
        self.spoken = ""  # what a screen reader is told on arriving here
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(10)
        self.title = label("", role="muted", heading=True)
        layout.addWidget(self.title)
        top = QHBoxLayout()
        top.setSpacing(24)
        self.score = label("", role="score", wrap=False)
        top.addWidget(self.score, 0, Qt.AlignmentFlag.AlignVCenter)
        verdict = QVBoxLayout()
        self.verdict = label("", role="subtitle", heading=True)  # its role changes with the verdict
        verdict.addWidget(self.verdict)
        self.points = label("", role="muted")
        verdict.addWidget(self.points)
        top.addLayout(verdict, 1)
        layout.addLayout(top)
        self.review = ReadingView(self.tr("Your answers"))
        layout.addWidget(self.review, 1)
        self.retry_button = button(self.tr("Retry the ones I missed"), primary=True)
        self.again_button = button(self.tr("Take it again"))
        self.library_button = button(self.tr("Library"), self.tr("Back to the library"))
        self.button_rows = ButtonRows([self.library_button], [self.again_button, self.retry_button])
        self.button_rows.add_to(layout)
        self.retry_button.clicked.connect(self.retry_missed)
        self.again_button.clicked.connect(self.take_again)
        self.library_button.clicked.connect(self.back_requested)
        self.escape_pressed.connect(self.back_requested)

    def show_results(
        self,
        lesson: Lesson,
        session: QuizSession,
        *,
        practice: bool = False,
        standing: float | None = None,
        show_scores: bool = True,
    ) -> None:
        """practice: a retry of the missed questions, which never counts as the
        lesson's result; standing is then the lesson's best percent (None when no
        whole attempt is finished). show_scores False: no percent, verdict or points."""
        self.setLayoutDirection(screen_direction(lesson.right_to_left))  # the app's words read in order too
        self._show_scores = show_scores
        heading = self.tr("Practice: {0}") if practice else self.tr("Results: {0}")
        self.title.setText(fill(heading, lesson.title))
        self.title.setAccessibleName(self.title.text())
        right = sum(1 for g in session.grades if g.correct)
        asked = len(session.questions)
        pass_mark = session.quiz.pass_mark
        if practice:
            self._show_practice(right, asked, standing, pass_mark)
        elif show_scores:
            self.score.setText(f"{percent_text(session.percent)}%")
            self.score.setAccessibleName(self.tr("Score {0} percent").format(percent_text(session.percent)))
            if session.passed:
                self._set_verdict(self.tr("Passed — well done!"), "verdict-right")
            else:
                self._set_verdict(
                    self.tr("Not passed yet: you need {0}% to pass.").format(f"{pass_mark:g}"), "verdict-wrong"
                )
            self.points.setText(" · ".join((
                self._points_text(session.score, session.max_score),
                self.tr("{0} of %n question(s) right", "", asked).format(right),
                self.tr("pass mark {0}%").format(f"{pass_mark:g}"),
            )))
        else:
            self._set_verdict(self.tr("You have finished the quiz."), "subtitle")
            self.points.setText(self.tr("Your answers and the right ones are below."))
        self.score.setVisible(show_scores or practice)
        self.points.setAccessibleName(self.points.text())
        self.review.setHtml(self._review_html(session))
        missed = bool(session.missed_ids)
        self.retry_button.setEnabled(missed)
        self.retry_button.setObjectName("primary" if missed else "")
        self.again_button.setObjectName("" if missed else "primary")
        for b in (self.retry_button, self.again_button):
            b.style().unpolish(b)
            b.style().polish(b)
        self.button_rows.arrange()  # the primary button's bold text is wider
        (self.retry_button if missed else self.again_button).setFocus()
        # Focus lands on a button: the score and the verdict are announced, or they would go unheard.
        shown = [self.title.text(), self.score.accessibleName() if self.score.isVisibleTo(self) else ""]
        shown += [self.verdict.text(), self.points.text()]
        self.spoken = " ".join(_sentence(part) for part in shown if part)
        accessibility.announce(self, self.spoken)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.button_rows.arrange()  # the text size changed

    def _show_practice(self, right: int, asked: int, standing: float | None, pass_mark: float) -> None:
        """A retry is practice: how many of the missed ones are now right, and what the lesson's result stays."""
        self.score.setText(self.tr("{0} of {1}").format(right, asked))
        self.score.setAccessibleName(self.tr("{0} of {1} right").format(right, asked))
        if right == asked:
            verdict = self.tr("All %n question(s) you missed are now right.", "", asked)
        elif right == 0:
            verdict = self.tr("None of the %n question(s) you missed is right yet.", "", asked)
        else:
            verdict = self.tr("Now right: {0} of the %n question(s) you missed.", "", asked).format(right)
        self._set_verdict(verdict, "subtitle")
        if not self._show_scores:
            note = self.tr("This was practice: it does not change your result for this lesson.")
        elif standing is None:
            note = self.tr("This was practice: take the whole quiz to get a result for this lesson.")
        elif standing + 1e-9 >= pass_mark:
            note = self.tr("This was practice. Your result for this lesson stays {0}%.").format(percent_text(standing))
        else:
            note = self.tr(
                "This was practice. Your result for this lesson stays {0}%: take the whole quiz again to pass."
            ).format(percent_text(standing))
        self.points.setText(note)

    def _points_text(self, score: float, max_score: float) -> str:
        """ "7 of 8 points", "1 of 1 point", "2.5 of 3.5 points" (a total that is not whole takes the plural)."""
        if float(max_score).is_integer():
            return self.tr("{0} of %n point(s)", "", int(max_score)).format(_num(score))
        return self.tr("{0} of {1} points").format(_num(score), _num(max_score))

    def _set_verdict(self, text: str, role: str) -> None:
        self.verdict.setText(text)
        self.verdict.setObjectName(role)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict.setAccessibleName(text)

    def _choice_names(self, question: Question, indices) -> list[str]:
        names = []
        for i in sorted(indices):
            if question.type == "true_false":
                names.append(self.tr("True") if i == 0 else self.tr("False"))
            else:
                names.append(question.choices[i].text)
        return names

    def _choices_html(self, label_text: str, names: list[str], *, bold: bool = False) -> str:
        """One answer on its line; several as a list, each choice's text kept whole."""
        tag = ("<b>", "</b>") if bold else ("", "")
        if not names:
            return f"<p>{escape(label_text)} {escape(self.tr('(no answer)'))}</p>"
        if len(names) == 1:
            return f"<p>{escape(label_text)} {tag[0]}{escape(isolate(names[0]))}{tag[1]}</p>"
        items = "".join(f"<li>{tag[0]}{escape(isolate(n))}{tag[1]}</li>" for n in names)
        return f"<p>{escape(label_text)}</p><ul>{items}</ul>"

    def _mark(self, question: Question, result) -> tuple[str, str]:
        """The verdict of one answer and its colour (right, partly, wrong)."""
        if result is None:
            return self.tr("Not answered"), "wrong"
        if result.correct:
            return self.tr("Right"), "right"
        if result.points > 0 or (question.scoring == "partial" and result.chosen & question.correct_indices):
            if not self._show_scores:
                return self.tr("Partly right"), "partly"
            return (
                self.tr("Partly right: {0} of %n point(s)", "", int(result.max_points)).format(_num(result.points))
                if float(result.max_points).is_integer()
                else self.tr("Partly right: {0} of {1} points").format(_num(result.points), _num(result.max_points))
            ), "partly"
        return self.tr("Wrong"), "wrong"

    def _review_html(self, session: QuizSession) -> str:
        parts = []
        for number, shown in enumerate(session.questions, start=1):
            question = shown.question
            result = session.grade_for(question.id)
            mark, colour = self._mark(question, result)
            symbol = {"right": "✓", "partly": "◐"}.get(colour, "✗")
            parts.append(f"<h3>{number}. {escape(_plain(question.prompt))}</h3><p><b>{symbol} {escape(mark)}</b></p>")
            chosen = self._choice_names(question, result.chosen if result else ())
            parts.append(self._choices_html(self.tr("Your answer:", "", len(chosen)), chosen))
            if result is None or not result.correct:
                right = self._choice_names(question, question.full_marks_indices)
                parts.append(self._choices_html(self.tr("The right answer:", "", len(right)), right, bold=True))
                partly = self._choice_names(question, question.partly_right_indices)
                if partly:  # a choice with a weight under 100%: some of the points, not the right answer
                    parts.append(self._choices_html(self.tr("Partly right:"), partly))
            if question.explanation:
                parts.append(f"<p>{escape(question.explanation)}</p>")
            if question.quote:
                quote = fill(self.tr("From the article: “{0}”"), question.quote)
                parts.append(f"<p><i>{escape(quote)}</i></p>")
        return "".join(parts)


def _plain(markdown: str) -> str:
    """A prompt's Markdown reduced to a one-line heading."""
    return " ".join(markdown.replace("**", "").replace("__", "").replace("`", "").split())


def _sentence(text: str) -> str:
    """Text ending in a full stop (or its own mark), so that a screen reader pauses after it."""
    return text if text.endswith((".", "!", "?", ":")) else text + "."


def _num(value: float) -> str:
    """4.333333 -> "4.33", 5.0 -> "5"."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
