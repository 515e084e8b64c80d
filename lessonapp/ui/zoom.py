"""Text size and high contrast, remembered across runs in the UI settings file.
On a kiosk the text size is each person's own: the student's, the teacher's, and
the default on the name screen, between students."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)
DEFAULT = 1.0


class ViewSettings(QObject):
    """The zoom factor and the high-contrast choice; `changed` fires on either."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None, *, per_person: bool = False) -> None:
        super().__init__(parent)
        self._settings = settings
        # per_person (a kiosk): nobody's size until set_person; else one size for the machine.
        self._per_person = per_person
        self._key: str | None = None if per_person else "ui/zoom"
        self._zoom = self._stored_zoom()
        self._high_contrast = str(settings.value("ui/high_contrast", "false")).lower() == "true"

    def _stored_zoom(self) -> float:
        if self._key is None:
            return DEFAULT
        try:
            # Texts in and out: a number as the default makes PySide6 convert
            # through its QByteArray type, which costs 0.6 ms of start-up.
            zoom = float(self._settings.value(self._key, str(DEFAULT)))
        except (TypeError, ValueError):
            zoom = DEFAULT
        return min(STEPS, key=lambda s: abs(s - zoom))

    def set_person(self, person: str | None) -> None:
        """On a kiosk: whose text size this is now ("student-3", "teacher"), None for nobody
        (the default size, which no one's change is kept in). Elsewhere it does nothing."""
        if not self._per_person:
            return
        self._key = None if person is None else f"ui/zoom-{person}"
        zoom = self._stored_zoom()
        if zoom != self._zoom:
            self._zoom = zoom
            self.changed.emit()

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    def zoom_in(self) -> None:
        bigger = [s for s in STEPS if s > self._zoom]
        if bigger:
            self.set_zoom(bigger[0])

    def zoom_out(self) -> None:
        smaller = [s for s in STEPS if s < self._zoom]
        if smaller:
            self.set_zoom(smaller[-1])

    def zoom_reset(self) -> None:
        self.set_zoom(DEFAULT)

    def set_zoom(self, zoom: float) -> None:
        if zoom == self._zoom:
            return
        self._zoom = zoom
        if self._key is not None:
            self._settings.setValue(self._key, zoom)
            self._settings.sync()
        self.changed.emit()

    def set_high_contrast(self, on: bool) -> None:
        if on == self._high_contrast:
            return
        self._high_contrast = on
        self._settings.setValue("ui/high_contrast", "true" if on else "false")
        self._settings.sync()
        self.changed.emit()
