"""The app with no console window behind it: Windows starts `lessonapp-gui`
(pyproject's gui-scripts, run by pythonw) and the frozen lessonapp-gui.exe here.
It takes the options of `lessonapp`. With no console, what `lessonapp` would
print -- a failure's one line, --version -- is shown in a message box instead
of being lost."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence

from .cli import main as command_line


def main(argv: Sequence[str] | None = None) -> int:
    printed = io.StringIO()
    without_console = sys.stderr is None or sys.stdout is None
    if sys.stderr is None:
        sys.stderr = printed
    if sys.stdout is None:
        sys.stdout = printed
    try:
        status = command_line(argv)
    except SystemExit as done:  # argparse ends --help, --version and a wrong command line so
        status = 0 if done.code is None else done.code if isinstance(done.code, int) else 1
    if without_console and printed.getvalue().strip():
        show_message(printed.getvalue().strip(), failed=status != 0)
    return status


def show_message(text: str, failed: bool) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (a box needs one)
    if failed:
        QMessageBox.critical(None, "lessonapp", text)
    else:
        QMessageBox.information(None, "lessonapp", text)
