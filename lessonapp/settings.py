"""The app's settings: kiosk mode, library folders, idle reset, roster, privacy, sign-in, the LRS.

NO Qt. The defaults and limits are here; the file's keys, what each means, and
reading and checking the file are in settings_file.py, imported only when
there is a file, so a machine without one starts without loading the YAML
reader or the key tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from lessonapp.content.model import Problem

SETTINGS_FILE = "settings.yaml"
MAX_SETTINGS_BYTES = 1024 * 1024
MAX_ROSTER_BYTES = 2 * 1024 * 1024
MAX_NAME_LENGTH = 60  # as lessonapp.store.store.MAX_NAME_LENGTH

DEFAULT_IDLE_TIMEOUT = 120
DEFAULT_IDLE_WARNING = 15
MIN_IDLE_TIMEOUT = 10
MAX_IDLE_TIMEOUT = 24 * 60 * 60  # a day; Qt's timers stop at 2**31 - 1 ms (24.8 days)
MIN_IDLE_WARNING = 5
MAX_IDLE_WARNING = 300

DEFAULT_SEND_EVERY = 30  # seconds between tries to send while results wait
MIN_SEND_EVERY = 5
MAX_SEND_EVERY = 3600
MAX_PASSWORD_BYTES = 4096


class LrsSettings(NamedTuple):
    """Where results are sent: the school's Learning Record Store."""

    endpoint: str  # http(s), ending in "/"; statements at <endpoint>statements
    username: str
    password: str
    send_every: int = DEFAULT_SEND_EVERY  # seconds

    def __repr__(self) -> str:  # the password never reaches a log or a message
        return f"LrsSettings(endpoint={self.endpoint!r}, username={self.username!r}, send_every={self.send_every})"


class Settings(NamedTuple):
    """What the settings file asked for, every value checked. The defaults are
    the settings of a machine with no settings file. (A named tuple: defined at
    start-up for a fraction of a dataclass's cost.)"""

    kiosk: bool = False
    lesson_folders: tuple[Path, ...] = ()  # absolute; empty = the default folders
    idle_timeout: int = DEFAULT_IDLE_TIMEOUT  # seconds
    idle_warning: int = DEFAULT_IDLE_WARNING  # seconds
    roster: tuple[str, ...] = ()  # empty = no roster
    students_can_add_themselves: bool = True
    students_see_own_scores: bool = True
    language: str | None = None  # "fr", "ar"...; None: the system's (ui/translations.py)
    school: str | None = None  # an IRI naming the school (docs/classroom.md); None: the default
    lrs: LrsSettings | None = None  # None: nothing is sent, nothing is opened on the network
    student_sign_in: str | None = None  # "picture" or "pin": students prove their name (store/sign_in.py)
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
