"""The painted chart in a right-to-left app: the pass mark's note stays whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from lessonapp.ui.translations import Language


@pytest.fixture
def speak_arabic(qapp):
    language = Language(qapp, QLocale("ar"))
    yield language
    for translator in language.translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _ink_in_column(image, x: int) -> int:
    """How many pixels of column x are dark (text), not the light background."""
    return sum(QColor(image.pixel(x, y)).lightness() < 128 for y in range(image.height()))


def test_the_pass_mark_note_is_not_cut_at_the_edge_right_to_left(area, qtbot, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as in Arabic
    try:
        area.apply_style(zoom=2.0)
        area.show_student(next(p.id for p in area.store.profiles() if p.name == "Ana"))
        chart = area.student.chart
        chart.reference_label = "درجة النجاح"
        qtbot.waitUntil(lambda: chart.width() > 300)
        image = chart.grab().toImage()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert any(_ink_in_column(image, x) for x in range(image.width() - 300, image.width()))  # the note is drawn
    assert not any(_ink_in_column(image, x) for x in range(image.width() - 3, image.width()))


def test_each_cell_of_a_table_reads_in_its_own_direction(area, qapp):
    """An English question in the Arabic teacher area keeps its "?" at its end."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        area.show_lesson("basics")
        table = area.lesson.table
        index = table.model().index(0, 0)
        assert table.model().data(index).endswith("?")
        option = QStyleOptionViewItem()
        option.initFrom(table)
        table.itemDelegate().initStyleOption(option, index)
        assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert option.direction == Qt.LayoutDirection.LeftToRight
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_translated_column_header_is_not_cut(speak_arabic, area):
    """The widths are set in characters from the English: "وسط الوقت" (median time)
    is longer than its column was."""
    from PySide6.QtGui import QFontMetrics

    area.show_lesson("basics")
    table = area.lesson.table
    header = table.horizontalHeader()
    model = table.model()
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= QFontMetrics(header.font()).horizontalAdvance(title), title
