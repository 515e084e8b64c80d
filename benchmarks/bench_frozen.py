"""The frozen app of the .deb beside the pip-installed one: sizes, and start-up
to the first window.

The package is extracted with dpkg-deb -x into a temporary folder and its
program run from there. Start-up is timed as benchmarks/bench_startup.py times
the installed app (a new process each run, for a new user, until the main window
first paints; the frozen app reports its first paint through its run-time hook,
packaging/first_paint_probe.py), alternating frozen and installed runs; the
installed app, started by this Python, is the floor.
    scripts/build-deb.sh && python benchmarks/bench_frozen.py [--deb FILE] [--runs 15]
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_startup import LESSONAPP, run, run_command  # noqa: E402
from benchmarks.common import ms, print_table  # noqa: E402

MIB = 1024 * 1024


def folder_size(folder: Path) -> int:
    """Bytes of the files in folder (links counted as links)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir() or path.is_symlink())


def installed_size() -> int:
    """Bytes the pip-installed app and its dependencies take in site-packages."""
    total = 0
    for name in ("lessonapp", "PySide6-Essentials", "shiboken6", "PyYAML"):
        distribution = metadata.distribution(name)
        for file in distribution.files or ():
            path = Path(distribution.locate_file(file))
            if path.is_file():
                total += path.stat().st_size
    import lessonapp  # an editable install lists no package files: count the package itself

    package = Path(lessonapp.__file__).parent
    if not any(str(file).startswith("lessonapp/") for file in metadata.distribution("lessonapp").files or ()):
        total += folder_size(package)
    return total


def newest_deb() -> Path:
    found = sorted(glob.glob("dist/lessonapp_*.deb"), key=os.path.getmtime)
    if not found:
        raise SystemExit("bench_frozen.py: no dist/lessonapp_*.deb; build it first with scripts/build-deb.sh")
    return Path(found[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deb", type=Path, help="the package (default: the newest dist/lessonapp_*.deb)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    deb = args.deb or newest_deb()
    with tempfile.TemporaryDirectory() as extracted, tempfile.TemporaryDirectory() as home:
        subprocess.run(["dpkg-deb", "-x", str(deb), extracted], check=True)
        program = Path(extracted) / "usr" / "lib" / "lessonapp"
        frozen_command = [str(Path(extracted) / "usr" / "bin" / "lessonapp")]
        probe = {"LESSONAPP_FIRST_PAINT_PROBE": "1"}
        print(f"{deb}; platform: {os.environ['QT_QPA_PLATFORM']}, {args.runs} runs each, alternating")
        run(LESSONAPP, home)  # first runs: the data folder and the lesson cache of each
        run_command(frozen_command, home, extra_env=probe)
        frozen, installed = [], []
        for _ in range(args.runs):
            frozen.append(run_command(frozen_command, home, extra_env=probe))
            installed.append(run(LESSONAPP, home))
        folder = folder_size(program)
    frozen_time = statistics.median(t for t, _ in frozen)
    installed_time = statistics.median(t for t, _ in installed)
    frozen_memory = max(m for _, m in frozen) / 1024
    installed_memory = max(m for _, m in installed) / 1024
    package = deb.stat().st_size
    site_packages = installed_size()
    print_table(
        "The frozen app of the .deb, beside the pip-installed app",
        [
            ("package (.deb)", f"{package / MIB:.1f} MiB", "-", "-", "<= 60 MB"),
            (
                "installed folder /usr/lib/lessonapp",
                f"{folder / MIB:.1f} MiB",
                f"pip-installed {site_packages / MIB:.1f} MiB",
                f"{folder / site_packages:.2f}x",
                "<= 180 MB",
            ),
            (
                "time to first window (median)",
                ms(frozen_time),
                f"pip-installed {ms(installed_time)}",
                f"{frozen_time / installed_time:.2f}x",
                "<= 1.5x",
            ),
            (
                "peak memory",
                f"{frozen_memory:.1f} MiB",
                f"pip-installed {installed_memory:.1f} MiB",
                f"{frozen_memory - installed_memory:+.1f} MiB",
                "-",
            ),
        ],
    )


if __name__ == "__main__":
    main()
