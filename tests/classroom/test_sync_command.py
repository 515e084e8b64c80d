"""`lessonapp sync` and `sync --status` against a real LRS, as a teacher runs them;
and the app's process killed with SIGKILL while it sends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from lessonapp.cli import main
from lessonapp.store import Store
from tests.classroom.sending import answer, assert_each_once
from tests.lrs import LrsProxy, free_port

PASSWORD = "Tr0ub4dor-and-3"
REPO = Path(__file__).resolve().parents[2]


def data_folder(tmp_path: Path, endpoint: str | None, answers: int = 10) -> Path:
    data = tmp_path / "data"
    data.mkdir(parents=True)
    if endpoint:
        (data / "lrs-secret").write_text(PASSWORD + "\n", encoding="utf-8")
        (data / "settings.yaml").write_text(textwrap.dedent(f"""\
            school: https://school.example.org
            lrs:
              endpoint: {endpoint}
              username: kiosk-7
              password_file: lrs-secret
            """), encoding="utf-8")
    if answers:
        with Store.open(data / "scores.db", school="https://school.example.org") as store:
            answer(store, answers)
    return data


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_sync_sends_what_waits_and_says_so(tmp_path, capsys, proxy_to, shared_lrs):
    proxy = proxy_to(username="kiosk-7", password=PASSWORD)
    data = data_folder(tmp_path, proxy.endpoint, answers=20)
    code, out, err = run(capsys, "--data-dir", str(data), "sync")
    assert (code, err) == (0, "")
    assert out == f"sent 24 statements to {proxy.endpoint}; 0 wait\n"
    with Store.open(data / "scores.db") as store:
        assert_each_once(shared_lrs.all_statements(), store)
    code, out, _ = run(capsys, "--data-dir", str(data), "sync")
    assert code == 0 and out.startswith("sent 0 statements")


def test_sync_with_the_lrs_down_exits_1_with_the_reason_in_one_line(tmp_path, capsys):
    endpoint = f"http://127.0.0.1:{free_port()}/xAPI/"
    data = data_folder(tmp_path, endpoint)
    code, out, err = run(capsys, "--data-dir", str(data), "sync")
    assert code == 1
    assert out == f"sent 0 statements to {endpoint}; 12 wait\n"
    assert err == (f"lessonapp: 12 statements could not be sent: cannot reach the LRS at {endpoint}: "
                   "nothing answers there (is it running?)\n")
    code, out, err = run(capsys, "--data-dir", str(data), "sync", "--status")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"LRS: {endpoint} (user kiosk-7)"
    assert lines[1].startswith("waiting: 12 since 20")
    assert lines[2].startswith("last error (20") and "nothing answers there" in lines[2]
    assert lines[3] == "set aside: 0"
    assert PASSWORD not in out + err


def test_a_wrong_password_is_one_line_without_the_password(tmp_path, capsys, proxy_to):
    proxy = proxy_to(username="kiosk-7", password="the-right-one")
    data = data_folder(tmp_path, proxy.endpoint)
    code, out, err = run(capsys, "--data-dir", str(data), "sync")
    assert code == 1 and err.count("\n") == 1 and "refused the user name or password (401)" in err
    assert PASSWORD not in out + err
    with Store.open(data / "scores.db") as store:
        assert PASSWORD not in str(store.outbox_status())
        dump = "\n".join(store.connection.iterdump())
    assert PASSWORD not in dump
    for export in (["--format", "xapi"], ["--format", "csv"], ["--format", "json", "--answers"]):
        code, out, err = run(capsys, "--data-dir", str(data), "scores", "export", *export)
        assert code == 0 and out and PASSWORD not in out + err  # the bundle and the exports


def test_status_sends_nothing(tmp_path, capsys, proxy_to):
    proxy = proxy_to()
    data = data_folder(tmp_path, proxy.endpoint)
    code, out, _ = run(capsys, "--data-dir", str(data), "sync", "--status")
    assert code == 0 and "waiting: 12 since" in out and "last error: none" in out
    assert proxy.requests == []


def test_a_set_aside_statement_is_listed_with_the_lrs_reason(tmp_path, capsys, shared_lrs):
    data = data_folder(tmp_path, shared_lrs.endpoint)
    with Store.open(data / "scores.db") as store:
        bad_id = store.waiting_statements(1)[0][0]
        store.connection.execute("UPDATE statements SET body = replace(body, '\"scaled\":', '\"scaled\":9+') "
                                 "WHERE id = ?", (bad_id,))
    code, out, err = run(capsys, "--data-dir", str(data), "sync")
    assert code == 0, err
    assert out.splitlines()[1] == "1 statement the LRS rejected set aside (see lessonapp sync --status)"
    code, out, _ = run(capsys, "--data-dir", str(data), "sync", "--status")
    assert "set aside: 1" in out and f"  {bad_id} (" in out and "rejected it (400" in out


def test_no_lrs_key_opens_nothing_on_the_network(tmp_path):
    """A real process with an audit hook that records every socket it opens."""
    data = data_folder(tmp_path, None)
    code = textwrap.dedent(f"""\
        import sys
        opened = []
        sys.addaudithook(lambda event, args: opened.append(event) if event.startswith("socket.") else None)
        from lessonapp.cli import main
        codes = [main(["--data-dir", {str(data)!r}, "sync"]), main(["--data-dir", {str(data)!r}, "sync", "--status"])]
        print(codes, sorted(set(opened)))
        """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.stdout.splitlines()[-1] == "[1, 0] []"
    assert result.stderr == ("lessonapp: 12 statements wait, but no LRS is set up: add lrs: to the settings file "
                             "(docs/classroom.md)\n")


def test_nothing_recorded_yet(tmp_path, capsys):
    data = data_folder(tmp_path, None, answers=0)
    assert run(capsys, "--data-dir", str(data), "sync") == (
        0, "nothing to send: no scores are recorded on this machine yet\n", "")


def test_a_usage_error_exits_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["sync", "--bogus"])
    assert exit_.value.code == 2


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_app_killed_with_sigkill_while_sending(tmp_path, shared_lrs):
    """`lessonapp sync`, a real process, killed in the middle of its batches
    (each POST slowed down by the proxy); a second run sends the rest, and
    the LRS has every statement once."""
    proxy = LrsProxy(shared_lrs.port)
    try:
        data = data_folder(tmp_path, proxy.endpoint, answers=300)  # 360 statements, 8 batches
        proxy.fault = lambda method, path, body: time.sleep(0.3)
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        process = subprocess.Popen([sys.executable, "-m", "lessonapp", "--data-dir", str(data), "sync"],
                                   cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while proxy.posts() < 4 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        assert process.returncode == -signal.SIGKILL
        with Store.open(data / "scores.db") as store:
            waiting = store.outbox_status().waiting
        assert 0 < waiting < 360
        proxy.fault = lambda method, path, body: None
        again = subprocess.run([sys.executable, "-m", "lessonapp", "--data-dir", str(data), "sync"], cwd=REPO,
                               env=env, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stderr
        assert again.stdout.endswith("; 0 wait\n")
        with Store.open(data / "scores.db") as store:
            assert_each_once(shared_lrs.all_statements(), store)
    finally:
        proxy.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_app_window_killed_with_sigkill_while_its_background_sender_sends(tmp_path, shared_lrs):
    """The app itself (`lessonapp`, offscreen), whose worker thread is sending
    when the process is killed; `lessonapp sync` then sends the rest, once each."""
    proxy = LrsProxy(shared_lrs.port)
    try:
        data = data_folder(tmp_path, proxy.endpoint, answers=200)  # 240 statements, 5 batches
        proxy.fault = lambda method, path, body: time.sleep(0.5) if method == "POST" else None
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
        process = subprocess.Popen([sys.executable, "-m", "lessonapp", "--data-dir", str(data),
                                    "--lessons", str(REPO / "lessons")],
                                   cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while proxy.posts() < 3 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        assert proxy.posts() >= 3, "the app did not start sending"
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        with Store.open(data / "scores.db") as store:
            assert 0 < store.outbox_status().waiting < 240
        proxy.fault = lambda method, path, body: None
        again = subprocess.run([sys.executable, "-m", "lessonapp", "--data-dir", str(data), "sync"], cwd=REPO,
                               env=env, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stderr
        with Store.open(data / "scores.db") as store:
            assert_each_once(shared_lrs.all_statements(), store)
    finally:
        proxy.close()


def test_scores_pull_merges_the_class_from_the_lrs(tmp_path, capsys, own_lrs, monkeypatch):
    from datetime import timedelta

    monkeypatch.setattr("lessonapp.classroom.pull.OVERLAP", timedelta(0))  # no pulling again by the clock
    own_lrs.start()
    kiosk = data_folder(tmp_path / "kiosk", own_lrs.endpoint, answers=10)
    assert run(capsys, "--data-dir", str(kiosk), "sync")[0] == 0
    teacher = data_folder(tmp_path / "teacher", own_lrs.endpoint, answers=0)
    code, out, err = run(capsys, "--data-dir", str(teacher), "--lessons", str(tmp_path), "scores", "pull")
    assert code == 1  # the teacher's library (an empty folder) has no lesson "basics"
    assert 'is about the lesson "basics", which this machine does not have' in err
    assert err.endswith("run lessonapp scores pull --all to fetch everything again\n")
    library = tmp_path / "library"
    library.mkdir()
    (library / "basics.yaml").write_text("format: 1\nid: basics\ntitle: Basics\nquiz:\n  questions:\n" + "".join(
        f"    - {{id: q{n}, prompt: Q?, choices: [{{text: 'Yes', correct: true}}, {{text: 'No'}}, {{text: Maybe}}]}}\n"
        for n in range(1, 11)), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(teacher), "--lessons", str(library), "scores", "pull")
    assert (code, err) == (0, "") and out.startswith("fetched 0 statements"), err  # passed over the first time
    code, out, err = run(capsys, "--data-dir", str(teacher), "--lessons", str(library), "scores", "pull", "--all")
    assert (code, err) == (0, "")
    assert out.startswith("fetched 12 statements from the LRS: merged 12")
    with Store.open(teacher / "scores.db") as store:
        assert store.connection.execute("SELECT count(*) FROM answers").fetchone()[0] == 10


def test_scores_pull_without_an_lrs_says_so(tmp_path, capsys):
    data = data_folder(tmp_path, None, answers=0)
    code, out, err = run(capsys, "--data-dir", str(data), "scores", "pull")
    assert code == 1 and err == "lessonapp: no LRS is set up: add lrs: to the settings file (docs/classroom.md)\n"


def test_scores_pull_with_the_lrs_down_is_one_line(tmp_path, capsys):
    endpoint = f"http://127.0.0.1:{free_port()}/xAPI/"
    data = data_folder(tmp_path, endpoint, answers=0)
    code, out, err = run(capsys, "--data-dir", str(data), "scores", "pull")
    assert code == 1 and err.count("\n") == 1 and "the pull stopped: cannot reach the LRS" in err
    assert PASSWORD not in out + err
