"""Text conversion: HTML -> safe Markdown or plain text, plain -> Markdown."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lessonapp.content.importers.text import html_to_markdown, html_to_plain, plain_to_markdown, to_markdown

UNESCAPED_TAG = re.compile(r"(?<!\\)<")
HTML_TOKENS = st.sampled_from([
    "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<br>", "<br/>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>",
    "</li>", "<script>", "</script>", "<style>", "</style>", "<img src=x onerror=alert(1)>", "&lt;", "&gt;",
    "&amp;", "&nbsp;", "&#60;script&#62;", "<a href='javascript:x'>", "</a>", "<div style='x'>", "</div>",
    "<h1>", "</h1>", "<pre>", "</pre>", "<code>", "</code>", "text", " ", "\n", "*", "_", "#", "- ", "1. ",
    "<", ">", "&", "<iframe src=x>", "</iframe>", "<!-- c -->", "<![CDATA[x]]>", "<?php x ?>",
])


@settings(max_examples=500)
@given(st.lists(HTML_TOKENS, max_size=30).map("".join))
def test_no_tag_survives_html_to_markdown(html):
    markdown, _ = html_to_markdown(html)
    assert not UNESCAPED_TAG.search(markdown), markdown
    for word in ("alert", "javascript", "onerror", "style=", "src="):
        assert word not in markdown


@given(st.text())
def test_plain_to_markdown_never_leaves_a_tag_open(text):
    assert not UNESCAPED_TAG.search(plain_to_markdown(text))


def test_structure_is_kept():
    markdown, dropped = html_to_markdown(
        "<h2>Title</h2><p>One <strong>two</strong> <em>three</em></p><ol><li>a</li><li>b</li></ol>"
        "<p>x<br>y</p><script>evil()</script><img src='p.png' alt='pic'>"
    )
    assert markdown == "**Title**\n\nOne **two** *three*\n\n1. a\n2. b\n\nx\\\ny"
    assert dropped == ["<script>", 'the image "p.png"']


def test_entities_are_unescaped_and_markdown_characters_escaped():
    assert html_to_markdown("a &lt;b&gt; &amp;amp; *c* &copy;")[0] == "a \\<b\\> \\&amp; \\*c\\* ©"
    assert html_to_plain("a &lt;b&gt; &amp;amp; *c* &copy;")[0] == "a <b> &amp; *c* ©"


def test_emphasis_spaces_are_moved_outside_the_marks():
    assert html_to_markdown("a<b> bold </b>b")[0] == "a **bold** b"


def test_plain_text_line_starts():
    assert plain_to_markdown("# one\n- two\n+ three\n1. four\n> five\n=") == (
        "\\# one\n\\- two\n\\+ three\n1\\. four\n\\> five\n\\="
    )


def test_moodle_format_is_html_only_when_it_looks_like_html():
    assert to_markdown("2 < 3 and 5 > 4", "moodle")[0] == "2 \\< 3 and 5 \\> 4"
    assert to_markdown("<b>bold</b>", "moodle")[0] == "**bold**"
    assert to_markdown("fish &amp; chips", "moodle")[0] == "fish & chips"


def test_raw_html_in_markdown_is_escaped():
    assert to_markdown("**bold** <script>x()</script> a < b", "markdown")[0] == (
        "**bold** \\<script>x()\\</script> a < b"
    )


def test_whatever_is_left_out_is_named():
    _, dropped = html_to_markdown(
        '<p style="color:red">Listen to <a href="https://example.org/hello.mp3">this</a> <u>now</u>'
        '<audio src="hello.mp3"></audio><video><source src="v.mp4"></video><img>'
        "<table><tr><td>a</td><td>b</td></tr></table><sup>2</sup><b>kept</b></p>"
    )
    assert dropped == [
        "the styling of <p>",
        'the address "https://example.org/hello.mp3" of a link (its words are kept)',
        "the formatting <u>",
        '<audio> "hello.mp3"',
        "<video>",
        "an image",
        "the layout of a table",
        "the formatting <sup>",
    ]


def test_plain_text_names_the_formatting_it_loses():
    plain, dropped = html_to_plain("<b>bold</b> and <code>code</code>")
    assert plain == "bold and code"
    assert dropped == ["the formatting <b>", "the formatting <code>"]
