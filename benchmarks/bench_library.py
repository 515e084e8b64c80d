"""Library load: 200 lesson files of 100 questions each (20,000 questions).

Floor: libyaml's bare `compose` of the same files, measured in the same run:
the floor and the three loads are run in turn, five times, and the median of
each is taken.
    python benchmarks/bench_library.py [--lessons 200] [--questions 100]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ms, print_table  # noqa: E402
from lessonapp.content.cache import LessonCache  # noqa: E402
from lessonapp.content.library import lesson_files, load_library  # noqa: E402

RUNS = 5  # of each, in turn
ARTICLE = "Workers were sent abroad. Their wages went home. The regime earned money from them.\n"


def lesson_text(number: int, questions: int) -> str:
    lines = [
        "format: 1",
        f"id: lesson-{number:03d}",
        f"title: Generated lesson {number}",
        "summary: A lesson generated for the benchmark.",
        f"order: {number}",
        "minutes: 10",
        "source:",
        "  title: Benchmark article",
        "  file: article.txt",
        "pages:",
    ]
    for page in range(3):
        lines += [
            f"  - id: page-{page}",
            f"    title: Page {page}",
            "    body: |",
            "      Some *Markdown* reading with a [link](https://example.com) and a list:",
            "      - one",
            "      - two",
            "    terms:",
            "      - term: Wage",
            "        definition: Money paid for work.",
        ]
    lines += ["quiz:", "  pass_mark: 70", "  draw: 10", "  questions:"]
    for q in range(questions):
        lines += [
            f"    - id: q{q}",
            f"      type: {'multiple' if q % 3 == 0 else 'single'}",
            f"      prompt: Question number {q} about the article?",
            "      choices:",
            "        - text: The right answer",
            "          correct: true",
            "          feedback: Yes.",
            "        - text: A wrong answer",
            "          feedback: No, because of this.",
            "        - text: Another wrong answer",
            "          feedback: No, because of that.",
            "        - text: A third wrong answer",
            "      explanation: Because the article says so.",
            "      quote: Their wages went home",
            f"      see: page-{q % 3}",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lessons", type=int, default=200)
    parser.add_argument("--questions", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        library = Path(temporary) / "library"
        library.mkdir()
        (library / "article.txt").write_text(ARTICLE, encoding="utf-8")
        for number in range(args.lessons):
            (library / f"lesson-{number:03d}.yaml").write_text(lesson_text(number, args.questions), encoding="utf-8")
        files = lesson_files(library)
        total = sum(f.stat().st_size for f in files)
        print(f"{len(files)} files, {args.lessons * args.questions:,} questions, {total / 1e6:.1f} MB")

        def bare_compose():
            for file in files:
                yaml.compose(file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

        def cold():
            result = load_library([library])
            assert len(result.lessons) == args.lessons and not result.problems

        cache_dir = Path(temporary) / "cache"

        def cold_with_cache():
            for stale in cache_dir.glob("*"):
                stale.unlink()
            load_library([library], LessonCache(cache_dir))

        def warm():
            cache = LessonCache(cache_dir)
            result = load_library([library], cache)
            assert cache.hits == args.lessons and len(result.lessons) == args.lessons

        # In turn, RUNS times, so that the floor and each figure meet the same
        # moments of a machine whose speed drifts; then the median of each.
        times: dict[Callable[[], object], list[float]] = {bare_compose: [], cold: [], cold_with_cache: [], warm: []}
        for _ in range(RUNS):
            for function, samples in times.items():
                started = time.perf_counter()
                function()
                samples.append(time.perf_counter() - started)
        floor, cold_time, cold_cache_time, warm_time = (statistics.median(samples) for samples in times.values())
        print_table(
            "Library load",
            [
                ("cold load (no cache)", ms(cold_time), f"compose {ms(floor)}", f"{cold_time / floor:.2f}x", "<= 1.5x"),
                (
                    "cold load, writing the cache",
                    ms(cold_cache_time),
                    f"compose {ms(floor)}",
                    f"{cold_cache_time / floor:.2f}x",
                    "<= 1.5x",
                ),
                (
                    "warm load (from the cache)",
                    ms(warm_time),
                    f"cold {ms(cold_time)}",
                    f"{warm_time / cold_time:.3f}x",
                    "<= 0.1x",
                ),
            ],
        )


if __name__ == "__main__":
    main()
