"""The statements the store writes, checked against docs/classroom.md (/work/shared/design/classroom.md)."""

from __future__ import annotations

import json
import re
import uuid

import pytest

from lessonapp.classroom import statements
from lessonapp.content.model import Choice, Question
from lessonapp.store import Store

from .conftest import SCHOOL

BASE = SCHOOL + "/lessonapp"
SINGLE = Question(
    id="q-where", prompt="Where do the workers go?",
    choices=(Choice("Qatar"), Choice("Kuwait", correct=True), Choice("Peru"), Choice("Chad", correct=True)),
    type="multiple",
)
TRUE_FALSE = Question(
    id="q-tier", prompt="Tier 3 is the lowest tier.", type="true_false", answer=True,
    choices=(Choice("True", correct=True), Choice("False")),
)


def bodies(store: Store) -> list[dict]:
    return [json.loads(body) for (body,) in store.connection.execute("SELECT body FROM statements ORDER BY rowid")]


def start(store: Store, name: str = "Lucía Fernández", practice: bool = False) -> int:
    profile = store.add_profile(name)
    return store.start_attempt(profile.id, "gulf", "Workers in the Gulf", 1, ["q-where", "q-tier"], 2.0,
                               practice=practice, course_id="north-korea", language="es")


def assert_common(statement: dict, store: Store, registration: str) -> None:
    assert uuid.UUID(statement["id"]).version == 4
    assert statement["actor"] == {
        "objectType": "Agent", "name": "Lucía Fernández",
        "account": {"homePage": SCHOOL, "name": "lucía fernández"},
    }
    assert "mbox" not in json.dumps(statement)
    assert statement["timestamp"] == "2026-11-28T07:15:30Z"
    context = statement["context"]
    assert context["registration"] == registration
    assert context["platform"] == "lessonapp" and context["language"] == "es"
    assert context["contextActivities"]["grouping"] == [
        {"objectType": "Activity", "id": BASE + "/courses/north-korea",
         "definition": {"type": "http://adlnet.gov/expapi/activities/course"}}
    ]
    assert context["extensions"] == {statements.EXTENSION_MACHINE: store.machine_id,
                                     statements.EXTENSION_PRACTICE: False}


def test_answered_for_a_choice_question(store: Store) -> None:
    attempt_id = start(store)
    store.record_answer(attempt_id, SINGLE, {3, 1}, True, 1.0, 1.0, 12.25)
    (statement,) = bodies(store)
    registration = store.attempt(attempt_id).uuid
    assert_common(statement, store, registration)
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert statement["object"] == {
        "objectType": "Activity",
        "id": BASE + "/lessons/gulf/questions/q-where",
        "definition": {
            "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
            "description": {"es": "Where do the workers go?"},
            "interactionType": "choice",
            "choices": [{"id": "a", "description": {"es": "Qatar"}}, {"id": "b", "description": {"es": "Kuwait"}},
                        {"id": "c", "description": {"es": "Peru"}}, {"id": "d", "description": {"es": "Chad"}}],
            "correctResponsesPattern": ["b[,]d"],
        },
    }
    assert statement["result"] == {
        "response": "b[,]d", "success": True, "score": {"raw": 1.0, "min": 0, "max": 1.0, "scaled": 1.0},
        "duration": "PT12.25S",
    }
    assert statement["context"]["contextActivities"]["parent"] == [
        {"objectType": "Activity", "id": BASE + "/lessons/gulf",
         "definition": {"type": "http://adlnet.gov/expapi/activities/lesson", "name": {"es": "Workers in the Gulf"}}}
    ]


def test_answered_for_a_true_false_question(store: Store) -> None:
    attempt_id = start(store)
    store.record_answer(attempt_id, TRUE_FALSE, [1], False, 0.0, 1.0, 3)
    (statement,) = bodies(store)
    definition = statement["object"]["definition"]
    assert definition["interactionType"] == "true-false"
    assert definition["correctResponsesPattern"] == ["true"]
    assert "choices" not in definition
    assert statement["result"]["response"] == "false" and statement["result"]["success"] is False
    assert statement["result"]["score"] == {"raw": 0.0, "min": 0, "max": 1.0, "scaled": 0.0}


def test_finishing_gives_completed_then_passed_or_failed(store: Store) -> None:
    attempt_id = start(store)
    store.record_answer(attempt_id, SINGLE, [1], False, 0.5, 1.0, 2, elapsed=40.0)
    store.finish_attempt(attempt_id, 1.5, 2.0, 75.0, True, elapsed=61.5)
    _, completed, passed = bodies(store)
    registration = store.attempt(attempt_id).uuid
    for statement in (completed, passed):
        assert_common(statement, store, registration)
        assert statement["object"] == {
            "objectType": "Activity", "id": BASE + "/lessons/gulf",
            "definition": {"type": "http://adlnet.gov/expapi/activities/lesson", "name": {"es": "Workers in the Gulf"}},
        }
        assert statement["result"] == {
            "score": {"raw": 1.5, "min": 0, "max": 2.0, "scaled": 0.75},
            "success": True, "completion": True, "duration": "PT61.50S",
        }
        assert "parent" not in statement["context"]["contextActivities"]
    assert completed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"
    assert passed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert completed["id"] != passed["id"]


def test_a_failed_attempt_says_failed(store: Store) -> None:
    attempt_id = start(store)
    store.finish_attempt(attempt_id, 0.0, 2.0, 0.0, False)
    assert [s["verb"]["id"].rsplit("/", 1)[1] for s in bodies(store)] == ["completed", "failed"]
    assert bodies(store)[1]["result"]["success"] is False


def test_a_practice_attempt_is_completed_but_never_passed(store: Store) -> None:
    attempt_id = start(store, practice=True)
    store.finish_attempt(attempt_id, 2.0, 2.0, 100.0, True)
    (completed,) = bodies(store)
    assert completed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"
    assert "success" not in completed["result"]
    assert completed["context"]["extensions"][statements.EXTENSION_PRACTICE] is True


def test_abandoning_gives_terminated(store: Store) -> None:
    attempt_id = start(store)
    store.record_answer(attempt_id, SINGLE, [0], False, 0, 1, 2, elapsed=9.0)
    store.abandon_attempt(attempt_id)
    terminated = bodies(store)[-1]
    assert terminated["verb"]["id"] == "http://adlnet.gov/expapi/verbs/terminated"
    assert terminated["object"]["id"] == BASE + "/lessons/gulf"
    assert terminated["result"] == {"duration": "PT9S"}
    assert_common(terminated, store, store.attempt(attempt_id).uuid)


def test_starting_again_terminates_the_attempt_it_abandons(store: Store) -> None:
    first = start(store)
    profile_id = store.attempt(first).profile_id
    store.start_attempt(profile_id, "gulf", "Workers in the Gulf", 2, ["q-where"], 1.0)
    (terminated,) = bodies(store)
    assert terminated["verb"]["id"].endswith("/terminated")
    assert terminated["context"]["registration"] == store.attempt(first).uuid


def test_every_statement_has_what_an_lrs_requires_and_ids_are_made_once(store: Store) -> None:
    attempt_id = start(store)
    store.record_answer(attempt_id, SINGLE, [1], True, 1, 1, 1)
    store.record_answer(attempt_id, SINGLE, [1], True, 1, 1, 1)  # the same answer again: its own statement
    store.finish_attempt(attempt_id, 2, 2, 100, True)
    kept = bodies(store)
    assert len({s["id"] for s in kept}) == len(kept) == 4
    for statement in kept:
        assert {"id", "actor", "verb", "object", "timestamp"} <= statement.keys()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", statement["timestamp"])
    rows = store.connection.execute("SELECT id, registration, origin, body FROM statements").fetchall()
    assert all(row[0] == json.loads(row[3])["id"] and row[2] == "local" for row in rows)
    assert {row[1] for row in rows} == {store.attempt(attempt_id).uuid}


@pytest.mark.parametrize(("index", "expected"), [(0, "a"), (1, "b"), (25, "z"), (26, "aa"), (27, "ab"), (52, "ba")])
def test_choice_ids_follow_the_file_order(index: int, expected: str) -> None:
    assert statements.choice_id(index) == expected


def test_the_account_name_is_the_stored_name_nfc_and_casefolded() -> None:
    decomposed = "Lucí\u0301a".replace("í\u0301", "i\u0301")  # i + combining acute: NFD
    assert statements.account_name(decomposed) == "lucía"
    assert statements.account_name("STRASSE Straße") == "strasse strasse"


def test_ids_with_odd_characters_stay_valid_iris() -> None:
    assert statements.question_iri(SCHOOL, "a lesson", "q/1") == BASE + "/lessons/a%20lesson/questions/q%2F1"
    assert statements.activity_base("https://school.example.org/") == BASE


def test_without_a_school_the_default_is_used(tmp_path) -> None:
    with Store.open(tmp_path / "scores.db") as store:
        attempt_id = store.start_attempt(store.add_profile("Ana").id, "gulf", "Gulf", 1, ["q-where"], 1.0)
        store.record_answer(attempt_id, SINGLE, [1], False, 0, 1, 1)
        (statement,) = bodies(store)
    assert statement["actor"]["account"]["homePage"] == statements.DEFAULT_SCHOOL == "https://lessonapp.invalid"
    assert statement["object"]["id"].startswith("https://lessonapp.invalid/lessonapp/lessons/gulf/")
