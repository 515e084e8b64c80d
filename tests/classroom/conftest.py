"""Fixtures for the classroom tests: a real LRS process (tests/lrs), started on a
free loopback port and stopped after."""

from __future__ import annotations

import pytest

from tests.lrs import LrsProcess, LrsProxy, require_node


@pytest.fixture(scope="module")
def shared_lrs(tmp_path_factory):
    """One LRS for a module's tests that do not stop it (each test uses fresh ids)."""
    require_node()
    lrs = LrsProcess(tmp_path_factory.mktemp("lrs")).start()
    yield lrs
    lrs.stop()


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
