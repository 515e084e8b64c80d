"""Students' sign-in secrets (store/sign_in.py): hashed, throttled per student,
kept in migration 6 without touching a row that was there, never exported."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from lessonapp.classroom.bundle import bundle_database
from lessonapp.store import Store, export_database
from lessonapp.store.pin import ScryptCost, set_pin
from lessonapp.store.schema import LATEST_VERSION, MIGRATIONS
from lessonapp.store.sign_in import (
    PICTURE,
    PIN,
    STUDENT,
    TEACHER,
    SignInGuard,
    is_valid,
    keep_record,
    make_record,
    picture_secret,
    reset_secret,
    secret_info,
    secret_record,
)

CHEAP = ScryptCost(n=16, r=1, p=1)


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "scores.db") as opened:
        yield opened


def test_only_a_salted_hash_is_kept_and_it_checks(store):
    ana = store.add_profile("Ana").id
    secret = picture_secret([4, 0, 7])
    assert secret == "407" and is_valid(PICTURE, secret)
    keep_record(store, ana, PICTURE, make_record(PICTURE, secret, CHEAP))
    record = secret_record(store, ana)
    assert record.startswith("scrypt$") and "407" not in record.split("$", 4)[-1][:3]
    assert secret_info(store, ana).kind == PICTURE and secret_info(store, ana).set_by == STUDENT
    guard = SignInGuard(lambda: store, ana)
    assert not guard.check("408")
    assert guard.check("407")
    # Two students with the same pictures get different records (the salt).
    ben = store.add_profile("Ben").id
    keep_record(store, ben, PICTURE, make_record(PICTURE, secret, CHEAP))
    assert secret_record(store, ben) != record


@pytest.mark.parametrize(("kind", "secret", "valid"), [
    (PIN, "1234", True), (PIN, "12345678", True), (PIN, "123", False), (PIN, "123456789", False),
    (PIN, "12a4", False), (PIN, "١٢٣٤", False), (PICTURE, "012", True), (PICTURE, "019", False),
    (PICTURE, "01", False), ("other", "1234", False),
])
def test_what_a_secret_may_be(kind, secret, valid):
    assert is_valid(kind, secret) is valid
    if not valid:
        with pytest.raises(ValueError):
            make_record(kind, secret, CHEAP)


def test_a_first_choice_never_replaces_one_set_meanwhile_and_the_teacher_resets(store):
    ana = store.add_profile("Ana").id
    assert keep_record(store, ana, PIN, make_record(PIN, "1234", CHEAP), set_by=TEACHER)
    assert not keep_record(store, ana, PIN, make_record(PIN, "9999", CHEAP), only_if_none=True)
    assert SignInGuard(lambda: store, ana).check("1234")
    reset_secret(store, ana)
    assert secret_info(store, ana) is None and secret_record(store, ana) is None


def test_wrong_tries_wait_as_the_teacher_pin_does_per_student_and_across_restarts(tmp_path):
    clock = Clock()
    path = tmp_path / "scores.db"
    with Store.open(path) as store:
        ana, ben = store.add_profile("Ana").id, store.add_profile("Ben").id
        for profile in (ana, ben):
            keep_record(store, profile, PIN, make_record(PIN, "1234", CHEAP))
        guard = SignInGuard(lambda: store, ana, clock)
        for _ in range(3):
            assert not guard.check("0000")
        assert guard.seconds_to_wait() == 2.0
        assert not guard.check("1234")  # refused unchecked during the wait
        assert SignInGuard(lambda: store, ben, clock).check("1234")  # Ben is not held up by Ana's tries
    with Store.open(path) as store:  # the app restarted
        guard = SignInGuard(lambda: store, ana, clock)
        assert guard.seconds_to_wait() == 2.0
        clock.now += 2
        assert guard.check("1234") and guard.failures == 0


def _version_5_database(path: Path) -> None:
    """A database as the release before sign-in left it, a row in every table."""
    conn = sqlite3.connect(path, isolation_level=None)
    for version, migration in enumerate(MIGRATIONS[:5], start=1):
        for sql in migration:
            conn.execute(sql)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO profiles (id, name, name_key, created_at) VALUES (1, 'Ana', 'ana', 't0'), "
                 "(2, 'Ben', 'ben', 't0')")
    for n in range(1, 31):
        conn.execute(
            "INSERT INTO attempts (id, profile_id, lesson_id, lesson_title, seed, question_ids, started_at, "
            "last_activity_at, max_score, status, uuid, machine) "
            "VALUES (?, ?, 'l', 'L', ?, '[\"q1\"]', 't1', 't2', 1, 'in_progress', ?, 'm')",
            (n, 1 + n % 2, n, f"00000000-0000-4000-8000-{n:012d}"),
        )
        conn.execute("INSERT INTO answers (attempt_id, question_id, chosen, correct, points, max_points, seconds, "
                     "answered_at) VALUES (?, 'q1', '[\"Yes\"]', 1, 1, 1, 2, 't2')", (n,))
        conn.execute("INSERT INTO statements (id, registration, body, origin, stored_at) "
                     "VALUES (?, ?, '{}', 'local', 't2')", (f"s{n}", f"00000000-0000-4000-8000-{n:012d}"))
    conn.execute("INSERT INTO pin_throttle (id, failures, last_failure_at) VALUES (1, 3, 12.5)")
    conn.execute("INSERT INTO settings (key, value) VALUES ('teacher_pin', 'scrypt$x')")
    conn.close()


def test_the_migration_on_an_existing_database_keeps_every_row(tmp_path):
    path = tmp_path / "scores.db"
    _version_5_database(path)
    before = sqlite3.connect(path)
    tables = ["profiles", "attempts", "answers", "statements", "pin_throttle", "settings"]
    rows = {table: before.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() for table in tables}
    before.close()
    with Store.open(path) as store:
        conn = store.connection
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        for table in tables:
            assert conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() == rows[table], table
        assert secret_info(store, 1) is None  # nobody has a secret: each chooses theirs at the first sign-in
        keep_record(store, 1, PICTURE, make_record(PICTURE, "123", CHEAP))
        assert secret_info(store, 1).kind == PICTURE


def test_secrets_never_leave_the_machine_in_an_export_or_a_bundle(tmp_path, store):
    set_pin(store, "246813", cost=CHEAP)
    ana = store.add_profile("Ana")
    attempt = store.start_attempt(ana.id, "basics", "Basics", 1, ["q1"], 1)
    store.abandon_attempt(attempt)
    keep_record(store, ana.id, PIN, make_record(PIN, "4321", CHEAP))
    record = secret_record(store, ana.id)
    salt, digest = record.split("$")[4:]
    outputs = []
    for fmt, answers in (("csv", False), ("csv", True), ("json", False), ("json", True)):
        out = tmp_path / f"export-{answers}.{fmt}"
        export_database(store.path, out, fmt, answers=answers)
        outputs.append(out.read_text(encoding="utf-8"))
    bundle = tmp_path / "bundle.jsonl"
    bundle_database(store.path, bundle)
    outputs.append(bundle.read_text(encoding="utf-8"))
    outputs += [body for (body,) in store.connection.execute("SELECT body FROM statements")]  # what the LRS gets
    assert "Ana" in outputs[0] and len(outputs[-1]) > 10  # there is something in each to look through
    for text in outputs:
        for leaked in (salt, digest, "scrypt", "student_secrets", "sign_in"):
            assert leaked not in text
    assert all("4321" not in json.dumps(text) for text in outputs[-2:])
