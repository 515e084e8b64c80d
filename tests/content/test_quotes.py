"""The closest-passage hint names the passage a misquote was taken from,
checked against every quote of the bundled course and its article."""

from __future__ import annotations

import pytest

from lessonapp.content.library import load_library
from lessonapp.content.quotes import SourceText, normalize
from lessonapp.paths import bundled_lessons

ARTICLE = bundled_lessons() / "sources" / "article.txt"


def bundled_quotes() -> list[str]:
    library = load_library([bundled_lessons()])
    quotes = {q.quote for lesson in library.lessons if lesson.quiz for q in lesson.quiz.questions if q.quote}
    return sorted(quotes)


def misquotes(quote: str) -> dict[str, str]:
    """Ways a teacher gets a quote wrong: a changed word, a dropped word, an
    added full stop, a wrong word at the end."""
    words = quote.split()
    middle = len(words) // 2
    return {
        "a word changed": " ".join(words[:middle] + ["zebra"] + words[middle + 1 :]),
        "a word left out": " ".join(words[:middle] + words[middle + 1 :]),
        "a full stop added": quote.rstrip(".") + "..",
        "the last word changed": " ".join(words[:-1] + ["elsewhere."]),
    }


CASES = [(quote, how, wrong) for quote in bundled_quotes() for how, wrong in misquotes(quote).items()]


@pytest.mark.parametrize(("quote", "how", "wrong"), CASES, ids=[f"{q[:30]}|{h}" for q, h, _ in CASES])
def test_the_closest_passage_is_where_the_quote_came_from(quote, how, wrong):
    source = SourceText(ARTICLE.read_text(encoding="utf-8"))
    assert source.contains(quote) and not source.contains(wrong)
    passage = normalize(source.closest_passage(wrong).removesuffix("..."))  # cut at 200 characters
    expected = normalize(quote)
    # The passage overlaps the real quote on most of its words, in place.
    start = source.normalized.find(expected)
    found = source.normalized.find(passage)
    assert found >= 0, "the passage is quoted from the source as it is"
    overlap = min(start + len(expected), found + len(passage)) - max(start, found)
    assert overlap >= 0.7 * min(len(expected), len(passage)), (wrong, passage)  # a long one is cut at 200


def test_the_example_of_the_issue_names_the_tier_2_sentence():
    source = SourceText(ARTICLE.read_text(encoding="utf-8"))
    wrong = "The State Department has identified Kuwait as a Tier 2 country with regard to combating human trafficking."
    passage = source.closest_passage(wrong)
    assert passage.startswith("The State Department has identified Kuwait as a “Tier 2” country")
    assert "Despite protests" not in passage


def test_the_passage_is_shown_as_written_and_cut_at_200_characters():
    text = "Alpha beta “gamma” delta. " + "word " * 100 + "Omega."
    source = SourceText(text)
    assert source.closest_passage("alpha beta 'gamma' DELTA!") == "Alpha beta “gamma” delta."
    long = source.closest_passage("word " * 60 + "missing")
    assert len(long) == 200 and long.endswith("...")


def test_nothing_to_compare_gives_an_empty_passage():
    assert SourceText("").closest_passage("anything") == ""
    assert SourceText("Some text.").closest_passage("...") == ""
    assert SourceText("Some text.").closest_passage("some") == "Some"
