"""The keys of lesson format 1, written down once.

The validator checks keys, types and ranges from these tables, and the JSON
Schema that editors use is generated from the same tables, so the two cannot
drift apart. The rules that span several keys (one correct choice, `see`
naming a page, quotes in the source...) live in loader.py and library.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from lessonapp.words import Words

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"


@dataclass(frozen=True)
class Key:
    name: str
    # text | id | language | integer | number | boolean | enum | text_list | id_list | path
    # | object | object_list
    kind: str
    doc: str
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    choices: tuple[str, ...] = ()
    spec: Spec | None = None
    non_empty: bool = False


@dataclass(frozen=True)
class Spec:
    name: str  # how a message names the thing: "lesson", "question", ...
    keys: tuple[Key, ...]

    @cached_property
    def by_name(self) -> dict[str, Key]:
        return {k.name: k for k in self.keys}

    def key(self, name: str) -> Key | None:
        return self.by_name.get(name)

    @property
    def names(self) -> list[str]:
        return list(self.by_name)


TERM = Spec(
    "glossary term",
    (
        Key("term", "text", Words("content", "The word or phrase."), required=True, non_empty=True),
        Key("definition", "text", Words("content", "What it means, in plain words."), required=True, non_empty=True),
    ),
)

PAGE = Spec(
    "page",
    (
        Key("id", "id", "Needed for a question's `see:`; lowercase letters, digits and hyphens."),
        Key("title", "text", Words("content", "The page's title."), required=True, non_empty=True),
        Key("body", "text", "The reading, in Markdown."),
        Key("image", "path", "A PNG, JPEG or SVG file inside the library, relative to the lesson file."),
        Key("image_alt", "text", "What the image shows, for students who cannot see it. Required with image."),
        Key("terms", "object_list", "Glossary entries listed with the page.", spec=TERM),
    ),
)

SOURCE = Spec(
    "source",
    (
        Key("title", "text", "Shown as the attribution on every page."),
        Key("publisher", "text", "Who published it."),
        Key("date", "text", "Free text, e.g. 2017-08."),
        Key("url", "text", "Shown as text only; never opened in kiosk mode."),
        Key("credit", "text", "Image or other credits."),
        Key("file", "path", "A local copy of the source text; quotes are checked against it."),
    ),
)

CHOICE = Spec(
    "choice",
    (
        Key("text", "text", Words("content", "What the student sees."), required=True, non_empty=True),
        Key("correct", "boolean", "true for a right answer; default false."),
        Key(
            "weight",
            "number",
            "Partial credit, as in Moodle: the percent of the question's points this choice gives when picked "
            "(-100 to 100; negative takes points away). A choice with a weight above 0 is a right one.",
            minimum=-100,
            maximum=100,
        ),
        Key("feedback", "text", "Shown when this choice was picked."),
    ),
)

QUESTION = Spec(
    "question",
    (
        Key("id", "id", Words("content", "Unique within the lesson."), required=True),
        Key("type", "enum", "single (default) | multiple | true_false.", choices=("single", "multiple", "true_false")),
        Key("prompt", "text", Words("content", "The question, in Markdown."), required=True, non_empty=True),
        Key("choices", "object_list", "For single and multiple questions: 2 or more.", spec=CHOICE),
        Key("shuffle", "boolean", "false keeps the written order of the choices."),
        Key(
            "scoring",
            "enum",
            "Multiple questions without weights only: all_or_nothing (default) | partial.",
            choices=("all_or_nothing", "partial"),
        ),
        Key("answer", "boolean", "True/false questions only: the right answer."),
        Key("explanation", "text", "Shown after the answer."),
        Key("see", "id", "The id of a page of this lesson that covers the question."),
        Key("quote", "text", "A passage of source.file that supports the answer."),
        Key("points", "number", "What the question is worth; default 1.", exclusive_minimum=0),
    ),
)

QUIZ = Spec(
    "quiz",
    (
        Key("pass_mark", "number", "Percent needed to pass, 0-100; default 70.", minimum=0, maximum=100),
        Key("feedback", "enum", "immediate (after each question) | end (exam style).", choices=("immediate", "end")),
        Key("shuffle_questions", "boolean", "Default true."),
        Key("shuffle_choices", "boolean", "Default true."),
        Key("draw", "integer", "Ask this many questions, drawn at random from the pool.", minimum=1),
        Key("time_limit", "integer", "Seconds for the whole quiz.", minimum=1),
        Key("questions", "object_list", Words("content", "The questions."), required=True, spec=QUESTION),
    ),
)

LESSON = Spec(
    "lesson",
    (
        Key(
            "format",
            "integer",
            Words("content", "The version of the lesson format: 1."),
            required=True,
            minimum=1,
            maximum=1,
        ),
        Key(
            "id", "id", Words("content", "Unique in the library; lowercase letters, digits and hyphens."), required=True
        ),
        Key("title", "text", Words("content", "The lesson's title."), required=True, non_empty=True),
        Key("summary", "text", "One or two sentences."),
        Key("language", "language", "A BCP 47 tag such as en, ar, ko; default en."),
        Key("order", "number", "Sort key within the library."),
        Key("minutes", "number", "Estimated time.", exclusive_minimum=0),
        Key("level", "text", "Free text, e.g. Grades 9-12."),
        Key("tags", "text_list", "Free words to group lessons."),
        Key("requires", "id_list", "Lesson ids that must be passed first."),
        Key("objectives", "text_list", "Shown on the lesson's start page."),
        Key("source", "object", "Where the content comes from.", spec=SOURCE),
        Key("pages", "object_list", "The reading; may be empty for a quiz-only lesson.", spec=PAGE),
        Key("quiz", "object", "The quiz; a lesson without one is reading only.", spec=QUIZ),
    ),
)

COURSE = Spec(
    "course",
    (
        Key(
            "format",
            "integer",
            Words("content", "The version of the lesson format: 1."),
            required=True,
            minimum=1,
            maximum=1,
        ),
        Key("id", "id", Words("content", "The course's id."), required=True),
        Key("title", "text", Words("content", "The course's title."), required=True, non_empty=True),
        Key("summary", "text", "One or two sentences."),
        Key("lessons", "id_list", Words("content", "Lesson ids in the order to show them."), required=True),
    ),
)
