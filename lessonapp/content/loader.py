"""One lesson file -> a Lesson, or the problems that stop it, each with its line.

Every rule of lesson-format.md that concerns a single file is here; the rules
across files (duplicate ids, `requires`, course.yaml) are in library.py.
"""

from __future__ import annotations

import re
import stat
from functools import partial
from pathlib import Path

from lessonapp.words import Words, message_of

from .checks import Report, check_mapping
from .images import NOT_AN_IMAGE, ImageRefused, read_image
from .markdown import image_references, other_resources
from .model import Choice, Lesson, Page, Problem, Question, Quiz, Source, Term, choice_key
from .paths import UnsafePath, resolve_inside
from .quotes import SourceText
from .spec import CHOICE, LESSON, PAGE, QUESTION, QUIZ, SOURCE, TERM
from .yamlparse import (
    Mark,
    UnreadableFile,
    YamlProblem,
    YList,
    YMap,
    decode,
    node_mark,
    parse,
    read_bytes,
    read_limited,
)

MAX_SOURCE_BYTES = 20 * 1024 * 1024

_ABOVE = re.compile(r"\b(all|none) of the above\b", re.IGNORECASE)


def load_lesson(
    path: Path,
    root: Path | None = None,
    sources: dict[Path, SourceText | str] | None = None,
    data: bytes | None = None,
) -> tuple[Lesson | None, list[Problem]]:
    """Load and validate one lesson file.

    root is the library folder that referenced files must stay inside (by
    default the file's own folder); sources caches source texts shared by
    several lessons; data, when given, is the file's content already read.
    The lesson is None when any problem is an error.
    """
    path = Path(path)
    report = Report(path)
    try:
        data = parse(decode(data if data is not None else read_bytes(path)), lesson=True)
    except YamlProblem as problem:
        report.error(Mark(problem.line, problem.column), problem.message)
        return None, report.problems
    lesson = LessonBuilder(path, Path(root) if root else path.parent, report, sources).build(data)
    report.problems.sort(key=lambda p: (p.line, p.column))
    return (None if report.has_errors else lesson), report.problems


class LessonBuilder:
    def __init__(self, path: Path, root: Path, report: Report, sources: dict | None):
        self.path = path
        self.root = root
        self.report = report
        self.sources = {} if sources is None else sources
        self.checked_images: dict[Path, str | None] = {}  # why each image cannot be used, or None

    def build(self, data) -> Lesson | None:
        if not isinstance(data, YMap):
            if isinstance(data, YList):
                message = Words(
                    "content", "a lesson file must be a mapping of keys (format:, id:, title: ...), not a list"
                )
            else:
                message = Words(
                    "content", "a lesson file must be a mapping of keys (format:, id:, title: ...), not a single value"
                )
            self.report.error(getattr(data, "mark", Mark(1, 1)), message)
            return None
        if "lessons" in data and "pages" not in data and "quiz" not in data:
            self.report.error(data.mark, Words("content", "this looks like a course file; name it course.yaml"))
            return None
        top = check_mapping(data, LESSON, Words("content", "the lesson"), data.mark, self.report)
        source = self.source(top.get("source"), data.value_mark("source"))
        pages = self.pages(top.get("pages", ()), data)
        quiz = self.quiz(top.get("quiz"), data.value_mark("quiz"), pages, source)
        if any(k not in top for k in ("id", "title")):
            return None
        return Lesson(
            id=top["id"],
            title=top["title"],
            path=self.path,
            format=top.get("format", 1),
            summary=top.get("summary", ""),
            language=top.get("language", "en"),
            order=top.get("order"),
            minutes=top.get("minutes"),
            level=top.get("level", ""),
            tags=top.get("tags", ()),
            requires=top.get("requires", ()),
            objectives=top.get("objectives", ()),
            source=source,
            pages=tuple(pages),
            quiz=quiz,
            library=self.root,
        )

    # -- parts --------------------------------------------------------------

    def source(self, value, mark: Mark) -> Source | None:
        if value is None:
            return None
        checked = check_mapping(value, SOURCE, "source", mark, self.report)
        if checked is None:
            return None
        file = None
        if "file" in checked:
            file = self.referenced_file(checked["file"], value.value_mark("file"), image=False)
            if file is not None:
                if file not in self.sources:
                    self.sources[file] = self.read_source(file)
                if isinstance(self.sources[file], str):  # it could not be read: say so in every lesson using it
                    self.report.error(value.value_mark("file"), self.sources[file])
        return Source(
            title=checked.get("title", ""),
            publisher=checked.get("publisher", ""),
            date=checked.get("date", ""),
            url=checked.get("url", ""),
            credit=checked.get("credit", ""),
            file=file,
        )

    @staticmethod
    def read_source(file: Path) -> SourceText | str:
        """The source text, or the message saying why it cannot be read."""
        try:
            return SourceText(read_limited(file, MAX_SOURCE_BYTES, follow_symlinks=False).decode("utf-8-sig"))
        except UnicodeDecodeError:
            return Words("content", 'the source file "{0}" is not UTF-8 text; save it as UTF-8', file.name)
        except UnreadableFile as problem:
            if problem.kind == "too_large":
                return Words(
                    "content",
                    'the source file "{0}" is {1} MB; a source text may be at most {2} MB '
                    "(keep the part the lesson quotes)",
                    file.name,
                    f"{problem.size / 1_048_576:.1f}",
                    MAX_SOURCE_BYTES // 1_048_576,
                )
            return Words("content", 'cannot read the source file "{0}": {1}', file.name, problem.reason)

    def pages(self, items, lesson: YMap) -> list[Page]:
        pages: list[Page] = []
        seen: dict[str, YMap] = {}
        for index, (item, mark) in enumerate(_items(items), start=1):
            checked = check_mapping(item, PAGE, Words("content", "page {0}", index), mark, self.report)
            if checked is None or "title" not in checked:
                continue
            page_id = checked.get("id")
            if page_id is not None:
                self.check_unique(seen, item, page_id, "page")
            self.markdown_images(
                checked.get("body", ""), item, "body", Words("content", 'page "{0}"', checked["title"])
            )
            image = None
            if "image" in checked:
                image = self.image(checked["image"], item.value_mark("image"))
                if not checked.get("image_alt", "").strip():
                    self.report.error(
                        item.key_mark("image"),
                        Words(
                            "content",
                            'page "{0}" has an image but no "image_alt": describe the image '
                            "for students who cannot see it",
                            checked["title"],
                        ),
                    )
            terms = tuple(
                Term(t["term"], t["definition"]) for t in self.terms(checked.get("terms", ()), checked["title"])
            )
            pages.append(
                Page(
                    title=checked["title"],
                    body=checked.get("body", ""),
                    id=page_id,
                    image=image,
                    image_alt=checked.get("image_alt", ""),
                    terms=terms,
                    line=mark().line,
                )
            )
        return pages

    def terms(self, items, page_title: str) -> list[dict]:
        result = []
        for index, (item, mark) in enumerate(_items(items), start=1):
            checked = check_mapping(
                item, TERM, Words("content", 'term {0} of page "{1}"', index, page_title), mark, self.report
            )
            if checked is not None and "term" in checked and "definition" in checked:
                result.append(checked)
        return result

    def quiz(self, value, mark: Mark, pages: list[Page], source: Source | None) -> Quiz | None:
        if value is None:
            return None
        checked = check_mapping(value, QUIZ, Words("content", "the quiz"), mark, self.report)
        if checked is None:
            return None
        shuffle_choices = checked.get("shuffle_choices", True)
        page_ids = {p.id for p in pages if p.id}
        questions = self.questions(checked.get("questions", ()), shuffle_choices, page_ids, source)
        draw = checked.get("draw")
        items = checked.get("questions", ())
        if draw is not None and draw > len(items):
            self.report.error(
                value.value_mark("draw"),
                Words("content", "draw is {0} but the quiz has only 1 question; lower draw or add questions", draw)
                if len(items) == 1
                else Words(
                    "content",
                    "draw is {0} but the quiz has only {1} questions; lower draw or add questions",
                    draw,
                    len(items),
                ),
            )
        if "questions" in checked and len(items) == 0:
            self.report.error(
                value.value_mark("questions"),
                Words("content", "the quiz has no questions; add some or remove the quiz"),
            )
        elif len(items) == 1:
            self.report.warning(
                value.key_mark("questions"),
                Words("content", "the quiz has only 1 question; three or more give a fairer score"),
            )
        elif len(items) == 2:
            self.report.warning(
                value.key_mark("questions"),
                Words("content", "the quiz has only 2 questions; three or more give a fairer score"),
            )
        return Quiz(
            questions=tuple(questions),
            pass_mark=float(checked.get("pass_mark", 70)),
            feedback=checked.get("feedback", "immediate"),
            shuffle_questions=checked.get("shuffle_questions", True),
            shuffle_choices=shuffle_choices,
            draw=draw,
            time_limit=checked.get("time_limit"),
        )

    def questions(self, items, shuffle_choices: bool, page_ids: set, source: Source | None) -> list[Question]:
        questions: list[Question] = []
        seen: dict[str, YMap] = {}
        for index, (item, mark) in enumerate(_items(items), start=1):
            if isinstance(item, YMap) and isinstance(item.get("id"), str):
                name = Words("content", 'question "{0}"', item["id"])
            else:
                name = Words("content", "question {0}", index)
            checked = check_mapping(item, QUESTION, name, mark, self.report)
            if checked is None:
                continue
            question_id = checked.get("id")
            if question_id is not None:
                self.check_unique(seen, item, question_id, "question")
            for key in ("prompt", "explanation"):
                self.markdown_images(checked.get(key, ""), item, key, name)
            question = QuestionRules(self.report, item, checked, name, mark()).build(
                shuffle_choices, page_ids, source, self.sources
            )
            if question is not None:
                questions.append(question)
        return questions

    def check_unique(self, seen: dict[str, YMap], item: YMap, item_id: str, what: str) -> None:
        """Report an id used twice, at the second use, naming the first's line
        (``what``: "page" or "question")."""
        if item_id in seen:
            first = seen[item_id].value_mark("id").line
            if what == "page":
                message = Words(
                    "content",
                    'page id "{0}" is used twice (first on line {1}); page ids must be unique',
                    item_id,
                    first,
                )
            else:
                message = Words(
                    "content",
                    'question id "{0}" is used twice (first on line {1}); question ids must be unique in a lesson',
                    item_id,
                    first,
                )
            self.report.error(item.value_mark("id"), message)
        seen.setdefault(item_id, item)

    # -- files --------------------------------------------------------------

    def referenced_file(self, reference: str, mark: Mark, image: bool) -> Path | None:
        """The file an `image:` (or, image False, a source's `file:`) names, or None after reporting."""
        try:
            file = resolve_inside(reference, self.path, self.root)
            status = file.stat()
        except UnsafePath as reason:
            self.report.error(mark, _cannot_be_used(image, reference, message_of(reason)))
            return None
        except FileNotFoundError:
            if image:
                message = Words(
                    "content",
                    'the image "{0}" does not exist (looked for {1}); check the name and folder',
                    reference,
                    str(file),
                )
            else:
                message = Words(
                    "content",
                    'the source file "{0}" does not exist (looked for {1}); check the name and folder',
                    reference,
                    str(file),
                )
            self.report.error(mark, message)
            return None
        except (OSError, RuntimeError) as error:  # a name too long, a folder not readable...
            reason = getattr(error, "strerror", None) or error
            self.report.error(mark, _cannot_be_used(image, reference, str(reason)))
            return None
        if not stat.S_ISREG(status.st_mode):
            not_regular = Words("content", "it is not a regular file (a folder, a device or a pipe?)")
            self.report.error(mark, _cannot_be_used(image, reference, not_regular))
            return None
        return file

    def image(self, reference: str, mark: Mark) -> Path | None:
        file = self.referenced_file(reference, mark, image=True)
        if file is None:
            return None
        refused = self.image_refused(file)
        if refused == NOT_AN_IMAGE:
            self.report.error(mark, Words("content", '"{0}" is not an image; use a PNG, JPEG or SVG file', reference))
            return None
        if refused is not None:
            self.report.error(mark, _cannot_be_used(True, reference, refused))
            return None
        return file

    def image_refused(self, file: Path) -> str | None:
        if file not in self.checked_images:
            try:
                read_image(file)
                self.checked_images[file] = None
            except ImageRefused as reason:
                self.checked_images[file] = message_of(reason)
        return self.checked_images[file]

    def markdown_images(self, text: str, item: YMap, key: str, owner: str) -> None:
        """Images written in Markdown or HTML obey the rules of `image:`."""
        for reference in image_references(text):
            try:
                file = resolve_inside(reference.path, self.path, self.root)
                refused = self.image_refused(file)
            except UnsafePath as reason:
                refused = message_of(reason)
            except (OSError, RuntimeError) as error:
                refused = str(getattr(error, "strerror", None) or error)
            if refused is not None:
                self.report.error(
                    item.value_mark(key),
                    Words(
                        "content",
                        '{0}: the image "{1}" in its {2} cannot be used: {3}',
                        owner,
                        reference.written,
                        key,
                        refused,
                    ),
                )
        for html in other_resources(text):
            self.report.warning(
                item.value_mark(key),
                Words(
                    "content",
                    '{0}: "{1}" in its {2} is not shown: background images and style sheets are '
                    "never loaded; use an image instead",
                    owner,
                    html[:40],
                    key,
                ),
            )


def _cannot_be_used(image: bool, reference: str, reason: str) -> Words:
    if image:
        return Words("content", 'the image "{0}" cannot be used: {1}', reference, reason)
    return Words("content", 'the source file "{0}" cannot be used: {1}', reference, reason)


def referenced_files(lesson: Lesson, root: Path) -> list[Path]:
    """Every file a loaded lesson shows or checks against: its pages' images,
    the images in its Markdown and its source text."""
    files = [page.image for page in lesson.pages if page.image is not None]
    if lesson.source is not None and lesson.source.file is not None:
        files.append(lesson.source.file)
    texts = [page.body for page in lesson.pages]
    if lesson.quiz is not None:
        texts += [text for q in lesson.quiz.questions for text in (q.prompt, q.explanation)]
    for text in texts:
        for reference in image_references(text):
            try:
                files.append(resolve_inside(reference.path, lesson.path, root))
            except (UnsafePath, OSError, RuntimeError):
                continue  # such a lesson has an error and is never cached
    return files


class QuestionRules:
    """The rules of one question that span several of its keys."""

    def __init__(self, report: Report, item: YMap, checked: dict, name: str, mark: Mark):
        self.report = report
        self.item = item
        self.checked = checked
        self.name = name
        self.mark = mark  # where the question starts

    def build(self, shuffle_choices: bool, page_ids: set, source: Source | None, sources: dict) -> Question | None:
        item, checked, name = self.item, self.checked, self.name
        kind = checked.get("type", "single")
        choices = self.choices(kind)
        if kind == "true_false":
            if "choices" in item:
                self.report.error(
                    item.key_mark("choices"),
                    Words(
                        "content", "{0} is true_false: remove its choices and write answer: true or answer: false", name
                    ),
                )
            if "answer" not in checked:
                if "answer" not in item:
                    self.report.error(
                        self.mark,
                        Words("content", '{0} is true_false but has no "answer": write answer: true or false', name),
                    )
                return None
            choices = (Choice("True", checked["answer"] is True), Choice("False", checked["answer"] is False))
        elif "answer" in item:
            self.report.error(
                item.key_mark("answer"),
                Words(
                    "content",
                    '"answer" is only for true_false questions; {0} is {1}: mark its right choices '
                    "with correct: true (or set type: true_false)",
                    name,
                    kind,
                ),
            )
        if "scoring" in item and kind != "multiple":
            self.report.error(
                item.key_mark("scoring"),
                Words("content", '"scoring" is only for multiple questions; {0} is {1}', name, kind),
            )
        self.see(page_ids)
        self.quote(source, sources)
        self.warnings(kind, choices, shuffle_choices)
        if choices is None or "id" not in checked or "prompt" not in checked:
            return None
        return Question(
            id=checked["id"],
            prompt=checked["prompt"],
            type=kind,
            choices=tuple(choices),
            shuffle=checked.get("shuffle"),
            scoring=checked.get("scoring", "all_or_nothing"),
            answer=checked.get("answer"),
            explanation=checked.get("explanation", ""),
            see=checked.get("see"),
            quote=checked.get("quote", ""),
            points=float(checked.get("points", 1)),
            line=self.mark.line,
        )

    def choices(self, kind: str) -> list[Choice] | None:
        item, name = self.item, self.name
        if kind == "true_false":
            return None
        if "choices" not in item:
            self.report.error(
                self.mark, Words("content", '{0} has no "choices": give it two or more (or use type: true_false)', name)
            )
            return None
        if "choices" not in self.checked:
            return None
        choices: list[Choice] = []
        first_entry: dict[str, YMap] = {}
        broken = False
        for index, (entry, mark) in enumerate(_items(self.checked["choices"]), start=1):
            checked = check_mapping(
                entry, CHOICE, lambda i=index: Words("content", "choice {0} of {1}", i, name), mark, self.report
            )
            if checked is None or "text" not in checked:
                broken = True
                continue
            text = checked["text"]
            key = choice_key(text)
            if key in first_entry:
                self.report.error(
                    entry.value_mark("text"),
                    Words(
                        "content",
                        '{0} has two choices with the same text "{1}" (lines {2} and {3}); every choice must differ',
                        name,
                        text,
                        first_entry[key].value_mark("text").line,
                        entry.value_mark("text").line,
                    ),
                )
                broken = True
            first_entry.setdefault(key, entry)
            if "weight" in entry and ("weight" not in checked or not self.weight_agrees(checked, entry, index)):
                broken = True  # a weight that cannot be read leaves the question's grading unknown
            correct = checked.get("correct", False) is True
            choices.append(Choice(text, correct, checked.get("feedback", ""), checked.get("weight")))
        if broken:
            return None
        mark = item.key_mark("choices")
        if len(choices) < 2:
            if choices:
                self.report.error(mark, Words("content", "{0} has 1 choice; give it two or more", name))
            else:
                self.report.error(mark, Words("content", "{0} has 0 choices; give it two or more", name))
            return None
        if any(c.weight is not None for c in choices):
            return self.weighted_choices(kind, choices, mark)
        correct = sum(c.correct for c in choices)
        if kind == "single" and correct != 1:
            if correct == 0:
                message = Words(
                    "content",
                    "{0} is single-choice and needs exactly one correct choice, but has {1}; "
                    "mark the right one with correct: true",
                    name,
                    correct,
                )
            else:
                message = Words(
                    "content",
                    "{0} is single-choice and needs exactly one correct choice, but has {1}; "
                    "keep one, or set type: multiple",
                    name,
                    correct,
                )
            self.report.error(mark, message)
            return None
        if kind == "multiple" and correct == 0:
            self.report.error(
                mark, Words("content", "{0} has no correct choice; mark the right ones with correct: true", name)
            )
            return None
        return choices

    def weight_agrees(self, checked: dict, entry: YMap, index: int) -> bool:
        """A choice's `correct` and `weight` may not say opposite things."""
        if "weight" not in checked or "correct" not in checked or (checked["weight"] > 0) == checked["correct"]:
            return True
        weight = _percent(checked["weight"])
        if checked["correct"]:
            message = Words(
                "content",
                "choice {0} of {1} has correct: true but weight {2}; a weight above 0 makes a choice right: "
                "keep only the weight",
                index,
                self.name,
                weight,
            )
        else:
            message = Words(
                "content",
                "choice {0} of {1} has correct: false but weight {2}; a weight above 0 makes a choice right: "
                "keep only the weight",
                index,
                self.name,
                weight,
            )
        self.report.error(entry.value_mark("weight"), message)
        return False

    def weighted_choices(self, kind: str, choices: list[Choice], mark: Mark) -> list[Choice] | None:
        """The choices of a question with weights, each with its weight (100 for
        `correct: true` without one, else 0), graded as Moodle grades them."""
        choices = [
            Choice(c.text, w > 0, c.feedback, w)
            for c, w in ((c, float(c.weight if c.weight is not None else 100 if c.correct else 0)) for c in choices)
        ]
        if "scoring" in self.item:
            self.report.error(
                self.item.key_mark("scoring"),
                Words("content", '{0} has weights, and they say how it scores: remove "scoring"', self.name),
            )
            return None
        if kind == "single":
            best = max(c.weight for c in choices)
            if best != 100:
                self.report.error(
                    mark,
                    Words(
                        "content",
                        "{0} is single-choice and needs a choice worth 100% (weight: 100 or correct: true); "
                        "its best choice is worth {1}%",
                        self.name,
                        _percent(best),
                    ),
                )
                return None
        else:
            total = sum(c.weight for c in choices if c.weight > 0)
            if abs(total - 100) >= 0.5:  # Moodle rounds the sum to whole percents too
                self.report.error(
                    mark,
                    Words(
                        "content",
                        "the weights above 0 of {0} add up to {1}%; they must add up to 100%, "
                        "so that picking every right choice gives full marks",
                        self.name,
                        _percent(total),
                    ),
                )
                return None
        return choices

    def see(self, page_ids: set) -> None:
        target = self.checked.get("see")
        if target is not None and target not in page_ids:
            known = ", ".join(sorted(page_ids)) or Words("content", "none (give the pages an id)")
            self.report.error(
                self.item.value_mark("see"),
                Words(
                    "content",
                    '{0}: see "{1}" names no page of this lesson; page ids here: {2}',
                    self.name,
                    target,
                    known,
                ),
            )

    def quote(self, source: Source | None, sources: dict) -> None:
        quote = self.checked.get("quote")
        if not quote:
            return
        if source is None or source.file is None:
            self.report.warning(
                self.item.value_mark("quote"),
                Words(
                    "content",
                    "{0} has a quote, but the lesson has no source file to check it against; "
                    "add source: file: with a copy of the source text",
                    self.name,
                ),
            )
            return
        text = sources.get(source.file)
        if not isinstance(text, SourceText) or text.contains(quote):
            return
        closest = text.closest_passage(quote)
        if closest:
            message = Words(
                "content",
                '{0}: the quote is not in the source file {1}; the closest passage is: "{2}"',
                self.name,
                source.file.name,
                closest,
            )
        else:
            message = Words(
                "content",
                "{0}: the quote is not in the source file {1}; no passage of it has a word of the quote",
                self.name,
                source.file.name,
            )
        self.report.error(self.item.value_mark("quote"), message)

    def warnings(self, kind: str, choices, shuffle_choices: bool) -> None:
        if not self.checked.get("explanation", "").strip():
            self.report.warning(
                self.mark, Words("content", "{0} has no explanation; students learn more when told why", self.name)
            )
        shuffled = self.checked.get("shuffle", shuffle_choices)
        if choices and kind != "true_false" and shuffled:
            for choice in choices:
                match = _ABOVE.search(choice.text)
                if match:
                    self.report.warning(
                        self.item.key_mark("choices"),
                        Words(
                            "content",
                            '{0} has the choice "{1}" but its choices are shuffled, so '
                            '"{2}" may not come last; set shuffle: false on the question',
                            self.name,
                            choice.text,
                            match.group(0),
                        ),
                    )


def _percent(weight: float) -> str:
    return f"{weight:g}"


def _items(value):
    """(item, locate) pairs of a checked list (empty when it is not one);
    locate() gives the item's mark, worked out only when it is needed."""
    if isinstance(value, YList):
        return zip(value, [partial(node_mark, node) for node in value.node.value])
    return ()
