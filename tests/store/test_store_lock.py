"""One lessonapp per data folder (issue 12, item 6): the OS lock, across real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lessonapp.store import Store
from lessonapp.store.lock import LOCK_FILE, DataFolderInUse, lock_data_folder

REPO = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
from lessonapp.store.lock import lock_data_folder
lock = lock_data_folder(sys.argv[1])
print("held", flush=True)
time.sleep(600)
"""


def start_holder(folder: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
    )
    assert child.stdout.readline() == b"held\n", child.stderr.read().decode()
    return child


def test_a_second_lock_on_the_folder_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    first = lock_data_folder(tmp_path)
    with pytest.raises(DataFolderInUse) as refused:
        lock_data_folder(tmp_path)
    assert str(tmp_path) in str(refused.value) and "\n" not in str(refused.value)
    first.release()
    with lock_data_folder(tmp_path) as again:
        assert again.held
    assert (tmp_path / LOCK_FILE).exists()  # the file stays; only the OS lock comes and goes


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")
def test_a_lock_held_by_a_killed_process_is_not_left_behind(tmp_path: Path) -> None:
    child = start_holder(tmp_path)
    try:
        with pytest.raises(DataFolderInUse):
            lock_data_folder(tmp_path)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with lock_data_folder(tmp_path) as lock:
        assert lock.held


def test_the_lock_is_not_inherited_by_child_processes(tmp_path: Path) -> None:
    with lock_data_folder(tmp_path):
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        with lock_data_folder(tmp_path) as lock:  # the child still runs, and holds nothing
            assert lock.held
    finally:
        child.kill()
        child.wait(timeout=30)


def test_export_while_the_app_writes_changes_nothing(tmp_path: Path) -> None:
    """Store.open_for_reading under another process's lock reads read-only: a
    damaged file the app is using is reported, never set aside under it."""
    path = tmp_path / "scores.db"
    with Store.open(path) as store:
        store.add_profile("Ana")
    child = start_holder(tmp_path)
    try:
        with Store.open_for_reading(path) as reader:
            assert reader.read_only and [p.name for p in reader.profiles()] == ["Ana"]
        path.write_bytes(b"no longer a database" * 300)
        before = sorted(os.listdir(tmp_path))
        with pytest.raises(Exception, match="could not be read"):
            Store.open_for_reading(path)
        assert sorted(os.listdir(tmp_path)) == before
    finally:
        child.kill()
        child.communicate(timeout=30)
    with Store.open_for_reading(path) as store:  # nobody holds the folder: opened as the app would
        assert store.notice is not None and "kept as" in store.notice


def test_a_read_only_folder_gives_an_unheld_lock(tmp_path: Path, read_only_folder) -> None:
    folder = read_only_folder()
    lock = lock_data_folder(folder)
    assert not lock.held
    lock.release()

