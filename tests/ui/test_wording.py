"""Messages made outside the UI (store, settings file, library) shown in the
app's language; lesson text, names and paths set inside a translated sentence
isolated (FSI ... PDI), on screen only: exports, statements and the log never."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from lessonapp.settings_file import read_settings
from lessonapp.store import Store, errors
from lessonapp.store.export import export_database
from lessonapp.ui.translations import Language
from lessonapp.ui.wording import FSI, PDI, fill, isolate, problem_line, translated
from lessonapp.words import Words
from tests.bidi import plain


@pytest.fixture
def speak(qapp):
    """speak("ar") installs a language as the app does; English again afterwards."""
    made: list[Language] = []

    def install(code: str) -> Language:
        language = Language(qapp, QLocale(code))
        made.append(language)
        return language

    yield install
    for language in made:
        for translator in language.translators:
            qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_words_is_its_english_sentence_for_the_command_line_and_the_log():
    words = Words("store", "The disk that holds {0} is full.", "/data")
    assert words == "The disk that holds /data is full." and str(words) == words
    assert FSI not in words and PDI not in words
    assert translated(words) == f"The disk that holds {isolate('/data')} is full."  # English: the same, isolated


def test_a_store_error_is_shown_in_the_app_language(speak, tmp_path):
    error = errors.explain(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    assert str(error).startswith("The disk that holds")  # the command line's words
    speak("fr")
    shown = translated(error)
    assert shown.startswith("Le disque qui contient ")
    assert isolate(str(tmp_path)) in shown


def test_a_damaged_score_file_is_told_in_arabic(speak, tmp_path):
    path = tmp_path / "scores.db"
    path.write_bytes(b"this is not a database" * 100)
    store = Store.open(path)
    try:
        assert store.notice.startswith("The score database could not be read")
        speak("ar")
        shown = translated(store.notice)
        assert "قاعدة بيانات الدرجات" in shown
        assert shown.count(FSI) == 2 and shown.count(PDI) == 2  # the file set aside, and the new one
    finally:
        store.close()


def test_settings_file_problems_are_shown_in_the_app_language(speak, tmp_path):
    (tmp_path / "settings.yaml").write_text("language: Arabic please\nlesson_folders: [nowhere]\n", encoding="utf-8")
    _, problems = read_settings(None, tmp_path)
    assert [p.message[:10] for p in problems] == ['"language"', "the lesson"]  # English for `lessonapp validate`
    speak("es")
    lines = [problem_line(p) for p in problems]
    assert plain(lines[0]) == f"{tmp_path / 'settings.yaml'}, línea 1: " + translated(problems[0].message)
    assert "debe ser un código de idioma" in lines[0]
    assert "aviso" in lines[1] and "no existe" in lines[1] and isolate("nowhere") in lines[1]


def _teacher_problems(app) -> list[str]:
    """What the teacher area's Lesson problems tab says of each broken file."""
    app.open_teacher_area()
    model = app.teacher_area.problems.model
    return [model.data(model.index(row, 2)) for row in range(model.rowCount())]


def test_why_a_lesson_is_missing_is_told_in_korean(speak, qtbot, make_app, library_dir):
    (library_dir / "later.yaml").write_text(
        "format: 1\nid: later\ntitle: Later\nrequires: [nothing-here]\npages: [{title: P, body: B}]\n",
        encoding="utf-8",
    )
    speak("ko")
    app = make_app()
    texts = _teacher_problems(app)
    assert any("nothing-here" in text and "라이브러리" in text for text in texts), texts


def test_a_name_refused_by_the_store_is_explained_in_the_app_language(speak, qtbot, make_app):
    speak("es")
    app = make_app()
    app.profiles.name_edit.setText("Zo\u200bë")  # QTest cannot type an invisible character
    qtbot.keyClick(app.profiles.name_edit, Qt.Key.Key_Return)
    assert app.profiles.error.text() == "Un nombre no puede contener caracteres invisibles."


def test_fill_isolates_each_text_and_leaves_numbers_alone():
    assert fill("{0} of {1}: {2}", 3, "1,200", "Ana") == f"3 of 1,200: {FSI}Ana{PDI}"


def test_lesson_text_inside_an_arabic_sentence_is_isolated(speak, qtbot, make_app):
    """The right answer, Re-read and the article's quote: an English choice ends
    with its own full stop on its own side in the right-to-left app."""
    speak("ar")
    app = make_app()
    qtbot.keyClicks(app.profiles.name_edit, "Ana")
    qtbot.keyClick(app.profiles.name_edit, Qt.Key.Key_Return)
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    screen = app.quiz_screen
    assert screen.lesson_title.text().endswith(isolate("Basics"))
    quiz = app.quiz
    while quiz.session.current.question.id != "long":
        quiz.screen.toggle(1)
        quiz.on_screen_action_requested()
        quiz.on_screen_action_requested()
    shown = quiz.session.current
    wrong = next(p for p in range(len(shown.choice_order)) if not shown.question.choices[shown.file_index(p)].correct)
    screen.toggle(wrong)
    quiz.on_screen_action_requested()
    assert screen.right_answer.text().endswith(PDI) and FSI in screen.right_answer.text()
    assert screen.right_answer.text() != plain(screen.right_answer.text())
    assert isolate("The river") in screen.reread_button.text()
    assert isolate("the river is long") in screen.quote.text()
    assert "الإجابة الصحيحة" in screen.right_answer.text()


def test_exports_statements_and_the_log_have_no_isolates(speak, qtbot, make_app, db_path, tmp_path):
    """An attempt made in the Arabic app, by a student whose name is set apart on
    screen: the CSV and JSON exports, the xAPI statements and the log are plain."""
    speak("ar")
    app = make_app()
    qtbot.keyClicks(app.profiles.name_edit, "Ana")
    qtbot.keyClick(app.profiles.name_edit, Qt.Key.Key_Return)
    assert isolate("Ana") in app.library_screen.student.text()
    app.open_lesson(app.library.lesson_by_id("basics"))
    app.start_quiz(app.lesson)
    for _ in range(len(app.quiz.session.questions)):
        app.quiz.screen.toggle(0)
        app.quiz.on_screen_action_requested()
        app.quiz.on_screen_action_requested()
    assert app.quiz.session.finished
    written = []
    for fmt in ("csv", "json"):
        for answers in (False, True):
            out = tmp_path / f"export-{answers}.{fmt}"
            export_database(db_path, out, fmt, answers=answers)
            written.append(out.read_text(encoding="utf-8-sig"))
    statements = [json.loads(text) for _, text in app.store.waiting_statements(100)]
    assert statements and "Ana" in json.dumps(statements, ensure_ascii=False)
    written.append(json.dumps(statements, ensure_ascii=False))
    written.extend(p.read_text(encoding="utf-8") for p in Path(db_path.parent).glob("*.log"))
    assert all("Ana" in text or not text.strip() for text in written[:4])
    assert not [text for text in written if FSI in text or PDI in text]


def test_the_facts_of_a_start_page_each_read_in_their_own_direction(speak, qtbot, make_app):
    """ "About 5 minutes · Grades 9-12 · 2 pages" in Arabic around an English level:
    each fact is isolated, or the level takes the number of the next one."""
    speak("ar")
    app = make_app()
    qtbot.keyClicks(app.profiles.name_edit, "Ana")
    qtbot.keyClick(app.profiles.name_edit, Qt.Key.Key_Return)
    lesson = app.library.lesson_by_id("basics")
    app.open_lesson(lesson)
    facts = next(line for line in app.lesson_screen.reader.toPlainText().splitlines() if " · " in line)
    assert facts.split(" · ") == [isolate(fact) for fact in plain(facts).split(" · ")] and len(facts.split(" · ")) == 3


def test_what_a_pull_fetched_is_told_in_the_app_language(speak):
    from lessonapp.classroom.pull import PullResult

    summary = PullResult(fetched=1200, merged=1000, already_here=199, rejected=1).summary()
    english = "fetched 1,200 statements from the LRS: merged 1,000, 199 were here already, 1 could not be merged"
    assert summary == english  # what `lessonapp scores pull` prints
    speak("fr")
    french = "1,200 relevés reçus du LRS : 1,000 fusionnés, 199 étaient déjà là, 1 n'ont pas pu être fusionnés"
    assert plain(translated(summary)) == french


def test_a_broken_question_is_explained_in_the_app_language(speak, qtbot, make_app):
    """The test library's broken.yaml: its question has one choice."""
    speak("fr")
    app = make_app()
    assert "la question « q » n'a qu'un choix ; donnez-lui-en deux ou plus" in map(plain, _teacher_problems(app))


def test_a_misspelt_key_is_explained_in_french_with_the_key_meant(speak, qtbot, make_app, library_dir):
    """A check of lesson/checks.py: the unknown key and its did-you-mean, in the Lesson problems tab."""
    (library_dir / "misspelt.yaml").write_text(
        "format: 1\nid: misspelt\ntitle: Misspelt\nsumary: A summary\npages: [{title: P, body: B}]\n",
        encoding="utf-8",
    )
    speak("fr")
    texts = [plain(text) for text in _teacher_problems(make_app())]
    assert "clé inconnue « sumary » dans la leçon ; vouliez-vous dire « summary » ?" in texts, texts


def test_a_page_id_used_twice_is_explained_in_arabic(speak, qtbot, make_app, library_dir):
    """A rule of the loader: the duplicate id, the line of its first use and the rule, in the Lesson problems tab."""
    (library_dir / "twice.yaml").write_text(
        "format: 1\nid: twice\ntitle: Twice\npages:\n"
        "  - {id: start, title: One, body: B}\n"
        "  - {id: start, title: Two, body: B}\n",
        encoding="utf-8",
    )
    speak("ar")
    texts = [plain(text) for text in _teacher_problems(make_app())]
    expected = 'معرّف الصفحة "start" مستخدم مرتين (أول مرة في السطر 5)؛ يجب أن يكون لكل صفحة معرّف مختلف'
    assert expected in texts, texts


def test_a_value_of_the_wrong_type_is_explained_in_the_preview_in_spanish(speak, qtbot, tmp_path):
    """`lessonapp preview`: a key, where it is, the kind expected and what was written, each part translated."""
    from lessonapp.store import Store
    from lessonapp.ui.preview import PreviewWindow

    path = tmp_path / "lesson.yaml"
    path.write_text("format: 1\nid: l\ntitle: T\nminutes: many\npages: [{title: P, body: B}]\n", encoding="utf-8")
    speak("es")
    store = Store.open(tmp_path / "preview.db")
    window = PreviewWindow(path, store)
    qtbot.addWidget(window)
    lines = [plain(window.problems.item(row).text()) for row in range(window.problems.count())]
    store.close()
    assert any(line.endswith("«minutes» en la lección debe ser un número, no el texto «many»") for line in lines), lines


def test_a_sign_in_kind_misspelt_in_the_settings_file_is_explained_in_korean(speak, tmp_path):
    (tmp_path / "settings.yaml").write_text("student_sign_in: pictur\n", encoding="utf-8")
    _, problems = read_settings(None, tmp_path)
    speak("ko")
    assert plain(translated(problems[0].message)) == (
        '설정의 "student_sign_in"은 "pictur"이(가) 아니라 picture나 pin이어야 합니다("picture"을(를) 쓰려고 했나요?). '
        "고칠 때까지 학생은 그림으로 로그인합니다"
    )


def test_a_missing_required_key_is_explained_in_arabic_with_what_the_key_holds(speak, qtbot, make_app, library_dir):
    (library_dir / "untitled.yaml").write_text(
        "format: 1\nid: untitled\npages: [{title: P, body: B}]\n", encoding="utf-8"
    )
    speak("ar")
    texts = [plain(text) for text in _teacher_problems(make_app())]
    assert 'ينقص الدرس المفتاح المطلوب "title" (عنوان الدرس.)' in texts, texts


def test_a_key_written_twice_is_explained_in_spanish(speak, qtbot, make_app, library_dir):
    """A problem of the YAML itself (yamlparse.py), before any check of the lesson."""
    (library_dir / "twice-key.yaml").write_text("format: 1\nid: a\nid: b\ntitle: T\n", encoding="utf-8")
    speak("es")
    texts = [plain(text) for text in _teacher_problems(make_app())]
    assert "clave «id» repetida (escrita primero en la línea 2); quite una de ellas" in texts, texts
