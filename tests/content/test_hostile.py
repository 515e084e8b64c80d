"""Hostile input: each case ends in one clear error, quickly, without a crash."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from lessonapp.content.loader import load_lesson

from .helpers import VALID, problems_of

BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8)
)

CASES = {
    "alias bomb": (BOMB.encode(), "expands to more than"),
    "recursive alias": (b"format: 1\nid: &x [*x]\n", "an alias refers to the list or mapping it is inside"),
    "deep flow nesting": (b"a: " + b"[" * 5000 + b"]" * 5000, "nested too deeply"),
    "deep block nesting": (
        "".join("  " * i + f"k{i}:\n" for i in range(200)).encode() + b"  " * 200 + b"x: 1\n",
        "nested more than",
    ),
    "binary file": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    "not utf-8": ("title: caf\u00e9\n".encode("latin-1"), "not UTF-8"),
    "utf-16": ("format: 1\n".encode("utf-16"), "UTF-16"),
    "empty file": (b"", "the file is empty"),
    "only a comment": (b"# nothing here\n", "the file is empty"),
    "top-level list": (b"- format: 1\n- id: x\n", "must be a mapping"),
    "top-level scalar": (b"just some words\n", "must be a mapping"),
    "control character": (b"format: 1\ntitle: a\x07b\n", "control character (code 0x07)"),
    "number that is not a number": (b"format: 1\norder: 0x_\n", "looks like a number but is not one"),
    "control character after wide text": (
        "title: \U0001f600\U0001f600 a\nsummary: ab\x07\n".encode(),
        "control character",
    ),
    "python object tag": (b"format: !!python/object/apply:os.system ['echo hi']\n", "unsupported YAML type"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_hostile_file_gives_one_clear_error_fast(tmp_path, case):
    data, message = CASES[case]
    path = tmp_path / "hostile.yaml"
    path.write_bytes(data)
    started = time.perf_counter()
    lesson, problems = load_lesson(path, tmp_path)
    assert time.perf_counter() - started < 1.0
    assert lesson is None
    assert len(problems) == 1, [str(p) for p in problems]
    assert message in problems[0].message
    assert problems[0].severity == "error"


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(b"format: 1\n")
        handle.truncate(50 * 1024 * 1024)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    lesson, problems = load_lesson(path, tmp_path)
    assert time.perf_counter() - started < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 20 * 1024  # KiB
    assert lesson is None and len(problems) == 1
    assert "50.0 MB" in problems[0].message and "at most 5 MB" in problems[0].message


def test_unreadable_file_is_an_error_not_a_crash(tmp_path):
    lesson, problems = load_lesson(tmp_path / "missing.yaml", tmp_path)
    assert lesson is None and "cannot read the file" in problems[0].message


def test_a_control_character_is_placed_by_characters_not_bytes(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes("title: \U0001f600\U0001f600 a\nsummary: ab\x07\n".encode())
    _, (problem,) = load_lesson(path, tmp_path)
    assert (problem.line, problem.column) == (2, 12)


def test_a_device_is_not_read(tmp_path):
    import os

    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    started = time.perf_counter()
    lesson, (problem,) = load_lesson(Path("/dev/zero"), tmp_path)
    assert time.perf_counter() - started < 1.0
    assert lesson is None and "not a regular file" in problem.message


@pytest.mark.parametrize(
    ("reference", "message"),
    [("a" * 300 + ".png", "cannot be used"), ("images/a\\0.png", "NUL character")],
    ids=["name too long", "NUL"],
)
def test_odd_image_paths_are_errors_not_crashes(tmp_path, reference, message):
    text = VALID.replace("    body: Some *reading*.", f'    body: x\n    image: "{reference}"\n    image_alt: A')
    problems = problems_of(tmp_path, text)
    assert any(message in p.message for p in problems), [str(p) for p in problems]
