"""Identities and the outbox (docs/classroom.md): the machine and attempt UUIDs,
the migration that gives them to a database of the previous version, and the
statement kept in the same transaction as the row it reports."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from lessonapp.content.model import Choice, Question
from lessonapp.store import Store, StoreError, StoreUnavailable, outbox
from lessonapp.store.schema import LATEST_VERSION, MIGRATIONS

QUESTION = Question(id="q1", prompt="Which?", choices=(Choice("Yes", correct=True), Choice("No")))


def count(store: Store, table: str) -> int:
    return store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_new_database_has_a_machine_uuid_that_stays(db_path: Path, clock) -> None:
    with Store.open(db_path, clock=clock) as store:
        machine = store.machine_id
    assert uuid.UUID(machine).version == 4
    with Store.open(db_path, clock=clock) as store:
        assert store.machine_id == machine
    with Store.open(db_path.with_name("other.db"), clock=clock) as other:
        assert other.machine_id != machine


def test_every_attempt_gets_its_own_uuid_and_this_machine(store: Store) -> None:
    ana = store.add_profile("Ana")
    first = store.attempt(store.start_attempt(ana.id, "l", "L", 1, ["q1"], 1))
    second = store.attempt(store.start_attempt(ana.id, "m", "M", 1, ["q1"], 1))
    assert uuid.UUID(first.uuid).version == 4 and first.uuid != second.uuid
    assert first.machine == second.machine == store.machine_id


def test_an_attempt_keeps_its_uuid(store: Store) -> None:
    attempt_id = store.start_attempt(store.add_profile("Ana").id, "l", "L", 1, ["q1"], 1)
    with pytest.raises(sqlite3.IntegrityError, match="keeps its uuid"):
        store.connection.execute("UPDATE attempts SET uuid = 'x' WHERE id = ?", (attempt_id,))


def _version_3_database(path: Path) -> None:
    """A database as the previous version left it, with real rows."""
    conn = sqlite3.connect(path, isolation_level=None)
    for version, migration in enumerate(MIGRATIONS[:3], start=1):
        for sql in migration:
            conn.execute(sql)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO profiles (id, name, name_key, created_at) VALUES (1, 'Ana', 'ana', 't0'), "
                 "(2, 'Ben', 'ben', 't0')")
    for n in range(1, 41):
        status = ("finished", "abandoned", "in_progress")[n % 3]
        conn.execute(
            "INSERT INTO attempts (id, profile_id, lesson_id, lesson_title, seed, question_ids, started_at, "
            "last_activity_at, max_score, status, practice, elapsed_seconds) "
            "VALUES (?, ?, 'l', 'L', ?, '[\"q1\"]', 't1', 't2', 1, ?, 0, 3.5)",
            (n, 1 + n % 2, n, status),
        )
        conn.execute("INSERT INTO answers (attempt_id, question_id, chosen, correct, points, max_points, seconds, "
                     "answered_at) VALUES (?, 'q1', '[\"Yes\"]', 1, 1, 1, 2, 't2')", (n,))
    conn.execute("INSERT INTO settings (key, value) VALUES ('last_profile_id', '2')")
    conn.close()


def test_the_migration_gives_every_kept_attempt_a_uuid_and_loses_no_row(db_path: Path, clock) -> None:
    _version_3_database(db_path)
    with Store.open(db_path, clock=clock) as store:
        conn = store.connection
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert count(store, "attempts") == 40 and count(store, "answers") == 40 and count(store, "profiles") == 2
        rows = conn.execute("SELECT uuid, machine, elapsed_seconds, status FROM attempts").fetchall()
        uuids = {row[0] for row in rows}
        assert len(uuids) == 40 and all(uuid.UUID(u).version == 4 and str(uuid.UUID(u)) == u for u in uuids)
        assert {row[1] for row in rows} == {store.machine_id}
        assert {row[2] for row in rows} == {3.5}
        assert store.last_profile().name == "Ben"
        assert count(store, "statements") == 0  # what happened before is not reported again
        # an attempt left in progress goes on as before, now with statements
        (in_progress,) = [r for r in store.profiles() if r.name == "Ana"]
        resumed = store.unfinished_attempt(in_progress.id, "l")
        store.record_answer(resumed.id, QUESTION, [0], True, 1, 1, 1)
        store.finish_attempt(resumed.id, 1, 1, 100, True)
        bodies = [json.loads(body) for (body,) in conn.execute("SELECT body FROM statements")]
        assert {b["context"]["registration"] for b in bodies} == {resumed.uuid}
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_statement_is_kept_with_its_answer_or_not_at_all(store: Store, monkeypatch) -> None:
    attempt_id = store.start_attempt(store.add_profile("Ana").id, "l", "L", 1, ["q1"], 1)

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(outbox, "add", full_disk)
    with pytest.raises(StoreUnavailable):  # the store's words for a full disk
        store.record_answer(attempt_id, QUESTION, [0], True, 1, 1, 1)
    with pytest.raises(StoreUnavailable):
        store.finish_attempt(attempt_id, 1, 1, 100, True)
    with pytest.raises(StoreUnavailable):
        store.abandon_attempt(attempt_id)
    assert count(store, "answers") == 0
    assert store.attempt(attempt_id).status == "in_progress" and store.attempt(attempt_id).last_activity_at
    monkeypatch.undo()
    store.finish_attempt(attempt_id, 0, 1, 0, False)
    with pytest.raises(StoreError, match="already finished"):  # an answer not kept has no statement
        store.record_answer(attempt_id, QUESTION, [0], True, 1, 1, 1)
    assert count(store, "answers") == 0 and count(store, "statements") == 2


def _answers(store: Store, n: int) -> list[str]:
    attempt_id = store.start_attempt(store.add_profile("Ana").id, "l", "L", 1, ["q1"], 1)
    for _ in range(n):
        store.record_answer(attempt_id, QUESTION, [0], True, 1, 1, 1)
    return [row[0] for row in store.connection.execute("SELECT id FROM statements ORDER BY rowid")]


def test_waiting_statements_oldest_first_then_sent(store: Store, clock) -> None:
    ids = _answers(store, 5)
    waiting = store.waiting_statements(3)
    assert [w[0] for w in waiting] == ids[:3]
    assert json.loads(waiting[0][1])["id"] == ids[0]
    clock.advance(seconds=5)
    store.mark_sent(ids[:3])
    assert [w[0] for w in store.waiting_statements(10)] == ids[3:]
    sent = store.connection.execute("SELECT sent_at FROM statements WHERE id = ?", (ids[0],)).fetchone()[0]
    assert sent == "2026-11-28T07:15:35Z"
    status = store.outbox_status()
    assert (status.waiting, status.waiting_since) == (2, "2026-11-28T07:15:30Z")
    store.mark_sent(ids[3:])
    assert store.outbox_status().waiting == 0 and store.outbox_status().waiting_since is None


def test_a_statement_set_aside_waits_no_more_and_is_shown(store: Store) -> None:
    ids = _answers(store, 3)
    store.set_aside(ids[1], "  400 Bad Request:\n  the score is out of range ")
    assert [w[0] for w in store.waiting_statements(10)] == [ids[0], ids[2]]
    status = store.outbox_status()
    assert status.waiting == 2
    assert status.set_aside == [(ids[1], "400 Bad Request: the score is out of range", "2026-11-28T07:15:30Z")]


def test_the_last_send_error_is_kept_until_cleared(store: Store, clock) -> None:
    assert store.outbox_status()[2:4] == (None, None)
    store.record_send_error("could not reach lrs.example.org:\ntimed out")
    clock.advance(minutes=1)
    status = store.outbox_status()
    assert (status.last_error, status.last_error_at) == ("could not reach lrs.example.org: timed out",
                                                         "2026-11-28T07:15:30Z")
    store.record_send_error(None)
    assert store.outbox_status().last_error is None and store.outbox_status().last_error_at is None


def test_merged_statements_are_never_waiting(store: Store) -> None:
    from lessonapp.store import db

    with db.transaction(store.connection):
        outbox.add(store.connection, str(uuid.uuid4()), None, "{}", outbox.MERGED, "t")
    assert store.waiting_statements(10) == [] and store.outbox_status().waiting == 0
