"""The teacher PIN: a salted scrypt hash only, and a growing wait after wrong tries."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonapp.store import PinGuard, Store, check_pin, has_pin, set_pin
from lessonapp.store.pin import PIN_KEY

PIN = "73914682"


def test_pin_hash_never_stores_the_pin(store: Store, db_path: Path) -> None:
    assert not has_pin(store)
    set_pin(store, PIN)
    assert has_pin(store)
    stored = store.get_setting(PIN_KEY)
    assert PIN not in stored
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    store.close()
    for path in db_path.parent.glob("scores.db*"):
        assert PIN.encode() not in path.read_bytes()


def test_check_right_and_wrong(store: Store) -> None:
    assert not check_pin(store, PIN)  # none set yet
    set_pin(store, PIN)
    assert check_pin(store, PIN)
    assert not check_pin(store, "73914683")
    assert not check_pin(store, "")
    assert not check_pin(store, PIN + " ")
    set_pin(store, "0000")  # change it
    assert check_pin(store, "0000") and not check_pin(store, PIN)


def test_same_pin_gets_a_new_salt(store: Store) -> None:
    set_pin(store, PIN)
    first = store.get_setting(PIN_KEY)
    set_pin(store, PIN)
    assert store.get_setting(PIN_KEY) != first


@pytest.mark.parametrize(
    "bad, message",
    [("123", "at least 4 digits"), ("12a4", "digits only"), ("", "digits only"),
     ("１２３４", "digits only"), ("12 34", "digits only"), ("1" * 33, "at most 32")],
)
def test_pin_rules(store: Store, bad: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        set_pin(store, bad)
    assert not has_pin(store)


def test_mangled_setting_never_opens(store: Store) -> None:
    store.set_setting(PIN_KEY, "garbage")
    assert not check_pin(store, "1234")


class Ticker:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_guard_delay_grows_and_caps() -> None:
    ticker = Ticker()
    guard = PinGuard(clock=ticker)
    waits = []
    for _ in range(10):
        guard.record_failure()
        waits.append(guard.seconds_to_wait())
    assert waits == [0, 0, 2, 4, 8, 16, 32, 60, 60, 60]


def test_guard_wait_runs_down_and_success_resets() -> None:
    ticker = Ticker()
    guard = PinGuard(clock=ticker)
    for _ in range(4):
        guard.record_failure()
    assert guard.seconds_to_wait() == 4
    ticker.t += 3
    assert guard.seconds_to_wait() == 1
    ticker.t += 1.5
    assert guard.seconds_to_wait() == 0
    guard.record_success()
    guard.record_failure()
    assert guard.seconds_to_wait() == 0 and guard.failures == 1


def test_guard_check_refuses_while_waiting(store: Store) -> None:
    set_pin(store, PIN)
    ticker = Ticker()
    guard = PinGuard(clock=ticker)
    for _ in range(3):
        assert not guard.check(store, "0000")
    assert guard.seconds_to_wait() == 2
    assert not guard.check(store, PIN)  # even the right PIN waits its turn
    ticker.t += 2
    assert guard.check(store, PIN)
    assert guard.failures == 0
