"""Opening the teacher area's class overview at a million answers, beside a floor.

    python benchmarks/bench_overview_ui.py [--answers N] [--dir FOLDER]

Fills a fresh database with bench_store's fill (300 students x 20 lessons,
attempts of 20 questions; about N answer rows), then measures, offscreen:

* figure: construct TeacherArea(store, library, data_dir) and show it with the
  overview tab painted (class_overview + the table model + the first paint).
* floor: a bare QTableView with an empty QStandardItemModel, constructed, shown
  and painted the same way.
* also: clicking "Best score" to sort the whole overview, and choosing a lesson
  in the filter, each beside the same floor.

The ratio column is figure / floor.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from benchmarks.bench_store import fill  # noqa: E402
from benchmarks.common import ms, print_table  # noqa: E402
from lessonapp.content.model import Library  # noqa: E402
from lessonapp.store import Store, class_overview  # noqa: E402
from lessonapp.ui.teacher import TeacherArea  # noqa: E402

REPEATS = 5


def median_of(function, runs: int = REPEATS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


def shown(widget) -> None:
    widget.resize(1024, 768)
    widget.show()
    widget.repaint()  # paint now, synchronously
    QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    folder = Path(tempfile.mkdtemp(prefix="bench_overview_ui_", dir=args.dir))
    try:
        t0 = time.perf_counter()
        written = fill(folder / "scores.db", args.answers, random.Random(1))
        print(f"filled {written:,} answers in {time.perf_counter() - t0:.1f} s")
        with Store.open(folder / "scores.db") as store:
            library = Library()  # titles come from the store: the worst case for labels
            keep = []

            def open_area() -> None:
                area = TeacherArea(store, library, folder)
                shown(area)
                keep.append(area)

            def open_floor() -> None:
                view = QTableView()
                view.setModel(QStandardItemModel(0, 6, view))
                shown(view)
                keep.append(view)

            open_area()  # warm up imports and the page cache once
            rows_count = keep[-1].overview.model.rowCount()
            figure = median_of(open_area)
            floor = median_of(open_floor)
            query = median_of(lambda: class_overview(store))
            area = keep[0]
            tab = area.overview

            def sort_by_score() -> None:
                tab.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
                tab.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
                tab.table.repaint()

            def filter_lesson() -> None:
                tab.lesson_combo.setCurrentIndex(3)
                tab.lesson_combo.setCurrentIndex(0)
                tab.table.repaint()

            sort = median_of(sort_by_score) / 2
            filt = median_of(filter_lesson) / 2
            for widget in keep:
                widget.close()
                widget.deleteLater()
            keep.clear()
            QApplication.processEvents()
        rows = [
            ("open teacher area + overview", figure, floor, "<= 300 ms"),
            ("  of which class_overview", query, floor, "-"),
            ("sort overview by best score", sort, floor, "-"),
            ("filter overview by a lesson", filt, floor, "-"),
        ]
        print_table(
            f"teacher overview, {written:,} answers, {rows_count:,} overview rows (median of {REPEATS}, offscreen)",
            [(name, ms(s), ms(f), f"{s / f:.1f}x", target) for name, s, f, target in rows],
        )
        print("\nfloor: a bare QTableView with an empty model, constructed, shown and painted at 1024x768")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
