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
* 500 for a batch: one try of each half tells an LRS failing on everything
  (the pass ends) from one failing on a statement (the half that goes
  through shows the LRS works; the other is halved). A statement the LRS
  fails on alone is passed over, so the others go on, and set aside once
  that has happened in FAILED_ALONE_LIMIT passes: never retried forever.
* The LRS down, unreachable, slow (time-out), 429/502/503/504, or refusing
  the password: the error is recorded for the teacher and the pass ends; the
  caller tries again later (`Backoff`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .lrs import CONFLICT, REJECTED, UNAVAILABLE, LrsClient, LrsError

BATCH_SIZE = 50


@dataclass(frozen=True)
class SendResult:
    sent: int
    set_aside: int
    waiting: int  # still waiting after the pass
    error: str | None  # why the pass stopped early, one line; None when nothing stood in the way
    error_kind: str | None = None  # lrs.UNREACHABLE, AUTH...


def send_waiting(store, client: LrsClient, batch_size: int = BATCH_SIZE) -> SendResult:
    one = _Pass(store, client)
    last_first: str | None = None
    try:
        while True:
            batch = one.next_batch(batch_size)
            if not batch or batch[0][0] == last_first:  # the second test: never spin on a batch that stays
                break
            last_first = batch[0][0]
            one.send(batch)
    except LrsError as error:
        store.record_send_error(error.message)
        return SendResult(one.sent, one.set_aside, store.outbox_status().waiting, error.message, error.kind)
    status = store.outbox_status()
    if status.last_error is not None:
        store.record_send_error(None)  # only then: a pass with nothing to send writes nothing
    return SendResult(one.sent, one.set_aside, status.waiting, None)


FAILED_ALONE_LIMIT = 3  # passes in which the LRS failed (500) on a statement alone, before it is set aside
_FAILED_ALONE_KEY = "lrs_failed_alone:"  # + statement id, in the store's settings: how many passes so far


def _is_internal_error(error: LrsError) -> bool:
    return error.kind == UNAVAILABLE and error.status == 500


class _Pass:
    """One pass: what it sent and set aside, and the statements it passes over
    (the LRS failed on them alone: they wait for the next pass, the others go on)."""

    def __init__(self, store, client: LrsClient) -> None:
        self.store = store
        self.client = client
        self.sent = self.set_aside = 0
        self.passed_over: set[str] = set()

    def next_batch(self, size: int) -> list[tuple[str, str]]:
        waiting = self.store.waiting_statements(size + len(self.passed_over))
        return [item for item in waiting if item[0] not in self.passed_over][:size]

    def send(self, batch: list[tuple[str, str]], lrs_works: bool = False, probe: bool = False) -> None:
        """Send one batch. A statement the LRS rejects (400) or already has (409)
        is found by halving. So is one the LRS fails on (500), once it is clear
        the LRS takes other statements (lrs_works): a probe (the first try of
        each half) does not halve. Errors about the LRS, not a statement, end the pass."""
        try:
            self.client.post_statements([text for _, text in batch])
        except LrsError as error:
            if error.kind in (REJECTED, CONFLICT):
                self._about_a_statement(batch, error)
            elif _is_internal_error(error) and not probe:
                self._after_internal_error(batch, error, lrs_works)
            else:
                raise
            return
        self.store.mark_sent([statement_id for statement_id, _ in batch])
        self.sent += len(batch)

    def _about_a_statement(self, batch: list[tuple[str, str]], error: LrsError) -> None:
        if len(batch) > 1:
            middle = len(batch) // 2
            self.send(batch[:middle])
            self.send(batch[middle:])
            return
        statement_id = batch[0][0]
        if error.kind == CONFLICT:
            self.store.mark_sent([statement_id])
            self.sent += 1
        else:
            self.store.set_aside(statement_id, error.message)
            self.set_aside += 1

    def _after_internal_error(self, batch: list[tuple[str, str]], error: LrsError, lrs_works: bool) -> None:
        if len(batch) == 1:
            if not lrs_works:
                raise error  # nothing shows whether the LRS or this statement is at fault
            self._failed_alone(batch[0][0], error)
            return
        middle = len(batch) // 2
        first, second = batch[:middle], batch[middle:]
        if lrs_works:
            self.send(first, lrs_works=True)
            self.send(second, lrs_works=True)
            return
        # Is the LRS failing on everything (the pass ends: 3 requests), or on something in one half?
        try:
            self.send(first, probe=True)
        except LrsError as first_error:
            if not _is_internal_error(first_error):
                raise
            self.send(second, probe=True)  # fails too: the LRS is failing, the pass ends
            self.send(first, lrs_works=True)
            return
        self.send(second, lrs_works=True)

    def _failed_alone(self, statement_id: str, error: LrsError) -> None:
        key = _FAILED_ALONE_KEY + statement_id
        times = int(self.store.get_setting(key) or 0) + 1
        if times >= FAILED_ALONE_LIMIT:
            self.store.set_aside(statement_id, f"{error.message}; the LRS failed on this statement alone, "
                                               f"{times} times, while it took the others")
            self.set_aside += 1
        else:
            self.store.set_setting(key, str(times))
            self.passed_over.add(statement_id)


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
