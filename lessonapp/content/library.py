"""Library folders -> every lesson the app can offer, in order, and every
problem found, across files as well as within them."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from lessonapp.words import Words

from .cache import LessonCache, file_stamp
from .checks import Report, check_mapping
from .loader import load_lesson
from .model import Course, Lesson, Library, Problem
from .spec import COURSE
from .yamlparse import Mark, YamlProblem, YMap, parse_file, read_bytes

COURSE_FILE = "course.yaml"
LESSON_SUFFIXES = (".yaml", ".yml")


def lesson_files(folder: Path, problems: list[Problem] | None = None) -> list[Path]:
    """Every lesson file under a folder (sub-folders too, hidden ones not).
    A sub-folder that cannot be read is reported in problems, not skipped
    in silence."""

    def unreadable(error: OSError) -> None:
        if problems is not None:
            where = Path(error.filename or folder)
            message = Words("content", "this folder cannot be read ({0}); its lessons are missing", str(error.strerror))
            problems.append(Problem(where, 1, 1, message))

    found = []
    for current, folders, files in os.walk(folder, onerror=unreadable):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in files:
            path = Path(current) / name
            if name.startswith(".") or path.suffix.lower() not in LESSON_SUFFIXES or path == folder / COURSE_FILE:
                continue
            found.append(path)
    return sorted(found)


def load_library(folders: Sequence[Path], cache: LessonCache | None = None) -> Library:
    """Load every lesson under the folders. Never raises for a bad file:
    each problem is kept, with its file and line, beside the good lessons.
    With a cache, unchanged lessons are not parsed again (cache.py)."""
    # Loading makes a great many small objects that all stay alive: Python's
    # cycle collector would walk the growing heap again and again for nothing
    # (a third of the time of a 200-lesson library). It runs again afterwards.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_library(folders, cache)
    finally:
        if collecting:
            gc.enable()


def _load_library(folders: Sequence[Path], cache: LessonCache | None) -> Library:
    lessons: list[Lesson] = []
    courses: list[Course] = []
    problems: list[Problem] = []
    first_file: dict[str, Path] = {}
    sources: dict = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            problems.append(Problem(folder, 1, 1, Words("content", "the library folder does not exist")))
            continue
        loaded_course = _load_course(folder / COURSE_FILE, problems)
        course = loaded_course[0] if loaded_course else None
        folder_lessons = []
        for path in lesson_files(folder, problems):
            if path.name == COURSE_FILE:
                problems.append(
                    Problem(
                        path,
                        1,
                        1,
                        Words(
                            "content",
                            "a course.yaml in a sub-folder is not read; keep one course.yaml at the top of "
                            "the library folder, or give the sub-folder as a library of its own",
                        ),
                        "warning",
                    )
                )
                continue
            cached = cache.get(path, folder) if cache is not None else None
            if cached is not None:
                lesson, found = cached
            elif cache is not None:
                # Stamp, then read once, then parse what was read: a save in
                # between makes the stamp older than the file, never newer.
                stamp = file_stamp(path)
                try:
                    data = read_bytes(path)
                except YamlProblem:
                    data = None  # load_lesson reads it again and reports why it cannot
                lesson, found = load_lesson(path, folder, sources, data)
                if data is not None and stamp is not None:
                    cache.put(path, folder, lesson, found, stamp, data)
            else:
                lesson, found = load_lesson(path, folder, sources)
            problems.extend(found)
            if lesson is None:
                continue
            if lesson.id in first_file:
                problems.append(
                    Problem(
                        path,
                        _id_line(path),
                        1,
                        Words(
                            "content",
                            'the lesson id "{0}" is already used by {1}; lesson ids must be unique in a library',
                            lesson.id,
                            str(first_file[lesson.id]),
                        ),
                    )
                )
                continue
            first_file[lesson.id] = path
            folder_lessons.append(lesson)
        if loaded_course is not None:
            courses.append(course)
            _check_course(*loaded_course, folder_lessons, problems)
        lessons.extend(_ordered(folder_lessons, course))
    lessons = _check_requires(lessons, problems)
    if cache is not None:
        cache.save()
    return Library(lessons=tuple(lessons), courses=tuple(courses), problems=tuple(problems))


def validate_paths(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in the given files and folders, as `lessonapp validate` reports them."""
    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            problems.extend(load_library([path]).problems)
        elif path.name == COURSE_FILE:  # checked with its folder, where its lessons are
            problems.extend(p for p in load_library([path.parent]).problems if p.path == path)
        elif path.exists():
            problems.extend(load_lesson(path, path.parent)[1])
        else:
            problems.append(Problem(path, 1, 1, Words("content", "no such file or folder")))
    return problems


def _load_course(path: Path, problems: list[Problem]) -> tuple[Course, list[Mark]] | None:
    """The course file of a folder, with where each lesson entry was written."""
    if not path.is_file():
        return None
    report = Report(path)
    try:
        data = parse_file(path)
    except YamlProblem as problem:
        report.error(Mark(problem.line, problem.column), problem.message)
        problems.extend(report.problems)
        return None
    mark = getattr(data, "mark", Mark(1, 1))
    checked = check_mapping(data, COURSE, "course.yaml", mark, report)
    problems.extend(report.problems)
    if report.has_errors or checked is None:
        return None
    course = Course(
        id=checked["id"],
        title=checked["title"],
        path=path,
        summary=checked.get("summary", ""),
        lessons=checked["lessons"],
    )
    return course, data["lessons"].item_marks


def _check_course(course: Course, entry_marks: list[Mark], lessons: list[Lesson], problems: list[Problem]) -> None:
    known = {lesson.id for lesson in lessons}
    for lesson_id, mark in zip(course.lessons, entry_marks):
        if lesson_id not in known:
            problems.append(
                Problem(
                    course.path,
                    mark.line,
                    mark.column,
                    Words(
                        "content",
                        'course.yaml lists "{0}", but no lesson in this folder has that id (or it could not be loaded)',
                        lesson_id,
                    )
                    if lessons
                    else Words(
                        "content", 'course.yaml lists "{0}", but no lesson in this folder has that id', lesson_id
                    ),
                )
            )


def _ordered(lessons: list[Lesson], course: Course | None) -> list[Lesson]:
    position = {lesson_id: i for i, lesson_id in enumerate(course.lessons)} if course else {}

    def key(lesson: Lesson):
        listed = position.get(lesson.id)
        order = lesson.order if lesson.order is not None else float("inf")
        return (listed is None, listed if listed is not None else 0, order, lesson.title.casefold())

    return sorted(lessons, key=key)


def _check_requires(lessons: list[Lesson], problems: list[Problem]) -> list[Lesson]:
    """Report requires that name nothing and cycles. Lessons in a cycle could
    never be opened, so they are left out with an error each; a requirement
    that names nothing, or a lesson left out, is dropped (with its error) so
    that it locks no lesson forever."""
    by_id = {lesson.id: lesson for lesson in lessons}
    in_cycle: set[str] = set()
    for lesson in lessons:
        cycle = _find_cycle(lesson.id, by_id)
        if cycle and lesson.id not in in_cycle:
            in_cycle.update(cycle)
            path = " -> ".join(cycle + [cycle[0]])
            for lesson_id in cycle:
                problems.append(
                    Problem(
                        by_id[lesson_id].path,
                        _key_line(by_id[lesson_id].path, "requires"),
                        1,
                        Words(
                            "content",
                            "requires makes a cycle ({0}): none of these lessons could ever be opened; "
                            "remove one of the requirements",
                            path,
                        ),
                    )
                )
    kept = [lesson for lesson in lessons if lesson.id not in in_cycle]
    openable = {lesson.id for lesson in kept}
    for index, lesson in enumerate(kept):
        missing = [required for required in lesson.requires if required not in openable]
        for required in missing:
            if required in in_cycle:
                message = Words(
                    "content",
                    'requires "{0}", which is in a cycle of requirements; until it is fixed, the lesson opens '
                    "without it",
                    required,
                )
            else:
                message = Words(
                    "content",
                    'requires "{0}", which is not a lesson in the library; until it is fixed, the lesson opens '
                    "without it",
                    required,
                )
            problems.append(Problem(lesson.path, _key_line(lesson.path, "requires"), 1, message))
        if missing:
            kept[index] = replace(lesson, requires=tuple(r for r in lesson.requires if r in openable))
    return kept


def _find_cycle(start: str, by_id: dict[str, Lesson]) -> list[str] | None:
    """The cycle through `start` in the requires graph, if there is one."""
    stack = [(start, [start])]
    seen = set()
    while stack:
        current, trail = stack.pop()
        for required in by_id[current].requires:
            if required == start:
                return trail
            if required in by_id and required not in seen:
                seen.add(required)
                stack.append((required, trail + [required]))
    return None


def _key_line(path: Path, key: str) -> int:
    """The line of a top-level key in a file already parsed once (for
    messages about cross-file rules only; rare, so reading again is fine)."""
    try:
        data = parse_file(path)
    except YamlProblem:
        return 1
    return data.key_mark(key).line if isinstance(data, YMap) else 1


def _id_line(path: Path) -> int:
    return _key_line(path, "id")
