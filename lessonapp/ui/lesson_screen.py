"""Screen 3: a lesson — its start page, then its reading pages, then the quiz."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from lessonapp.content.model import Lesson
from lessonapp.ui import accessibility
from lessonapp.ui.article_dialog import ArticleDialog
from lessonapp.ui.button_rows import ButtonRows
from lessonapp.ui.page_view import show_page, show_start_page
from lessonapp.ui.reading_view import ReadingView
from lessonapp.ui.translations import screen_direction
from lessonapp.ui.widgets import Screen, button, label
from lessonapp.ui.wording import fill


class LessonScreen(Screen):
    """Page 0 is the start page; pages 1..n are the lesson's reading pages.

    Emits quiz_requested() and back_requested() (Esc or the Library button).
    """

    quiz_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessibility.install()
        self.lesson: Lesson | None = None
        self.spoken = ""  # what a screen reader is told when a page is shown
        self.index = 0
        self.article: ArticleDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        top = QHBoxLayout()
        self.title = label("", role="title")
        top.addWidget(self.title, 1)
        self.counter = label("", role="counter", wrap=False)
        top.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.page_title = label("", role="subtitle")
        layout.addWidget(self.page_title)
        self.reader = ReadingView(self.tr("Lesson page"))
        layout.addWidget(self.reader, 1)
        self.footer = label("", role="footer")

        self.previous_button = button(self.tr("Previous"), self.tr("Previous page"))
        self.next_button = button(self.tr("Next"), self.tr("Next page"), primary=True)
        self.quiz_button = button(self.tr("Take the quiz"))
        self.article_button = button(self.tr("Original article"))
        self.library_button = button(self.tr("Library"), self.tr("Back to the library"))
        layout.addWidget(self.footer)
        # The buttons flow onto more rows at large text; the article button is among them,
        # not on a row of its own, so that a 768-pixel screen keeps room for the page.
        self.button_rows = ButtonRows(
            [self.library_button, self.article_button], [self.previous_button, self.next_button, self.quiz_button]
        )
        self.button_rows.add_to(layout)
        # Tab goes in reading order: the text, then the way on, then the way back.
        chain = [self.reader, self.previous_button, self.next_button, self.quiz_button, self.article_button,
                 self.library_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(self.on_previous_button_clicked)
        self.next_button.clicked.connect(self.on_next_button_clicked)
        self.quiz_button.clicked.connect(self.quiz_requested)
        self.article_button.clicked.connect(self.on_article_button_clicked)
        self.library_button.clicked.connect(self.back_requested)
        self.escape_pressed.connect(self.back_requested)

    @property
    def page_count(self) -> int:
        return 1 + (len(self.lesson.pages) if self.lesson else 0)

    def set_lesson(self, lesson: Lesson, index: int = 0) -> None:
        self.lesson = lesson
        self.setLayoutDirection(screen_direction(lesson.right_to_left))  # the app's words read in order too
        self.title.setText(lesson.title)
        self.title.setAccessibleName(lesson.title)
        has_source_file = lesson.source is not None and lesson.source.file is not None
        # A button shown again would widen its row until the rows are arranged, and the
        # window, once grown past the screen, never shrinks back: arrange them first.
        self.layout().setEnabled(False)
        self.article_button.setVisible(has_source_file)
        self.quiz_button.setVisible(lesson.quiz is not None)
        self.button_rows.arrange()
        self.layout().setEnabled(True)
        attribution = lesson.source.attribution if lesson.source else ""
        self.footer.setText(fill(self.tr("Source: {0}"), attribution) if attribution else "")
        self.footer.setVisible(bool(attribution))
        self.footer.setAccessibleName(self.footer.text())
        self.show_index(index)

    def show_index(self, index: int) -> None:
        assert self.lesson is not None
        self.index = max(0, min(index, self.page_count - 1))
        if self.index == 0:
            self.page_title.setText(self.tr("Before you start"))
            show_start_page(self.reader, self.lesson)
        else:
            page = self.lesson.pages[self.index - 1]
            self.page_title.setText(page.title)
            show_page(self.reader, self.lesson, page)
        self.page_title.setAccessibleName(self.page_title.text())
        # The start page is not one of the lesson's pages ("3 pages" on it must match "Page 1 of 3").
        pages = self.page_count - 1
        self.counter.setText(self.tr("Page {0} of {1}").format(self.index, pages) if self.index else "")
        self.counter.setAccessibleName(self.counter.text())
        last = self.index == self.page_count - 1
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(not last)
        self.next_button.setText(self.tr("Start reading") if self.index == 0 else self.tr("Next"))
        # Named as shown (Orca said "Next page" on Start reading).
        self.next_button.setAccessibleName(self.tr("Start reading") if self.index == 0 else self.tr("Next page"))
        self.next_button.setObjectName("primary" if not last else "")
        self.quiz_button.setObjectName("primary" if last else "")
        for b in (self.next_button, self.quiz_button):
            b.style().unpolish(b)
            b.style().polish(b)
        self.button_rows.arrange()  # "Start reading" is wider than "Next"
        if last and self.quiz_button.isVisible():
            self.quiz_button.setFocus()
        elif last:
            self.library_button.setFocus()
        elif not self.next_button.hasFocus() and not self.previous_button.hasFocus():
            self.next_button.setFocus()
        elif not self.previous_button.isEnabled():
            self.next_button.setFocus()
        # Next and Previous keep the focus and only the page changes: say where the student is.
        if self.index:
            self.spoken = self.tr("{0}, page {1} of {2}: {3}").format(
                self.lesson.title, self.index, pages, self.page_title.text()
            )
        else:
            self.spoken = self.tr("{0}: {1}").format(self.lesson.title, self.page_title.text())
        accessibility.announce(self, self.spoken)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.button_rows.arrange()  # the text size changed

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        bar = self.reader.verticalScrollBar()
        if event.key() == Qt.Key.Key_PageDown:
            bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
        elif event.key() == Qt.Key.Key_PageUp:
            bar.triggerAction(bar.SliderAction.SliderPageStepSub)
        else:
            super().keyPressEvent(event)

    # -- slots ---------------------------------------------------------------------

    def on_previous_button_clicked(self) -> None:
        self.show_index(self.index - 1)

    def on_next_button_clicked(self) -> None:
        self.show_index(self.index + 1)

    def on_article_button_clicked(self) -> None:
        if self.lesson is None or self.lesson.source is None or self.lesson.source.file is None:
            return
        self.article = ArticleDialog(self.lesson.source, self)
        self.article.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.article.setLayoutDirection(self.layoutDirection())
        self.article.open()
