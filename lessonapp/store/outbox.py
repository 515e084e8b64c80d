"""The outbox: the statements waiting to be sent to the school's LRS (docs/classroom.md).

The store writes a local statement in the transaction that keeps the row it
reports (store.py); the sender (lessonapp/classroom) reads the waiting ones
here, oldest first, and marks them sent, or sets one aside with the LRS's
reason so that it never blocks the others. Every function here runs inside
the caller's write transaction. Merged statements (from bundles or
a pull) are kept with origin 'merged' and are never sent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import NamedTuple

LOCAL = "local"
MERGED = "merged"

_LAST_ERROR_KEY = "lrs_last_error"
_LAST_ERROR_AT_KEY = "lrs_last_error_at"
_WAITING = "origin = 'local' AND sent_at IS NULL AND set_aside_reason IS NULL"
MAX_REASON_LENGTH = 1000  # an LRS's reason is kept to show; a whole error page is not


class OutboxStatus(NamedTuple):
    waiting: int
    waiting_since: str | None  # stored_at of the oldest waiting statement
    last_error: str | None
    last_error_at: str | None
    set_aside: list[tuple[str, str, str]]  # (statement id, reason, when), oldest first


def add(conn: sqlite3.Connection, statement_id: str, registration: str | None, body: str, origin: str,
        stored_at: str) -> bool:
    """Keep one statement (inside the caller's transaction). False when its id is kept already."""
    cursor = conn.execute(
        "INSERT INTO statements (id, registration, body, origin, stored_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO NOTHING",
        (statement_id, registration, body, origin, stored_at),
    )
    return cursor.rowcount == 1


def waiting(conn: sqlite3.Connection, limit: int) -> list[tuple[str, str]]:
    rows = conn.execute(f"SELECT id, body FROM statements WHERE {_WAITING} ORDER BY rowid LIMIT ?", (limit,))
    return [(statement_id, body) for statement_id, body in rows]


def mark_sent(conn: sqlite3.Connection, ids: Sequence[str], now: str) -> None:
    conn.executemany(
        "UPDATE statements SET sent_at = ? WHERE id = ? AND origin = 'local' AND sent_at IS NULL",
        [(now, statement_id) for statement_id in ids],
    )


def set_aside(conn: sqlite3.Connection, statement_id: str, reason: str, now: str) -> None:
    reason = " ".join(str(reason).split())[:MAX_REASON_LENGTH] or "rejected, with no reason given"
    conn.execute(
        "UPDATE statements SET set_aside_reason = ?, set_aside_at = ? WHERE id = ? AND origin = 'local'",
        (reason, now, statement_id),
    )


def record_send_error(conn: sqlite3.Connection, message: str | None, now: str) -> None:
    if message is None:
        conn.execute("DELETE FROM settings WHERE key IN (?, ?)", (_LAST_ERROR_KEY, _LAST_ERROR_AT_KEY))
        return
    for key, value in ((_LAST_ERROR_KEY, " ".join(message.split())[:MAX_REASON_LENGTH]), (_LAST_ERROR_AT_KEY, now)):
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def status(conn: sqlite3.Connection) -> OutboxStatus:
    count = conn.execute(f"SELECT count(*) FROM statements WHERE {_WAITING}").fetchone()[0]
    oldest = conn.execute(f"SELECT stored_at FROM statements WHERE {_WAITING} ORDER BY rowid LIMIT 1").fetchone()
    since = None if oldest is None else oldest[0]
    settings = dict(conn.execute(
        "SELECT key, value FROM settings WHERE key IN (?, ?)", (_LAST_ERROR_KEY, _LAST_ERROR_AT_KEY)
    ))
    aside = conn.execute(
        "SELECT id, set_aside_reason, set_aside_at FROM statements "
        "WHERE set_aside_reason IS NOT NULL ORDER BY set_aside_at, rowid"
    ).fetchall()
    return OutboxStatus(count, since, settings.get(_LAST_ERROR_KEY), settings.get(_LAST_ERROR_AT_KEY),
                        [tuple(row) for row in aside])
