"""The few values of Qt's own namespace that the first window needs, as numbers.

Why: the first use of PySide6's `Qt` namespace (`from PySide6.QtCore import
Qt`) costs about 15 ms, a tenth of the app's start-up, because PySide6 then
builds a Python enum for each of the namespace's hundred-odd enums. The code
that builds the name screen uses these numbers instead, through Qt properties
(the typed setters refuse plain numbers); everything after the first frame
imports `Qt` as usual. tests/ui/test_startup.py checks each number against Qt,
and that the first window is built without the namespace.
"""

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
