"""The teacher area's Sending tab: where results go, what waits and since when,
the last error, the results the LRS rejected; "Send now" against a real LRS."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from lessonapp.settings import LrsSettings
from lessonapp.ui.sending import BackgroundSender
from tests.bidi import plain
from tests.lrs import LrsProcess, free_port, require_node


def sender_for(store, endpoint: str) -> BackgroundSender:
    return BackgroundSender(store.path, store.school, LrsSettings(endpoint, "kiosk-7", "pw-never-shown", 30))


def show_sending(area) -> None:
    area.tabs.setCurrentWidget(area.sending)


def test_without_an_lrs_the_tab_says_results_stay_here(area):
    show_sending(area)
    tab = area.sending
    assert plain(tab.where.text()).startswith("No LRS is set up: results stay on this machine.")
    assert "scores export --format xapi" in plain(tab.where.text())
    assert not tab.send_button.isEnabled()
    assert tab.waiting.text().startswith(f"{area.store.outbox_status().waiting} results wait to be sent")


def test_what_waits_the_last_error_and_what_was_set_aside(area, store):
    waiting = store.waiting_statements(3)
    store.mark_sent([waiting[0][0]])
    store.set_aside(waiting[1][0], "the LRS rejected it (400: Problem in 'statements.0.result.score.scaled')")
    store.record_send_error("cannot reach the LRS at https://lrs.example.org/xapi/: nothing answers there")
    area.set_sender(sender_for(store, "https://lrs.example.org/xapi/"))
    show_sending(area)
    tab = area.sending
    status = store.outbox_status()
    assert plain(tab.where.text()) == "Results are sent to https://lrs.example.org/xapi/ as kiosk-7, every 30 s"
    assert tab.waiting.text().startswith(f"{status.waiting} results wait to be sent, the oldest since ")
    error = plain(tab.error.text())
    assert error.startswith("The last try failed (") and "nothing answers there" in error
    assert tab.aside_title.text() == "Results the LRS rejected: 1 (kept here, never sent again)"
    body = json.loads(waiting[1][1])
    who = body["actor"]["name"]
    assert tab.model.rowCount() == 1
    row = [tab.model.index(0, c).data() for c in range(3)]
    assert row[1].startswith(f"answered: {who}, ") and "score.scaled" in row[2]
    assert "pw-never-shown" not in "".join(w.text() for w in (tab.where, tab.waiting, tab.error))
    # What a screen reader gets: the lines by name, the table by what it lists.
    for widget in (tab.where, tab.waiting, tab.error, tab.aside_title):
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name) == widget.text()
    assert QAccessible.queryAccessibleInterface(tab.aside_table).text(QAccessible.Text.Name) == (
        "Results the LRS rejected")


def test_send_now_sends_everything_to_the_lrs(qtbot, area, store, shared_lrs):
    area.set_sender(sender_for(store, shared_lrs.endpoint))
    show_sending(area)
    waiting = store.outbox_status().waiting
    assert waiting > 0
    qtbot.mouseClick(area.sending.send_button, Qt.MouseButton.LeftButton)
    assert not area.sending.send_button.isEnabled()  # while the pass runs
    qtbot.waitUntil(lambda: area.sending.message.text().startswith("Sent"), timeout=15_000)
    assert area.sending.message.text() == f"Sent {waiting}; 0 wait."
    assert area.sending.waiting.text() == "Nothing waits: every result made here has been sent."
    assert area.sending.send_button.isEnabled()
    ids = {s["id"] for s in shared_lrs.all_statements()}
    assert all(i in ids for i, _ in store.connection.execute("SELECT id, body FROM statements"))


def test_send_now_with_the_lrs_down_says_why(qtbot, area, store):
    area.set_sender(sender_for(store, f"http://127.0.0.1:{free_port()}/xAPI/"))
    show_sending(area)
    area.sending.send_button.click()
    qtbot.waitUntil(lambda: area.sending.message.text().startswith("Sent"), timeout=15_000)
    assert "nothing answers there" in area.sending.message.text()
    assert area.sending.message.objectName() == "error"
    assert "nothing answers there" in plain(area.sending.error.text())


def test_pull_brings_another_machines_results_into_the_overview(qtbot, area, store, tmp_path):
    require_node()
    lrs = LrsProcess(tmp_path / "lrs").start()  # of its own: nothing of the other tests in it
    try:
        _pull(qtbot, area, store, tmp_path, lrs)
    finally:
        lrs.stop()


def _pull(qtbot, area, store, tmp_path, lrs):
    from lessonapp.classroom.lrs import LrsClient
    from lessonapp.classroom.sender import send_waiting
    from lessonapp.store import Store
    from tests.answering import record

    with Store.open(tmp_path / "kiosk" / "scores.db") as kiosk:  # the same (default) school as the teacher's
        zoe = kiosk.add_profile("Zoë").id
        attempt = kiosk.start_attempt(zoe, "rivers", "Rivers", 1, ["long", "bridges", "traits"], 3)
        record(kiosk, attempt, "long", ["True"], True, 1, 1, 4.0)
        record(kiosk, attempt, "bridges", ["Three"], True, 1, 1, 5.0)
        record(kiosk, attempt, "traits", ["Long"], False, 0, 1, 6.0)
        kiosk.finish_attempt(attempt, 2, 3, 66.7, True)
        assert send_waiting(kiosk, LrsClient(lrs.endpoint, "k", "p")).waiting == 0
    area.set_sender(sender_for(store, lrs.endpoint))
    show_sending(area)
    assert area.sending.pull_button.isVisible() and area.sending.pull_button.isEnabled()
    area.sending.pull_button.click()
    assert not area.sending.pull_button.isEnabled()
    qtbot.waitUntil(lambda: area.sending.message.text().startswith("Pulled"), timeout=20_000)
    assert plain(area.sending.message.text()) == ("Pulled: fetched 5 statements from the LRS: merged 5, "
                                                  "0 were here already")
    assert area.sending.pull_button.isEnabled()
    assert any(row.student == "Zoë" and row.lesson_id == "rivers" for row in area._rows)
