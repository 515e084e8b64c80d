"""CSV and JSON export: the documented columns, a BOM, no formulas, real JSON types."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from lessonapp.store import Store, export_answers, export_attempts, export_to_path
from lessonapp.store.export import csv_cell
from tests.answering import record

ATTEMPT_HEADER = (
    "student,lesson_id,lesson_title,attempt_id,started_at,finished_at,score,max_score,percent,passed,status,"
    "practice,machine"
)
ANSWER_HEADER = "attempt_id,student,lesson_id,question_id,chosen,correct,points,max_points"


@pytest.fixture
def results(store: Store, clock) -> Store:
    ana = store.add_profile("Ana Lía")
    first = store.start_attempt(ana.id, "gulf", "Workers, \"wages\" & the Gulf", 3, ["q1", "q2"], 2.0)
    record(store, first, "q1", ["Kuwait", "Qatar"], True, 1.0, 1.0, 5.0)
    record(store, first, "q2", ["No"], False, 0.0, 1.0, 7.0)
    record(store, first, "q2", ["Yes"], True, 1.0, 1.0, 3.0)  # the latest wins
    clock.advance(minutes=2)
    store.finish_attempt(first, 2.0, 2.0, 100.0, True)
    mallory = store.add_profile("=HYPERLINK(\"http://evil\",\"x\")")
    second = store.start_attempt(mallory.id, "tiers", "@Tiers", 4, ["q1"], 1.0, practice=True)
    record(store, second, "q1", ["-1+2"], False, 0.0, 1.0, 2.5)
    return store


def uuids(store: Store) -> list[str]:
    """The attempts' UUIDs, oldest first: the exports' attempt_id."""
    return [row[0] for row in store.connection.execute("SELECT uuid FROM attempts ORDER BY id")]


def csv_text(fn, store: Store) -> str:
    out = io.StringIO(newline="")
    fn(store, "csv", out)
    return out.getvalue()


def test_attempts_csv(results: Store) -> None:
    text = csv_text(export_attempts, results)
    assert text.startswith("\ufeff")
    lines = text[1:].split("\r\n")
    assert lines[0] == ATTEMPT_HEADER
    rows = list(csv.reader(io.StringIO(text[1:])))
    first, second = uuids(results)
    assert rows[1] == [
        "Ana Lía", "gulf", 'Workers, "wages" & the Gulf', first, "2026-11-28T07:15:30Z",
        "2026-11-28T07:17:30Z", "2", "2", "100", "true", "finished", "false", results.machine_id,
    ]
    assert rows[2] == [
        "'=HYPERLINK(\"http://evil\",\"x\")", "tiers", "'@Tiers", second, "2026-11-28T07:17:30Z",
        "", "", "1", "", "", "in_progress", "true", results.machine_id,
    ]
    assert len(rows) == 3


def test_answers_csv(results: Store) -> None:
    rows = list(csv.reader(io.StringIO(csv_text(export_answers, results)[1:])))
    assert ",".join(rows[0]) == ANSWER_HEADER
    first, second = uuids(results)
    assert rows[1:] == [
        [first, "Ana Lía", "gulf", "q1", "Kuwait | Qatar", "true", "1", "1"],
        [first, "Ana Lía", "gulf", "q2", "Yes", "true", "1", "1"],
        [second, "'=HYPERLINK(\"http://evil\",\"x\")", "tiers", "q1", "'-1+2", "false", "0", "1"],
    ]


@pytest.mark.parametrize(
    "value, cell",
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("a=b", "a=b"), ("", ""), (None, ""), (True, "true"), (False, "false"), (-1.5, "-1.5"),
     (66.666666, "66.6667"), (3.0, "3"), (7, "7"), (["a", "=b"], "a | =b"), (["=a"], "'=a"),
     # what got through before: folded forms, and starts hidden behind something invisible
     ("\uff1d1+1", "'\uff1d1+1"), ("\ufe661+1", "'\ufe661+1"), ("\uff0b1", "'\uff0b1"), ("\uff201", "'\uff201"),
     ("\u200b=1+1", "'\u200b=1+1"), ("\ufeff=1+1", "'\ufeff=1+1"), ("\u200e-1", "'\u200e-1"),
     (" =1+1", "' =1+1"), ("\u00a0\u3000@x", "'\u00a0\u3000@x"), ("\u2060\u200b+1", "'\u2060\u200b+1"),
     ("\t=1", "'\t'=1"), ("\u200b", "\u200b"), ("Zo\u00eb = 1", "Zo\u00eb = 1"),
     # after a separator another program may split on
     (";=1+1", ";'=1+1"), ("a;=1+1", "a;'=1+1"), ("a, -1", "a, '-1"), ("a\t@b", "a\t'@b"),
     ("a;\u200b\uff1d1", "a;\u200b'\uff1d1"),
     ("=a;+b", "'=a;'+b"), ("a\n=b", "a\n'=b"), ("a; b, c", "a; b, c"), (["x;=1", "y"], "x;'=1 | y")],
)
def test_csv_cells(value, cell: str) -> None:
    assert csv_cell(value) == cell


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_a_separator_inside_a_cell_never_starts_a_new_cell(store: Store, separator: str) -> None:
    """;=1+1 in a name was one cell for a comma reader and a formula for a
    semicolon one (Excel and LibreOffice where the comma is the decimal sign)."""
    sly = store.add_profile(f"Ana{separator}=1+1")
    attempt = store.start_attempt(sly.id, "l1", f"x{separator}@SUM(1)", 1, ["q1"], 1.0)
    record(store, attempt, "q1", [f"1{separator}+2", f"{separator}-3"], False, 0.0, 1.0, 1.0)
    for fn in (export_attempts, export_answers):
        text = csv_text(fn, store)[1:]
        for reading_with in (",", ";", "\t"):
            cells = [cell for row in csv.reader(io.StringIO(text), delimiter=reading_with) for cell in row]
            assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))], (fn, reading_with)
        rows = list(csv.reader(io.StringIO(text)))
        assert sly.name in [cell.replace("'", "") for cell in rows[1]]  # as it was, apostrophes added


def test_export_to_path_writes_bom_once(results: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert export_to_path(results, path, "csv") == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ATTEMPT_HEADER.encode())
    assert not data[3:].startswith(b"\xef\xbb\xbf")
    assert "Ana Lía".encode() in data


def test_utf8_sig_stream_gets_a_single_bom(results: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        export_attempts(results, "csv", out)
    assert path.read_bytes().count(b"\xef\xbb\xbf") == 1


def test_attempts_json_types(results: Store) -> None:
    out = io.StringIO()
    assert export_attempts(results, "json", out) == 2
    data = json.loads(out.getvalue())
    assert data[0] == {
        "student": "Ana Lía", "lesson_id": "gulf", "lesson_title": 'Workers, "wages" & the Gulf',
        "attempt_id": uuids(results)[0], "started_at": "2026-11-28T07:15:30Z",
        "finished_at": "2026-11-28T07:17:30Z", "score": 2.0, "max_score": 2.0, "percent": 100.0, "passed": True,
        "status": "finished", "practice": False, "machine": results.machine_id,
    }
    assert list(data[0]) == ATTEMPT_HEADER.split(",")
    assert data[1]["student"] == "=HYPERLINK(\"http://evil\",\"x\")"  # JSON is data, not a sheet
    assert data[1]["finished_at"] is None and data[1]["score"] is None and data[1]["passed"] is None


def test_answers_json_types(results: Store) -> None:
    out = io.StringIO()
    export_answers(results, "json", out)
    data = json.loads(out.getvalue())
    assert list(data[0]) == ANSWER_HEADER.split(",")
    assert data[0]["chosen"] == ["Kuwait", "Qatar"]
    assert data[0]["correct"] is True and data[2]["correct"] is False
    assert isinstance(data[0]["points"], float) and data[0]["attempt_id"] == uuids(results)[0]
    assert len(data) == 3


def test_empty_exports(store: Store) -> None:
    out = io.StringIO()
    assert export_attempts(store, "json", out) == 0
    assert json.loads(out.getvalue()) == []
    assert csv_text(export_attempts, store) == "\ufeff" + ATTEMPT_HEADER + "\r\n"


def test_unknown_format(store: Store) -> None:
    with pytest.raises(ValueError, match="csv or json"):
        export_attempts(store, "xlsx", io.StringIO())


def test_export_database_reads_the_file_on_a_connection_of_its_own(results: Store, tmp_path: Path) -> None:
    from lessonapp.store import export_database

    path = tmp_path / "answers.json"
    assert export_database(results.path, path, "json", answers=True) == 3
    assert [row["question_id"] for row in json.loads(path.read_text(encoding="utf-8"))][:2] == ["q1", "q2"]
    assert results.add_profile("Still writable")  # the app's own connection is untouched


def test_an_export_cut_short_leaves_no_file(results: Store, tmp_path: Path, monkeypatch) -> None:
    from lessonapp.store import export as export_module

    real_rows = export_module.attempt_rows

    def rows_then_a_full_disk(store):
        yield next(real_rows(store))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "attempt_rows", rows_then_a_full_disk)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(OSError):
        export_to_path(results, folder / "out.csv", "csv")
    assert list(folder.iterdir()) == []  # neither a torn file nor its .part


def test_the_quick_path_for_plain_cells_agrees_with_the_full_check() -> None:
    """_neutralise skips its scan for cells that start with an ASCII letter or digit and
    hold no separator; on any text it must give what the full scan gives."""
    import random

    from lessonapp.store.export import _neutralise, _neutralise_everywhere

    alphabet = "aZ09 =+-@,;\t\r\n\u200b\ufeff\uff1d\ufe66é①'\""
    rng = random.Random(7)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 7))) for _ in range(20_000)]
    for text in texts:
        assert _neutralise(text) == _neutralise_everywhere(text), repr(text)
