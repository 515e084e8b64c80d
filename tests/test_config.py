"""Where data lives on each system, and which library folders are read."""

from __future__ import annotations

from pathlib import Path

from lessonapp.config import data_dir, library_folders, user_data_dir
from lessonapp.paths import bundled_lessons


def test_user_data_folder_on_each_system(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert user_data_dir("linux", {}) == tmp_path / ".local/share/lessonapp"
    assert user_data_dir("linux", {"XDG_DATA_HOME": "/data"}) == Path("/data/lessonapp")
    assert user_data_dir("linux", {"XDG_DATA_HOME": "relative"}) == tmp_path / ".local/share/lessonapp"
    assert user_data_dir("darwin", {}) == tmp_path / "Library/Application Support/lessonapp"
    assert user_data_dir("win32", {"LOCALAPPDATA": "C:/Users/ana/AppData/Local"}) == Path(
        "C:/Users/ana/AppData/Local/lessonapp"
    )


def test_option_then_environment_then_platform(monkeypatch, tmp_path):
    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path / "from-env"))
    assert data_dir(tmp_path / "given") == tmp_path / "given"
    assert data_dir(None) == tmp_path / "from-env"
    monkeypatch.delenv("LESSONAPP_DATA_DIR")
    assert data_dir(None) == user_data_dir()


def test_default_library_is_the_course_plus_the_data_folder(tmp_path):
    assert library_folders(None, tmp_path) == [bundled_lessons(), tmp_path / "lessons"]
    assert (tmp_path / "lessons").is_dir()
    assert library_folders([tmp_path / "mine"], tmp_path) == [tmp_path / "mine"]
