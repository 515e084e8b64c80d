"""A small painted bar chart of percentages (Qt Charts is not in PySide6-Essentials).

Vertical bars (a student's attempts, in order, with the pass mark as a dashed
line) or horizontal bars (share correct per question). Sizes come from the
font, so the chart grows with the text size; colours come from the theme's
colours (or the palette). The accessible description says the data in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lessonapp.ui.theme import colours
from lessonapp.ui.widgets import percent_text as whole_percent

TICKS = (0, 25, 50, 75, 100)


def value_label_top(bar_top: float, height: float, line: float | None) -> float:
    """Where a bar's "55%" goes: just above the bar, unless the pass line would cross it; then
    just above the line, so that the dashes never run through the digits."""
    top = bar_top - height - 2
    if line is not None and top - 1 <= line <= top + height + 1:
        return line - height - 3
    return top


class BarChart(QWidget):
    """Values are percentages (0 to 100), one bar per label."""

    def __init__(self, accessible_name: str, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.min_lines = 8.0  # a vertical chart's least height, in lines of its text
        self.labels: tuple[str, ...] = ()
        self.values: tuple[float, ...] = ()
        self.reference: float | None = None
        self.reference_label = ""
        self.empty_text = ""
        self._colours = colours(self.palette())
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader user can reach the summary
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._describe()

    def set_colours(self, values: dict[str, str]) -> None:
        self._colours = dict(values)
        self.update()

    def set_data(
        self, labels: Sequence[str], values: Sequence[float], *, reference: float | None = None,
        reference_label: str = "", empty_text: str = "",
    ) -> None:
        self.labels = tuple(labels)
        self.values = tuple(max(0.0, min(100.0, float(v))) for v in values)
        self.reference = reference
        self.reference_label = reference_label
        self.empty_text = empty_text
        self._describe()
        self.updateGeometry()
        self.update()

    def _describe(self) -> None:
        if not self.values:
            self.setAccessibleDescription(self.empty_text or self.tr("No data."))
            return
        low = min(range(len(self.values)), key=self.values.__getitem__)
        high = max(range(len(self.values)), key=self.values.__getitem__)
        parts = [
            self.tr("{0} bars.").format(len(self.values)),
            self.tr("Lowest {0}% ({1}); highest {2}% ({3}).").format(
                whole_percent(self.values[low]), self.labels[low], whole_percent(self.values[high]), self.labels[high]
            ),
        ]
        if not self.horizontal:
            parts.append(self.tr("Last {0}% ({1}).").format(whole_percent(self.values[-1]), self.labels[-1]))
        if self.reference is not None:
            above = sum(v >= self.reference for v in self.values)
            parts.append(self.tr("{0} of {1} at or above {2} ({3}%).").format(
                above, len(self.values), self.reference_label or self.tr("the line"), f"{self.reference:g}"))
        self.setAccessibleDescription(" ".join(parts))

    # -- size ------------------------------------------------------------------------

    def _row(self) -> int:
        return round(QFontMetrics(self.font()).height() * 1.7)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        if self.horizontal:
            return QSize(fm.height() * 30, max(1, len(self.values)) * self._row() + fm.height() * 3)
        return QSize(fm.height() * 30, fm.height() * 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        if self.horizontal:
            return QSize(fm.height() * 16, max(1, len(self.values)) * self._row() + fm.height() * 3)
        return QSize(fm.height() * 12, round(fm.height() * self.min_lines))

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = {k: QColor(v) for k, v in self._colours.items()}
        p.fillRect(self.rect(), c["card"])
        fm = QFontMetrics(self.font())
        p.setPen(c["fg"])
        if not self.values:
            p.setPen(c["muted"])
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.empty_text or self.tr("No data."))
            return
        if self.horizontal:
            self._paint_horizontal(p, fm, c)
        else:
            self._paint_vertical(p, fm, c)
        if self.hasFocus():
            p.setPen(QPen(c["focus"], 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def _bar_colour(self, value: float, c: dict[str, QColor]) -> QColor:
        return c["wrong"] if self.reference is not None and value < self.reference else c["accent"]

    def _paint_vertical(self, p: QPainter, fm: QFontMetrics, c: dict[str, QColor]) -> None:
        pad = fm.height() // 2
        left = pad + fm.horizontalAdvance("100%") + pad
        note = f"{self.reference_label} {self.reference:g}%".strip() if self.reference is not None else ""
        right = fm.horizontalAdvance(note) + pad * 2 if note else pad
        plot = QRectF(left, pad + fm.height(), self.width() - left - right, self.height() - pad * 3 - fm.height() * 2)
        self._grid(p, fm, c, plot, vertical_values=True)
        n = len(self.values)
        step = plot.width() / n
        bar = max(1.0, min(step * 0.7, fm.height() * 3.0))
        label_every = max(1, int((fm.horizontalAdvance("000") + pad) // step) + 1)
        show_values = step >= fm.horizontalAdvance("100%") + 4
        for i, value in enumerate(self.values):
            x = plot.left() + step * i + (step - bar) / 2
            top = plot.bottom() - plot.height() * value / 100
            p.fillRect(QRectF(x, top, bar, plot.bottom() - top), self._bar_colour(value, c))
            p.setPen(c["fg"])
            centre = QRectF(plot.left() + step * i - step, 0, step * 3, fm.height())
            if show_values:
                line = plot.bottom() - plot.height() * self.reference / 100 if self.reference is not None else None
                above = centre.translated(0, value_label_top(top, fm.height(), line))
                p.drawText(above, Qt.AlignmentFlag.AlignCenter, f"{whole_percent(value)}%")
            if (n - 1 - i) % label_every == 0:  # counted from the last, which is always labelled
                p.drawText(centre.translated(0, plot.bottom() + 4), Qt.AlignmentFlag.AlignCenter, self.labels[i])
        if self.reference is not None:
            y = plot.bottom() - plot.height() * self.reference / 100
            p.setPen(QPen(c["fg"], 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right() + pad, y))
            # The note's own width: right to left, AlignLeft puts it at the rect's right end.
            p.drawText(QRectF(plot.right() + pad * 1.5, y - fm.height() / 2, fm.horizontalAdvance(note), fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note)

    def _paint_horizontal(self, p: QPainter, fm: QFontMetrics, c: dict[str, QColor]) -> None:
        pad = fm.height() // 2
        label_width = min(max(fm.horizontalAdvance(t) for t in self.labels) + pad, self.width() * 0.4)
        left = pad + label_width + pad
        row = self._row()
        plot = QRectF(left, pad, self.width() - left - pad - fm.horizontalAdvance("100% "), row * len(self.values))
        self._grid(p, fm, c, plot, vertical_values=False)
        for i, value in enumerate(self.values):
            y = plot.top() + row * i
            thickness = row * 0.65
            width = plot.width() * value / 100
            p.fillRect(QRectF(plot.left(), y + (row - thickness) / 2, width, thickness), self._bar_colour(value, c))
            p.setPen(c["fg"])
            label = fm.elidedText(self.labels[i], Qt.TextElideMode.ElideRight, round(label_width))
            p.drawText(QRectF(pad, y, label_width, row), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       label)
            p.drawText(QRectF(plot.left() + width + 4, y, fm.horizontalAdvance("100% ") + pad, row),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{whole_percent(value)}%")

    def _grid(
        self, p: QPainter, fm: QFontMetrics, c: dict[str, QColor], plot: QRectF, *, vertical_values: bool
    ) -> None:
        for tick in TICKS:
            p.setPen(QPen(c["border"], 1))
            if vertical_values:
                y = plot.bottom() - plot.height() * tick / 100
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                p.setPen(c["muted"])
                p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 4, fm.height()),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{tick}%")
            else:
                x = plot.left() + plot.width() * tick / 100
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                p.setPen(c["muted"])
                p.drawText(QRectF(x - 40, plot.bottom() + 2, 80, fm.height()), Qt.AlignmentFlag.AlignCenter, f"{tick}%")
        p.setPen(QPen(c["fg"], 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight() if vertical_values else plot.bottomLeft())
        p.drawLine(plot.topLeft(), plot.bottomLeft())
