"""docs/classroom.md shows one statement of each kind as the app makes them:
each passes the independent validator and has the shape of the app's own."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.classroom.sending import answer, local_statements
from tests.lrs import require_node, validate_statements

DOC = Path(__file__).resolve().parents[2] / "docs" / "classroom.md"


def shape(value):
    """The keys, nested, without the values (ids, names and texts differ)."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items() if k not in ("choices", "description", "name", "en", "en-US")}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__


def test_the_documented_statements_are_valid_and_shaped_as_the_apps(store):
    require_node()
    shown = [json.loads(block) for block in re.findall(r"```json\n(.*?)\n```", DOC.read_text(encoding="utf-8"), re.S)]
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in shown]
    assert verbs == ["answered", "answered", "completed", "failed", "terminated"]
    assert validate_statements(shown) == {}
    answer(store, 10)
    made = {s["verb"]["id"].rsplit("/", 1)[1]: s for s in local_statements(store).values()}
    documented_answer = shape(shown[0])
    assert documented_answer == shape(made["answered"])
    assert set(shown[2]) == set(made["completed"]) and set(shown[2]["result"]) == set(made["completed"]["result"])
