"""The teachers' guide, docs/writing-lessons.md, keeps its promises.

The complete example lesson in it loads with no error and no warning, using
the source text printed beside it, and every key of the format (spec.py) is
documented in it.
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import yaml

from lessonapp.content import spec
from lessonapp.content.loader import load_lesson

DOC = Path(__file__).resolve().parents[1] / "docs" / "writing-lessons.md"
FENCE = re.compile(r"^```(\w*)[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def _section(heading: str) -> str:
    """The text of the `## ...` section whose heading contains `heading`
    (numbering such as "2." allowed), up to the next `## ` heading."""
    text = DOC.read_text(encoding="utf-8")
    start = re.search(rf"^##[ \t]+(?:\d+\.[ \t]*)?[^\n]*{re.escape(heading)}[^\n]*$", text,
                      re.MULTILINE | re.IGNORECASE)
    assert start is not None, f'no "## ... {heading}" heading in {DOC.name}'
    rest = text[start.end():]
    end = re.search(r"^##[ \t]", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def _blocks(section: str) -> list[tuple[str, str]]:
    return [(m.group(1).lower(), m.group(2)) for m in FENCE.finditer(section)]


def _tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
    '<rect x="0" y="70" width="200" height="30" fill="#3a7bd5"/></svg>\n'
)


def _write_image(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".svg":
        path.write_text(_SVG, encoding="utf-8")
    else:  # PNG bytes; the doc's example uses SVG, but keep the test honest for either
        path.write_bytes(_tiny_png())


def _complete_example(tmp_path: Path) -> Path:
    """Write the doc's complete example, and the files it references, into
    tmp_path; return the lesson file."""
    blocks = _blocks(_section("complete example"))
    yaml_blocks = [body for lang, body in blocks if lang in ("yaml", "yml")]
    assert yaml_blocks, "the complete example has no ```yaml block"
    lesson_text = yaml_blocks[0]
    data = yaml.safe_load(lesson_text)
    lesson_file = tmp_path / f"{data['id']}.yaml"
    lesson_file.write_text(lesson_text, encoding="utf-8")

    source = (data.get("source") or {}).get("file")
    if source:
        after = blocks[[body for _, body in blocks].index(lesson_text) + 1:]
        texts = [body for lang, body in after if lang in ("text", "txt", "")]
        assert texts, f"the complete example uses {source} but prints no ```text block with its contents"
        target = tmp_path / source
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(texts[0], encoding="utf-8")
    for page in data.get("pages") or ():
        if page.get("image"):
            _write_image(tmp_path / page["image"])
    return lesson_file


def test_complete_example_loads_with_no_problem(tmp_path):
    lesson_file = _complete_example(tmp_path)
    lesson, problems = load_lesson(lesson_file)
    assert [str(p) for p in problems] == []
    assert lesson is not None


def test_complete_example_shows_what_the_guide_says_it_shows(tmp_path):
    lesson, _ = load_lesson(_complete_example(tmp_path))
    questions = lesson.quiz.questions
    assert {q.type for q in questions} == {"single", "multiple", "true_false"}
    assert any(q.type == "multiple" and q.scoring == "partial" for q in questions)
    assert all(q.explanation for q in questions)
    assert any(q.see for q in questions) and any(q.quote for q in questions)
    assert any(c.feedback for q in questions for c in q.choices)
    assert lesson.source is not None and lesson.source.file is not None
    assert any(p.image is not None and p.image_alt for p in lesson.pages)
    assert any(p.terms for p in lesson.pages)


def test_every_key_of_the_format_is_documented():
    section = _section("every key")
    for part in (spec.LESSON, spec.SOURCE, spec.PAGE, spec.TERM, spec.QUIZ, spec.QUESTION, spec.CHOICE,
                 spec.COURSE):
        for name in part.names:
            assert f"| `{name}` |" in section, f'key "{name}" of {part.name} is missing from the tables'
    for key in (spec.QUESTION.key("type"), spec.QUESTION.key("scoring"), spec.QUIZ.key("feedback")):
        for choice in key.choices:
            assert f"`{choice}`" in section, f'"{choice}" ({key.name}) is not documented'
