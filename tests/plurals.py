"""The English plural forms, installed for the UI tests as the app installs
them at start ("1 page", "2 pages"); each UI folder's conftest imports it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp):
    from lessonapp.ui.translations import install_english_plurals

    translator = install_english_plurals(qapp)
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
