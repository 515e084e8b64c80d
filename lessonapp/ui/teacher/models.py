"""Table models of the teacher area: one generic list-of-records model whose
columns are declared as data, and the overview's filter/sort proxy.

Every model holds plain records handed to it (store report rows); none of them
queries anything, so a view of thousands of rows costs one store call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from lessonapp.ui.widgets import percent_text as whole_percent

SORT_ROLE = Qt.ItemDataRole.UserRole  # a number or a string that sorts the column correctly
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header, the text of a record's cell, and (optionally) a sort key."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the text
    numeric: bool = False  # right-aligned
    tip: Callable[[Any], str] | None = None


class RecordsModel(QAbstractTableModel):
    """A read-only table of records, one per row, with declared columns."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the records themselves by the column's key: one Python sort, where a
        sorting proxy would call data() twice per comparison (slow at thousands of rows)."""
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort or self.columns[column].text
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self._rows[index.row()], index.column()) for index in before]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(record): row for row, record in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(where[id(r)], c) for r, c in held])
        self.layoutChanged.emit()

    def record(self, row: int) -> Any:
        return self._rows[row]

    @property
    def records(self) -> list[Any]:
        return self._rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return column.text(record)
        if role == SORT_ROLE:
            return (column.sort or column.text)(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(record) if column.tip else column.text(record)
        return None


class OverviewProxy(QSortFilterProxyModel):
    """Filters the overview by lesson id and by a piece of the student's name.

    Sorting is handed to the source model (RecordsModel.sort, by SORT_ROLE's keys:
    numbers as numbers), which is many times faster than sorting in the proxy."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._lesson_id: str | None = None
        self._name = ""

    def set_lesson(self, lesson_id: str | None) -> None:
        self._refilter(lambda: setattr(self, "_lesson_id", lesson_id))

    def set_name(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_name", text.strip().casefold()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if self._lesson_id is None and not self._name:
            return True
        record = self.sourceModel().record(source_row)
        if self._lesson_id is not None and record.lesson_id != self._lesson_id:
            return False
        return not self._name or self._name in record.student.casefold()


@lru_cache(maxsize=4096)
def local_time(stamp: str | None) -> str:
    """A stored UTC stamp (``2026-11-28T07:15:30Z``) as readable local time."""
    if not stamp:
        return ""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).astimezone()
    except ValueError:
        return stamp
    return f"{moment.day} {moment:%b %Y, %H:%M}"


def every_month_time() -> tuple[str, ...]:
    """local_time with a two-digit day and hour in each month: what a column of times must fit."""
    return tuple(local_time(f"2026-{month:02d}-28T22:58:00Z") for month in range(1, 13))


@lru_cache(maxsize=4096)
def short_time(stamp: str | None) -> str:
    """Like local_time without the year: ``2 Mar 09:15``."""
    text = local_time(stamp)
    parts = text.split(" ")
    return f"{parts[0]} {parts[1]} {parts[3]}" if len(parts) == 4 else text


def percent_text(value: float | None) -> str:
    """As the student sees it: rounded down (widgets.percent_text)."""
    return "" if value is None else f"{whole_percent(value)}%"


def seconds_text(value: float | None) -> str:
    if value is None:
        return ""
    if value < 60:
        return f"{value:.1f} s"
    minutes, seconds = divmod(round(value), 60)
    return f"{minutes} min {seconds:02d} s"


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
