"""Fixtures for the classroom tests: a store in tmp_path with a clock that stands
still, and a real LRS process (tests/lrs), started on a free loopback port and
stopped after."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from lessonapp.store import Store
from tests.lrs import LrsProcess, LrsProxy, require_node

SCHOOL = "https://school.example.org"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    moment = datetime(2026, 11, 28, 7, 15, 30, tzinfo=timezone.utc)
    with Store.open(tmp_path / "scores.db", clock=lambda: moment, school=SCHOOL) as opened:
        yield opened


@pytest.fixture
def own_lrs(tmp_path):
    """An LRS of the test's own, which the test may stop, kill or start again."""
    require_node()
    lrs = LrsProcess(tmp_path / "lrs")
    yield lrs
    lrs.stop()


@pytest.fixture
def proxy_to(shared_lrs):
    proxies = []

    def make(**auth) -> LrsProxy:
        proxy = LrsProxy(shared_lrs.port, **auth)
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.close()
