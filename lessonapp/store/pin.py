"""The teacher PIN: only a salted scrypt hash is stored, and wrong tries are slowed down, across restarts.

The hash lives in the settings table as
``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>``: the parameters are kept with
each hash, so a PIN set with an older, cheaper cost keeps verifying.

The cost. Anyone with a copy of the database (or of a backup) can try every
PIN offline: at the old cost (n=2**14) the 10,000 four-digit PINs took 168 s
on 2 cores. New PINs have at least 6 digits, and DEFAULT_COST (n=2**17, r=8,
p=1: 128 MiB, OWASP's recommended scrypt setting) makes one derivation take
about 0.27 s of one core on the project's 2-core machine, so trying all 10**6
six-digit PINs there takes about 37 hours (`python benchmarks/bench_pin.py`
measures it). A check therefore takes a few hundred milliseconds: the PIN
prompt runs `verify_pin` in a worker thread and shows that it is checking.
Old 4- and 5-digit PINs still open the door; the teacher area then suggests a
longer one (`pin_is_short`).

The wait after wrong tries (`PinGuard`) is kept in the database (table
``pin_throttle``, schema migration 4), so restarting the app, or a lesson that
crashes it, does not reset it. A try counts as wrong from the moment it is
made until it is known to be right.

hashlib and hmac are imported when a PIN is hashed: a kiosk starting up asks
only whether there is a PIN, and OpenSSL takes 7 ms to load.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from typing import NamedTuple

from . import db
from .store import Store

PIN_KEY = "teacher_pin"
SHORT_PIN_KEY = "teacher_pin_short"  # "1" once a PIN shorter than MIN_DIGITS was typed right
MIN_DIGITS = 6  # for a new PIN; older ones may have 4 (OLD_MIN_DIGITS)
OLD_MIN_DIGITS = 4
MAX_DIGITS = 32
SALT_BYTES = 16
HASH_BYTES = 32
MAX_MEMORY = 256 * 1024 * 1024  # a stored cost needing more is refused, not tried
_DIGITS = re.compile(r"[0-9]+")  # ASCII digits only: str.isdigit() also accepts "²"


class ScryptCost(NamedTuple):
    n: int  # CPU and memory cost, a power of 2
    r: int  # block size
    p: int  # parallelism (OpenSSL runs the lanes one after the other)

    @property
    def memory(self) -> int:
        """Bytes scrypt allocates: 128 * r * (n + p) and a little more."""
        return 128 * self.r * (self.n + self.p + 2)

    def is_usable(self) -> bool:
        """A cost this machine can compute in reasonable memory and time (a stored
        record with absurd parameters never runs)."""
        return (self.n > 1 and self.n & (self.n - 1) == 0 and self.r >= 1 and self.p >= 1
                and self.memory <= MAX_MEMORY and self.n * self.r * self.p <= 16 * _WORK_OF_DEFAULT)


DEFAULT_COST = ScryptCost(n=2**17, r=8, p=1)
_WORK_OF_DEFAULT = DEFAULT_COST.n * DEFAULT_COST.r * DEFAULT_COST.p


def derive(pin: str, salt: bytes, cost: ScryptCost) -> bytes:
    import hashlib

    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=cost.n, r=cost.r, p=cost.p,
                          maxmem=cost.memory + 2**20, dklen=HASH_BYTES)


def validate_pin(pin: str) -> None:
    """ValueError with a message to show unless the PIN is 6 to 32 digits."""
    if not isinstance(pin, str) or not _DIGITS.fullmatch(pin):
        raise ValueError("The PIN must be made of digits only.")
    if len(pin) < MIN_DIGITS:
        raise ValueError(f"The PIN must have at least {MIN_DIGITS} digits.")
    if len(pin) > MAX_DIGITS:
        raise ValueError(f"The PIN can have at most {MAX_DIGITS} digits.")


def hash_pin(pin: str, cost: ScryptCost | None = None) -> str:
    """The record stored for `pin`. cost: DEFAULT_COST unless given (tests give a cheap one)."""
    validate_pin(pin)
    return scrypt_record(pin, cost or DEFAULT_COST)


def scrypt_record(secret: str, cost: ScryptCost) -> str:
    """The record kept for a secret of digits (the teacher PIN, a student's): its
    cost, a fresh salt and the hash, as verify_pin reads them."""
    salt = os.urandom(SALT_BYTES)  # what secrets.token_bytes does
    return f"scrypt${cost.n}${cost.r}${cost.p}${salt.hex()}${derive(secret, salt, cost).hex()}"


def set_pin(store: Store, pin: str, *, cost: ScryptCost | None = None) -> None:
    """Set or change the teacher PIN (at least MIN_DIGITS digits); the wait after wrong tries ends."""
    record = hash_pin(pin, cost)
    store.set_setting(PIN_KEY, record)
    _forget_short_pin(store)
    write_throttle(store, 0, 0.0)


def has_pin(store: Store) -> bool:
    return store.get_setting(PIN_KEY) is not None


def pin_record(store: Store) -> str | None:
    return store.get_setting(PIN_KEY)


def verify_pin(record: str | None, pin: str) -> bool:
    """True when `pin` matches the stored record. Slow (the point of scrypt) and
    touches no database: safe in a worker thread. A mangled record is False."""
    if record is None or not isinstance(pin, str) or not _DIGITS.fullmatch(pin) or len(pin) > MAX_DIGITS:
        return False
    try:
        scheme, n, r, p, salt, digest = record.split("$")
        cost = ScryptCost(int(n), int(r), int(p))
        if scheme != "scrypt" or not cost.is_usable():
            return False
        import hmac

        return hmac.compare_digest(derive(pin, bytes.fromhex(salt), cost), bytes.fromhex(digest))
    except ValueError:  # a mangled setting never opens the door
        return False


def check_pin(store: Store, pin: str) -> bool:
    """True when pin is the teacher PIN. False when no PIN is set (ask `has_pin` first).
    Not slowed down: the screens go through a `PinGuard`."""
    return verify_pin(pin_record(store), pin)


def pin_is_short(store: Store) -> bool:
    """The PIN typed right last had fewer than MIN_DIGITS digits (one set before
    6 were needed): the teacher area suggests a longer one."""
    return store.get_setting(SHORT_PIN_KEY) == "1"


def _forget_short_pin(store: Store) -> None:
    with db.transaction(store.connection):
        store.connection.execute("DELETE FROM settings WHERE key = ?", (SHORT_PIN_KEY,))


# -- the wait after wrong tries ------------------------------------------------------------


def read_throttle(store: Store) -> tuple[int, float]:
    """(wrong tries since the last right one, when the last was made: seconds since the epoch)."""
    row = store.connection.execute("SELECT failures, last_failure_at FROM pin_throttle WHERE id = 1").fetchone()
    return (0, 0.0) if row is None else (int(row[0]), float(row[1]))


def write_throttle(store: Store, failures: int, last_failure_at: float) -> None:
    with db.transaction(store.connection):
        store.connection.execute(
            "INSERT INTO pin_throttle (id, failures, last_failure_at) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at",
            (failures, last_failure_at),
        )


class PinGuard:
    """Slows down guessing: no wait after the 1st and 2nd wrong PIN, then 2, 4, 8 ... up to 60 s.

    The count and the time of the last wrong try are kept in the database of
    `store()` (a callable: the app's store can be replaced by a restore), and
    in memory too, so that a database that cannot be written, or a backup
    restored, never lifts a wait. The clock is the wall clock (seconds since
    the epoch: it must mean the same after a restart), injectable for tests;
    a clock set back never makes a wait longer than the delay itself.
    """

    FREE_TRIES = 2
    FIRST_DELAY = 2.0
    MAX_DELAY = 60.0

    def __init__(self, store: Callable[[], Store], clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._clock = clock
        self._remembered = (0, 0.0)

    @property
    def store(self) -> Store:
        return self._store()

    def _read(self) -> tuple[int, float]:
        """The count and time kept in the database (a student's sign-in keeps its own: store/sign_in.py)."""
        return read_throttle(self.store)

    def _write(self, failures: int, last: float) -> None:
        write_throttle(self.store, failures, last)

    def _state(self) -> tuple[int, float]:
        try:
            stored = self._read()
        except sqlite3.Error:
            stored = (0, 0.0)
        return max(stored, self._remembered)

    @property
    def failures(self) -> int:
        return self._state()[0]

    def delay(self) -> float:
        """The wait the current number of failures earns, counted from the last one."""
        return self._delay(self.failures)

    def _delay(self, failures: int) -> float:
        if failures <= self.FREE_TRIES:
            return 0.0
        return min(self.FIRST_DELAY * 2 ** min(failures - self.FREE_TRIES - 1, 16), self.MAX_DELAY)

    def seconds_to_wait(self) -> float:
        """0.0 when a PIN may be tried now, else how many seconds are left."""
        failures, last = self._state()
        delay = self._delay(failures)
        return min(delay, max(0.0, last + delay - self._clock()))

    def record_failure(self) -> None:
        """A wrong try, or one whose check has begun (see the module's docstring)."""
        self._remembered = (self.failures + 1, self._clock())
        self._save(*self._remembered)

    def record_success(self, pin: str) -> None:
        self._remembered = (0, 0.0)
        self._save(0, 0.0)
        try:
            if len(pin) < MIN_DIGITS:
                self.store.set_setting(SHORT_PIN_KEY, "1")
            elif pin_is_short(self.store):
                _forget_short_pin(self.store)
        except sqlite3.Error:
            pass  # only advice is lost

    def _save(self, failures: int, last: float) -> None:
        try:
            self._write(failures, last)
        except sqlite3.Error:
            pass  # remembered in memory for this run: the wait still holds

    def check(self, pin: str) -> bool:
        """Check a PIN through the guard, here and now (the prompt does it in a
        worker thread): False without checking while a wait is running."""
        if self.seconds_to_wait() > 0:
            return False
        self.record_failure()
        if self._verify(pin):
            self.record_success(pin)
            return True
        return False

    def _verify(self, pin: str) -> bool:
        """Whether pin is the secret this guard keeps (the teacher PIN; a student's: store/sign_in.py)."""
        return check_pin(self.store, pin)
