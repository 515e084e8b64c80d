"""Render the icon's PNGs (and the Windows .ico) from lessonapp.svg.

    QT_QPA_PLATFORM=offscreen python packaging/icons/render.py

The PNGs are kept in the repository, so building a package needs no renderer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual sizes


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 (QImage's writers need it)
    renderer = QSvgRenderer(str(HERE / "lessonapp.svg"))
    if not renderer.isValid():
        print("render.py: lessonapp.svg could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(HERE / f"lessonapp-{size}.png"))
    # Windows takes its icon from an .ico holding one 256-pixel picture (Qt's writer keeps one).
    if not render(renderer, 256).save(str(HERE / "lessonapp.ico"), "ICO"):
        print("render.py: could not write lessonapp.ico", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
