"""Kill a writer at random moments: every acknowledged answer must be on disk (issue 5).

A child process records answers in a loop and prints ``attempt_id question_id``
only after `record_answer` has returned. The parent SIGKILLs it a random moment
after it has opened the database, again and again on the same file, then checks that the file is sound,
that every acknowledged answer is there and that the attempt can be resumed.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lessonapp.store import IN_PROGRESS, Store

REPO = Path(__file__).resolve().parents[2]
RUNS = 15

CHILD = """
import sys
from pathlib import Path
from lessonapp.content.model import Choice, Question
from lessonapp.store import Store

path, run = Path(sys.argv[1]), sys.argv[2]
with Store.open(path) as store:
    if store.notice:
        print("NOTICE", store.notice, file=sys.stderr, flush=True)
    print("OPEN", file=sys.stderr, flush=True)
    profiles = store.profiles()
    profile_id = profiles[0].id if profiles else store.add_profile("Crash Test").id
    record = store.unfinished_attempt(profile_id, "crash")
    if record is None:
        attempt_id = store.start_attempt(profile_id, "crash", "Crash", 7, ["q"], 1.0)
    else:
        attempt_id = record.id
    n = 0
    while True:
        question_id = f"r{run}-q{n}"
        choices = (Choice("choice " + str(n), correct=True), Choice("no"))
        question = Question(id=question_id, prompt="?", choices=choices)
        store.record_answer(attempt_id, question, [n % 2], n % 2 == 0, 1.0, 1.0, 0.5)
        sys.stdout.write(f"{attempt_id} {question_id}\\n")
        sys.stdout.flush()
        n += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")
def test_killed_writer_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    db_path = tmp_path / "scores.db"
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    python_path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": python_path}
    acknowledged: list[tuple[int, str]] = []
    for run in range(RUNS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path), str(run)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=env,
        )
        # The random moment counts from the database being open, so that a slow start on a
        # loaded machine never leaves a run without answers.
        ready, _, _ = select.select([child.stderr], [], [], 30)
        assert ready, f"seed {seed}, run {run}: the child did not open the database in 30 s"
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, (
            f"seed {seed}, run {run}: the child ended by itself\n{err.decode()}"
        )
        assert b"NOTICE" not in err, f"seed {seed}, run {run}: {err.decode()}"
        for line in out.decode().split("\n")[:-1]:  # the last piece has no newline: never acknowledged
            attempt_id, question_id = line.split()
            acknowledged.append((int(attempt_id), question_id))

    assert len(acknowledged) > RUNS, f"seed {seed}: the child hardly ran ({len(acknowledged)} answers)"

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = set(conn.execute("SELECT attempt_id, question_id FROM answers"))
        # every answer kept has its statement, and no statement reports an answer that was not kept
        answers = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
        answered = conn.execute("SELECT count(*) FROM statements WHERE body LIKE '%/verbs/answered%'").fetchone()[0]
        assert answered == answers
    finally:
        conn.close()
    missing = [a for a in acknowledged if a not in stored]
    assert not missing, f"seed {seed}: acknowledged but lost: {missing[:5]}"

    with Store.open(db_path) as store:
        assert store.notice is None
        (profile,) = store.profiles()
        record = store.unfinished_attempt(profile.id, "crash")
        assert record is not None and record.status == IN_PROGRESS
        assert {attempt_id for attempt_id, _ in acknowledged} == {record.id}
        resumed = {a.question_id for a in record.answers}
        assert {question_id for _, question_id in acknowledged} <= resumed
