"""Students' sign-in on a kiosk (issue 15 item 6), the whole app as lessonapp.ui.app
wires it: between the name and the library, every time; set the first time;
wrong tries refused and slowed down; reset by the teacher."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from lessonapp.paths import bundled_lessons
from lessonapp.settings import Settings
from lessonapp.store import Store, set_pin, sign_in
from lessonapp.store.sign_in import PIN as PIN_KIND
from lessonapp.store.sign_in import make_record, secret_info, secret_record
from lessonapp.ui.app import lock_down
from lessonapp.ui.controller import AppController
from lessonapp.ui.secret_entry import PictureEntry
from lessonapp.ui.sign_in import SetSecretDialog, SignInScreen

from .conftest import CHEAP, PIN, Clock

ANA_PICTURES = (4, 0, 7)  # flower, sun, apple


@pytest.fixture(autouse=True)
def cheap_secrets(monkeypatch):
    monkeypatch.setattr(sign_in, "COST", CHEAP)


@pytest.fixture
def make_kiosk(qtbot, tmp_path: Path):
    """make_kiosk(student_sign_in) -> a started kiosk on the bundled course, with Ana and Ben."""
    made: list[AppController] = []

    def make(mode: str | None = "picture", *, kiosk: bool = True, **settings) -> AppController:
        store = Store.open(tmp_path / "scores.db")
        set_pin(store, PIN, cost=CHEAP)
        app_settings = Settings(kiosk=kiosk, student_sign_in=mode, roster=("Ana", "Ben"),
                                students_can_add_themselves=False, **settings)
        ui = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        controller = AppController(store, [bundled_lessons()], ui, kiosk=kiosk, app_settings=app_settings,
                                   data_dir=tmp_path)
        controller.lockdown = lock_down(controller, app_settings) if kiosk else None
        if not kiosk:
            controller.window.resize(1024, 738)  # a 1024x768 screen less a title bar
        controller.start()
        if kiosk:
            controller.lockdown.watch_application()
        controller.finish_start()
        controller.upkeep.wait()
        qtbot.waitExposed(controller.window)
        controller.window.activateWindow()  # where the keys go, as on the machine
        qtbot.waitUntil(controller.window.isActiveWindow)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller._drop_quiz()
        if controller.lockdown is not None:
            controller.lockdown.remove()
        controller.window.close()
        controller.window.deleteLater()
        controller.store.close()


def choose(app: AppController, name: str) -> None:
    items = [app.profiles.list.item(i) for i in range(app.profiles.list.count())]
    app.profiles.list.setCurrentItem(next(item for item in items if item.text() == name))
    app.profiles.continue_button.click()


def profile_id(app: AppController, name: str) -> int:
    return next(p.id for p in app.store.profiles() if p.name == name)


def screen(app: AppController) -> SignInScreen:
    return app.sign_in.screen


def pick(app: AppController, pictures) -> None:
    for number in pictures:
        screen(app).form.pictures.buttons[number].click()


def wait_idle(qtbot, app: AppController) -> None:
    qtbot.waitUntil(lambda: not screen(app).form.busy)


def sign_in_first_time(qtbot, app: AppController, name: str, pictures=ANA_PICTURES) -> None:
    choose(app, name)
    pick(app, pictures)
    pick(app, pictures)
    qtbot.waitUntil(lambda: app.window.current_screen is app.library_screen)


def test_off_by_default_a_name_opens_the_library_at_once(make_kiosk):
    app = make_kiosk(mode=None)
    choose(app, "Ana")
    assert app.window.current_screen is app.library_screen and app.profile.name == "Ana"
    assert "sign_in" not in vars(app)  # nothing of it was even built
    assert app.store.connection.execute("SELECT count(*) FROM student_secrets").fetchone()[0] == 0


def test_the_first_sign_in_sets_the_picture_password(qtbot, make_kiosk):
    app = make_kiosk()
    choose(app, "Ana")
    assert app.window.current_screen is screen(app) and app.profile is None
    assert screen(app).title.text() == "Hello, Ana"
    assert "Choose three pictures" in screen(app).form.instruction.text()
    pick(app, ANA_PICTURES[:2])
    assert screen(app).form.pictures.slots.text() == "●  ●  ○"
    screen(app).form.pictures.take_back.click()
    assert screen(app).form.pictures.slots.text() == "●  ○  ○"
    pick(app, ANA_PICTURES[1:])
    assert "same three pictures again" in screen(app).form.instruction.text()
    pick(app, (1, 2, 3))  # not the same: start again
    assert "not the same" in screen(app).form.status.text()
    assert app.window.current_screen is screen(app) and secret_info(app.store, profile_id(app, "Ana")) is None
    pick(app, ANA_PICTURES)
    pick(app, ANA_PICTURES)
    qtbot.waitUntil(lambda: app.window.current_screen is app.library_screen)
    assert app.profile.name == "Ana"
    record = secret_record(app.store, profile_id(app, "Ana"))
    assert record.startswith("scrypt$") and secret_info(app.store, profile_id(app, "Ana")).kind == "picture"


def test_next_time_a_wrong_one_is_refused_and_the_right_one_opens_the_library(qtbot, make_kiosk):
    app = make_kiosk()
    sign_in_first_time(qtbot, app, "Ana")
    app.on_idle_reset()
    choose(app, "Ana")
    assert app.window.current_screen is screen(app)  # every time, also after an idle reset
    assert "Pick your three pictures" in screen(app).form.instruction.text()
    pick(app, (7, 0, 4))  # the right pictures in the wrong order
    wait_idle(qtbot, app)
    assert screen(app).form.status.text().startswith("Those are not your pictures")
    assert app.window.current_screen is screen(app) and app.profile is None
    pick(app, ANA_PICTURES)
    qtbot.waitUntil(lambda: app.window.current_screen is app.library_screen)
    assert app.profile.name == "Ana"


def test_another_student_cannot_open_the_first_ones_library_or_resume_her_quiz(qtbot, make_kiosk, monkeypatch):
    from lessonapp.ui import dialogs

    app = make_kiosk()
    sign_in_first_time(qtbot, app, "Ana")
    lesson = app.library.lessons[0]
    app.open_lesson(lesson)
    app.start_quiz(lesson)
    ana = profile_id(app, "Ana")
    attempt = app.store.unfinished_attempt(ana, lesson.id)
    assert attempt is not None
    app.on_idle_reset()  # Ana walked away in the middle of her quiz
    asked = []
    monkeypatch.setattr(dialogs, "ask_resume", lambda *args: asked.append(args) or dialogs.RESUME)
    # Ben picks her name: he never gets past the sign-in.
    choose(app, "Ana")
    for guess in ((0, 0, 0), (1, 1, 1)):
        pick(app, guess)
        wait_idle(qtbot, app)
    assert app.window.current_screen is screen(app) and app.profile is None
    app.on_lesson_quiz_requested()  # what the lesson screen's button would do: nothing, nobody is signed in
    assert app.quiz is None and asked == []
    screen(app).back_button.click()
    assert app.window.current_screen is app.profiles
    # Ben with his own name sets his own pictures and sees his own library, not Ana's quiz.
    sign_in_first_time(qtbot, app, "Ben", (1, 2, 3))
    assert app.profile.name == "Ben"
    assert app.store.unfinished_attempt(app.profile.id, lesson.id) is None
    assert app.store.unfinished_attempt(ana, lesson.id).id == attempt.id  # Ana's is kept for her


def test_wrong_tries_are_slowed_down_as_the_teacher_pin_is(qtbot, make_kiosk):
    app = make_kiosk()
    sign_in_first_time(qtbot, app, "Ana")
    clock = Clock()
    app.sign_in.clock = clock
    app.on_idle_reset()
    choose(app, "Ana")
    for _ in range(3):
        pick(app, (8, 8, 8))
        wait_idle(qtbot, app)
    form = screen(app).form
    assert form.status.text() == "Wrong too many times. Try again in 2 s."
    assert not form.pictures.isEnabled()
    pick(app, ANA_PICTURES)  # disabled: nothing is even tried
    assert app.window.current_screen is screen(app)
    clock.advance(2)
    qtbot.waitUntil(form.pictures.isEnabled)
    pick(app, ANA_PICTURES)
    qtbot.waitUntil(lambda: app.window.current_screen is app.library_screen)


def test_a_pin_set_by_keyboard_alone(qtbot, make_kiosk):
    app = make_kiosk(mode="pin")
    choose(app, "Ben")
    form = screen(app).form
    assert form.pin.isVisible() and not form.pictures.isVisible()
    assert QApplication.focusWidget() is form.pin.field
    qtbot.keyClicks(form.pin.field, "123")
    qtbot.keyClick(form.pin.field, Qt.Key.Key_Return)
    assert form.status.text() == "A PIN has 4 to 8 digits."
    for _ in range(2):
        qtbot.keyClicks(form.pin.field, "5829")
        qtbot.keyClick(form.pin.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.current_screen is app.library_screen)
    app.on_idle_reset()
    choose(app, "Ben")
    qtbot.keyClicks(form.pin.field, "5828")
    qtbot.keyClick(form.pin.field, Qt.Key.Key_Return)
    wait_idle(qtbot, app)
    assert form.status.text().startswith("That is not your PIN")  # one Enter, one try
    assert app.sign_in._guard(profile_id(app, "Ben")).failures == 1
    qtbot.keyClicks(form.pin.field, "5829")
    qtbot.keyClick(form.pin.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.current_screen is app.library_screen)


def test_pictures_by_keyboard_and_for_a_screen_reader(qtbot, make_kiosk):
    app = make_kiosk()
    choose(app, "Ana")
    entry: PictureEntry = screen(app).form.pictures
    names = [QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in entry.buttons]
    assert names == ["Sun", "Tree", "House", "Fish", "Flower", "Car", "Boat", "Apple", "Star"]
    assert QApplication.focusWidget() is entry.buttons[0]
    qtbot.keyClick(entry.buttons[0], Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is entry.buttons[4]  # the flower
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # the sun
    slots = QAccessible.queryAccessibleInterface(entry.slots).text(QAccessible.Text.Name)
    assert slots == "2 of 3 pictures picked"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    assert entry.picked == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_8)  # the apple: the first choice is made
    assert "same three pictures again" in screen(app).form.instruction.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # back to the names
    assert app.window.current_screen is app.profiles


def test_right_to_left_arrows_follow_the_screen(qtbot, make_kiosk):
    app = make_kiosk()
    choose(app, "Ana")
    entry = screen(app).form.pictures
    entry.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as the Arabic app lays it out
    qtbot.waitUntil(lambda: entry.buttons[1].x() < entry.buttons[0].x())  # the first picture is on the right
    entry.buttons[0].setFocus()
    qtbot.keyClick(entry.buttons[0], Qt.Key.Key_Left)  # so the next one is to its left
    assert QApplication.focusWidget() is entry.buttons[1]
    qtbot.keyClick(entry.buttons[1], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is entry.buttons[0]


def test_the_teacher_resets_and_sets_a_students_sign_in(qtbot, make_kiosk):
    app = make_kiosk()
    sign_in_first_time(qtbot, app, "Ana")
    app.open_teacher_area()
    area = app.teacher_area
    area.tabs.setCurrentWidget(area.sign_in)
    tab = area.sign_in
    rows = {r.name: r for r in tab.model.records}
    assert rows["Ana"].kind == "picture" and rows["Ben"].kind is None
    names = [r.name for r in tab.model.records]
    tab.table.setCurrentIndex(tab.model.index(names.index("Ben"), 0))
    assert not tab.reset_button.isEnabled()  # he has nothing to reset
    tab.table.setCurrentIndex(tab.model.index(names.index("Ana"), 0))
    assert tab.reset_button.isEnabled()
    tab.reset_button.click()
    assert secret_info(app.store, profile_id(app, "Ana")) is None
    assert "Reset: Ana chooses a new one" in tab.message.text()

    # The teacher sets Ben's pictures for him.
    def set_in_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetSecretDialog)
        for _ in range(2):
            for number in (2, 5, 8):
                dialog.form.pictures.buttons[number].click()

    tab.table.setCurrentIndex(tab.model.index([r.name for r in tab.model.records].index("Ben"), 0))
    QTimer.singleShot(0, set_in_dialog)
    tab.set_button.click()
    assert secret_info(app.store, profile_id(app, "Ben")).set_by == "teacher"
    area.closed.emit()
    # Ana chooses new pictures; Ben signs in with the teacher's.
    sign_in_first_time(qtbot, app, "Ana", (3, 3, 3))
    app.on_idle_reset()
    choose(app, "Ben")
    assert "Pick your three pictures" in screen(app).form.instruction.text()
    pick(app, (2, 5, 8))
    qtbot.waitUntil(lambda: app.window.current_screen is app.library_screen)
    assert app.profile.name == "Ben"


def test_a_secret_kept_as_a_pin_is_still_asked_for_when_the_setting_says_picture(qtbot, make_kiosk):
    app = make_kiosk()
    sign_in.keep_record(app.store, profile_id(app, "Ana"), PIN_KIND, make_record(PIN_KIND, "2468"))
    choose(app, "Ana")
    form = screen(app).form
    assert form.pin.isVisible() and not form.pictures.isVisible()  # nobody can choose pictures in her place
    qtbot.keyClicks(form.pin.field, "2468")
    qtbot.keyClick(form.pin.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.current_screen is app.library_screen)


def test_the_idle_reset_leaves_nothing_half_picked_for_the_next_student(qtbot, make_kiosk):
    app = make_kiosk()
    sign_in_first_time(qtbot, app, "Ana")
    app.on_idle_reset()
    choose(app, "Ana")
    assert app.lockdown.idle._active  # someone is at the machine: the idle reset watches the sign-in too
    pick(app, ANA_PICTURES[:2])
    app.on_idle_reset()  # Ana walked away before her third picture
    assert app.window.current_screen is app.profiles and not app.lockdown.idle._active
    assert screen(app).title.text() == "" and screen(app).form.pictures.picked == 0
    choose(app, "Ana")
    pick(app, ANA_PICTURES[2:])  # the next student's one picture does not complete hers
    assert screen(app).form.pictures.picked == 1 and app.window.current_screen is screen(app)


@pytest.mark.parametrize("zoom", [1.0, 2.0, 3.0])
def test_the_sign_in_fits_1024_by_768_at_every_text_size(qtbot, make_kiosk, zoom):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QPushButton

    app = make_kiosk(kiosk=False)  # a window of 1024x738, not the test screen's full size
    choose(app, "Ana")
    app.view_settings.set_zoom(zoom)
    qtbot.wait(10)
    hint = app.window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 738, hint
    assert app.window.width() <= 1024
    view = screen(app).area.viewport()
    for b in screen(app).findChildren(QPushButton):
        left = b.mapTo(view, QPoint(0, 0)).x()
        assert 0 <= left and left + b.width() <= view.width(), b.accessibleName()
    entry = screen(app).form.pictures
    assert entry.buttons[0].iconSize().height() >= 64  # big pictures at every size
    entry.buttons[8].setFocus()  # reached by the keyboard: scrolled into view
    qtbot.wait(10)
    bottom = entry.buttons[8].mapTo(view, QPoint(0, entry.buttons[8].height())).y()
    assert bottom <= view.height()


def test_a_screen_reader_hears_the_greeting_each_pick_and_a_wrong_try(qtbot, make_kiosk, monkeypatch):
    from lessonapp.ui import secret_entry
    from lessonapp.ui import sign_in as sign_in_screen

    heard: list[tuple[str, bool]] = []
    monkeypatch.setattr(sign_in_screen, "announce", lambda _w, text, assertive=False: heard.append((text, assertive)))
    monkeypatch.setattr(secret_entry, "announce", lambda _w, text, assertive=False: heard.append((text, assertive)))
    app = make_kiosk()
    sign_in.keep_record(app.store, profile_id(app, "Ana"), "picture", make_record("picture", "407"))
    choose(app, "Ana")
    assert heard[-1] == ("Hello, Ana. Pick your three pictures, in order.", False)
    pick(app, (1,))
    assert heard[-1] == ("1 of 3 pictures picked", False)  # how many, never which
    pick(app, (1, 1))
    wait_idle(qtbot, app)
    assert heard[-1] == ("Those are not your pictures. Try again, or go back and choose your name.", True)


def test_each_of_the_nine_pictures_is_drawn(qtbot):
    """The pictures are SVG files: without Qt's SVG icon engine they would be blank buttons."""
    from lessonapp.ui.secret_entry import picture_icon

    drawn = []
    for number in range(9):
        image = picture_icon(number).pixmap(64, 64).toImage()
        assert not image.isNull(), number
        colours = {image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}
        drawn.append(len(colours) >= 3)  # a background, an outline and a fill at least
    assert all(drawn), drawn
