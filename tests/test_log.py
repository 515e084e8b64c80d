"""lessonapp.log: dated lines added to lessonapp.log, never an error that stops the app."""

from __future__ import annotations

import re

from lessonapp.log import append_to_log


def test_each_text_is_added_after_its_time_in_utc(tmp_path):
    log = tmp_path / "lessonapp.log"
    assert append_to_log(log, "first")
    assert append_to_log(log, "second:\n  and its detail")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert [re.sub(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ", "", line) for line in lines] == [
        "first", "second:", "  and its detail",
    ]


def test_a_log_that_cannot_be_written_is_false_not_an_error(tmp_path):
    assert append_to_log(tmp_path, "a folder is no file") is False
