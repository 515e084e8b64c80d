"""A real LRS for the tests: xapi-statements 5.0.1 in memory, on 127.0.0.1, and an
independent xAPI validator (@learninglocker/xapi-validation 3), both from
tests/lrs/package-lock.json (`npm ci --ignore-scripts` in tests/lrs; .ci/run does it).

The LRS's test authorisation (AUTH_REPO=test) takes any credentials: tests
that need the password checked put `LrsProxy` in front of it. Only loopback
addresses are ever used.
"""

from __future__ import annotations

import base64
import http.client
import http.server
import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SERVER = HERE / "node_modules" / "xapi-statements" / "dist" / "server.js"
VALIDATOR = HERE / "validate.js"
HEADERS = {"X-Experience-API-Version": "1.0.3"}


def missing_reason() -> str | None:
    if shutil.which("node") is None:
        return "the test LRS needs node (Node.js), which is not installed"
    if not SERVER.exists() or not (HERE / "node_modules" / "@learninglocker" / "xapi-validation").exists():
        return "the test LRS is not installed: run `npm ci --ignore-scripts` in tests/lrs (.ci/run does)"
    return None


def require_node() -> None:
    """Skip with the reason; on CI (which installs it) a missing LRS is a failure, not a skip."""
    reason = missing_reason()
    if reason and os.environ.get("CI"):
        pytest.fail(reason)
    if reason:
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LrsProcess:
    """xapi-statements, in memory: its statements last as long as the process."""

    def __init__(self, workdir: Path, port: int | None = None) -> None:
        self.workdir = workdir
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def start(self, wait: float = 30.0) -> LrsProcess:
        self.workdir.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        env.update(MODELS_REPO="memory", AUTH_REPO="test", EVENTS_REPO="test", STORAGE_REPO="local",
                   EXPRESS_PORT=str(self.port), WINSTON_CONSOLE_LEVEL="error", FS_LOCAL_STORAGE_DIR=str(self.workdir),
                   EXPRESS_MORGAN_DIRECTORY=str(self.workdir / "access"), NODE_NO_WARNINGS="1")
        self.log = open(self.workdir / "lrs.log", "ab")
        self.process = subprocess.Popen(["node", str(SERVER)], cwd=self.workdir, env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the test LRS stopped: {(self.workdir / 'lrs.log').read_text()[-2000:]}")
            try:
                about = get_json(self.endpoint + "about")
                assert "1.0.3" in about["version"]
                return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the test LRS did not answer /xAPI/about within 30 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if self.process is not None:
            self.log.close()
        self.process = None

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)
            self.log.close()
            self.process = None

    # -- what the LRS holds ----------------------------------------------------------------

    def all_statements(self) -> list[dict]:
        """Every statement the LRS has, following `more`."""
        url = self.endpoint + "statements?limit=500&ascending=true"
        found: list[dict] = []
        while url:
            page = get_json(url)
            found.extend(page["statements"])
            url = f"http://127.0.0.1:{self.port}{page['more']}" if page.get("more") else ""
        return found


def get_json(url: str, timeout: float = 5.0):
    request = urllib.request.Request(url, headers=HEADERS)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=timeout) as response:
        return json.loads(response.read())


def validate_statements(statements: Sequence[dict]) -> dict[str, list[str]]:
    """The independent validator's problems, by statement id (empty: all valid)."""
    text = "".join(json.dumps(s) + "\n" for s in statements)
    result = subprocess.run(["node", str(VALIDATOR)], input=text, capture_output=True, text=True, cwd=HERE,
                            timeout=120, check=True)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(statements), result.stderr
    return {a["id"]: a["problems"] for a in answers if a["problems"]}


# -- a proxy in front of the LRS, to make it fail on purpose ------------------------------------


class LrsProxy:
    """An HTTP proxy on 127.0.0.1 in front of the real LRS. `fault(method, path,
    body) -> None | "hang" | (status, body)` decides each request: None passes
    it on. With `password` set, it checks HTTP Basic as a real LRS does (401).
    `requests` counts what reached it."""

    def __init__(self, target_port: int, username: str | None = None, password: str | None = None) -> None:
        self.target_port = target_port
        self.fault: Callable[[str, str, bytes], object] = lambda method, path, body: None
        self.expected_auth = (
            "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode() if password else None
        )
        self.drop_answer: Callable[[str, str], bool] = lambda method, path: False
        self.requests: list[tuple[str, str]] = []
        self.auth_headers: set[str] = set()
        self._release = threading.Event()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                self._relay()

            def do_POST(self):
                self._relay()

            def do_PUT(self):
                self._relay()

            def _relay(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                proxy.requests.append((self.command, self.path))
                proxy.auth_headers.add(self.headers.get("Authorization", ""))
                if proxy.expected_auth and self.headers.get("Authorization") != proxy.expected_auth:
                    return self._answer(401, b'{"message": "Unauthorised"}')
                decision = proxy.fault(self.command, self.path, body)
                if decision == "hang":
                    proxy._release.wait(60)
                    self.close_connection = True
                    return
                if decision is not None:
                    return self._answer(*decision)
                connection = http.client.HTTPConnection("127.0.0.1", proxy.target_port, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                try:
                    connection.request(self.command, self.path, body or None, headers)
                    response = connection.getresponse()
                    data = response.read()
                except OSError:  # the LRS died: so does this connection, without an answer
                    self.close_connection = True
                    return
                finally:
                    connection.close()
                if proxy.drop_answer(self.command, self.path):
                    self.close_connection = True  # the LRS has it; the answer is lost on the way
                    return
                self.send_response(response.status)
                for name, value in response.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length", "keep-alive"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _answer(self, status: int, data: bytes):
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def posts(self) -> int:
        return sum(method == "POST" for method, _ in self.requests)

    def close(self) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()
