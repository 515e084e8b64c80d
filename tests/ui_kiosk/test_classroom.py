"""The whole app on a classroom machine: kiosk lock, roster, privacy, idle
reset and the teacher area, wired as lessonapp.ui.app wires them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from lessonapp.paths import bundled_lessons
from lessonapp.settings import Settings
from lessonapp.store import Store, make_backup, set_pin
from lessonapp.ui.app import lock_down
from lessonapp.ui.controller import AppController

from .conftest import CHEAP, PIN


@pytest.fixture
def make_classroom(qtbot, tmp_path: Path):
    """make_classroom(settings, kiosk=True) -> a started controller on the bundled course."""
    made: list[AppController] = []

    def make(settings: Settings, *, kiosk: bool = True, pin: bool = True) -> AppController:
        store = Store.open(tmp_path / "scores.db")
        if pin:
            set_pin(store, PIN, cost=CHEAP)
        ui = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        controller = AppController(
            store, [bundled_lessons()], ui, kiosk=kiosk, app_settings=settings, data_dir=tmp_path
        )
        controller.lockdown = lock_down(controller, settings) if kiosk else None
        controller.start()
        # What the app does once its first frame is painted:
        if controller.lockdown is not None:
            controller.lockdown.watch_application()
        controller.finish_start()
        controller.upkeep.wait()  # its daily backup is made before the test makes its own
        qtbot.waitExposed(controller.window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        if controller.lockdown is not None:
            controller.lockdown.remove()  # its filters are application-wide: leave none behind
        controller.window.close()
        controller.window.deleteLater()
        controller.store.close()


def choose(controller: AppController, name: str) -> None:
    items = [controller.profiles.list.item(i) for i in range(controller.profiles.list.count())]
    controller.profiles.list.setCurrentItem(next(item for item in items if item.text() == name))
    controller.profiles.continue_button.click()


def test_the_app_watches_all_input_once_its_first_frame_is_painted(qtbot, tmp_path):
    store = Store.open(tmp_path / "scores.db")
    ui = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    controller = AppController(store, [bundled_lessons()], ui, kiosk=True, data_dir=tmp_path)
    lockdown = lock_down(controller, Settings(kiosk=True))
    try:
        assert not lockdown.guard.watching_application  # the window alone, until then
        assert not lockdown.idle.watching_application
        controller.start()
        qtbot.waitUntil(lambda: lockdown.guard.watching_application and lockdown.idle.watching_application)
    finally:
        lockdown.remove()
        controller.window.close()
        controller.window.deleteLater()
        if controller.upkeep is not None:
            controller.upkeep.wait()
        store.close()


def test_roster_names_in_order_and_no_adding(make_classroom):
    app = make_classroom(Settings(roster=("Zoe", "Adam"), students_can_add_themselves=False))
    names = [app.profiles.list.item(i).text() for i in range(app.profiles.list.count())]
    assert names == ["Zoe", "Adam"]
    assert app.profiles.add_card.isHidden()


def test_the_last_student_is_not_preselected_for_the_next(make_classroom):
    app = make_classroom(Settings(roster=("Zoe", "Adam")))
    choose(app, "Adam")
    app.show_profiles()
    assert app.profiles.selected_id() is None  # neither Adam nor the first name
    assert app.profiles.list.selectedItems() == []
    app.profiles.list.setFocus()  # focus alone makes a row current in Qt, which must not choose it
    QTest.keyClick(app.profiles.list, Qt.Key.Key_Return)
    assert app.window.current_screen is app.profiles
    assert app.profiles.hint.text().startswith("Choose your name first")
    QTest.keyClick(app.profiles.list, Qt.Key.Key_Down)
    QTest.keyClick(app.profiles.list, Qt.Key.Key_Return)
    assert app.window.current_screen is app.library_screen


def test_students_need_not_see_their_past_scores(make_classroom):
    app = make_classroom(Settings(roster=("Zoe",), students_see_own_scores=False))
    zoe = app.store.profiles()[0]
    attempt = app.store.start_attempt(zoe.id, "the-story", "The Story", 1, ["q"], 1.0)
    app.store.finish_attempt(attempt, 1.0, 1.0, 100.0, True)
    choose(app, "Zoe")
    card = app.library_screen.cards["the-story"]
    assert card.status.isHidden() and "100" not in card.status.text()


def test_teacher_shortcut_with_the_pin_opens_the_teacher_area_in_the_locked_window(make_classroom, dialogs, qtbot):
    app = make_classroom(Settings())
    dialogs.pins = [PIN]
    dialogs.menu_choice = "teacher_area"
    qtbot.keyClick(app.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert app.window.current_screen is app.teacher_area
    assert app.window.isFullScreen()
    app.teacher_area.closed.emit()
    assert app.window.current_screen is app.profiles


def test_an_old_short_pin_still_opens_the_teacher_area_which_suggests_a_longer_one(make_classroom, dialogs, qtbot):
    import hashlib
    import os

    from lessonapp.store.pin import PIN_KEY

    app = make_classroom(Settings())
    salt = os.urandom(16)  # a 4-digit PIN as set-pin stored it before 6 digits were needed
    digest = hashlib.scrypt(b"2468", salt=salt, n=16, r=8, p=1, dklen=32)
    app.store.set_setting(PIN_KEY, f"scrypt$16$8$1${salt.hex()}${digest.hex()}")
    dialogs.pins = ["2468"]
    dialogs.menu_choice = "teacher_area"
    qtbot.keyClick(app.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert app.window.current_screen is app.teacher_area
    advice = app.teacher_area.pin_advice
    assert advice.isVisible()
    assert "fewer than 6 digits" in advice.text() and "lessonapp set-pin" in advice.text()
    assert advice.accessibleName() == advice.text()

    set_pin(app.store, "24681357", cost=CHEAP)  # the teacher did as suggested
    app.teacher_area.closed.emit()
    dialogs.pins = ["24681357"]
    qtbot.keyClick(app.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert app.window.current_screen is app.teacher_area
    assert not app.teacher_area.pin_advice.isVisible()


def test_a_huge_idle_timeout_in_the_settings_file_starts_the_kiosk(make_classroom, dialogs, tmp_path):
    """idle_timeout: 3000000 (past what a QTimer takes) stopped the kiosk at start with
    OverflowError: now the file's checker says so and the default is used."""
    from lessonapp.settings import load_settings

    (tmp_path / "settings.yaml").write_text("kiosk: true\nidle_timeout: 3000000\n", encoding="utf-8")
    settings, problems = load_settings(None, tmp_path)
    assert [p.message for p in problems] == ['"idle_timeout" in settings is 3000000; it must be between 10 and 86400']
    app = make_classroom(settings)
    assert app.lockdown.idle.timeout_ms == 120_000
    # Made in code, past the file's bound: the PIN prompt's own timer takes it too.
    app.lockdown.guard.prompt_timeout_ms = Settings(idle_timeout=3_000_000).idle_timeout_ms
    dialogs.pins = [None]
    app.window.close()
    assert len(dialogs.prompts) == 1 and app.window.isVisible()


def test_closing_the_kiosk_window_needs_the_pin(make_classroom, dialogs):
    app = make_classroom(Settings())
    dialogs.pins = [None]
    app.window.close()
    assert app.window.isVisible()


def test_idle_reset_saves_the_attempt_and_clears_the_screen(make_classroom, qtbot):
    app = make_classroom(Settings(roster=("Zoe",), idle_timeout=0.15, idle_warning=0.15))
    choose(app, "Zoe")
    zoe = app.profile
    app.open_lesson(app.library.lesson_by_id("the-story"))
    app.start_quiz(app.lesson)
    qtbot.keyClick(app.quiz_screen, Qt.Key.Key_1)
    qtbot.keyClick(app.quiz_screen, Qt.Key.Key_Return)  # answered: on disk now
    with qtbot.waitSignal(app.student_changed, timeout=3000) as changed:
        pass
    assert changed.args == [False]
    assert app.window.current_screen is app.profiles and app.quiz is None
    unfinished = app.store.unfinished_attempt(zoe.id, "the-story")
    assert unfinished is not None and len(unfinished.answers) == 1


def test_teacher_menu_outside_kiosk_asks_for_the_pin_when_one_is_set(make_classroom, dialogs):
    app = make_classroom(Settings(), kiosk=False)
    assert app.window.teacher_menu.menuAction().isVisible()
    dialogs.pins = [None]
    app.window.teacher_action.trigger()
    assert app.teacher_area is None
    dialogs.pins = ["0000"]
    app.window.teacher_action.trigger()
    assert app.teacher_area is None
    dialogs.pins = [PIN]
    app.window.teacher_action.trigger()
    assert app.window.current_screen is app.teacher_area


def test_without_a_pin_the_teacher_menu_opens_at_home(make_classroom):
    app = make_classroom(Settings(), kiosk=False, pin=False)
    app.window.teacher_action.trigger()
    assert app.window.current_screen is app.teacher_area


def test_restoring_a_backup_keeps_the_current_scores_aside(make_classroom, tmp_path):
    app = make_classroom(Settings(roster=("Zoe",)), kiosk=False, pin=False)
    backup = make_backup(app.store, tmp_path / "backups")
    app.store.add_profile("Added after the backup")
    app.open_teacher_area()
    app.on_teacher_area_restore_requested(backup)
    assert [p.name for p in app.store.profiles()] == ["Zoe"]
    assert app.teacher_area.store is app.store
    assert list(tmp_path.glob("scores.db.*")), "the replaced scores are kept aside, never deleted"


def test_the_teacher_menu_left_open_closes_by_itself(make_classroom, qtbot, monkeypatch):
    """Opened with the PIN, the menu would let anyone quit if the teacher walked away."""
    from lessonapp.ui.pin_dialog import PinDialog, TeacherMenu

    app = make_classroom(Settings())
    app.lockdown.guard.prompt_timeout_ms = 100
    monkeypatch.setattr(PinDialog, "exec", lambda dialog: PinDialog.DialogCode.Accepted)
    from PySide6.QtWidgets import QDialog

    menus = []

    def watched_exec(menu):
        menus.append(menu)
        return QDialog.exec(menu)  # a real modal loop: only the timeout can end it here

    monkeypatch.setattr(TeacherMenu, "exec", watched_exec)
    quits = []
    app.lockdown.guard.quit_requested.connect(lambda: quits.append(True))
    app.lockdown.guard.open_teacher_menu()
    assert len(menus) == 1 and quits == []
    assert app.window.current_screen is app.profiles


def test_esc_on_the_name_screen_asks_for_the_pin(make_classroom, dialogs, qtbot):
    app = make_classroom(Settings())
    dialogs.pins = [None]
    qtbot.keyClick(app.profiles.list, Qt.Key.Key_Escape)
    assert len(dialogs.prompts) == 1 and app.window.isVisible()


def test_a_minimised_kiosk_comes_back(make_classroom, qtbot):
    app = make_classroom(Settings())
    app.window.showMinimized()
    qtbot.waitUntil(lambda: not app.window.isMinimized() and app.window.isFullScreen(), timeout=2000)


def test_restoring_an_old_backup_keeps_the_teacher_pin(make_classroom, tmp_path):
    from lessonapp.store import check_pin

    app = make_classroom(Settings(), pin=False)
    backup = make_backup(app.store, tmp_path / "backups")  # made before there was a PIN
    set_pin(app.store, PIN, cost=CHEAP)
    app.open_teacher_area()
    app.on_teacher_area_restore_requested(backup)
    assert check_pin(app.store, PIN)
    assert app.lockdown.guard.store is app.store and app.lockdown.guard.has_pin()


def test_export_on_a_kiosk_writes_to_the_data_folder_without_a_dialog(make_classroom, tmp_path, qtbot):
    app = make_classroom(Settings())
    app.open_teacher_area()
    app.teacher_area.on_export_export_requested("results", "csv")
    qtbot.waitUntil(lambda: app.teacher_area.export.message.text().startswith("Exported"))
    (written,) = (tmp_path / "exports").glob("lessonapp-results-*.csv")
    assert str(written) in app.teacher_area.export.message.text()
    assert written.read_text(encoding="utf-8-sig").startswith("student,lesson_id,")
