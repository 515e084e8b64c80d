"""With no display, `lessonapp` says so in one line instead of Qt's abort (a core dump, rc 134)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Qt finds its own screen there")


@pytest.mark.parametrize("argv", [[], ["preview", "lessons/01-the-story.yaml"]])
def test_no_display_is_one_line(tmp_path, argv):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LESSONAPP_DATA_DIR"] = str(tmp_path / "data")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    done = subprocess.run(
        [sys.executable, "-m", "lessonapp", *argv], cwd=root, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("lessonapp: ") and "no display was found" in lines[0]
    assert not (tmp_path / "data").exists()  # nothing made before the check
