"""Shared helpers for the benchmark scripts: timing and the printed table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def best_of(function: Callable[[], object], runs: int = 5) -> float:
    """The median wall time of several runs, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def print_table(title: str, rows: list[tuple[str, str, str, str, str]]) -> None:
    """rows: (measure, figure, floor, ratio, target)."""
    header = ("measure", "figure", "floor (same run)", "ratio", "target")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    print(f"\n{title}")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
