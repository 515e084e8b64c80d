"""Sending the outbox to a real LRS (tests/lrs), and the faults: the LRS down at
start, killed in the middle of a batch, answering 500, rejecting one statement
of a batch of 50, hanging. After each, every kept answer reaches the LRS
exactly once (counted by statement id and registration, read back from the
LRS) and nothing waits."""

from __future__ import annotations

import json
import threading

import pytest

from lessonapp.classroom.lrs import LrsClient
from lessonapp.classroom.sender import Backoff, send_waiting
from lessonapp.store import Store
from tests.classroom.sending import answer, assert_each_once, local_statements
from tests.lrs import validate_statements


def client(endpoint: str, timeout: float = 5.0) -> LrsClient:
    return LrsClient(endpoint, "kiosk-7", "pw", timeout=timeout)


def test_everything_waiting_is_sent_in_batches_and_marked_sent(store, proxy_to, shared_lrs):
    answer(store, 120)  # 12 finished attempts: 120 answered + 24 completed/passed
    proxy = proxy_to()
    result = send_waiting(store, client(proxy.endpoint), batch_size=50)
    assert (result.sent, result.set_aside, result.waiting, result.error) == (144, 0, 0, None)
    assert proxy.posts() == 3
    assert_each_once(shared_lrs.all_statements(), store)
    again = send_waiting(store, client(proxy.endpoint))
    assert (again.sent, proxy.posts()) == (0, 3)


def test_every_statement_the_app_makes_passes_the_independent_validator(store, shared_lrs):
    answer(store, 10)
    attempt = store.start_attempt(store.add_profile("Ben").id, "basics", "Basics", 1, ["q1"], 1, practice=True)
    store.finish_attempt(attempt, 0.0, 1.0, 0.0, False)
    store.abandon_attempt(store.start_attempt(store.profiles()[0].id, "exam", "Exam", 2, ["q1"], 1))
    statements = list(local_statements(store).values())
    verbs = {s["verb"]["id"].rsplit("/", 1)[1] for s in statements}
    assert verbs == {"answered", "completed", "passed", "terminated"}
    assert validate_statements(statements) == {}
    assert send_waiting(store, client(shared_lrs.endpoint)).error is None


def test_the_validator_is_not_a_rubber_stamp(store):
    answer(store, 1, finish=False)
    statement = next(iter(local_statements(store).values()))
    statement["result"]["score"]["scaled"] = 7
    statement["result"]["duration"] = "4.5s"
    problems = validate_statements([statement])[statement["id"]]
    assert any("score.scaled" in p for p in problems) and any("duration" in p for p in problems)


def test_the_lrs_down_at_start_then_up(store, own_lrs):
    answer(store, 30)
    result = send_waiting(store, client(own_lrs.endpoint))
    assert result.sent == 0 and result.waiting == 36 and "nothing answers there" in result.error
    status = store.outbox_status()
    assert status.waiting == 36 and status.last_error == result.error and status.last_error_at
    own_lrs.start()
    result = send_waiting(store, client(own_lrs.endpoint))
    assert (result.sent, result.waiting, result.error) == (36, 0, None)
    assert store.outbox_status().last_error is None
    assert_each_once(own_lrs.all_statements(), store)


def test_the_lrs_answering_500_then_well(store, proxy_to, shared_lrs):
    answer(store, 60)
    proxy = proxy_to()
    proxy.fault = lambda method, path, body: (500, b'{"message": "Internal Server Error"}')
    result = send_waiting(store, client(proxy.endpoint))
    assert result.sent == 0 and result.waiting == 72 and result.error.endswith("(500: Internal Server Error)")
    assert proxy.posts() == 3  # the batch, then one try of each half: the LRS fails on all; the pass ends
    proxy.fault = lambda method, path, body: None
    assert send_waiting(store, client(proxy.endpoint)).waiting == 0
    assert_each_once(shared_lrs.all_statements(), store)


def test_one_statement_the_lrs_rejects_in_a_batch_of_50_is_set_aside_alone(store, proxy_to, shared_lrs):
    answer(store, 50, finish=False)
    bad_id = store.waiting_statements(50)[17][0]
    body = json.loads(store.connection.execute("SELECT body FROM statements WHERE id = ?", (bad_id,)).fetchone()[0])
    body["result"]["score"]["scaled"] = 7  # what a bug would write: the real LRS says why it is wrong
    store.connection.execute("UPDATE statements SET body = ? WHERE id = ?", (json.dumps(body), bad_id))
    proxy = proxy_to()
    result = send_waiting(store, client(proxy.endpoint), batch_size=50)
    # 50 answers and the 4 terminated statements of the attempts left for the next one: 54
    assert (result.sent, result.set_aside, result.waiting, result.error) == (53, 1, 0, None)
    assert proxy.posts() <= 1 + 2 * 6 + 1  # halving: two requests a level (6 levels), then the last 4
    [(aside_id, reason, when)] = store.outbox_status().set_aside
    assert aside_id == bad_id and "score.scaled" in reason and when
    assert_each_once(shared_lrs.all_statements(), store)
    posts = proxy.posts()
    assert send_waiting(store, client(proxy.endpoint)).sent == 0 and proxy.posts() == posts  # never retried


def test_a_statement_the_lrs_fails_on_alone_never_blocks_the_others(store, proxy_to, shared_lrs):
    """An LRS that answers 500 to any batch holding one statement (a bug of its
    own): the others are sent; that one is passed over, and set aside after
    three passes, never retried forever."""
    from lessonapp.classroom.sender import FAILED_ALONE_LIMIT

    answer(store, 30, finish=False)
    poison = store.waiting_statements(50)[11][0]
    proxy = proxy_to()
    proxy.fault = lambda method, path, body: (500, b'{"message": "boom"}') if poison.encode() in body else None
    first = send_waiting(store, client(proxy.endpoint), batch_size=50)
    assert (first.sent, first.set_aside, first.waiting, first.error) == (31, 0, 1, None)  # 30 + 2 terminated
    for _ in range(2, FAILED_ALONE_LIMIT + 1):
        posts = proxy.posts()
        result = send_waiting(store, client(proxy.endpoint))
        assert proxy.posts() == posts + 1  # alone in its batch: no halving to do
        # Alone from the start, nothing shows whether the LRS or the statement fails: the pass ends.
        assert result.error is not None and result.waiting == 1
    # Halving shows it: an answer more, sent with it, goes through while it fails (the second and third time).
    for _ in range(FAILED_ALONE_LIMIT - 1):
        answer(store, 1, name="Zed", finish=False)
        result = send_waiting(store, client(proxy.endpoint))
        assert result.error is None and result.sent >= 1
    assert result.set_aside == 1 and result.waiting == 0
    [(aside_id, reason, _)] = store.outbox_status().set_aside
    assert aside_id == poison and "500: boom" in reason and "alone, 3 times" in reason
    assert_each_once(shared_lrs.all_statements(), store)


def test_a_statement_the_lrs_already_has_counts_as_sent(store, shared_lrs):
    answer(store, 20)
    first_batch = store.waiting_statements(5)
    client(shared_lrs.endpoint).post_statements([text for _, text in first_batch])  # sent, never marked
    conflicting = store.waiting_statements(10)[7]
    changed = json.loads(conflicting[1])
    changed["verb"]["display"] = {"en-US": "answered"}  # the LRS has this id with other content: 409
    client(shared_lrs.endpoint).post_statements([json.dumps(changed)])
    result = send_waiting(store, client(shared_lrs.endpoint))
    assert (result.sent, result.set_aside, result.waiting) == (24, 0, 0)


def test_the_lrs_hanging_is_a_time_out_and_nothing_is_lost(store, proxy_to, shared_lrs):
    answer(store, 10)
    proxy = proxy_to()
    proxy.fault = lambda method, path, body: "hang"
    result = send_waiting(store, client(proxy.endpoint, timeout=0.5))
    assert result.sent == 0 and result.waiting == 12 and "did not answer within 0.5 seconds" in result.error
    proxy.fault = lambda method, path, body: None
    assert send_waiting(store, client(proxy.endpoint)).waiting == 0
    assert_each_once(shared_lrs.all_statements(), store)


def test_the_answer_lost_after_the_lrs_stored_the_batch(store, proxy_to, shared_lrs):
    """The LRS stores the batch, the connection dies before its answer: the
    batch is sent again and stored once."""
    answer(store, 40)
    proxy = proxy_to()
    proxy.drop_answer = lambda method, path: method == "POST" and proxy.posts() == 2
    result = send_waiting(store, client(proxy.endpoint), batch_size=20)
    assert result.sent == 20 and result.waiting == 28 and result.error
    assert send_waiting(store, client(proxy.endpoint), batch_size=20).waiting == 0
    assert_each_once(shared_lrs.all_statements(), store)


def test_the_lrs_killed_in_the_middle_of_a_batch(store, own_lrs, tmp_path):
    """The LRS process dies while a batch is on its way; a new one is started
    on the same port (an in-memory LRS forgets: what it had acknowledged is
    read from it before it dies)."""
    from tests.lrs import LrsProxy

    own_lrs.start()
    answer(store, 100)
    proxy = LrsProxy(own_lrs.port)
    acknowledged: list[dict] = []

    def kill_on_third(method, path, body):
        if method == "POST" and proxy.posts() == 3:
            acknowledged.extend(own_lrs.all_statements())
            own_lrs.kill()
        return None

    proxy.fault = kill_on_third
    try:
        result = send_waiting(store, client(proxy.endpoint), batch_size=25)
        assert result.sent == 50 and result.waiting == 70 and result.error
        own_lrs.start()
        assert send_waiting(store, client(proxy.endpoint), batch_size=25).waiting == 0
        assert_each_once(acknowledged + own_lrs.all_statements(), store)
    finally:
        proxy.close()


def test_a_second_sender_at_the_same_time_makes_no_second_copy(store, shared_lrs):
    """The app's worker and `lessonapp sync` may send at once, each on its own connection."""
    answer(store, 200)
    results = []

    def send_on_its_own_connection():
        with Store.open(store.path) as other:
            results.append(send_waiting(other, client(shared_lrs.endpoint), batch_size=20))

    thread = threading.Thread(target=send_on_its_own_connection)
    thread.start()
    results.append(send_waiting(store, client(shared_lrs.endpoint), batch_size=20))
    thread.join(60)
    assert len(results) == 2 and all(r.error is None for r in results)
    assert sum(r.sent for r in results) >= 240
    assert_each_once(shared_lrs.all_statements(), store)


@pytest.mark.parametrize(("every", "failures", "delay"), [(30, 0, 30), (30, 1, 60), (30, 3, 240), (30, 20, 900)])
def test_back_off_doubles_up_to_a_cap(every, failures, delay):
    backoff = Backoff(every)
    for _ in range(failures):
        backoff.failed()
    assert backoff.delay == delay
    assert backoff.succeeded() == every and not backoff.backing_off


def test_a_pass_with_nothing_waiting_asks_the_lrs_nothing_and_writes_nothing(store, proxy_to):
    proxy = proxy_to()
    changes = store.connection.total_changes
    result = send_waiting(store, client(proxy.endpoint))
    assert (result.sent, result.waiting, result.error) == (0, 0, None)
    assert proxy.requests == [] and store.connection.total_changes == changes
