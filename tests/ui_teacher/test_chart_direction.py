"""The painted chart in a right-to-left app: the pass mark's note stays whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor


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
