"""A folder of lessons: order, course.yaml, requires, duplicates across files."""

from __future__ import annotations

from lessonapp.content.library import load_library

from .helpers import VALID, write_lesson


def lesson_text(lesson_id: str, title: str, extra: str = "") -> str:
    return VALID.replace("id: sample", f"id: {lesson_id}", 1).replace(
        "title: A sample lesson", f"title: {title}{extra}", 1
    )


def test_one_broken_file_does_not_stop_the_others(tmp_path):
    write_lesson(tmp_path, lesson_text("one", "One"), "one.yaml")
    write_lesson(tmp_path, "format: 1\nid: [broken\n", "broken.yaml")
    library = load_library([tmp_path])
    assert [lesson.id for lesson in library.lessons] == ["one"]
    assert [p.path.name for p in library.errors] == ["broken.yaml"]


def test_order_then_title_without_course(tmp_path):
    write_lesson(tmp_path, lesson_text("b", "Bravo", "\norder: 1"), "b.yaml")
    write_lesson(tmp_path, lesson_text("c", "Alpha"), "c.yaml")
    write_lesson(tmp_path / "sub", lesson_text("a", "Charlie", "\norder: 2"), "a.yaml")
    assert [lesson.id for lesson in load_library([tmp_path]).lessons] == ["b", "a", "c"]


def test_course_orders_and_names_unknown_entries(tmp_path):
    write_lesson(tmp_path, lesson_text("a", "A"), "a.yaml")
    write_lesson(tmp_path, lesson_text("b", "B"), "b.yaml")
    write_lesson(tmp_path, lesson_text("c", "C"), "c.yaml")
    (tmp_path / "course.yaml").write_text("format: 1\nid: course\ntitle: Course\nlessons: [b, ghost, a]\n")
    library = load_library([tmp_path])
    assert [lesson.id for lesson in library.lessons] == ["b", "a", "c"]
    assert library.courses[0].title == "Course"
    (problem,) = library.errors
    assert (problem.path.name, problem.line, problem.column) == ("course.yaml", 4, 14)
    assert 'lists "ghost"' in problem.message


def test_duplicate_lesson_ids_across_files(tmp_path):
    write_lesson(tmp_path, lesson_text("same", "First"), "a.yaml")
    write_lesson(tmp_path, lesson_text("same", "Second"), "b.yaml")
    library = load_library([tmp_path])
    assert [lesson.title for lesson in library.lessons] == ["First"]
    (problem,) = library.errors
    assert problem.path.name == "b.yaml" and problem.line == 2
    assert 'the lesson id "same" is already used by' in problem.message


def test_requires_unknown_and_cycles(tmp_path):
    write_lesson(tmp_path, lesson_text("a", "A", "\nrequires: [b]"), "a.yaml")
    write_lesson(tmp_path, lesson_text("b", "B", "\nrequires: [a]"), "b.yaml")
    write_lesson(tmp_path, lesson_text("c", "C", "\nrequires: [nobody]"), "c.yaml")
    library = load_library([tmp_path])
    assert [lesson.id for lesson in library.lessons] == ["c"]
    messages = sorted((p.path.name, p.line, p.message.split(";")[0].split(":")[0]) for p in library.errors)
    assert messages == [
        ("a.yaml", 4, "requires makes a cycle (a -> b -> a)"),
        ("b.yaml", 4, "requires makes a cycle (a -> b -> a)"),
        ("c.yaml", 4, 'requires "nobody", which is not a lesson in the library'),
    ]
    assert library.lessons[0].requires == (), "a requirement naming nothing must not lock the lesson"


def test_missing_folder_is_reported(tmp_path):
    library = load_library([tmp_path / "nowhere"])
    assert library.lessons == () and "does not exist" in library.errors[0].message


def test_course_file_in_a_sub_folder_is_reported_not_loaded(tmp_path):
    write_lesson(tmp_path, lesson_text("a", "A"), "a.yaml")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "course.yaml").write_text("format: 1\nid: c\ntitle: C\nlessons: [a]\n")
    library = load_library([tmp_path])
    assert [lesson.id for lesson in library.lessons] == ["a"]
    (problem,) = library.problems
    assert problem.severity == "warning" and "sub-folder is not read" in problem.message


def test_the_cycle_collector_runs_again_after_loading(tmp_path):
    import gc

    write_lesson(tmp_path, lesson_text("a", "A"), "a.yaml")
    assert gc.isenabled()
    load_library([tmp_path])
    assert gc.isenabled()


def test_a_lesson_requiring_one_in_a_cycle_is_not_locked_forever(tmp_path):
    write_lesson(tmp_path, lesson_text("a", "A", "\nrequires: [b]"), "a.yaml")
    write_lesson(tmp_path, lesson_text("b", "B", "\nrequires: [a]"), "b.yaml")
    write_lesson(tmp_path, lesson_text("c", "C", "\nrequires: [a]"), "c.yaml")
    library = load_library([tmp_path])
    (c,) = library.lessons
    assert c.requires == ()
    assert any(p.path.name == "c.yaml" and "is in a cycle" in p.message for p in library.errors)


def test_an_unreadable_sub_folder_is_reported(tmp_path, monkeypatch):
    """(Tests run as root here, where a folder's permissions do not stop a
    read, so os.walk is told the folder could not be read.)"""
    import os

    import lessonapp.content.library as library_module

    write_lesson(tmp_path, lesson_text("a", "A"), "a.yaml")
    locked = tmp_path / "locked"
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        yield from real_walk(top, onerror=onerror, **kwargs)
        onerror(PermissionError(13, "Permission denied", str(locked)))

    monkeypatch.setattr(library_module.os, "walk", walk)
    library = load_library([tmp_path])
    assert [lesson.id for lesson in library.lessons] == ["a"]
    assert any(p.path == locked and "cannot be read (Permission denied)" in p.message for p in library.errors)


def test_validating_course_yaml_alone_checks_its_lessons_exist(tmp_path):
    from lessonapp.content.library import validate_paths

    write_lesson(tmp_path, lesson_text("a", "A"), "a.yaml")
    (tmp_path / "course.yaml").write_text("format: 1\nid: c\ntitle: C\nlessons: [a, ghost]\n")
    (problem,) = validate_paths([tmp_path / "course.yaml"])
    assert 'lists "ghost"' in problem.message


def test_a_source_that_cannot_be_read_is_reported_in_every_lesson_using_it(tmp_path):
    write_lesson(tmp_path, lesson_text("a", "A"), "a.yaml")
    write_lesson(tmp_path, lesson_text("b", "B"), "b.yaml")
    (tmp_path / "article.txt").write_bytes(b"\xff\xfe not UTF-8 \xff")
    library = load_library([tmp_path])
    assert library.lessons == ()
    reported = {p.path.name for p in library.errors if "is not UTF-8 text" in p.message}
    assert reported == {"a.yaml", "b.yaml"}
