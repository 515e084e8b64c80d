"""`lessonapp import` exits as `validate` does: 0 with no problem or warnings
only, 1 when an error line was printed (the good questions are still written)."""

from __future__ import annotations

from lessonapp.cli import main


def test_warnings_alone_exit_0(tmp_path, capsys):
    bank = tmp_path / "bank.gift"
    bank.write_text("::Essay::Write. {}\n\n::Sky::Blue? {=yes ~no}\n", encoding="utf-8")
    assert main(["import", str(bank)]) == 0
    assert ": warning: skipped essay question" in capsys.readouterr().err


def test_an_error_line_exits_1_and_the_good_questions_are_written(tmp_path, capsys):
    bank = tmp_path / "bank.gift"
    bank.write_text("::Broken::No right answer? {~a ~b}\n\n::Sky::Blue? {=yes ~no}\n", encoding="utf-8")
    assert main(["import", str(bank)]) == 1
    captured = capsys.readouterr()
    assert f"{bank}:1:1: error: skipped question" in captured.err
    assert "1 question imported, 1 skipped" in captured.out
    assert main(["validate", str(tmp_path / "bank.yaml")]) == 0


def test_nothing_importable_exits_1_without_a_file(tmp_path):
    bank = tmp_path / "bank.gift"
    bank.write_text("::Essay::Write. {}\n", encoding="utf-8")
    assert main(["import", str(bank)]) == 1
    assert not (tmp_path / "bank.yaml").exists()
