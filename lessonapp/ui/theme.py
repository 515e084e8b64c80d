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


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""

    def luminance(name: str) -> float:
        colour = QColor(name)
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _readable_accent(accent: QColor, text: QColor) -> QColor:
    """The accent, darkened (or lightened, under dark text) just enough for text in `text`
    on it to read at 4.5:1 (WCAG 1.4.3): white on Fusion's blue is only 3.7:1."""
    towards = QColor("#000000") if text.lightness() >= 128 else QColor("#ffffff")
    colour = accent
    for step in range(1, 51):
        if contrast(text.name(), colour.name()) >= 4.5:
            break
        colour = _mix(accent, towards, step / 50)
    return colour


def _focus_colours(values: dict[str, str]) -> dict[str, str]:
    """A focus ring that stands out at least 3:1 (WCAG 1.4.11) from what it touches: on
    ordinary controls the page, button, card and selected backgrounds (the accent when it
    is enough); on primary buttons the accent inside the ring."""
    plain = ("bg", "button", "card", "selected")
    candidates = [values["accent"], values["fg"], values["focus"]]
    focus = max(candidates, key=lambda c: (min(contrast(c, values[k]) for k in plain) >= 3, c == values["focus"]))
    if min(contrast(focus, values[k]) for k in plain) < 3:
        focus = max(candidates, key=lambda c: min(contrast(c, values[k]) for k in plain))
    # On a primary button the ring touches the accent inside and the page outside. When no
    # colour is 3:1 from both (a mid-tone accent on a dark page), the focused primary button
    # takes the plain button's colours and the plain ring instead.
    both = [values["accent_fg"], values["fg"], values["bg"]]
    on_accent = max(both, key=lambda c: min(contrast(c, values["accent"]), contrast(c, values["bg"])))
    if min(contrast(on_accent, values["accent"]), contrast(on_accent, values["bg"])) >= 3:
        return {
            "focus": focus,
            "focus_on_accent": on_accent,
            "primary_focus_bg": values["accent"],
            "primary_focus_fg": values["accent_fg"],
        }
    return {
        "focus": focus,
        "focus_on_accent": focus,
        "primary_focus_bg": values["button"],
        "primary_focus_fg": values["fg"],
    }


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette, high_contrast: bool = False) -> dict[str, str]:
    if high_contrast:
        values = {
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
        return values | _focus_colours(values)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    accent_fg = palette.color(QPalette.ColorRole.HighlightedText)
    accent = _readable_accent(palette.color(QPalette.ColorRole.Highlight), accent_fg)
    dark = is_dark(palette)
    right = QColor("#4cc38a") if dark else QColor("#1a7f45")
    wrong = QColor("#ff7b72") if dark else QColor("#b42318")
    values = {
        "bg": _mix(window, base, 0.35).name(),
        "fg": text.name(),
        "card": base.name(),
        "button": _mix(base, window, 0.5).name(),
        "border": _mix(window, text, 0.22).name(),
        "muted": _mix(text, window, 0.38).name(),
        "accent": accent.name(),
        "accent_fg": accent_fg.name(),
        "selected": _mix(base, accent, 0.16).name(),
        "focus": accent.name(),
        "focus_width": "3px",
        "right": right.name(),
        "right_bg": _mix(base, right, 0.14).name(),
        "wrong": wrong.name(),
        "wrong_bg": _mix(base, wrong, 0.12).name(),
    }
    return values | _focus_colours(values)


def stylesheet(palette: QPalette, zoom: float = 1.0, high_contrast: bool = False) -> str:
    values: dict[str, str] = dict(colours(palette, high_contrast))
    for name, factor in _SIZES.items():
        values[name] = f"{BASE_POINTS * factor * zoom:.1f}"
    template = Template((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    return template.safe_substitute(values)


def text_points(zoom: float) -> float:
    """The base text size in points at this zoom factor."""
    return round(BASE_POINTS * zoom, 1)
