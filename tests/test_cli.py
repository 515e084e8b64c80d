"""The command line, as product.md fixes it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from lessonapp.cli import main

from .content.helpers import VALID, write_lesson


def test_validate_prints_path_line_column_and_exits_1(tmp_path, capsys):
    path = write_lesson(tmp_path, VALID.replace("pass_mark", "x").replace("quiz:\n", "quiz:\n  pass_mark: 140\n"))
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{path}:12:14: error: \"pass_mark\" in the quiz is 140; it must be between 0 and 100"]


def test_validate_exits_0_on_warnings_and_1_with_strict(tmp_path, capsys):
    path = write_lesson(tmp_path, VALID.replace("      explanation: Because.\n      quote", "      quote"))
    assert main(["validate", str(path)]) == 0
    assert ": warning: " in capsys.readouterr().out
    assert main(["validate", "--strict", str(path)]) == 1
    assert ": error: " in capsys.readouterr().out


def test_validate_json(tmp_path, capsys):
    path = write_lesson(tmp_path, VALID.replace("id: sample", "id: Bad Id"))
    assert main(["validate", "--json", str(tmp_path)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 1 and report["warnings"] == 0
    assert report["problems"][0] | {"message": ""} == {
        "path": str(path), "line": 2, "column": 5, "severity": "error", "message": "",
    }


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["validate"])
    assert stop.value.code == 2


def test_lessons_json_lists_lessons_and_errors(tmp_path, capsys):
    write_lesson(tmp_path, VALID, "good.yaml")
    write_lesson(tmp_path, "format: 1\n", "bad.yaml")
    assert main(["lessons", "--json", str(tmp_path)]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["lessons"] == [
        {"id": "sample", "title": "A sample lesson", "path": str(tmp_path / "good.yaml"), "pages": 1, "questions": 3}
    ]
    assert {e["path"] for e in listing["errors"]} == {str(tmp_path / "bad.yaml")}
    assert set(listing["errors"][0]) == {"path", "line", "column", "message"}


def test_schema_prints_json(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "lessonapp lesson, format 1"


def test_help_documents_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for command in ("validate", "lessons", "schema", "new", "preview", "import", "scores", "set-pin",
                    "--lessons", "--data-dir", "--kiosk", "--config"):
        assert command in text


@pytest.mark.skipif(shutil.which("lessonapp") is None, reason="the package is not installed")
def test_installed_command_lists_the_bundled_course_from_another_folder(tmp_path):
    env = {**os.environ, "LESSONAPP_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        ["lessonapp", "lessons", "--json"], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    )
    listing = json.loads(result.stdout)
    assert len(listing["lessons"]) == 7 and listing["errors"] == []


def test_expected_errors_show_no_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "lessonapp", "import", str(tmp_path / "nothing.txt")],
        capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "no such file" in result.stderr
