"""The lesson cache: never stale, never hiding an error, rebuilt when damaged."""

from __future__ import annotations

import json
import os
import pathlib
import pickle

import pytest

from lessonapp.content.cache import LessonCache
from lessonapp.content.library import load_library

from .helpers import PNG_1X1, VALID, write_lesson


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


# -- a cache file is data, never code -----------------------------------------------------


class _Planted:
    """Unpickling this creates the file `marker`: what a planted cache could do."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def test_a_planted_pickle_is_never_unpickled(tmp_path):
    library_dir = tmp_path / "lib"
    write_lesson(library_dir, VALID)
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    marker = tmp_path / "code-ran"
    planted = pickle.dumps({"rules": "x", "entries": _Planted(marker)})
    for name in ("lessons.pickle", "lessons.json"):
        (cache_dir / name).write_bytes(planted)
    library, cache = load(library_dir, cache_dir)
    assert not marker.exists(), "the cache ran code"
    assert cache.hits == 0 and len(library.lessons) == 1
    assert not (cache_dir / "lessons.pickle").exists(), "an old pickle is removed, never read"
    _, cache = load(library_dir, cache_dir)
    assert cache.hits == 1 and not marker.exists()


def _cached_json(tmp_path):
    library_dir = tmp_path / "lib"
    write_lesson(library_dir, VALID)
    _, cache = load(library_dir, tmp_path / "cache")
    return library_dir, cache.path, json.loads(cache.path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "empty", "a list", "no entries", "entries not a list", "nested too deep", "NaN"],
)
def test_a_damaged_json_cache_is_ignored_and_rebuilt(tmp_path, damage):
    library_dir, path, stored = _cached_json(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        {
            "garbage": "\x00\x01 not json at all {",
            "truncated": text[: len(text) // 2],
            "empty": "",
            "a list": "[1, 2, 3]",
            "no entries": json.dumps({**stored, "entries": None}),
            "entries not a list": json.dumps({**stored, "entries": {"a": 1}}),
            "nested too deep": "[" * 100_000 + "]" * 100_000,
            "NaN": text.replace('"pass_mark"', '"pass_mark"').replace("70.0", "NaN", 1),
        }[damage],
        encoding="utf-8",
    )
    library, cache = load(library_dir, tmp_path / "cache")
    assert len(library.lessons) == 1 and not library.problems
    again, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 1 and again.lessons == library.lessons


def _lesson_record(stored):
    (entry,) = stored["entries"]
    return entry[5][0]


WRONG_SHAPES = {
    "an entry that is not a list": lambda s: s["entries"].__setitem__(0, {"path": "x"}),
    "a lesson of the wrong length": lambda s: _lesson_record(s).pop(),
    "a title that is a number": lambda s: _lesson_record(s).__setitem__(1, 12),
    "another lesson's path": lambda s: _lesson_record(s).__setitem__(2, "/elsewhere/lesson.yaml"),
    "an empty image path": lambda s: _lesson_record(s)[13][0].__setitem__(3, ""),
    "a question type not in the format": lambda s: _lesson_record(s)[14][0][2].__setitem__(0, "essay"),
    "a choice flag that is text": lambda s: _lesson_record(s)[14][0][12][1].__setitem__(0, "yes"),
    "a choice column too short": lambda s: _lesson_record(s)[14][0][12][2].pop(),
    "more choices counted than written": lambda s: _lesson_record(s)[14][0][3].__setitem__(0, 9),
    "a negative number of choices": lambda s: _lesson_record(s)[14][0][3].__setitem__(0, -1),
    "points that are text": lambda s: _lesson_record(s)[14][0][10].__setitem__(0, "1"),
    "an error among the warnings": lambda s: s["entries"][0][5][1].append(["/x.yaml", 1, 1, "planted", "error"]),
    "a stamp that is text": lambda s: s["entries"][0].__setitem__(2, "now"),
    "an object where a page is": lambda s: _lesson_record(s)[13].__setitem__(0, {"__class__": "os.system"}),
}


@pytest.mark.parametrize("damage", WRONG_SHAPES, ids=list(WRONG_SHAPES))
def test_an_entry_of_the_wrong_shape_is_dropped_and_rebuilt(tmp_path, damage):
    library_dir, path, stored = _cached_json(tmp_path)
    WRONG_SHAPES[damage](stored)
    path.write_text(json.dumps(stored), encoding="utf-8")
    library, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0 and len(library.lessons) == 1 and not library.errors
    assert library.lessons[0].title == "A sample lesson"
    again, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 1 and again.lessons == library.lessons


def test_a_library_given_as_a_relative_folder_is_cached_too(tmp_path, monkeypatch):
    write_lesson(tmp_path / "lib", VALID)
    monkeypatch.chdir(tmp_path)
    first, _ = load(pathlib.Path("lib"), tmp_path / "cache")
    second, cache = load(pathlib.Path("lib"), tmp_path / "cache")
    assert cache.hits == 1 and second.lessons == first.lessons


def test_a_lesson_comes_back_from_the_cache_equal_field_by_field(tmp_path):
    from lessonapp.paths import bundled_lessons

    first, _ = load(bundled_lessons(), tmp_path / "cache")
    second, cache = load(bundled_lessons(), tmp_path / "cache")
    assert cache.hits == len(first.lessons) > 0
    assert second.lessons == first.lessons
    assert second.problems == first.problems


def test_an_image_in_a_body_is_a_dependency_of_the_entry(tmp_path):
    library_dir = tmp_path / "lib"
    write_lesson(library_dir, VALID.replace("Some *reading*.", "Some ![a map](map.png) reading."))
    (library_dir / "map.png").write_bytes(PNG_1X1)
    first, _ = load(library_dir, tmp_path / "cache")
    assert len(first.lessons) == 1
    (library_dir / "map.png").write_bytes(b"not a picture any more")
    library, cache = load(library_dir, tmp_path / "cache")
    assert cache.hits == 0 and library.lessons == () and "is not an image" in library.errors[0].message


def test_choice_weights_come_back_from_the_cache(tmp_path):
    weighted = VALID.replace("      scoring: partial\n", "").replace(
        "        - text: A\n          correct: true\n        - text: B\n          correct: true\n        - text: C\n",
        "        - text: A\n          weight: 60\n        - text: B\n          weight: 40\n        - text: C\n"
        "          weight: -12.5\n",
    )
    write_lesson(tmp_path / "lib", weighted)
    first, _ = load(tmp_path / "lib", tmp_path / "cache")
    second, cache = load(tmp_path / "lib", tmp_path / "cache")
    assert cache.hits == 1 and second.lessons == first.lessons
    assert [c.weight for c in second.lessons[0].quiz.questions[1].choices] == [60, 40, -12.5]
