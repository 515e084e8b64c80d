"""The GIFT importer, one construct at a time, on small files of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonapp.content.importers import import_text
from lessonapp.content.importers.gift import category_tag, parse_gift

from .lesson_rules import check_rules, load_written

SRC = Path("bank.gift")


def only(text: str, **options):
    bank = parse_gift(text, SRC, **options)
    assert len(bank.questions) == 1, (bank.questions, bank.problems)
    return bank.questions[0]


def lesson(text: str, tmp_path: Path) -> dict:
    result = import_text(text, SRC, "gift", date="2024-01-01")
    assert result.yaml_text, result.problems
    data = check_rules(result.yaml_text)
    load_written(result.yaml_text, tmp_path)
    return data


def messages(bank) -> list[tuple[int, str, str]]:
    return [(p.line, p.severity, p.message) for p in bank.problems]


# Structure ------------------------------------------------------------------


def test_questions_are_separated_by_blank_lines_and_remember_their_line(tmp_path):
    text = "// header comment\n\nFirst?{=a ~b}\n\n\n\nSecond?{T}\n   \nThird?{\n=x\n~y\n}\n"
    bank = parse_gift(text, SRC)
    assert [q.line for q in bank.questions] == [3, 7, 9]
    assert [q.id for q in bank.questions] == ["q1", "q2", "q3"]
    assert not bank.problems
    data = lesson(text, tmp_path)
    assert [q["prompt"] for q in data["quiz"]["questions"]] == ["First?", "Second?", "Third?"]


def test_comment_lines_are_dropped_anywhere_but_inline_slashes_stay():
    q = only("// a comment\nSee http://example.org first?{\n// comment between answers\n=yes\n~no}")
    assert q.prompt == "See http://example.org first?"
    assert [c.text for c in q.choices] == ["yes", "no"]
    assert q.line == 2


def test_multi_line_question_text_is_joined_softly():
    q = only("::Kanji::Japanese characters originally\ncame from what country? {\n  ~India\n  =China\n}")
    assert q.prompt == "Japanese characters originally\ncame from what country?"
    assert q.id == "kanji"


def test_titles_become_unique_slug_ids_and_untitled_are_numbered():
    text = (
        "::Grant's Tomb (1)::Q?{=a ~b}\n\n::Grant's Tomb (1)::Q?{=a ~b}\n\nQ?{=a ~b}\n\n"
        "::Économie & Société!::Q?{=a ~b}\n\n::!!!::Q?{=a ~b}\n\n::q3::Q?{=a ~b}"
    )
    ids = [q.id for q in parse_gift(text, SRC).questions]
    assert ids == ["grant-s-tomb-1", "grant-s-tomb-1-2", "q3", "economie-societe", "q5", "q3-2"]


def test_title_with_escaped_colon():
    q = only("::Ratio 1\\:2::What is it?{T}")
    assert q.title == "Ratio 1:2"
    assert q.id == "ratio-1-2"


def test_categories_become_lesson_tags_last_segment(tmp_path):
    text = (
        "$CATEGORY: $course$/top/Geography/Capitals\n\nCapital of France?{=Paris ~Lyon}\n\n"
        "$CATEGORY: $course$/top\n\nQ2?{T}\n\n$CATEGORY: History\nQ3?{F}\n\n"
        "$CATEGORY: $course$/Geography/Capitals\n\nQ4?{T}"
    )
    bank = parse_gift(text, SRC)
    assert bank.tags == ["Capitals", "History"]
    assert [q.line for q in bank.questions] == [3, 7, 10, 14]
    assert lesson(text, tmp_path)["tags"] == ["Capitals", "History"]


def test_category_tag_rules():
    assert category_tag("$course$/top/Default for Unit 1") == "Default for Unit 1"
    assert category_tag("$system$/top") == ""
    assert category_tag("a//b/c") == "c"
    assert category_tag("x/with//slash") == "with/slash"


# Escapes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "meant"),
    [("\\~", "~"), ("\\=", "="), ("\\#", "#"), ("\\{", "{"), ("\\}", "}"), ("\\:", ":"), ("\\\\", "\\")],
)
def test_escapes_in_answers_and_feedback(written, meant):
    q = only(f"Which?{{={written} right#fb {written} ~other}}")
    assert q.choices[0].text == f"{meant} right"
    assert q.choices[0].feedback == f"fb {meant}"


def test_escapes_in_the_prompt_are_markdown_safe(tmp_path):
    q = only("Is a\\{b\\} \\~ c \\= d \\# e \\: f \\\\ g?{T}")
    data = lesson("Is a\\{b\\} \\~ c \\= d \\# e \\: f \\\\ g?{T}", tmp_path)
    # Markdown escapes: ~ and \\ are backslashed, the rest need none mid-line.
    assert q.prompt == "Is a{b} \\~ c = d # e : f \\\\ g?"
    assert data["quiz"]["questions"][0]["prompt"] == q.prompt


def test_newline_escape_is_a_line_break():
    q = only("Line one\\nline two?{=a#fb one\\nfb two ~b}")
    assert q.prompt == "Line one\\\nline two?"
    assert q.choices[0].feedback == "fb one\nfb two"


def test_backslash_before_other_characters_stays():
    q = only("[markdown]Use \\* for a star?{=yes ~no}")
    assert q.prompt == "Use \\* for a star?"


# Text formats ----------------------------------------------------------------


def test_markdown_format_is_kept():
    q = only("[markdown]Who's buried in **Grant's tomb**?{=no one ~Grant}")
    assert q.prompt == "Who's buried in **Grant's tomb**?"


def test_plain_format_is_escaped_for_markdown():
    q = only("[plain]Is 2*3*4 = <b>24</b>?{T}")
    assert q.prompt == "Is 2\\*3\\*4 = \\<b\\>24\\</b\\>?"


def test_default_text_without_html_is_plain():
    q = only("# Not a heading, 5 * 3 _x_?{T}")
    assert q.prompt == "\\# Not a heading, 5 \\* 3 \\_x\\_?"


def test_html_format_is_converted_to_markdown():
    q = only(
        "[html]<p>Match the <b>activity</b> to <i>its</i> description.</p><p>Second&nbsp;para &amp; "
        "more<br>next line</p><ul><li>one</li><li>two</li></ul>{=a ~b}"
    )
    assert q.prompt == (
        "Match the **activity** to *its* description.\n\nSecond\u00a0para & more\\\nnext line\n\n- one\n- two"
    )


def test_moodle_format_with_tags_is_converted():
    q = only("[moodle]Pick the <strong>best</strong> one{=a ~b}")
    assert q.prompt == "Pick the **best** one"
    q = only("Pick the <em>best</em> one{=a ~b}")
    assert q.prompt == "Pick the *best* one"


def test_html_is_made_safe(tmp_path):
    text = (
        '[html]<div onclick="steal()" style="color:red">Click <a href="javascript:x()">here</a>'
        "<script>alert('x')</script><style>p\\{\\}</style><img src=x onerror=alert(1)> &lt;script&gt;</div>"
        "{=<script>bad()</script>ok ~[html]<b>no</b><iframe src\\=x></iframe>}"
    )
    bank = parse_gift(text, SRC)
    q = bank.questions[0]
    for field in (q.prompt, q.choices[0].text, q.choices[1].text):
        assert "<script" not in field.replace("\\<", "")
        for word in ("onclick", "style", "javascript", "alert", "steal", "iframe", "onerror", "href", "src="):
            assert word not in field
    assert q.prompt == "Click here \\<script\\>"
    assert q.choices[0].text == "ok"
    assert q.choices[1].text == "no"
    assert any("left out" in m and 'the image "x"' in m and "<script>" in m for _, _, m in messages(bank))
    data = lesson(text, tmp_path)
    assert "<script>" not in str(data)


def test_answers_take_their_own_format_or_the_questions():
    q = only(
        "[html]Which <b>one</b>?{\n=[plain]a <b> tag#[html]right <i>on</i>\n"
        "~[markdown]**md**\n~<i>html</i>\n}"
    )
    assert [c.text for c in q.choices] == ["a <b> tag", "**md**", "html"]
    assert q.choices[0].feedback == "right on"


def test_html_lists_and_paragraphs_in_plain_fields():
    q = only("[html]Q?{=<p>one</p><p>two</p> ~<ul><li>x</li><li>y</li></ul>}")
    assert q.choices[0].text == "one\n\ntwo"
    assert q.choices[1].text == "- x\n- y"


# Multiple choice ---------------------------------------------------------------


def test_single_choice_with_feedback_in_order(tmp_path):
    text = (
        "What's the answer?{\n~wrong answer#feedback on wrong\n~another wrong answer#more\n"
        "=right answer#Very good!}"
    )
    q = only(text)
    assert q.type == "single"
    assert [(c.text, c.correct, c.feedback) for c in q.choices] == [
        ("wrong answer", False, "feedback on wrong"),
        ("another wrong answer", False, "more"),
        ("right answer", True, "Very good!"),
    ]
    data = lesson(text, tmp_path)
    assert data["quiz"]["questions"][0]["choices"] == [
        {"text": "wrong answer", "feedback": "feedback on wrong"},
        {"text": "another wrong answer", "feedback": "more"},
        {"text": "right answer", "correct": True, "feedback": "Very good!"},
    ]


def test_weighted_answers_without_equals_keep_their_weights(tmp_path):
    text = "Which two?{\n~%50%Grant\n~%50%Grant's wife\n~%-100%No one\n~Grant's father}"
    q = only(text)
    assert (q.type, q.scoring) == ("multiple", None)
    assert [c.correct for c in q.choices] == [True, True, False, False]
    assert [c.weight for c in q.choices] == [50, 50, -100, 0]
    choices = lesson(text, tmp_path)["quiz"]["questions"][0]["choices"]
    # A weight of 0 is the default and is not written.
    assert [c.get("weight") for c in choices] == [50, 50, -100, None]
    assert "scoring" not in lesson(text, tmp_path)["quiz"]["questions"][0]


def test_multiple_answer_weights_not_adding_up_to_100_are_skipped_with_an_error():
    bank = parse_gift("::uneven::Which?{~%50%a ~%25%b ~c}", SRC)
    assert not bank.questions
    assert messages(bank) == [(1, "error", 'skipped question "uneven": the positive weights add up to 75%, not 100%, '
                                           "so no set of answers gets full marks (Moodle refuses such a question too)")]


def test_a_weight_beyond_100_is_skipped_with_an_error():
    bank = parse_gift("Which?{=a ~%150%b}", SRC)
    assert not bank.questions and "out of range" in bank.problems[0].message


def test_decimal_weights():
    q = only("Which?{~%33.3333%a ~%33.3333%b ~%33.3333%c ~%-100%d}")
    assert [c.correct for c in q.choices] == [True, True, True, False]


def test_general_feedback_becomes_explanation(tmp_path):
    text = "Q?{=a#yes ~b#no ####Because **a**.}"
    q = only(text)
    assert q.explanation == "Because \\*\\*a\\*\\*."
    assert q.choices[1].feedback == "no"
    data = lesson("[markdown]Q?{=a ~b ####Because **a**.}", tmp_path)
    assert data["quiz"]["questions"][0]["explanation"] == "Because **a**."


def test_several_full_credit_answers_stay_single_with_weights(tmp_path):
    # Moodle: any one of the right answers scores full marks.
    text = "::two right::Which is prime?{=2 =3 ~4}"
    bank = parse_gift(text, SRC)
    q = bank.questions[0]
    assert (q.type, q.scoring) == ("single", None)
    assert [(c.correct, c.weight) for c in q.choices] == [(True, 100), (True, 100), (False, 0)]
    assert bank.problems == []
    choices = lesson(text, tmp_path)["quiz"]["questions"][0]["choices"]
    assert choices == [{"text": "2", "weight": 100}, {"text": "3", "weight": 100}, {"text": "4"}]


def test_partial_credit_in_a_single_question_is_kept_as_a_weight(tmp_path):
    text = "Difficult.{~wrong ~%50%half =full =%25%quarter}"
    bank = parse_gift(text, SRC)
    q = bank.questions[0]
    assert q.type == "single"
    assert [c.weight for c in q.choices] == [0, 50, 100, 25]
    assert bank.problems == []
    choices = lesson(text, tmp_path)["quiz"]["questions"][0]["choices"]
    assert [c.get("weight") for c in choices] == [None, 50, 100, 25]


def test_a_plain_single_question_is_written_without_weights(tmp_path):
    choices = lesson("Which?{~a =b ~c}", tmp_path)["quiz"]["questions"][0]["choices"]
    assert choices == [{"text": "a"}, {"text": "b", "correct": True}, {"text": "c"}]


def test_all_of_the_above_keeps_the_written_order(tmp_path):
    text = "Which?{~red ~blue =All of the above}"
    assert only(text).shuffle is False
    assert lesson(text, tmp_path)["quiz"]["questions"][0]["shuffle"] is False
    assert only("Which?{~red =blue}").shuffle is None


# True / false -----------------------------------------------------------------


@pytest.mark.parametrize(("mark", "value"), [("T", True), ("TRUE", True), ("F", False), ("FALSE", False),
                                             ("true", True), ("f", False)])
def test_true_false(mark, value, tmp_path):
    text = f"The sun rises in the east.{{{mark}}}"
    q = only(text)
    assert (q.type, q.answer, q.explanation, q.choices) == ("true_false", value, "", [])
    question = lesson(text, tmp_path)["quiz"]["questions"][0]
    assert question["answer"] is value
    assert "choices" not in question


def test_true_false_feedback_goes_to_the_explanation():
    # Moodle: the first feedback is for a wrong answer, the second for a right one.
    q = only("::Q1:: 42 is the Absolute Answer.{\nFALSE#42 is the Ultimate Answer."
             "#You gave the right answer.\n####A Hitchhiker's Guide reference.}")
    assert q.answer is False
    assert q.explanation == (
        "A Hitchhiker's Guide reference.\n\n"
        "If you answered True: 42 is the Ultimate Answer.\n\n"
        "If you answered False: You gave the right answer."
    )
    q = only("Grant is buried here.{TRUE#Wrong, he is.}")
    assert q.explanation == "If you answered False: Wrong, he is."


# Skipped types -----------------------------------------------------------------

SKIPPED = """\
// essay
::Q8:: How are you? {}

Two plus two equals {=four =4}.

When was Grant born?{#1822:1}

::Capitals::Match these. {
    =Canada -> Ottawa
    =Italy -> Rome
}

Grant is {~buried =entombed ~living} in Grant's tomb.

Just some words with no answers at all.

A good one?{T}
"""


def test_unsupported_types_are_skipped_with_warnings_and_lines(tmp_path):
    bank = parse_gift(SKIPPED, SRC)
    assert [q.line for q in bank.questions] == [17]
    assert [(s.line, s.label) for s in bank.skipped] == [
        (2, 'essay question "Q8"'),
        (4, 'short-answer question "Two plus two equals … ."'),
        (6, 'numerical question "When was Grant born? …"'),
        (8, 'matching question "Capitals"'),
        (13, 'missing-word question "Grant is … in Grant\'s tomb."'),
        (15, 'description "Just some words with no answers at all."'),
    ]
    warnings = messages(bank)
    assert all(sev == "warning" for _, sev, _ in warnings)
    assert warnings[0] == (2, "warning", 'skipped essay question "Q8": lessonapp has no essay questions')
    for (_, _, message), word in zip(warnings, ["essay", "short-answer", "numerical", "matching",
                                                "missing-word", "text-only"], strict=True):
        assert word in message
    result = import_text(SKIPPED, SRC, "gift")
    assert (result.imported, result.skipped) == (1, 6)
    assert '#   line 8: matching question "Capitals": lessonapp has no matching questions' in result.yaml_text
    load_written(result.yaml_text, tmp_path)


def test_missing_word_can_be_imported_with_a_blank():
    q = only("Grant is {~buried =entombed ~living} in Grant's tomb.", missing_word="blank")
    assert q.prompt == "Grant is _____ in Grant's tomb."
    q = only("{~Paris =Rome} is the capital of Italy.", missing_word="blank")
    assert q.prompt == "_____ is the capital of Italy."


def test_closing_punctuation_after_the_answers_is_no_missing_word():
    q = only("::home::Jesus Christ was from {\n~Jerusalem\n=Nazareth}.")
    assert q.prompt == "Jesus Christ was from _____."
    bank = parse_gift('42 is the answer.{\nFALSE}";', SRC)
    assert bank.questions[0].prompt == "42 is the answer."
    assert any("ignored" in m for _, _, m in messages(bank))


# Broken questions -------------------------------------------------------------


def test_broken_questions_are_errors_and_the_rest_still_imports(tmp_path):
    text = (
        "Missing brace?{=a ~b\n\nNo right answer?{~a ~b}\n\nOne answer?{~a}\n\n"
        "Two blocks?{=a ~b} and {=c ~d}\n\nText first?{stray =a ~b}\n\nEmpty?{= ~b}\n\n"
        "Duplicate?{=a ~a ~b}\n\nGood?{=yes ~no}"
    )
    bank = parse_gift(text, SRC)
    assert [q.prompt for q in bank.questions] == ["Good?"]
    found = [(line, sev) for line, sev, _ in messages(bank)]
    assert found == [(1, "error"), (3, "error"), (5, "error"), (7, "error"), (9, "error"), (11, "error"),
                     (13, "warning")]
    assert "twice" in messages(bank)[-1][2]
    result = import_text(text, SRC, "gift")
    assert (result.imported, result.skipped) == (1, 7)
    load_written(result.yaml_text, tmp_path)


def test_unclosed_title_is_read_as_text():
    q = only("::No end of title?{T}")
    assert q.prompt == "No end of title?"
    assert q.id == "q1"


def test_crlf_and_bom():
    bank = parse_gift("\ufeff::a::A?{T}\r\n\r\n::b::B?{F}\r\n", SRC)
    assert [(q.id, q.line) for q in bank.questions] == [("a", 1), ("b", 3)]


def test_placeholder_characters_in_the_input_do_not_confuse_the_parser():
    q = only("Odd \ue001 \ue00a chars?{=a\ue002 ~b}")
    assert "\ue001" not in q.prompt and "\ue00a" not in q.prompt
    assert [c.text for c in q.choices] == ["a\ufffd", "b"]


def test_answers_differing_only_in_case_or_spacing_are_duplicates():
    """The validator tells choices apart by text, ignoring case and spaces; so must the importer."""
    bank = parse_gift("Q? {=Paris ~paris ~Lyon}\n\nR? {=   a    b ~a b ~c}\n", SRC)
    assert bank.questions == []
    assert [severity for _, severity, _ in messages(bank)] == ["warning", "warning"]


def test_a_link_loses_its_address_with_a_warning_on_its_line(tmp_path):
    text = (
        "// Moodle's Greeting question\n\n::Greeting::[html]<p>Listen to <a href\\=\"greeting.mp3\">this</a>."
        "</p>{=Hello ~Goodbye}"
    )
    bank = parse_gift(text, SRC)
    assert bank.questions[0].prompt == "Listen to this."
    assert messages(bank) == [
        (3, "warning", 'question "Greeting": left out the address "greeting.mp3" of a link (its words are kept) '
                       "(a lesson cannot hold it; add it by hand if it matters)")
    ]


def test_formatting_lost_in_a_choice_is_a_warning():
    bank = parse_gift("Which?{=[html]<b>bold</b> ~[html]<u>under</u>}", SRC)
    assert [c.text for c in bank.questions[0].choices] == ["bold", "under"]
    assert [m for _, _, m in messages(bank)] == [
        'question "Which? …": left out the formatting <b> (a lesson cannot hold it; add it by hand if it matters)',
        'question "Which? …": left out the formatting <u> (a lesson cannot hold it; add it by hand if it matters)',
    ]


def test_where_we_read_gift_differently_from_moodle_as_the_docs_say():
    # docs/writing-lessons.md, "Where lessonapp reads GIFT differently from Moodle".
    assert only("Which?\n0\n{=a ~b}").prompt == "Which?\n0"
    bank = parse_gift("$CATEGORY: x/Water\n::T::Q?{=a ~b}", SRC)
    assert (bank.tags, [q.id for q in bank.questions]) == (["Water"], ["t"])
    assert only("Q?{true}").type == "true_false"
    bank = parse_gift("Q?{=%50%a ~b}", SRC)
    assert not bank.questions and "no answer is fully right" in bank.problems[0].message
    assert [c.weight for c in only("Q?{=a ~%-50%b ~c}").choices] == [100, -50, 0]


def test_each_loss_is_reported_on_the_line_that_holds_it():
    text = "::Media::[html]<p>Hear this:</p>\n<audio src\\=\"a.mp3\"></audio>\n<p><u>Then</u> pick.</p>{=a ~b}"
    assert [(line, m.split(": left out ")[1].split(" (")[0]) for line, _, m in messages(parse_gift(text, SRC))] == [
        (2, '<audio> "a.mp3"'),
        (3, "the formatting <u>"),
    ]
