"""The composition root of the app: QApplication, settings, store, window,
controller and, on a classroom kiosk, the lock and the idle reset -- built
and wired here and nowhere else."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from lessonapp.config import library_folders
from lessonapp.settings import Settings, load_settings
from lessonapp.store import Store
from lessonapp.store.lock import DataFolderInUse, lock_data_folder
from lessonapp.ui.controller import AppController
from lessonapp.ui.translations import Language, chosen_locale
from lessonapp.words import message_of

if TYPE_CHECKING:
    from lessonapp.ui.idle import IdleWatcher
    from lessonapp.ui.kiosk import KioskGuard


def ui_settings(data_dir: Path) -> QSettings:
    """Text size and contrast, remembered in <data dir>/ui.ini."""
    return QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)


def run_app(folders: list[Path] | None, data_dir: Path, kiosk: bool = False, settings_path: Path | None = None) -> int:
    """Open the app and run it until it quits.

    folders: the --lessons folders, or None for those of the settings file,
    else the bundled course plus <data dir>/lessons. kiosk: --kiosk; the
    settings file can turn kiosk mode on, never off. Returns 1 at once when
    another lessonapp has the data folder.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        # Held until the process ends: the OS lets go of it even when the app is killed.
        folder_lock = lock_data_folder(data_dir)  # noqa: F841
    except DataFolderInUse as error:
        return say_already_open(message_of(error), data_dir, settings_path)
    app = QApplication.instance()
    if app is None:
        # One look on every system: Fusion, asked for on the command line Qt
        # reads, since asking afterwards builds PySide6's QStyle type (5 ms).
        app = QApplication([*sys.argv[:1], "-style", "Fusion", *sys.argv[1:]])
    elif app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    QCoreApplication.setApplicationName("lessonapp")
    sys.excepthook = report_unexpected_errors(data_dir / "lessonapp.log")
    threading.excepthook = log_unexpected_thread_errors(data_dir / "lessonapp.log")
    settings, problems = load_settings(settings_path, data_dir)
    kiosk = kiosk or settings.kiosk
    view = ui_settings(data_dir)
    # View › Language is remembered, except on a kiosk: there each session starts in the kiosk's language.
    remembered = None if kiosk else view.value("language") or None
    language = Language(app, chosen_locale(remembered, settings.language), data_dir / "lessonapp.log")
    if folders is None:
        folders = list(settings.lesson_folders) or library_folders(None, data_dir)
    # SQLite's page-by-page check waits for the window: see store/upkeep.py.
    # A read-only folder or a full disk gives a read-only store: lessons can still be read.
    store = Store.open_or_read_only(data_dir / "scores.db", quick_check=False, school=settings.school)
    controller = AppController(
        store,
        folders,
        view,
        kiosk=kiosk,
        language=language,
        app_settings=settings,
        data_dir=data_dir,
        cache_folder=data_dir / "cache",
    )
    # cli.run_app paused the cycle collector for the start-up.
    controller.window.first_painted.connect(gc.enable)
    try:
        locked = lock_down(controller, settings) if kiosk else None
        controller.start()  # the window first; the lessons once it is painted
        if problems:
            from lessonapp.ui import dialogs  # only when needed: QMessageBox costs start-up time
            from lessonapp.ui.wording import problem_line

            dialogs.inform(
                controller.window,
                QCoreApplication.translate("AppController", "The settings file has problems"),
                "\n".join(problem_line(p) for p in problems),
            )
        if locked is not None and not locked.guard.has_pin():
            from lessonapp.ui import dialogs

            dialogs.inform(
                controller.window,
                QCoreApplication.translate("AppController", "No teacher PIN"),
                QCoreApplication.translate(
                    "AppController",
                    "Kiosk mode is on but no teacher PIN is set, so nobody can leave the app or "
                    "open the teacher area. Set one from a terminal with: lessonapp set-pin"
                ),
            )
        return app.exec()
    finally:
        from lessonapp.ui.worker import Worker

        Worker.wait_for_all()  # a backup or an export under way is finished, not torn
        controller.store.close()  # the store in use: a restore may have replaced the first
        folder_lock.release()


def _quit_window_lost() -> None:
    """The kiosk's window was taken away from outside: exit 1, for the session to start it again."""
    if sys.stderr is not None:
        print("lessonapp: the kiosk's window was closed from outside; quitting so that it can be started again",
              file=sys.stderr)
    QApplication.exit(1)


def say_already_open(message: str, data_dir: Path, settings_path: Path | None = None) -> int:
    """A second start on a data folder: one line, on the terminal when there is
    one, else (started from a menu or an icon) in a message box, in the language
    the app would speak. Returns 1."""
    if sys.stderr is not None:
        print(f"lessonapp: {message}", file=sys.stderr)
    if sys.stderr is None or not sys.stderr.isatty():
        from lessonapp.ui import dialogs
        from lessonapp.ui.wording import translated

        app = QApplication.instance() or QApplication(sys.argv[:1])  # the message box needs one
        settings, _ = load_settings(settings_path, data_dir)
        remembered = None if settings.kiosk else ui_settings(data_dir).value("language") or None
        language = Language(app, chosen_locale(remembered, settings.language))
        dialogs.inform(None, QCoreApplication.translate("app", "lessonapp is already open"), translated(message))
        for translator in language.translators:
            app.removeTranslator(translator)
    return 1


class Lockdown(NamedTuple):
    guard: KioskGuard
    idle: IdleWatcher

    def watch_application(self) -> None:
        """Once the first frame is painted: see KioskGuard.watch_application."""
        self.guard.watch_application()
        self.idle.watch_application()

    def remove(self) -> None:
        """Unlock (tests; the app itself simply quits)."""
        self.idle.remove()
        self.guard.uninstall()


def report_unexpected_errors(log: Path):
    """An error nobody expected (a bug) is written to the log with its
    traceback, and the person at the screen is told in plain words -- once,
    not a cascade -- instead of the app vanishing or failing in silence.
    Answers already given are safe: each is on disk when it is recorded."""
    told = False

    def hook(kind, error, trace) -> None:
        nonlocal told
        _write_to_log(log, kind, error, trace)
        if told or QApplication.instance() is None:
            return
        told = True
        from lessonapp.ui import dialogs

        dialogs.inform(
            None, QCoreApplication.translate("app", "Something went wrong"),
            QCoreApplication.translate(
                "app", "lessonapp ran into a problem it did not expect. The answers given so far are saved. "
                "If it happens again, please give your teacher the file {0}."
            ).format(log),
        )

    return hook


def log_unexpected_thread_errors(log: Path):
    """The same for a worker thread (the database's upkeep), written to the log
    only: a dialog cannot be shown from there, and the work can wait a day."""

    def hook(args) -> None:
        _write_to_log(log, args.exc_type, args.exc_value, args.exc_traceback)

    return hook


def _write_to_log(log: Path, kind, error, trace) -> None:
    import traceback

    try:
        with open(log, "a", encoding="utf-8") as out:
            out.write("".join(traceback.format_exception(kind, error, trace)) + "\n")
    except OSError:
        traceback.print_exception(kind, error, trace)


def lock_down(controller: AppController, settings: Settings) -> Lockdown:
    """Kiosk mode: the window locked behind the teacher PIN, and back to the
    name screen when the machine is left alone."""
    from lessonapp.ui.idle import IdleWatcher
    from lessonapp.ui.kiosk import KioskGuard

    guard = KioskGuard(controller.window, controller.store, watch_application=False)
    guard.prompt_timeout_ms = settings.idle_timeout_ms
    guard.teacher_area_requested.connect(controller.open_teacher_area)
    guard.quit_requested.connect(QApplication.quit)
    guard.window_lost.connect(_quit_window_lost)
    controller.store_replaced.connect(lambda store: setattr(guard, "store", store))
    # The name screen takes Esc for itself; on a kiosk it is a way out, so it asks for the PIN.
    controller.profiles.escape_pressed.connect(guard.request_quit)
    idle = IdleWatcher(controller.window, settings.idle_timeout_ms, settings.idle_warning_ms, watch_application=False)
    idle.idle_reset.connect(controller.on_idle_reset)
    controller.student_changed.connect(idle.set_active)
    idle.set_active(False)  # the name screen comes first
    lockdown = Lockdown(guard, idle)
    controller.window.first_painted.connect(lambda: QTimer.singleShot(0, lockdown.watch_application))
    return lockdown
