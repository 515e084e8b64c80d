"""The JSON Schema of lesson format 1 (JSON Schema draft-07, which the YAML
editor extensions support fully), generated from the same tables the
validator uses (spec.py). `python -m lessonapp.content.schema` rewrites the
shipped lessonapp/lesson.schema.json; a test checks that it is current."""

from __future__ import annotations

import json

from ..paths import schema_file
from .spec import ID_PATTERN, LANGUAGE_PATTERN, LESSON, Key, Spec

SCHEMA_ID = "https://lessonapp.example/schemas/lesson-format-1.json"


def _key_schema(key: Key) -> dict:
    kind = key.kind
    if kind in ("text", "path"):
        # YAML reads `text: 604` as a number; the validator accepts it as text.
        schema: dict = {"type": ["string", "number"]} if kind == "text" else {"type": "string"}
        if key.non_empty:
            schema["minLength"] = 1
    elif kind == "id":
        schema = {"type": "string", "pattern": ID_PATTERN}
    elif kind == "language":
        schema = {"type": "string", "pattern": LANGUAGE_PATTERN}
    elif kind in ("integer", "number", "boolean"):
        schema = {"type": kind}
    elif kind == "enum":
        schema = {"enum": list(key.choices)}
    elif kind == "text_list":
        schema = {"type": "array", "items": {"type": ["string", "number"]}}
    elif kind == "id_list":
        schema = {"type": "array", "items": {"type": "string", "pattern": ID_PATTERN}}
    elif kind == "object":
        schema = {"$ref": f"#/definitions/{key.spec.name.replace(' ', '_')}"}
    elif kind == "object_list":
        schema = {"type": "array", "items": {"$ref": f"#/definitions/{key.spec.name.replace(' ', '_')}"}}
    else:
        raise AssertionError(kind)
    for word, value in (
        ("minimum", key.minimum),
        ("maximum", key.maximum),
        ("exclusiveMinimum", key.exclusive_minimum),
    ):
        if value is not None:
            schema[word] = value
    if "$ref" not in schema:
        schema["description"] = key.doc
    return schema


def _object_schema(spec: Spec) -> dict:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [k.name for k in spec.keys if k.required],
        "properties": {k.name: _key_schema(k) for k in spec.keys},
    }


def _specs(spec: Spec, found: dict[str, Spec]) -> dict[str, Spec]:
    for key in spec.keys:
        if key.spec is not None and key.spec.name not in found:
            found[key.spec.name] = key.spec
            _specs(key.spec, found)
    return found


def build_schema() -> dict:
    definitions = {name.replace(" ", "_"): _object_schema(s) for name, s in _specs(LESSON, {}).items()}
    question = definitions["question"]
    # The rules between a question's keys that a schema can say.
    question["allOf"] = [
        {
            "if": {"properties": {"type": {"const": "true_false"}}, "required": ["type"]},
            "then": {"required": ["answer"], "not": {"required": ["choices"]}},
            "else": {
                "required": ["choices"],
                "properties": {"choices": {"minItems": 2}},
                "not": {"required": ["answer"]},
            },
        },
        {
            "if": {"not": {"properties": {"type": {"const": "multiple"}}, "required": ["type"]}},
            "then": {"not": {"required": ["scoring"]}},
        },
    ]
    definitions["quiz"]["properties"]["questions"]["minItems"] = 1
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "lessonapp lesson, format 1",
        "description": "A lesson module for lessonapp. See docs/writing-lessons.md.",
        **_object_schema(LESSON),
        "definitions": definitions,
    }
    schema["properties"]["format"] = {"const": 1, "description": LESSON.key("format").doc}
    return schema


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    schema_file().write_text(schema_text(), encoding="utf-8")
    print(f"wrote {schema_file()}")
