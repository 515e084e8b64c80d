"""The composition root of the student app: QApplication, store, settings,
window and controller, built here and nowhere else."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from lessonapp.store import Store
from lessonapp.ui.controller import AppController


def ui_settings(data_dir: Path) -> QSettings:
    """Text size and contrast, remembered in <data dir>/ui.ini."""
    return QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)


def run_app(folders: list[Path], data_dir: Path, kiosk: bool = False, settings_path: Path | None = None) -> int:
    """Open the student app and run it until the window closes.

    settings_path is the app's settings file (read by lessonapp.config); the
    window's own choices (text size, contrast) live in <data dir>/ui.ini.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setApplicationName("lessonapp")
    app.setStyle("Fusion")
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(data_dir / "scores.db")
    try:
        controller = AppController(
            store, folders, ui_settings(data_dir), kiosk=kiosk, cache_folder=data_dir / "cache"
        )
        controller.start()  # the window first; the lessons once it is painted
        return app.exec()
    finally:
        store.close()
