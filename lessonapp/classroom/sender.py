"""Sending the outbox to the LRS: batches, the one statement a batch is rejected for, back-off.

NO Qt. `send_waiting` is one pass: it takes the waiting statements oldest first,
a batch at a time, until none wait or the LRS cannot take more now. The app's
worker thread and `lessonapp sync` both call it, each on its own connection.

* 2xx: the batch is marked sent.
* 400 (or 413) for a batch: xAPI stores a batch all or none, so the batch is
  halved until the statement the LRS rejects is alone; that one is set aside
  with the LRS's reason (the teacher area lists it), the others go on.
* 409 for one statement: the LRS already has a statement with its id. Ids are
  made once, when the answer is recorded, so that is this statement sent
  before (the app killed before it could mark it): sent. In a batch, halved
  as for a 400.
* The LRS down, unreachable, slow (time-out), 5xx, or refusing the password:
  the error is recorded for the teacher and the pass ends; the caller tries
  again later (`Backoff`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .lrs import CONFLICT, REJECTED, LrsClient, LrsError

BATCH_SIZE = 50


@dataclass(frozen=True)
class SendResult:
    sent: int
    set_aside: int
    waiting: int  # still waiting after the pass
    error: str | None  # why the pass stopped early, one line; None when nothing stood in the way
    error_kind: str | None = None  # lrs.UNREACHABLE, AUTH...


def send_waiting(store, client: LrsClient, batch_size: int = BATCH_SIZE) -> SendResult:
    sent = set_aside = 0
    last_first: str | None = None
    try:
        while True:
            batch = store.waiting_statements(batch_size)
            if not batch or batch[0][0] == last_first:  # the second test: never spin on a batch that stays
                break
            last_first = batch[0][0]
            done, aside = _send(store, client, batch)
            sent += done
            set_aside += aside
    except LrsError as error:
        store.record_send_error(error.message)
        return SendResult(sent, set_aside, store.outbox_status().waiting, error.message, error.kind)
    status = store.outbox_status()
    if status.last_error is not None:
        store.record_send_error(None)  # only then: a pass with nothing to send writes nothing
    return SendResult(sent, set_aside, status.waiting, None)


def _send(store, client: LrsClient, batch: list[tuple[str, str]]) -> tuple[int, int]:
    """Send one batch; (sent, set aside). Errors that are not about a
    statement (the LRS down, the password) go up to end the pass."""
    try:
        client.post_statements([text for _, text in batch])
    except LrsError as error:
        if error.kind not in (REJECTED, CONFLICT):
            raise
        if len(batch) > 1:
            middle = len(batch) // 2
            first = _send(store, client, batch[:middle])
            second = _send(store, client, batch[middle:])
            return first[0] + second[0], first[1] + second[1]
        statement_id = batch[0][0]
        if error.kind == CONFLICT:
            store.mark_sent([statement_id])
            return 1, 0
        store.set_aside(statement_id, error.message)
        return 0, 1
    store.mark_sent([statement_id for statement_id, _ in batch])
    return len(batch), 0


class Backoff:
    """When to try again: every `every` seconds while all is well; after
    failures, twice as long each time, at most `cap`; back to `every` after a
    success."""

    def __init__(self, every: float, cap: float = 15 * 60) -> None:
        self.every = every
        self.cap = max(cap, every)
        self.failures = 0

    def failed(self) -> float:
        self.failures += 1
        return self.delay

    def succeeded(self) -> float:
        self.failures = 0
        return self.delay

    @property
    def delay(self) -> float:
        return min(self.cap, self.every * 2 ** min(self.failures, 30))

    @property
    def backing_off(self) -> bool:
        return self.failures > 0
