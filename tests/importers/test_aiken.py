"""The Aiken importer on small files of our own."""

from __future__ import annotations

from pathlib import Path

from lessonapp.content.importers import import_text
from lessonapp.content.importers.aiken import parse_aiken

from .lesson_rules import check_rules, load_written

SRC = Path("bank.txt")


def problems(bank) -> list[tuple[int, str]]:
    return [(p.line, p.severity) for p in bank.problems]


def test_a_question_with_dot_and_paren_choices(tmp_path):
    text = "What is the capital of France?\nA. Lyon\nB) Paris\nC. Nice\nANSWER: B\n"
    bank = parse_aiken(text, SRC)
    assert not bank.problems
    q = bank.questions[0]
    assert (q.id, q.type, q.prompt, q.line) == ("q1", "single", "What is the capital of France?", 1)
    assert [(c.text, c.correct) for c in q.choices] == [("Lyon", False), ("Paris", True), ("Nice", False)]
    result = import_text(text, SRC, "aiken", date="2024-01-01")
    data = check_rules(result.yaml_text)
    assert data["quiz"]["questions"][0]["choices"] == [{"text": "Lyon"}, {"text": "Paris", "correct": True},
                                                       {"text": "Nice"}]
    load_written(result.yaml_text, tmp_path)


def test_several_questions_blank_lines_and_lines_remembered():
    text = "\n\nQ one?\nA) x\nB) y\nANSWER: A\n\n\nQ two?\n\nA) x\n\nB) y\nANSWER:B\n"
    bank = parse_aiken(text, SRC)
    assert [(q.id, q.line) for q in bank.questions] == [("q1", 3), ("q2", 9)]
    assert [c.correct for c in bank.questions[1].choices] == [False, True]


def test_choice_without_a_space_and_with_tabs_and_indentation():
    bank = parse_aiken("Q?\n  A)one\nB.\ttwo\nANSWER: A", SRC)
    assert [c.text for c in bank.questions[0].choices] == ["one", "two"]


def test_text_is_plain_so_markup_is_escaped_in_the_prompt_only():
    bank = parse_aiken("Is <b>this</b> *bold* & so on?\nA) <b>yes</b>\nB) no\nANSWER: A", SRC)
    q = bank.questions[0]
    assert q.prompt == "Is \\<b\\>this\\</b\\> \\*bold\\* & so on?"
    assert q.choices[0].text == "<b>yes</b>"


def test_question_text_over_several_lines():
    bank = parse_aiken("First line of the question\nand its second line?\nA) x\nB) y\nANSWER: B", SRC)
    assert bank.questions[0].prompt == "First line of the question\nand its second line?"
    assert not bank.problems


def test_broken_questions_are_errors_with_lines_and_good_ones_import(tmp_path):
    text = (
        "Too few?\nA) only\nANSWER: A\n"  # 1-3
        "\n"  # 4
        "A) orphan\nANSWER: A\n"  # 5-6
        "Good one?\nA) yes\nB) no\nANSWER: A\n"  # 7-10
        "Letter not a choice?\nA) x\nB) y\nANSWER: D\n"  # 11-14
        "No answer?\nA) x\nB) y\n"  # 15-17
        "Duplicate?\nA) x\nB) x\nANSWER: A\n"  # 18-21
        "No letter?\nA) x\nB) y\nANSWER:\n"  # 22-25
        "At the end?\nA) x\nB) y\n"  # 26-28
    )
    bank = parse_aiken(text, SRC)
    assert [q.prompt for q in bank.questions] == ["Good one?"]
    assert problems(bank) == [(1, "error"), (5, "error"), (11, "error"), (15, "error"), (18, "error"),
                              (22, "error"), (26, "error")]
    reasons = [p.message for p in bank.problems]
    assert "1 choice" in reasons[0]
    assert "before any question" in reasons[1]
    assert "ANSWER D on line 14" in reasons[2]
    assert "line 18" in reasons[3]
    assert "twice" in reasons[4]
    assert "names no letter" in reasons[5]
    assert "end of the file" in reasons[6]
    result = import_text(text, SRC, "aiken")
    assert (result.imported, result.skipped) == (1, 7)
    load_written(result.yaml_text, tmp_path)


def test_all_of_the_above_is_not_shuffled():
    bank = parse_aiken("Q?\nA) red\nB) blue\nC) All of the above\nANSWER: C", SRC)
    assert bank.questions[0].shuffle is False


def test_one_character_lines_are_ignored_as_in_moodle():
    bank = parse_aiken("Q?\nA) x\n.\nB) y\nANSWER: B", SRC)
    assert len(bank.questions) == 1
    assert not bank.problems


def test_choices_differing_only_in_case_are_duplicates():
    bank = parse_aiken("Is it?\nA. Yes\nB. yes\nC. No\nANSWER: A\n", SRC)
    assert bank.questions == [] and problems(bank) == [(1, "error")]
