"""The lesson model: what a validated lesson file becomes.

Plain frozen dataclasses with no Qt and no YAML in them, so the quiz logic,
the store and the screens can all share them. Every object made from a file
keeps the line it was written on (1-based), for messages that point back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

QUESTION_TYPES = ("single", "multiple", "true_false")
SCORING_RULES = ("all_or_nothing", "partial")
FEEDBACK_MODES = ("immediate", "end")
RTL_LANGUAGES = frozenset({"ar", "arc", "dv", "fa", "ha", "he", "khw", "ks", "ku", "ps", "sd", "ur", "yi"})


def choice_key(text: str) -> str:
    """Two choices of a question are the same when their keys are: white
    space and letter case do not tell choices apart."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool = False
    feedback: str = ""
    # The share of the question's points this choice gives when picked, in
    # percent (Moodle's answer grade; negative takes points away). None for
    # every choice of a question written without weights; a number for every
    # choice of a question with one (the loader fills in 100 for `correct:
    # true` and 0 for the others), and then `correct` is `weight > 0`.
    weight: float | None = None


@dataclass(frozen=True)
class Term:
    term: str
    definition: str


@dataclass(frozen=True)
class Page:
    title: str
    body: str = ""
    id: str | None = None
    image: Path | None = None  # absolute, checked to lie inside the library
    image_alt: str = ""
    terms: tuple[Term, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    type: str = "single"
    # For true_false questions the loader makes two choices, "True" then
    # "False", so every question can be shown and scored the same way.
    choices: tuple[Choice, ...] = ()
    shuffle: bool | None = None  # None: follow the quiz's shuffle_choices
    scoring: str = "all_or_nothing"
    answer: bool | None = None  # true_false only
    explanation: str = ""
    see: str | None = None
    quote: str = ""
    points: float = 1.0
    line: int = 0

    @property
    def correct_indices(self) -> frozenset[int]:
        return frozenset(i for i, c in enumerate(self.choices) if c.correct)

    @property
    def full_marks_indices(self) -> frozenset[int]:
        """The right answer: the choices that, picked together, give full marks. In a
        single question with weights only a choice worth 100% is; one worth less is
        partly right (partly_right_indices), though `correct` is true for it."""
        if self.weighted and self.type != "multiple":
            return frozenset(i for i, c in enumerate(self.choices) if (c.weight or 0.0) >= 100)
        return self.correct_indices

    @property
    def partly_right_indices(self) -> frozenset[int]:
        """Choices that give some of the points but are not the right answer."""
        return self.correct_indices - self.full_marks_indices

    @property
    def weighted(self) -> bool:
        """True when its choices carry weights: it is graded as Moodle grades
        a multichoice question, by the sum of the weights picked."""
        return any(c.weight is not None for c in self.choices)


@dataclass(frozen=True)
class Quiz:
    questions: tuple[Question, ...] = ()
    pass_mark: float = 70.0
    feedback: str = "immediate"
    shuffle_questions: bool = True
    shuffle_choices: bool = True
    draw: int | None = None
    time_limit: int | None = None  # seconds for the whole quiz

    @property
    def asked_count(self) -> int:
        return min(self.draw or len(self.questions), len(self.questions))


@dataclass(frozen=True)
class Source:
    title: str = ""
    publisher: str = ""
    date: str = ""
    url: str = ""
    credit: str = ""
    file: Path | None = None  # absolute, checked to lie inside the library

    @property
    def attribution(self) -> str:
        """One line naming the source, for the foot of each page."""
        parts = [p for p in (self.title, self.publisher, self.date) if p]
        return ", ".join(parts)


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    path: Path
    format: int = 1
    summary: str = ""
    language: str = "en"
    order: float | None = None
    minutes: float | None = None
    level: str = ""
    tags: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()
    source: Source | None = None
    pages: tuple[Page, ...] = ()
    quiz: Quiz | None = None
    library: Path | None = None  # the library folder its files must stay inside (default: the file's folder)

    @property
    def right_to_left(self) -> bool:
        return self.language.split("-")[0].lower() in RTL_LANGUAGES

    def page_by_id(self, page_id: str) -> Page | None:
        return next((p for p in self.pages if p.id == page_id), None)

    def question_by_id(self, question_id: str) -> Question | None:
        if self.quiz is None:
            return None
        return next((q for q in self.quiz.questions if q.id == question_id), None)


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    path: Path
    summary: str = ""
    lessons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """One error or warning found in a file, pointing at its line and column."""

    path: Path
    line: int
    column: int
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Library:
    """Every lesson the app can offer, in the order to show them, and every
    file that could not be loaded with the reason why."""

    lessons: tuple[Lesson, ...] = ()
    courses: tuple[Course, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    def lesson_by_id(self, lesson_id: str) -> Lesson | None:
        return next((x for x in self.lessons if x.id == lesson_id), None)

    def course_of(self, lesson_id: str) -> Course | None:
        """The course whose course.yaml lists the lesson, if any."""
        return next((c for c in self.courses if lesson_id in c.lessons), None)
