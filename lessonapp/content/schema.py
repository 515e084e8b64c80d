"""The JSON Schema of lesson format 1 (JSON Schema draft-07, which the YAML
editor extensions support fully), generated from the same tables the
validator uses (spec.py). `python -m lessonapp.content.schema` rewrites the
shipped lessonapp/lesson.schema.json; a test checks that it is current."""

from __future__ import annotations

import json

from ..paths import schema_file
from .spec import ID_PATTERN, LANGUAGE_PATTERN, LESSON, Key, Spec

SCHEMA_ID = "https://lessonapp.example/schemas/lesson-format-1.json"


# What the editor says instead of showing the regular expressions.
_ID_RULE = "an id: lowercase letters a-z, digits and hyphens, starting with a letter or digit, e.g. water-cycle"
_LANGUAGE_RULE = "a language tag such as en, ar or pt-BR"
# YAML reads `id: 2024` as a number; the validator takes what was typed, digits
# are a valid id. (A pattern only applies to strings, a minimum only to numbers.)
_ID = {"type": ["string", "integer"], "minimum": 0, "pattern": ID_PATTERN, "patternErrorMessage": _ID_RULE}
_NOT_BLANK = {"pattern": r"\S", "patternErrorMessage": "this is empty; write some text"}


def forbidden(key: str, message: str) -> dict:
    """The key may not be written here. Said of the object's property names,
    so that the editor underlines the key itself, with the message (a `not`
    around the whole question would underline all of it, naming no key)."""
    return {"propertyNames": {"pattern": f"^(?!{key}$)", "patternErrorMessage": message}}


def _key_schema(key: Key) -> dict:
    kind = key.kind
    if kind in ("text", "path"):
        # YAML reads `text: 604` as a number and `text: Yes` as true; the validator takes what was typed.
        schema: dict = {"type": ["string", "number", "boolean"]} if kind == "text" else {"type": "string"}
        if key.non_empty:
            schema |= {"minLength": 1, **_NOT_BLANK}
    elif kind == "id":
        schema = dict(_ID)
    elif kind == "language":
        schema = {"type": "string", "pattern": LANGUAGE_PATTERN, "patternErrorMessage": _LANGUAGE_RULE}
    elif kind in ("integer", "number", "boolean"):
        schema = {"type": kind}
    elif kind == "enum":
        schema = {"enum": list(key.choices)}
    elif kind == "text_list":
        schema = {"type": "array", "items": {"type": ["string", "number", "boolean"]}}
    elif kind == "id_list":
        schema = {"type": "array", "items": dict(_ID)}
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
    specs = _specs(LESSON, {})
    definitions = {name.replace(" ", "_"): _object_schema(s) for name, s in specs.items()}
    # A mapping reached by $ref (quiz:, source:) is described in its definition.
    for spec in (LESSON, *specs.values()):
        for key in spec.keys:
            if key.kind == "object":
                definitions[key.spec.name.replace(" ", "_")]["description"] = key.doc
    question = definitions["question"]
    # The rules between a question's keys that a schema can say, each on the
    # line of the key that breaks it, as the validator reports them.
    question["allOf"] = [
        {
            "if": {"properties": {"type": {"const": "true_false"}}, "required": ["type"]},
            "then": {
                "required": ["answer"],
                **forbidden("choices", "a true_false question has no choices: write answer: true or false"),
            },
            "else": {
                "required": ["choices"],
                **forbidden(
                    "answer", "answer is only for true_false questions: mark the right choices with correct: true"
                ),
            },
        },
        {
            "if": {"properties": {"choices": {"maxItems": 1}}, "required": ["choices"]},
            "then": forbidden("choices", "a question needs two or more choices"),
        },
        {
            "if": {"not": {"properties": {"type": {"const": "multiple"}}, "required": ["type"]}},
            "then": forbidden("scoring", "scoring is only for multiple questions"),
        },
        {
            "if": {"properties": {"choices": {"contains": {"required": ["weight"]}}}, "required": ["choices"]},
            "then": forbidden("scoring", "this question has weights, and they say how it scores: remove scoring"),
        },
    ]
    # An image needs a description that is not blank; the image is underlined.
    definitions["page"]["allOf"] = [
        {
            "if": {
                "anyOf": [
                    {"not": {"required": ["image_alt"]}},
                    {"properties": {"image_alt": {"type": "string", "pattern": r"^\s*$"}}},
                ],
                "required": ["image"],
            },
            "then": forbidden("image", "an image needs an image_alt describing it for students who cannot see it"),
        }
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
