"""The command line, as product.md fixes it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from lessonapp.cli import main
from tests.answering import record

from .content.helpers import VALID, write_lesson


def test_validate_prints_path_line_column_and_exits_1(tmp_path, capsys):
    path = write_lesson(tmp_path, VALID.replace("pass_mark", "x").replace("quiz:\n", "quiz:\n  pass_mark: 140\n"))
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f'{path}:12:14: error: "pass_mark" in the quiz is 140; it must be between 0 and 100']


def test_validate_exits_0_on_warnings_and_1_with_strict(tmp_path, capsys):
    path = write_lesson(tmp_path, VALID.replace("      explanation: Because.\n      quote", "      quote"))
    assert main(["validate", str(path)]) == 0
    assert ": warning: " in capsys.readouterr().out
    assert main(["validate", "--strict", str(path)]) == 1
    assert ": error: " in capsys.readouterr().out


def test_validate_says_no_problems_found_on_standard_output(tmp_path, capsys):
    """A result, not a problem: a script reading stdout, or 2>/dev/null, still sees it."""
    path = write_lesson(tmp_path, VALID)
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("no problems found\n", "")


def test_every_count_the_cli_prints_agrees_with_its_number(tmp_path, capsys):
    """"1 error", "1 problem", "1 page, 1 question" -- never "1 problems" (issue 15, item 4)."""
    from lessonapp.classroom.merge import MergeReport
    from lessonapp.classroom.pull import PullResult
    from lessonapp.plural import count

    assert count(1, "problem") == "1 problem" and count(2, "problem") == "2 problems"
    assert count(1, "try", "tries") == "1 try" and count(0, "try", "tries") == "0 tries"
    assert count(12_345, "row") == "12,345 rows"
    assert MergeReport(1, 0, 0, []).summary() == "merged 1 statement, 0 were here already"
    assert PullResult(fetched=1, merged=1).summary().startswith("fetched 1 statement from the LRS")
    broken = write_lesson(tmp_path, VALID.replace("pass_mark", "x").replace("quiz:\n", "quiz:\n  pass_mark: 140\n"))
    assert main(["validate", str(broken)]) == 1
    assert capsys.readouterr().err == "1 error, 0 warnings\n"
    assert main(["lessons", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "(1 problem):" in out and "problems" not in out


def test_validate_json(tmp_path, capsys):
    path = write_lesson(tmp_path, VALID.replace("id: sample", "id: Bad Id"))
    assert main(["validate", "--json", str(tmp_path)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 1 and report["warnings"] == 0
    assert report["problems"][0] | {"message": ""} == {
        "path": str(path),
        "line": 2,
        "column": 5,
        "severity": "error",
        "message": "",
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
    for command in (
        "validate",
        "lessons",
        "schema",
        "new",
        "preview",
        "import",
        "scores",
        "set-pin",
        "--lessons",
        "--data-dir",
        "--kiosk",
        "--config",
    ):
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
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "no such file" in result.stderr


def test_new_writes_a_lesson_that_validates(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "my-lesson"]) == 0
    assert main(["validate", "--strict", "my-lesson.yaml"]) == 0
    assert main(["new", "my-lesson"]) == 1  # never overwrites without --force
    assert "already exists" in capsys.readouterr().err
    assert main(["new", "Bad Id"]) == 1
    assert "Bad Id" in capsys.readouterr().err


def test_import_gift_writes_a_valid_lesson_and_names_what_was_skipped(tmp_path, capsys):
    bank = tmp_path / "bank.gift"
    bank.write_text(
        "::Capital::What is the capital of France? {=Paris ~Lyon ~Nice}\n\n"
        "::Essay::Write about Paris. {}\n\n"
        "::Sky::The sky is blue. {T}\n",
        encoding="utf-8",
    )
    assert main(["import", str(bank), "-o", str(tmp_path / "bank.yaml")]) == 0
    captured = capsys.readouterr()
    assert f"{bank}:3:1: warning:" in captured.err and "essay" in captured.err.lower()
    assert "2 questions imported, 1 skipped" in captured.out
    assert main(["validate", str(tmp_path / "bank.yaml")]) == 0


def test_scores_export_writes_the_documented_columns(tmp_path, capsys, monkeypatch):
    from lessonapp.store import Store

    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    with Store.open(tmp_path / "scores.db") as store:
        ana = store.add_profile("Ana")
        attempt = store.start_attempt(ana.id, "l1", "Lesson", 1, ["q1"], 1.0)
        record(store, attempt, "q1", ["Paris"], True, 1.0, 1.0, 3.5)
        store.finish_attempt(attempt, 1.0, 1.0, 100.0, True)
    out = tmp_path / "scores.csv"
    assert main(["scores", "export", "--format", "csv", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == (
        "student,lesson_id,lesson_title,attempt_id,started_at,finished_at,score,max_score,percent,passed,status,"
        "practice,machine"
    )
    assert lines[1].startswith("Ana,l1,Lesson,")
    assert main(["scores", "export", "--format", "json", "--answers"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert list(row) == [
        "attempt_id",
        "student",
        "lesson_id",
        "question_id",
        "chosen",
        "correct",
        "points",
        "max_points",
    ]


def test_scores_export_without_scores_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    assert main(["scores", "export"]) == 1
    assert "no scores recorded yet" in capsys.readouterr().err


def test_set_pin_needs_a_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["set-pin"]) == 1
    assert "in a terminal" in capsys.readouterr().err


def test_set_pin_asks_twice_and_stores_only_a_hash(tmp_path, monkeypatch, capsys):
    from lessonapp.store import Store, check_pin, pin

    monkeypatch.setattr(pin, "DEFAULT_COST", pin.ScryptCost(n=16, r=1, p=1))  # cheap: not about the cost
    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    prompts = []
    answers = iter(["654321", "654321"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or next(answers))
    assert main(["set-pin"]) == 0
    assert prompts[0] == "New teacher PIN (6 or more digits): "
    with Store.open(tmp_path / "scores.db") as store:
        assert check_pin(store, "654321") and not check_pin(store, "123456")
        dump = "\n".join(store.connection.iterdump())
    assert "654321" not in dump
    answers = iter(["111111", "222222"] * 3)
    assert main(["set-pin"]) == 1
    assert "differ" in capsys.readouterr().err
    answers = iter(["4321"] * 3)  # 4 digits were enough before; each bad entry is refused at once
    assert main(["set-pin"]) == 1
    assert "at least 6 digits" in capsys.readouterr().err


def test_set_pin_checks_each_entry_at_once_and_asks_again(tmp_path, monkeypatch, capsys):
    """A bad PIN is refused before the second entry, and a mismatch asks again instead of exiting."""
    from lessonapp.store import Store, check_pin, pin

    monkeypatch.setattr(pin, "DEFAULT_COST", pin.ScryptCost(n=16, r=1, p=1))
    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    prompts = []
    answers = iter(["12ab", "123456", "654321", "246810", "246810"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or next(answers))
    assert main(["set-pin"]) == 0
    first, again = "New teacher PIN (6 or more digits): ", "The same PIN again: "
    assert prompts == [first, first, again, first, again]
    err = capsys.readouterr().err.splitlines()
    assert err == ["The PIN must be made of digits only. Try again (2 tries left).",
                   "The two PINs differ. Try again (1 try left)."]
    with Store.open(tmp_path / "scores.db") as store:
        assert check_pin(store, "246810")


def test_scores_export_of_a_damaged_database_fails_and_keeps_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LESSONAPP_DATA_DIR", str(tmp_path))
    (tmp_path / "scores.db").write_bytes(b"this is not a database" * 100)
    assert main(["scores", "export"]) == 1
    assert "Nothing was exported" in capsys.readouterr().err
    assert list(tmp_path.glob("scores.db.*")), "the damaged file is kept aside"


def test_import_never_overwrites_the_file_it_imports(tmp_path, capsys):
    bank = tmp_path / "bank.yaml"
    bank.write_text("Q?\nA. yes\nB. no\nANSWER: A\n", encoding="utf-8")
    assert main(["import", str(bank), "--force"]) == 1
    assert "is the file being imported" in capsys.readouterr().err
    assert bank.read_text(encoding="utf-8").startswith("Q?")


def test_opening_the_app_needs_only_the_global_options():
    from lessonapp.cli import build_parser

    quick = build_parser(with_commands=False).parse_args(["--kiosk", "--lessons", "validate"])
    full = build_parser().parse_args(["--kiosk", "--lessons", "validate"])
    assert (quick.command, quick.kiosk, quick.lessons) == (full.command, full.kiosk, full.lessons) == (
        None, True, ["validate"]
    )


def test_a_bare_start_has_the_options_the_parser_would_give():
    """`lessonapp` with no arguments skips the parser; its options must be the parser's own."""
    from lessonapp.cli import app_defaults, build_parser

    assert vars(app_defaults()) == vars(build_parser(with_commands=False).parse_args([]))
