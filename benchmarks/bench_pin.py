"""What a stolen copy of the score database costs to search for the teacher PIN.

    python benchmarks/bench_pin.py [--runs N]

Times one scrypt derivation (hashlib.scrypt, as lessonapp.store.pin uses it)
at the shipped cost, DEFAULT_COST, beside the floor of the same run: the cost
PINs were hashed with before (n=2**14, r=8, p=1), whose 10,000 four-digit
PINs were searched in 168 s on 2 cores. From the median it estimates how long
trying every PIN of MIN_DIGITS digits takes on this machine with the search
divided over its 2 cores (each core one guess at a time; scrypt's memory per
guess is what keeps a GPU from doing much better). Target: more than a day.

The machine is shared: the load average is printed with the figures, and a
loaded machine makes every figure larger, the estimate too. So the estimate is
also given scaled from the floor's unloaded figure (33.6 ms, from the 168 s
search) by the ratio measured here, which load changes far less.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import best_of, ms, print_table  # noqa: E402
from lessonapp.store.pin import DEFAULT_COST, MIN_DIGITS, OLD_MIN_DIGITS, ScryptCost, derive  # noqa: E402

OLD_COST = ScryptCost(n=2**14, r=8, p=1)
OLD_COST_UNLOADED = 168 * 2 / 10**4  # s per derivation at OLD_COST: 10**4 PINs in 168 s on 2 cores
CORES = 2
DAY = 24 * 60 * 60


def hours(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="derivations timed at each cost (median)")
    args = parser.parse_args()
    salt = os.urandom(16)
    # Interleaved, so that a change of load hits both alike.
    shipped = best_of(lambda: derive("123456", salt, DEFAULT_COST), args.runs)
    floor = best_of(lambda: derive("123456", salt, OLD_COST), args.runs)
    space = 10**MIN_DIGITS
    search = space * shipped / CORES
    old_search = 10**OLD_MIN_DIGITS * floor / CORES
    scaled = space * OLD_COST_UNLOADED * (shipped / floor) / CORES
    print_table(
        f"Teacher PIN: scrypt n={DEFAULT_COST.n}, r={DEFAULT_COST.r}, p={DEFAULT_COST.p} "
        f"({DEFAULT_COST.memory / 2**20:.0f} MiB); load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores",
        [
            ("one derivation (one core)", ms(shipped), f"{ms(floor)} (n={OLD_COST.n})", f"{shipped / floor:.1f}x",
             "the prompt checks it in a worker thread"),
            (f"every {MIN_DIGITS}-digit PIN, {CORES} cores", hours(search),
             f"{old_search:.0f} s (4 digits, old cost)", f"{search / old_search:.0f}x", "> 24.0 h"),
            ("  the same, scaled to the unloaded floor", hours(scaled), f"{ms(OLD_COST_UNLOADED)} a derivation",
             f"{shipped / floor:.1f}x", "> 24.0 h"),
        ],
    )
    print(f"\nestimate: {space:,} PINs x {ms(shipped)} / {CORES} cores = {hours(search)} "
          f"({'more' if search > DAY else 'LESS'} than a day); scaled to the unloaded floor: {hours(scaled)} "
          f"({'more' if scaled > DAY else 'LESS'} than a day)")


if __name__ == "__main__":
    main()
