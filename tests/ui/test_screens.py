"""Library states, lesson pages, direction, zoom and contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit
from uihelpers import focused

from lessonapp.ui import theme
from tests.bidi import plain


def sign_in(qtbot, app, name="Amira"):
    qtbot.keyClicks(app.profiles.name_edit, name)
    qtbot.keyClick(app.profiles.name_edit, Qt.Key.Key_Return)


def test_lessons_in_course_order_with_locked_one(qtbot, make_app):
    """Lessons follow course.yaml; one whose requirement is not passed cannot be opened."""
    app = make_app()
    sign_in(qtbot, app)
    assert list(app.library_screen.cards)[:2] == ["basics", "exam"]
    exam = app.library_screen.cards["exam"]
    assert exam.locked and not exam.open_button.isEnabled()
    assert plain(exam.lock_note.text()) == "Pass Basics first"
    app.store.finish_attempt(
        app.store.start_attempt(app.profile.id, "basics", "Basics", 1, ["long"], 1), 1, 1, 100, True
    )
    app.show_library()
    exam = app.library_screen.cards["exam"]
    assert exam.open_button.isEnabled()
    assert "Best score 100%" in app.library_screen.cards["basics"].status.text()


def test_a_broken_lesson_tells_students_only_to_ask_their_teacher(qtbot, make_app):
    """Students are not shown the YAML details (file, line, "correct: true"): one plain line."""
    app = make_app()
    sign_in(qtbot, app)
    assert "broken" not in app.library_screen.cards
    box = app.library_screen.problems_box
    assert box is not None and box.isVisible()
    texts = [label.text() for label in box.findChildren(QLabel) if label.isVisibleTo(box)]
    assert texts == ["This lesson could not be opened. Ask your teacher."]
    assert box.accessibleName() == texts[0]


def test_the_details_of_a_broken_lesson_go_to_the_log_and_the_teacher_area(qtbot, library_dir, tmp_path):
    from lessonapp.store import Store
    from lessonapp.ui.controller import AppController

    data = tmp_path / "data-log"
    data.mkdir()
    store = Store.open(data / "scores.db")
    try:
        app = AppController(store, [library_dir], QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat),
                            data_dir=data)
        qtbot.addWidget(app.window)
        app.start()
        app.finish_start()
        log = (data / "lessonapp.log").read_text(encoding="utf-8")
        assert "broken.yaml:9:7: error: question \"q\" has 1 choice" in log
        app.open_teacher_area()
        area = app.teacher_area
        index = area.tabs.indexOf(area.problems)
        assert area.tabs.isTabVisible(index)
        area.tabs.setCurrentIndex(index)
        model = area.problems.model
        assert model.rowCount() == 1
        cells = [model.data(model.index(0, column)) for column in range(model.columnCount())]
        assert [plain(cell) for cell in cells] == ["broken.yaml", "9", 'question "q" has 1 choice; give it two or more']
        assert area.problems.summary.text() == "1 lesson file could not be loaded."
    finally:
        store.close()


def test_rtl_lesson_sets_right_to_left(qtbot, make_app):
    """A lesson in Arabic is laid out right to left; others left to right."""
    app = make_app()
    sign_in(qtbot, app)
    app.open_lesson(app.library.lesson_by_id("rtl"))
    assert app.lesson_screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    app.open_lesson(app.library.lesson_by_id("basics"))
    assert app.lesson_screen.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_start_page_shows_attribution_and_url_as_text(qtbot, make_app):
    """The start page names the source; the URL is plain text, never a link."""
    app = make_app()
    sign_in(qtbot, app)
    app.open_lesson(app.library.lesson_by_id("basics"))
    text = app.lesson_screen.reader.toPlainText()
    assert "River notes, Test Press" in text
    assert "https://example.org/river" in text
    assert "Drawing by a friend" in text
    assert "<a " not in app.lesson_screen.reader.toHtml()
    assert plain(app.lesson_screen.footer.text()) == "Source: River notes, Test Press"


def test_links_in_pages_never_open(qtbot, make_app):
    """External links in Markdown are not opened by the reader."""
    app = make_app()
    sign_in(qtbot, app)
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.lesson_screen.show_index(1)
    reader = app.lesson_screen.reader
    assert not reader.openExternalLinks() and not reader.openLinks()


def test_page_image_resolves_relative_to_the_lesson(qtbot, make_app, library_dir):
    """The page's image is found beside the lesson file and its alt text is the caption."""
    app = make_app()
    sign_in(qtbot, app)
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.lesson_screen.show_index(1)
    document = app.lesson_screen.reader.document()
    assert "lessonapp-image:page-image" in document.toHtml()  # read by the app, not opened by Qt
    picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("lessonapp-image:page-image"))
    assert picture.width() == 1 and picture.pixel(0, 0) & 0xFFFFFF == 0x2060C0  # the dot beside the lesson
    assert "A blue dot that stands for the river." in app.lesson_screen.reader.toPlainText()


def test_original_article_opens_the_source_file(qtbot, make_app):
    """ "Original article" shows the local source text in a readable window; Esc closes it."""
    app = make_app()
    sign_in(qtbot, app)
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.lesson_screen.article_button.setFocus()
    qtbot.keyClick(focused(app), Qt.Key.Key_Return)
    dialog = app.lesson_screen.article
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QPlainTextEdit).toPlainText()
    assert text.startswith("The river is long")
    with qtbot.waitSignal(dialog.destroyed, timeout=1000):  # closed, then deleted: none pile up
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)


def test_previous_and_next_by_keyboard(qtbot, make_app):
    """Enter on Next walks the pages; Esc goes back to the library."""
    app = make_app()
    sign_in(qtbot, app)
    qtbot.keyClick(focused(app), Qt.Key.Key_Return)
    # The start page is no numbered page: its "2 pages" and the counters agree.
    assert app.lesson_screen.counter.text() == ""
    assert "2 pages" in app.lesson_screen.reader.toPlainText()
    qtbot.keyClick(focused(app), Qt.Key.Key_Return)
    assert app.lesson_screen.counter.text() == "Page 1 of 2"
    qtbot.keyClick(focused(app), Qt.Key.Key_Return)
    assert app.lesson_screen.counter.text() == "Page 2 of 2"
    app.lesson_screen.previous_button.setFocus()
    qtbot.keyClick(focused(app), Qt.Key.Key_Space)
    assert app.lesson_screen.counter.text() == "Page 1 of 2"
    qtbot.keyClick(focused(app), Qt.Key.Key_Escape)
    assert app.window.current_screen is app.library_screen


def test_zoom_keys_change_text_size_and_persist(qtbot, make_app, db_path):
    """Ctrl+Plus / Ctrl+Minus / Ctrl+0 resize all text, and the size is remembered."""
    app = make_app()
    title = app.profiles.title
    body = app.profiles.hint

    def points(widget):
        widget.ensurePolished()
        return widget.font().pointSizeF()

    base_body, base_title = points(body), points(title)
    assert base_body == theme.text_points(1.0)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(focused(app), Qt.Key.Key_Plus, ctrl)
    qtbot.keyClick(focused(app), Qt.Key.Key_Plus, ctrl)
    assert points(body) > base_body and points(title) > base_title
    zoomed = points(body)
    settings = QSettings(str(db_path.parent / "ui.ini"), QSettings.Format.IniFormat)
    assert float(settings.value("ui/zoom")) > 1

    again = make_app()
    assert points(again.profiles.hint) == zoomed
    qtbot.keyClick(focused(again), Qt.Key.Key_Minus, ctrl)
    assert points(again.profiles.hint) < zoomed
    qtbot.keyClick(focused(again), Qt.Key.Key_0, ctrl)
    assert points(again.profiles.hint) == base_body


def test_high_contrast_is_remembered(qtbot, make_app):
    """The high-contrast choice changes the colours and survives a restart."""
    app = make_app()
    normal = app.window.styleSheet()
    app.window.contrast_action.trigger()
    assert app.window.styleSheet() != normal
    assert "#000000" in app.window.styleSheet()
    again = make_app()
    assert again.window.contrast_action.isChecked()
    assert again.window.styleSheet() == app.window.styleSheet()


def test_store_notice_is_shown(qtbot, make_app, db_path, monkeypatch):
    """A damaged score file is set aside and the student is told."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(b"this is not a database" * 100)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    app = make_app()
    assert app.store.notice
    assert [plain(text) for text in told] == [app.store.notice]


def test_last_student_is_preselected_and_enter_continues(qtbot, make_app):
    """The last student is chosen already; Enter on the list continues."""
    app = make_app()
    app.store.add_profile("Zed")
    bea = app.store.add_profile("Bea")
    app.store.touch_profile(bea.id)
    app.show_profiles()
    assert app.profiles.selected_id() == bea.id
    assert focused(app) is app.profiles.list
    qtbot.keyClick(app.profiles.list, Qt.Key.Key_Return)
    assert app.window.current_screen is app.library_screen
    assert app.profile.name == "Bea"


def test_every_text_goes_through_translation_hooks():
    """Screens translate their strings (a QApplication exists for tr())."""
    assert QApplication.instance() is not None


def test_file_quit_and_ctrl_q_close_the_window(qtbot, make_app):
    app = make_app()
    assert app.window.file_menu.title() == "&File"
    assert app.window.quit_action in app.window.file_menu.actions()
    assert "Ctrl+Q" in [s.toString() for s in app.window.quit_action.shortcuts()]
    assert app.window.isVisible()
    qtbot.keyClick(focused(app), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=2000)


def test_closing_the_teacher_area_returns_to_the_student(qtbot, make_app):
    app = make_app()
    bea = app.store.add_profile("Bea")
    app.on_profiles_profile_chosen(bea.id)
    app.request_teacher_area()  # no PIN set at home
    assert app.window.current_screen is app.teacher_area
    app.teacher_area.closed.emit()
    assert app.window.current_screen is app.library_screen
    assert app.profile.id == bea.id



@pytest.mark.parametrize("contrast", [False, True])
def test_a_button_keeps_its_size_with_focus_and_no_dashed_borders(qtbot, make_app, contrast):
    """Focus thickens the border inside the same size (the first Open button grew and kept it)."""
    app = make_app()
    app.view_settings.set_high_contrast(contrast)
    sign_in(qtbot, app)
    first, second = [c.open_button for c in app.library_screen.cards.values() if c.open_button.isEnabled()][:2]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focused_size = first.sizeHint()
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    assert first.sizeHint() == focused_size == second.sizeHint()
    rules = app.window.styleSheet()
    assert "dashed" not in rules.split("QPushButton#choice[state=\"missed\"]")[0]
    assert "dotted" not in rules


def test_the_teacher_area_says_when_no_pin_guards_it(qtbot, make_app):
    app = make_app()
    app.request_teacher_area()  # no PIN at home: it opens at once
    advice = app.teacher_area.pin_advice
    assert advice.isVisible() and advice.text().startswith("No teacher PIN is set")
    assert advice.accessibleName() == advice.text()


def test_the_focused_open_button_is_the_size_of_the_others_after_contrast_and_zoom(qtbot, make_app):
    app = make_app()
    sign_in(qtbot, app)
    first, second = [c.open_button for c in app.library_screen.cards.values() if c.open_button.isEnabled()][:2]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for step in (lambda: app.view_settings.set_high_contrast(True), lambda: app.view_settings.set_zoom(1.5),
                 lambda: app.view_settings.set_zoom(1.0), lambda: app.view_settings.set_high_contrast(False)):
        step()
        qtbot.wait(20)
        assert first.hasFocus()
        assert first.sizeHint() == second.sizeHint()
        assert first.size() == second.size()


def test_the_quit_item_has_a_name_for_screen_readers(qtbot, make_app):
    from PySide6.QtGui import QAccessible

    app = make_app()
    face = QAccessible.queryAccessibleInterface(app.window.file_menu)
    names = [face.child(i).text(QAccessible.Text.Name) for i in range(face.childCount())]
    assert "Quit" in names


def test_tab_goes_through_the_start_page_in_reading_order(qtbot, make_app):
    """The text, then Start reading and Take the quiz, then Original article and Library
    (it was Take the quiz, the text, Library, Original article)."""
    app = make_app()
    sign_in(qtbot, app)
    app.open_lesson(app.library.lesson_by_id("basics"))
    screen = app.lesson_screen
    screen.reader.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [screen.next_button, screen.quiz_button, screen.article_button, screen.library_button,
                     screen.reader]


def test_every_open_button_has_one_size_after_contrast_and_zoom(qtbot, make_app, library_dir):
    """The first (focused) Open button kept a larger size after toggling high contrast and zoom."""
    second = "format: 1\nid: second\ntitle: Second\npages:\n  - title: P\n    body: b\n"
    (library_dir / "second.yaml").write_text(second, encoding="utf-8")
    app = make_app()
    sign_in(qtbot, app)
    window = app.window
    for action in (window.contrast_action, window.zoom_in_action, window.contrast_action, window.zoom_reset_action):
        action.trigger()
        qtbot.wait(10)
    sizes = {card.open_button.size().toTuple() for card in app.library_screen.cards.values()
             if card.open_button.isEnabled()}
    assert len(sizes) == 1, sizes
