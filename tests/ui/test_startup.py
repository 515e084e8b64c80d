"""Start-up stays light: the UI imports no heavy Qt modules, and the first
window is built without what costs most (widgets.py says why)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from lessonapp.ui.widgets import label, scroll

# Opens the app as a user does and, at its first frame, reports what was built.
FIRST_FRAME = """
import gc, os, sys
from PySide6 import QtCore, QtGui, QtWidgets
from lessonapp.ui.main_window import MainWindow

original = MainWindow.paintEvent
def paintEvent(self, event):
    original(self, event)
    first_frame = {
        "costly_types": sorted(
            name for module, name in (
                (QtCore, "Qt"), (QtCore, "QByteArray"), (QtWidgets, "QStyle"), (QtGui, "QIcon"),
                (QtGui, "QStyleHints"), (QtGui, "QAction"), (QtGui, "QKeySequence"),
            )
            if name in vars(module)
        ),
        "modules": sorted(
            name for name in ("json", "dataclasses", "yaml", "lessonapp.content.spec", "lessonapp.ui.dialogs",
                              "lessonapp.ui.sending", "lessonapp.classroom.lrs", "ssl", "urllib.request")
            if name in sys.modules
        ),
        "gc_enabled": gc.isenabled(),
        "style": QtWidgets.QApplication.style().name(),
    }
    print(repr(first_frame), flush=True)
    os._exit(0)
MainWindow.paintEvent = paintEvent
from lessonapp.cli import main
main([])
"""


def test_app_module_imports_only_core_gui_widgets():
    """Importing the composition root loads no QtSvg, QtWebEngine, QtQml or QtNetwork."""
    code = "import sys, lessonapp.ui.app; print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = ast.literal_eval(out.stdout)
    assert set(loaded) <= {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}, loaded


def test_the_first_window_is_built_without_the_costly_parts(tmp_path):
    """PySide6's costliest types (the Qt namespace, QByteArray, QStyle, QIcon ...)
    and the modules the first window does not need are left for after the first
    frame; the cycle collector is back on once it is painted; the style is Fusion."""
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_DATA_HOME", None)
    env.pop("LESSONAPP_DATA_DIR", None)
    _check_first_frame(env)


def test_sending_to_an_lrs_is_not_on_the_start_up_path(tmp_path):
    """With lrs: in the settings, the sender (and urllib, ssl) still wait for the first frame."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.yaml").write_text(
        "school: https://school.example.org\nlrs:\n  endpoint: http://127.0.0.1:9/xAPI/\n"
        "  username: kiosk\n  password: pw\n", encoding="utf-8")
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "LESSONAPP_DATA_DIR": str(data)}
    # A settings file is read with the lessons' YAML reader and key tables: those load, as for any settings file.
    _check_first_frame(env, reading_settings={"dataclasses", "lessonapp.content.spec", "yaml"})


def _check_first_frame(env: dict, reading_settings: set[str] = frozenset()) -> None:
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    first_frame = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    first_frame["modules"] = [name for name in first_frame["modules"] if name not in reading_settings]
    assert first_frame == {"costly_types": [], "modules": [], "gc_enabled": True, "style": "fusion"}


def test_labels_and_scroll_areas_get_their_settings_by_name(qtbot):
    lab: QLabel = label("<b>not bold</b>")
    area: QScrollArea = scroll(label("x"), "Area")
    qtbot.addWidget(lab)
    qtbot.addWidget(area)
    assert lab.textFormat() == Qt.TextFormat.PlainText
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_idle_reset_leaves_the_quiz_resumable(qtbot, make_app):
    """After an idle reset the next student sees the name screen; the quiz can be resumed."""
    app = make_app()
    qtbot.keyClicks(app.profiles.name_edit, "Ola")
    qtbot.keyClick(app.profiles.name_edit, Qt.Key.Key_Return)
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    profile_id = app.profile.id
    app.on_idle_reset()
    assert app.window.current_screen is app.profiles
    assert app.store.unfinished_attempt(profile_id, "basics") is not None
