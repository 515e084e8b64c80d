"""One app per data folder (issue 12, item 6), with real processes: a second
start says so in one line and exits; the commands that write wait their turn;
`scores export` reads while the app runs; a killed app leaves no lock."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lessonapp.store.lock import LOCK_FILE, DataFolderInUse, lock_data_folder

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pty and SIGKILL are POSIX only")


def app_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env.pop("LESSONAPP_DATA_DIR", None)
    return env


def start_app(tmp_path: Path, data: Path, library: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "lessonapp", "--data-dir", str(data), "--lessons", str(library)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=app_env(tmp_path), cwd=REPO,
    )


def wait_until_it_holds(app: subprocess.Popen, data: Path) -> None:
    """Until the app has written its process id into the lock file (trying the
    lock meanwhile could take it from under the app's feet), then the lock is refused."""
    deadline = time.monotonic() + 60
    lock_file = data / LOCK_FILE
    while time.monotonic() < deadline:
        assert app.poll() is None, app.stderr.read().decode()
        if lock_file.exists() and lock_file.read_text().strip() == str(app.pid):
            with pytest.raises(DataFolderInUse):
                lock_data_folder(data)
            return
        time.sleep(0.05)
    raise AssertionError("the app never took the data folder")


def kill(app: subprocess.Popen) -> None:
    os.kill(app.pid, signal.SIGKILL)
    app.communicate(timeout=30)


def run_on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run lessonapp with its stderr on a pseudo-terminal, as from a shell."""
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "lessonapp", *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=follower, env=env, cwd=REPO, timeout=60,
        )
        os.close(follower)
        follower = -1
        out = b""
        while True:
            try:
                piece = os.read(leader, 4096)
            except OSError:  # EIO: nothing more to read
                break
            if not piece:
                break
            out += piece
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    return done.returncode, out.decode()


def test_a_second_app_says_so_and_exits_and_a_killed_app_leaves_no_lock(tmp_path, library_dir):
    data = tmp_path / "data"
    first = start_app(tmp_path, data, library_dir)
    try:
        wait_until_it_holds(first, data)
        code, said = run_on_a_terminal(["--data-dir", str(data), "--lessons", str(library_dir)], app_env(tmp_path))
        assert code == 1
        lines = said.strip().splitlines()
        assert len(lines) == 1 and "already open" in lines[0] and str(data) in lines[0], said

        exported = subprocess.run(
            [sys.executable, "-m", "lessonapp", "--data-dir", str(data), "scores", "export", "--format", "json"],
            capture_output=True, text=True, env=app_env(tmp_path), cwd=REPO, timeout=60,
        )
        assert exported.returncode == 0, exported.stderr
        assert exported.stdout.strip().startswith("[")
        assert not [name for name in os.listdir(data) if ".damaged" in name]
    finally:
        kill(first)

    again = start_app(tmp_path, data, library_dir)  # after a SIGKILL: starts as if nothing happened
    try:
        wait_until_it_holds(again, data)
    finally:
        kill(again)


def test_a_second_app_started_from_a_menu_says_so_in_a_message_box(qtbot, tmp_path, monkeypatch):
    from lessonapp.ui import dialogs
    from lessonapp.ui.app import run_app

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append((title, text)))
    with lock_data_folder(tmp_path):  # the first app
        assert run_app(None, tmp_path) == 1  # pytest's stderr is no terminal, as from a menu
    ((title, text),) = told
    assert title == "lessonapp is already open" and str(tmp_path) in text


def test_set_pin_waits_for_the_app_to_close(tmp_path, monkeypatch, capsys):
    import getpass

    from lessonapp.cli import main

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: pytest.fail("asked for a PIN it cannot set"))
    with lock_data_folder(tmp_path):
        assert main(["--data-dir", str(tmp_path), "set-pin"]) == 1
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1 and "already open" in said[0] and str(tmp_path) in said[0]
    assert not (tmp_path / "scores.db").exists()


def test_the_message_box_of_a_second_app_is_in_the_app_language(qtbot, tmp_path, monkeypatch):
    """Issue 19: the box came before any language was loaded, so it was English only."""
    from PySide6.QtCore import QCoreApplication

    from lessonapp.ui import dialogs
    from lessonapp.ui.app import run_app, ui_settings

    ui_settings(tmp_path).setValue("language", "fr")  # View › Language, remembered
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append((title, text)))
    with lock_data_folder(tmp_path):
        assert run_app(None, tmp_path) == 1
    ((title, text),) = told
    assert title == "lessonapp est déjà ouvert"
    assert str(tmp_path) in text and text.startswith("lessonapp est déjà ouvert sur le dossier de données")
    # the French was for the box alone: the tests that follow still read English
    assert QCoreApplication.translate("app", "lessonapp is already open") == "lessonapp is already open"
