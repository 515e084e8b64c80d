"""Turning question-bank text into what a lesson file holds.

A lesson's `prompt` and `explanation` are Markdown; a choice's `text` and
`feedback` are shown as they are written, so they get plain text. Question
banks bring text in four formats (Moodle's names):

- markdown: kept as written, except that a `<` opening raw HTML is
            backslashed, so no tag reaches the renderer.
- plain:    Markdown-escaped for Markdown fields, kept for plain ones.
- html:     converted with html.parser: bold, italic, line breaks,
            paragraphs, lists (and code) are kept; scripts, styles, images,
            objects and every attribute are dropped; entities are unescaped.
            Text taken from the HTML is Markdown-escaped, so no tag survives.
- moodle:   Moodle's "auto-format": text that may hold HTML. Converted as
            html when it has a tag or an entity in it, else as plain.

Nothing here fetches anything: links keep their words and lose their address.
Whatever is left out (an image, media, a link's address, formatting that
Markdown has no way to say) is named in the list the converters return, so
the importer can warn about each.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

FORMATS = ("markdown", "plain", "html", "moodle")

# A GIFT "\n" escape: a line break the author asked for, told apart from the
# newlines where a long question was merely wrapped.
HARD_BREAK = "\ue00a"
# The private-use characters the importers use as placeholders; taken out of
# the input first.
PRIVATE_MARKS = re.compile("[\ue000-\ue00f]")

_DROP_WITH_CONTENT = frozenset(
    {"script", "style", "head", "title", "template", "noscript", "iframe", "object", "embed", "svg",
     "math", "select", "textarea", "button", "audio", "video", "canvas", "frameset", "noembed"}
)
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
     "figure", "figcaption", "address", "details", "summary", "dl", "dt", "dd", "table", "tr",
     "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "center", "form", "fieldset"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Tags whose words are kept but whose look is lost.
_FORMATTING = frozenset(
    {"u", "ins", "s", "strike", "del", "sub", "sup", "font", "mark", "small", "big", "tt", "kbd", "samp", "blink"}
)
_STYLING = ("style", "color", "bgcolor", "face", "size", "align", "class")

_LOOKS_LIKE_HTML = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>|&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"
)
_ENTITY_LIKE = re.compile(r"&(?=#[0-9]+;|#[xX][0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]*;)")
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")
_LINE_START = re.compile(r"^(\s*)(#|>|[-+=](?=\s|$)|(\d+)([.)])(?=\s|$))")
_RAW_HTML = re.compile(r"(?<!\\)<(?=[A-Za-z/!?])")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def looks_like_html(text: str) -> bool:
    return _LOOKS_LIKE_HTML.search(text) is not None


def escape_inline(text: str) -> str:
    """Backslash the characters that Markdown would read as markup, anywhere
    in a line."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _ENTITY_LIKE.sub(r"\\&", text)


def escape_line_start(text: str) -> str:
    """Backslash what would make a line a heading, quote, list item or rule."""

    def fix(match: re.Match) -> str:
        lead, mark = match.group(1), match.group(2)
        if match.group(3):
            return f"{lead}{match.group(3)}\\{match.group(4)}"
        return f"{lead}\\{mark}"

    return _LINE_START.sub(fix, text, count=1)


def plain_to_markdown(text: str) -> str:
    """Plain text as Markdown that shows exactly that text. Newlines stay
    soft (a wrapped line reads on); HARD_BREAK becomes a Markdown line break."""
    lines = []
    for line in text.replace(HARD_BREAK, "\\\n").split("\n"):
        hard = line.endswith("\\") and not line.endswith("\\\\")
        body = line[:-1] if hard else line
        escaped = escape_line_start(escape_inline(body.strip()))
        lines.append(escaped + ("\\" if hard else ""))
    return "\n".join(lines).strip()


class _HtmlConverter(HTMLParser):
    """HTML -> Markdown (or plain text), keeping a small safe subset."""

    def __init__(self, markdown: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.markdown = markdown
        self.buf = ""
        self.skip_depth = 0
        self.skip_tag = ""
        self.lists: list[list] = []  # [tag, items so far]
        self.pre = 0
        self.dropped: dict[str, None] = {}  # what was left out, in the order met, each once
        self.space = False  # a space is owed before the next word
        self.item_start = False  # just after a list marker
        self.open_marks = ""  # emphasis opened, written just before the next word

    # Output helpers -----------------------------------------------------

    def _line_start(self) -> bool:
        return not self.buf or self.buf.endswith("\n") or self.item_start

    def _break(self, newlines: int) -> None:
        """End the line (1) or the paragraph (2)."""
        self.space = False
        self.item_start = False
        text = self.buf.rstrip(" ")
        if not text.strip():
            self.buf = ""
            return
        if newlines == 2 and text.endswith("\\\n"):
            text = text[:-2] + "\n"
        have = len(text) - len(text.rstrip("\n"))
        self.buf = text + "\n" * max(0, newlines - have)

    def _hard_break(self) -> None:
        if not self.markdown:
            self._break(1)
        elif self.buf.strip() and not self.buf.endswith("\n"):
            self.buf = self.buf.rstrip(" ") + "\\\n"
            self.space = False
            self.item_start = False

    def _put(self, text: str) -> None:
        if self.space and not self._line_start():
            self.buf += " "
        self.space = False
        self.item_start = False
        self.buf += self.open_marks + text
        self.open_marks = ""

    def _close_mark(self, mark: str) -> None:
        if self.open_marks.endswith(mark):  # nothing inside: no emphasis at all
            self.open_marks = self.open_marks[: -len(mark)]
            return
        # Markdown emphasis cannot close after a space: move the space out.
        stripped = self.buf.rstrip(" ")
        if len(stripped) != len(self.buf):
            self.space = True
        self.buf = stripped + mark

    # Parser callbacks ---------------------------------------------------

    def drop(self, what: str) -> None:
        self.dropped[what] = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        found = dict(attrs)
        address = found.get("src") or found.get("data") or found.get("href") or ""
        if tag in _DROP_WITH_CONTENT:
            self.skip_depth, self.skip_tag = 1, tag
            self.drop(f'<{tag}> "{_short(address)}"' if address else f"<{tag}>")
            return
        if any(found.get(name) for name in _STYLING):
            self.drop(f"the styling of <{tag}>")
        if tag in ("img", "image", "picture"):
            self.drop(f'the image "{_short(address)}"' if address else "an image")
        elif tag == "a" and found.get("href"):
            self.drop(f'the address "{_short(found["href"])}" of a link (its words are kept)')
        elif tag in _FORMATTING or not self.markdown and (tag in _MARKS or tag in _HEADINGS):
            self.drop(f"the formatting <{tag}>")
        elif tag in ("table", "td", "th"):
            self.drop("the layout of a table")
        if tag == "br":
            self._hard_break()
        elif tag in ("ul", "ol"):
            self._break(1 if self.lists else 2)
            self.lists.append([tag, 0])
        elif tag == "li":
            self._break(1)
            depth = max(0, len(self.lists) - 1)
            marker = "- "
            if self.lists:
                self.lists[-1][1] += 1
                if self.lists[-1][0] == "ol":
                    marker = f"{self.lists[-1][1]}. "
            self.buf += ("   " if self.markdown else "  ") * depth + marker
            self.item_start = True
        elif tag in ("td", "th"):
            self.space = True
        elif tag == "pre":
            self._break(2)
            self.pre += 1
        elif tag in _BLOCKS:
            self._break(2)
            if tag in _HEADINGS and self.markdown:
                self.open_marks += "**"
        elif self.markdown and tag in _MARKS:
            self.open_marks += _MARKS[tag]

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag in ("ul", "ol"):
            if self.lists and self.lists[-1][0] == tag:
                self.lists.pop()
            self._break(1 if self.lists else 2)
        elif tag == "li":
            self._break(1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
            self._break(2)
        elif tag in _BLOCKS:
            if tag in _HEADINGS and self.markdown:
                self._close_mark("**")
            self._break(2)
        elif self.markdown and tag in _MARKS:
            self._close_mark(_MARKS[tag])

    def handle_data(self, data: str) -> None:
        if self.skip_depth or not data:
            return
        if self.pre:
            for number, line in enumerate(data.split("\n")):
                if number:
                    self._hard_break()
                if line.strip():
                    self._put(self._escape(line.strip()))
            return
        if data[:1].isspace():
            self.space = True
        words = _SPACES.sub(" ", data).strip()
        if words:
            self._put(self._escape(words))
            self.space = data[-1:].isspace()

    def _escape(self, text: str) -> str:
        if not self.markdown:
            return text
        text = escape_inline(text)
        return escape_line_start(text) if self._line_start() else text

    def result(self) -> str:
        self.close()
        text = "\n".join(line.rstrip(" ") for line in self.buf.split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
        # A Markdown hard break that ends a paragraph, or the text, breaks nothing.
        text = re.sub(r"(?<!\\)\\\n(?=\n)", "\n", text)
        if text.endswith("\\") and not text.endswith("\\\\"):
            text = text[:-1].rstrip()
        return text


_MARKS = {"b": "**", "strong": "**", "i": "*", "em": "*", "cite": "*", "var": "*", "dfn": "*", "code": "`"}
_VOID = frozenset(
    {"br", "img", "hr", "input", "meta", "link", "source", "track", "wbr", "area", "base", "col", "param",
     "embed"}
)


def _short(address: str, limit: int = 60) -> str:
    address = " ".join(address.split())
    return address if len(address) <= limit else address[: limit - 1] + "…"


def html_to_markdown(html: str) -> tuple[str, list[str]]:
    """Safe Markdown for a piece of HTML, and what was left out of it, each
    said in words ('the image "p.png"', "<script>", "the formatting <u>"...)."""
    converter = _HtmlConverter(markdown=True)
    converter.feed(html.replace(HARD_BREAK, "<br>"))
    return converter.result(), list(converter.dropped)


def html_to_plain(html: str) -> tuple[str, list[str]]:
    """The words of a piece of HTML as plain text, and what was left out."""
    converter = _HtmlConverter(markdown=False)
    converter.feed(html.replace(HARD_BREAK, "<br>"))
    return converter.result(), list(converter.dropped)


def to_markdown(text: str, fmt: str) -> tuple[str, list[str]]:
    """Text in one of FORMATS as Markdown for a prompt or an explanation."""
    if fmt == "markdown":
        return _RAW_HTML.sub(r"\\<", text.replace(HARD_BREAK, "\n")).strip(), []
    if fmt == "html" or (fmt == "moodle" and looks_like_html(text)):
        return html_to_markdown(text)
    return plain_to_markdown(text), []


def to_plain(text: str, fmt: str) -> tuple[str, list[str]]:
    """Text in one of FORMATS as plain text for a choice or its feedback."""
    if fmt == "html" or (fmt == "moodle" and looks_like_html(text)):
        plain, dropped = html_to_plain(text)
        return _SPACES_IN_LINE.sub(" ", plain).strip(), dropped
    return text.replace(HARD_BREAK, "\n").strip(), []


_SPACES_IN_LINE = re.compile(r"[ \t]+")
