"""Start-up stays light: the UI imports no heavy Qt modules."""

from __future__ import annotations

import ast
import subprocess
import sys

from PySide6.QtCore import Qt


def test_app_module_imports_only_core_gui_widgets():
    """Importing the composition root loads no QtSvg, QtWebEngine, QtQml or QtNetwork."""
    code = "import sys, lessonapp.ui.app; print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = ast.literal_eval(out.stdout)
    assert set(loaded) <= {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}, loaded


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
