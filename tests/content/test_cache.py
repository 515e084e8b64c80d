"""The lesson cache: never stale, never hiding an error, rebuilt when damaged."""

from __future__ import annotations

import os

from lessonapp.content.cache import LessonCache
from lessonapp.content.library import load_library

from .helpers import VALID, write_lesson


def load(folder, cache_dir):
    cache = LessonCache(cache_dir)
    return load_library([folder], cache), cache


def test_second_load_comes_from_the_cache(tmp_path):
    library_dir = tmp_path / "lib"
    write_lesson(library_dir, VALID)
    first, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0
    second, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 1
    assert second.lessons == first.lessons


def test_a_changed_file_is_read_again(tmp_path):
    library_dir = tmp_path / "lib"
    path = write_lesson(library_dir, VALID)
    load(library_dir, tmp_path / "cache")
    path.write_text(VALID.replace("A sample lesson", "A changed lesson"), encoding="utf-8")
    library, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0 and library.lessons[0].title == "A changed lesson"


def test_same_size_and_time_but_other_content_is_read_again(tmp_path):
    library_dir = tmp_path / "lib"
    path = write_lesson(library_dir, VALID)
    load(library_dir, tmp_path / "cache")
    status = path.stat()
    path.write_text(VALID.replace("A sample lesson", "B sample lesson"), encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    library, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0 and library.lessons[0].title == "B sample lesson"


def test_an_error_is_never_hidden_by_the_cache(tmp_path):
    library_dir = tmp_path / "lib"
    write_lesson(library_dir, VALID)
    load(library_dir, tmp_path / "cache")
    (library_dir / "article.txt").write_text("Some other text entirely.\n", encoding="utf-8")
    library, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0
    assert library.lessons == () and "not in the source file" in library.errors[0].message
    again, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0 and again.errors, "a file with an error is validated every time"


def test_a_moved_library_is_not_served_from_the_old_place(tmp_path):
    library_dir = tmp_path / "lib"
    write_lesson(library_dir, VALID)
    load(library_dir, tmp_path / "cache")
    moved = tmp_path / "moved"
    library_dir.rename(moved)
    library, cache = load(moved, tmp_path / "cache")
    assert cache.hits == 0 and library.lessons[0].path == moved / "lesson.yaml"


def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path):
    library_dir = tmp_path / "lib"
    write_lesson(library_dir, VALID)
    _, cache = load(library_dir, tmp_path / "cache")
    cache.path.write_bytes(b"\x80\x05not a pickle at all")
    library, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0 and len(library.lessons) == 1
    _, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 1
