"""Devices and pipes where a teacher's file is expected: refused at once,
never opened in a way that blocks (a FIFO with no writer would hang for ever).

Each case runs under a timeout: a regression fails the test instead of
hanging the suite (a hung reader is released by opening the FIFO for writing).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from lessonapp.content.library import load_library, validate_paths
from lessonapp.content.loader import load_lesson
from lessonapp.content.yamlparse import UnreadableFile, read_limited
from lessonapp.settings import load_settings

from .helpers import VALID, write_lesson

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")

TIMEOUT = 10


def within_timeout(function, *fifos: Path):
    """function()'s result; fails the test if it takes longer than TIMEOUT."""
    result = {}

    def run():
        try:
            result["value"] = function()
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            result["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(TIMEOUT)
    if thread.is_alive():
        for fifo in fifos:  # let a blocked open() return, so the thread ends
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass
        thread.join(TIMEOUT)
        pytest.fail(f"still blocked after {TIMEOUT} s: a FIFO was opened as a file")
    if "error" in result:
        raise result["error"]
    return result["value"]


def test_read_limited_refuses_a_fifo_without_blocking(tmp_path):
    fifo = tmp_path / "x.yaml"
    os.mkfifo(fifo)

    def read():
        with pytest.raises(UnreadableFile) as refused:
            read_limited(fifo, 1000)
        return refused.value

    assert within_timeout(read, fifo).kind == "not_regular"


def test_read_limited_refuses_a_device(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    with pytest.raises(UnreadableFile) as refused:
        read_limited(Path("/dev/zero"), 1000)
    assert refused.value.kind == "not_regular"


def test_read_limited_can_refuse_a_symbolic_link(tmp_path):
    (tmp_path / "real.txt").write_text("text", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert read_limited(tmp_path / "link.txt", 100) == b"text"
    with pytest.raises(UnreadableFile) as refused:
        read_limited(tmp_path / "link.txt", 100, follow_symlinks=False)
    assert refused.value.kind == "not_regular"


def test_a_fifo_named_like_a_lesson_is_reported_and_the_others_load(tmp_path):
    write_lesson(tmp_path, VALID)
    fifo = tmp_path / "x.yaml"
    os.mkfifo(fifo)
    library = within_timeout(lambda: load_library([tmp_path]), fifo)
    assert [lesson.id for lesson in library.lessons] == ["sample"]
    (problem,) = library.errors
    assert problem.path == fifo and "not a regular file" in problem.message
    (problem,) = within_timeout(lambda: validate_paths([fifo]), fifo)
    assert "not a regular file" in problem.message


@pytest.mark.parametrize("command", ["validate", "lessons"])
def test_the_commands_do_not_hang_on_a_fifo(tmp_path, command):
    write_lesson(tmp_path, VALID)
    fifo = tmp_path / "x.yaml"
    os.mkfifo(fifo)
    environment = {**os.environ, "LESSONAPP_DATA_DIR": str(tmp_path / "data")}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "lessonapp", command, str(tmp_path)],
            capture_output=True,
            text=True,
            timeout=60,
            env=environment,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"lessonapp {command} hung on a FIFO")
    assert "not a regular file" in done.stdout + done.stderr


@pytest.mark.parametrize("key", ["image", "source"])
def test_a_fifo_as_an_image_or_source_file_is_an_error(tmp_path, key):
    fifo = tmp_path / ("pic.png" if key == "image" else "article.txt")
    text = VALID
    if key == "image":
        text = VALID.replace("    body: Some *reading*.", "    body: x\n    image: pic.png\n    image_alt: A picture")
    path = write_lesson(tmp_path, text)
    if key == "source":
        fifo.unlink()
    os.mkfifo(fifo)
    lesson, problems = within_timeout(lambda: load_lesson(path, tmp_path), fifo)
    assert lesson is None
    assert any("not a regular file" in p.message for p in problems), [str(p) for p in problems]


def test_a_fifo_as_an_image_in_a_body_is_an_error(tmp_path):
    fifo = tmp_path / "pic.png"
    os.mkfifo(fifo)
    path = write_lesson(tmp_path, VALID.replace("Some *reading*.", "Some ![a map](pic.png) reading."))
    lesson, problems = within_timeout(lambda: load_lesson(path, tmp_path), fifo)
    assert lesson is None
    assert any('the image "pic.png" in its body' in p.message and "not a regular file" in p.message for p in problems)


def test_a_fifo_as_the_settings_file_or_the_roster(tmp_path):
    settings_fifo = tmp_path / "settings.yaml"
    os.mkfifo(settings_fifo)
    settings, problems = within_timeout(lambda: load_settings(settings_fifo, tmp_path / "data"), settings_fifo)
    assert settings.kiosk is True, "a settings file that cannot be read never unlocks a kiosk"
    assert any("not a regular file" in p.message for p in problems)

    roster_fifo = tmp_path / "class.txt"
    os.mkfifo(roster_fifo)
    settings_file = tmp_path / "other.yaml"
    settings_file.write_text("roster: class.txt\n", encoding="utf-8")
    settings, problems = within_timeout(lambda: load_settings(settings_file, tmp_path / "data"), roster_fifo)
    assert settings.roster == ()
    assert any("not a regular file" in p.message for p in problems)


def test_importing_a_fifo_is_refused_without_blocking(tmp_path):
    from lessonapp.content.importers import import_file

    fifo = tmp_path / "questions.gift"
    os.mkfifo(fifo)
    result = within_timeout(lambda: import_file(fifo), fifo)
    assert result.imported == 0 and "not a regular file" in result.problems[0].message
