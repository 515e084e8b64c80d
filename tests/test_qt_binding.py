"""The Qt binding survives the signal traffic of a day's use (PySide6 6.12.0
did not: each signal to a Python slot freed a reference it did not own)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
app = QGuiApplication([])
class Source(QObject):
    changed = Signal(bool)
source, got = Source(), []
source.changed.connect(lambda value: got.append(value))
action = QAction()
action.setCheckable(True)
action.toggled.connect(lambda value: got.append(value))
for _ in range(20000):
    source.changed.emit(True)
    source.changed.emit(False)
    action.setChecked(True)
    action.setChecked(False)
print(len(got))
"""


def test_many_signals_to_python_slots_do_not_crash():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "80000"
