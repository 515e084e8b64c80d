"""import_file and detect_format: reading, choosing the format, the lesson's
id and title, and files that cannot be used."""

from __future__ import annotations

from pathlib import Path

import yaml

from lessonapp.content.importers import detect_format, import_file

from .lesson_rules import check_rules, load_written

GIFT = "// quiz\n::Capital::Capital of France?{=Paris ~Lyon ~Nice}\n\nThe sun rises in the east.{T}\n"
AIKEN = (
    "Capital of France?\nA) Paris\nB) Lyon\nANSWER: A\n\n"
    "Capital of Italy?\nA. Rome\nB. Milan\nANSWER: A\n"
)


def test_detect_format():
    assert detect_format(GIFT) == "gift"
    assert detect_format(AIKEN) == "aiken"
    assert detect_format("::title::\nno braces here") == "gift"
    assert detect_format("$CATEGORY: x\n") == "gift"
    assert detect_format("just some text\nwith lines") is None
    assert detect_format("") is None
    # Aiken text with a brace or two in it is still Aiken.
    assert detect_format("What does {x} mean?\nA) a set\nB) a map\nANSWER: A\n") == "aiken"


def test_import_gift_file_gives_a_valid_lesson(tmp_path):
    source = tmp_path / "Unit 3_Quiz.gift"
    source.write_text(GIFT, encoding="utf-8")
    result = import_file(source)
    assert (result.imported, result.skipped, result.problems) == (2, 0, [])
    data = check_rules(result.yaml_text)
    assert (data["id"], data["title"]) == ("unit-3-quiz", "Unit 3 Quiz")
    assert [q["id"] for q in data["quiz"]["questions"]] == ["capital", "q2"]
    assert result.yaml_text.startswith("# Imported by lessonapp from Unit 3_Quiz.gift (GIFT) on ")
    lesson, problems = load_written(result.yaml_text, tmp_path)
    assert lesson.id == "unit-3-quiz"
    assert lesson.quiz.questions[1].type == "true_false"
    assert lesson.quiz.questions[1].answer is True


def test_import_aiken_file_detected_with_id_and_title_given(tmp_path):
    source = tmp_path / "bank.txt"
    source.write_text(AIKEN, encoding="utf-8")
    result = import_file(source, lesson_id="capitals", title="  Capitals of Europe ")
    data = check_rules(result.yaml_text)
    assert (data["id"], data["title"]) == ("capitals", "Capitals of Europe")
    assert "(Aiken)" in result.yaml_text.splitlines()[0]
    load_written(result.yaml_text, tmp_path)


def test_format_given_overrides_detection(tmp_path):
    source = tmp_path / "bank.txt"
    source.write_text(AIKEN, encoding="utf-8")
    result = import_file(source, "gift")
    assert result.imported == 0 and result.yaml_text == ""
    assert result.errors


def test_utf8_with_bom_is_accepted(tmp_path):
    source = tmp_path / "bom.gift"
    source.write_bytes(b"\xef\xbb\xbf" + "::Café::Où est le café ?{=ici ~là}\n".encode())
    result = import_file(source)
    data = yaml.safe_load(result.yaml_text)
    question = data["quiz"]["questions"][0]
    assert (question["id"], question["prompt"]) == ("cafe", "Où est le café ?")
    assert [c["text"] for c in question["choices"]] == ["ici", "là"]


def test_other_encodings_give_one_clear_error(tmp_path):
    latin1 = tmp_path / "latin1.gift"
    latin1.write_bytes("Q?{=a\n~caf\xe9}".encode("latin-1"))
    utf16 = tmp_path / "utf16.gift"
    utf16.write_bytes("Q?{=a ~b}".encode("utf-16"))
    binary = tmp_path / "binary.gift"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    for path, words, line in ((latin1, "not UTF-8", 2), (utf16, "UTF-16", 1), (binary, "binary", 1)):
        result = import_file(path)
        assert (result.yaml_text, result.imported) == ("", 0)
        assert len(result.problems) == 1
        problem = result.problems[0]
        assert problem.severity == "error" and words in problem.message and problem.line == line
        assert problem.path == path


def test_missing_file_is_a_problem_not_an_exception(tmp_path):
    result = import_file(tmp_path / "nope.gift")
    assert result.yaml_text == "" and "cannot read" in result.problems[0].message


def test_a_folder_or_a_device_is_refused_before_reading(tmp_path):
    """/dev/zero would be read until memory runs out: stat tells before a byte is read."""
    result = import_file(tmp_path)
    assert result.yaml_text == "" and "this is a folder" in result.problems[0].message
    result = import_file(Path("/dev/zero"), "gift")
    assert result.yaml_text == "" and "not a regular file" in result.problems[0].message


def test_a_file_grown_past_the_limit_after_stat_is_refused(tmp_path, monkeypatch):
    from lessonapp.content import importers

    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 10)
    source = tmp_path / "q.gift"
    source.write_text(GIFT, encoding="utf-8")
    assert "a question file may be at most" in import_file(source).problems[0].message


def test_unknown_format_or_bad_id_or_no_questions(tmp_path):
    source = tmp_path / "q.txt"
    source.write_text("nothing to see\n", encoding="utf-8")
    assert "cannot tell the format" in import_file(source).problems[0].message
    assert "unknown format" in import_file(source, "qti").problems[0].message
    source.write_text(GIFT, encoding="utf-8")
    result = import_file(source, lesson_id="Bad Id")
    assert result.yaml_text == "" and "not valid" in result.problems[0].message
    source.write_text("Essay?{}\n\nAnother essay?{}\n", encoding="utf-8")
    result = import_file(source, "gift")
    assert (result.yaml_text, result.imported, result.skipped) == ("", 0, 2)
    assert [p.severity for p in result.problems] == ["warning", "warning", "error"]
    assert "none of the 2 questions" in result.problems[-1].message


def test_lesson_id_from_an_awkward_file_name(tmp_path):
    for name, expected in (("123.gift", "123"), ("no.gift", "no"), ("한국어.gift", "imported-questions")):
        source = tmp_path / name
        source.write_text(GIFT, encoding="utf-8")
        data = check_rules(import_file(source).yaml_text)
        assert data["id"] == expected
