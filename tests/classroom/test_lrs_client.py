"""The LRS client against a real LRS (xapi-statements, tests/lrs), and against a
proxy in front of it that fails on purpose."""

from __future__ import annotations

import http.server
import json
import shutil
import ssl
import subprocess
import threading
import uuid

import pytest

from lessonapp.classroom.lrs import AUTH, CONFLICT, PROTOCOL, REJECTED, UNAVAILABLE, UNREACHABLE, LrsClient, LrsError
from tests.lrs import free_port

PASSWORD = "pw-Zebra-4411"


def statement(**extra) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {"name": "Ana", "account": {"homePage": "https://s.example.org", "name": "ana"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": "https://s.example.org/lessonapp/lessons/l/questions/q"},
        "context": {"registration": str(uuid.uuid4()), "platform": "lessonapp"},
        **extra,
    }


def texts(statements) -> list[str]:
    return [json.dumps(s) for s in statements]


def client_for(endpoint: str, password: str = PASSWORD, timeout: float = 5.0) -> LrsClient:
    return LrsClient(endpoint, "kiosk-7", password, timeout=timeout)


def test_a_batch_is_stored_and_sending_it_again_stores_nothing_new(shared_lrs):
    batch = [statement() for _ in range(5)]
    client = client_for(shared_lrs.endpoint)
    assert client.post_statements(texts(batch)) == [s["id"] for s in batch]
    assert client.post_statements(texts(batch)) == [s["id"] for s in batch]
    stored = [s for s in shared_lrs.all_statements() if s["id"] in {b["id"] for b in batch}]
    assert sorted(s["id"] for s in stored) == sorted(s["id"] for s in batch)


def test_the_version_header_and_basic_credentials_are_sent(proxy_to):
    proxy = proxy_to(username="kiosk-7", password=PASSWORD)
    client_for(proxy.endpoint).post_statements(texts([statement()]))
    assert proxy.requests == [("POST", "/xAPI/statements")]
    with pytest.raises(LrsError) as wrong:
        client_for(proxy.endpoint, password="not-it").post_statements(texts([statement()]))
    assert wrong.value.kind == AUTH and wrong.value.status == 401
    assert "refused the user name or password" in wrong.value.message
    assert "not-it" not in wrong.value.message


def test_a_statement_the_lrs_rejects_is_400_with_the_lrs_reason(shared_lrs):
    bad = statement(result={"score": {"scaled": 7}})
    with pytest.raises(LrsError) as error:
        client_for(shared_lrs.endpoint).post_statements(texts([statement(), bad]))
    assert error.value.kind == REJECTED and error.value.status == 400
    assert "statements.1.result.score.scaled" in error.value.message
    assert "\n" not in error.value.message


def test_the_same_id_with_other_content_is_a_conflict(shared_lrs):
    first = statement()
    client = client_for(shared_lrs.endpoint)
    client.post_statements(texts([first]))
    changed = dict(first, verb={"id": "http://adlnet.gov/expapi/verbs/completed"})
    with pytest.raises(LrsError) as error:
        client.post_statements(texts([changed]))
    assert error.value.kind == CONFLICT and error.value.status == 409


def test_nothing_listening_is_unreachable_in_one_line(tmp_path):
    endpoint = f"http://127.0.0.1:{free_port()}/xAPI/"
    with pytest.raises(LrsError) as error:
        client_for(endpoint).post_statements(texts([statement()]))
    assert error.value.kind == UNREACHABLE
    assert error.value.message == f"cannot reach the LRS at {endpoint}: nothing answers there (is it running?)"


def test_an_lrs_that_hangs_is_a_time_out(proxy_to):
    proxy = proxy_to()
    proxy.fault = lambda method, path, body: "hang"
    with pytest.raises(LrsError) as error:
        client_for(proxy.endpoint, timeout=0.5).post_statements(texts([statement()]))
    assert error.value.kind == UNREACHABLE and "did not answer within 0.5 seconds" in error.value.message


def test_a_server_error_is_unavailable_and_quotes_the_lrs(proxy_to):
    proxy = proxy_to()
    proxy.fault = lambda method, path, body: (503, b'{"message": "database is down"}')
    with pytest.raises(LrsError) as error:
        client_for(proxy.endpoint).post_statements(texts([statement()]))
    assert error.value.kind == UNAVAILABLE
    assert error.value.message.endswith("cannot take statements now (503: database is down)")


def test_an_lrs_echoing_the_password_has_it_scrubbed(proxy_to):
    proxy = proxy_to()
    proxy.fault = lambda method, path, body: (500, json.dumps({"message": f"bad password {PASSWORD}"}).encode())
    with pytest.raises(LrsError) as error:
        client_for(proxy.endpoint).post_statements(texts([statement()]))
    assert PASSWORD not in error.value.message and "***" in error.value.message


def test_a_redirect_is_never_followed(proxy_to, shared_lrs):
    proxy = proxy_to()
    proxy.fault = lambda method, path, body: (302, b"") if method == "POST" else None
    # The proxy's 302 carries no Location; urllib would still turn a followed POST into a GET.
    with pytest.raises(LrsError) as error:
        client_for(proxy.endpoint).post_statements(texts([statement()]))
    assert error.value.kind == PROTOCOL and "redirects" in error.value.message
    assert proxy.requests == [("POST", "/xAPI/statements")]


def test_statements_come_page_by_page_oldest_first_from_since(own_lrs):
    own_lrs.start()
    client = client_for(own_lrs.endpoint)
    first = [statement() for _ in range(4)]
    client.post_statements(texts(first))
    pages = list(client.statements(page_size=3))
    assert [len(p.statements) for p in pages] == [3, 1]
    assert [s["id"] for p in pages for s in p.statements] == [s["id"] for s in first]
    last_stored = pages[-1].statements[-1]["stored"]
    later = [statement() for _ in range(2)]
    client.post_statements(texts(later))
    since = [s["id"] for p in client.statements(since=last_stored) for s in p.statements]
    assert since == [s["id"] for s in later]


def test_a_more_link_to_another_host_is_not_followed(proxy_to):
    proxy = proxy_to()
    page = {"statements": [], "more": "http://127.0.0.2:9/xAPI/statements?page=2"}
    proxy.fault = lambda method, path, body: (200, json.dumps(page).encode())
    with pytest.raises(LrsError) as error:
        list(client_for(proxy.endpoint).statements())
    assert error.value.kind == PROTOCOL and "another address" in error.value.message
    assert len(proxy.requests) == 1


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_tls_is_verified_with_the_system_certificates(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "1", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True)
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.handle_request, daemon=True)
    thread.start()
    try:
        with pytest.raises(LrsError) as error:
            client_for(f"https://127.0.0.1:{server.server_address[1]}/xAPI/").post_statements(texts([statement()]))
        assert error.value.kind == UNREACHABLE
        assert "its certificate could not be verified (self-signed certificate)" in error.value.message
    finally:
        thread.join(5)
        server.server_close()


def test_the_client_never_shows_its_password():
    client = client_for("https://lrs.example.org/xapi/")
    assert PASSWORD not in repr(client) and PASSWORD not in str(client)


def test_without_node_the_lrs_tests_say_why(monkeypatch):
    import tests.lrs as lrs

    monkeypatch.setattr(lrs.shutil, "which", lambda name: None)
    assert lrs.missing_reason() == "the test LRS needs node (Node.js), which is not installed"
    monkeypatch.setattr(lrs.shutil, "which", lambda name: "/usr/bin/node")
    monkeypatch.setattr(lrs, "SERVER", lrs.HERE / "missing" / "server.js")
    assert "npm ci --ignore-scripts" in lrs.missing_reason()
