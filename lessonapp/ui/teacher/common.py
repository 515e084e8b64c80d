"""Pieces shared by the teacher area's tabs: a keyboard-friendly table, a labelled
combo box, a status message, and the stylesheet rules the student app's sheet
does not have (tables, headers, tabs, combo boxes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lessonapp.ui.translations import text_direction
from lessonapp.ui.widgets import label, scrolling_column, set_status


class OwnDirectionDelegate(QStyledItemDelegate):
    """Each cell laid out in the direction of its own text: an English question in
    the Arabic app keeps its question mark at its end, an Arabic name reads right
    to left in the English one."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        if direction is not None:
            option.direction = direction


class Table(QTableView):
    """A read-only, row-selecting table that Tab leaves (arrows move inside it).

    Column widths are set from the font, never measured from the rows, so a
    table of thousands of rows opens as fast as an empty one.
    """

    def __init__(
        self, accessible_name: str, *, wrap: bool = False, min_rows: int = 3, parent: QWidget | None = None
    ) -> None:
        """wrap: long texts wrap and rows grow to fit (for tables of a few dozen rows only).
        min_rows: the lines of text it always has room for."""
        super().__init__(parent)
        self._wrap = wrap
        self._min_rows = min_rows
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setItemDelegate(OwnDirectionDelegate(self))
        self.setAlternatingRowColors(True)
        self.setWordWrap(wrap)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setAccessibleName(self.tr("Row numbers"))
        self.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setAccessibleName(self.tr("Column headers of {0}: click one to sort").format(
            accessible_name))
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionsClickable(True)
        self._widths: dict[int, int] = {}  # column -> width in characters; -1 = stretch
        self._fit_rows()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Room for the header and min_rows rows, at any text size."""
        rows = QFontMetrics(self.font()).height() * 1.7 * self._min_rows
        return QSize(super().minimumSizeHint().width(), round(self.horizontalHeader().sizeHint().height() + rows + 8))

    def set_widths(self, widths: dict[int, int | tuple[str, ...]]) -> None:
        """Column -> width in digits, or samples of its widest texts (("Yes", "No"));
        -1 stretches that column. A column is never narrower than its header."""
        self._widths = dict(widths)
        self._fit_columns()

    def _column_width(self, column: int, width: int | tuple[str, ...]) -> int:
        metrics = QFontMetrics(self.font())
        if isinstance(width, int):
            text = width * metrics.horizontalAdvance("0")
        else:
            text = max(metrics.horizontalAdvance(sample) for sample in width)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "") if self.model() else ""
        # the header's title, its padding and room for the sort arrow
        header = QFontMetrics(bold).horizontalAdvance(title) + metrics.height() + 16
        return max(text + CELL_PADDING, header)

    def _fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(round(QFontMetrics(self.font()).height() * 1.7))

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        char = QFontMetrics(self.font()).horizontalAdvance("0")  # digits: wider than the average
        widths = {column: self._column_width(column, chars) for column, chars in self._widths.items() if chars != -1}
        room = self.viewport().width() - sum(widths.values())
        for column in self._widths:
            if column in widths:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, widths[column])
            elif room >= STRETCH_MINIMUM_CHARS * char:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:  # large text: keep the main column readable and scroll sideways
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, STRETCH_MINIMUM_CHARS * char + 22)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_columns()  # whether the main column can stretch depends on the room

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
            self._fit_columns()


STRETCH_MINIMUM_CHARS = 28  # the widest column (lesson, question) never narrower than this
CELL_PADDING = 22  # the item's padding (8 px a side) and the grid line, with a little to spare


class Combo(QComboBox):
    """A combo box that draws its own arrow in the text colour (the stylesheet's
    rounded box would otherwise lose the platform arrow)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = QFontMetrics(self.font()).height() / 4
        x, y = self.width() - size * 3.5, self.height() / 2 - size / 2
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), max(1.5, size / 3)))
        p.drawPolyline([QPointF(x, y), QPointF(x + size, y + size), QPointF(x + size * 2, y)])


def combo(accessible_name: str) -> QComboBox:
    box = Combo()
    box.setAccessibleName(accessible_name)
    box.view().setAccessibleName(accessible_name)
    # the width of 12 characters, growing with the row: never as wide as the longest title
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return box


def scrolling_body(tab: QWidget, accessible_name: str, spacing: int = 10) -> QVBoxLayout:
    """The layout of a tab whose content scrolls (large text on a small screen): the
    tab itself never needs more room than the window has."""
    return scrolling_column(tab, accessible_name, margins=(16, 16), spacing=spacing)[1]


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label for a control; its mnemonic (&) moves focus to the control."""
    lab = label(text, wrap=False, accessible_name=text.replace("&", ""))
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setBuddy(widget)
    return lab


def set_message(target: QLabel, text: str, ok: bool = True) -> None:
    """Show a status line, coloured by the stylesheet and worded so colour is not needed."""
    set_status(target, text, "message-ok" if ok else "error")


def extra_stylesheet(c: dict[str, str]) -> str:
    """Rules for the widgets only the teacher area uses, in the theme's colours (no sizes:
    the text size comes from the app's stylesheet)."""
    return f"""
QTabWidget::pane {{ border: 1px solid {c['border']}; border-radius: 8px; background: {c['bg']}; top: -1px; }}
QTabBar::tab {{ background: {c['button']}; color: {c['fg']}; border: 1px solid {c['border']};
    border-bottom: none; border-top-left-radius: 8px; border-top-right-radius: 8px;
    padding: 8px 18px; margin-right: 4px; }}
QTabBar::tab:selected {{ background: {c['bg']}; font-weight: 600; border-top: 3px solid {c['accent']}; }}
QTabBar QToolButton {{ background: {c['button']}; color: {c['fg']}; border: 1px solid {c['border']}; width: 1.2em; }}
QTabBar::tab:focus {{ border: {c['focus_width']} solid {c['focus']}; border-bottom: none; }}
QTableView {{ background: {c['card']}; alternate-background-color: {c['bg']}; color: {c['fg']};
    border: 1px solid {c['border']}; padding: 2px; gridline-color: {c['border']};
    selection-background-color: {c['accent']}; selection-color: {c['accent_fg']}; outline: none; }}
QTableView:focus {{ border: 3px solid {c['focus']}; padding: 0px; }}
QTableView::item {{ padding: 4px 8px; }}
QHeaderView::section {{ background: {c['button']}; color: {c['fg']}; border: none;
    border-right: 1px solid {c['border']}; border-bottom: 1px solid {c['border']};
    padding: 6px 8px; font-weight: 600; }}
QComboBox {{ background: {c['card']}; color: {c['fg']}; border: 1px solid {c['border']};
    border-radius: 8px; padding: 6px 2em 6px 10px; }}
QComboBox:focus {{ border: 3px solid {c['focus']}; padding: 4px 2em 4px 8px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 1.6em;
    border: none; }}
QComboBox QAbstractItemView {{ background: {c['card']}; color: {c['fg']};
    selection-background-color: {c['accent']}; selection-color: {c['accent_fg']}; }}
QSplitter::handle {{ background: {c['bg']}; }}
QScrollBar:horizontal {{ background: {c['bg']}; height: 14px; margin: 0; }}
QScrollBar::handle:horizontal {{ background: {c['border']}; border-radius: 6px; min-width: 32px; margin: 2px; }}
QLabel#message-ok {{ color: {c['right']}; font-weight: 600; }}
"""
