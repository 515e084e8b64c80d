"""What a screen reader gets on the quiz, results and lesson screens (issue 14):
the announcements the app makes, and the roles, names and states read through
QAccessible.queryAccessibleInterface."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from test_results_truth import right_positions, run_quiz, start, wrong_positions
from uihelpers import focused

from lessonapp.ui import accessibility
from tests.bidi import plain


class Announcements:
    """Records what the app announces, and passes every event on to Qt as before."""

    def __init__(self) -> None:
        self.spoken: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []

    def __getattr__(self, name):
        return getattr(QAccessible, name)

    def updateAccessibility(self, event) -> None:  # noqa: N802 (QAccessible's name)
        if isinstance(event, QAccessibleAnnouncementEvent):
            self.spoken.append((event.message(), event.politeness()))
        QAccessible.updateAccessibility(event)

    @property
    def texts(self) -> list[str]:
        return [text for text, _ in self.spoken]


@pytest.fixture
def announced(monkeypatch) -> Announcements:
    recorder = Announcements()
    monkeypatch.setattr(accessibility, "QAccessible", recorder)
    return recorder


def reader(widget) -> QAccessible.QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface


def position_of(shown, question_id_choice_text: str) -> int:
    question = shown.question
    return next(p for p, i in enumerate(shown.choice_order) if question.choices[i].text == question_id_choice_text)


def go_to(app, question_id: str) -> None:
    """Answer right until the question with this id is shown."""
    quiz = app.quiz
    for _ in range(10):
        if quiz.session.current.question.id == question_id and not quiz._showing_feedback:
            return
        if quiz._showing_feedback:
            quiz.on_screen_action_requested()
            continue
        for p in right_positions(quiz.session.current):
            quiz.screen.toggle(p)
        quiz.on_screen_action_requested()
    raise AssertionError(f"question {question_id} never came")


def test_arriving_on_a_question_announces_its_number_kind_and_prompt(qtbot, make_app, announced):
    app, lesson = start(make_app, "basics")
    screen = app.quiz_screen
    total = len(app.quiz.session.questions)
    first = app.quiz.session.current.question
    kind = "choose all that apply" if first.type == "multiple" else "choose one"
    assert announced.texts[-1] == f"Question 1 of {total}, {kind}: {first.prompt}"
    go_to(app, "long")  # a true/false question: the statement to judge is spoken, not only "True"
    number = app.quiz.session.current_index + 1
    assert announced.texts[-1] == f"Question {number} of {total}, choose one: Is the river long?"
    go_to(app, "traits")
    number = app.quiz.session.current_index + 1
    assert announced.texts[-1] == f"Question {number} of {total}, choose all that apply: What is the river like?"
    assert screen.spoken_question == announced.texts[-1]


def test_pick_an_answer_first_is_announced_at_once(qtbot, make_app, announced):
    app, lesson = start(make_app, "basics")
    app.quiz.on_screen_action_requested()  # nothing picked
    text, politeness = announced.spoken[-1]
    assert text.startswith("Pick an answer first")
    assert politeness == QAccessible.AnnouncementPoliteness.Assertive
    assert reader(app.quiz_screen.hint).text(QAccessible.Text.Name) == text


def test_single_answers_are_radio_buttons_and_multiple_answers_check_boxes(qtbot, make_app):
    app, lesson = start(make_app, "basics")
    seen = set()
    for _ in range(3):
        shown = app.quiz.session.current
        multiple = shown.question.type == "multiple"
        role = QAccessible.Role.CheckBox if multiple else QAccessible.Role.RadioButton
        choices = app.quiz_screen.choices
        for choice in choices:
            interface = reader(choice)
            assert interface.role() == role
            assert interface.text(QAccessible.Text.Name) == choice.accessibleName()
            assert interface.state().checkable and not interface.state().checked
        app.quiz_screen.toggle(0)
        assert reader(choices[0]).state().checked
        mark = "☑" if multiple else "◉"
        assert mark in choices[0].text_label.text()  # seen, not only heard: which kind, and chosen
        seen.add(shown.question.type)
        app.quiz.on_screen_action_requested()
        app.quiz.on_screen_action_requested()
    assert seen == {"single", "true_false", "multiple"}


def test_feedback_is_announced_and_reachable_by_tab(qtbot, make_app, announced):
    app, lesson = start(make_app, "basics")
    go_to(app, "bridges")
    shown = app.quiz.session.current
    app.quiz_screen.toggle(position_of(shown, "One"))
    app.quiz.on_screen_action_requested()
    spoken = announced.texts[-1]
    for part in ("Not quite.", "Too few.", "The right answer:", "Three", "Three bridges."):
        assert part in spoken
    screen = app.quiz_screen
    card = reader(screen.feedback)
    assert card.text(QAccessible.Text.Name) == "Feedback: Not quite."
    assert "Too few." in card.text(QAccessible.Text.Description)
    assert "Three bridges." in card.text(QAccessible.Text.Description)
    assert not card.state().invisible and card.state().focusable
    # The answered choices keep their marks within reach: focusable, read-only, never toggled.
    for choice in screen.choices:
        state = reader(choice).state()
        assert choice.isEnabled() and state.focusable and state.readOnly and not state.disabled
    wrong = screen.choices[position_of(shown, "One")]
    assert reader(wrong).text(QAccessible.Text.Description) == "✗ your answer, wrong"
    qtbot.mouseClick(wrong, Qt.MouseButton.LeftButton)
    qtbot.keyClick(wrong, Qt.Key.Key_Space)
    assert wrong.isChecked() and screen.chosen_positions() == {position_of(shown, "One")}
    # Tab from the focused Next button reaches the feedback and the chosen answer (a radio group),
    # the arrow keys the other choices; none of it changes the answer.
    reached = set()
    for _ in range(12):
        qtbot.keyClick(focused(app), Qt.Key.Key_Tab)
        reached.add(focused(app))
    assert screen.feedback in reached and wrong in reached
    wrong.setFocus()
    for _ in range(len(screen.choices)):
        qtbot.keyClick(focused(app), Qt.Key.Key_Down)
        reached.add(focused(app))
    assert set(screen.choices) <= reached
    assert screen.chosen_positions() == {position_of(shown, "One")}


def test_right_feedback_is_announced(qtbot, make_app, announced):
    app, lesson = start(make_app, "basics")
    go_to(app, "long")
    for p in right_positions(app.quiz.session.current):
        app.quiz_screen.toggle(p)
    app.quiz.on_screen_action_requested()
    assert plain(announced.texts[-1]).startswith("Right! ")
    assert "The notes say it is long." in plain(announced.texts[-1])
    assert "From the article: “the river is long”" in plain(announced.texts[-1])


def test_results_announce_the_score_and_pass_or_fail(qtbot, make_app, announced):
    app, lesson = start(make_app, "basics")
    run_quiz(app, right_positions)
    assert app.window.current_screen is app.results
    assert plain(announced.texts[-1]) == (
        "Results: Basics. Score 100 percent. Passed — well done! "
        "3 of 3 points · 3 of 3 questions right · pass mark 60%."
    )
    app.on_results_take_again()
    run_quiz(app, wrong_positions)
    assert plain(announced.texts[-1]).startswith(
        "Results: Basics. Score 0 percent. Not passed yet: you need 60% to pass."
    )
    verdict = reader(app.results.verdict)
    assert verdict.role() == QAccessible.Role.Heading and verdict.text(QAccessible.Text.Name).startswith("Not passed")
    title = reader(app.results.title)
    assert title.role() == QAccessible.Role.Heading and plain(title.text(QAccessible.Text.Name)) == "Results: Basics"
    quiz_title = reader(app.quiz_screen.lesson_title)
    assert quiz_title.role() == QAccessible.Role.Heading
    assert plain(quiz_title.text(QAccessible.Text.Name)) == "Quiz: Basics"


def test_each_lesson_page_is_announced_and_titled_by_headings(qtbot, make_app, announced):
    app = make_app()
    profile = app.store.add_profile("Ana")
    app.on_profiles_profile_chosen(profile.id)
    app.open_lesson(app.library.lesson_by_id("basics"))
    screen = app.lesson_screen
    assert announced.texts[-1] == "Basics: Before you start"
    qtbot.keyClick(focused(app), Qt.Key.Key_Space)  # Start reading: the focus stays on the button
    assert announced.texts[-1] == "Basics, page 1 of 2: The river"
    qtbot.keyClick(focused(app), Qt.Key.Key_Space)
    assert announced.texts[-1] == "Basics, page 2 of 2: Bridges"
    for widget, name in ((screen.title, "Basics"), (screen.page_title, "Bridges")):
        interface = reader(widget)
        assert interface.role() == QAccessible.Role.Heading
        assert interface.text(QAccessible.Text.Name) == name


def test_a_name_error_is_announced_and_named_by_what_it_says(qtbot, make_app, announced):
    app = make_app()
    profiles = app.profiles
    profiles.name_edit.setFocus()
    qtbot.keyClick(profiles.name_edit, Qt.Key.Key_Return)  # no name typed
    text, politeness = announced.spoken[-1]
    assert text == "Please type a name first."
    assert politeness == QAccessible.AnnouncementPoliteness.Assertive
    assert reader(profiles.error).text(QAccessible.Text.Name) == text
    assert reader(profiles.name_edit).text(QAccessible.Text.Description) == text
    qtbot.keyClicks(profiles.name_edit, "A")
    assert reader(profiles.name_edit).text(QAccessible.Text.Description) != text  # the placeholder again


def test_tab_reaches_the_locked_lesson_and_says_how_to_unlock_it(qtbot, make_app):
    app = make_app()
    profile = app.store.add_profile("Ana")
    app.on_profiles_profile_chosen(profile.id)
    exam = app.library_screen.cards["exam"]
    assert not exam.open_button.isEnabled()
    reached = []
    for _ in range(15):
        qtbot.keyClick(focused(app), Qt.Key.Key_Tab)
        reached.append(focused(app))
    assert exam in reached
    card = reader(exam)
    assert card.text(QAccessible.Text.Name) == "Exam"
    assert card.text(QAccessible.Text.Description) == "Locked: pass Basics first to open it."
