"""Pictures in a lesson's rich text, resolved by the app and never by Qt.

Qt's rich text opens any path or URL an image names (`/dev/zero` aborts the
app, a FIFO freezes it). Here every image of a document is looked up by the
lesson's rules instead -- inside its library folder, a regular file of
bounded size (content/images.py) -- and its size is read from its header
before it is decoded: a picture too big is refused, a big one is scaled to
the page. An image that cannot be shown becomes a line of text saying so;
the text around it always shows.
"""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from lessonapp.content.images import ImageRefused, check_dimensions, read_image
from lessonapp.content.model import Lesson
from lessonapp.content.paths import UnsafePath, resolve_inside
from lessonapp.ui.wording import fill, translated

RESOURCE_SCHEME = "lessonapp-image"  # names of images the app has resolved and handed to a document


def _tr(text: str) -> str:
    return QCoreApplication.translate("LessonImages", text)


def decode_image(data: bytes, kind: str, max_width: int) -> QImage:
    """The picture in `data`, of `kind` ("png", "jpeg", "svg"), no wider than
    max_width; ImageRefused if it is too large or cannot be decoded. The
    size comes from the header first."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, kind.encode())  # that decoder only, whatever the bytes look like
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise ImageRefused(_tr("its size cannot be read; is the file damaged?"))
    check_dimensions(size.width(), size.height())
    if size.width() > max_width:
        reader.setScaledSize(QSize(max_width, max(1, round(size.height() * max_width / size.width()))))
    image = reader.read()
    if image.isNull():
        raise ImageRefused(fill(_tr("it cannot be decoded ({0})"), reader.errorString()))
    return image


def load_image(path: Path, max_width: int) -> QImage:
    """An image file of a lesson, checked and decoded; ImageRefused says why not."""
    return decode_image(*read_image(path), max_width)


def resolve_reference(name: str, lesson_file: Path, library: Path | None = None) -> Path:
    """The file an image written in a lesson's Markdown names, inside its
    library folder (by default the lesson's own folder), as the validator
    resolves it; UnsafePath or ImageRefused when the lesson may not show it."""
    if not name:
        raise ImageRefused(_tr("the image has no file name"))
    try:
        return resolve_inside(unquote(name), lesson_file, library or lesson_file.parent)
    except (OSError, RuntimeError) as error:
        raise ImageRefused(str(getattr(error, "strerror", None) or error)) from None


def _image_fragments(document: QTextDocument) -> list[tuple[int, QTextCharFormat]]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                for offset in range(fragment.length()):  # each object character is one image
                    found.append((fragment.position() + offset, fragment.charFormat()))
            iterator += 1
        block = block.next()
    return found


def resolve_images(document: QTextDocument, lesson: Lesson | None, max_width: int, *, inline: bool = False) -> None:
    """Give every image of `document` its picture, checked and decoded by the
    app (resources named RESOURCE_SCHEME:n), or replace it by a line saying
    why it is not shown. inline=True names each picture by a data: URL
    instead, for a QLabel, whose document cannot be handed resources."""
    pictures: dict[str, QImage | str] = {}
    for position, char_format in reversed(_image_fragments(document)):
        image_format = char_format.toImageFormat()
        name = image_format.name()
        if name.startswith(f"{RESOURCE_SCHEME}:"):
            continue  # put there by the app itself
        if name not in pictures:
            try:
                if lesson is None:
                    raise ImageRefused(_tr("no lesson folder to look in"))
                pictures[name] = load_image(resolve_reference(name, lesson.path, lesson.library), max_width)
            except (ImageRefused, UnsafePath) as reason:
                pictures[name] = translated(reason)
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        picture = pictures[name]
        if isinstance(picture, str):
            alt = image_format.stringProperty(QTextFormat.Property.ImageAltText) or _tr("picture")
            note = QTextCharFormat()
            note.setFontItalic(True)
            cursor.insertText(fill(_tr("[{0}: not shown, {1}]"), alt, picture), note)
            continue
        width, height = picture.width(), picture.height()
        if 0 < image_format.width() < width:  # the teacher asked for it smaller
            height = height * image_format.width() / width
            width = image_format.width()
        if inline:
            image_format.setName(_data_url(picture))
        else:
            key = f"{RESOURCE_SCHEME}:{len(pictures)}-{position}"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), picture)
            image_format.setName(key)
        image_format.setWidth(width)
        image_format.setHeight(height)
        cursor.setCharFormat(image_format)


def _data_url(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode("ascii")
