"""A classroom end to end: three machines (three data folders, three processes)
answer for the same roster and send to a real LRS and write bundles; the
teacher's machine pulls from the LRS and imports the three bundles too. Its
class overview and CSV export are the union of the three, each attempt once."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from lessonapp.store import Store, class_overview
from tests.classroom.test_sync_command import PASSWORD, REPO

ROSTER = ["Ana", "Ben", "Chloé"]

ANSWERING = """\
import sys
from lessonapp.store import Store
from tests.classroom.sending import answer
data, school = sys.argv[1], sys.argv[2]
with Store.open(data + "/scores.db", school=school) as store:
    for name in {roster!r}:
        answer(store, 10, name=name)  # one finished attempt of ten questions each
"""


def lessonapp(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lessonapp", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=180)


def settings(data: Path, endpoint: str) -> None:
    data.mkdir(parents=True)
    (data / "secret").write_text(PASSWORD, encoding="utf-8")
    (data / "settings.yaml").write_text(textwrap.dedent(f"""\
        school: https://school.example.org
        roster: {ROSTER!r}
        lrs:
          endpoint: {endpoint}
          username: {data.name}
          password_file: secret
        """), encoding="utf-8")


def library(folder: Path) -> Path:
    folder.mkdir()
    questions = "".join(
        f"    - {{id: q{n}, prompt: Q{n}?, choices: [{{text: 'Yes', correct: true}}, {{text: 'No'}}, "
        "{text: Maybe}]}\n" for n in range(1, 11))
    (folder / "basics.yaml").write_text(f"format: 1\nid: basics\ntitle: Basics\nquiz:\n  questions:\n{questions}",
                                        encoding="utf-8")
    return folder


def attempts_csv(data: Path, env: dict) -> list[dict]:
    result = lessonapp("--data-dir", str(data), "scores", "export", "--format", "csv", env=env)
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))  # the BOM spreadsheets want


def test_three_machines_and_the_teachers(tmp_path, own_lrs):
    own_lrs.start()
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    machines = [tmp_path / f"kiosk-{n}" for n in range(1, 4)]
    for data in machines:
        settings(data, own_lrs.endpoint)
    answering = [subprocess.Popen([sys.executable, "-c", ANSWERING.format(roster=ROSTER), str(data),
                                   "https://school.example.org"], cwd=REPO, env=env)
                 for data in machines]  # the three at once, as a class does
    assert [p.wait(120) for p in answering] == [0, 0, 0]
    bundles = []
    for data in machines:
        sent = lessonapp("--data-dir", str(data), "sync", env=env)
        assert sent.returncode == 0 and sent.stdout.endswith("; 0 wait\n"), sent.stderr
        bundle = tmp_path / f"{data.name}.jsonl"
        written = lessonapp("--data-dir", str(data), "scores", "export", "--format", "xapi", "-o", str(bundle),
                            env=env)
        assert written.returncode == 0, written.stderr
        bundles.append(bundle)

    teacher = tmp_path / "teacher"
    settings(teacher, own_lrs.endpoint)
    lessons = library(tmp_path / "library")
    pulled = lessonapp("--data-dir", str(teacher), "--lessons", str(lessons), "scores", "pull", env=env)
    assert pulled.returncode == 0, pulled.stderr
    assert pulled.stdout.startswith("fetched 108 statements from the LRS: merged 108")  # 3 x 3 x (10 + 2)
    imported = lessonapp("--data-dir", str(teacher), "--lessons", str(lessons), "scores", "import",
                         *map(str, bundles), env=env)
    assert imported.returncode == 0, imported.stderr
    assert "merged 0 statements, 108 were here already" in imported.stdout

    union = [row for data in machines for row in attempts_csv(data, env)]
    mine = attempts_csv(teacher, env)
    assert len(union) == 9
    assert Counter(row["attempt_id"] for row in mine) == Counter(row["attempt_id"] for row in union)
    assert set(Counter(row["attempt_id"] for row in mine).values()) == {1}
    key = ("attempt_id", "student", "lesson_id", "score", "max_score", "percent", "passed", "status", "machine")
    assert sorted(tuple(r[k] for k in key) for r in mine) == sorted(tuple(r[k] for k in key) for r in union)
    with Store.open(teacher / "scores.db") as store:
        overview = class_overview(store)
    assert sorted((row.student, row.lesson_id, row.attempts) for row in overview) == [
        (name, "basics", 3) for name in sorted(ROSTER)]
