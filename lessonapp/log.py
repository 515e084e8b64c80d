"""Lines the app adds to lessonapp.log in the data folder, each after its time (UTC). NO Qt.

What a teacher or a technician may want later and no screen keeps: a missing
font, the lesson files that could not be loaded. (Unexpected errors are
written with their tracebacks by ui/app.py and cli.py.)
"""

from __future__ import annotations

import time
from pathlib import Path


def append_to_log(log: Path, text: str) -> bool:
    """Append text (one line, or more) after the time; False when the log cannot be
    written (a read-only or full disk), which must never stop the app."""
    try:
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} {text}\n")
    except OSError:
        return False
    return True
