"""Test-wide settings: Qt draws offscreen, set once here for every test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
