"""The lesson problems tab: every lesson file the library could not load, with its
line and the reason. Students only read "This lesson could not be opened. Ask your
teacher."; the details are here (and in the log). A view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from lessonapp.content.model import Problem
from lessonapp.ui.teacher.common import Table, scrolling_body
from lessonapp.ui.teacher.models import Column, RecordsModel
from lessonapp.ui.widgets import label
from lessonapp.ui.wording import translated


class ProblemsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_body(self, self.tr("Lesson problems"))
        self.summary = label("", role="subtitle")
        layout.addWidget(self.summary)
        layout.addWidget(
            label(
                self.tr(
                    "Students see only “This lesson could not be opened. Ask your teacher.” Fix each file at the line "
                    "shown, then check it with: lessonapp validate FILE (or watch it with: lessonapp preview FILE)."
                ),
                role="muted",
            )
        )
        self.model = RecordsModel(self._columns(), self)
        self.table = Table(self.tr("Lesson files that could not be loaded"), wrap=True)
        self.table.setModel(self.model)
        self.table.set_widths({0: 16, 1: ("9999",), 2: -1})
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("File"), lambda p: p.path.name, tip=lambda p: str(p.path)),
            Column(self.tr("Line"), lambda p: str(p.line) if p.line else "", lambda p: p.line, numeric=True),
            Column(self.tr("Problem"), lambda p: translated(p.message)),
        ]

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.model.set_rows(list(problems))
        files = len({p.path for p in problems})
        text = (
            self.tr("%n lesson file(s) could not be loaded.", "", files)
            if problems
            else self.tr("Every lesson file was loaded.")
        )
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.table.resizeRowsToContents()
