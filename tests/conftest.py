"""Test-wide settings: Qt draws offscreen, set once here for every test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest  # noqa: E402


@pytest.fixture(scope="module")
def shared_lrs(tmp_path_factory):
    """One real LRS (tests/lrs) for a module's tests that do not stop it: each test uses fresh ids."""
    from tests.lrs import LrsProcess, require_node

    require_node()
    lrs = LrsProcess(tmp_path_factory.mktemp("lrs")).start()
    yield lrs
    lrs.stop()
