"""Merging statements from other machines (docs/classroom.md): bundles made on
kiosks become rows of the class on the teacher's machine, once, whatever is
imported twice; bad statements are one line each and change nothing."""

from __future__ import annotations

import io
import json
import tracemalloc
import uuid
from pathlib import Path

import pytest

from lessonapp.classroom import merge, statements
from lessonapp.classroom.bundle import bundle_to_path, write_bundle
from lessonapp.classroom.merge import merge_files, merge_statements
from lessonapp.content.model import Choice, Question
from lessonapp.store import Store, class_overview, export_answers, export_attempts, item_analysis, student_history

from .conftest import SCHOOL

Q1 = Question(id="q1", prompt="Where?", choices=(Choice("Kuwait", correct=True), Choice("Peru")))
Q2 = Question(id="q2", prompt="Tier 3 is the lowest.", type="true_false", answer=True,
              choices=(Choice("True", correct=True), Choice("False")))
LESSONS = {"gulf", "tiers"}


def kiosk(path: Path, school: str = SCHOOL) -> Store:
    return Store.open(path, school=school)


def take(store: Store, name: str, *, right: bool, finish: bool = True, lesson: str = "gulf") -> int:
    profiles = {p.name: p.id for p in store.profiles()}
    profile_id = profiles.get(name) or store.add_profile(name).id
    attempt = store.start_attempt(profile_id, lesson, "Workers in the Gulf", 1, ["q1", "q2"], 2.0,
                                  course_id="nk", language="en")
    store.record_answer(attempt, Q1, [0 if right else 1], right, float(right), 1.0, 4.0)
    store.record_answer(attempt, Q2, [0], True, 1.0, 1.0, 2.0)
    if finish:
        score = 1.0 + right
        store.finish_attempt(attempt, score, 2.0, 50.0 * score, score == 2.0, elapsed=6.0)
    return attempt


def bundle_of(store: Store) -> list[str]:
    out = io.StringIO()
    write_bundle(store, out)
    return out.getvalue().splitlines()


def items(lines: list[str], source: str = "kiosk.jsonl"):
    return [(source, n, line) for n, line in enumerate(lines, start=1)]


@pytest.fixture
def room(tmp_path: Path):
    """Two kiosks with results, and the teacher's machine with one student of its own."""
    a, b = kiosk(tmp_path / "a.db"), kiosk(tmp_path / "b.db")
    take(a, "Amira Haddad", right=True)
    take(a, "Tom Becker", right=False)
    take(b, "Amira Haddad", right=False, lesson="tiers")
    take(b, "Jae-won Kim", right=True, finish=False)
    teacher = kiosk(tmp_path / "teacher.db")
    take(teacher, "AMIRA HADDAD", right=True)
    yield a, b, teacher
    for store in (a, b, teacher):
        store.close()


def test_bundles_become_rows_of_the_class_with_their_machine(room) -> None:
    a, b, teacher = room
    report = merge_statements(teacher, items(bundle_of(a)) + items(bundle_of(b), "b.jsonl"), LESSONS)
    assert report.problems == [] and report.rejected == 0
    assert report.merged == len(bundle_of(a)) + len(bundle_of(b)) and report.already_here == 0
    # one profile per student: Amira is the same on every machine (account = name, casefolded)
    assert sorted(p.name for p in teacher.profiles()) == ["AMIRA HADDAD", "Jae-won Kim", "Tom Becker"]
    overview = {(r.student, r.lesson_id): r for r in class_overview(teacher)}
    assert overview[("Tom Becker", "gulf")].best_percent == 50.0
    assert overview[("AMIRA HADDAD", "tiers")].best_percent == 50.0
    assert overview[("AMIRA HADDAD", "gulf")].best_percent == 100.0 and overview[("AMIRA HADDAD", "gulf")].passed
    assert ("Jae-won Kim", "gulf") in overview and overview[("Jae-won Kim", "gulf")].attempts == 0
    amira = next(p.id for p in teacher.profiles() if p.name == "AMIRA HADDAD")
    history = student_history(teacher, amira)
    assert sorted(h.machine for h in history) == sorted([teacher.machine_id, a.machine_id, b.machine_id])
    merged = next(h for h in history if h.machine == a.machine_id)
    original = a.attempt(1)
    assert merged.uuid == original.uuid and merged.status == "finished" and merged.passed is True
    assert (merged.score, merged.max_score, merged.percent) == (2.0, 2.0, 100.0)
    assert merged.started_at == original.started_at and merged.finished_at == original.finished_at
    answers = teacher.attempt(merged.id).answers
    assert [(x.question_id, x.chosen, x.correct, x.points, x.seconds) for x in answers] == [
        ("q1", ("Kuwait",), True, 1.0, 4.0), ("q2", ("True",), True, 1.0, 2.0)]
    tom = {i.question_id: i for i in item_analysis(teacher, "gulf")}["q1"]
    assert (tom.answered, tom.correct, tom.common_wrong) == (4, 3, ("Peru",))  # with Jae-won's, in progress
    in_progress = next(h for h in student_history(teacher, next(p.id for p in teacher.profiles()
                                                                if p.name == "Jae-won Kim")))
    assert in_progress.status == "in_progress" and in_progress.machine == b.machine_id
    # a merged attempt in progress is never resumed on this machine
    assert teacher.unfinished_attempt(in_progress.profile_id, "gulf") is None
    # merged statements are never sent again from here
    assert {json.loads(body)["context"]["registration"] for _, body in teacher.waiting_statements(100)} == {
        h.uuid for h in history if h.machine == teacher.machine_id}


def test_importing_twice_or_overlapping_changes_nothing(room) -> None:
    a, b, teacher = room
    merge_statements(teacher, items(bundle_of(a)), LESSONS)
    before = [teacher.connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("profiles", "attempts", "answers", "statements")]
    again = merge_statements(teacher, items(bundle_of(a)), LESSONS)
    assert (again.merged, again.already_here, again.rejected) == (0, len(bundle_of(a)), 0)
    # the teacher's own statements coming back (from the LRS) are here already too
    own = merge_statements(teacher, [(merge.LRS, None, json.loads(line)) for line in bundle_of(teacher)], LESSONS)
    assert own.merged == 0 and own.rejected == 0
    after = [teacher.connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
             for t in ("profiles", "attempts", "answers", "statements")]
    assert after == before


def test_a_bundle_of_the_teacher_machine_re_exported_carries_the_merged_ones(room, tmp_path) -> None:
    a, b, teacher = room
    merge_statements(teacher, items(bundle_of(a)), LESSONS)
    path = tmp_path / "all.jsonl"
    assert bundle_to_path(teacher, path) == 12 == len(path.read_text(encoding="utf-8").splitlines())
    assert not path.with_name("all.jsonl.part").exists()
    origins = dict(teacher.connection.execute("SELECT origin, count(*) FROM statements GROUP BY origin").fetchall())
    assert origins == {"local": 4, "merged": 8}  # two answers, completed and passed an attempt
    with kiosk(tmp_path / "fresh.db") as fresh:
        report = merge_files(fresh, [path], LESSONS)
        assert report.rejected == 0 and report.merged == 12
        assert class_overview(fresh) == class_overview(teacher)


def test_a_bad_statement_is_one_line_and_the_rest_is_merged(room, tmp_path) -> None:
    a, b, teacher = room
    good = bundle_of(a)
    other_school = json.loads(good[0])
    other_school["id"] = str(uuid.uuid4())
    other_school["actor"]["account"]["homePage"] = "https://other.example.org"
    unknown_lesson = json.loads(good[0])
    unknown_lesson["id"] = str(uuid.uuid4())
    unknown_lesson["object"]["id"] = SCHOOL + "/lessonapp/lessons/cooking/questions/q1"
    no_id = json.loads(good[1])
    del no_id["id"]
    bad_response = json.loads(good[0])
    bad_response["id"] = str(uuid.uuid4())
    bad_response["result"]["response"] = "z"
    lines = [good[0], "this is not JSON", "[1, 2]", json.dumps(other_school), json.dumps(unknown_lesson),
             json.dumps(no_id), json.dumps(bad_response), *good[1:]]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe not utf-8\n")
    report = merge_files(teacher, [path], LESSONS)
    assert report.merged == len(good) and report.rejected == 7
    assert report.problems == [
        f"{path}:2: is not JSON: not a statement",
        f"{path}:3: is not an xAPI statement (a JSON object)",
        f"{path}:4: is another school's (https://other.example.org), not this one's ({SCHOOL})",
        f'{path}:5: is about the lesson "cooking", which this machine does not have',
        f"{path}:6: is not an xAPI statement: it has no id",
        f"{path}:7: has a response naming a choice the question does not have",
        f"{path}:{len(lines) + 1}: is not UTF-8 text: not a statement",
    ]
    ids = {row[0] for row in teacher.connection.execute("SELECT id FROM statements")}
    assert other_school["id"] not in ids and unknown_lesson["id"] not in ids and bad_response["id"] not in ids
    assert "cooking" not in {r.lesson_id for r in class_overview(teacher)}


def test_a_file_that_cannot_be_read_is_one_line(room, tmp_path) -> None:
    _, _, teacher = room
    report = merge_files(teacher, [tmp_path / "missing.jsonl", tmp_path], LESSONS)
    assert report.merged == 0 and report.rejected == 2
    assert report.problems[0].startswith(f"{tmp_path / 'missing.jsonl'}: cannot be read: ")
    assert report.problems[1] == f"{tmp_path}: cannot be read: it is a folder, not a file"


def test_a_huge_garbage_file_is_never_read_into_memory(room, tmp_path) -> None:
    _, _, teacher = room
    path = tmp_path / "garbage.bin"
    with open(path, "wb") as out:  # 40 MB with no line end, then short garbage lines
        chunk = b"x" * (1024 * 1024)
        for _ in range(40):
            out.write(chunk)
        out.write(b"\n" + b"garbage\n" * 200_000)
    tracemalloc.start()
    report = merge_files(teacher, [path], LESSONS)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, f"{peak:,} bytes"
    assert report.merged == 0
    assert report.problems[0] == f"{path}:1: the line is longer than 1 MB: not a statement"
    assert report.problems[-1].startswith(f"{path}: none of its first 50 lines is a statement")
    assert len(report.problems) <= merge.MAX_PROBLEMS_SHOWN + 2
    assert report.rejected == merge.GIVE_UP_AFTER


def test_reading_stops_once_a_file_is_no_bundle(room, tmp_path, monkeypatch) -> None:
    _, _, teacher = room
    path = tmp_path / "garbage.txt"
    path.write_bytes(b"garbage\n" * 100_000)
    read = []
    real = merge.bundle_lines

    def counted(*args):
        for item in real(*args):
            read.append(item[1])
            yield item

    monkeypatch.setattr(merge, "bundle_lines", counted)
    report = merge_files(teacher, [path], LESSONS)
    assert report.rejected == merge.GIVE_UP_AFTER and max(read) <= merge.GIVE_UP_AFTER + 1


def test_an_older_answer_arriving_late_does_not_replace_the_newer_one(tmp_path) -> None:
    with kiosk(tmp_path / "a.db") as a, kiosk(tmp_path / "t.db") as teacher:
        attempt = a.start_attempt(a.add_profile("Ana").id, "gulf", "Gulf", 1, ["q1"], 1.0)
        a.record_answer(attempt, Q1, [1], False, 0, 1, 1)
        lines = bundle_of(a)
        first = json.loads(lines[0])
        later = dict(first, id=str(uuid.uuid4()), timestamp="2030-01-01T00:00:00.123Z",
                     result=dict(first["result"], response="a", success=True))
        merge_statements(teacher, items([json.dumps(later), lines[0]]), LESSONS)
        (row,) = student_history(teacher, teacher.profiles()[0].id)
        assert teacher.attempt(row.id).answers[0].chosen == ("Kuwait",)
        assert row.last_activity_at == "2030-01-01T00:00:00Z"
        assert teacher.connection.execute("SELECT count(*) FROM statements").fetchone()[0] == 2


def test_lrs_items_without_lines_name_the_statement(room) -> None:
    a, _, teacher = room
    statement = json.loads(bundle_of(a)[0])
    statement["verb"]["id"] = "http://adlnet.gov/expapi/verbs/experienced"
    report = merge_statements(teacher, [(merge.LRS, None, statement)], LESSONS)
    assert report.problems == [
        f"LRS: statement {statement['id']}: has a verb lessonapp does not record "
        "(http://adlnet.gov/expapi/verbs/experienced)"
    ]


def test_exports_show_the_merged_results_with_their_machine(room) -> None:
    a, _, teacher = room
    merge_statements(teacher, items(bundle_of(a)), LESSONS)
    out = io.StringIO()
    export_attempts(teacher, "json", out)
    rows = json.loads(out.getvalue())
    assert {r["machine"] for r in rows} == {teacher.machine_id, a.machine_id}
    out = io.StringIO()
    export_answers(teacher, "json", out)
    answers = json.loads(out.getvalue())
    assert {r["attempt_id"] for r in answers} == {r["attempt_id"] for r in rows}
    assert statements.DEFAULT_SCHOOL != SCHOOL


def test_a_new_statement_about_an_attempt_of_this_machine_changes_nothing(room) -> None:
    _, _, teacher = room
    own = json.loads(bundle_of(teacher)[0])
    forged = dict(own, id=str(uuid.uuid4()), result=dict(own["result"], response="b", success=False))
    before = [teacher.connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("attempts", "answers", "statements")]
    report = merge_statements(teacher, items([json.dumps(forged)]), LESSONS)
    assert report.merged == 0 and report.problems == [
        "kiosk.jsonl:1: is about an attempt taken on this machine, which has no such statement: it was not merged"]
    assert [teacher.connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("attempts", "answers", "statements")] == before


def test_an_attempt_of_this_machine_lost_here_comes_back_from_the_lrs(tmp_path) -> None:
    """A data folder restored from an older backup: its later attempts, pulled
    from the LRS, come back as rows of this machine."""
    with kiosk(tmp_path / "k.db") as store:
        backup = tmp_path / "backup.db"
        store.connection.execute(f"VACUUM INTO '{backup}'")
        take(store, "Ana", right=True)
        lines = bundle_of(store)
    with kiosk(backup) as restored:
        report = merge_statements(restored, [(merge.LRS, None, json.loads(line)) for line in lines], LESSONS)
        assert (report.merged, report.rejected) == (4, 0)
        (attempt,) = student_history(restored, restored.profiles()[0].id)
        assert attempt.machine == restored.machine_id and attempt.status == "finished"
        assert len(restored.attempt(attempt.id).answers) == 2


def test_ids_no_lesson_file_can_have_are_refused(room) -> None:
    a, _, teacher = room
    statement = json.loads(bundle_of(a)[0])
    odd = dict(statement, id=str(uuid.uuid4()),
               object=dict(statement["object"], id=SCHOOL + "/lessonapp/lessons/gulf/questions/" + "Q" * 300))
    report = merge_statements(teacher, items([json.dumps(odd)]), None)
    assert report.problems == ["kiosk.jsonl:1: names a lesson or question by an id no lesson file can have"]


@pytest.mark.parametrize("batch", [1, 2, 3, 5])
def test_attempts_split_over_batches_are_merged_as_in_one(room, tmp_path, monkeypatch, batch) -> None:
    """An attempt whose statements fall in several batches is made in the first (inserted with the
    values that batch gives it) and updated by the next ones: the rows are those of a single batch."""
    a, b, teacher = room
    lines = bundle_of(a) + bundle_of(b)
    with kiosk(tmp_path / "whole.db") as whole:
        merge_statements(whole, items(lines), LESSONS)
        expected = {t: whole.connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                    for t in ("profiles", "attempts", "answers")}
    monkeypatch.setattr(merge, "BATCH", batch)
    with kiosk(tmp_path / "split.db") as split:
        report = merge_statements(split, items(lines), LESSONS)
        assert (report.merged, report.rejected) == (len(lines), 0)
        got = {t: split.connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
               for t in ("profiles", "attempts", "answers")}
    # the profiles' creation time and the kiosk's own machine differ between the two data folders
    assert [row[1:3] for row in got["profiles"]] == [row[1:3] for row in expected["profiles"]]
    assert got["attempts"] == expected["attempts"] and got["answers"] == expected["answers"]
