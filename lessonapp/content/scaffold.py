"""`lessonapp new ID`: a new lesson file to start from.

The file is a complete lesson of format 1 that loads with no error and no
warning: one reading page and a quiz of three questions (single, multiple,
true_false), each with an explanation. Every key of the format is in it,
either set or commented out, each with a one-line explanation, so a teacher
learns the format by reading the file. Its first line tells editors with a
YAML language server where the JSON Schema is: `lesson.schema.json` in the
same folder, written there by `write_schema_beside`, so the reference still
holds when lessonapp is reinstalled or the folder is moved.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..atomic_write import write_atomically
from ..paths import schema_file
from .spec import ID_PATTERN
from .yamlparse import plain_is_text

_ID = re.compile(ID_PATTERN)
SCHEMA_NAME = "lesson.schema.json"

_TEMPLATE = """\
# yaml-language-server: $schema={schema_ref}
# A lesson of lessonapp, format 1. Lines starting with # are comments: remove the
# # in front of a key to use it. Check the file with: lessonapp validate FILE
format: 1                      # the version of the lesson format; always 1
id: {lesson_id}{id_pad}# lowercase letters, digits and hyphens; unique in the library
title: "{title}"{title_pad}# shown in the list of lessons and at the top of each page
summary: "One or two sentences saying what the lesson is about."   # shown in the list of lessons
language: en                   # BCP 47 tag: en, ar, ko...; ar, fa, he, ur... read right to left
order: 10                      # sorts lessons in a library without course.yaml (smaller first)
minutes: 10                    # estimated time in minutes
level: "Grades 9-12"           # free text: who the lesson is for
tags: [example]                # free words that group lessons
# requires: [intro]            # lesson ids a student must pass first
objectives:                    # shown on the lesson's start page
  - "Say what this lesson is about in one sentence."
source:                        # where the content comes from
  title: "Title of the article or book"   # shown as the attribution on every page
  publisher: "Who published it"           # also shown in the attribution
  date: "2024-01"                         # free text
  url: "https://example.org/article"      # shown as text only; never opened
  credit: "Image courtesy of ..."         # image or other credits
  # file: sources/article.txt             # local copy of the source; every quote must be found in it

pages:                         # the reading, one page at a time; may be empty for a quiz-only lesson
  - id: first-page             # needed only when a question's `see:` points here
    title: "The first page"    # the page's heading
    body: |                    # Markdown: **bold**, *italic*, lists, blank line = new paragraph
      Write the reading here. Keep paragraphs short.

      - A list item
      - Another list item

      A **glossary** term is listed below the page.
    # image: images/picture.png   # PNG, JPEG or SVG inside the library, relative to this file
    # image_alt: "What the picture shows"   # required with image: read aloud to students who cannot see it
    terms:                     # glossary entries shown with the page
      - term: "glossary"       # the word or phrase
        definition: "A list of words with what they mean."   # what it means, in plain words

quiz:                          # remove the whole quiz for a reading-only lesson
  pass_mark: 70                # percent needed to pass, 0-100
  feedback: immediate          # immediate: after each question | end: only at the end (exam style)
  shuffle_questions: true      # ask the questions in a random order
  shuffle_choices: true        # show the choices in a random order
  # draw: 2                    # ask only this many questions, drawn at random from the ones below
  # time_limit: 600            # seconds for the whole quiz
  questions:                   # the questions: single, multiple or true_false
    - id: single-example       # unique within the lesson
      type: single             # single: exactly one right choice
      prompt: "Which choice is the right one?"   # the question, in Markdown
      choices:                 # two or more, each text different
        - text: "This one"     # what the student sees; choice texts differ within a question
          correct: true        # marks the right choice
          feedback: "Yes: it is marked correct in the file."   # shown when this choice is picked
        - text: "That one"
          # weight: 50         # partial credit, as in Moodle: percent of the points this choice gives (-100 to 100)
        - text: "Another one"
      explanation: "The right choice is the one with correct: true."   # shown after the answer
      see: first-page          # the page to re-read after a wrong answer
      # quote: "..."           # a passage of source.file that backs the answer; it must be found there
      points: 1                # what the question is worth (more than 0)

    - id: multiple-example
      type: multiple           # multiple: one or more right choices; the student picks every right one
      prompt: "Which of these are colours?"
      choices:
        - text: "Red"
          correct: true
        - text: "Blue"
          correct: true
        - text: "Seven"
      scoring: partial         # all_or_nothing (default): all right, none wrong | partial: credit by share
      explanation: "Red and blue are colours; seven is a number."

    - id: true-false-example
      type: true_false         # true_false: no choices; the answer is true or false
      prompt: "The sun rises in the east."
      answer: true             # the right answer
      shuffle: false           # false keeps the written order of the choices (True, then False)
      explanation: "The Earth turns towards the east, so the sun appears there first."
"""


def _title_from_id(lesson_id: str) -> str:
    words = lesson_id.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def new_lesson_text(lesson_id: str, schema_ref: str) -> str:
    """The text of a new lesson file with the given id.

    schema_ref: where editors find lesson.schema.json, as a URL or a file URI
    (the CLI passes the installed schema's file URI). Raises ValueError, with
    a message for the teacher, for an invalid id or reference.
    """
    if not isinstance(lesson_id, str) or not _ID.fullmatch(lesson_id):
        raise ValueError(
            f"{lesson_id!r} cannot be a lesson id: use lowercase letters a-z, digits and hyphens, "
            "starting with a letter or a digit, for example 'water-cycle'"
        )
    if not schema_ref or any(c in schema_ref for c in "\r\n") or schema_ref != schema_ref.strip():
        raise ValueError(f"{schema_ref!r} cannot be a schema reference: give one URL or file URI on one line")
    title = _title_from_id(lesson_id)
    # `no`, `y`, `123`, `0x1f` are valid ids that YAML would read as a boolean or a number.
    plain = plain_is_text(lesson_id)
    written = lesson_id if plain else f'"{lesson_id}"'
    return _TEMPLATE.format(
        schema_ref=schema_ref,
        lesson_id=written,
        id_pad=" " * max(1, 27 - len(written)),
        title=title,
        title_pad=" " * max(1, 22 - len(title)),
    )


def write_schema_beside(lesson_file: Path) -> str:
    """Write lessonapp's JSON Schema as lesson.schema.json in the lesson
    file's folder, for its modeline; say what was done, in a few words.

    A schema already there is replaced when it is an older lessonapp one,
    and left alone when it is someone else's. Raises OSError.
    """
    target = Path(lesson_file).parent / SCHEMA_NAME
    current = schema_file().read_text(encoding="utf-8")
    try:
        existing = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = None
    except UnicodeDecodeError:
        existing = ""
    if existing == current:
        return f"{target} is up to date"
    if existing is not None and '"lessonapp lesson, format 1"' not in existing:
        return f"{target} is not lessonapp's schema and was left as it is"
    write_atomically(target, lambda out: out.write(current))
    return f"wrote {target} for editors" if existing is None else f"updated {target}"
