"""What the results screen says is true: a retry is practice, hidden scores stay
hidden, partial credit is named, and every count has its plural."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from uihelpers import focused

from lessonapp.settings import Settings
from lessonapp.store import Store
from lessonapp.ui.controller import AppController
from lessonapp.ui.widgets import count_text
from tests.bidi import plain

PARTIAL = """\
format: 1
id: partial
title: Partial
quiz:
  questions:
    - id: stages
      type: multiple
      scoring: partial
      prompt: Which are stages?
      explanation: Evaporation and rain are stages; ice is not.
      choices:
        - {text: Evaporation., correct: true}
        - {text: Rain., correct: true}
        - {text: Ice.}
        - {text: Sand.}
    - {id: b, prompt: B?, choices: [{text: x}, {text: y, correct: true}], explanation: y}
    - {id: c, prompt: C?, choices: [{text: x, correct: true}, {text: y}], explanation: x}
"""


def run_quiz(app, pick) -> None:
    """Answer every question with pick(shown) -> positions, through to the results."""
    quiz = app.quiz
    for _ in range(50):
        if app.window.current_screen is app.results:
            return
        if quiz._showing_feedback:
            quiz.on_screen_action_requested()
            continue
        shown = quiz.session.current
        for position in pick(shown):
            quiz.screen.toggle(position)
        quiz.on_screen_action_requested()
    raise AssertionError("the quiz never reached the results")


def right_positions(shown):
    return [p for p, i in enumerate(shown.choice_order) if i in shown.question.correct_indices]


def wrong_positions(shown):
    return [p for p, i in enumerate(shown.choice_order) if i not in shown.question.correct_indices][:1]


def wrong_first(shown):
    """The first question wrong, the others right."""
    if shown.question.id == "long":
        return [p for p, i in enumerate(shown.choice_order) if i not in shown.question.correct_indices][:1]
    return right_positions(shown)


def start(make_app, lesson_id: str):
    app = make_app()
    profile = app.store.add_profile("Ana")
    app.on_profiles_profile_chosen(profile.id)
    lesson = app.library.lesson_by_id(lesson_id)
    app.open_lesson(lesson)
    app.start_quiz(lesson)
    return app, lesson


def test_a_retry_is_practice_never_a_pass(qtbot, make_app):
    app, lesson = start(make_app, "basics")
    run_quiz(app, wrong_first)
    assert app.results.score.text() == "66%"
    app.on_results_retry_missed()
    run_quiz(app, right_positions)
    assert app.window.current_screen is app.results
    assert app.store.attempt(app.quiz.attempt_id).practice
    shown = " ".join(w.text() for w in (app.results.title, app.results.score, app.results.verdict, app.results.points))
    assert "Passed" not in shown and "100%" not in shown
    assert plain(app.results.title.text()) == "Practice: Basics"
    assert app.results.verdict.text() == "The question you missed is now right."
    assert app.results.points.text() == "This was practice. Your result for this lesson stays 66%."
    assert app.results.score.accessibleName() == "1 of 1 right"
    from PySide6.QtGui import QAccessible

    for widget in (app.results.verdict, app.results.points, app.results.score):  # what a screen reader reads
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        assert name == widget.accessibleName() and "Passed" not in name


def test_a_retry_below_the_pass_mark_says_to_take_the_whole_quiz(qtbot, make_app):
    app, lesson = start(make_app, "exam")
    run_quiz(app, wrong_positions)
    app.on_results_retry_missed()
    run_quiz(app, lambda shown: wrong_positions(shown) if shown.question.id == "c" else right_positions(shown))
    assert app.results.verdict.text() == "Now right: 2 of the 3 questions you missed."
    assert app.results.points.text() == (
        "This was practice. Your result for this lesson stays 0%: take the whole quiz again to pass."
    )


def test_the_teacher_sees_a_retry_as_practice(qtbot, make_app):
    app, lesson = start(make_app, "basics")
    run_quiz(app, wrong_first)
    app.on_results_retry_missed()
    run_quiz(app, right_positions)
    from lessonapp.ui.teacher.student import StudentTab

    tab = StudentTab()
    qtbot.addWidget(tab)
    tab.set_students(app.store.profiles())
    attempts = [app.store.attempt(i) for i in (app.quiz.attempt_id - 1, app.quiz.attempt_id)]
    tab.set_history(attempts, {"basics": "Basics"}, {"basics": 60.0})
    scores = [tab.attempts_model.index(row, 3).data() for row in range(2)]
    assert scores == ["66% · passed", "100% · practice"]
    assert plain(tab.chart_caption.text()) == (
        "Ana: 1 finished of 1 attempt; bars numbered as in the list below. "
        "Also 1 practice retry of missed questions, not charted."
    )


def test_hidden_scores_are_hidden_on_the_results_screen(qtbot, library_dir: Path, db_path: Path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(db_path)
    settings = QSettings(str(db_path.parent / "ui.ini"), QSettings.Format.IniFormat)
    app = AppController(store, [library_dir], settings, app_settings=Settings(students_see_own_scores=False),
                        new_seed=lambda: 11)
    qtbot.addWidget(app.window)
    app.start()
    app.finish_start()
    try:
        profile = store.add_profile("Ana")
        app.on_profiles_profile_chosen(profile.id)
        lesson = app.library.lesson_by_id("basics")
        app.open_lesson(lesson)
        app.start_quiz(lesson)
        run_quiz(app, wrong_first)
        screen = app.results
        assert not screen.score.isVisible()
        words = " ".join([screen.verdict.text(), screen.points.text(), screen.review.toPlainText()])
        for hidden in ("%", "Passed", "pass mark", "points", "Not passed"):
            assert hidden not in words
        assert screen.verdict.text() == "You have finished the quiz."
        app.on_results_retry_missed()
        run_quiz(app, right_positions)
        assert "%" not in screen.points.text()
        assert screen.points.text() == "This was practice: it does not change your result for this lesson."
    finally:
        store.close()


def test_partial_credit_is_named_and_the_right_answers_listed(qtbot, make_app, library_dir):
    (library_dir / "partial.yaml").write_text(PARTIAL, encoding="utf-8")
    app, lesson = start(make_app, "partial")

    def one_right(shown):
        if shown.question.id == "stages":
            return [p for p, i in enumerate(shown.choice_order) if i == 0]
        return right_positions(shown)

    run_quiz(app, one_right)
    text = app.results.review.toPlainText()
    assert "Partly right: 0.5 of 1 point" in text
    assert "Wrong" not in text
    assert "Evaporation and rain are stages; ice is not." in text
    assert "The right answers:" in text
    assert ".;" not in text
    html = app.results.review.toHtml()
    assert html.count("<li") >= 2  # Evaporation. and Rain. each on its own line


def test_counts_use_plural_forms():
    assert count_text("%n page(s)", 1) == "1 page"
    assert count_text("%n page(s)", 3) == "3 pages"
    assert count_text("%n question(s) drawn from {0}", 15).format(33) == "15 questions drawn from 33"


def test_every_count_in_the_code_has_its_english_plural():
    """Each "(s)" text in the screens is in lessonapp_en.ts, or students would read "1 page(s)"."""
    import re

    root = Path(__file__).resolve().parents[2]
    ts = (root / "resources" / "translations" / "lessonapp_en.ts").read_text(encoding="utf-8")
    sources = set(re.findall(r"<source>(.*?)</source>", ts))
    from xml.sax.saxutils import unescape

    sources = {unescape(s) for s in sources}
    found = set()
    for path in (root / "lessonapp" / "ui").rglob("*.py"):
        found |= set(re.findall(r'"([^"\n]*\(s\)[^"\n]*)"', path.read_text(encoding="utf-8")))
    found.discard("%n page(s)\", 1) -> ")
    assert found, "no count found: the pattern is wrong"
    assert found <= sources, sorted(found - sources)


def test_the_library_names_the_draw_and_a_quiz_in_progress(qtbot, make_app, library_dir):
    text = library_dir / "exam.yaml"
    text.write_text(text.read_text(encoding="utf-8").replace("feedback: end", "feedback: end\n  draw: 2"),
                    encoding="utf-8")
    app, lesson = start(make_app, "exam")
    app.on_quiz_left()
    app.show_library()
    card = app.library_screen.cards["exam"]
    words = " ".join(w.text() for w in card.findChildren(type(card.status)))
    assert "2 questions drawn from 3" in words
    assert card.status.text() == "Quiz started: resume it any time"
    assert focused(app) is not None


def test_immediate_feedback_names_partial_credit_and_lists_the_right_answers(qtbot, make_app, library_dir):
    (library_dir / "partial.yaml").write_text(
        PARTIAL.replace("quiz:\n", "quiz:\n  feedback: immediate\n", 1), encoding="utf-8"
    )
    app, lesson = start(make_app, "partial")
    quiz = app.quiz
    while quiz.session.current.question.id != "stages":
        for p in right_positions(quiz.session.current):
            quiz.screen.toggle(p)
        quiz.on_screen_action_requested()
        quiz.on_screen_action_requested()
    shown = quiz.session.current
    quiz.screen.toggle(next(p for p, i in enumerate(shown.choice_order) if i == 0))
    quiz.on_screen_action_requested()
    screen = app.quiz_screen
    assert screen.verdict.text() == "Partly right: 0.5 of 1 point."
    lines = screen.right_answer.text().splitlines()
    assert lines[0] == "The right answers:" and len(lines) == 3
    assert ".;" not in screen.right_answer.text()
    assert screen.explanation.text() == "Evaporation and rain are stages; ice is not."


WEIGHTED = """\
format: 1
id: weighted
title: Weighted
quiz:
  feedback: immediate
  questions:
    - id: hometown
      prompt: Where did Jesus grow up?
      explanation: In Nazareth, a village of Galilee.
      choices:
        - text: Nazareth
          correct: true
        - text: Galilee
          weight: 50
          feedback: You need to be more specific.
        - text: Jerusalem
"""


def pick_text(text):
    def pick(shown):
        return [p for p, i in enumerate(shown.choice_order) if shown.question.choices[i].text == text]

    return pick


def test_a_choice_worth_part_of_the_points_is_partly_right_not_a_right_answer(qtbot, make_app, library_dir):
    """Galilee (weight: 50) is not "the right answer": the results and the feedback say so apart."""
    (library_dir / "weighted.yaml").write_text(WEIGHTED, encoding="utf-8")
    app, lesson = start(make_app, "weighted")
    quiz = app.quiz
    shown = quiz.session.current
    galilee = pick_text("Galilee")(shown)[0]
    quiz.screen.toggle(galilee)
    quiz.on_screen_action_requested()
    screen = app.quiz_screen
    assert screen.verdict.text() == "Partly right: 0.5 of 1 point."
    nazareth = pick_text("Nazareth")(shown)[0]
    lines = plain(screen.right_answer.text()).splitlines()
    assert lines == [f"The right answer: {nazareth + 1}  Nazareth", f"Partly right: {galilee + 1}  Galilee"]
    assert screen.choices[galilee].note == "◐ your answer, partly right"
    assert screen.choices[nazareth].note == "✓ right answer"
    quiz.on_screen_action_requested()
    assert app.window.current_screen is app.results
    text = plain(app.results.review.toPlainText())
    assert "The right answer: Nazareth" in text
    assert "Partly right: Galilee" in text
    assert "The right answers:" not in text


def test_a_weighted_multiple_question_lists_every_choice_it_needs_as_the_right_answers(qtbot, make_app,
                                                                                        library_dir):
    (library_dir / "weighted.yaml").write_text(WEIGHTED.replace("""    - id: hometown
      prompt: Where did Jesus grow up?""", """    - id: hometown
      type: multiple
      prompt: Who is buried in Grant's tomb?""").replace("""        - text: Nazareth
          correct: true""", """        - text: Nazareth
          weight: 50""").replace("weight: 50\n          feedback", "weight: 50\n          feedback", 1),
        encoding="utf-8")
    app, lesson = start(make_app, "weighted")
    run_quiz(app, pick_text("Galilee"))
    text = app.results.review.toPlainText()
    assert "The right answers:" in text and "Partly right:\n" not in text


ONE_QUESTION = """\
format: 1
id: single
title: Single
quiz:
  questions:
    - id: stages
      type: multiple
      scoring: partial
      prompt: Which are stages?
      explanation: Evaporation and rain are stages; ice is not.
      choices:
        - {text: Evaporation., correct: true}
        - {text: Rain., correct: true}
        - {text: Ice.}
"""


def test_the_results_count_one_point_and_one_question_in_the_singular(qtbot, make_app, library_dir):
    """Issue 15, item 4: "0.5 of 1 points · 0 of 1 questions right" read wrong."""
    (library_dir / "single.yaml").write_text(ONE_QUESTION, encoding="utf-8")
    app, lesson = start(make_app, "single")
    run_quiz(app, lambda shown: [p for p, i in enumerate(shown.choice_order) if i == 0])
    assert app.results.points.text() == "0.5 of 1 point · 0 of 1 question right · pass mark 70%"
