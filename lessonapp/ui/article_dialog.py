"""The "Original article" window: the lesson's local source text, readable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout, QWidget

from lessonapp.content.loader import MAX_SOURCE_BYTES
from lessonapp.content.model import Source
from lessonapp.content.yamlparse import UnreadableFile, read_limited
from lessonapp.ui.widgets import button, button_row, label
from lessonapp.ui.wording import fill, translated


class ArticleDialog(QDialog):
    """Shows source.file as plain text; source.url only as text, never a link."""

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(source.title or self.tr("Original article"))
        self.setModal(True)
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(source.title or self.tr("Original article"), role="subtitle"))
        details = ", ".join(p for p in (source.publisher, source.date) if p)
        if details:
            layout.addWidget(label(details, role="muted"))
        if source.url:
            layout.addWidget(label(source.url, role="muted"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setPlainText(_read(source.file))
        layout.addWidget(self.text, 1)
        if source.credit:
            layout.addWidget(label(source.credit, role="footer"))
        self.close_button = button(self.tr("Close"), primary=True)
        self.close_button.clicked.connect(self.accept)
        layout.addLayout(button_row(self.close_button, stretch_at=0))
        self.text.setFocus()


def _read(path: Path | None) -> str:
    """The source text, read as the validator reads it (a regular file, bounded);
    or why it cannot be shown."""
    if path is None:
        return ""
    try:
        return read_limited(path, MAX_SOURCE_BYTES, follow_symlinks=False).decode("utf-8-sig")
    except UnreadableFile as problem:
        return fill(
            QCoreApplication.translate("ArticleDialog", "The article cannot be shown: {0}"), translated(problem.reason)
        )
    except UnicodeDecodeError:
        return QCoreApplication.translate("ArticleDialog", "The article cannot be shown: it is not UTF-8 text")
