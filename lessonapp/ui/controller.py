"""The student app's controller: builds the screens, wires their signals in one
place, and moves between them. It is handed the store, the library folders and
the UI settings; it never opens anything itself."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from lessonapp.content.model import Lesson, Library
    from lessonapp.quiz.session import QuizSession
    from lessonapp.ui.lesson_screen import LessonScreen
    from lessonapp.ui.library_screen import LibraryScreen
    from lessonapp.ui.quiz_controller import QuizController
    from lessonapp.ui.quiz_screen import QuizScreen
    from lessonapp.ui.results_screen import ResultsScreen
    from lessonapp.ui.teacher import TeacherArea
    from lessonapp.ui.translations import Language
    from lessonapp.ui.worker import Worker
from lessonapp.settings import Settings
from lessonapp.ui.main_window import MainWindow
from lessonapp.ui.profiles import ProfilesScreen
from lessonapp.ui.theme import stylesheet
from lessonapp.ui.wording import fill, translated
from lessonapp.ui.zoom import ViewSettings


class AppController(QObject):
    """Emits student_changed(True) once a student is chosen or the teacher area
    opened and (False) back on the name screen, and store_replaced(store) after
    a backup is restored."""

    student_changed = Signal(bool)
    store_replaced = Signal(object)
    results_recorded = Signal()  # an answer or a result was kept: the background sender sends it soon

    def __init__(
        self,
        store,
        folders: Sequence[Path],
        settings: QSettings,
        *,
        kiosk: bool = False,
        app_settings: Settings | None = None,
        data_dir: Path | None = None,
        cache_folder: Path | None = None,
        language: Language | None = None,
        clock: Callable[[], float] = time.monotonic,
        new_seed: Callable[[], int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = None
        self.store = store
        self.folders = list(folders)
        self.kiosk = kiosk
        self.app_settings = app_settings or Settings()
        self.data_dir = data_dir
        self.teacher_area: TeacherArea | None = None
        self.pin_guard = None  # the growing delay after wrong PINs (kept in the database)
        self.upkeep: Worker | None = None  # the database's check and backup, once the window is up
        self.sender = None  # ui.sending.BackgroundSender, once the window is up, when lrs: is set
        self._checked_store = None  # the store whose file the upkeep checks
        self.cache_folder = cache_folder  # where validated lessons are cached (content/cache.py)
        self.clock = clock
        self.new_seed = new_seed or _random_seed
        self.library: Library | None = None
        self.profile = None
        self.lesson: Lesson | None = None
        self.quiz: QuizController | None = None
        self.retrying = False
        self._profile_before_teacher = None
        self._finished_start = False
        self.ui_settings = settings
        self.language = language  # None: whatever Qt has installed (tests, preview)
        # The language each session starts in: a kiosk goes back to it at the idle reset.
        self.home_language = language.locale.name() if language else None
        self._pending_language: str | None = None  # chosen during a quiz: applied once it is left

        self.view_settings = ViewSettings(settings, self, per_person=kiosk)
        self.window = MainWindow(teacher_menu=not kiosk)
        self.profiles = ProfilesScreen()
        self.window.add_screen(self.profiles)
        self.profiles.set_can_add(self.app_settings.students_can_add_themselves)
        self._add_roster()
        self.apply_theme()
        self._connect_signals()

    @property
    def store(self):
        """The score database in use; what it must tell later (a deleted journal) is shown."""
        return self._store

    @store.setter
    def store(self, store) -> None:
        self._store = store
        store.on_notice = self.show_store_notice

    def show_store_notice(self, text: str) -> None:
        """Told by the store while it writes: shown once the write is done."""
        from lessonapp.ui import dialogs

        QTimer.singleShot(0, lambda: dialogs.inform(self.window, self.tr("About your scores"), translated(text)))

    def _add_roster(self) -> None:
        """Every name of the settings file's roster has a profile."""
        from lessonapp.store import StoreError

        if not self.app_settings.roster:
            return
        known = {p.name.casefold() for p in self.store.profiles()}
        for name in self.app_settings.roster:
            if name.casefold() not in known:
                try:
                    self.store.add_profile(name)
                except ValueError:
                    pass  # settings.py has already reported names it could not take
                except StoreError:
                    return  # a read-only or full disk: the notice on opening says so

    def _connect_signals(self) -> None:
        self.view_settings.changed.connect(self.on_view_settings_changed)

        self.profiles.profile_chosen.connect(self.on_profiles_profile_chosen)
        self.profiles.add_requested.connect(self.on_profiles_add_requested)
        self.profiles.language_chosen.connect(self.set_language)
        self.window.first_painted.connect(self.on_window_first_painted)

    # -- screens -----------------------------------------------------------------------
    # The name screen is built at once; the others (and their modules) when first
    # shown, never ahead: Qt's AT-SPI bridge never tells a screen reader that an
    # object it first saw hidden has become visible (only "showing"), so a screen
    # built hidden stays unreadable to Orca (issue 14, point 5). Each screen is
    # wired as it is built, and filled once it is shown.

    @cached_property
    def library_screen(self) -> LibraryScreen:
        from lessonapp.ui.library_screen import LibraryScreen

        screen = LibraryScreen()
        self.window.add_screen(screen)
        screen.lesson_opened.connect(self.on_library_lesson_opened)
        screen.switch_student.connect(self.show_profiles)
        screen.escape_pressed.connect(self.show_profiles)
        return screen

    @cached_property
    def lesson_screen(self) -> LessonScreen:
        from lessonapp.ui.lesson_screen import LessonScreen

        screen = LessonScreen()
        self.window.add_screen(screen)
        screen.back_requested.connect(self.show_library)
        screen.quiz_requested.connect(self.on_lesson_quiz_requested)
        return screen

    @cached_property
    def quiz_screen(self) -> QuizScreen:
        from lessonapp.ui.quiz_screen import QuizScreen

        screen = QuizScreen()
        self.window.add_screen(screen)
        return screen

    @cached_property
    def results(self) -> ResultsScreen:
        from lessonapp.ui.results_screen import ResultsScreen

        screen = ResultsScreen()
        self.window.add_screen(screen)
        screen.retry_missed.connect(self.on_results_retry_missed)
        screen.take_again.connect(self.on_results_take_again)
        screen.back_requested.connect(self.show_library)
        return screen

    def on_window_first_painted(self) -> None:
        """The first frame is painted: once it is on screen, build the rest and read the library."""
        QTimer.singleShot(0, self.finish_start)

    def finish_start(self) -> None:
        """What the first frame did not need; done once (tests may call it first)."""
        if self._finished_start:
            return
        self._finished_start = True
        self._add_menu_items()
        hints = QGuiApplication.styleHints()  # only now: making its type costs start-up time
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.on_view_settings_changed)
        if self.library is None:
            self.load_library()
        from lessonapp.store import backup
        from lessonapp.store.upkeep import check_and_back_up
        from lessonapp.ui.worker import Worker

        # The integrity check and the day's backup read the whole database: a
        # worker thread does them.
        self.upkeep = Worker()
        self._checked_store = self.store
        self.upkeep.done.connect(self.on_store_upkeep_done)
        self.upkeep.start(check_and_back_up, self.store.path, self.data_dir / backup.FOLDER if self.data_dir else None)
        if self.app_settings.lrs is not None:
            self._start_sending()

    def _start_sending(self) -> None:
        """Results go to the school's LRS in the background (ui/sending.py).
        Without lrs: in the settings, nothing of it is even imported."""
        from lessonapp.ui.sending import BackgroundSender

        self.sender = BackgroundSender(self.store.path, self.store.school, self.app_settings.lrs, parent=self)
        self.results_recorded.connect(self.sender.on_results_recorded)
        QApplication.instance().aboutToQuit.connect(self.sender.stop)
        self.sender.start()

    def _add_menu_items(self) -> None:
        w = self.window
        w.add_menu_items()
        w.contrast_action.setChecked(self.view_settings.high_contrast)
        w.zoom_in_action.triggered.connect(self.view_settings.zoom_in)
        w.zoom_out_action.triggered.connect(self.view_settings.zoom_out)
        w.zoom_reset_action.triggered.connect(self.view_settings.zoom_reset)
        w.contrast_action.toggled.connect(self.view_settings.set_high_contrast)
        if w.teacher_action is not None:
            w.teacher_action.triggered.connect(self.request_teacher_area)
        if self.language is not None:
            from lessonapp.ui.translations import native_name, shipped_languages

            self._show_language_choice()
            for action in w.language_actions.values():
                action.triggered.connect(lambda _=False, a=action: self.set_language(a.data() or ""))
            if self.kiosk:  # each student may pick theirs on the name screen
                self.profiles.add_language_picker(
                    [(code, native_name(code)) for code in shipped_languages()], self.language.code
                )

    # -- language ------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Speak ``code`` ("" or None: the system's language) from now on: View ›
        Language (remembered, except on a kiosk) or the name screen's picker.
        Chosen during a quiz, its results or the teacher area, it is applied
        once they are left, so that nothing under way is rebuilt."""
        if self.language is None:
            return
        if not self.kiosk:
            self.ui_settings.setValue("language", code or "")
        if self._busy_for_language():
            self._pending_language = code or ""
            return
        self._pending_language = None
        if not self.language.switch(code or None):
            return
        self._rebuild_for_language()

    def _busy_for_language(self) -> bool:
        current = self.window.current_screen
        busy = [self.__dict__.get("quiz_screen"), self.__dict__.get("results"), self.teacher_area]
        return self.quiz is not None or (current is not None and current in busy)

    def _apply_pending_language(self) -> bool:
        """On the way out of a quiz: a language chosen during it. True when the screens were rebuilt."""
        if self._pending_language is not None and self.quiz is None and self.language is not None:
            code, self._pending_language = self._pending_language, None
            if self.language.switch(code or None):
                self._rebuild_for_language(None)
                return True
        return False

    def _rebuild_for_language(self, current=False) -> None:
        """The screens built in the language before are built again, in the new one;
        the student stays where they were (current: the screen shown; None: on the way elsewhere)."""
        current = self.window.current_screen if current is False else current
        on_lesson = current is not None and current is self.__dict__.get("lesson_screen")
        self.window.retranslate()
        self.profiles.retranslate()
        self.profiles.show_language(self.language.code)
        for name in ("library_screen", "lesson_screen", "quiz_screen", "results"):
            screen = self.__dict__.pop(name, None)
            if screen is not None:
                self.window.stack.removeWidget(screen)
                screen.deleteLater()
        if self.teacher_area is not None:
            self.window.stack.removeWidget(self.teacher_area)
            self.teacher_area.deleteLater()
            self.teacher_area = None
        self._show_language_choice()
        self.apply_theme()
        if current is None:
            return  # the caller goes on to the screen it was showing
        if current is self.profiles or self.profile is None:
            self.window.show_screen(self.profiles)
        elif on_lesson and self.lesson is not None:
            self.open_lesson(self.lesson)
        else:
            self.show_library(self.lesson.id if self.lesson is not None else None)

    def _show_language_choice(self) -> None:
        actions = getattr(self.window, "language_actions", {})
        remembered = "" if self.kiosk else (self.ui_settings.value("language") or "")
        chosen = actions.get(self.language.code if self.kiosk or remembered else "")
        if chosen is not None:
            chosen.setChecked(True)

    def on_store_upkeep_done(self, problem: str | None) -> None:
        """The check found the database damaged: it is kept aside, never deleted,
        and a new one takes its place, with the teacher's PIN and the roster."""
        if not problem or self.store is not self._checked_store:
            return  # sound, or a restore has replaced the database that was checked
        from lessonapp.store import Store, StoreError, db
        from lessonapp.store.pin import PIN_KEY
        from lessonapp.ui import dialogs

        path = self.store.path
        if db.integrity_problem(path) is None:
            return  # the file that was checked is not the one there now: nothing to set aside
        try:
            pin = self.store.get_setting(PIN_KEY)
        except sqlite3.Error:
            pin = None
        self._drop_quiz()
        school = self.store.school
        self.store.close()
        try:
            self.store = Store.start_anew(path, problem, school=school)
        except StoreError as error:
            # It could not be set aside (another program holds it, a full disk):
            # go on with it as it is; the next start checks it again.
            self.store = Store.open_or_read_only(path, quick_check=False, school=school)
            notice = fill(
                self.tr("The score database seems to be damaged, and it could not be set aside ({0}). "
                        "Please tell your teacher."),
                translated(error),
            )
        else:
            notice = translated(self.store.notice)
            if pin is not None:
                self.store.set_setting(PIN_KEY, pin)
            self._add_roster()
        self._checked_store = None
        self.store_replaced.emit(self.store)
        if self.teacher_area is not None:
            self.teacher_area.set_store(self.store)
        self.profile = None
        self.lesson = None
        self.show_profiles()
        dialogs.inform(self.window, self.tr("About your scores"), notice)

    # -- the teacher area ------------------------------------------------------------

    def request_teacher_area(self) -> None:
        """The Teacher menu (outside kiosk mode): the PIN first when one is set."""
        from lessonapp.store.pin import PinGuard, has_pin
        from lessonapp.ui.pin_dialog import PinDialog

        if has_pin(self.store):
            if self.pin_guard is None:
                self.pin_guard = PinGuard(lambda: self.store)
            dialog = PinDialog(
                self.pin_guard, reason=self.tr("Enter the teacher PIN to open the teacher area."), parent=self.window,
            )
            try:
                if dialog.exec() != PinDialog.DialogCode.Accepted:
                    return
            finally:
                dialog.deleteLater()
        self.open_teacher_area()

    def open_teacher_area(self) -> None:
        """Show the teacher area (the caller has checked the PIN)."""
        from lessonapp.ui.teacher import TeacherArea

        if self.library is None:
            self.load_library()
        self._drop_quiz()  # the student's attempt stays resumable
        if self.teacher_area is None:
            self.teacher_area = TeacherArea(self.store, self.library, self.data_dir or Path("."))
            self.window.add_screen(self.teacher_area)
            self.teacher_area.closed.connect(self.on_teacher_area_closed)
            self.teacher_area.restore_requested.connect(self.on_teacher_area_restore_requested)
            if self.app_settings.student_sign_in:
                self.teacher_area.add_sign_in_tab(self.app_settings.student_sign_in)
            if self.sender is not None:
                self.teacher_area.set_sender(self.sender)
        else:
            self.teacher_area.set_library(self.library)
            self.teacher_area.refresh()
        self.teacher_area.apply_style(None, self.view_settings.high_contrast)
        # Outside a kiosk, closing the teacher area goes back to the student who was there.
        self._profile_before_teacher = None if self.kiosk else self.profile
        self.profile = None
        self.view_settings.set_person("teacher")  # on a kiosk, the teacher's own text size
        # Someone is at the machine: on a kiosk, the idle reset closes the
        # teacher area too, so the next student never finds it open.
        self.student_changed.emit(True)
        self.window.show_screen(self.teacher_area)

    def on_teacher_area_closed(self) -> None:
        profile, self._profile_before_teacher = self._profile_before_teacher, None
        if profile is None:
            self.show_profiles()
            return
        from lessonapp.store import UnknownProfile

        try:
            self.profile = self.store.profile(profile.id)
        except (UnknownProfile, sqlite3.Error):  # a restored backup from before they were added
            self.show_profiles()
            return
        self.student_changed.emit(True)
        self.show_library(self.lesson.id if self.lesson is not None else None)

    def on_teacher_area_restore_requested(self, backup: Path) -> None:
        """Put a backup in place of the scores: the current file is kept aside."""
        from lessonapp.store import Store
        from lessonapp.store.backup import restore_backup
        from lessonapp.store.pin import PIN_KEY

        path = self.store.path
        # The PIN lives with the scores; a backup from before it was set (or
        # changed) must not unset it, or lock a kiosk's teacher out.
        pin = self.store.get_setting(PIN_KEY)
        school = self.store.school
        self.store.close()
        try:
            aside = restore_backup(path, backup)
            error = None
        except Exception as problem:  # noqa: BLE001 - whatever failed, reopen the scores and say so
            aside, error = None, translated(problem)
        self.store = Store.open_or_read_only(path, school=school)
        if pin is not None and not self.store.read_only:
            self.store.set_setting(PIN_KEY, pin)
        self.store_replaced.emit(self.store)
        self.teacher_area.set_store(self.store)
        self.teacher_area.show_restore_result(aside, error)

    # -- start -------------------------------------------------------------------

    def start(self) -> None:
        """Show the window on the "Who is learning?" screen."""
        self.show_profiles()
        if self.kiosk:
            self.window.showFullScreen()
        else:
            self.window.show()
        if self.store.notice:
            from lessonapp.ui import dialogs

            dialogs.inform(self.window, self.tr("About your scores"), translated(self.store.notice))

    def load_library(self) -> None:
        # Imported here, not at start-up: the YAML machinery is not needed for
        # the first window.
        from lessonapp.content.cache import LessonCache
        from lessonapp.content.library import load_library

        cache = LessonCache(self.cache_folder) if self.cache_folder is not None else None
        self.library = load_library(self.folders, cache)
        self._log_lesson_problems()
        if self.profile is not None and self.window.current_screen is self.__dict__.get("library_screen"):
            self.show_library()

    def _log_lesson_problems(self) -> None:
        """Students are told only that a lesson could not be opened: the file, line and
        reason go to the log (and the teacher area's Lesson problems tab)."""
        if not self.library.errors or self.data_dir is None:
            return
        from lessonapp.log import append_to_log

        lines = ["lesson files that could not be loaded:", *(f"  {problem}" for problem in self.library.errors)]
        append_to_log(self.data_dir / "lessonapp.log", "\n".join(lines))  # if not, the teacher area still lists them

    # -- navigation -------------------------------------------------------------------

    def show_profiles(self) -> None:
        if "sign_in" in self.__dict__:
            self.sign_in.reset()  # nothing half-picked is left for the next student
        self._apply_pending_language()
        self.view_settings.set_person(None)  # on a kiosk, the default size between students
        self.window.show_screen(self.profiles)
        profiles = self.store.profiles()
        if self.app_settings.roster:  # the class's names, in the roster's order
            by_name = {p.name.casefold(): p for p in profiles}
            profiles = [by_name[n.casefold()] for n in self.app_settings.roster if n.casefold() in by_name]
        # On a shared machine the last student's name is not offered to the next.
        # At home the last student (else the first) is ready for Enter; a kiosk chooses nobody.
        last = None if self.kiosk else self.store.last_profile()
        if last is None and profiles and not self.kiosk:
            last = profiles[0]
        self.profiles.set_profiles(profiles, last.id if last else None)
        self.student_changed.emit(False)

    def show_library(self, focus_lesson: str | None = None) -> None:
        self._apply_pending_language()
        self.window.show_screen(self.library_screen)
        if self.library is not None and self.profile is not None:
            best = self.store.best_results(self.profile.id)
            started = frozenset(  # only lessons the student has started can have a quiz in progress
                lesson_id for lesson_id in best if self.store.unfinished_attempt(self.profile.id, lesson_id)
            )
            self.library_screen.set_library(
                self.library, best, self.profile.name, show_scores=self.app_settings.students_see_own_scores,
                in_progress=started,
            )
            if focus_lesson:
                self.library_screen.focus_lesson(focus_lesson)

    def open_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.window.show_screen(self.lesson_screen)
        self.lesson_screen.set_lesson(lesson)

    def start_quiz(self, lesson: Lesson, pool: Sequence[str] | None = None) -> None:
        if self.profile is None or lesson.quiz is None:
            return
        from lessonapp.quiz.session import QuizSession
        from lessonapp.ui import dialogs

        if self.store.read_only:  # opened to read only: said on opening, and again here
            dialogs.inform(self.window, self.tr("The quiz cannot start"), translated(self.store.notice or ""))
            return

        session: QuizSession | None = None
        attempt_id = 0
        practice = pool is not None  # retrying the missed ones: never the lesson's best result
        elapsed = 0.0
        unfinished = None
        if pool is None:
            unfinished = self.store.unfinished_attempt(self.profile.id, lesson.id)
            if unfinished is not None:
                choice = dialogs.ask_resume(self.window, len(unfinished.answers), len(unfinished.question_ids))
                if choice is None:
                    return
                if choice == dialogs.RESUME:
                    try:
                        session = resume_session(lesson, unfinished)
                        attempt_id = unfinished.id
                        practice = unfinished.practice
                        # Databases from before the time was kept hold only the answers' seconds.
                        elapsed = max(unfinished.elapsed_seconds, sum(a.seconds for a in unfinished.answers))
                    except ValueError:
                        dialogs.inform(
                            self.window,
                            self.tr("The lesson has changed"),
                            self.tr("This quiz has changed since you left it, so it starts again from the beginning."),
                        )
        from lessonapp.store import StoreError

        try:
            if session is None and unfinished is not None:
                self.store.abandon_attempt(unfinished.id)
            if session is None:
                seed = self.new_seed()
                session = QuizSession(lesson, seed, pool)
                course = self.library.course_of(lesson.id) if self.library is not None else None
                attempt_id = self.store.start_attempt(
                    self.profile.id, lesson.id, lesson.title, seed, list(session.question_ids), session.max_score,
                    practice=practice, course_id=course.id if course else None, language=lesson.language,
                )
        except StoreError as error:  # a read-only folder, a full disk...: the lesson stays open
            dialogs.inform(self.window, self.tr("The quiz cannot start"), translated(error))
            return
        self.retrying = practice
        self._run_quiz(lesson, session, attempt_id, elapsed)

    def _run_quiz(self, lesson: Lesson, session: QuizSession, attempt_id: int, elapsed: float) -> None:
        from lessonapp.ui.quiz_controller import QuizController

        self._drop_quiz()
        self.lesson = lesson
        self.quiz = QuizController(
            self.quiz_screen, self.store, lesson, session, attempt_id, elapsed=elapsed, clock=self.clock, parent=self
        )
        self.quiz.finished.connect(self.on_quiz_finished)
        self.quiz.left.connect(self.on_quiz_left)
        self.quiz.answer_saved.connect(self.results_recorded)
        self.window.show_screen(self.quiz_screen)
        self.quiz.start()

    def _drop_quiz(self) -> None:
        if self.quiz is not None:
            self.quiz.end()
            self.quiz = None

    # -- slots -------------------------------------------------------------------------

    def on_profiles_profile_chosen(self, profile_id: int) -> None:
        """A name was chosen: with student_sign_in on, its picture password or PIN first, every time."""
        if self.app_settings.student_sign_in:
            self.sign_in.ask(profile_id)
        else:
            self.enter_as(profile_id)

    @cached_property
    def sign_in(self):
        """The sign-in between the name and the library (ui/sign_in_flow.py); made when first needed."""
        from lessonapp.ui.sign_in_flow import SignInFlow

        flow = SignInFlow(self, self.app_settings.student_sign_in)
        flow.signed_in.connect(self.enter_as)
        return flow

    def enter_as(self, profile_id: int) -> None:
        """Open the student's library (after the sign-in, when there is one)."""
        from lessonapp.store import StoreUnavailable

        try:
            self.store.touch_profile(profile_id)
        except StoreUnavailable:
            pass  # only "who was here last" is not kept: the student goes on to the lessons
        self.profile = self.store.profile(profile_id)
        self.view_settings.set_person(f"student-{profile_id}")  # on a kiosk, this student's text size
        self.student_changed.emit(True)
        self.show_library()

    def on_profiles_add_requested(self, name: str) -> None:
        from lessonapp.store import StoreError

        try:
            profile = self.store.add_profile(name)
        except (ValueError, StoreError) as exc:
            self.profiles.show_add_error(translated(exc))
            return
        self.on_profiles_profile_chosen(profile.id)

    def on_library_lesson_opened(self, lesson_id: str) -> None:
        lesson = self.library.lesson_by_id(lesson_id) if self.library else None
        if lesson is not None:
            self.open_lesson(lesson)

    def on_lesson_quiz_requested(self) -> None:
        if self.lesson is not None:
            self.start_quiz(self.lesson)

    def on_quiz_finished(self) -> None:
        quiz = self.quiz
        if quiz is None:
            return
        standing = None
        if self.retrying and self.profile is not None:
            best = self.store.best_results(self.profile.id).get(quiz.lesson.id)
            standing = best.best_percent if best is not None else None
        self.window.show_screen(self.results)
        self.results.show_results(
            quiz.lesson, quiz.session, practice=self.retrying, standing=standing,
            show_scores=self.app_settings.students_see_own_scores,
        )

    def on_quiz_left(self) -> None:
        lesson = self.lesson
        self._drop_quiz()
        if lesson is not None and self._apply_pending_language():
            self.open_lesson(lesson)  # its screen was built again, in the language chosen during the quiz
        elif lesson is not None:
            self.window.show_screen(self.lesson_screen)

    def on_results_retry_missed(self) -> None:
        if self.quiz is not None and self.quiz.session.missed_ids:
            self.start_quiz(self.quiz.lesson, pool=self.quiz.session.missed_ids)

    def on_results_take_again(self) -> None:
        if self.lesson is not None:
            self.start_quiz(self.lesson)

    def on_idle_reset(self) -> None:
        """A shared machine left alone: leave any quiz (it stays resumable) and
        go back to "Who is learning?" so the next student starts fresh."""
        self._drop_quiz()
        self.profile = None
        self.lesson = None
        if self.language is not None and self.kiosk:  # the next student starts in the kiosk's language
            self._pending_language = self.home_language
        self.show_profiles()

    def on_view_settings_changed(self, *_: object) -> None:
        self.window.contrast_action.setChecked(self.view_settings.high_contrast)
        self.apply_theme()

    def apply_theme(self) -> None:
        palette = QApplication.instance().palette()
        self.window.setStyleSheet(stylesheet(palette, self.view_settings.zoom, self.view_settings.high_contrast))
        if self.teacher_area is not None:
            self.teacher_area.apply_style(None, self.view_settings.high_contrast)


def _random_seed() -> int:
    import random

    return random.SystemRandom().randrange(1, 2**31)


def resume_session(lesson: Lesson, attempt) -> QuizSession:
    from lessonapp.quiz.session import QuizSession

    """The session of an unfinished attempt, from the store's record. ValueError
    when the lesson no longer has one of its questions or choices."""
    answers = {}
    for answer in attempt.answers:
        question = lesson.question_by_id(answer.question_id)
        if question is None:
            raise ValueError(f"no question {answer.question_id!r}")
        texts = [c.text for c in question.choices]
        missing = [t for t in answer.chosen if t not in texts]
        if missing:
            raise ValueError(f"question {question.id!r} has no choice {missing[0]!r}")
        answers[answer.question_id] = frozenset(texts.index(t) for t in answer.chosen)
    return QuizSession.resume(lesson, attempt.seed, attempt.question_ids, answers)
