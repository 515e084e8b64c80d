"""Teacher reports on a small class with figures worked out by hand."""

from __future__ import annotations

import random

import pytest

from lessonapp.store import (
    FINISHED,
    IN_PROGRESS,
    ItemStats,
    OverviewRow,
    Store,
    attempt_answers,
    class_overview,
    item_analysis,
    student_history,
)
from lessonapp.store.queries import LESSON_SUMMARY
from tests.answering import record

Q = ["q1", "q2", "q3", "q4"]


@pytest.fixture
def school(store: Store, clock) -> dict[str, int]:
    """Ana: gulf 2/4 then 4/4 (passed). Ben: gulf 1/4; tiers in progress.

    Every action moves the clock on one minute from 07:15:30.
    """

    def answer(attempt: int, qid: str, chosen: list[str], correct: bool, seconds: float) -> None:
        clock.advance(minutes=1)
        record(store, attempt, qid, chosen, correct, 1.0 if correct else 0.0, 1.0, seconds)

    def start(profile: int, lesson: str, title: str) -> int:
        clock.advance(minutes=1)
        return store.start_attempt(profile, lesson, title, 1, Q, 4.0)

    def finish(attempt: int, score: float, passed: bool) -> None:
        clock.advance(minutes=1)
        store.finish_attempt(attempt, score, 4.0, score * 25, passed)

    ana = store.add_profile("Ana").id
    ben = store.add_profile("ben").id

    a1 = start(ana, "gulf", "The Gulf")  # 07:16:30
    answer(a1, "q1", ["Kuwait"], True, 10)
    answer(a1, "q2", ["Tier 1"], False, 20)
    answer(a1, "q3", ["A", "B"], False, 30)
    answer(a1, "q4", ["x"], True, 40)
    finish(a1, 2.0, False)  # 07:21:30

    a2 = start(ana, "gulf", "The Gulf")  # 07:22:30
    answer(a2, "q1", ["Kuwait"], True, 6)
    answer(a2, "q2", ["Tier 3"], False, 50)  # answered again below: this row no longer counts
    answer(a2, "q2", ["Tier 2"], True, 4)
    answer(a2, "q3", ["A", "C"], True, 8)
    answer(a2, "q4", ["x"], True, 2)
    finish(a2, 4.0, True)  # 07:28:30

    b1 = start(ben, "gulf", "The Gulf (2nd edition)")  # 07:29:30
    answer(b1, "q1", ["Qatar"], False, 12)
    answer(b1, "q2", ["Tier 1"], False, 14)
    answer(b1, "q3", ["B", "A"], False, 16)  # the same wrong set as Ana's, in another order
    answer(b1, "q4", ["x"], True, 18)
    finish(b1, 1.0, False)  # 07:34:30

    b2 = start(ben, "tiers", "Tiers")  # 07:35:30
    answer(b2, "q1", ["Tier 2"], True, 5)  # 07:36:30
    return {"ana": ana, "ben": ben, "a1": a1, "a2": a2, "b1": b1, "b2": b2}


def test_class_overview(store: Store, school: dict[str, int]) -> None:
    assert class_overview(store) == [
        OverviewRow(school["ana"], "Ana", "gulf", "The Gulf", 4.0, 4.0, 100.0, 2, True,
                    "2026-11-28T07:28:30Z"),
        OverviewRow(school["ben"], "ben", "gulf", "The Gulf (2nd edition)", 1.0, 4.0, 25.0, 1, False,
                    "2026-11-28T07:34:30Z"),
        OverviewRow(school["ben"], "ben", "tiers", "Tiers", None, None, None, 0, False,
                    "2026-11-28T07:36:30Z"),
    ]


def test_class_overview_of_one_lesson(store: Store, school: dict[str, int]) -> None:
    rows = class_overview(store, "tiers")
    assert [(r.student, r.lesson_id, r.attempts) for r in rows] == [("ben", "tiers", 0)]
    assert class_overview(store, "nothing") == []


def test_student_history(store: Store, school: dict[str, int]) -> None:
    history = student_history(store, school["ben"])
    assert [(h.id, h.lesson_id, h.status, h.percent) for h in history] == [
        (school["b1"], "gulf", FINISHED, 25.0),
        (school["b2"], "tiers", IN_PROGRESS, None),
    ]
    assert history[0].started_at == "2026-11-28T07:29:30Z"
    assert history[0].finished_at == "2026-11-28T07:34:30Z"


def test_attempt_answers_take_the_latest(store: Store, school: dict[str, int]) -> None:
    answers = attempt_answers(store, school["a2"])
    assert [(a.question_id, a.chosen, a.correct, a.seconds) for a in answers] == [
        ("q1", ("Kuwait",), True, 6.0),
        ("q2", ("Tier 2",), True, 4.0),
        ("q3", ("A", "C"), True, 8.0),
        ("q4", ("x",), True, 2.0),
    ]


def test_item_analysis(store: Store, school: dict[str, int]) -> None:
    stats = item_analysis(store, "gulf")
    assert stats == [
        ItemStats("q1", 3, 2, pytest.approx(2 / 3), ("Qatar",), 1, pytest.approx(28 / 3)),
        ItemStats("q2", 3, 1, pytest.approx(1 / 3), ("Tier 1",), 2, pytest.approx(38 / 3)),
        ItemStats("q3", 3, 1, pytest.approx(1 / 3), ("A", "B"), 2, pytest.approx(18.0)),
        ItemStats("q4", 3, 3, 1.0, None, 0, pytest.approx(20.0)),
    ]


def test_item_analysis_counts_unfinished_attempts_unless_told(store: Store, school: dict[str, int]) -> None:
    assert [(s.question_id, s.answered) for s in item_analysis(store, "tiers")] == [("q1", 1)]
    assert item_analysis(store, "tiers", finished_only=True) == []


def _random_class(store: Store, seed: int) -> list[dict]:
    """Attempts written straight into the table (every status, practice, ties in percent, no percent,
    titles that changed, three machines); returns them as dicts."""
    rng = random.Random(seed)
    profiles = [store.add_profile(f"Student {n}").id for n in range(6)]
    machines = [store.machine_id, "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"]
    rows = []
    for n in range(1, 400):
        status = rng.choice(["finished", "finished", "finished", "abandoned", "in_progress"])
        done = status == "finished"
        percent = rng.choice([None, 0.0, 50.0, 50.0, 75.0, 100.0]) if done else None
        rows.append({
            "id": n, "profile_id": rng.choice(profiles), "lesson_id": rng.choice(["gulf", "tiers", "wages"]),
            "lesson_title": rng.choice(["The Gulf", "Tiers", "Wages, 2nd edition"]), "status": status,
            "practice": int(rng.random() < 0.2), "percent": percent,
            "score": None if percent is None else percent / 25, "max_score": 4.0,
            "passed": int(percent is not None and percent >= 75) if done else None,
            "last_activity_at": f"2026-11-{rng.randrange(1, 29):02d}T08:00:00Z", "machine": rng.choice(machines),
        })
    store.connection.executemany(
        "INSERT INTO attempts (id, profile_id, lesson_id, lesson_title, seed, question_ids, started_at, "
        "last_activity_at, score, max_score, percent, passed, status, practice, uuid, machine) VALUES (:id, "
        ":profile_id, :lesson_id, :lesson_title, 0, '[]', :last_activity_at, :last_activity_at, :score, :max_score, "
        ":percent, :passed, :status, :practice, 'uuid-' || :id, :machine)",
        rows,
    )
    return rows


def _reference_overview(store: Store, attempts: list[dict], lesson_id=None, machine=None) -> list[OverviewRow]:
    """The overview as docs/teacher.md defines it, worked out in Python from the attempts."""
    names = {p.id: p.name for p in store.profiles()}
    groups: dict[tuple[int, str], list[dict]] = {}
    for a in attempts:
        if lesson_id in (None, a["lesson_id"]) and machine in (None, a["machine"]):
            groups.setdefault((a["profile_id"], a["lesson_id"]), []).append(a)
    rows = []
    for (profile_id, lesson), group in groups.items():
        counted = [a for a in group if a["status"] == "finished" and not a["practice"]]
        best = max(counted, key=lambda a: (a["percent"] is not None, a["percent"] or 0, a["id"]), default=None)
        percents = [a["percent"] for a in counted if a["percent"] is not None]
        rows.append(OverviewRow(
            profile_id, names[profile_id], lesson, max(group, key=lambda a: a["id"])["lesson_title"],
            best and best["score"], best and best["max_score"], max(percents, default=None), len(counted),
            any(a["passed"] for a in counted), max(a["last_activity_at"] for a in group),
        ))
    return sorted(rows, key=lambda r: (r.student.casefold(), r.profile_id, r.lesson_id))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_class_overview_equals_the_plain_definition(store: Store, seed: int) -> None:
    attempts = _random_class(store, seed)
    assert class_overview(store) == _reference_overview(store, attempts)
    assert class_overview(store, "tiers") == _reference_overview(store, attempts, lesson_id="tiers")
    for machine in {a["machine"] for a in attempts}:
        assert class_overview(store, machine=machine) == _reference_overview(store, attempts, machine=machine)
        assert class_overview(store, "gulf", machine=machine) == _reference_overview(store, attempts, "gulf", machine)


def test_class_overview_reads_no_attempt_row(store: Store, school: dict[str, int]) -> None:
    """Every look-up into attempts is in the covering index (attempts_overview), never the rows,
    which a merged class spreads over gigabytes of statements."""
    sql = "SELECT * FROM (" + LESSON_SUMMARY.format(where="1", best="") + ")"
    plan = [row[3] for row in store.connection.execute("EXPLAIN QUERY PLAN " + sql)]
    reads = [step for step in plan if step.split()[:2] in (["SCAN", "attempts"], ["SEARCH", "attempts"],
                                                           ["SEARCH", "t"], ["SEARCH", "b"])]
    assert len(reads) == 4, plan  # the groups, the latest attempt, the best one, and the search for it
    assert all("COVERING INDEX attempts_overview" in step for step in reads), plan
