"""Choosing the language: the system's, the settings file's, View › Language
(remembered), a kiosk's name screen (until the idle reset); right to left in
Arabic, and the layout tests run again in it; a missing font is logged."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import test_layout
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from lessonapp.settings_file import read_settings
from lessonapp.store import Store
from lessonapp.ui import translations
from lessonapp.ui.controller import AppController
from lessonapp.ui.translations import Language, chosen_locale


@pytest.fixture
def restore_english(qapp):
    """Whatever a test switched to, English and left to right afterwards."""
    made: list[Language] = []
    yield made
    for language in made:
        for translator in language.translators:
            qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def make_localized_app(qtbot, qapp, library_dir: Path, db_path: Path, clock, restore_english):
    """make(code, kiosk=False) -> a started AppController speaking ``code`` as app.py builds it."""
    stores = []

    def make(code: str = "en", kiosk: bool = False) -> AppController:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        store = Store.open(db_path)
        stores.append(store)
        settings = QSettings(str(db_path.parent / "ui.ini"), QSettings.Format.IniFormat)
        language = Language(qapp, QLocale(code))
        restore_english.append(language)
        controller = AppController(store, [library_dir], settings, clock=clock, kiosk=kiosk, language=language)
        qtbot.addWidget(controller.window)
        controller.start()
        controller.finish_start()
        return controller

    yield make
    for store in stores:
        store.close()


def test_view_language_switches_at_once_and_is_remembered(make_localized_app, db_path):
    app = make_localized_app("en")
    assert app.profiles.title.text() == "Who is learning?"
    app.window.language_actions["fr"].trigger()
    assert app.profiles.title.text() == "Qui apprend ?"
    assert app.window.view_menu.title() == "&Affichage"
    assert app.window.language_actions["fr"].isChecked()
    assert QSettings(str(db_path.parent / "ui.ini"), QSettings.Format.IniFormat).value("language") == "fr"
    # The screens built before are built again: the library speaks French too.
    app.profiles.name_edit.setText("Ana")
    app.profiles.on_add_button_clicked()
    assert app.window.current_screen is app.library_screen
    assert "Changer d'élève" in [b.text() for b in app.library_screen.findChildren(type(app.profiles.add_button))]
    app.window.language_actions[""].trigger()  # System language: the C locale of the tests, English
    assert app.profiles.title.text() == "Who is learning?"
    assert app.window.current_screen is app.library_screen  # the student stays where they were


def test_the_remembered_choice_wins_over_the_settings_file_which_wins_over_the_system():
    assert chosen_locale("fr", "ar").name() == "fr_FR"
    assert chosen_locale(None, "ar").name().startswith("ar")
    assert chosen_locale(None, None).name() == QLocale.system().name()


def test_the_settings_file_names_the_language(tmp_path):
    (tmp_path / "settings.yaml").write_text("language: ar\n", encoding="utf-8")
    settings, problems = read_settings(None, tmp_path)
    assert (settings.language, problems) == ("ar", [])
    (tmp_path / "settings.yaml").write_text("language: system\n", encoding="utf-8")
    assert read_settings(None, tmp_path)[0].language is None
    (tmp_path / "settings.yaml").write_text("language: Arabic please\n", encoding="utf-8")
    settings, problems = read_settings(None, tmp_path)
    assert settings.language is None
    assert ['"language" in settings must be a language code'] == [str(p.message)[:46] for p in problems]


def test_a_kiosk_student_picks_a_language_on_the_name_screen_until_the_idle_reset(make_localized_app, db_path):
    app = make_localized_app("es", kiosk=True)
    picker = app.profiles.language_picker
    assert picker is not None and picker.currentData() == "es"
    assert app.profiles.title.text() == "¿Quién aprende?"
    picker.setCurrentIndex(picker.findData("ar"))
    picker.activated.emit(picker.currentIndex())
    assert app.profiles.title.text() == "من يتعلّم؟"
    assert QApplication.instance().isRightToLeft()
    assert QSettings(str(db_path.parent / "ui.ini"), QSettings.Format.IniFormat).value("language") is None
    app.on_idle_reset()
    assert app.profiles.title.text() == "¿Quién aprende?"
    assert not QApplication.instance().isRightToLeft()
    assert app.profiles.language_picker.currentData() == "es"


def test_a_language_chosen_during_a_quiz_waits_until_the_quiz_is_left(make_localized_app):
    app = make_localized_app("en")
    app.profiles.name_edit.setText("Ana")
    app.profiles.on_add_button_clicked()
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    quiz_screen = app.quiz_screen
    app.set_language("fr")
    assert app.quiz_screen is quiz_screen and app.language.code == "en"  # nothing under way is rebuilt
    app.on_quiz_left()
    assert app.language.code == "fr"
    assert app.window.current_screen is app.lesson_screen
    assert app.lesson_screen.findChildren(type(app.profiles.add_button))  # built again, and filled
    assert "Faire le quiz" in [b.text() for b in app.lesson_screen.findChildren(type(app.profiles.add_button))]


def test_a_missing_font_is_a_warning_in_the_log(tmp_path, monkeypatch, capsys):
    from PySide6.QtGui import QFontDatabase

    monkeypatch.setattr(QFontDatabase, "families", lambda *args: [])
    log = tmp_path / "lessonapp.log"
    warning = translations.warn_when_font_is_missing(QLocale("ko"), log)
    assert "fonts-noto-cjk" in warning
    assert "fonts-noto-cjk" in log.read_text(encoding="utf-8")
    assert "lessonapp: warning: no font" in capsys.readouterr().err
    assert translations.warn_when_font_is_missing(QLocale("fr"), log) is None


def _layout_tests():
    return [
        function for name, function in inspect.getmembers(test_layout, inspect.isfunction)
        if name.startswith("test_") and set(inspect.signature(function).parameters) <= {"qtbot", "make_app"}
    ]


@pytest.mark.parametrize("layout_test", _layout_tests(), ids=lambda f: f.__name__)
def test_the_layout_tests_hold_in_arabic_right_to_left(layout_test, qtbot, qapp, make_app, restore_english):
    """Every test of test_layout.py again, with the app speaking Arabic, right to left."""
    restore_english.append(Language(qapp, QLocale("ar")))
    assert qapp.isRightToLeft()
    layout_test(qtbot, make_app)


def test_arabic_screens_are_mirrored_and_a_left_to_right_lesson_keeps_its_direction(make_localized_app):
    app = make_localized_app("ar")
    assert app.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert app.profiles.isRightToLeft()
    app.profiles.name_edit.setText("Ana")
    app.profiles.on_add_button_clicked()
    assert app.library_screen.isRightToLeft()
    app.open_lesson(app.library.lesson_by_id("basics"))
    screen = app.lesson_screen
    # The English lesson's text reads left to right inside the mirrored app.
    from PySide6.QtWidgets import QTextBrowser

    views = [v for v in screen.findChildren(QTextBrowser) if v.toPlainText().strip()]
    assert views
    directions = {v.document().defaultTextOption().textDirection() for v in views}
    assert directions == {Qt.LayoutDirection.LeftToRight}


def test_an_answer_reads_in_its_own_direction_inside_the_other_app(qtbot, qapp, restore_english):
    from lessonapp.ui.choice_button import ChoiceButton

    restore_english.append(Language(qapp, QLocale("ar")))
    english, arabic = ChoiceButton(1, "They are officials."), ChoiceButton(2, "إنهم مسؤولون.")
    qtbot.addWidget(english)
    qtbot.addWidget(arabic)
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight  # number, text, then the mark
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ChoiceButton(3, "1990").layoutDirection() == Qt.LayoutDirection.RightToLeft  # no letter: the app's
