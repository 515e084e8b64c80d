"""What a screen reader that was started before the app finds on each screen (issue 14,
points 2, 3 and 5), read through QAccessible.queryAccessibleInterface.

Qt's AT-SPI bridge tells a screen reader when an object starts "showing" but never when
it becomes "visible", and Orca keeps the states it first read: an object first seen while
hidden stays unreadable. So no screen is built before it is shown, and what a shown
screen reveals later (the feedback, a page to re-read) is shown before it is named."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel
from test_results_truth import right_positions, run_quiz, wrong_positions
from uihelpers import focused

from lessonapp.ui import accessibility

# Roles a screen reader passes over in silence on the way to the focus (Orca: "layout only").
SILENT = {QAccessible.Role.Client}
# Containers it names: each needs a name that says what it holds.
NAMED_CONTAINERS = {QAccessible.Role.Border, QAccessible.Role.Pane, QAccessible.Role.Grouping}  # cards are Borders


def built_screens(app) -> list[str]:
    stack = app.window.stack
    return [type(stack.widget(i)).__name__ for i in range(stack.count())]


def path_to_focus(app) -> list[tuple[QAccessible.Role, str]]:
    """The containers between the window and the focused control, outermost first."""
    window = QAccessible.queryAccessibleInterface(app.window)
    interface = QAccessible.queryAccessibleInterface(focused(app)).parent()
    path = []
    while interface is not None and interface.isValid() and interface.object() is not app.window:
        path.append((interface.role(), interface.text(QAccessible.Text.Name)))
        interface = interface.parent()
    assert interface is not None and interface.object() is window.object(), "the focus is not in the window"
    return path[::-1]


def assert_no_noise(app) -> None:
    for role, name in path_to_focus(app):
        assert role != QAccessible.Role.LayeredPane, "a layered pane in the path"
        assert role in SILENT or (role in NAMED_CONTAINERS and name), (role, name)


def test_no_screen_is_built_before_it_is_shown(qtbot, make_app):
    """At start (after the first frame's work) only the name screen exists; each other
    screen is built as it is first shown, so none is ever seen hidden."""
    app = make_app()
    assert built_screens(app) == ["ProfilesScreen"]
    profile = app.store.add_profile("Ana")
    app.on_profiles_profile_chosen(profile.id)
    assert built_screens(app) == ["ProfilesScreen", "LibraryScreen"]
    app.open_lesson(app.library.lesson_by_id("basics"))
    assert built_screens(app)[-1] == "LessonScreen"
    app.start_quiz(app.lesson)
    assert built_screens(app)[-1] == "QuizScreen"
    run_quiz(app, right_positions)
    assert built_screens(app) == ["ProfilesScreen", "LibraryScreen", "LessonScreen", "QuizScreen", "ResultsScreen"]
    for i in range(app.window.stack.count()):  # the one shown is the one current
        screen = app.window.stack.widget(i)
        assert screen.isVisible() == (screen is app.window.current_screen)


def record_names(widgets) -> list[tuple[str, bool]]:
    """(name, shown) for each name given to these widgets from now on."""
    given: list[tuple[str, bool]] = []
    for widget in widgets:
        original = widget.setAccessibleName

        def named(text, widget=widget, original=original):
            given.append((text, widget.isVisible()))
            original(text)

        widget.setAccessibleName = named
    return given


def test_the_feedback_and_a_page_to_reread_are_shown_before_they_are_named(qtbot, make_app):
    app = make_app()
    profile = app.store.add_profile("Ana")
    app.on_profiles_profile_chosen(profile.id)
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    screen = app.quiz_screen
    given = record_names([*screen.feedback.findChildren(QLabel), screen.reread_title])
    for position in wrong_positions(app.quiz.session.current):
        screen.toggle(position)
    app.quiz.on_screen_action_requested()
    assert screen.feedback.isVisible()
    assert screen.reread_button.isVisible(), "the test library's first question points to a page"
    screen.reread_button.click()
    assert screen.reread_title.isVisible()
    named = [text for text, _ in given if text]
    assert "Not quite." in named and screen.reread_title.text() in named
    assert [text for text, shown in given if text and not shown] == []


def test_the_path_from_the_window_to_the_focus_has_no_noise(qtbot, make_app):
    """No "layered pane" (a QStackedWidget) and no "Screens": every container on the way to
    the focused control is silent to a screen reader, or named by what it holds."""
    app = make_app()
    app.profiles.name_edit.setFocus()
    assert_no_noise(app)
    profile = app.store.add_profile("Ana")
    app.on_profiles_profile_chosen(profile.id)
    assert_no_noise(app)
    app.open_lesson(app.library.lesson_by_id("basics"))
    assert_no_noise(app)
    app.lesson_screen.reader.setFocus()
    assert_no_noise(app)
    app.start_quiz(app.lesson)
    assert_no_noise(app)  # on choice 1
    for position in wrong_positions(app.quiz.session.current):
        app.quiz_screen.toggle(position)
    app.quiz.on_screen_action_requested()
    app.quiz_screen.feedback.setFocus()
    assert_no_noise(app)
    run_quiz(app, right_positions)
    assert_no_noise(app)
    window = QAccessible.queryAccessibleInterface(app.window)
    assert window.text(QAccessible.Text.Name) == "Lessons"


def test_reading_text_has_a_caret_that_moves_line_by_line(qtbot, make_app):
    """Arrow keys move a caret through a lesson page, which a screen reader follows
    (caret-moved events) and reads line by line through the text interface."""
    app = make_app()
    profile = app.store.add_profile("Ana")
    app.on_profiles_profile_chosen(profile.id)
    app.open_lesson(app.library.lesson_by_id("basics"))
    qtbot.keyClick(focused(app), Qt.Key.Key_Space)  # Start reading: page 1
    reader = app.lesson_screen.reader
    for _ in range(6):  # back from Next, past Previous and the other buttons
        if focused(app) is reader:
            break
        qtbot.keyClick(focused(app), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused(app) is reader, "Shift+Tab from Next reaches the page text"
    text = QAccessible.queryAccessibleInterface(reader).textInterface()
    assert text is not None and text.cursorPosition() == 0
    top = reader.cursorRect().top()
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    moved = text.cursorPosition()
    assert moved > 0, "Down moves the caret"
    assert reader.cursorRect().top() > top, "onto the next line"
    assert text.text(0, moved).strip(), "the line passed over is text a screen reader can read"
    qtbot.keyClick(reader, Qt.Key.Key_Up)
    assert text.cursorPosition() == 0
    assert reader.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard


class ShowCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def test_on_linux_announcements_are_a_notification_that_appears(qtbot, make_app, monkeypatch):
    """Orca before 46 (Debian 12's) ignores Qt's announcement events: on X11 and Wayland
    each announcement renames the window's notification and shows it again, which Orca
    speaks as it starts showing."""
    monkeypatch.setattr(accessibility, "speaks_by_notice", lambda: True)
    app = make_app()
    profile = app.store.add_profile("Ana")
    app.on_profiles_profile_chosen(profile.id)
    app.open_lesson(app.library.lesson_by_id("basics"))
    notice = app.window.findChild(accessibility.Notice)
    assert notice is not None and notice.isVisible() and notice.focusPolicy() == Qt.FocusPolicy.NoFocus
    interface = QAccessible.queryAccessibleInterface(notice)
    assert interface.role() == QAccessible.Role.Notification
    assert interface.text(QAccessible.Text.Name) == "Basics: Before you start"
    counter = ShowCounter()
    notice.installEventFilter(counter)
    qtbot.keyClick(focused(app), Qt.Key.Key_Space)  # Start reading
    assert interface.text(QAccessible.Text.Name) == "Basics, page 1 of 2: The river"
    assert counter.shown == 1, "shown again, so that a screen reader hears it"
    app.start_quiz(app.lesson)
    assert interface.text(QAccessible.Text.Name).startswith("Question 1 of ")
    assert app.window.findChildren(accessibility.Notice) == [notice]


def test_the_next_question_is_not_preceded_by_the_renamed_button(qtbot, make_app):
    """Enter on "Next question": the button became "Check the answer" while it still had the
    focus, and Orca said so before the new question; it is renamed once the focus is on choice 1."""
    app = make_app()
    profile = app.store.add_profile("Ana")
    app.on_profiles_profile_chosen(profile.id)
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    screen = app.quiz_screen
    for position in right_positions(app.quiz.session.current):
        screen.toggle(position)
    qtbot.keyClick(screen, Qt.Key.Key_Return)  # Check
    assert focused(app) is screen.action_button
    original = screen.action_button.setAccessibleName
    given = []
    screen.action_button.setAccessibleName = lambda text: (
        given.append((text, screen.action_button.hasFocus())),
        original(text),
    )
    qtbot.keyClick(screen, Qt.Key.Key_Return)  # Next question
    assert focused(app) is screen.choices[0]
    assert given == [("Check the answer", False)]
