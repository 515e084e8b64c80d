"""Key press to feedback painted, in the quiz screen of the real app.

For each question of the bundled course (immediate feedback): key 1 picks a
choice, then the timed part -- Enter checks the answer, which records it
durably in SQLite, shows the feedback, and Qt paints every region that
changed (the posted update request, processed at once). Floor, in the same
run: a bare window whose key press sets a label's text, painted the same way.
    python benchmarks/bench_feedback.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

from benchmarks.common import ms, print_table  # noqa: E402
from lessonapp.paths import bundled_lessons  # noqa: E402
from lessonapp.store import Store  # noqa: E402
from lessonapp.ui.controller import AppController  # noqa: E402


class BareWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel("…")
        self.setCentralWidget(self.label)
        self.resize(1024, 768)
        self.count = 0

    def keyPressEvent(self, event) -> None:  # noqa: N802
        self.count += 1
        self.label.setText(f"Right! ({self.count})")


def timed_paint(widget, key, window) -> float:
    """The key press handled and every region it changed painted: Qt paints
    what was marked dirty when it processes the posted update request."""
    QApplication.processEvents()  # nothing left over from before
    started = time.perf_counter()
    QTest.keyClick(widget, key)
    QApplication.processEvents()
    return time.perf_counter() - started


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    bare = BareWindow()
    bare.show()
    QTest.qWaitForWindowExposed(bare)
    floor = [timed_paint(bare, Qt.Key.Key_Return, bare) for _ in range(100)]

    with tempfile.TemporaryDirectory() as data:
        store = Store.open(Path(data) / "scores.db")
        ui = QSettings(str(Path(data) / "ui.ini"), QSettings.Format.IniFormat)
        controller = AppController(store, [bundled_lessons()], ui, data_dir=Path(data))
        controller.start()
        QTest.qWaitForWindowExposed(controller.window)
        controller.finish_start()
        controller.upkeep.wait()  # the check and backup in their thread: done before measuring
        controller.on_profiles_profile_chosen(store.add_profile("Benchmark").id)
        figures = []
        for lesson in controller.library.lessons:
            if lesson.quiz is None or lesson.quiz.feedback != "immediate":
                continue
            controller.open_lesson(lesson)
            controller.start_quiz(lesson)
            screen = controller.quiz_screen
            for _ in lesson.quiz.questions[: lesson.quiz.asked_count]:
                QTest.keyClick(screen, Qt.Key.Key_1)
                figures.append(timed_paint(screen, Qt.Key.Key_Return, controller.window))
                QTest.keyClick(screen, Qt.Key.Key_Return)  # next question
                # What the event loop does between key presses: delete the
                # last question's widgets (processEvents alone does not).
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        store.close()

    def p(values, q):
        return statistics.quantiles(values, n=100)[q - 1]

    print(f"{len(figures)} answers with feedback; floor: {len(floor)} key presses in a bare window")
    print_table(
        "Key press to feedback painted",
        [
            (
                "median",
                ms(statistics.median(figures)),
                ms(statistics.median(floor)),
                f"{statistics.median(figures) / statistics.median(floor):.1f}x",
                "<= 16 ms",
            ),
            ("p99", ms(p(figures, 99)), ms(p(floor, 99)), f"{p(figures, 99) / p(floor, 99):.1f}x", "<= 16 ms"),
        ],
    )


if __name__ == "__main__":
    main()
