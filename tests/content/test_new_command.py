"""`lessonapp new`: a missing folder is made, and the modeline points at a
schema written beside the lesson, by a relative path."""

from __future__ import annotations

import json

from lessonapp.cli import main
from lessonapp.content.loader import load_lesson
from lessonapp.paths import schema_file


def test_new_makes_the_folder_and_writes_the_schema_beside_the_lesson(tmp_path, capsys):
    lesson = tmp_path / "newdir" / "deeper" / "x.yaml"
    assert main(["new", "x", "-o", str(lesson)]) == 0
    assert lesson.read_text(encoding="utf-8").splitlines()[0] == "# yaml-language-server: $schema=lesson.schema.json"
    schema = lesson.parent / "lesson.schema.json"
    assert schema.read_text(encoding="utf-8") == schema_file().read_text(encoding="utf-8")
    assert f"wrote {schema} for editors" in capsys.readouterr().out
    loaded, problems = load_lesson(lesson)
    assert loaded is not None and problems == []


def test_a_second_lesson_keeps_the_schema_and_an_old_one_is_updated(tmp_path, capsys):
    assert main(["new", "a", "-o", str(tmp_path / "a.yaml")]) == 0
    assert main(["new", "b", "-o", str(tmp_path / "b.yaml")]) == 0
    assert "lesson.schema.json is up to date" in capsys.readouterr().out
    old = json.loads(schema_file().read_text(encoding="utf-8"))
    old["description"] = "an older version"
    (tmp_path / "lesson.schema.json").write_text(json.dumps(old), encoding="utf-8")
    assert main(["new", "c", "-o", str(tmp_path / "c.yaml")]) == 0
    assert "updated" in capsys.readouterr().out
    assert (tmp_path / "lesson.schema.json").read_text(encoding="utf-8") == schema_file().read_text(encoding="utf-8")


def test_someone_elses_schema_of_that_name_is_left_alone(tmp_path, capsys):
    (tmp_path / "lesson.schema.json").write_text('{"title": "mine"}', encoding="utf-8")
    assert main(["new", "a", "-o", str(tmp_path / "a.yaml")]) == 0
    assert "is not lessonapp's schema and was left as it is" in capsys.readouterr().out
    assert (tmp_path / "lesson.schema.json").read_text(encoding="utf-8") == '{"title": "mine"}'


def test_a_folder_that_cannot_be_made_is_one_line(tmp_path, capsys):
    (tmp_path / "file").write_text("", encoding="utf-8")
    assert main(["new", "a", "-o", str(tmp_path / "file" / "a.yaml")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cannot create the folder" in err
