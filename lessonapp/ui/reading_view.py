"""Read-only rich text that never opens a browser: Markdown pages and labels."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QTextBrowser, QWidget


def markdown_label(text: str, *, role: str = "") -> QLabel:
    """A word-wrapped label showing Markdown; links never open a browser."""
    lab = QLabel()
    lab.setTextFormat(Qt.TextFormat.MarkdownText)
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
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setAccessibleName(accessible_name)
        self.setObjectName("reading")

    def show_markdown(self, markdown: str, base: QUrl | None = None, search_paths: list[str] | None = None):
        doc: QTextDocument = self.document()
        if base is not None:
            doc.setBaseUrl(base)
        if search_paths is not None:
            self.setSearchPaths(search_paths)
        doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def append_html(self, html: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertHtml(html)
        self.moveCursor(QTextCursor.MoveOperation.Start)
