"""Translations of the app's own words (lesson text is the teacher's).

Every visible string goes through Qt's tr(); a translation is a Qt .qm file
named lessonapp_<language>.qm in resources/translations/ (made with Qt
Linguist from a .ts file that `pyside6-lupdate` extracts from the code), so
adding a language touches no code. Qt's own dialogs (OK, Cancel...) come
translated with PySide6 itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lessonapp.paths import resources


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the translators that exist for the locale; returns them (the
    application does not own them, so the caller keeps them alive)."""
    locale = locale or QLocale.system()
    installed = []
    english = install_english_plurals(app)  # first, so that any other language is looked up before it
    if english is not None:
        installed.append(english)
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("lessonapp", str(resources() / "translations")),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def install_english_plurals(app: QCoreApplication) -> QTranslator | None:
    """The English singular and plural of each count ("1 page", "2 pages"): Qt's
    tr("%n page(s)", "", n) needs a translation even in English."""
    translator = QTranslator(app)
    if translator.load("lessonapp_en", str(resources() / "translations")) and app.installTranslator(translator):
        return translator
    return None
