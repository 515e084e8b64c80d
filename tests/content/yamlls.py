"""A small client of yaml-language-server over LSP (stdio): open YAML files
with lessonapp's JSON Schema and collect the diagnostics the server publishes,
as an editor would show them. The server is the one pinned in tests/yamlls
(`npm ci` there); `server_command()` is None when it or node is missing."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "yamlls"
SERVER = FOLDER / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"


def server_command() -> list[str] | None:
    node = shutil.which("node")
    if node is None or not SERVER.is_file():
        return None
    return [node, str(SERVER), "--stdio"]


def why_missing() -> str:
    if shutil.which("node") is None:
        return "node is not installed, so yaml-language-server cannot run"
    return f"yaml-language-server is not installed: run `npm ci` in {FOLDER}"


class Client:
    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.next_id = 0
        self.diagnostics: dict[str, list[dict]] = {}

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self) -> dict:
        length = 0
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("yaml-language-server stopped")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode("ascii").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method: str, params: dict) -> dict:
        self.next_id += 1
        wanted = self.next_id
        self.send({"id": wanted, "method": method, "params": params})
        while True:
            message = self.handle(self.receive())
            if message.get("id") == wanted and "method" not in message:
                return message

    def handle(self, message: dict) -> dict:
        """Answer the server's own requests; keep its diagnostics."""
        if message.get("method") == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif "method" in message and "id" in message:  # workspace/configuration, registerCapability...
            result = None
            if message["method"] == "workspace/configuration":
                result = [self.settings.get("yaml", {}) for _ in message["params"]["items"]]
            self.send({"id": message["id"], "result": result})
        return message

    def start(self, root: Path, schema: Path | None, yaml_version: str) -> None:
        """Initialise with the settings of docs/writing-lessons.md: `schema` for
        every .yaml file (None: no association, only modelines)."""
        self.settings = {
            "yaml": {
                "validate": True,
                "hover": True,
                "completion": True,
                "yamlVersion": yaml_version,
                "schemas": {schema.as_uri(): ["*.yaml", "**/*.yaml"]} if schema else {},
                "schemaStore": {"enable": False},
            }
        }
        self.request(
            "initialize",
            {"processId": None, "rootUri": root.as_uri(), "capabilities": {"workspace": {"configuration": False}}},
        )
        self.send({"method": "initialized", "params": {}})
        self.send({"method": "workspace/didChangeConfiguration", "params": {"settings": self.settings}})

    def check(self, files: list[Path]) -> dict[Path, list[dict]]:
        """The diagnostics of each file, once the server has published them all."""
        uris = {}
        for version, path in enumerate(files, start=1):
            uri = path.as_uri()
            uris[uri] = path
            self.diagnostics.pop(uri, None)
            text = path.read_text(encoding="utf-8")
            item = {"uri": uri, "languageId": "yaml", "version": version, "text": text}
            self.send({"method": "textDocument/didOpen", "params": {"textDocument": item}})
        while not uris.keys() <= self.diagnostics.keys():
            self.handle(self.receive())
        return {path: self.diagnostics[uri] for uri, path in uris.items()}

    def completion(self, path: Path, line: int, character: int) -> list[str]:
        result = self.request(
            "textDocument/completion",
            {"textDocument": {"uri": path.as_uri()}, "position": {"line": line, "character": character}},
        )["result"]
        items = result.get("items", []) if isinstance(result, dict) else (result or [])
        return [item["label"] for item in items]

    def hover(self, path: Path, line: int, character: int) -> str:
        result = self.request(
            "textDocument/hover",
            {"textDocument": {"uri": path.as_uri()}, "position": {"line": line, "character": character}},
        )["result"]
        return json.dumps(result)

    def stop(self) -> None:
        try:
            self.request("shutdown", {})
            self.send({"method": "exit"})
            self.process.wait(timeout=10)
        except (OSError, RuntimeError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            self.process.stdin.close()
            self.process.stdout.close()
