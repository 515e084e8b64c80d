"""The app's settings: kiosk mode, library folders, idle reset, roster, privacy.

NO Qt. What each key means, its default and its limits are here; reading and
checking the file is in settings_file.py, imported only when there is a file,
so a machine without one starts without loading the YAML reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lessonapp.content.spec import Key, Spec

if TYPE_CHECKING:
    from lessonapp.content.model import Problem

SETTINGS_FILE = "settings.yaml"
MAX_SETTINGS_BYTES = 1024 * 1024
MAX_ROSTER_BYTES = 2 * 1024 * 1024
MAX_NAME_LENGTH = 60  # as lessonapp.store.store.MAX_NAME_LENGTH

DEFAULT_IDLE_TIMEOUT = 120
DEFAULT_IDLE_WARNING = 15
MIN_IDLE_TIMEOUT = 10
MIN_IDLE_WARNING = 5
MAX_IDLE_WARNING = 300

SETTINGS = Spec(
    "settings",
    (
        Key("kiosk", "boolean", "Classroom kiosk mode: full screen, locked, idle reset; default false."),
        Key("lesson_folders", "text_list",
            "Library folders, relative to the settings file; used instead of the default ones."),
        Key("idle_timeout", "integer", "Seconds without input before the 'Still there?' countdown; "
            f"default {DEFAULT_IDLE_TIMEOUT}, at least {MIN_IDLE_TIMEOUT}.", minimum=MIN_IDLE_TIMEOUT),
        Key("idle_warning", "integer",
            f"Seconds of the 'Still there?' countdown; default {DEFAULT_IDLE_WARNING}.",
            minimum=MIN_IDLE_WARNING, maximum=MAX_IDLE_WARNING),
        Key("roster", "text_list",
            "The class: a list of names, or a text or CSV file with one name a line (first column)."),
        Key("students_can_add_themselves", "boolean",
            "Show 'Add my name' on the name screen; default true, false when a roster is given."),
        Key("students_see_own_scores", "boolean", "Show students their own scores; default true."),
    ),
)


@dataclass(frozen=True)
class Settings:
    """What the settings file asked for, every value checked. The defaults are
    the settings of a machine with no settings file."""

    kiosk: bool = False
    lesson_folders: tuple[Path, ...] = ()  # absolute; empty = the default folders
    idle_timeout: int = DEFAULT_IDLE_TIMEOUT  # seconds
    idle_warning: int = DEFAULT_IDLE_WARNING  # seconds
    roster: tuple[str, ...] = ()  # empty = no roster
    students_can_add_themselves: bool = True
    students_see_own_scores: bool = True
    path: Path | None = None  # the file these came from, None when there was none

    @property
    def idle_timeout_ms(self) -> int:
        return self.idle_timeout * 1000

    @property
    def idle_warning_ms(self) -> int:
        return self.idle_warning * 1000


def default_settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE


def load_settings(path: Path | None, data_dir: Path) -> tuple[Settings, list[Problem]]:
    """The settings file given with --config (``path``), else
    ``<data dir>/settings.yaml``; see settings_file.read_settings."""
    if path is None and not default_settings_path(data_dir).exists():
        return Settings(), []
    from lessonapp.settings_file import read_settings

    return read_settings(path, data_dir)
