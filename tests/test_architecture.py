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


def test_every_package_is_installed():
    """pyproject.toml lists the packages by name: a new one left out would be missing from an installed app."""
    from pathlib import Path

    import pytest

    tomllib = pytest.importorskip("tomllib", reason="Python 3.11 reads TOML")

    root = Path(__file__).resolve().parents[1]
    listed = set(tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "lessonapp").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
