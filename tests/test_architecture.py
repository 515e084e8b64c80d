"""The core packages never import Qt (architecture.md)."""

from __future__ import annotations

import subprocess
import sys


def test_content_quiz_store_and_cli_import_no_qt():
    code = (
        "import sys, lessonapp.content.library, lessonapp.content.schema, lessonapp.quiz.session, "
        "lessonapp.store, lessonapp.classroom.statements, lessonapp.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
