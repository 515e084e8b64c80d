"""The student's whole journey, by keyboard, on a real library and a real store file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from uihelpers import focused

from lessonapp.store import Store
from lessonapp.ui import dialogs
from tests.bidi import plain

ENTER = Qt.Key.Key_Return
DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]


def add_student(qtbot, app, name: str) -> None:
    qtbot.keyClicks(app.profiles.name_edit, name)
    qtbot.keyClick(app.profiles.name_edit, ENTER)


def press(qtbot, app, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(app), key, modifier)


def open_lesson_by_keyboard(qtbot, app, lesson_id: str) -> None:
    """Tab to the lesson's Open button and press Enter."""
    target = app.library_screen.cards[lesson_id].open_button
    for _ in range(30):
        if focused(app) is target:
            break
        press(qtbot, app, Qt.Key.Key_Tab)
    assert focused(app) is target
    press(qtbot, app, ENTER)


def answer(qtbot, app, right: bool) -> None:
    """Pick the right (or a wrong) answer with the number keys, then press Enter."""
    shown = app.quiz.session.current
    correct = shown.question.correct_indices
    positions = [p for p, i in enumerate(shown.choice_order) if (i in correct) == right]
    if not right:
        positions = positions[:1]
    for position in positions:
        press(qtbot, app, DIGITS[position])
    press(qtbot, app, ENTER)


def test_journey_by_keyboard_immediate_feedback_results_and_retry(qtbot, make_app, db_path):
    """Add a student, read a lesson, take an immediate-feedback quiz, see results, retry the missed."""
    app = make_app()
    assert app.window.current_screen is app.profiles
    add_student(qtbot, app, "Amira")
    assert app.window.current_screen is app.library_screen
    assert app.profile.name == "Amira"

    press(qtbot, app, ENTER)  # the first open lesson has focus
    assert app.window.current_screen is app.lesson_screen
    assert app.lesson.id == "basics"
    assert "Know the river." in app.lesson_screen.reader.toPlainText()
    press(qtbot, app, ENTER)  # start reading
    assert app.lesson_screen.page_title.text() == "The river"
    assert "river" in app.lesson_screen.reader.toPlainText()
    assert "Water that flows." in app.lesson_screen.reader.toPlainText()  # glossary
    assert app.lesson_screen.reader.accessibleDescription() == "A blue dot that stands for the river."
    press(qtbot, app, ENTER)
    assert app.lesson_screen.page_title.text() == "Bridges"
    assert focused(app) is app.lesson_screen.quiz_button  # last page: the quiz is next
    press(qtbot, app, ENTER)
    assert app.window.current_screen is app.quiz_screen

    session = app.quiz.session
    assert app.quiz_screen.counter.text() == "Question 1 of 3"
    answer(qtbot, app, right=False)
    first = session.grades[0]
    assert not first.correct
    assert app.quiz_screen.feedback.isVisible()
    assert app.quiz_screen.verdict.text() == "Not quite."
    assert app.quiz_screen.explanation.isVisible()
    press(qtbot, app, ENTER)  # next question
    assert app.quiz_screen.counter.text() == "Question 2 of 3"
    answer(qtbot, app, right=True)
    assert app.quiz_screen.verdict.text() == "Right!"
    press(qtbot, app, ENTER)
    answer(qtbot, app, right=True)
    press(qtbot, app, ENTER)  # see my results

    assert app.window.current_screen is app.results
    assert session.finished
    with Store.open(db_path) as other:
        record = other.attempt(app.quiz.attempt_id)
    assert record.status == "finished"
    assert [a.question_id for a in record.answers] == list(session.question_ids)
    assert record.seed == 11
    assert "The right answer:" in app.results.review.toPlainText()
    # each answer and the finish were reported in the outbox (docs/classroom.md), with the lesson's course
    import json

    kept = [json.loads(body) for _, body in app.store.waiting_statements(100)]
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in kept]
    assert verbs[:3] == ["answered"] * 3 and verbs[3] == "completed" and verbs[4] in ("passed", "failed")
    assert {s["context"]["registration"] for s in kept} == {record.uuid}
    assert {s["context"]["contextActivities"]["grouping"][0]["id"].rsplit("/", 1)[1] for s in kept} == {
        "test-course"
    }

    missed = session.missed_ids
    assert len(missed) == 1
    assert focused(app) is app.results.retry_button
    press(qtbot, app, ENTER)
    assert app.window.current_screen is app.quiz_screen
    assert app.quiz.session.question_ids == missed
    answer(qtbot, app, right=True)
    press(qtbot, app, ENTER)
    assert app.window.current_screen is app.results
    assert not app.quiz.session.missed_ids
    retry = app.store.attempt(app.quiz.attempt_id)
    assert retry.practice and retry.percent == 100.0
    best = app.store.best_results(app.profile.id)["basics"]
    assert best.best_percent < 100.0, "a retry of the missed questions is practice, not the best result"


def test_answer_is_on_disk_before_feedback_is_shown(qtbot, make_app, db_path):
    """record_answer has committed by the time the feedback appears."""
    app = make_app()
    add_student(qtbot, app, "Ben")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    seen = []
    original = app.quiz_screen.show_feedback

    def spy(*args, **kwargs):
        with Store.open(db_path) as other:
            seen.append(other.attempt(app.quiz.attempt_id).answers)
        original(*args, **kwargs)

    app.quiz_screen.show_feedback = spy
    answer(qtbot, app, right=True)
    assert len(seen) == 1 and len(seen[0]) == 1


def test_feedback_end_shows_nothing_until_results(qtbot, make_app):
    """An exam-style quiz moves straight on after each answer."""
    app = make_app()
    add_student(qtbot, app, "Chen")
    app.store.finish_attempt(
        app.store.start_attempt(app.profile.id, "basics", "Basics", 1, ["long"], 1), 1, 1, 100, True
    )
    app.show_library()
    open_lesson_by_keyboard(qtbot, app, "exam")
    assert focused(app) is app.lesson_screen.quiz_button  # no pages: the quiz is next
    press(qtbot, app, ENTER)
    for number in (1, 2, 3):
        assert app.quiz_screen.counter.text() == f"Question {number} of 3"
        answer(qtbot, app, right=number != 2)
        assert not app.quiz_screen.feedback.isVisible()
    assert app.window.current_screen is app.results
    assert app.results.score.text() == "66%"  # 2 of 3, rounded down


def test_pressing_enter_without_an_answer_asks_for_one(qtbot, make_app):
    """Enter with nothing picked records nothing and says what to do."""
    app = make_app()
    add_student(qtbot, app, "Dana")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    press(qtbot, app, ENTER)
    assert app.quiz.session.grades == ()
    assert "Pick an answer" in app.quiz_screen.hint.text()


def test_multiple_choice_keys_toggle(qtbot, make_app):
    """On a multiple-answer question a number key toggles its choice."""
    app = make_app()
    add_student(qtbot, app, "Eve")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    while app.quiz.session.current.question.type != "multiple":
        answer(qtbot, app, right=True)
        press(qtbot, app, ENTER)
    press(qtbot, app, Qt.Key.Key_1)
    press(qtbot, app, Qt.Key.Key_2)
    press(qtbot, app, Qt.Key.Key_1)
    assert app.quiz_screen.chosen_positions() == frozenset({1})


def test_true_false_shows_true_then_false(qtbot, make_app):
    """1 is True and 2 is False."""
    app = make_app()
    add_student(qtbot, app, "Fay")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    while app.quiz.session.current.question.type != "true_false":
        answer(qtbot, app, right=True)
        press(qtbot, app, ENTER)
    texts = [b.text_label.text() for b in app.quiz_screen.choices]
    assert "True" in texts[0] and "False" in texts[1]


def test_reread_shows_the_page_and_comes_back(qtbot, make_app):
    """Re-read opens the see: page; Esc returns to the question."""
    app = make_app()
    add_student(qtbot, app, "Gus")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    answer(qtbot, app, right=False)
    see = app.quiz.session.grades[0].question_id
    page = app.lesson.page_by_id(app.lesson.question_by_id(see).see)
    assert plain(app.quiz_screen.reread_button.text()) == f"Re-read: {page.title}"
    if app.lesson.question_by_id(see).quote:
        assert app.quiz_screen.quote.text().startswith("From the article: “")
    app.quiz_screen.reread_button.setFocus()
    press(qtbot, app, ENTER)
    assert app.quiz_screen.rereading
    assert app.quiz_screen.reread_title.text() == page.title
    press(qtbot, app, Qt.Key.Key_Escape)
    assert not app.quiz_screen.rereading
    assert app.window.current_screen is app.quiz_screen


def test_leave_and_resume_in_a_fresh_window(qtbot, make_app, monkeypatch):
    """Esc leaves a quiz (after asking); a new run resumes it: same questions, same order."""
    first = make_app(seed=5)
    add_student(qtbot, first, "Hana")
    first.open_lesson(first.library.lesson_by_id("basics"))
    first.start_quiz(first.lesson)
    shown_before = first.quiz.session.questions
    answer(qtbot, first, right=True)
    press(qtbot, first, ENTER)
    monkeypatch.setattr(dialogs, "ask_leave_quiz", lambda parent: True)
    press(qtbot, first, Qt.Key.Key_Escape)
    assert first.window.current_screen is first.lesson_screen
    first.window.close()

    asked = []
    monkeypatch.setattr(
        dialogs, "ask_resume", lambda parent, done, total: asked.append((done, total)) or dialogs.RESUME
    )
    second = make_app(seed=99)
    assert second.profiles.selected_id() == first.profile.id  # the last student is preselected
    press(qtbot, second, ENTER)
    second.open_lesson(second.library.lesson_by_id("basics"))
    second.lesson_screen.quiz_button.setFocus()
    press(qtbot, second, ENTER)
    assert asked == [(1, 3)]
    assert second.quiz.session.questions == shown_before
    assert second.quiz.session.current_index == 1
    assert second.quiz_screen.counter.text() == "Question 2 of 3"
    order = [b.text_label.text() for b in second.quiz_screen.choices]
    current = shown_before[1]
    assert [current.question.choices[i].text for i in current.choice_order] == [t.split("&nbsp;")[-1] for t in order]


def test_start_over_abandons_the_old_attempt(qtbot, make_app, monkeypatch):
    """Start over abandons the unfinished attempt and begins a new one."""
    app = make_app()
    add_student(qtbot, app, "Ivan")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    old = app.quiz.attempt_id
    answer(qtbot, app, right=True)
    monkeypatch.setattr(dialogs, "ask_resume", lambda *a: dialogs.START_OVER)
    app.start_quiz(app.lesson)
    assert app.quiz.attempt_id != old
    assert app.store.attempt(old).status == "abandoned"
    assert app.quiz.session.grades == ()


def test_esc_asks_and_staying_keeps_the_quiz(qtbot, make_app, monkeypatch):
    """Answering No to "Leave the quiz?" keeps the student in the quiz."""
    app = make_app()
    add_student(qtbot, app, "Jo")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed with no button: as Stay
    press(qtbot, app, Qt.Key.Key_Escape)
    assert app.window.current_screen is app.quiz_screen


def test_the_leave_and_resume_questions_speak_in_words(qtbot, make_app):
    """No Yes/No, no icon; the resume question says plainly that nothing was answered yet."""
    app = make_app()
    box, leave = dialogs.leave_box(app.window)
    assert box.icon() == QMessageBox.Icon.NoIcon
    assert [b.text() for b in box.buttons()] == ["Leave the quiz", "Stay"]
    assert box.defaultButton().text() == "Stay" and box.escapeButton().text() == "Stay"
    box, resume, again = dialogs.resume_box(app.window, 0, 9)
    assert box.icon() == QMessageBox.Icon.NoIcon
    assert box.text() == "You started this quiz but did not answer a question yet."
    box, resume, again = dialogs.resume_box(app.window, 1, 9)
    assert box.text() == "You left this quiz after 1 of 9 questions."


def test_time_limit_finishes_the_quiz(qtbot, make_app, clock, db_path):
    """When the clock runs out the attempt is finished and results are shown."""
    app = make_app()
    add_student(qtbot, app, "Kim")
    app.open_lesson(app.library.lesson_by_id("timed"))
    app.start_quiz(app.lesson)
    assert app.quiz_screen.timer.text() == "1:00"
    answer(qtbot, app, right=True)
    clock.now += 61
    app.quiz.on_ticker_timeout()
    assert app.window.current_screen is app.results
    with Store.open(db_path) as other:
        record = other.attempt(app.quiz.attempt_id)
    assert record.status == "finished" and record.max_score == 3 and record.score == 1


@pytest.mark.parametrize("name, message", [("   ", "Please type a name"), ("amira", "already")])
def test_add_student_refuses_empty_and_duplicate_names(qtbot, make_app, name, message):
    """A clear message for an empty or taken name."""
    app = make_app()
    app.store.add_profile("Amira")
    app.show_profiles()
    app.profiles.name_edit.setFocus()
    add_student(qtbot, app, name)
    assert app.window.current_screen is app.profiles
    assert message in plain(app.profiles.error.text())
    assert not app.profiles.error.isHidden()


@pytest.mark.parametrize(
    "name, message",
    [
        ("\u0410mira", "looks the same as Amira, who is already on the list. Choose Amira above"),  # Cyrillic A
        ("\u0391MIRA", "looks the same as Amira"),  # Greek capital alpha, and capitals
        ("\u202eari\u043cA", "change the direction of the text"),  # right-to-left override
        ("Zo\u200be", "invisible characters"),  # a zero-width space: refused by the store
    ],
)
def test_add_student_refuses_look_alike_names(qtbot, make_app, name, message):
    """A name that would look the same as one on the list is refused, and the
    message names the student it looks like (not the name typed)."""
    app = make_app()
    app.store.add_profile("Amira")
    app.show_profiles()
    app.profiles.name_edit.setText(name)  # QTest types only Latin-1
    qtbot.keyClick(app.profiles.name_edit, ENTER)
    assert app.window.current_screen is app.profiles
    assert message in plain(app.profiles.error.text())
    assert app.profiles.error.accessibleName() == app.profiles.error.text()  # what a screen reader says
    assert [p.name for p in app.store.profiles()] == ["Amira"]


def test_switch_student_goes_back_to_profiles(qtbot, make_app):
    """Esc on the library returns to "Who is learning?"."""
    app = make_app()
    add_student(qtbot, app, "Lee")
    press(qtbot, app, Qt.Key.Key_Escape)
    assert app.window.current_screen is app.profiles


def test_every_button_has_an_accessible_name(qtbot, make_app):
    """Screen readers can name every button on every screen."""
    app = make_app()
    add_student(qtbot, app, "Max")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    answer(qtbot, app, right=False)
    for button in app.window.findChildren(QPushButton):
        assert button.accessibleName(), button.text()


@pytest.mark.parametrize("zoom", [1.0, 1.3])
def test_after_check_the_feedback_is_scrolled_into_view_and_the_hint_is_calm(qtbot, make_app, zoom):
    """The explanation and the Re-read button are in view after Check; "Pick an answer first" is gone."""
    app = make_app()
    app.window.resize(1024, 768)
    app.view_settings.set_zoom(zoom)
    add_student(qtbot, app, "Amira")
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    screen = app.quiz_screen
    while app.quiz.session.current.question.id != "long":  # the question with a page to re-read
        answer(qtbot, app, right=True)
        press(qtbot, app, ENTER)
    press(qtbot, app, ENTER)  # nothing picked yet
    assert screen.hint.objectName() == "error"
    answer(qtbot, app, right=False)
    assert screen.hint.objectName() == "muted" and "Pick an answer first" not in screen.hint.text()
    viewport = screen.question_scroll.viewport()

    def in_view(widget) -> bool:
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    qtbot.waitUntil(lambda: in_view(screen.reread_button), timeout=2000)
    assert in_view(screen.explanation) and in_view(screen.verdict)
