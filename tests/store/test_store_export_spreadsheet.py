"""The CSV exports opened in a real spreadsheet program: no cell becomes a formula.

LibreOffice Calc (Debian's libreoffice-calc-nogui; .ci/run installs it)
converts the exports to flat ODF (.fods), once splitting on commas and once on
semicolons, as it would for a teacher whose locale writes 1,5. A cell that
became a formula carries a table:formula attribute there. A file written
without the neutralising, converted in the same call, shows that the test
sees formulas when there are some.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from lessonapp.store import Store, export_to_path
from tests.answering import record

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
)

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

# LibreOffice's CSV import options: separator, text delimiter ("), UTF-8 (76),
# from line 1, no column formats, en-US, quoted fields not forced to text,
# special numbers detected, -, -, trim spaces, -, evaluate formulas.
FILTERS = {
    "comma": "44,34,76,1,,1033,false,true,false,false,false,-1,true",
    "semicolon": "59,34,76,1,,1033,false,true,false,false,true,-1,true",
}

# Names go through the store's name checks; lesson titles and choice texts
# come from lesson files, which anyone may write.
NAMES = ["=1+1", ";=1+1", "Ana,=1+1", "+1+1", "@SUM(1)", "\uff1d2+2", "Kim;-1+1", "Lee, +3"]
TEXTS = [
    "=1+1", ";=1+1", ",=1+1", "\u200b=1+1", "\ufeff=1+1", "\uff1d1+1", "\ufe661+1", " =1+1",
    "-1+2", "x;@SUM(1)", "y,=HYPERLINK(\"http://evil\",\"x\")", "\u200e+1+1", "a\t=1+1", "a\n=1+1",
    '"=1+1"', "';=1+1",
]


def fill(store: Store) -> None:
    for number, name in enumerate(NAMES):
        student = store.add_profile(name)
        title = TEXTS[number % len(TEXTS)]
        attempt = store.start_attempt(student.id, f"lesson-{number}", title, number, ["q1", "q2"], 2.0)
        record(store, attempt, "q1", TEXTS[: 8], False, 0.0, 1.0, 2.0)
        record(store, attempt, "q2", TEXTS[8:], True, 1.0, 1.0, 2.0)
        store.finish_attempt(attempt, 1.0, 2.0, 50.0, False)


def convert_all(files: list[Path], out: Path) -> None:
    """Every file with each separator: one soffice per separator, both at once,
    each with a profile of its own (a first start makes it: most of the time)."""
    runs = []
    for separator, options in FILTERS.items():
        command = [
            SOFFICE, f"-env:UserInstallation={(out / f'profile-{separator}').as_uri()}", "--headless", "--norestore",
            f"--infilter=Text - txt - csv (StarCalc):{options}", "--convert-to", "fods", "--outdir",
            str(out / separator), *map(str, files),
        ]
        runs.append(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    for run in runs:
        _, errors = run.communicate(timeout=120)
        assert run.returncode == 0, errors.decode(errors="replace")


def cells(fods: Path) -> list[tuple[str, str | None, str | None]]:
    """Each non-empty cell as (text, formula, value type)."""
    found = []
    for cell in ElementTree.parse(fods).getroot().iter(f"{{{TABLE}}}table-cell"):
        text = "\n".join("".join(p.itertext()) for p in cell.iter(f"{{{TEXT}}}p"))
        formula = cell.get(f"{{{TABLE}}}formula")
        if text or formula:
            found.append((text, formula, cell.get(f"{{{OFFICE}}}value-type")))
    return found


def test_no_cell_of_an_export_becomes_a_formula_in_libreoffice(store: Store, tmp_path: Path) -> None:
    fill(store)
    attempts, answers, control = tmp_path / "attempts.csv", tmp_path / "answers.csv", tmp_path / "control.csv"
    export_to_path(store, attempts, "csv")
    export_to_path(store, answers, "csv", answers=True)
    with open(control, "w", encoding="utf-8", newline="") as out:  # what the export wrote before
        csv.writer(out).writerows([["student", "title"], ["Ana", ";=1+1"], ["=1+1", "b"]])

    convert_all([attempts, answers, control], tmp_path)
    for separator in FILTERS:
        out = tmp_path / separator
        assert [formula for _, formula, _ in cells(out / "control.fods") if formula], \
            f"{separator}: the unneutralised file should have given formulas"
        for name in ("attempts", "answers"):
            sheet = cells(out / f"{name}.fods")
            formulas = [(text, formula) for text, formula, _ in sheet if formula]
            assert formulas == [], f"{name}.csv split on {separator}s"
            if separator == "comma":  # every nasty text arrived, as text
                texts = "\n".join(text for text, _, _ in sheet)
                for name_written in NAMES:
                    assert name_written in texts.replace("'", "")
                number = {"attempts": "50", "answers": "1"}[name]  # a percent; a point
                assert (number, None, "float") in sheet  # numbers stay numbers
