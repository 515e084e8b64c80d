"""Helpers shared by the widget tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lessonapp.ui.controller import AppController


def focused(controller: AppController) -> QWidget:
    widget = controller.window.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget
