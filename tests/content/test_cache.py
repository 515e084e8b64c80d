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


def test_a_save_while_loading_is_not_cached_as_the_old_content(tmp_path, monkeypatch):
    import lessonapp.content.library as library_module

    library_dir = tmp_path / "lib"
    path = write_lesson(library_dir, VALID)
    real_load = library_module.load_lesson

    def load_then_the_teacher_saves(*args, **kwargs):
        result = real_load(*args, **kwargs)
        path.write_text("format: 1\nid: broken\n", encoding="utf-8")
        return result

    monkeypatch.setattr(library_module, "load_lesson", load_then_the_teacher_saves)
    load(library_dir, tmp_path / "cache")
    monkeypatch.undo()
    library, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0 and library.lessons == () and library.errors


def test_entries_made_by_other_rules_are_dropped(tmp_path, monkeypatch):
    import lessonapp.content.cache as cache_module

    library_dir = tmp_path / "lib"
    write_lesson(library_dir, VALID)
    load(library_dir, tmp_path / "cache")
    monkeypatch.setattr(cache_module, "rules_fingerprint", lambda: "rules of a newer lessonapp")
    _, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0
