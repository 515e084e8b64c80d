"""The settings file's school and lrs keys: every check, one clear line each, and
the password never in a message."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonapp.settings import LrsSettings, load_settings

SECRET = "s3cret-Horse-77"


def load(tmp_path: Path, text: str):
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    settings, problems = load_settings(path, tmp_path / "data")
    return settings, [f"{p.line}: {p.message}" for p in problems if p.severity == "error"]


def lrs_file(endpoint="https://lrs.example.org/xapi/", extra="    password_file: secret.txt\n"):
    return f"school: https://school.example.org\nlrs:\n    endpoint: {endpoint}\n    username: kiosk-7\n{extra}"


def test_no_lrs_key_means_no_lrs_and_no_school(tmp_path):
    settings, errors = load(tmp_path, "kiosk: false\n")
    assert errors == []
    assert settings.lrs is None and settings.school is None


def test_a_full_lrs_block_with_a_password_file(tmp_path):
    (tmp_path / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    settings, errors = load(tmp_path, lrs_file(extra="    password_file: secret.txt\n    send_every: 60\n"))
    assert errors == []
    assert settings.school == "https://school.example.org"
    assert settings.lrs == LrsSettings("https://lrs.example.org/xapi/", "kiosk-7", SECRET, 60)
    assert SECRET not in repr(settings) and SECRET not in str(settings.lrs)


def test_the_password_may_be_written_in_the_file_even_when_yaml_reads_a_number(tmp_path):
    settings, errors = load(tmp_path, lrs_file(extra="    password: 0123\n"))
    assert errors == []
    assert settings.lrs.password == "0123" and settings.lrs.send_every == 30


def test_an_endpoint_without_its_last_slash_gets_one(tmp_path):
    settings, errors = load(tmp_path, lrs_file("https://lrs.example.org/xapi", "    password: x\n"))
    assert errors == []
    assert settings.lrs.endpoint == "https://lrs.example.org/xapi/"


@pytest.mark.parametrize(
    ("endpoint", "says"),
    [
        ("ftp://lrs.example.org/", "must start with https://"),
        ("lrs.example.org/xapi/", "must start with https://"),
        (f"https://kiosk:{SECRET}@lrs.example.org/", "must not hold a user name or password"),
        ("https://lrs.example.org/xapi/?x=1", "must not end with ?"),
        ("https://lrs.example.org:port/", "is not a web address"),
    ],
)
def test_an_endpoint_that_is_not_an_http_address_is_one_line_and_no_lrs(tmp_path, endpoint, says):
    settings, errors = load(tmp_path, lrs_file(endpoint, "    password: x\n"))
    assert settings.lrs is None
    assert len(errors) == 1 and says in errors[0] and errors[0].startswith("3: ")
    assert SECRET not in errors[0]


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ("", 'lrs needs "password_file" (or "password")'),
        (f"    password: {SECRET}\n    password_file: secret.txt\n", 'both "password" and "password_file"'),
        ("    password_file: missing.txt\n", 'the password file "missing.txt" does not exist'),
        ("    password:\n", '"password" in lrs is empty'),
        (f"    password: [{SECRET}]\n", '"password" in lrs must be one line of text'),
        (f"    password: {{a: {SECRET}}}\n", '"password" in lrs must be one line of text'),
        ("    password: x\n    send_every: 1\n", '"send_every" in lrs is 1; it must be between 5 and 3600'),
        ("    password: x\n    send_every: 99999\n", "between 5 and 3600"),
        ("    password: x\n    send_evry: 30\n", 'did you mean "send_every"?'),
    ],
)
def test_each_lrs_mistake_is_one_clear_line_without_the_password(tmp_path, extra, says):
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    settings, errors = load(tmp_path, lrs_file(extra=extra))
    assert len(errors) == 1, errors
    assert says in errors[0]
    assert SECRET not in errors[0]
    if "send_" not in extra:
        assert settings.lrs is None


def test_a_password_file_must_hold_the_password_alone(tmp_path):
    (tmp_path / "secret.txt").write_text(f"{SECRET}\nsecond line\n", encoding="utf-8")
    settings, errors = load(tmp_path, lrs_file())
    assert settings.lrs is None and len(errors) == 1 and "on one line" in errors[0] and SECRET not in errors[0]


def test_a_password_file_that_is_a_device_or_huge_is_not_read(tmp_path):
    settings, errors = load(tmp_path, lrs_file(extra="    password_file: /dev/zero\n"))
    assert settings.lrs is None and "not a regular file" in errors[0]
    (tmp_path / "big.txt").write_bytes(b"x" * 10_000)
    settings, errors = load(tmp_path, lrs_file(extra="    password_file: big.txt\n"))
    assert settings.lrs is None and "10000 bytes" in errors[0]


def test_a_username_with_a_colon_cannot_be_sent_with_http_basic(tmp_path):
    settings, errors = load(tmp_path, lrs_file(extra="    password: x\n").replace("kiosk-7", "a:b"))
    assert settings.lrs is None and errors == ['4: "username" in lrs cannot have ":" in it (HTTP Basic)']


def test_lrs_without_school_sends_nothing_and_says_why(tmp_path):
    text = lrs_file(extra="    password: x\n").replace("school: https://school.example.org\n", "")
    settings, errors = load(tmp_path, text)
    assert settings.lrs is None
    assert errors == ["1: lrs needs school: the address naming the school (for example school: "
                      "https://school.example.org); nothing is sent until then"]


def test_a_school_that_is_not_a_web_address(tmp_path):
    settings, errors = load(tmp_path, "school: Hill Street School\n")
    assert settings.school is None
    assert errors == ['1: "school" in settings must be a web address such as https://school.example.org']


def test_lrs_that_is_not_a_mapping(tmp_path):
    settings, errors = load(tmp_path, "school: https://s.example.org\nlrs: https://lrs.example.org/\n")
    assert settings.lrs is None and len(errors) == 1 and '"lrs" in settings must be a mapping' in errors[0]


@pytest.mark.parametrize(
    "broken",
    [f"    password: '{SECRET}\n", f"    password: {SECRET}: y\n", f"    password: [{SECRET}\n",
     f"    password: {SECRET}\n  - x\n", f"\tpassword: {SECRET}\n"],
)
def test_a_broken_file_never_quotes_the_password(tmp_path, broken):
    settings, errors = load(tmp_path, lrs_file(extra=broken))
    assert errors
    assert not any(SECRET in e for e in errors)
