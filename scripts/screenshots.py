"""Render each screen of the student app offscreen at 1024x768 into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR] [--language CODE] [--zoom FACTOR]

--language ar renders the app in Arabic (right to left), --zoom 2 every
screen at twice the text size.

Uses the bundled course (lessons/) and a throw-away data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lessonapp.store import Store  # noqa: E402
from lessonapp.ui.controller import AppController  # noqa: E402


def settle(app: QApplication) -> None:
    """Let layouts settle (scroll bars appear, word wrap reflows) before grabbing."""
    for _ in range(3):
        app.processEvents()
        QTest.qWait(60)


def snap(controller: AppController, app: QApplication, out: Path, name: str) -> None:
    settle(app)
    path = out / f"{name}.png"
    controller.window.grab().save(str(path))
    print(path)


def first_with(lessons, predicate):
    return next((lesson for lesson in lessons if predicate(lesson)), lessons[0])


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--zoom", type=float, default=1.0)
    args = parser.parse_args()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from PySide6.QtCore import QLocale

    from lessonapp.ui.translations import Language

    language = Language(app, QLocale(args.language))  # noqa: F841 - as the app does: "2 pages", not "2 page(s)"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        store = Store.open(data / "scores.db")
        for name in ("Amira", "Ben", "Chen"):
            store.add_profile(name)
        settings = QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat)
        controller = AppController(store, [ROOT / "lessons"], settings, new_seed=lambda: 7)
        controller.window.resize(1024, 768)
        controller.start()
        controller.finish_start()  # the menus, as once the first frame is painted
        controller.view_settings.set_zoom(args.zoom)
        controller.window.activateWindow()
        controller.load_library()
        snap(controller, app, out, "profiles")

        amira = next(p for p in store.profiles() if p.name == "Amira")
        controller.on_profiles_profile_chosen(amira.id)
        lessons = controller.library.lessons
        # Pass the first lesson so the library shows progress.
        first = lessons[0]
        controller.open_lesson(first)
        controller.start_quiz(first)
        quiz = controller.quiz
        while not quiz.session.finished:
            shown = quiz.session.current
            right = shown.question.correct_indices
            for position, index in enumerate(shown.choice_order):
                if index in right:
                    quiz.screen.toggle(position)
            quiz.on_screen_action_requested()
            if not quiz.session.finished or quiz._showing_feedback:
                quiz.on_screen_action_requested()
        controller.show_library()
        snap(controller, app, out, "library")

        lesson = first_with(lessons, lambda x: any(p.image for p in x.pages))
        controller.open_lesson(lesson)
        snap(controller, app, out, "lesson-start")
        page = next((i for i, p in enumerate(lesson.pages, start=1) if p.image), 1)
        controller.lesson_screen.show_index(page)
        snap(controller, app, out, "lesson-page")

        quiz_lesson = lessons[1] if len(lessons) > 1 else lessons[0]
        controller.open_lesson(quiz_lesson)
        controller.start_quiz(quiz_lesson)
        quiz = controller.quiz
        snap(controller, app, out, "quiz-question")
        shown = quiz.session.current
        wrong = next((p for p, i in enumerate(shown.choice_order) if i not in shown.question.correct_indices), 0)
        quiz.screen.toggle(wrong)
        QTest.keyClick(quiz.screen, Qt.Key.Key_Return)
        snap(controller, app, out, "quiz-feedback")

        while not quiz.session.finished:
            if quiz._showing_feedback:
                quiz.on_screen_action_requested()
                continue
            shown = quiz.session.current
            pick = (
                0
                if quiz.session.current_index % 2
                else next(p for p, i in enumerate(shown.choice_order) if i in shown.question.correct_indices)
            )
            quiz.screen.toggle(pick)
            quiz.on_screen_action_requested()
        if quiz._showing_feedback:
            quiz.on_screen_action_requested()
        snap(controller, app, out, "results")

        controller.view_settings.set_high_contrast(True)
        controller.open_lesson(lesson)
        controller.lesson_screen.show_index(page)
        snap(controller, app, out, "high-contrast")
        controller.show_library()
        snap(controller, app, out, "high-contrast-library")
        controller.view_settings.set_high_contrast(False)

        controller.view_settings.set_zoom(2.0)
        controller.start_quiz(quiz_lesson)
        snap(controller, app, out, "text-2x-quiz")
        controller.show_library()
        snap(controller, app, out, "text-2x-library")
        controller.open_lesson(lesson)
        controller.lesson_screen.show_index(page)
        snap(controller, app, out, "text-2x-lesson")
        controller.view_settings.set_zoom(1.0)
        controller.window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
