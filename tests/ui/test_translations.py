"""A translation file is picked up for the system's language without code changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from lessonapp.ui import translations


def test_a_translation_file_for_the_locale_is_installed(qtbot, tmp_path, monkeypatch):
    # The smallest valid .qm file: the magic number and no messages.
    (tmp_path / "translations").mkdir()
    magic = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
    (tmp_path / "translations" / "lessonapp_fr.qm").write_bytes(magic)
    monkeypatch.setattr(translations, "resources", lambda: tmp_path)
    app = QCoreApplication.instance()
    installed = translations.install_translations(app, QLocale("fr_FR"))
    try:
        assert any(t.filePath().endswith("lessonapp_fr.qm") for t in installed)
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_no_translation_file_means_english(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(translations, "resources", lambda: tmp_path)
    app = QCoreApplication.instance()
    installed = translations.install_translations(app, QLocale("xx_XX"))
    assert not any(t.filePath().endswith(".qm") and "lessonapp_" in t.filePath() for t in installed)
    for translator in installed:
        app.removeTranslator(translator)

