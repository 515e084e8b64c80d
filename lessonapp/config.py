"""Where data lives and which library folders the app reads."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from .paths import bundled_lessons

DATA_DIR_VARIABLE = "LESSONAPP_DATA_DIR"


class ConfigError(ValueError):
    """A folder given on the command line or in the environment cannot be used."""


def _given_path(text: str | os.PathLike, where: str) -> Path:
    try:
        return Path(text).expanduser()
    except (RuntimeError, ValueError) as error:  # ~nosuchuser, a NUL
        raise ConfigError(f"{where} {str(text)!r} cannot be used: {error}") from None


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """--data-dir, else $LESSONAPP_DATA_DIR, else the platform's user data folder."""
    if override:
        return _given_path(override, "the data folder")
    if os.environ.get(DATA_DIR_VARIABLE):
        return _given_path(os.environ[DATA_DIR_VARIABLE], f"${DATA_DIR_VARIABLE}")
    return user_data_dir()


def user_data_dir(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Path:
    """Where each system keeps an application's data for its user: the XDG
    data folder on Linux and the BSDs, %LOCALAPPDATA% on Windows, Application
    Support on macOS. (Four lines that used to be the platformdirs package,
    whose import cost more start-up time than everything it did for us.)"""
    if platform.startswith("win"):
        base = environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:  # XDG: a relative XDG_DATA_HOME is to be ignored
        xdg = environ.get("XDG_DATA_HOME", "")
        base = xdg if os.path.isabs(xdg) else str(Path.home() / ".local" / "share")
    return Path(base) / "lessonapp"


def library_folders(given: Sequence[str | os.PathLike] | None, data: Path) -> list[Path]:
    """The folders given with --lessons, else the bundled course plus
    <data dir>/lessons (created so a teacher can find where to put files)."""
    if given:
        return [_given_path(folder, "the lesson folder") for folder in given]
    own = data / "lessons"
    try:
        own.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # a read-only data folder still lets the bundled course open
    return [bundled_lessons(), own]
