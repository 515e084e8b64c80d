"""The bundled course loads cleanly: a broken lesson fails CI."""

from __future__ import annotations

from lessonapp.cli import main
from lessonapp.content.library import load_library
from lessonapp.paths import bundled_lessons


def test_every_bundled_lesson_loads_without_problems():
    library = load_library([bundled_lessons()])
    assert [str(p) for p in library.problems] == []
    assert len(library.lessons) == 7
    assert sum(len(lesson.quiz.questions) for lesson in library.lessons if lesson.quiz) >= 55


def test_validate_strict_passes_on_the_bundled_course(capsys):
    assert main(["validate", "--strict", str(bundled_lessons())]) == 0
    assert capsys.readouterr().out == "no problems found\n"
