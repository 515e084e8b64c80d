"""Checks for imported lesson files: the rules of lesson format 1 that an
importer must keep, checked on the parsed YAML, and the project's own loader
on the written file."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from lessonapp.content.loader import load_lesson

ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
QUESTION_KEYS = {"id", "type", "prompt", "choices", "shuffle", "scoring", "answer", "explanation", "see",
                 "quote", "points"}
CHOICE_KEYS = {"text", "correct", "weight", "feedback"}


def check_rules(yaml_text: str) -> dict:
    """Parse the lesson text and assert the format's rules; return the data."""
    data = yaml.safe_load(yaml_text)
    assert data["format"] == 1
    assert isinstance(data["id"], str) and ID.match(data["id"])
    assert isinstance(data["title"], str) and data["title"].strip()
    assert data["pages"] == []
    assert data["quiz"]["feedback"] == "immediate"
    for tag in data.get("tags", []):
        assert isinstance(tag, str) and tag
    ids = [q["id"] for q in data["quiz"]["questions"]]
    assert len(ids) == len(set(ids)), ids
    for q in data["quiz"]["questions"]:
        assert set(q) <= QUESTION_KEYS, q
        assert isinstance(q["id"], str) and ID.match(q["id"]), q["id"]
        assert isinstance(q["prompt"], str) and q["prompt"].strip()
        assert q["type"] in ("single", "multiple", "true_false")
        if "explanation" in q:
            assert isinstance(q["explanation"], str) and q["explanation"].strip()
        if q["type"] == "true_false":
            assert isinstance(q["answer"], bool)
            assert "choices" not in q and "scoring" not in q
            continue
        assert "answer" not in q
        choices = q["choices"]
        assert len(choices) >= 2
        for c in choices:
            assert set(c) <= CHOICE_KEYS
            assert isinstance(c["text"], str) and c["text"].strip()
            assert c.get("correct", False) in (True, False)
            if "feedback" in c:
                assert isinstance(c["feedback"], str)
        texts = [c["text"] for c in choices]
        assert len(texts) == len(set(texts)), texts
        weights = [c["weight"] for c in choices if "weight" in c]
        if weights:  # graded as Moodle grades it
            assert all(isinstance(w, (int, float)) and w and -100 <= w <= 100 for w in weights), q
            assert not any("correct" in c for c in choices) and "scoring" not in q, q
            if q["type"] == "single":
                assert max(weights) == 100, q
            else:
                assert abs(sum(w for w in weights if w > 0) - 100) < 0.5, q
            continue
        correct = sum(1 for c in choices if c.get("correct"))
        if q["type"] == "single":
            assert correct == 1, q
            assert "scoring" not in q
        else:
            assert correct >= 1, q
            assert q.get("scoring", "all_or_nothing") in ("all_or_nothing", "partial")
    return data


def load_written(yaml_text: str, folder: Path, name: str = "imported.yaml"):
    """Write the lesson and load it with the project's loader: no errors."""
    path = folder / name
    path.write_text(yaml_text, encoding="utf-8")
    lesson, problems = load_lesson(path)
    errors = [str(p) for p in problems if p.severity == "error"]
    assert not errors, errors
    assert lesson is not None
    return lesson, problems
