"""Every screen usable at 300% text on a 1024x768 screen (issue 14, point 7): the window
never outgrows the screen, every button stays inside it, and zooming back undoes it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton, QScrollArea
from test_results_truth import run_quiz, start, wrong_positions

SCREEN = QRect(0, 0, 1024, 768)


def scrolled_in(widget) -> QScrollArea | None:
    while widget is not None:
        if isinstance(widget, QScrollArea):
            return widget
        widget = widget.parentWidget()
    return None


def buttons_outside(app) -> list[str]:
    """Buttons not inside the window; in a scroll area, those wider than its view
    (the ones above or below it are reached by scrolling)."""
    window = app.window
    outside = []
    for b in window.current_screen.findChildren(QPushButton):
        if not b.isVisibleTo(window) or b.window() is not window:
            continue
        area = scrolled_in(b)
        frame = area.viewport() if area is not None else window
        left = b.mapTo(frame, QPoint(0, 0))
        if area is not None:
            if left.x() < 0 or left.x() + b.width() > frame.width():
                outside.append(b.text())
        elif not frame.rect().contains(QRect(left, b.size())):
            outside.append(b.text())
    return outside


def check_fits(qtbot, app, where: str) -> None:
    qtbot.wait(10)  # layouts settle
    window = app.window
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), (where, hint)
    assert window.width() <= SCREEN.width() and window.height() <= SCREEN.height(), (where, window.size())
    assert buttons_outside(app) == [], where


def test_every_screen_fits_1024_by_768_at_300_percent(qtbot, make_app):
    app, lesson = start(make_app, "basics")
    app.window.resize(1024, 738)  # a 1024x768 screen less a title bar
    app.view_settings.set_zoom(3.0)
    check_fits(qtbot, app, "quiz")
    quiz = app.quiz
    for p in wrong_positions(quiz.session.current):
        quiz.screen.toggle(p)
    quiz.on_screen_action_requested()
    check_fits(qtbot, app, "quiz feedback")
    run_quiz(app, wrong_positions)
    check_fits(qtbot, app, "results")
    assert app.results.button_rows.row_count == 2  # "Retry the ones I missed" on a row of its own
    app.open_lesson(lesson)
    check_fits(qtbot, app, "lesson start page")
    app.lesson_screen.show_index(2)
    check_fits(qtbot, app, "lesson last page")
    app.show_library()
    check_fits(qtbot, app, "library")


def test_zooming_back_puts_the_buttons_on_one_row(qtbot, make_app):
    app, lesson = start(make_app, "basics")
    app.open_lesson(lesson)
    rows = app.lesson_screen.button_rows
    assert rows.row_count == 1
    app.view_settings.set_zoom(3.0)
    assert rows.row_count == 2
    app.view_settings.set_zoom(1.0)
    assert rows.row_count == 1
    qtbot.wait(10)
    assert app.window.width() <= SCREEN.width()


def kiosk_app(qtbot, library_dir, db_path, settings_file):
    from PySide6.QtCore import QSettings

    from lessonapp.store import Store
    from lessonapp.ui.controller import AppController

    db_path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(db_path)
    ui = QSettings(str(settings_file), QSettings.Format.IniFormat)
    controller = AppController(store, [library_dir], ui, kiosk=True)
    qtbot.addWidget(controller.window)
    controller.start()
    controller.finish_start()
    return controller, store


def test_on_a_kiosk_the_text_size_is_each_persons_own(qtbot, library_dir, db_path, tmp_path):
    app, store = kiosk_app(qtbot, library_dir, db_path, tmp_path / "ui.ini")
    try:
        ana, ben = store.add_profile("Ana"), store.add_profile("Ben")
        app.on_profiles_profile_chosen(ana.id)
        app.view_settings.set_zoom(3.0)
        app.show_profiles()  # Ana is done: the name screen is back at the default size
        assert app.view_settings.zoom == 1.0
        app.on_profiles_profile_chosen(ben.id)
        assert app.view_settings.zoom == 1.0  # Ana's size does not carry to Ben
        app.view_settings.set_zoom(1.5)
        app.open_teacher_area()
        assert app.view_settings.zoom == 1.0  # nor to the teacher
        app.view_settings.set_zoom(1.3)
        app.show_profiles()
        app.on_profiles_profile_chosen(ana.id)
        assert app.view_settings.zoom == 3.0  # Ana's own, again
        app.open_teacher_area()
        assert app.view_settings.zoom == 1.3
    finally:
        app._drop_quiz()
        store.close()
    again, store = kiosk_app(qtbot, library_dir, db_path, tmp_path / "ui.ini")  # the next day
    try:
        assert again.view_settings.zoom == 1.0
        again.on_profiles_profile_chosen(ben.id)
        assert again.view_settings.zoom == 1.5
    finally:
        store.close()


def test_at_home_the_text_size_is_the_machines(qtbot, make_app):
    app = make_app()
    ana, ben = app.store.add_profile("Ana"), app.store.add_profile("Ben")
    app.on_profiles_profile_chosen(ana.id)
    app.view_settings.set_zoom(2.0)
    app.show_profiles()
    app.on_profiles_profile_chosen(ben.id)
    assert app.view_settings.zoom == 2.0
