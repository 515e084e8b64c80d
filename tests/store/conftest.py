"""Fixtures for the store tests: a real SQLite file in tmp_path and a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from mounts import read_only_folder, small_disk  # noqa: F401 - fixtures: real read-only and full disks

from lessonapp.store import Store


class FakeClock:
    """A clock that stands still until told to move."""

    def __init__(self, start: str = "2026-11-28T07:15:30") -> None:
        self.now = datetime.fromisoformat(start).replace(tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "scores.db"


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Iterator[Store]:
    with Store.open(db_path, clock=clock) as opened:
        yield opened
