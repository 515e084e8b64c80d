"""Fixtures for the classroom tests: a store in tmp_path with a clock that stands still."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from lessonapp.store import Store

SCHOOL = "https://school.example.org"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    moment = datetime(2026, 11, 28, 7, 15, 30, tzinfo=timezone.utc)
    with Store.open(tmp_path / "scores.db", clock=lambda: moment, school=SCHOOL) as opened:
        yield opened
