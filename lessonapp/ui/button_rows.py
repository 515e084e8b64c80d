"""A screen's bottom buttons on one row, or on as many as large text needs to keep
them inside a 1024-pixel screen (else the window grows off the screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout

# The screen's width, less the window's frame (40) and a screen's side margins (2 x 32).
ROW_WIDTH = 1024 - 40 - 64
SPACING = 10


class ButtonRows:
    """`left` buttons at the start, `right` ones at the end of a row; when they do not fit
    one row, they flow on to the next ones, in order. Call arrange() when the text size
    or a button's text or visibility changes."""

    def __init__(self, left: list[QPushButton], right: list[QPushButton]) -> None:
        self.left, self.right = left, right
        self.rows = QVBoxLayout()
        self.rows.setSpacing(SPACING)
        self._arranged: list[list[QPushButton]] | None = None
        self._row_layouts: list[QHBoxLayout] = []

    def add_to(self, layout: QBoxLayout) -> None:
        layout.addLayout(self.rows)
        self.arrange()

    @property
    def row_count(self) -> int:
        return len(self._arranged or [])

    def _pack(self) -> list[list[QPushButton]]:
        rows: list[list[QPushButton]] = [[]]
        width = 0
        for b in self.left + self.right:
            if b.isHidden():
                rows[-1].append(b)  # goes along with its neighbours, takes no room
                continue
            b.ensurePolished()  # the stylesheet's text size, even on a screen not shown yet
            needed = b.sizeHint().width() + (SPACING if width else 0)
            if width and width + needed > ROW_WIDTH:
                rows.append([])
                width, needed = 0, b.sizeHint().width()
            rows[-1].append(b)
            width += needed
        return rows

    def arrange(self) -> None:
        rows = self._pack()
        if rows == self._arranged:
            return
        self._arranged = rows
        for old in self._row_layouts:
            for b in self.left + self.right:
                old.removeWidget(b)
            self.rows.removeItem(old)
            old.deleteLater()
        self._row_layouts = []
        for buttons in rows:
            row = QHBoxLayout()
            row.setSpacing(SPACING)
            self.rows.addLayout(row)
            self._row_layouts.append(row)
            lefts = [b for b in buttons if b in self.left]
            for b in lefts:
                row.addWidget(b)
            row.addStretch(1)
            for b in buttons:
                if b not in self.left:
                    row.addWidget(b)
