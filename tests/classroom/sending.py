"""What the sending tests share: a store with answers waiting, and counting
what reached the LRS by statement id and registration."""

from __future__ import annotations

import json
from collections import Counter

from lessonapp.content.model import Choice, Question
from lessonapp.store import Store

QUESTIONS = [
    Question(id=f"q{n}", prompt=f"Question {n}?", choices=(Choice("Yes", correct=True), Choice("No"), Choice("Maybe")))
    for n in range(1, 11)
]


def answer(store: Store, count: int, name: str = "Ana", finish: bool = True) -> None:
    """`count` answers, in attempts of ten questions; each full attempt finished
    (completed + passed/failed statements too) when finish is true."""
    profile = next((p for p in store.profiles() if p.name == name), None) or store.add_profile(name)
    done = 0
    while done < count:
        take = min(10, count - done)
        attempt = store.start_attempt(profile.id, "basics", "Basics", 7, [q.id for q in QUESTIONS], 10,
                                      course_id="test-course")
        for n in range(take):
            right = n % 3 != 0
            store.record_answer(attempt, QUESTIONS[n], [0 if right else 1], right, float(right), 1.0, 4.5)
        if finish and take == 10:
            store.finish_attempt(attempt, 7.0, 10.0, 70.0, True)
        done += take


def local_statements(store: Store) -> dict[str, dict]:
    rows = store.connection.execute("SELECT id, body FROM statements WHERE origin = 'local'")
    return {statement_id: json.loads(body) for statement_id, body in rows}


def reached(lrs_statements: list[dict], mine: dict[str, dict]) -> Counter:
    """How many times each of my statements is in the LRS, by (id, registration)."""
    return Counter((s["id"], s["context"]["registration"]) for s in lrs_statements if s["id"] in mine)


def assert_each_once(lrs_statements: list[dict], store: Store) -> None:
    mine = {i: s for i, s in local_statements(store).items()}
    aside = {row[0] for row in store.outbox_status().set_aside}
    counts = reached(lrs_statements, mine)
    expected = {(i, s["context"]["registration"]) for i, s in mine.items() if i not in aside}
    assert set(counts) == expected, f"{len(expected - set(counts))} missing, {len(set(counts) - expected)} extra"
    assert set(counts.values()) <= {1}
    assert store.outbox_status().waiting == 0
