"""Merging a class's results (docs/classroom.md), each figure beside its floor.

    python benchmarks/bench_merge.py [--answers N] [--machines M] [--dir FOLDER] [--keep]

Makes a bundle of about N answers (default 1,000,000) taken on M machines
(default 30): 300 students, 20 lessons of 20 questions, each attempt its
answered statements then completed and passed or failed, as the store writes
them (lessonapp/classroom/statements.py). Then measures:

* importing it (merge_files: read, parse and check each line, match students
  and attempts, write the rows and the statements) into a fresh data folder.
  Floor: a bare executemany insert of the same rows (profiles, attempts,
  answers, statements with their bodies) into a fresh database of the same
  schema and indexes, in the same transactions (the rows of each BATCH
  statements, one commit). Target: at most 2x.
* importing it again (every statement there already: nothing changes).
* class_overview on the merged database. Target: 300 ms. Floor: a bare
  GROUP BY (profile, lesson) of the attempts.

Making a million statements takes a minute or two; --answers makes it smaller.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import best_of, ms, print_table  # noqa: E402
from lessonapp.classroom import statements  # noqa: E402
from lessonapp.classroom.merge import BATCH, merge_files  # noqa: E402
from lessonapp.content.model import Choice, Question  # noqa: E402
from lessonapp.store import Store, class_overview  # noqa: E402
from lessonapp.store.timeutil import iso  # noqa: E402

STUDENTS = 300
LESSONS = 20
QUESTIONS = 20
REPEATS = 5
SCHOOL = "https://school.example.org"


def make_bundle(path: Path, answers: int, machines: int, rng: random.Random) -> list[dict[str, list[tuple]]]:
    """Write the bundle; return the rows a bare insert would write for it, in the
    transactions the merge makes: batch n holds the rows of statements
    n * BATCH ... (n + 1) * BATCH - 1 (an attempt and its student in the batch of
    their first statement, with the values they end with)."""
    machine_ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(machines)]
    names = [f"Student {n:03d}" for n in range(1, STUDENTS + 1)]
    choices = tuple(Choice(f"choice {n}", correct=n == 1) for n in range(4))
    questions = [Question(id=f"q{n:02d}", prompt=f"Question {n}?", choices=choices) for n in range(QUESTIONS)]
    start = datetime(2026, 9, 1, tzinfo=timezone.utc)
    batches: list[dict[str, list[tuple]]] = []
    kept = 0  # statements written so far

    def batch() -> dict[str, list[tuple]]:  # the one the next statement is merged in
        while len(batches) <= kept // BATCH:
            batches.append({"profiles": [], "attempts": [], "answers": [], "statements": []})
        return batches[kept // BATCH]

    seen_profiles: set[int] = set()
    ids = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731
    written = attempt = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < answers:
            attempt += 1
            profile = rng.randrange(STUDENTS)
            lesson = f"lesson-{rng.randrange(LESSONS):02d}"
            registration = ids()
            ctx = statements.AttemptContext(SCHOOL, machine_ids[attempt % machines], registration, names[profile],
                                            lesson, f"Lesson {lesson}", "en", "course", False)
            first = batch()
            if profile not in seen_profiles:
                seen_profiles.add(profile)
                first["profiles"].append((profile + 1, names[profile], statements.account_name(names[profile]),
                                          iso(start)))
            t = start + timedelta(minutes=attempt * 2)
            score = 0
            for n, question in enumerate(questions[: answers - written]):
                right = rng.random() < 0.7
                score += right
                moment = iso(t + timedelta(seconds=10 * n))
                statement = statements.answered(ctx, ids(), moment, question, [1 if right else 0], right,
                                                float(right), 1.0, rng.uniform(2, 40))
                body = statements.to_json(statement)
                out.write(body + "\n")
                rows = batch()
                rows["statements"].append((statement["id"], registration, body, "merged", moment))
                rows["answers"].append((attempt, question.id, json.dumps([f"choice {1 if right else 0}"]), right,
                                        float(right), 1.0, 3.0, moment))
                kept += 1
                written += 1
            end = iso(t + timedelta(seconds=10 * QUESTIONS))
            for body in map(statements.to_json, statements.finished(ctx, (ids(), ids()), end, float(score),
                                                                    float(QUESTIONS), score >= 14, 200.0)):
                out.write(body + "\n")
                batch()["statements"].append((json.loads(body)["id"], registration, body, "merged", end))
                kept += 1
            asked = json.dumps([question.id for question in questions[:n + 1]])
            first["attempts"].append((attempt, profile + 1, lesson, f"Lesson {lesson}", 0, asked, iso(t), end, end,
                                      float(score), float(QUESTIONS), 5.0 * score, score >= 14, "finished",
                                      registration, ctx.machine_id, ctx.course_id, ctx.language))
    return batches


def bare_insert(path: Path, batches: list[dict[str, list[tuple]]]) -> None:
    """The floor: the same rows, executemany, one transaction a batch as the merge commits them."""
    Store.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    sql = {
        "profiles": "INSERT INTO profiles (id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
        "attempts": "INSERT INTO attempts (id, profile_id, lesson_id, lesson_title, seed, question_ids, started_at, "
                    "finished_at, last_activity_at, score, max_score, percent, passed, status, uuid, machine, "
                    "course_id, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "answers": "INSERT INTO answers (attempt_id, question_id, chosen, correct, points, max_points, seconds, "
                   "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        "statements": "INSERT INTO statements (id, registration, body, origin, stored_at) VALUES (?, ?, ?, ?, ?)",
    }
    for rows in batches:
        conn.execute("BEGIN IMMEDIATE")
        for table in ("profiles", "attempts", "statements", "answers"):  # in the merge's order
            conn.executemany(sql[table], rows[table])
        conn.execute("COMMIT")
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=1_000_000, help="answers in the bundle (1,000,000)")
    parser.add_argument("--machines", type=int, default=30, help="machines they were taken on (30)")
    parser.add_argument("--dir", type=Path, help="where to make the temporary folder (default: system temp)")
    parser.add_argument("--keep", action="store_true", help="keep the files afterwards")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="bench_merge_", dir=args.dir))
    bundle = folder / "class.jsonl"
    try:
        t0 = time.perf_counter()
        rows = make_bundle(bundle, args.answers, args.machines, random.Random(args.seed))
        count = sum(len(batch["statements"]) for batch in rows)
        print(f"made {count:,} statements ({args.answers:,} answers, {args.machines} machines, "
              f"{bundle.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s in {folder}")

        t0, c0 = time.perf_counter(), time.process_time()
        bare_insert(folder / "floor.db", rows)
        floor, floor_cpu = time.perf_counter() - t0, time.process_time() - c0
        del rows

        lessons = {f"lesson-{n:02d}" for n in range(LESSONS)}
        with Store.open(folder / "teacher.db", school=SCHOOL) as store:
            t0, c0 = time.perf_counter(), time.process_time()
            report = merge_files(store, [bundle], lessons)
            merged, merged_cpu = time.perf_counter() - t0, time.process_time() - c0
            assert report.merged == count and not report.problems, report.summary()
            t0 = time.perf_counter()
            again = merge_files(store, [bundle], lessons)
            repeated = time.perf_counter() - t0
            assert again.merged == 0 and again.already_here == count, again.summary()
            conn = store.connection
            overview = best_of(lambda: class_overview(store), REPEATS)
            group = best_of(lambda: conn.execute(
                "SELECT max(percent) FROM attempts GROUP BY profile_id, lesson_id").fetchall(), REPEATS)
            rows_shown = len(class_overview(store))

        print_table(
            f"merging a bundle of {count:,} statements from {args.machines} machines",
            [
                ("scores import (merge_files)", ms(merged), ms(floor), f"{merged / floor:.2f}x", "<= 2x floor"),
                ("  its CPU time (the process's)", ms(merged_cpu), ms(floor_cpu), f"{merged_cpu / floor_cpu:.2f}x",
                 "-"),
                ("  the same bundle again", ms(repeated), ms(floor), f"{repeated / floor:.2f}x", "-"),
                (f"class_overview ({rows_shown:,} rows)", ms(overview), ms(group), f"{overview / group:.1f}x",
                 "<= 300 ms"),
            ],
        )
        print()
        print(f"  {count / merged:,.0f} statements a second merged; floor: executemany of the same rows "
              f"(profiles, attempts, answers, statements) in transactions of {BATCH}")
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
