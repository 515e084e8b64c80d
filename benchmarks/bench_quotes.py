"""The closest-passage hint for a misquote, against a 5 MB source text.

Floor: a plain substring search of the same quote in the same normalised
text (what `contains` does), measured in the same run. The hint cannot be
as fast as one substring search (it weighs every word of the source); its
target is an absolute one, 1 s for a 5 MB source, with the ratio shown.
    python benchmarks/bench_quotes.py [--megabytes 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import best_of, ms, print_table  # noqa: E402
from lessonapp.content.loader import load_lesson  # noqa: E402
from lessonapp.content.quotes import SourceText, normalize  # noqa: E402
from lessonapp.paths import bundled_lessons  # noqa: E402

QUOTE = "The State Department has identified Kuwait as a “Tier 2” country with regard to combating human trafficking"
MISQUOTE = "The State Department has identified Kuwait as a Tier 2 country with regard to combating human trafficking."


def source_text(megabytes: float) -> str:
    """The bundled article in the middle of text made of its own words, shuffled."""
    article = (bundled_lessons() / "sources" / "article.txt").read_text(encoding="utf-8")
    words = article.split()
    chance = random.Random(12)
    filler = []
    size = 0
    while size < megabytes * 1_000_000:
        sentence = " ".join(chance.choice(words) for _ in range(chance.randint(8, 30))) + ".\n"
        filler.append(sentence)
        size += len(sentence)
    middle = len(filler) // 2
    return "".join(filler[:middle]) + "\n" + article + "\n" + "".join(filler[middle:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5)
    args = parser.parse_args()
    text = source_text(args.megabytes)
    print(f"source: {len(text.encode()) / 1e6:.1f} MB, {len(text.split()):,} words")
    source = SourceText(text)
    wanted = normalize(MISQUOTE)

    def substring():
        assert wanted not in source.normalized

    started = time.perf_counter()
    passage = source.closest_passage(MISQUOTE)
    first = time.perf_counter() - started
    assert passage.startswith("The State Department has identified Kuwait"), passage
    print(f"closest passage: {passage!r}")
    floor = best_of(substring, 9)
    again = best_of(lambda: source.closest_passage(MISQUOTE), 5)

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "source.txt").write_text(text, encoding="utf-8")
        lesson = folder / "lesson.yaml"
        lesson.write_text(
            "format: 1\nid: big\ntitle: Big source\nsource:\n  file: source.txt\nquiz:\n  questions:\n"
            "    - id: q1\n      prompt: Which?\n      choices:\n        - text: A\n          correct: true\n"
            f"        - text: B\n      explanation: Because.\n      quote: '{MISQUOTE}'\n",
            encoding="utf-8",
        )

        def validate_misquoted():
            _, problems = load_lesson(lesson, folder)
            assert any("the closest passage is" in p.message for p in problems)

        whole = best_of(validate_misquoted, 3)
        lesson.write_text(lesson.read_text(encoding="utf-8").replace(MISQUOTE, QUOTE), encoding="utf-8")

        def validate_quoted():
            _, problems = load_lesson(lesson, folder)
            assert not [p for p in problems if p.severity == "error"], problems

        quoted = best_of(validate_quoted, 3)

    print_table(
        f"Closest passage, {args.megabytes:g} MB source",
        [
            ("first hint (splits the source)", ms(first), f"substring {ms(floor)}", f"{first / floor:.0f}x", "<= 1 s"),
            ("each further hint", ms(again), f"substring {ms(floor)}", f"{again / floor:.0f}x", "<= 1 s"),
            (
                "validate: lesson with the misquote",
                ms(whole),
                f"quote found {ms(quoted)}",
                f"{whole / quoted:.2f}x",
                "<= 1 s more",
            ),
        ],
    )


if __name__ == "__main__":
    main()
