"""Pictures in pages, prompts and explanations are resolved by the app:
nothing outside the lesson's folder, no device or pipe, nothing too big;
what cannot be shown says so, and the text around it always shows."""

from __future__ import annotations

import os
import shutil
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAccessible, QTextDocument

from lessonapp.content.model import Lesson, Page
from lessonapp.paths import bundled_lessons
from lessonapp.ui.page_view import show_page
from lessonapp.ui.reading_view import ReadingView, markdown_label
from tests.bidi import plain
from tests.content.helpers import PNG_1X1, png_of_size

FLOW_SVG = bundled_lessons() / "images" / "money-flow.svg"


@pytest.fixture
def lesson(tmp_path) -> Lesson:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "dot.png").write_bytes(PNG_1X1)
    shutil.copy(FLOW_SVG, folder / "flow.svg")
    (folder / "huge.png").write_bytes(png_of_size(20_000, 20_000))
    (folder / "photo.png").write_bytes(png_of_size(3000, 1500))
    (folder / "wide.svg").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" width="200000" height="10"/>')
    (folder / "bomb.svg").write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text y="20">&b;</text></svg>'
    )
    return Lesson(id="x", title="X", path=folder / "lesson.yaml")


@contextmanager
def deadline(seconds: int = 10):
    """Fails the test instead of hanging the suite (a blocked open() is interrupted)."""

    def expired(signum, frame):
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def render(qtbot, lesson: Lesson, body: str, image: Path | None = None) -> ReadingView:
    view = ReadingView("Lesson page")
    qtbot.addWidget(view)
    view.resize(900, 700)
    with deadline():
        show_page(view, lesson, Page(title="T", body=body, image=image, image_alt="The alt text"))
    return view


def images_of(document: QTextDocument) -> list:
    """(name, width) of every picture the document shows."""
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                found.append((char_format.toImageFormat().name(), char_format.toImageFormat().width()))
            iterator += 1
        block = block.next()
    return found


def test_the_text_after_an_html_img_tag_is_kept(qtbot, lesson):
    view = render(qtbot, lesson, 'Before.\n\n<img src="dot.png">\n\nAfter the picture.\n\n<br>\n\nThe end.')
    text = view.toPlainText()
    assert "Before." in text and "After the picture." in text and "The end." in text
    assert len(images_of(view.document())) == 1


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("/dev/zero", "absolute paths are not allowed"),
        ("OUTSIDE", "absolute paths are not allowed"),
        ("file://OUTSIDE", "URLs are not allowed"),
        ("../outside.png", "'..' is not allowed"),
        ("huge.png", "20,000 × 20,000 pixels"),
        ("wide.svg", "200,000 × 10 pixels"),
        ("bomb.svg", "DOCTYPE or ENTITY"),
        ("missing.png", "does not exist"),
    ],
)
@pytest.mark.parametrize("form", ["markdown", "html"])
def test_a_picture_that_may_not_be_shown_says_so_and_the_text_shows(qtbot, lesson, tmp_path, reference, message, form):
    outside = tmp_path / "outside.png"  # a real picture, outside the library
    outside.write_bytes(PNG_1X1)
    reference = reference.replace("OUTSIDE", str(outside))
    picture = f"![a map]({reference})" if form == "markdown" else f'<img src="{reference}" alt="a map">'
    started = time.perf_counter()
    view = render(qtbot, lesson, f"Text before {picture} and text after.\n\nLast line.")
    assert time.perf_counter() - started < 5, "nothing was decoded in full"
    text = view.toPlainText()
    assert "Text before" in text and "and text after." in text and "Last line." in text
    assert "not shown" in text and message in text
    assert images_of(view.document()) == [], "Qt was never left to open the file"


def test_a_fifo_in_a_body_is_refused_without_blocking(qtbot, lesson):
    os.mkfifo(lesson.path.parent / "pipe.png")
    view = render(qtbot, lesson, "Before ![x](pipe.png) after.")
    assert "not a regular file" in view.toPlainText() and "after." in view.toPlainText()


def test_a_big_picture_is_scaled_to_the_page(qtbot, lesson):
    view = render(qtbot, lesson, "A photo: ![photo](photo.png) and the diagram ![flow](flow.svg)")
    (photo, photo_width), (flow, _) = images_of(view.document())
    assert 0 < photo_width <= 800
    picture = view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(photo))
    assert picture.width() <= 800 and picture.height() == picture.width() // 2
    assert photo.startswith("lessonapp-image:") and flow.startswith("lessonapp-image:")


def test_the_page_image_too_big_is_refused_and_its_caption_shows(qtbot, lesson):
    view = render(qtbot, lesson, "Body text.", image=lesson.path.parent / "huge.png")
    text = view.toPlainText()
    assert "Body text." in text and "The alt text" in text and "20,000 × 20,000" in text
    assert images_of(view.document()) == []


def test_the_view_never_loads_a_resource_itself(qtbot, lesson, tmp_path):
    outside = tmp_path / "outside.png"
    outside.write_bytes(PNG_1X1)
    view = ReadingView("x")
    qtbot.addWidget(view)
    for url in (QUrl.fromLocalFile(str(outside)), QUrl("/dev/zero"), QUrl("https://example.org/x.png")):
        assert view.loadResource(QTextDocument.ResourceType.ImageResource.value, url).isNull()
    view.setHtml(f'<p>x</p><img src="{outside}"><table background="{outside}"><tr><td>y</td></tr></table>')
    image = view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(str(outside)))
    assert image.isNull()


def test_a_prompt_label_embeds_its_pictures_and_refuses_the_rest(qtbot, lesson, tmp_path):
    outside = tmp_path / "outside.png"
    outside.write_bytes(PNG_1X1)
    label = markdown_label("")
    qtbot.addWidget(label)
    label.lesson = lesson
    with deadline():
        label.setText(f"Which one? ![dot](dot.png) or ![secret]({outside}) <img src=/dev/zero> and text after.")
    html = label.text()
    assert "data:image/png;base64," in html and "and text after." in html
    assert "absolute paths are not allowed" in html
    sources = [part.split('"')[0] for part in html.split('src="')[1:]]
    assert sources and all(source.startswith("data:image/png;base64,") for source in sources)
    assert "/dev/zero" not in sources


def test_a_label_without_pictures_stays_markdown(qtbot):
    label = markdown_label("Plain **bold** text.")
    qtbot.addWidget(label)
    assert label.text() == "Plain **bold** text."


def test_the_alt_text_of_a_refused_picture_is_read_out(qtbot, lesson):
    view = render(qtbot, lesson, "See ![the river map](/dev/zero) here.")
    view.show()
    text = QAccessible.queryAccessibleInterface(view).textInterface()
    spoken = plain(text.text(0, text.characterCount()))
    assert "See [the river map: not shown, absolute paths are not allowed" in spoken and spoken.endswith("here.")


def test_a_picture_is_found_as_validate_finds_it_inside_the_library(qtbot, tmp_path):
    """A lesson in a sub-folder whose picture links to the library's shared
    images: validate accepts it, so the page shows it."""
    from lessonapp.content.library import load_library

    library = tmp_path / "library"
    (library / "shared").mkdir(parents=True)
    (library / "shared" / "dot.png").write_bytes(PNG_1X1)
    (library / "unit1").mkdir()
    (library / "unit1" / "dot.png").symlink_to(library / "shared" / "dot.png")
    (library / "unit1" / "l.yaml").write_text(
        "format: 1\nid: l\ntitle: L\npages:\n  - title: P\n    body: 'A dot: ![the dot](dot.png)'\n", encoding="utf-8"
    )
    loaded = load_library([library])
    assert not loaded.problems
    (lesson,) = loaded.lessons
    view = render(qtbot, lesson, lesson.pages[0].body)
    assert [name for name, _ in images_of(view.document())] != [] and "not shown" not in view.toPlainText()


def test_the_app_opens_on_a_library_with_a_fifo_in_it(qtbot, make_app, library_dir):
    os.mkfifo(library_dir / "x.yaml")
    with deadline(30):
        app = make_app()
    assert app.library.lesson_by_id("basics") is not None
    assert any(p.path.name == "x.yaml" and "not a regular file" in p.message for p in app.library.problems)
