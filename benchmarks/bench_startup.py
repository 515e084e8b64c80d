"""Start-up: process start to the first window shown, and peak memory.

Floor: a bare PySide6 window (QApplication + an empty 1024x768 QMainWindow),
started the same way in the same run. Each run is a new process; the child
reports when its window first paints, and the parent times it from launch.
Measured for a new user; for a classroom whose database holds --answers
answers of 300 students (all on the name screen); and for that classroom
as a locked kiosk (a settings file with kiosk: true, a teacher PIN).
    python benchmarks/bench_startup.py [--runs 15] [--answers 1000000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_store import fill  # noqa: E402
from benchmarks.common import ms, print_table  # noqa: E402
from lessonapp.store import Store, set_pin  # noqa: E402

# In each child: when the main window paints for the first time, print the
# peak memory and leave at once. Both windows are Python subclasses of
# QMainWindow, so the same hook fits both, and it costs nothing per event.
REPORT = """
import os, resource, sys

def first_paint(window_class):
    original = window_class.paintEvent
    def paintEvent(self, event):
        original(self, event)
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        os._exit(0)
    window_class.paintEvent = paintEvent
"""

BARE = (
    REPORT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    pass
first_paint(Window)
app = QApplication(sys.argv)
window = Window()
window.resize(1024, 768)
window.show()
app.exec()
"""
)

# The app is started as its `lessonapp` command starts it, and imports its
# modules in its own order: the hook goes onto MainWindow as the app imports
# it. (Importing it first would import PySide6 before everything else, and
# PySide6 reads the source of every module imported after it.)
LESSONAPP = (
    REPORT
    + """
from importlib.machinery import PathFinder

class HookOnImport:
    def find_spec(self, name, path=None, target=None):
        if name != "lessonapp.ui.main_window":
            return None
        spec = PathFinder.find_spec(name, path)
        execute = spec.loader.exec_module
        def exec_module(module):
            execute(module)
            first_paint(module.MainWindow)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, HookOnImport())
from lessonapp.cli import main
main([])  # as a user starts it: the data folder found the platform's way
"""
)


def run(code: str, home: str, data_dir: Path | None = None) -> tuple[float, int]:
    """Seconds to the first window and peak memory in KiB, for one new process.
    data_dir: the app's data folder; None: the platform's, in the fresh home."""
    return run_command([sys.executable, "-c", code], home, data_dir)


def run_command(
    command: list[str], home: str, data_dir: Path | None = None, extra_env: dict[str, str] | None = None
) -> tuple[float, int]:
    """run() for any program that prints its peak memory at its first paint and
    exits (benchmarks/bench_frozen.py times the frozen app with it)."""
    # An installed lessonapp has its bytecode compiled (pip does it); let the
    # warm-up run write it here too, whatever PYTHONDONTWRITEBYTECODE says.
    unset = ("PYTHONDONTWRITEBYTECODE", "XDG_DATA_HOME", "LESSONAPP_DATA_DIR")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env["HOME"] = home  # a fresh user: their data folder is made on the first run
    if data_dir is not None:
        env["LESSONAPP_DATA_DIR"] = str(data_dir)
    env.update(extra_env or {})
    started = time.perf_counter()
    child = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    elapsed = time.perf_counter() - started
    if child.returncode != 0 or not child.stdout.strip():
        raise SystemExit(f"the child failed:\n{child.stderr}")
    return elapsed, int(child.stdout.split()[-1])


def measure(home: str, runs: int, data_dir: Path | None = None) -> tuple[float, float, float, float]:
    """Median seconds to the first window and peak MiB: the app's, then the bare window's."""
    run(LESSONAPP, home, data_dir)  # first run: makes the database and the lesson cache
    bare, app = [], []
    for _ in range(runs):
        bare.append(run(BARE, home))
        app.append(run(LESSONAPP, home, data_dir))
    return (
        statistics.median(t for t, _ in app),
        max(m for _, m in app) / 1024,
        statistics.median(t for t, _ in bare),
        max(m for _, m in bare) / 1024,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--answers", type=int, default=1_000_000, help="in the classroom's database; 0: skip")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}, {args.runs} runs each, alternating")
    rows = []
    with tempfile.TemporaryDirectory() as home:
        app_time, app_memory, bare_time, bare_memory = measure(home, args.runs)
    rows += [
        (
            "time to first window (median)",
            ms(app_time),
            f"bare window {ms(bare_time)}",
            f"{app_time / bare_time:.2f}x",
            "<= 1.3x",
        ),
        (
            "peak memory",
            f"{app_memory:.1f} MiB",
            f"bare window {bare_memory:.1f} MiB",
            f"+{app_memory - bare_memory:.1f} MiB",
            "<= +30 MiB",
        ),
    ]
    if args.answers:
        with tempfile.TemporaryDirectory() as home:
            data = Path(home) / "classroom"  # as a school sets it up: LESSONAPP_DATA_DIR
            data.mkdir()
            written = fill(data / "scores.db", args.answers, random.Random(7))
            app_time, _, bare_time, _ = measure(home, args.runs, data)
            rows.append(
                (
                    f"same, {written:,} answers in the database",
                    ms(app_time),
                    f"bare window {ms(bare_time)}",
                    f"{app_time / bare_time:.2f}x",
                    "<= 1.3x",
                )
            )
            # The same classroom as a locked kiosk: its settings file is read
            # (the YAML reader), and the window is locked before it is shown.
            (data / "settings.yaml").write_text("kiosk: true\nidle_timeout: 120\n", encoding="utf-8")
            with Store.open(data / "scores.db") as store:
                set_pin(store, "246813")
            app_time, _, bare_time, _ = measure(home, args.runs, data)
            rows.append(
                (
                    "same, as a locked kiosk",
                    ms(app_time),
                    f"bare window {ms(bare_time)}",
                    f"{app_time / bare_time:.2f}x",
                    "-",
                )
            )
    print_table("Start-up to the first window", rows)


if __name__ == "__main__":
    main()
