"""Screen 5: results — the score, pass or not, and every question reviewed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from lessonapp.content.model import Lesson, Question
from lessonapp.quiz.session import QuizSession
from lessonapp.ui.reading_view import ReadingView
from lessonapp.ui.widgets import Screen, button, label, percent_text


class ResultsScreen(Screen):
    """Emits retry_missed(), take_again() and back_requested() (Esc too)."""

    retry_missed = Signal()
    take_again = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(10)
        self.title = label("", role="muted")
        layout.addWidget(self.title)
        top = QHBoxLayout()
        top.setSpacing(24)
        self.score = label("", role="score", wrap=False)
        top.addWidget(self.score, 0, Qt.AlignmentFlag.AlignVCenter)
        verdict = QVBoxLayout()
        self.verdict = label("", role="subtitle")
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
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.library_button)
        row.addStretch(1)
        row.addWidget(self.again_button)
        row.addWidget(self.retry_button)
        layout.addLayout(row)
        self.retry_button.clicked.connect(self.retry_missed)
        self.again_button.clicked.connect(self.take_again)
        self.library_button.clicked.connect(self.back_requested)
        self.escape_pressed.connect(self.back_requested)

    def show_results(self, lesson: Lesson, session: QuizSession, *, retry: bool = False) -> None:
        direction = Qt.LayoutDirection.RightToLeft if lesson.right_to_left else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        heading = self.tr("Results: {0}") if not retry else self.tr("Results of the retry: {0}")
        self.title.setText(heading.format(lesson.title))
        self.title.setAccessibleName(self.title.text())
        self.score.setText(f"{percent_text(session.percent)}%")
        self.score.setAccessibleName(self.tr("Score {0} percent").format(percent_text(session.percent)))
        pass_mark = session.quiz.pass_mark
        if session.passed:
            verdict = self.tr("Passed — well done!")
        else:
            verdict = self.tr("Not passed yet: you need {0}% to pass.").format(f"{pass_mark:g}")
        self.verdict.setText(verdict)
        self.verdict.setObjectName("verdict-right" if session.passed else "verdict-wrong")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict.setAccessibleName(verdict)
        right = sum(1 for g in session.grades if g.correct)
        self.points.setText(
            self.tr("{0} of {1} points · {2} of {3} questions right · pass mark {4}%").format(
                _num(session.score), _num(session.max_score), right, len(session.questions), f"{pass_mark:g}"
            )
        )
        self.points.setAccessibleName(self.points.text())
        self.review.setHtml(self._review_html(session))
        missed = bool(session.missed_ids)
        self.retry_button.setEnabled(missed)
        self.retry_button.setObjectName("primary" if missed else "")
        self.again_button.setObjectName("" if missed else "primary")
        for b in (self.retry_button, self.again_button):
            b.style().unpolish(b)
            b.style().polish(b)
        (self.retry_button if missed else self.again_button).setFocus()

    def _choice_texts(self, question: Question, indices) -> str:
        if not indices:
            return self.tr("(no answer)")
        names = []
        for i in sorted(indices):
            if question.type == "true_false":
                names.append(self.tr("True") if i == 0 else self.tr("False"))
            else:
                names.append(question.choices[i].text)
        return "; ".join(names)

    def _review_html(self, session: QuizSession) -> str:
        parts = []
        for number, shown in enumerate(session.questions, start=1):
            question = shown.question
            result = session.grade_for(question.id)
            if result is None:
                mark, colour = self.tr("Not answered"), "wrong"
            elif result.correct:
                mark, colour = self.tr("Right"), "right"
            elif result.points > 0:
                mark, colour = (
                    self.tr("Partly right ({0} of {1} points)").format(_num(result.points), _num(result.max_points)),
                    "wrong",
                )
            else:
                mark, colour = self.tr("Wrong"), "wrong"
            symbol = "✓" if colour == "right" else "✗"
            parts.append(
                f"<h3>{number}. {escape(_plain(question.prompt))}</h3>"
                f"<p><b>{symbol} {escape(mark)}</b></p>"
                f"<p>{escape(self.tr('Your answer:'))} "
                f"{escape(self._choice_texts(question, result.chosen if result else ()))}</p>"
            )
            if result is None or not result.correct:
                parts.append(
                    f"<p>{escape(self.tr('The right answer:'))} "
                    f"<b>{escape(self._choice_texts(question, question.correct_indices))}</b></p>"
                )
            if question.explanation:
                parts.append(f"<p>{escape(question.explanation)}</p>")
            if question.quote:
                quote = self.tr("From the article: “{0}”").format(question.quote)
                parts.append(f"<p><i>{escape(quote)}</i></p>")
        return "".join(parts)


def _plain(markdown: str) -> str:
    """A prompt's Markdown reduced to a one-line heading."""
    return " ".join(markdown.replace("**", "").replace("__", "").replace("`", "").split())


def _num(value: float) -> str:
    """4.333333 -> "4.33", 5.0 -> "5"."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
