"""Read-only rich text that never opens a browser, nor any file: Markdown
pages and labels. Images are resolved by lesson_images.py, never by Qt."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QTextBrowser, QWidget

from lessonapp.content.markdown import close_void_tags
from lessonapp.content.model import Lesson
from lessonapp.ui.lesson_images import resolve_images

_MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
LABEL_IMAGE_WIDTH = 600
# What Qt's own HTML says about a scratch document's font, and the backgrounds
# a label would load: the label's style sheet decides its font, and nothing is loaded.
_BODY_STYLE = re.compile(r"<body style=\"[^\"]*\">")
_BACKGROUND = re.compile(r" background=\"[^\"]*\"|background-image:[^;\"]*;?")


def _nothing(resource_type: int):
    """What every request of Qt for a resource gets: something empty but
    valid, so that Qt never falls back to opening the file itself."""
    return QImage() if resource_type == QTextDocument.ResourceType.ImageResource.value else ""


class _SafeDocument(QTextDocument):
    """A scratch document that loads nothing, for Markdown made into a label's HTML."""

    def loadResource(self, resource_type, name):  # noqa: N802 (Qt override)
        return _nothing(int(resource_type))


def safe_rich_text(markdown: str, lesson: Lesson | None, max_width: int = LABEL_IMAGE_WIDTH) -> str:
    """A label's HTML for Markdown: its images checked and embedded as data,
    those that cannot be shown replaced by a line saying so."""
    document = _SafeDocument()
    document.setMarkdown(close_void_tags(markdown), _MARKDOWN)
    resolve_images(document, lesson, max_width, inline=True)
    return _BACKGROUND.sub("", _BODY_STYLE.sub("<body>", document.toHtml()))


class MarkdownLabel(QLabel):
    """A word-wrapped label showing Markdown; links never open a browser.
    setText takes Markdown. Text with images or HTML in it is made into HTML
    by safe_rich_text first, so the label itself never opens a file."""

    def __init__(self) -> None:
        super().__init__()
        self.lesson: Lesson | None = None  # whose pictures it may show

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        if "!" not in text and "<" not in text:  # no image can be written without one of them
            self.setTextFormat(Qt.TextFormat.MarkdownText)
            super().setText(text)
            return
        self.setTextFormat(Qt.TextFormat.RichText)
        super().setText(safe_rich_text(text, self.lesson))


def markdown_label(text: str, *, role: str = "") -> MarkdownLabel:
    """A word-wrapped label showing Markdown; links never open a browser."""
    lab = MarkdownLabel()
    lab.setText(text)
    lab.setWordWrap(True)
    lab.setOpenExternalLinks(False)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if role:
        lab.setObjectName(role)
    lab.setAccessibleName(text)
    return lab


class ReadingView(QTextBrowser):
    """Read-only rich text that never opens a browser: Markdown pages, results."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        # A caret that the arrow keys move: a screen reader reads line by line as it moves
        # (Qt sends caret-moved events); links stay reachable as in any text browser.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setAccessibleName(accessible_name)
        self.setObjectName("reading")

    def loadResource(self, resource_type, name):  # noqa: N802 (Qt override)
        # Every image of a page is handed to the document before Qt asks
        # (resolve_images); anything else Qt would open itself is refused.
        return _nothing(int(resource_type))

    def show_markdown(self, markdown: str, lesson: Lesson | None = None, max_width: int = 800) -> None:
        """Markdown with the pictures `lesson` may show, no wider than max_width."""
        doc: QTextDocument = self.document()
        doc.setBaseUrl(QUrl())
        self.setSearchPaths([])
        doc.setMarkdown(close_void_tags(markdown), _MARKDOWN)
        resolve_images(doc, lesson, max_width)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def append_html(self, html: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertHtml(html)
        self.moveCursor(QTextCursor.MoveOperation.Start)
