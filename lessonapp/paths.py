"""Where the files that ship with lessonapp are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # Installed, the folder lies inside the package (see pyproject.toml); in a
    # source checkout it lies at the top of the repository.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def bundled_lessons() -> Path:
    return _shipped("lessons")


def resources() -> Path:
    return _shipped("resources")


def schema_file() -> Path:
    return _PACKAGE / "lesson.schema.json"
