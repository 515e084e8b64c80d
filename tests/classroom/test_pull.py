"""Pulling the class's statements from a real LRS (tests/lrs) into the teacher's
data folder: every machine's attempts once, from where the last pull ended,
including statements that reach the LRS late with old timestamps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from lessonapp.classroom.lrs import LrsClient
from lessonapp.classroom.pull import POSITION_KEY, pull
from lessonapp.classroom.sender import send_waiting
from lessonapp.store import Store, export_attempts
from tests.classroom.conftest import SCHOOL
from tests.classroom.sending import answer
from tests.lrs import LrsProxy


def client(endpoint: str) -> LrsClient:
    return LrsClient(endpoint, "kiosk-7", "pw", timeout=10)


def machine(tmp_path, name: str, clock=None) -> Store:
    return Store.open(tmp_path / name / "scores.db", school=SCHOOL, clock=clock)


def attempts(store: Store) -> dict[str, dict]:
    return {row["attempt_id"]: row for row in _rows(store)}


def _rows(store: Store) -> list[dict]:
    import csv
    import io

    out = io.StringIO()
    export_attempts(store, "csv", out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_the_teacher_pulls_every_machines_attempts_once(tmp_path, own_lrs, monkeypatch):
    own_lrs.start()
    kiosks = [machine(tmp_path, f"kiosk-{n}") for n in range(2)]
    for n, kiosk in enumerate(kiosks):
        answer(kiosk, 20, name=("Ana", "Ben")[n])
        assert send_waiting(kiosk, client(own_lrs.endpoint)).waiting == 0
    teacher = machine(tmp_path, "teacher")
    result = pull(teacher, client(own_lrs.endpoint), page_size=7)
    assert result.error is None and result.problems == []
    assert (result.fetched, result.merged, result.rejected) == (48, 48, 0)
    expected = {}
    for kiosk in kiosks:
        expected.update(attempts(kiosk))
    got = attempts(teacher)
    assert set(got) == set(expected) and len(got) == 4
    for attempt_id, row in expected.items():
        assert got[attempt_id]["machine"] == row["machine"] and got[attempt_id]["score"] == row["score"]
    assert teacher.get_setting(POSITION_KEY)
    again = pull(teacher, client(own_lrs.endpoint))
    assert (again.merged, again.already_here) == (0, again.fetched)  # the overlap: fetched again, merged once
    assert attempts(teacher) == got
    monkeypatch.setattr("lessonapp.classroom.pull.OVERLAP", timedelta(0))
    assert pull(teacher, client(own_lrs.endpoint)).fetched == 0  # from where the last pull ended


def test_results_that_reach_the_lrs_late_with_old_timestamps_are_pulled(tmp_path, own_lrs):
    """A kiosk offline for a week sends last week's answers after the teacher's
    last pull: the pull goes by the LRS's stored time, so it fetches them."""
    own_lrs.start()
    week_ago = datetime.now(timezone.utc) - timedelta(days=7)
    offline = machine(tmp_path, "offline", clock=lambda: week_ago)
    answer(offline, 10, name="Chloé")
    online = machine(tmp_path, "online")
    answer(online, 10, name="Dan")
    send_waiting(online, client(own_lrs.endpoint))
    teacher = machine(tmp_path, "teacher")
    assert pull(teacher, client(own_lrs.endpoint)).merged == 12
    send_waiting(offline, client(own_lrs.endpoint))  # a week late
    late = pull(teacher, client(own_lrs.endpoint))
    assert late.merged == 12 and late.error is None
    assert set(attempts(teacher)) == set(attempts(offline)) | set(attempts(online))


def test_other_tools_statements_in_the_lrs_are_left_alone(tmp_path, shared_lrs):
    import json
    import uuid

    other = {"id": str(uuid.uuid4()), "actor": {"mbox": "mailto:someone@example.org"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
             "object": {"id": "https://elsewhere.example.org/video"}}
    client(shared_lrs.endpoint).post_statements([json.dumps(other)])
    teacher = machine(tmp_path, "teacher")
    result = pull(teacher, client(shared_lrs.endpoint))
    assert result.not_ours >= 1 and result.problems == [] and result.rejected == 0


def test_a_pull_cut_short_goes_on_from_where_it_ended(tmp_path, own_lrs):
    own_lrs.start()
    kiosk = machine(tmp_path, "kiosk")
    answer(kiosk, 50)
    send_waiting(kiosk, client(own_lrs.endpoint))
    proxy = LrsProxy(own_lrs.port)
    gets = []

    def fail_third_page(method, path, body):
        gets.append(path)
        return (503, b'{"message": "busy"}') if len(gets) == 3 else None

    proxy.fault = fail_third_page
    try:
        teacher = machine(tmp_path, "teacher")
        first = pull(teacher, client(proxy.endpoint), page_size=10)
        assert first.error and "503: busy" in first.error and first.merged == 20
        rest = pull(teacher, client(proxy.endpoint), page_size=10)
        assert rest.error is None and first.merged + rest.merged == 60
        assert set(attempts(teacher)) == set(attempts(kiosk))
    finally:
        proxy.close()


@pytest.mark.parametrize(("stored", "expected"), [
    ("2026-12-01T22:25:32.807Z", "2026-12-01T22:25:32.807Z"),
    ("2026-12-01T22:25:32Z", "2026-12-01T22:25:32.000Z"),
    ("2026-12-01T23:25:32.123456789+01:00", "2026-12-01T22:25:32.123Z"),
])
def test_stored_times_in_every_iso_form(stored, expected):
    from lessonapp.classroom.pull import _parse, _text

    assert _text(_parse(stored)) == expected
