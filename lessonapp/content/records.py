"""Validated lessons as plain JSON values, and back, for the lesson cache.

Only data crosses the disk: lists, strings, numbers, booleans and null,
read by `json`. Each object is rebuilt by its own constructor after every
field has been checked for its type (and, for the words a format allows,
its value), so a damaged or planted cache can build nothing but a Lesson;
a record that does not fit raises BadRecord and its entry is dropped.

Records are positional lists, in the order of the fields below: a cache
of 20,000 questions is read in well under the time of parsing one lesson
file in ten.
"""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

from .model import (
    FEEDBACK_MODES,
    QUESTION_TYPES,
    SCORING_RULES,
    Choice,
    Lesson,
    Page,
    Problem,
    Question,
    Quiz,
    Source,
    Term,
)


class BadRecord(ValueError):
    pass


def _fail(what: str):
    raise BadRecord(what)


def _fields(value, count: int, what: str) -> list:
    if type(value) is not list or len(value) != count:
        _fail(what)
    return value


def _text(value, what: str) -> str:
    return value if type(value) is str else _fail(what)


def _texts(value, what: str) -> tuple[str, ...]:
    if type(value) is not list or any(type(item) is not str for item in value):
        _fail(what)
    return tuple(value)


def _whole(value, what: str) -> int:
    return value if type(value) is int else _fail(what)


def _number(value, what: str) -> float | int:
    return value if type(value) in (int, float) else _fail(what)


def _optional_number(value, what: str):
    return None if value is None else _number(value, what)


def _optional_whole(value, what: str):
    return None if value is None else _whole(value, what)


def _optional_text(value, what: str):
    return None if value is None else _text(value, what)


def _optional_bool(value, what: str):
    return value if value is None or type(value) is bool else _fail(what)


def _bool(value, what: str) -> bool:
    return value if type(value) is bool else _fail(what)


def _path(value, what: str) -> Path:
    return Path(_text(value, what)) if value else _fail(what)


def _optional_path(value, what: str):
    return None if value is None else _path(value, what)


def _one_of(value, allowed, what: str) -> str:
    return value if type(value) is str and value in allowed else _fail(what)


# -- to records --------------------------------------------------------------------------


def _optional_str(path: Path | None):
    return None if path is None else str(path)


def lesson_record(lesson: Lesson) -> list:
    source = lesson.source
    quiz = lesson.quiz
    return [
        lesson.id,
        lesson.title,
        str(lesson.path),
        lesson.format,
        lesson.summary,
        lesson.language,
        lesson.order,
        lesson.minutes,
        lesson.level,
        list(lesson.tags),
        list(lesson.requires),
        list(lesson.objectives),
        None
        if source is None
        else [source.title, source.publisher, source.date, source.url, source.credit, _optional_str(source.file)],
        [
            [
                p.title,
                p.body,
                p.id,
                _optional_str(p.image),
                p.image_alt,
                [[t.term, t.definition] for t in p.terms],
                p.line,
            ]
            for p in lesson.pages
        ],
        None if quiz is None else _quiz_record(quiz),
        _optional_str(lesson.library),
    ]


def _quiz_record(quiz: Quiz) -> list:
    questions = quiz.questions
    columns = [
        [q.id for q in questions],
        [q.prompt for q in questions],
        [q.type for q in questions],
        [len(q.choices) for q in questions],
        [q.shuffle for q in questions],
        [q.scoring for q in questions],
        [q.answer for q in questions],
        [q.explanation for q in questions],
        [q.see for q in questions],
        [q.quote for q in questions],
        [q.points for q in questions],
        [q.line for q in questions],
    ]
    choices = [c for q in questions for c in q.choices]
    columns.append(
        [
            [c.text for c in choices],
            [c.correct for c in choices],
            [c.feedback for c in choices],
            [c.weight for c in choices],
        ]
    )
    return [
        columns,
        quiz.pass_mark,
        quiz.feedback,
        quiz.shuffle_questions,
        quiz.shuffle_choices,
        quiz.draw,
        quiz.time_limit,
    ]


def problem_record(problem: Problem) -> list:
    return [str(problem.path), problem.line, problem.column, problem.message, problem.severity]


# -- from records ------------------------------------------------------------------------


def lesson_from(record) -> Lesson:
    (identifier, title, path, file_format, summary, language, order, minutes, level, tags, requires, objectives,
     source, pages, quiz, library) = _fields(record, 16, "lesson")  # fmt: skip
    return Lesson(
        id=_text(identifier, "lesson id"),
        title=_text(title, "lesson title"),
        path=_path(path, "lesson path"),
        format=_whole(file_format, "format"),
        summary=_text(summary, "summary"),
        language=_text(language, "language"),
        order=_optional_number(order, "order"),
        minutes=_optional_number(minutes, "minutes"),
        level=_text(level, "level"),
        tags=_texts(tags, "tags"),
        requires=_texts(requires, "requires"),
        objectives=_texts(objectives, "objectives"),
        source=None if source is None else _source_from(source),
        pages=tuple(_page_from(page) for page in _list(pages, "pages")),
        quiz=None if quiz is None else _quiz_from(quiz),
        library=_optional_path(library, "library"),
    )


def _list(value, what: str) -> list:
    return value if type(value) is list else _fail(what)


def _source_from(record) -> Source:
    title, publisher, date, url, credit, file = _fields(record, 6, "source")
    return Source(
        title=_text(title, "source title"),
        publisher=_text(publisher, "publisher"),
        date=_text(date, "date"),
        url=_text(url, "url"),
        credit=_text(credit, "credit"),
        file=_optional_path(file, "source file"),
    )


def _page_from(record) -> Page:
    title, body, identifier, image, image_alt, terms, line = _fields(record, 7, "page")
    return Page(
        title=_text(title, "page title"),
        body=_text(body, "body"),
        id=_optional_text(identifier, "page id"),
        image=_optional_path(image, "image"),
        image_alt=_text(image_alt, "image_alt"),
        terms=tuple(_term_from(term) for term in _list(terms, "terms")),
        line=_whole(line, "page line"),
    )


def _term_from(record) -> Term:
    term, definition = _fields(record, 2, "term")
    return Term(_text(term, "term"), _text(definition, "definition"))


def _quiz_from(record) -> Quiz:
    columns, pass_mark, feedback, shuffle_questions, shuffle_choices, draw, time_limit = _fields(record, 7, "quiz")
    return Quiz(
        questions=_questions_from(columns),
        pass_mark=_number(pass_mark, "pass_mark"),
        feedback=_one_of(feedback, FEEDBACK_MODES, "feedback"),
        shuffle_questions=_bool(shuffle_questions, "shuffle_questions"),
        shuffle_choices=_bool(shuffle_choices, "shuffle_choices"),
        draw=_optional_whole(draw, "draw"),
        time_limit=_optional_whole(time_limit, "time_limit"),
    )


# Questions and choices, the most numerous records, are stored a column per
# field, so that each column's types are checked at once (set(map(type, ...))).
_STR = {str}
_BOOL = {bool}
_OPTIONAL_BOOL = {bool, type(None)}
_OPTIONAL_STR = {str, type(None)}
_NUMBER = {int, float}
_OPTIONAL_NUMBER = {int, float, type(None)}
_WHOLE = {int}
_TYPES = frozenset(QUESTION_TYPES)
_SCORING = frozenset(SCORING_RULES)


def _column(values, types: set, count: int) -> list:
    if type(values) is not list or len(values) != count or not set(map(type, values)) <= types:
        _fail("column")
    return values


def _questions_from(columns) -> tuple[Question, ...]:
    # The choices of all questions are four columns of their own; the
    # fourth question column says how many of them each question has.
    ids, prompts, kinds, counts, shuffles, scorings, answers, explanations, sees, quotes, points, lines, choices = (
        _fields(columns, 13, "questions")
    )
    count = len(_list(ids, "question ids"))
    for values, types in (
        (ids, _STR),
        (prompts, _STR),
        (kinds, _STR),
        (counts, _WHOLE),
        (shuffles, _OPTIONAL_BOOL),
        (scorings, _STR),
        (answers, _OPTIONAL_BOOL),
        (explanations, _STR),
        (sees, _OPTIONAL_STR),
        (quotes, _STR),
        (points, _NUMBER),
        (lines, _WHOLE),
    ):
        _column(values, types, count)
    if not set(kinds) <= _TYPES or not set(scorings) <= _SCORING or (counts and min(counts) < 0):
        _fail("question type, scoring or number of choices")
    texts, correct, feedback, weights = _fields(choices, 4, "choices")
    total = sum(counts)
    _column(texts, _STR, total)
    _column(correct, _BOOL, total)
    _column(feedback, _STR, total)
    _column(weights, _OPTIONAL_NUMBER, total)
    every_choice = tuple(map(Choice, texts, correct, feedback, weights))
    starts = list(accumulate(counts, initial=0))
    per_question = map(every_choice.__getitem__, map(slice, starts, starts[1:]))
    return tuple(
        map(
            Question,
            ids,
            prompts,
            kinds,
            per_question,
            shuffles,
            scorings,
            answers,
            explanations,
            sees,
            quotes,
            points,
            lines,
        )
    )


def problem_from(record) -> Problem:
    path, line, column, message, severity = _fields(record, 5, "problem")
    return Problem(
        path=_path(path, "problem path"),
        line=_whole(line, "problem line"),
        column=_whole(column, "problem column"),
        message=_text(message, "message"),
        severity=_one_of(severity, ("error", "warning"), "severity"),
    )
