"""Rendering a lesson's pages into a ReadingView: Markdown body, image with its
caption, and the page's glossary terms below it."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QTextDocument, QTextOption

from lessonapp.content.images import ImageRefused
from lessonapp.content.model import Lesson, Page
from lessonapp.ui.lesson_images import RESOURCE_SCHEME, load_image
from lessonapp.ui.reading_view import ReadingView
from lessonapp.ui.widgets import count_text, questions_text
from lessonapp.ui.wording import fill, isolate, translated

MAX_IMAGE_WIDTH = 800


def _tr(text: str) -> str:
    return QCoreApplication.translate("PageView", text)


def _image_html(view: ReadingView, image: Path, alt: str, room: int) -> str:
    """The page's picture, read and checked by the app, no wider than the
    page; or a line saying why it is not shown. The caption shows either way."""
    width = max(240, min(room, MAX_IMAGE_WIDTH))
    caption = f"<p><i>{escape(alt)}</i></p>" if alt else ""
    try:
        picture = load_image(image, width)
    except ImageRefused as reason:
        note = fill(_tr("[The picture {0} is not shown: {1}]"), image.name, translated(reason))
        return f'<p align="center"><i>{escape(note)}</i></p>{caption}'
    key = QUrl(f"{RESOURCE_SCHEME}:page-image")
    view.document().addResource(QTextDocument.ResourceType.ImageResource, key, picture)
    size = f'width="{picture.width()}" height="{picture.height()}"'
    return f'<p align="center"><img src="{escape(key.toString())}" {size} alt="{escape(alt)}"></p>{caption}'


def _terms_html(page: Page) -> str:
    if not page.terms:
        return ""
    rows = "".join(f"<p><b>{escape(t.term)}</b> — {escape(t.definition)}</p>" for t in page.terms)
    return f"<hr><h3>{escape(_tr('Words on this page'))}</h3>{rows}"


def _set_direction(view: ReadingView, lesson: Lesson) -> None:
    option = view.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if lesson.right_to_left else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    view.document().setDefaultTextOption(option)


def show_page(view: ReadingView, lesson: Lesson, page: Page) -> None:
    """Fill `view` with one reading page; images are looked for next to the lesson file."""
    _set_direction(view, lesson)
    room = view.viewport().width() - 48 if view.isVisible() else MAX_IMAGE_WIDTH - 40
    view.show_markdown(page.body, lesson, max(240, min(room, MAX_IMAGE_WIDTH)))
    extra = ""
    if page.image is not None:
        extra += _image_html(view, page.image, page.image_alt, room)
    extra += _terms_html(page)
    if extra:
        view.append_html(extra)
    view.setAccessibleDescription(page.image_alt if page.image is not None else "")


def show_start_page(view: ReadingView, lesson: Lesson) -> None:
    """The lesson's start page: summary, objectives, time, source and credits."""
    _set_direction(view, lesson)
    parts = []
    if lesson.summary:
        parts.append(f"<p style='font-size:large'>{escape(lesson.summary)}</p>")
    facts = []
    if lesson.minutes:
        facts.append(_tr("About {0} minutes").format(f"{lesson.minutes:g}"))
    if lesson.level:
        facts.append(escape(lesson.level))
    if lesson.pages:
        facts.append(count_text("%n page(s)", len(lesson.pages)))
    if lesson.quiz is not None:
        facts.append(_tr("a quiz of {0}").format(questions_text(lesson.quiz)))
    if facts:
        # Each fact set apart: the app's words and the lesson's level may run in two directions.
        parts.append(f"<p>{' · '.join(map(isolate, facts))}</p>")
    if lesson.objectives:
        items = "".join(f"<li>{escape(o)}</li>" for o in lesson.objectives)
        parts.append(f"<h3>{escape(_tr('In this lesson you will'))}</h3><ul>{items}</ul>")
    source = lesson.source
    if source is not None and (source.attribution or source.credit or source.url):
        parts.append(f"<h3>{escape(_tr('Source'))}</h3>")
        if source.attribution:
            parts.append(f"<p>{escape(source.attribution)}</p>")
        if source.url:
            # shown as plain text only: nothing is ever opened from the app
            parts.append(f"<p>{escape(source.url)}</p>")
        if source.credit:
            parts.append(f"<p><i>{escape(source.credit)}</i></p>")
    view.document().setBaseUrl(QUrl())
    view.setHtml("".join(parts))
    view.setAccessibleDescription("")
