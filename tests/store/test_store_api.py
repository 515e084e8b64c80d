"""The Store API: profiles, the attempt lifecycle, resuming, best results."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lessonapp.content.model import Choice, Question
from lessonapp.store import (
    ABANDONED,
    FINISHED,
    IN_PROGRESS,
    BestResult,
    Store,
    StoreError,
    UnknownAttempt,
    UnknownProfile,
)
from tests.answering import record as answer

# -- profiles -------------------------------------------------------------------


def test_add_profile_strips_and_lists_by_name(store: Store) -> None:
    zoe = store.add_profile("  Zoë  ")
    assert zoe.name == "Zoë"
    assert zoe.created_at == "2026-11-28T07:15:30Z"
    assert zoe.last_used_at is None
    store.add_profile("ana")
    store.add_profile("Ben   Okafor")
    assert [p.name for p in store.profiles()] == ["ana", "Ben Okafor", "Zoë"]


@pytest.mark.parametrize("same", ["ANA", " ana ", "Ana", "aNa\t"])
def test_profile_names_are_unique_case_insensitively(store: Store, same: str) -> None:
    store.add_profile("Ana")
    with pytest.raises(ValueError, match="already a student called"):
        store.add_profile(same)
    assert len(store.profiles()) == 1


def test_unique_names_in_any_alphabet(store: Store) -> None:
    store.add_profile("Straße")
    with pytest.raises(ValueError):
        store.add_profile("STRASSE")
    store.add_profile("Ηλίας")
    with pytest.raises(ValueError):
        store.add_profile("ΗΛΊΑΣ")


@pytest.mark.parametrize("empty", ["", "   ", "\t\n"])
def test_empty_name_is_rejected_plainly(store: Store, empty: str) -> None:
    with pytest.raises(ValueError, match="Please type a name"):
        store.add_profile(empty)


def test_overlong_name_is_rejected(store: Store) -> None:
    with pytest.raises(ValueError, match="at most 60 characters"):
        store.add_profile("x" * 61)
    assert store.add_profile("x" * 60).name == "x" * 60


def test_last_profile_and_touch(store: Store, clock) -> None:
    assert store.last_profile() is None
    ana = store.add_profile("Ana")
    ben = store.add_profile("Ben")
    assert store.last_profile() is None  # adding is not using
    store.touch_profile(ben.id)
    store.touch_profile(ana.id)  # in the same second: the order of touches still counts
    assert store.last_profile().id == ana.id
    clock.advance(minutes=5)
    store.touch_profile(ben.id)
    last = store.last_profile()
    assert last.id == ben.id and last.last_used_at == "2026-11-28T07:20:30Z"
    with pytest.raises(UnknownProfile):
        store.touch_profile(999)


def test_last_profile_survives_reopen(db_path: Path, clock) -> None:
    with Store.open(db_path, clock=clock) as store:
        store.touch_profile(store.add_profile("Ana").id)
    with Store.open(db_path, clock=clock) as store:
        assert store.last_profile().name == "Ana"


# -- attempts -------------------------------------------------------------------


def test_attempt_lifecycle(store: Store, clock) -> None:
    ana = store.add_profile("Ana")
    attempt_id = store.start_attempt(ana.id, "gulf", "Workers in the Gulf", 42, ["q3", "q1", "q2"], 3.0)
    record = store.attempt(attempt_id)
    assert record.status == IN_PROGRESS
    assert record.question_ids == ("q3", "q1", "q2")
    assert record.seed == 42 and record.max_score == 3.0
    assert record.started_at == record.last_activity_at == "2026-11-28T07:15:30Z"
    assert record.finished_at is None and record.score is None and record.passed is None

    clock.advance(seconds=20)
    answer(store, attempt_id, "q3", ["Kuwait"], True, 1.0, 1.0, 20.0)
    clock.advance(seconds=10)
    answer(store, attempt_id, "q1", ["Tier 2", "Tier 3"], False, 0.0, 1.0, 9.5)
    assert store.attempt(attempt_id).last_activity_at == "2026-11-28T07:16:00Z"
    clock.advance(seconds=30)
    store.finish_attempt(attempt_id, 1.0, 3.0, 33.3, False)

    record = store.attempt(attempt_id)
    assert record.status == FINISHED
    assert record.finished_at == "2026-11-28T07:16:30Z"
    assert (record.score, record.max_score, record.percent, record.passed) == (1.0, 3.0, 33.3, False)
    assert [(a.question_id, a.chosen, a.correct) for a in record.answers] == [
        ("q3", ("Kuwait",), True),
        ("q1", ("Tier 2", "Tier 3"), False),
    ]
    assert record.answers[1].seconds == 9.5
    assert record.answers[1].answered_at == "2026-11-28T07:16:00Z"

    with pytest.raises(StoreError, match="already finished"):
        answer(store, attempt_id, "q2", ["x"], True, 1, 1, 1)
    with pytest.raises(StoreError, match="already finished"):
        store.finish_attempt(attempt_id, 1, 3, 33.3, False)
    with pytest.raises(StoreError):
        store.abandon_attempt(attempt_id)


def test_finished_attempt_is_on_disk_when_finish_returns(db_path: Path, store: Store) -> None:
    ana = store.add_profile("Ana")
    attempt_id = store.start_attempt(ana.id, "l", "L", 1, ["q"], 1)
    answer(store, attempt_id, "q", ["a"], True, 1, 1, 1)
    store.finish_attempt(attempt_id, 1, 1, 100.0, True)
    other = sqlite3.connect(db_path)  # another connection sees it: committed
    assert other.execute("SELECT status, score FROM attempts").fetchall() == [("finished", 1.0)]
    assert other.execute("SELECT count(*) FROM answers").fetchone()[0] == 1
    other.close()


def test_abandon(store: Store) -> None:
    ana = store.add_profile("Ana")
    attempt_id = store.start_attempt(ana.id, "l", "L", 1, ["q"], 1)
    answer(store, attempt_id, "q", ["a"], True, 1, 1, 1)
    store.abandon_attempt(attempt_id)
    record = store.attempt(attempt_id)
    assert record.status == ABANDONED and record.finished_at is None
    assert len(record.answers) == 1  # answers are kept
    assert store.unfinished_attempt(ana.id, "l") is None


def test_unknown_ids(store: Store) -> None:
    with pytest.raises(UnknownAttempt):
        store.attempt(12)
    with pytest.raises(UnknownAttempt):
        answer(store, 12, "q", ["a"], True, 1, 1, 1)
    with pytest.raises(UnknownAttempt):
        store.finish_attempt(12, 1, 1, 100, True)
    with pytest.raises(UnknownProfile):
        store.start_attempt(77, "l", "L", 1, ["q"], 1)
    with pytest.raises(LookupError):  # UnknownAttempt is a LookupError too
        store.attempt(12)


def test_chosen_must_be_indices_of_the_question_s_choices(store: Store) -> None:
    ana = store.add_profile("Ana")
    attempt_id = store.start_attempt(ana.id, "l", "L", 1, ["q"], 1)
    question = Question(id="q", prompt="Which?", choices=(Choice("Yes", correct=True), Choice("No")))
    for chosen in ("Yes", [2], [-1], ["Yes"]):
        with pytest.raises(ValueError, match="indices of the choices of question q"):
            store.record_answer(attempt_id, question, chosen, True, 1, 1, 1)
    assert store.connection.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert store.connection.execute("SELECT count(*) FROM statements").fetchone()[0] == 0
    store.record_answer(attempt_id, question, [1], False, 0, 1, 1)
    assert store.attempt(attempt_id).answers[0].chosen == ("No",)


def test_unfinished_attempt_returns_latest_answers(store: Store, clock) -> None:
    ana = store.add_profile("Ana")
    ben = store.add_profile("Ben")
    assert store.unfinished_attempt(ana.id, "gulf") is None
    attempt_id = store.start_attempt(ana.id, "gulf", "Gulf", 9, ["q1", "q2", "q3"], 3)
    store.start_attempt(ben.id, "gulf", "Gulf", 1, ["q1"], 1)  # someone else's
    store.start_attempt(ana.id, "other", "Other", 1, ["q1"], 1)  # another lesson
    answer(store, attempt_id, "q2", ["wrong"], False, 0, 1, 4)
    answer(store, attempt_id, "q1", ["right"], True, 1, 1, 3)
    clock.advance(seconds=5)
    answer(store, attempt_id, "q2", ["right", "also"], True, 1, 1, 6)  # a re-answer

    record = store.unfinished_attempt(ana.id, "gulf")
    assert record is not None and record.id == attempt_id and record.seed == 9
    assert [(a.question_id, a.chosen) for a in record.answers] == [
        ("q1", ("right",)),
        ("q2", ("right", "also")),
    ]
    assert record.answers_by_question["q2"].answered_at == "2026-11-28T07:15:35Z"
    # the first answer to q2 is still stored: rows are appended, never rewritten
    count = store.connection.execute("SELECT count(*) FROM answers WHERE attempt_id = ?", (attempt_id,))
    assert count.fetchone()[0] == 3


def test_starting_again_abandons_the_older_attempt_in_progress(store: Store) -> None:
    ana = store.add_profile("Ana")
    first = store.start_attempt(ana.id, "gulf", "Gulf", 1, ["q1"], 1)
    second = store.start_attempt(ana.id, "gulf", "Gulf", 2, ["q1"], 1)
    assert store.attempt(first).status == ABANDONED
    assert store.unfinished_attempt(ana.id, "gulf").id == second


def test_best_results(store: Store, clock) -> None:
    ana = store.add_profile("Ana")
    ben = store.add_profile("Ben")

    def run(profile: int, lesson: str, percent: float | None, passed: bool = False) -> int:
        clock.advance(minutes=1)
        attempt_id = store.start_attempt(profile, lesson, lesson.title(), 1, ["q1", "q2", "q3", "q4"], 4)
        if percent is not None:
            store.finish_attempt(attempt_id, percent / 25, 4, percent, passed)
        return attempt_id

    run(ana.id, "gulf", 50.0)
    run(ana.id, "gulf", 75.0, passed=True)
    run(ana.id, "gulf", 25.0)  # worse later: the best stays, passed stays
    abandoned = run(ana.id, "gulf", None)
    clock.advance(minutes=1)
    store.abandon_attempt(abandoned)
    run(ana.id, "tiers", None)  # only started
    run(ben.id, "gulf", 100.0, passed=True)

    results = store.best_results(ana.id)
    assert results == {
        "gulf": BestResult(
            best_percent=75.0, passed=True, attempts=3, last_activity="2026-11-28T07:20:30Z",
            best_score=3.0, max_score=4.0, lesson_title="Gulf",
        ),
        "tiers": BestResult(
            best_percent=None, passed=False, attempts=0, last_activity="2026-11-28T07:21:30Z",
            best_score=None, max_score=None, lesson_title="Tiers",
        ),
    }
    assert store.best_results(ben.id)["gulf"].best_percent == 100.0
    assert store.best_results(999) == {}


def test_records_are_frozen(store: Store) -> None:
    ana = store.add_profile("Ana")
    with pytest.raises(AttributeError):
        ana.name = "Eve"  # type: ignore[misc]


def test_settings_round_trip(store: Store) -> None:
    assert store.get_setting("k") is None
    store.set_setting("k", "1")
    store.set_setting("k", "2")
    assert store.get_setting("k") == "2"
