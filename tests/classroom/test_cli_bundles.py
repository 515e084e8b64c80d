"""lessonapp scores export --format xapi and lessonapp scores import (docs/classroom.md)."""

from __future__ import annotations

import json
from pathlib import Path

from lessonapp.cli import main
from lessonapp.content.model import Choice, Question
from lessonapp.store import Store

QUESTION = Question(id="q1", prompt="Where?", choices=(Choice("Kuwait", correct=True), Choice("Peru")))
LESSON = """format: 1
id: gulf
title: Workers in the Gulf
pages:
  - title: One
    body: Text.
quiz:
  questions:
    - id: q1
      prompt: Where?
      choices:
        - text: Kuwait
          correct: true
        - text: Peru
"""


def kiosk_with_results(data: Path, name: str) -> None:
    data.mkdir(parents=True, exist_ok=True)
    with Store.open(data / "scores.db") as store:
        attempt = store.start_attempt(store.add_profile(name).id, "gulf", "Workers in the Gulf", 1, ["q1"], 1.0)
        store.record_answer(attempt, QUESTION, [0], True, 1.0, 1.0, 3.0)
        store.finish_attempt(attempt, 1.0, 1.0, 100.0, True)


def test_a_bundle_from_each_kiosk_merges_on_the_teacher_machine_once(tmp_path, capsys, monkeypatch) -> None:
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "gulf.yaml").write_text(LESSON, encoding="utf-8")
    bundles = []
    for n, name in enumerate(("Amira", "Tom")):
        kiosk = tmp_path / f"kiosk{n}"
        kiosk_with_results(kiosk, name)
        bundle = tmp_path / f"kiosk{n}.jsonl"
        assert main(["--data-dir", str(kiosk), "scores", "export", "--format", "xapi", "-o", str(bundle)]) == 0
        assert "wrote 3 statements" in capsys.readouterr().err
        assert [json.loads(line)["verb"]["id"].rsplit("/", 1)[1] for line in bundle.read_text().splitlines()] == [
            "answered", "completed", "passed"]
        bundles.append(str(bundle))

    teacher = tmp_path / "teacher"
    args = ["--data-dir", str(teacher), "--lessons", str(lessons), "scores", "import", *bundles]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "merged 6 statements, 0 were here already"
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "merged 0 statements, 6 were here already"

    assert main(["--data-dir", str(teacher), "scores", "export", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted(r["student"] for r in rows) == ["Amira", "Tom"]
    assert len({r["machine"] for r in rows}) == 2 and all(r["status"] == "finished" for r in rows)

    # the teacher's bundle carries every statement, its own and the merged ones, on standard output
    assert main(["--data-dir", str(teacher), "scores", "export", "--format", "xapi"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 6


def test_import_names_each_bad_line_and_exits_1(tmp_path, capsys) -> None:
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "gulf.yaml").write_text(LESSON, encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    code = main(["--data-dir", str(tmp_path / "t"), "--lessons", str(lessons), "scores", "import", str(bad),
                 str(missing)])
    assert code == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines()[0].startswith(f"{missing}: cannot be read: ")
    assert captured.err.splitlines()[1] == f"{bad}:1: is not JSON: not a statement"
    assert "Traceback" not in captured.err
    assert captured.out.strip() == "merged 0 statements, 0 were here already, 2 could not be merged"


def test_a_lesson_this_machine_lacks_is_not_merged(tmp_path, capsys) -> None:
    kiosk_with_results(tmp_path / "kiosk", "Amira")
    bundle = tmp_path / "b.jsonl"
    assert main(["--data-dir", str(tmp_path / "kiosk"), "scores", "export", "--format", "xapi", "-o", str(bundle)]) == 0
    empty = tmp_path / "empty-library"
    empty.mkdir()
    assert main(["--data-dir", str(tmp_path / "t"), "--lessons", str(empty), "scores", "import", str(bundle)]) == 1
    assert f'{bundle}:1: is about the lesson "gulf", which this machine does not have' in capsys.readouterr().err


def test_export_xapi_with_answers_is_a_usage_error(tmp_path, capsys) -> None:
    kiosk_with_results(tmp_path, "Amira")
    assert main(["--data-dir", str(tmp_path), "scores", "export", "--format", "xapi", "--answers"]) == 2
    assert "--answers goes with --format csv or json" in capsys.readouterr().err
