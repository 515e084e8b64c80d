"""The console-less entry point (Windows' lessonapp-gui): what `lessonapp` would
print is shown in a message box when there is no console, and nothing changes
when there is one."""

from __future__ import annotations

import sys
from importlib import metadata

import pytest

from lessonapp import __version__, gui


@pytest.fixture
def shown(monkeypatch):
    boxes = []
    monkeypatch.setattr(gui, "show_message", lambda text, failed: boxes.append((text, failed)))
    return boxes


def test_without_a_console_a_failure_is_shown_in_a_box(monkeypatch, tmp_path, shown):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("")
    monkeypatch.setattr(sys, "stderr", None)  # as under pythonw
    monkeypatch.setattr(sys, "stdout", None)
    assert gui.main(["--data-dir", str(not_a_folder)]) == 1
    [(text, failed)] = shown
    assert failed and text.startswith("lessonapp: the data folder") and "--data-dir" in text


def test_without_a_console_the_version_is_shown_in_a_box(monkeypatch, shown):
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    assert gui.main(["--version"]) == 0
    assert shown == [(f"lessonapp {__version__}", False)]


def test_with_a_console_the_line_goes_to_stderr_and_no_box(tmp_path, capsys, shown):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("")
    assert gui.main(["--data-dir", str(not_a_folder)]) == 1
    assert shown == []
    assert capsys.readouterr().err.startswith("lessonapp: the data folder")


def test_the_gui_script_is_declared_beside_the_console_one():
    scripts = {entry.name: entry.value for entry in metadata.entry_points(group="gui_scripts")}
    assert scripts.get("lessonapp-gui") == "lessonapp.gui:main"
    consoles = {entry.name: entry.value for entry in metadata.entry_points(group="console_scripts")}
    assert consoles.get("lessonapp") == "lessonapp.__main__:main"
