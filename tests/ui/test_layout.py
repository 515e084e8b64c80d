"""Nothing needs more than a 1024-pixel-wide screen, even at twice the text size."""

from __future__ import annotations

from test_journey import add_student


def test_every_screen_fits_1024_pixels_at_twice_the_text_size(qtbot, make_app):
    app = make_app()
    app.view_settings.set_zoom(2.0)
    add_student(qtbot, app, "Ana")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    screens = [app.profiles, app.library_screen, app.lesson_screen, app.quiz_screen, app.results]
    widths = {type(screen).__name__: screen.minimumSizeHint().width() for screen in screens}
    assert max(widths.values()) <= 1024 - 40, widths  # 40: the window's own margins and frame
