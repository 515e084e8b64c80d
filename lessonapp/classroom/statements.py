"""The xAPI 1.0.3 statements lessonapp makes, exactly as docs/classroom.md says.

Pure functions from what the store knows to one statement (a dict ready for
json.dumps). The store calls them inside the transaction that keeps the row a
statement reports, so the two are kept, or lost, together.

Identifiers:

* the activity base is ``<school>/lessonapp``; a lesson is
  ``<base>/lessons/<lesson id>``, its question ``.../questions/<question id>``,
  a course ``<base>/courses/<course id>``;
* a choice's id is its position in the file as written: ``a``, ``b``, ... ``z``,
  ``aa``, ``ab`` ...;
* the student is an Agent with an account on the school, named by the stored
  name, NFC and case-folded: never an email address.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

if TYPE_CHECKING:
    from lessonapp.content.model import Question

# No ``school`` in the settings file: every such machine shares this one. The
# .invalid top-level domain is reserved (RFC 2606) and never resolves, so it
# cannot name a real school by accident; and a shared default, unlike one made
# per machine, keeps a student the same student on every unconfigured kiosk, so
# bundles between them merge. It is an IRL, as xAPI wants an account's homePage.
DEFAULT_SCHOOL = "https://lessonapp.invalid"

VERB_ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
VERB_PASSED = "http://adlnet.gov/expapi/verbs/passed"
VERB_FAILED = "http://adlnet.gov/expapi/verbs/failed"
VERB_TERMINATED = "http://adlnet.gov/expapi/verbs/terminated"
VERBS = {VERB_ANSWERED, VERB_COMPLETED, VERB_PASSED, VERB_FAILED, VERB_TERMINATED}

TYPE_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
TYPE_LESSON = "http://adlnet.gov/expapi/activities/lesson"
TYPE_COURSE = "http://adlnet.gov/expapi/activities/course"

# Extension keys name a meaning, not a school: the same on every machine.
EXTENSION_MACHINE = "https://lessonapp.invalid/xapi/extensions/machine"
EXTENSION_PRACTICE = "https://lessonapp.invalid/xapi/extensions/practice"

PLATFORM = "lessonapp"
RESPONSE_SEPARATOR = "[,]"
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def to_json(statement: dict) -> str:
    """A statement as kept in the outbox and written to bundles: compact JSON, UTF-8 text as it is."""
    return _ENCODER.encode(statement)


class AttemptContext(NamedTuple):
    """What every statement of one attempt shares."""

    school: str
    machine_id: str
    registration: str  # the attempt's UUID
    student_name: str  # as stored
    lesson_id: str
    lesson_title: str
    language: str
    course_id: str | None
    practice: bool


def activity_base(school: str) -> str:
    return school.rstrip("/") + "/lessonapp"


def lesson_iri(school: str, lesson_id: str) -> str:
    return f"{activity_base(school)}/lessons/{quote(lesson_id, safe='')}"


def question_iri(school: str, lesson_id: str, question_id: str) -> str:
    return f"{lesson_iri(school, lesson_id)}/questions/{quote(question_id, safe='')}"


def course_iri(school: str, course_id: str) -> str:
    return f"{activity_base(school)}/courses/{quote(course_id, safe='')}"


def account_name(name: str) -> str:
    """The account name of a student: the stored name, NFC and case-folded."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def actor(name: str, school: str) -> dict:
    return {"objectType": "Agent", "name": name, "account": {"homePage": school, "name": account_name(name)}}


def choice_id(index: int) -> str:
    """a, b, ... z, aa, ab, ...: the choice's position in the file as written."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def duration(seconds: float) -> str:
    """An ISO 8601 duration, to the hundredth of a second (xAPI keeps no more)."""
    return f"PT{max(0.0, round(seconds, 2)):.2f}S".replace(".00S", "S")


def _language(tag: str) -> str:
    return tag or "und"


def _lesson_activity(ctx: AttemptContext) -> dict:
    return {
        "objectType": "Activity",
        "id": lesson_iri(ctx.school, ctx.lesson_id),
        "definition": {"type": TYPE_LESSON, "name": {_language(ctx.language): ctx.lesson_title}},
    }


def _context(ctx: AttemptContext, *, with_parent: bool) -> dict:
    activities: dict = {}
    if with_parent:
        activities["parent"] = [_lesson_activity(ctx)]
    if ctx.course_id:
        activities["grouping"] = [
            {"objectType": "Activity", "id": course_iri(ctx.school, ctx.course_id),
             "definition": {"type": TYPE_COURSE}}
        ]
    context: dict = {"registration": ctx.registration}
    if activities:
        context["contextActivities"] = activities
    context["platform"] = PLATFORM
    context["language"] = _language(ctx.language)
    context["extensions"] = {EXTENSION_MACHINE: ctx.machine_id, EXTENSION_PRACTICE: bool(ctx.practice)}
    return context


def _score(raw: float, maximum: float) -> dict:
    score = {"raw": raw, "min": 0, "max": maximum}
    if maximum > 0:
        score["scaled"] = max(-1.0, min(1.0, round(raw / maximum, 4)))
    return score


def _statement(ctx: AttemptContext, statement_id: str, timestamp: str, verb: str, obj: dict,
               result: dict | None, *, with_parent: bool) -> dict:
    statement = {
        "id": statement_id,
        "actor": actor(ctx.student_name, ctx.school),
        "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[-1]}},
        "object": obj,
    }
    if result is not None:
        statement["result"] = result
    statement["context"] = _context(ctx, with_parent=with_parent)
    statement["timestamp"] = timestamp
    return statement


def interaction(ctx: AttemptContext, question: Question) -> dict:
    """The question as an xAPI activity: cmi.interaction, choice or true-false."""
    return _interaction(ctx.school, ctx.lesson_id, ctx.language, question)


@lru_cache(maxsize=512)  # a quiz asks the same questions again and again; the result is never changed
def _interaction(school: str, lesson_id: str, language: str, question: Question) -> dict:
    lang = _language(language)
    definition: dict = {"type": TYPE_INTERACTION, "description": {lang: question.prompt}}
    right = sorted(question.correct_indices)
    if question.type == "true_false":
        definition["interactionType"] = "true-false"
        definition["correctResponsesPattern"] = ["true" if question.answer else "false"]
    else:
        definition["interactionType"] = "choice"
        definition["choices"] = [
            {"id": choice_id(i), "description": {lang: choice.text}} for i, choice in enumerate(question.choices)
        ]
        definition["correctResponsesPattern"] = [RESPONSE_SEPARATOR.join(choice_id(i) for i in right)]
    return {"objectType": "Activity", "id": question_iri(school, lesson_id, question.id),
            "definition": definition}


def response(question: Question, chosen: Collection[int]) -> str:
    """The learner's response as xAPI writes it: choice ids joined by [,], or true / false."""
    if question.type == "true_false":
        return "true" if 0 in chosen else "false"  # the loader's choices: "True", then "False"
    return RESPONSE_SEPARATOR.join(choice_id(i) for i in sorted(chosen))


def answered(ctx: AttemptContext, statement_id: str, timestamp: str, question: Question,
             chosen: Collection[int], correct: bool, points: float, max_points: float, seconds: float) -> dict:
    result = {
        "response": response(question, chosen),
        "success": bool(correct),
        "score": _score(points, max_points),
        "duration": duration(seconds),
    }
    return _statement(ctx, statement_id, timestamp, VERB_ANSWERED, interaction(ctx, question), result,
                      with_parent=True)


def finished(ctx: AttemptContext, ids: tuple[str, str], timestamp: str, score: float, max_score: float,
             passed: bool, seconds: float) -> list[dict]:
    """`completed`, then `passed` or `failed`, for a finished attempt. A practice
    attempt (retrying the missed questions) is never a pass, nor a fail: it
    gets `completed` alone, and uses the first id only."""
    result = {
        "score": _score(score, max_score),
        "success": bool(passed),
        "completion": True,
        "duration": duration(seconds),
    }
    if ctx.practice:
        del result["success"]
        return [_statement(ctx, ids[0], timestamp, VERB_COMPLETED, _lesson_activity(ctx), result,
                           with_parent=False)]
    return [
        _statement(ctx, ids[0], timestamp, VERB_COMPLETED, _lesson_activity(ctx), result, with_parent=False),
        _statement(ctx, ids[1], timestamp, VERB_PASSED if passed else VERB_FAILED, _lesson_activity(ctx), result,
                   with_parent=False),
    ]


def terminated(ctx: AttemptContext, statement_id: str, timestamp: str, seconds: float) -> dict:
    """An attempt given up (abandoned): the lesson, with the time it used."""
    return _statement(ctx, statement_id, timestamp, VERB_TERMINATED, _lesson_activity(ctx),
                      {"duration": duration(seconds)}, with_parent=False)
