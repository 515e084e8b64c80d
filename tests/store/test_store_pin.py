"""The teacher PIN: a salted scrypt hash only, at a cost that makes a search of every
6-digit PIN take more than a day, and a growing wait after wrong tries that a
restart does not reset."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from lessonapp.store import PinGuard, Store, check_pin, has_pin, set_pin
from lessonapp.store.pin import (
    DEFAULT_COST,
    MAX_MEMORY,
    MIN_DIGITS,
    PIN_KEY,
    ScryptCost,
    hash_pin,
    pin_is_short,
    read_throttle,
    verify_pin,
)

PIN = "73914682"
CHEAP = ScryptCost(n=16, r=1, p=1)  # tests: a check in microseconds; the record keeps its cost

# One scrypt derivation at n=2**14, r=8, p=1 took 33.6 ms of one core on the project's 2-core
# machine (the 10**4 four-digit PINs were searched in 168 s on 2 cores; bench_pin.py measures it
# again): scrypt's work grows with n * r * p.
SECONDS_PER_UNIT = 0.0336 / (2**14 * 8 * 1)
DAY = 24 * 60 * 60


def test_the_shipped_cost_makes_searching_every_6_digit_pin_on_2_cores_take_more_than_a_day() -> None:
    """By the parameters, not by timing: the benchmark times it."""
    n, r, p = DEFAULT_COST
    assert MIN_DIGITS >= 6
    seconds_per_guess = n * r * p * SECONDS_PER_UNIT
    assert 10**MIN_DIGITS * seconds_per_guess / 2 > DAY
    assert DEFAULT_COST.memory <= 160 * 1024 * 1024 <= MAX_MEMORY  # 128 MiB: sane on a classroom PC
    assert DEFAULT_COST.is_usable()


def test_pin_hash_never_stores_the_pin(store: Store, db_path: Path) -> None:
    assert not has_pin(store)
    set_pin(store, PIN, cost=CHEAP)
    assert has_pin(store)
    stored = store.get_setting(PIN_KEY)
    assert PIN not in stored
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16", "1", "1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    store.close()
    for path in db_path.parent.glob("scores.db*"):
        assert PIN.encode() not in path.read_bytes()


def test_set_pin_uses_the_shipped_cost_unless_told(monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(hashlib, "scrypt", lambda *args, **kwargs: seen.append(kwargs) or b"\0" * 32)
    record = hash_pin("123456")
    assert record.startswith(f"scrypt${2**17}$8$1$")
    assert (seen[0]["n"], seen[0]["r"], seen[0]["p"]) == DEFAULT_COST
    assert seen[0]["maxmem"] >= DEFAULT_COST.memory


def test_check_right_and_wrong(store: Store) -> None:
    assert not check_pin(store, PIN)  # none set yet
    set_pin(store, PIN, cost=CHEAP)
    assert check_pin(store, PIN)
    assert not check_pin(store, "73914683")
    assert not check_pin(store, "")
    assert not check_pin(store, PIN + " ")
    set_pin(store, "000000", cost=CHEAP)  # change it
    assert check_pin(store, "000000") and not check_pin(store, PIN)


def old_record(pin: str, n: int = 2**4) -> str:
    """What set-pin stored before: scrypt at its own cost, 4 digits allowed."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=8, p=1, maxmem=2**26, dklen=32)
    return f"scrypt${n}$8$1${salt.hex()}${digest.hex()}"


def test_an_old_4_digit_pin_at_the_old_cost_keeps_working(store: Store) -> None:
    store.set_setting(PIN_KEY, old_record("2468", n=2**14))  # the old default cost
    assert check_pin(store, "2468") and not check_pin(store, "2469")


def test_same_pin_gets_a_new_salt(store: Store) -> None:
    set_pin(store, PIN, cost=CHEAP)
    first = store.get_setting(PIN_KEY)
    set_pin(store, PIN, cost=CHEAP)
    assert store.get_setting(PIN_KEY) != first


@pytest.mark.parametrize(
    "bad, message",
    [("12345", "at least 6 digits"), ("1234", "at least 6 digits"), ("12a456", "digits only"), ("", "digits only"),
     ("１２３４５６", "digits only"), ("123 456", "digits only"), ("1" * 33, "at most 32")],
)
def test_pin_rules(store: Store, bad: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        set_pin(store, bad, cost=CHEAP)
    assert not has_pin(store)


@pytest.mark.parametrize(
    "record",
    ["garbage", "scrypt$16$1$1$zz$00", "bcrypt$16$1$1$00$00", f"scrypt${2**24}$8$1$00$00", "scrypt$15$1$1$00$00",
     f"scrypt$16$1${2**30}$00$00"],
)
def test_a_mangled_or_absurd_record_never_opens_and_never_runs(store: Store, record: str) -> None:
    store.set_setting(PIN_KEY, record)  # absurd costs are refused before scrypt runs (memory, time)
    assert not check_pin(store, "123456")
    assert not verify_pin(None, "123456")


class Ticker:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0  # seconds since the epoch: the guard keeps wall-clock times

    def __call__(self) -> float:
        return self.t


def guard_for(store: Store, ticker: Ticker) -> PinGuard:
    return PinGuard(lambda: store, ticker)


def test_guard_delay_grows_and_caps(store: Store) -> None:
    ticker = Ticker()
    guard = guard_for(store, ticker)
    waits = []
    for _ in range(10):
        guard.record_failure()
        waits.append(guard.seconds_to_wait())
    assert waits == [0, 0, 2, 4, 8, 16, 32, 60, 60, 60]


def test_guard_wait_runs_down_and_success_resets(store: Store) -> None:
    ticker = Ticker()
    guard = guard_for(store, ticker)
    for _ in range(4):
        guard.record_failure()
    assert guard.seconds_to_wait() == 4
    ticker.t += 3
    assert guard.seconds_to_wait() == 1
    ticker.t += 1.5
    assert guard.seconds_to_wait() == 0
    guard.record_success(PIN)
    guard.record_failure()
    assert guard.seconds_to_wait() == 0 and guard.failures == 1


def test_guard_check_refuses_while_waiting(store: Store) -> None:
    set_pin(store, PIN, cost=CHEAP)
    ticker = Ticker()
    guard = guard_for(store, ticker)
    for _ in range(3):
        assert not guard.check("000000")
    assert guard.seconds_to_wait() == 2
    assert not guard.check(PIN)  # even the right PIN waits its turn
    ticker.t += 2
    assert guard.check(PIN)
    assert guard.failures == 0


def test_the_wait_outlives_a_restart_of_the_app(db_path: Path) -> None:
    """It was kept in memory: quitting (or a lesson crashing the app) ended it."""
    ticker = Ticker()
    with Store.open(db_path) as store:
        set_pin(store, PIN, cost=CHEAP)
        guard = guard_for(store, ticker)
        for _ in range(5):
            ticker.t += 60  # each try after the wait it earned
            assert not guard.check("000000")
        assert guard.failures == 5 and guard.seconds_to_wait() == 8
    ticker.t += 3
    with Store.open(db_path) as again:  # the next start
        guard = guard_for(again, ticker)
        assert guard.failures == 5 and guard.seconds_to_wait() == 5
        assert not guard.check(PIN)
        ticker.t += 5
        assert guard.check(PIN)
        assert read_throttle(again) == (0, 0.0)


def test_a_try_counts_from_when_it_starts(db_path: Path) -> None:
    """The app dying while a PIN is checked does not give the try back."""
    with Store.open(db_path) as store:
        guard = guard_for(store, Ticker())
        guard.record_failure()  # what the prompt does before it checks
    with Store.open(db_path) as again:
        assert read_throttle(again)[0] == 1


def test_a_clock_set_back_never_makes_the_wait_longer(store: Store) -> None:
    ticker = Ticker()
    guard = guard_for(store, ticker)
    for _ in range(3):
        guard.record_failure()
    ticker.t -= 10 * DAY
    assert guard.seconds_to_wait() == 2


def test_a_database_that_cannot_be_written_keeps_the_wait_in_memory(store: Store, monkeypatch) -> None:
    from lessonapp.store import pin

    def full_disk(*_args) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    ticker = Ticker()
    guard = guard_for(store, ticker)
    monkeypatch.setattr(pin, "write_throttle", full_disk)
    for _ in range(4):
        guard.record_failure()
    assert guard.seconds_to_wait() == 4


def test_a_restored_backup_does_not_lift_the_wait(tmp_path: Path) -> None:
    ticker = Ticker()
    first = Store.open(tmp_path / "a.db")
    current = [first]
    guard = PinGuard(lambda: current[0], ticker)
    for _ in range(4):
        guard.record_failure()
    current[0] = Store.open(tmp_path / "b.db")  # as after a restore: no wrong tries in it
    assert guard.seconds_to_wait() == 4
    for store in (first, current[0]):
        store.close()


def test_a_short_old_pin_typed_right_is_noted_for_the_teacher_area(store: Store) -> None:
    store.set_setting(PIN_KEY, old_record("2468"))
    guard = guard_for(store, Ticker())
    assert not pin_is_short(store)
    assert guard.check("2468")
    assert pin_is_short(store)
    set_pin(store, "24681357", cost=CHEAP)  # the teacher followed the advice
    assert not pin_is_short(store)
    assert guard.check("24681357") and not pin_is_short(store)
