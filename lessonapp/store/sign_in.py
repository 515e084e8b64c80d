"""Students' own sign-in on a kiosk: a short PIN or a picture password per student.

NO Qt. With ``student_sign_in: pin`` or ``picture`` in the settings file, a
student picks their name and then proves it (docs/kiosk.md). Each secret is
kept as the teacher PIN is (store/pin.py): a salted scrypt record in the table
``student_secrets`` (schema migration 6), never the secret itself, and wrong
tries are slowed down per student by the teacher PIN's `PinGuard`, its count
kept in ``sign_in_throttle``. Neither table is read by the exports, the
bundles or the xAPI statements.

A picture password is three of the nine pictures, in order (a picture may be
picked twice): it is kept as the digits of the pictures' numbers, "0".."8",
so the PIN's hashing and checking serve both.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple

from . import db
from .pin import DEFAULT_COST, PinGuard, ScryptCost, scrypt_record, verify_pin
from .store import Store

PIN = "pin"
PICTURE = "picture"
KINDS = (PICTURE, PIN)

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
PICTURE_COUNT = 9  # the pictures to pick from (resources/sign_in/)
PICTURES_PICKED = 3

STUDENT = "student"
TEACHER = "teacher"

# What a student's secret costs to check: the teacher PIN's (tests give a cheap one).
COST: ScryptCost = DEFAULT_COST

_PIN = re.compile(rf"[0-9]{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}")
_PICTURES = re.compile(rf"[0-{PICTURE_COUNT - 1}]{{{PICTURES_PICKED}}}")


class SecretInfo(NamedTuple):
    kind: str  # PIN or PICTURE
    set_by: str  # STUDENT or TEACHER
    set_at: str  # ISO 8601 UTC


def picture_secret(pictures: Sequence[int]) -> str:
    """Three picture numbers (0-8), in the order picked, as kept and hashed."""
    return "".join(str(int(number)) for number in pictures)


def is_valid(kind: str, secret: str) -> bool:
    """A PIN of 4-8 ASCII digits, or three picture numbers."""
    pattern = _PIN if kind == PIN else _PICTURES if kind == PICTURE else None
    return isinstance(secret, str) and pattern is not None and pattern.fullmatch(secret) is not None


def make_record(kind: str, secret: str, cost: ScryptCost | None = None) -> str:
    """The salted scrypt record of a secret (slow: a worker thread calls it). ValueError for a bad secret."""
    if not is_valid(kind, secret):
        raise ValueError(f"not a {kind} secret")
    return scrypt_record(secret, cost or COST)


def secret_info(store: Store, profile_id: int) -> SecretInfo | None:
    """What kind of secret the student has, or None when they have none yet."""
    row = store.connection.execute(
        "SELECT kind, set_by, set_at FROM student_secrets WHERE profile_id = ?", (profile_id,)
    ).fetchone()
    return None if row is None else SecretInfo(*row)


def secret_record(store: Store, profile_id: int) -> str | None:
    row = store.connection.execute(
        "SELECT record FROM student_secrets WHERE profile_id = ?", (profile_id,)
    ).fetchone()
    return None if row is None else row[0]


def secrets_set(store: Store) -> dict[int, SecretInfo]:
    """Every student who has a secret (the teacher area's list)."""
    rows = store.connection.execute("SELECT profile_id, kind, set_by, set_at FROM student_secrets")
    return {profile_id: SecretInfo(kind, by, at) for profile_id, kind, by, at in rows}


def keep_record(store: Store, profile_id: int, kind: str, record: str, *, set_by: str = STUDENT,
                only_if_none: bool = False) -> bool:
    """Keep a record made by make_record; the wait after wrong tries ends. only_if_none: a
    student setting theirs the first time never replaces one set meanwhile. True when kept."""
    if kind not in KINDS or set_by not in (STUDENT, TEACHER):
        raise ValueError(f"unknown secret kind {kind!r} or setter {set_by!r}")
    conflict = "DO NOTHING" if only_if_none else (
        "DO UPDATE SET kind = excluded.kind, record = excluded.record, set_at = excluded.set_at, "
        "set_by = excluded.set_by")
    with db.transaction(store.connection):
        cursor = store.connection.execute(
            "INSERT INTO student_secrets (profile_id, kind, record, set_at, set_by) VALUES (?, ?, ?, ?, ?) "
            f"ON CONFLICT (profile_id) {conflict}",
            (profile_id, kind, record, store.now(), set_by),
        )
        kept = cursor.rowcount > 0
        if kept:
            store.connection.execute("DELETE FROM sign_in_throttle WHERE profile_id = ?", (profile_id,))
    return kept


def reset_secret(store: Store, profile_id: int) -> None:
    """The teacher's reset: the student sets a new secret at their next sign-in."""
    with db.transaction(store.connection):
        store.connection.execute("DELETE FROM student_secrets WHERE profile_id = ?", (profile_id,))
        store.connection.execute("DELETE FROM sign_in_throttle WHERE profile_id = ?", (profile_id,))


class SignInGuard(PinGuard):
    """The teacher PIN's wait after wrong tries (2 free, then 2, 4 ... 60 s), for one student."""

    def __init__(self, store: Callable[[], Store], profile_id: int, clock: Callable[[], float] = time.time) -> None:
        super().__init__(store, clock)
        self.profile_id = profile_id

    def _read(self) -> tuple[int, float]:
        row = self.store.connection.execute(
            "SELECT failures, last_failure_at FROM sign_in_throttle WHERE profile_id = ?", (self.profile_id,)
        ).fetchone()
        return (0, 0.0) if row is None else (int(row[0]), float(row[1]))

    def _write(self, failures: int, last: float) -> None:
        with db.transaction(self.store.connection):
            self.store.connection.execute(
                "INSERT INTO sign_in_throttle (profile_id, failures, last_failure_at) VALUES (?, ?, ?) "
                "ON CONFLICT (profile_id) DO UPDATE SET failures = excluded.failures, "
                "last_failure_at = excluded.last_failure_at",
                (self.profile_id, failures, last),
            )

    def record_success(self, pin: str = "") -> None:
        """The wait ends; none of the teacher PIN's advice about short PINs."""
        self._remembered = (0, 0.0)
        self._save(0, 0.0)

    def _verify(self, pin: str) -> bool:
        return verify_pin(secret_record(self.store, self.profile_id), pin)
