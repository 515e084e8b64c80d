"""A kiosk whose window is taken away from outside quits, so that the session
manager starts it again (issue 15, item 8): the real app on a real X server
(Xvfb), its window destroyed with `xdotool windowclose`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lessonapp.store import Store
from lessonapp.store.pin import set_pin

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (Debian: apt-get install xvfb xdotool; .ci/run installs them)",
)


@pytest.fixture
def x_display():
    """A private X server; its display number as Xvfb chose it."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as chosen:
        number = chosen.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)


def kiosk_window(display: str, deadline: float) -> str | None:
    """The id of the kiosk's main window (its title is the app's), once it is mapped."""
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Lessons$"],
                               capture_output=True, text=True, env={**os.environ, "DISPLAY": display})
        if found.stdout.split():
            return found.stdout.split()[0]
        time.sleep(0.2)
    return None


def test_a_kiosk_whose_window_is_destroyed_quits_and_one_left_alone_stays(tmp_path, x_display):
    data = tmp_path / "data"
    data.mkdir()
    with Store.open(data / "scores.db") as store:
        set_pin(store, "246813")  # no "no PIN" notice: the window alone is on the screen
    env = {**os.environ, "DISPLAY": x_display, "HOME": str(tmp_path)}
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    app = subprocess.Popen([sys.executable, "-m", "lessonapp", "--kiosk", "--data-dir", str(data)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        window = kiosk_window(x_display, time.monotonic() + 30)
        assert window is not None, "the kiosk's window never appeared"
        time.sleep(2)  # longer than the grace the guard gives an unexposed window
        assert app.poll() is None, "a kiosk left alone must keep running"
        subprocess.run(["xdotool", "windowclose", window], check=True, env={**os.environ, "DISPLAY": x_display})
        _, stderr = app.communicate(timeout=15)
        assert app.returncode == 1
        assert "the kiosk's window was closed from outside" in stderr
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()
