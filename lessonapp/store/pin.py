"""The teacher PIN: only a salted scrypt hash is stored, and wrong tries are slowed down.

The hash lives in the settings table as
``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>``, so the parameters can be raised
later without breaking PINs already set.

hashlib and hmac are imported when a PIN is hashed: a kiosk starting up asks
only whether there is a PIN, and OpenSSL takes 7 ms to load.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable

from .store import Store

PIN_KEY = "teacher_pin"
MIN_DIGITS = 4
MAX_DIGITS = 32
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
_DIGITS = re.compile(r"[0-9]+")  # ASCII digits only: str.isdigit() also accepts "²"


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib

    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * n * r * p + 2**20,
        dklen=HASH_BYTES,
    )


def validate_pin(pin: str) -> None:
    """ValueError with a message to show unless the PIN is 4 to 32 digits."""
    if not isinstance(pin, str) or not _DIGITS.fullmatch(pin):
        raise ValueError("The PIN must be made of digits only.")
    if len(pin) < MIN_DIGITS:
        raise ValueError(f"The PIN must have at least {MIN_DIGITS} digits.")
    if len(pin) > MAX_DIGITS:
        raise ValueError(f"The PIN can have at most {MAX_DIGITS} digits.")


def set_pin(store: Store, pin: str) -> None:
    """Set or change the teacher PIN."""
    validate_pin(pin)
    salt = os.urandom(SALT_BYTES)  # what secrets.token_bytes does
    digest = _hash(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    store.set_setting(PIN_KEY, f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}")


def has_pin(store: Store) -> bool:
    return store.get_setting(PIN_KEY) is not None


def check_pin(store: Store, pin: str) -> bool:
    """True when pin is the teacher PIN. False when no PIN is set (ask `has_pin` first)."""
    stored = store.get_setting(PIN_KEY)
    if stored is None or not isinstance(pin, str) or not _DIGITS.fullmatch(pin) or len(pin) > MAX_DIGITS:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        import hmac

        candidate = _hash(pin, bytes.fromhex(salt), int(n), int(r), int(p))
        return hmac.compare_digest(candidate, bytes.fromhex(digest))
    except ValueError:  # a mangled setting never opens the door
        return False


class PinGuard:
    """Slows down guessing: no wait after the 1st and 2nd wrong PIN, then 2, 4, 8 ... up to 60 s.

    Pure logic with an injectable monotonic clock (seconds); the screen asks
    `seconds_to_wait` before checking a PIN and reports the outcome.
    """

    FREE_TRIES = 2
    FIRST_DELAY = 2.0
    MAX_DELAY = 60.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self._last_failure = 0.0

    def delay(self) -> float:
        """The wait the current number of failures earns, counted from the last one."""
        if self.failures <= self.FREE_TRIES:
            return 0.0
        return min(self.FIRST_DELAY * 2 ** (self.failures - self.FREE_TRIES - 1), self.MAX_DELAY)

    def seconds_to_wait(self) -> float:
        """0.0 when a PIN may be tried now, else how many seconds are left."""
        return max(0.0, self._last_failure + self.delay() - self._clock())

    def record_failure(self) -> None:
        self.failures += 1
        self._last_failure = self._clock()

    def record_success(self) -> None:
        self.failures = 0
        self._last_failure = 0.0

    def check(self, store: Store, pin: str) -> bool:
        """Check a PIN through the guard: False without checking while a wait is running."""
        if self.seconds_to_wait() > 0:
            return False
        if check_pin(store, pin):
            self.record_success()
            return True
        self.record_failure()
        return False
