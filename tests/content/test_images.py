"""Images written in Markdown or HTML obey the rules of `image:`, and every
image is a regular file inside the library of a bounded size."""

from __future__ import annotations

import pytest

from lessonapp.content.library import validate_paths
from lessonapp.content.markdown import close_void_tags, image_references

from .helpers import PNG_1X1, VALID, png_of_size, write_lesson

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="10" height="10"/></svg>'


def block(markdown: str, indent: int) -> str:
    return "|\n" + "\n".join(" " * indent + line for line in markdown.split("\n"))


def lesson_with(tmp_path, where: str, markdown: str):
    """A lesson whose page body, prompt or explanation holds `markdown`."""
    text = {
        "body": VALID.replace("Some *reading*.", block(markdown, 6)),
        "prompt": VALID.replace("prompt: Pick one.", "prompt: " + block(markdown, 8)),
        "explanation": VALID.replace("explanation: Because.", "explanation: " + block(markdown, 8), 1),
    }[where]
    path = write_lesson(tmp_path / "lib", text)
    return path, [p for p in validate_paths([tmp_path / "lib"]) if p.severity == "error"]


@pytest.mark.parametrize("where", ["body", "prompt", "explanation"])
@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        ("![x](/etc/passwd)", "absolute paths are not allowed"),
        ("![x](/dev/zero)", "absolute paths are not allowed"),
        ("![x](file:///etc/hosts)", "URLs are not allowed"),
        ("![x](https://example.org/x.png)", "URLs are not allowed"),
        ("![x](../outside.png)", "'..' is not allowed"),
        ('<img src="/dev/zero">', "absolute paths are not allowed"),
        ("<img src=/etc/passwd>", "absolute paths are not allowed"),
        ("![x][map]\n\n[map]: /etc/passwd", "absolute paths are not allowed"),
        ("![x](missing.png)", "does not exist"),
        ("![x](article.txt)", "it is not an image"),
    ],
    ids=["absolute", "device", "file URL", "web URL", "dot-dot", "HTML img", "HTML unquoted", "reference", "missing",
         "not an image"],
)  # fmt: skip
def test_every_bad_image_in_markdown_is_an_error(tmp_path, where, markdown, message):
    path, errors = lesson_with(tmp_path, where, markdown)
    found = [p for p in errors if message in p.message and p.path == path]
    assert found, [str(p) for p in errors]
    assert f"in its {where}" in found[0].message


def test_an_image_inside_the_library_is_fine_in_every_form(tmp_path):
    (tmp_path / "lib" / "images").mkdir(parents=True)
    (tmp_path / "lib" / "images" / "map one.png").write_bytes(PNG_1X1)
    (tmp_path / "lib" / "images" / "d.svg").write_bytes(SVG)
    body = '![a](images/map%20one.png) <img src="images/d.svg"> ![b][d]\n\n[d]: <images/map one.png>'
    _, errors = lesson_with(tmp_path, "body", body)
    assert errors == []


def test_a_symbolic_link_out_of_the_library_is_refused(tmp_path):
    outside = tmp_path / "secret.png"
    outside.write_bytes(PNG_1X1)
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "pic.png").symlink_to(outside)
    _, errors = lesson_with(tmp_path, "body", "![x](pic.png)")
    assert any("leads outside the library folder" in p.message for p in errors), [str(p) for p in errors]


def test_images_in_code_are_text_not_images():
    assert image_references("`![x](/etc/passwd)` and\n\n```\n<img src=/dev/zero>\n```\n") == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("huge.png", png_of_size(20_000, 20_000), "20,000 × 20,000 pixels"),
        ("wide.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="200000" height="10"/>', "200,000 × 10"),
        (
            "box.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 50000 50000"/>',
            "50,000 × 50,000",
        ),
        (
            "bomb.svg",
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
            "DOCTYPE or ENTITY",
        ),
        (
            "linked.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            b'<image xlink:href="/dev/zero" width="10" height="10"/></svg>',
            'refers to another file ("/dev/zero")',
        ),
        ("big.png", PNG_1X1 + b"\0" * (21 * 1024 * 1024), "an image may be at most 20 MB"),
    ],
    ids=["20000 px PNG", "200000 px SVG", "viewBox", "entity bomb", "external href", "21 MB"],
)
def test_images_that_would_blank_the_page_are_refused(tmp_path, name, data, message):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / name).write_bytes(data)
    _, errors = lesson_with(tmp_path, "body", f"![x]({name})")
    assert any(message in p.message for p in errors), [str(p) for p in errors]
    text = VALID.replace("    body: Some *reading*.", f"    body: x\n    image: {name}\n    image_alt: A picture")
    write_lesson(tmp_path / "lib", text)
    errors = [p for p in validate_paths([tmp_path / "lib"]) if p.severity == "error"]
    assert any(f'the image "{name}" cannot be used' in p.message and message in p.message for p in errors)


def test_a_big_but_acceptable_photo_is_fine(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "photo.png").write_bytes(png_of_size(6000, 4000))
    _, errors = lesson_with(tmp_path, "body", "![x](photo.png)")
    assert errors == []


def test_background_images_are_reported_as_never_shown(tmp_path):
    path = write_lesson(
        tmp_path, VALID.replace("Some *reading*.", block('<table background="x.png"><tr><td>a</td></tr></table>', 6))
    )
    warnings = [p for p in validate_paths([path]) if p.severity == "warning"]
    assert any("background images and style sheets are never loaded" in p.message for p in warnings)


def test_void_tags_are_closed_outside_code():
    assert close_void_tags('a <img src="x.png"> b <br> c') == 'a <img src="x.png" /> b <br /> c'
    assert close_void_tags("`<br>` stays") == "`<br>` stays"
    assert close_void_tags("<img src='a>b.png'>") == "<img src='a>b.png' />"
