"""One test per rule of lesson-format.md: a small broken file, the exact line
and the message a teacher reads."""

from __future__ import annotations

import pytest

from lessonapp.content.loader import load_lesson

from .helpers import VALID, problems_of, write_lesson


def line_of(text: str, marker: str) -> int:
    """The 1-based line of the first line containing marker ("marker#N": the Nth)."""
    marker, _, nth = marker.partition("#")
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if marker in line]
    assert lines, f"{marker!r} not in text"
    return lines[int(nth or 1) - 1]


def test_the_base_lesson_is_valid(tmp_path):
    lesson, problems = load_lesson(write_lesson(tmp_path, VALID), tmp_path)
    assert problems == []
    assert lesson is not None and lesson.quiz is not None
    assert [q.id for q in lesson.quiz.questions] == ["q1", "q2", "q3"]
    true_false = lesson.quiz.questions[2]
    assert [(c.text, c.correct) for c in true_false.choices] == [("True", True), ("False", False)]


# (what the rule is, text replaced, replacement, a text on the line reported, the message)
ERRORS = [
    (
        "yaml syntax",
        "title: A sample lesson",
        "title: [unclosed",
        "source:",
        "YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 3)",
    ),
    ("tab indentation", "  title: An article", "\ttitle: An article", "\ttitle", "a tab is used for indentation"),
    (
        "duplicate key",
        "title: A sample lesson",
        "title: A sample lesson\ntitle: Again",
        "title: Again",
        "duplicate key 'title' (first written on line 3)",
    ),
    ("missing required key", "title: A sample lesson\n", "", "format: 1", 'missing the required key "title"'),
    (
        "unknown key with suggestion",
        "          correct: true\n        - text: Wrong",
        "          corect: true\n        - text: Wrong",
        "corect",
        'unknown key "corect" in choice 1 of question "q1"; did you mean "correct"?',
    ),
    (
        "unknown top-level key",
        "title: A sample lesson",
        "title: A sample lesson\nsumary: x",
        "sumary",
        'did you mean "summary"?',
    ),
    (
        "pass mark out of range",
        "quiz:\n",
        "quiz:\n  pass_mark: 140\n",
        "pass_mark",
        '"pass_mark" in the quiz is 140; it must be between 0 and 100',
    ),
    (
        "points zero",
        "      quote: The quick",
        "      points: 0\n      quote: The quick",
        "points: 0",
        "it must be more than 0",
    ),
    (
        "draw larger than the pool",
        "quiz:\n",
        "quiz:\n  draw: 4\n",
        "draw: 4",
        "draw is 4 but the quiz has only 3 questions",
    ),
    ("id with spaces", "id: sample", "id: my sample", "id: my sample", 'for example "my-sample"'),
    (
        "wrong type",
        "quiz:\n",
        "quiz:\n  shuffle_questions: maybe\n",
        "shuffle_questions",
        '"shuffle_questions" in the quiz must be true or false',
    ),
    ("yes read as a boolean", "    - id: q2", "    - id: no", "id: no", "put the id in quotes"),
    (
        "wrong enum with suggestion",
        "  questions:",
        "  feedback: imediate\n  questions:",
        "imediate",
        'did you mean "immediate"?',
    ),
    ("format version", "format: 1", "format: 2", "format: 2", '"format" in the lesson is 2; it must be 1'),
    (
        "single without a correct choice",
        "          correct: true\n        - text: Wrong",
        "          correct: false\n        - text: Wrong",
        "      choices:",
        "needs exactly one correct choice, but has 0",
    ),
    (
        "single with two correct choices",
        "        - text: Wrong\n",
        "        - text: Wrong\n          correct: true\n",
        "      choices:",
        "needs exactly one correct choice, but has 2",
    ),
    (
        "multiple without a correct choice",
        "        - text: A\n          correct: true\n        - text: B\n          correct: true",
        "        - text: A\n        - text: B",
        "      choices:#2",
        "has no correct choice",
    ),
    (
        "fewer than two choices",
        "        - text: Wrong\n          feedback: Not this one.\n",
        "",
        "      choices:",
        "has 1 choice; give it two or more",
    ),
    (
        "duplicate choice text",
        "        - text: Wrong",
        "        - text: right",
        "text: right",
        'two choices with the same text "right"',
    ),
    (
        "answer on a non-true_false question",
        "      explanation: Because.\n      quote",
        "      answer: true\n      explanation: Because.\n      quote",
        "answer: true",
        '"answer" is only for true_false questions',
    ),
    (
        "choices on a true_false question",
        "      answer: true\n",
        "      answer: true\n      choices:\n        - text: x\n",
        "      choices:#3",
        "remove its choices",
    ),
    ("true_false without answer", "      answer: true\n", "", "    - id: q3", 'is true_false but has no "answer"'),
    (
        "scoring on a single question",
        "      quote: The quick",
        "      scoring: partial\n      quote: The quick",
        "scoring: partial",
        '"scoring" is only for multiple questions',
    ),
    (
        "duplicate page id",
        "    body: Some *reading*.\n",
        "    body: Some *reading*.\n  - id: intro\n    title: Again\n",
        "- id: intro#2",
        'page id "intro" is used twice',
    ),
    ("see names nothing", "      see: intro", "      see: nowhere", "see: nowhere", 'see "nowhere" names no page'),
    (
        "missing image",
        "    body: Some *reading*.",
        "    body: x\n    image: map.png\n    image_alt: A map",
        "image: map.png",
        'the image "map.png" does not exist',
    ),
    (
        "image outside the library",
        "    body: Some *reading*.",
        "    body: x\n    image: ../map.png\n    image_alt: A map",
        "image: ../map.png",
        "'..' is not allowed",
    ),
    (
        "absolute image path",
        "    body: Some *reading*.",
        "    body: x\n    image: /etc/passwd\n    image_alt: A map",
        "image: /etc",
        "absolute paths are not allowed",
    ),
    (
        "image URL",
        "    body: Some *reading*.",
        "    body: x\n    image: https://example.com/a.png\n    image_alt: A",
        "image: https",
        "URLs are not allowed",
    ),
    (
        "not an image",
        "    body: Some *reading*.",
        "    body: x\n    image: article.txt\n    image_alt: A",
        "image: article.txt",
        '"article.txt" is not an image',
    ),
    (
        "image without image_alt",
        "    body: Some *reading*.",
        "    body: x\n    image: pic.png",
        "image: pic.png",
        'has an image but no "image_alt"',
    ),
    (
        "missing source file",
        "  file: article.txt",
        "  file: missing.txt",
        "file: missing.txt",
        'the source file "missing.txt" does not exist',
    ),
    (
        "quote not in the source",
        "      quote: The quick brown fox",
        "      quote: The slow brown fox",
        "quote: The slow",
        'the closest passage is: "The quick brown fox"',
    ),
    (
        "empty quiz",
        "quiz:\n  questions:",
        "quiz:\n  questions: []\nunused:",
        "questions: []",
        "the quiz has no questions",
    ),
]


@pytest.mark.parametrize(("rule", "old", "new", "marker", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_each_error_rule_names_its_line(tmp_path, rule, old, new, marker, message):
    assert old in VALID, f"test setup: {old!r} not in the base lesson"
    text = VALID.replace(old, new, 1)
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    problems = [p for p in problems_of(tmp_path, text) if p.severity == "error"]
    found = [p for p in problems if message in p.message]
    assert found, f"no error containing {message!r}; got: {[str(p) for p in problems]}"
    assert found[0].line == line_of(text, marker)
    lesson, _ = load_lesson(tmp_path / "lesson.yaml", tmp_path)
    assert lesson is None, "a file with an error must not load"


def test_duplicate_question_id_points_at_the_second(tmp_path):
    text = VALID.replace("    - id: q2", "    - id: q1")
    problems = problems_of(tmp_path, text)
    duplicate = next(p for p in problems if "used twice" in p.message)
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "- id: q1"]
    assert duplicate.line == lines[1] and duplicate.column == 11


def test_unsafe_symlink_out_of_the_library(tmp_path):
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"\x89PNG\r\n\x1a\n")
    library = tmp_path / "library"
    library.mkdir()
    (library / "link.png").symlink_to(outside)
    text = VALID.replace("    body: Some *reading*.", "    body: x\n    image: link.png\n    image_alt: A")
    problems = problems_of(library, text)
    assert any("leads outside the library folder" in p.message for p in problems)


WARNINGS = [
    (
        "quote without a source file",
        "  file: article.txt\n",
        "",
        "quote: The quick",
        "has a quote, but the lesson has no source file",
    ),
    ("no explanation", "      explanation: Because.\n      quote", "      quote", "    - id: q1", "has no explanation"),
    (
        "all of the above when shuffled",
        "        - text: Wrong",
        "        - text: All of the above",
        "      choices:",
        '"All of the above" may not come last',
    ),
    (
        "fewer than three questions",
        "    - id: q3\n      type: true_false\n      prompt: True?\n      answer: true\n      explanation: Because.\n",
        "",
        "  questions:",
        "the quiz has only 2 questions",
    ),
]


@pytest.mark.parametrize(("rule", "old", "new", "marker", "message"), WARNINGS, ids=[w[0] for w in WARNINGS])
def test_each_warning_rule_names_its_line_and_still_loads(tmp_path, rule, old, new, marker, message):
    assert old in VALID
    text = VALID.replace(old, new, 1)
    lesson, problems = load_lesson(write_lesson(tmp_path, text), tmp_path)
    assert [p.severity for p in problems] == ["warning"], [str(p) for p in problems]
    assert message in problems[0].message
    assert problems[0].line == line_of(text, marker)
    assert lesson is not None


def test_all_of_the_above_is_fine_when_not_shuffled(tmp_path):
    text = VALID.replace("        - text: Wrong", "        - text: All of the above").replace(
        "      prompt: Pick one.", "      prompt: Pick one.\n      shuffle: false"
    )
    assert problems_of(tmp_path, text) == []


def test_quote_matching_ignores_case_space_and_curly_quotes_only(tmp_path):
    ok = VALID.replace("      quote: The quick brown fox", "      quote: 'OVER the   \"lazy\" dog'")
    assert problems_of(tmp_path, ok) == []
    changed_word = VALID.replace("      quote: The quick brown fox", "      quote: over the lazy dog")
    assert any("not in the source" in p.message for p in problems_of(tmp_path, changed_word))


def test_number_written_as_choice_text_is_text(tmp_path):
    text = VALID.replace("        - text: Right", "        - text: 6064").replace(
        "        - text: Wrong", "        - text: 604"
    )
    lesson, problems = load_lesson(write_lesson(tmp_path, text), tmp_path)
    assert problems == []
    assert [c.text for c in lesson.quiz.questions[0].choices] == ["6064", "604"]


def test_a_tab_inside_a_block_of_text_is_not_blamed_for_a_later_error(tmp_path):
    text = VALID.replace("    body: Some *reading*.", "    body: |\n      Some\t*reading*.")
    text = text.replace("      prompt: Pick one.", "      prompt: T: x: y")
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1 and "tab" not in problems[0].message
    assert problems[0].line == line_of(text, "prompt: T: x: y")


def test_an_id_with_a_newline_at_the_end_is_refused(tmp_path):
    problems = problems_of(tmp_path, VALID.replace("id: sample", 'id: "sample\\n"'))
    assert any("is not a valid id" in p.message for p in problems)
