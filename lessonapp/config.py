"""Where data lives and which library folders the app reads."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .paths import bundled_lessons

DATA_DIR_VARIABLE = "LESSONAPP_DATA_DIR"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """--data-dir, else $LESSONAPP_DATA_DIR, else the platform's user data folder."""
    if override:
        return Path(override).expanduser()
    if os.environ.get(DATA_DIR_VARIABLE):
        return Path(os.environ[DATA_DIR_VARIABLE]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("lessonapp", appauthor=False))


def library_folders(given: Sequence[str | os.PathLike] | None, data: Path) -> list[Path]:
    """The folders given with --lessons, else the bundled course plus
    <data dir>/lessons (created so a teacher can find where to put files)."""
    if given:
        return [Path(folder).expanduser() for folder in given]
    own = data / "lessons"
    try:
        own.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # a read-only data folder still lets the bundled course open
    return [bundled_lessons(), own]
