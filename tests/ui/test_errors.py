"""An unexpected error is logged and told in plain words, once."""

from __future__ import annotations


def test_an_unexpected_error_is_logged_and_told_once(qtbot, tmp_path, monkeypatch):
    from lessonapp.ui import dialogs
    from lessonapp.ui.app import report_unexpected_errors

    told = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    hook = report_unexpected_errors(tmp_path / "lessonapp.log")
    for _ in range(2):
        try:
            raise RuntimeError("a bug")
        except RuntimeError as error:
            hook(type(error), error, error.__traceback__)
    assert (tmp_path / "lessonapp.log").read_text().count("RuntimeError: a bug") == 2
    assert len(told) == 1 and "lessonapp.log" in told[0]


def test_an_unexpected_error_in_a_worker_thread_is_logged(tmp_path):
    import threading

    from lessonapp.ui.app import log_unexpected_thread_errors

    def fail() -> None:
        raise RuntimeError("a bug in the upkeep")

    worker = threading.Thread(target=fail)
    hook = log_unexpected_thread_errors(tmp_path / "lessonapp.log")
    original, threading.excepthook = threading.excepthook, hook
    try:
        worker.start()
        worker.join()
    finally:
        threading.excepthook = original
    assert "RuntimeError: a bug in the upkeep" in (tmp_path / "lessonapp.log").read_text()
