"""Colours and the stylesheet: the system palette (light or dark), or high contrast.

The stylesheet template lives in resources/style.qss; its $names are filled in
here from the palette and the zoom factor, so every text size scales together.
"""

from __future__ import annotations

from pathlib import Path
from string import Template

from PySide6.QtGui import QColor, QPalette

from lessonapp.paths import resources

BASE_POINTS = 12.0
_SIZES = {"base": 1.0, "small": 0.85, "subtitle": 1.25, "title": 1.7, "big": 2.4}


def resources_dir() -> Path:
    return resources()


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette, high_contrast: bool = False) -> dict[str, str]:
    if high_contrast:
        return {
            "bg": "#000000",
            "fg": "#ffffff",
            "card": "#000000",
            "button": "#000000",
            "border": "#ffffff",
            "muted": "#e0e0e0",
            "accent": "#ffff00",
            "accent_fg": "#000000",
            "selected": "#333300",
            "focus": "#00ffff",
            "focus_width": "3px",
            "right": "#7CFC00",
            "right_bg": "#003300",
            "wrong": "#ff8080",
            "wrong_bg": "#330000",
        }
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    dark = is_dark(palette)
    right = QColor("#4cc38a") if dark else QColor("#1a7f45")
    wrong = QColor("#ff7b72") if dark else QColor("#b42318")
    return {
        "bg": _mix(window, base, 0.35).name(),
        "fg": text.name(),
        "card": base.name(),
        "button": _mix(base, window, 0.5).name(),
        "border": _mix(window, text, 0.22).name(),
        "muted": _mix(text, window, 0.38).name(),
        "accent": accent.name(),
        "accent_fg": palette.color(QPalette.ColorRole.HighlightedText).name(),
        "selected": _mix(base, accent, 0.16).name(),
        "focus": accent.name(),
        "focus_width": "3px",
        "right": right.name(),
        "right_bg": _mix(base, right, 0.14).name(),
        "wrong": wrong.name(),
        "wrong_bg": _mix(base, wrong, 0.12).name(),
    }


def stylesheet(palette: QPalette, zoom: float = 1.0, high_contrast: bool = False) -> str:
    values: dict[str, str] = dict(colours(palette, high_contrast))
    for name, factor in _SIZES.items():
        values[name] = f"{BASE_POINTS * factor * zoom:.1f}"
    template = Template((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    return template.safe_substitute(values)


def text_points(zoom: float) -> float:
    """The base text size in points at this zoom factor."""
    return round(BASE_POINTS * zoom, 1)
