"""Text on screen without the isolates (U+2068 ... U+2069) that set lesson text
and names apart inside a translated sentence (lessonapp/ui/wording.py)."""

from lessonapp.ui.wording import FSI, PDI


def plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")
