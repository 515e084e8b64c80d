"""Translations of the app's own words (lesson text is the teacher's).

Every visible string goes through Qt's tr(); a translation is a Qt .qm file
named lessonapp_<language>.qm in resources/translations/ (built by
scripts/update_translations.py from the .ts file beside it, which Qt Linguist
edits), so adding a language touches no code. Qt's own dialogs (OK, Cancel...)
come translated with PySide6 itself (qtbase_<language>.qm).

The language is the one chosen in View › Language (remembered), else
``language:`` of the settings file, else the system's. English loads only its
plural forms; a right-to-left language turns the whole app's layout around.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lessonapp.paths import resources

# The writing systems a Latin font lacks, which would be empty boxes without a font of their own.
_WRITING_SYSTEMS = {
    "ar": ("Arabic", "ع"),
    "ko": ("Korean", "한"),
    "ja": ("Japanese", "あ"),
    "zh": ("SimplifiedChinese", "中"),
}
_FONT_PACKAGES = {
    "ar": "fonts-noto-core (or fonts-kacst)",
    "ko": "fonts-noto-cjk (or fonts-nanum)",
    "ja": "fonts-noto-cjk",
    "zh": "fonts-noto-cjk",
}


def chosen_locale(remembered: str | None = None, setting: str | None = None) -> QLocale:
    """The language to speak: View › Language's choice, else the settings file's, else the system's."""
    code = remembered or setting
    return QLocale(code) if code else QLocale.system()


def language_code(locale: QLocale) -> str:
    """ "fr" for fr_CA, "ar" for ar_KW: the name of the translation file; "en" for the C locale."""
    code = locale.name().split("_")[0]
    return "en" if code == "C" else code


def shipped_languages() -> list[str]:
    """The languages there is a translation for, English first."""
    folder = resources() / "translations"
    codes = {path.stem.removeprefix("lessonapp_") for path in folder.glob("lessonapp_*.qm")}
    return ["en", *sorted(codes - {"en"})]


def native_name(code: str) -> str:
    """A language's name in its own words ("Français", "العربية"): what a speaker looks for."""
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the translators that exist for the locale; returns them (the
    application does not own them, so the caller keeps them alive)."""
    locale = locale or QLocale.system()
    installed = []
    english = install_english_plurals(app)  # first, so that any other language is looked up before it
    if english is not None:
        installed.append(english)
    if language_code(locale) == "en":
        return installed  # English needs nothing more: start-up stays as light as it was
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


def apply_direction(app, locale: QLocale) -> None:
    """The whole layout follows the language: right to left in Arabic. Left
    alone for English at start-up (Qt's default; the Qt namespace costs time)."""
    if language_code(locale) != "en" or app.isRightToLeft():
        app.setLayoutDirection(locale.textDirection())


def screen_direction(lesson_right_to_left: bool):
    """The direction of a lesson's screens: right to left for an Arabic lesson,
    or in an Arabic app (whose own words would otherwise read out of order);
    the lesson's text keeps its own direction inside (page_view.py, and Qt
    lays out each label's text by its first letters)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    right_to_left = lesson_right_to_left or QGuiApplication.isRightToLeft()
    return Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight


def text_direction(text: str):
    """The direction a piece of lesson text reads in, from its first letter with
    a direction (Unicode's rule); None when it has none (digits, signs)."""
    import unicodedata

    from PySide6.QtCore import Qt

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


class Language:
    """The app's language while it runs: switched at once (View › Language, the
    name screen's picker), each switch replacing the translators of the last."""

    def __init__(self, app, locale: QLocale, log_file: Path | None = None) -> None:
        self.app = app
        self.locale = locale
        self.log_file = log_file
        self.translators = install_translations(app, locale)
        apply_direction(app, locale)
        warn_when_font_is_missing(locale, log_file)

    @property
    def code(self) -> str:
        return language_code(self.locale)

    def switch(self, code: str | None) -> bool:
        """Speak ``code`` (None: the system's language) from now on; Qt tells every
        widget (QEvent.LanguageChange). Returns False when it was already spoken."""
        locale = QLocale(code) if code else QLocale.system()
        if locale.name() == self.locale.name():
            return False
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.locale = locale
        self.translators = install_translations(self.app, locale)
        apply_direction(self.app, locale)
        warn_when_font_is_missing(locale, self.log_file)
        return True


def warn_when_font_is_missing(locale: QLocale, log_file: Path | None = None) -> str | None:
    """Arabic or Korean with no font for it would be empty boxes: say so in the
    app's log (and on the terminal), with the Debian package to install.
    Returns the warning, None when the language's script has a font."""
    code = language_code(locale)
    if code not in _WRITING_SYSTEMS:
        return None
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    writing_system, sample = _WRITING_SYSTEMS[code]

    def shows(family: str, italic: bool) -> bool:
        font = QFont(family)
        font.setItalic(italic)  # quotes are in italics: DejaVu Sans has Arabic, its Oblique has not
        return QFontMetrics(font).inFontUcs4(ord(sample))

    families = QFontDatabase.families(getattr(QFontDatabase.WritingSystem, writing_system))
    if any(shows(family, False) and shows(family, True) for family in families):
        return None
    language = QLocale.languageToString(locale.language())
    what = f"{language} in italics (quotes)" if any(shows(family, False) for family in families) else language
    warning = (
        f"warning: no font on this computer can show {what}: those words would be empty boxes. "
        f"Install one; on Debian or Ubuntu: sudo apt install {_FONT_PACKAGES[code]}"
    )
    if sys.stderr is not None:
        print(f"lessonapp: {warning}", file=sys.stderr)
    if log_file is not None:
        from lessonapp.log import append_to_log

        append_to_log(log_file, warning)  # if not, the terminal has it
    return warning
