"""Speed of sending the outbox to an LRS, beside a bare batched POST of the same statements.

    python benchmarks/bench_sync.py [--statements N] [--batch B] [--runs R]

Needs node and the test LRS (`npm ci --ignore-scripts` in tests/lrs): a real
LRS, xapi-statements in memory, on 127.0.0.1.

Fills a score database with N waiting statements (answers recorded through
the Store, so the statements are the app's own), then, R times each, in turn:

* figure: classroom.sender.send_waiting on a copy of that database: read the
  waiting statements, POST them in batches of B, mark each batch sent (a
  durable commit each);
* floor: the same statements' JSON, POSTed in batches of B by plain
  urllib.request with the same headers, nothing read or written locally.

Before each measure the LRS is started afresh, so both post to an empty LRS.
The ratio is the median figure / the median floor: what the app adds to the
time the network and the LRS take anyway. Target: at most 1.5.
"""

from __future__ import annotations

import argparse
import base64
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import print_table  # noqa: E402
from lessonapp.classroom.lrs import LrsClient  # noqa: E402
from lessonapp.classroom.sender import send_waiting  # noqa: E402
from lessonapp.content.model import Choice, Question  # noqa: E402
from lessonapp.store import Store  # noqa: E402
from tests.lrs import LrsProcess, missing_reason  # noqa: E402

TARGET = 1.5
QUESTIONS = [Question(id=f"q{n}", prompt=f"Question {n}?", choices=(Choice("Yes", correct=True), Choice("No")))
             for n in range(20)]


def fill(path: Path, count: int) -> list[str]:
    """A database with `count` waiting statements (answers of 20-question attempts); their JSON, oldest first."""
    with Store.open(path, school="https://school.example.org") as store:
        store.connection.execute("PRAGMA synchronous = OFF")  # the fill only: measured runs use copies
        profiles = [store.add_profile(f"Student {n}").id for n in range(30)]
        made = 0
        while made < count:
            profile = profiles[made // 20 % len(profiles)]
            attempt = store.start_attempt(profile, f"lesson-{made // 600}", "A lesson", 1, [q.id for q in QUESTIONS],
                                          20, course_id="course")
            for question in QUESTIONS[: min(20, count - made)]:
                store.record_answer(attempt, question, [0], True, 1.0, 1.0, 3.0)
                made += 1
        texts = [text for _, text in store.waiting_statements(count + 100)]
    return texts[:count] if len(texts) >= count else texts


def bare_post(endpoint: str, texts: list[str], batch: int) -> None:
    token = base64.b64encode(b"kiosk-7:pw").decode()
    headers = {"X-Experience-API-Version": "1.0.3", "Authorization": f"Basic {token}",
               "Content-Type": "application/json"}
    for start in range(0, len(texts), batch):
        body = ("[" + ",".join(texts[start:start + batch]) + "]").encode()
        request = urllib.request.Request(endpoint + "statements", data=body, headers=headers, method="POST")
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    reason = missing_reason()
    if reason:
        print(f"bench_sync: {reason}", file=sys.stderr)
        return 1
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        source = folder / "waiting.db"
        started = time.perf_counter()
        texts = fill(source, args.statements)
        with Store.open(source) as store:
            waiting = store.outbox_status().waiting
        print(f"{waiting:,} waiting statements made in {time.perf_counter() - started:.1f} s")
        lrs = LrsProcess(folder / "lrs")
        figures, floors = [], []
        try:
            for run in range(args.runs):
                lrs.start()
                started = time.perf_counter()
                bare_post(lrs.endpoint, texts, args.batch)
                floors.append(time.perf_counter() - started)
                lrs.stop()

                copy = folder / f"run-{run}.db"
                shutil.copyfile(source, copy)
                lrs.start()
                with Store.open(copy) as store:
                    client = LrsClient(lrs.endpoint, "kiosk-7", "pw", timeout=60)
                    started = time.perf_counter()
                    result = send_waiting(store, client, batch_size=args.batch)
                    figures.append(time.perf_counter() - started)
                lrs.stop()
                if result.error or result.waiting or result.sent != waiting:
                    print(f"bench_sync: the send did not finish: {result}", file=sys.stderr)
                    return 1
                print(f"run {run + 1}: send_waiting {figures[-1]:.2f} s, bare POST {floors[-1]:.2f} s")
        finally:
            lrs.stop()
        figure, floor = statistics.median(figures), statistics.median(floors)
        ratio = figure / floor
        print_table(
            f"Sending {waiting:,} statements in batches of {args.batch} to a local LRS (median of {args.runs})",
            [("send_waiting (read, POST, mark sent)", f"{figure:.2f} s", f"{floor:.2f} s (bare urllib POST)",
              f"{ratio:.2f}x", f"<= {TARGET}x")],
        )
        return 0 if ratio <= TARGET else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
