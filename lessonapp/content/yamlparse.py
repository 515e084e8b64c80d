"""Read a YAML file once with libyaml and keep where every value was written.

PyYAML's own loaders throw the line numbers away and accept duplicate keys.
Here libyaml's safe composer builds the node tree (the one parse), and a
small converter turns it into plain Python values, remembering the mark of
every mapping key and value so the validator can point at them. Hostile
input -- alias bombs, recursive aliases, deep nesting, huge or binary files,
text that is not UTF-8 -- ends in one `YamlProblem`, never in a crash.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import NamedTuple

import yaml

from lessonapp.words import Words

try:  # libyaml is the fast, C parser; PyYAML wheels ship it.
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - only on a PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64
MAX_VALUES = 200_000  # values after aliases are expanded

_TAG = "tag:yaml.org,2002:"
_TRUE = {"true", "yes", "on", "y"}
# YAML 1.1 also reads a lone y or n as true or false (PyYAML does not). Lesson
# files are read so, as editors set to YAML 1.1 read them.
_YAML11_Y_N = frozenset({"y", "Y", "n", "N"})
_STR = _TAG + "str"
_SEQ = _TAG + "seq"
_MAP = _TAG + "map"
_TEXT_LIKE_TAGS = {_STR, _TAG + "timestamp"}


class Mark(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based


class YamlProblem(Exception):
    """The file cannot be read as YAML; carries where and why."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class YMap(dict):
    """A mapping that remembers where it, each key and each value were written.

    Marks are read from the YAML node only when asked for -- on the way to an
    error message -- so a valid file pays nothing for them."""

    node: yaml.MappingNode

    @property
    def mark(self) -> Mark:
        return node_mark(self.node)

    def _pair(self, key):
        for key_node, value_node in self.node.value:
            if key_node.value == key:
                return key_node, value_node
        return None

    def key_mark(self, key) -> Mark:
        pair = self._pair(key)
        return node_mark(pair[0]) if pair else self.mark

    def value_mark(self, key) -> Mark:
        pair = self._pair(key)
        return node_mark(pair[1]) if pair else self.mark


class YList(list):
    """A sequence that remembers where it and each item were written."""

    node: yaml.SequenceNode

    @property
    def mark(self) -> Mark:
        return node_mark(self.node)

    @property
    def item_marks(self) -> list[Mark]:
        return [node_mark(item) for item in self.node.value]


class Scalar(str):
    """Text that YAML read as something other than a string (a number, a
    boolean, null). Kept as the text the teacher typed, with what YAML
    made of it, so the validator can accept `text: 604` as text and can
    explain why `text: Yes` is not."""

    value: object


def plain_is_text(text: str) -> bool:
    """True when `text`, written without quotes, is read back as that text
    (not a number, a boolean or null) in a lesson file and by editors."""
    return text not in _YAML11_Y_N and yaml.resolver.Resolver().resolve(yaml.ScalarNode, text, (True, False)) == _STR


def node_mark(node) -> Mark:
    """Where a YAML node starts, 1-based."""
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


class UnreadableFile(Exception):
    """Why read_limited could not read a file: kind is "missing", "not_regular",
    "too_large" (size then holds the bytes the file has) or "error"."""

    def __init__(self, kind: str, reason: str, size: int = 0):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason
        self.size = size


_NOT_REGULAR = Words("content", "this is not a regular file (a folder, a device or a pipe?)")
# Never wait on open (a FIFO with no writer would block for ever); binary on Windows.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_limited(path: Path, limit: int, *, follow_symlinks: bool = True) -> bytes:
    """A teacher's file, read safely: only a regular file (never a device or a
    pipe, which could be endless or block for ever), and never more than limit
    bytes. Its type is checked before it is opened, and again on the opened
    descriptor in case it was swapped in between. With follow_symlinks=False a
    symbolic link is refused (for paths already resolved inside the library)."""
    try:
        status = os.stat(path, follow_symlinks=follow_symlinks)
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile("not_regular", _NOT_REGULAR)
        if status.st_size > limit:
            raise UnreadableFile("too_large", Words("content", "too large"), status.st_size)
        flags = _OPEN_FLAGS if follow_symlinks else _OPEN_FLAGS | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(path, flags)
        try:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                raise UnreadableFile("not_regular", _NOT_REGULAR)
            chunks = []
            left = limit + 1
            while left > 0:
                chunk = os.read(descriptor, min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
        finally:
            os.close(descriptor)
    except FileNotFoundError:
        raise UnreadableFile("missing", Words("content", "no such file")) from None
    except OSError as error:
        raise UnreadableFile("error", str(error.strerror or error)) from None
    except ValueError as error:  # a NUL in the name
        raise UnreadableFile("error", str(error)) from None
    data = b"".join(chunks)
    if len(data) > limit:
        raise UnreadableFile("too_large", Words("content", "too large"), max(status.st_size, len(data)))
    return data


def read_bytes(path: Path) -> bytes:
    """A lesson file's bytes, or a YamlProblem saying in plain words why not."""
    try:
        return read_limited(path, MAX_FILE_BYTES)
    except UnreadableFile as problem:
        if problem.kind == "not_regular":
            raise YamlProblem(problem.reason) from None
        if problem.kind == "too_large":
            raise YamlProblem(
                Words(
                    "content",
                    "the file is {0} MB; a lesson file may be at most {1} MB (split it, or move large text out of it)",
                    f"{problem.size / 1_048_576:.1f}",
                    MAX_FILE_BYTES // 1_048_576,
                )
            ) from None
        raise YamlProblem(Words("content", "cannot read the file: {0}", problem.reason)) from None


def read_text(path: Path) -> str:
    """The file's text, or a YamlProblem saying in plain words why not."""
    return decode(read_bytes(path))


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise YamlProblem(Words("content", "the file is saved as UTF-16; save it as UTF-8 instead"))
    if b"\x00" in data[:8192]:
        raise YamlProblem(Words("content", "this is a binary file, not a YAML text file"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise YamlProblem(
            Words(
                "content",
                "the file is not UTF-8 (byte 0x{0} cannot be read); save it from your editor with the encoding UTF-8",
                f"{data[error.start]:02x}",
            ),
            line,
            column,
        ) from None
    return text.removeprefix("\ufeff")


class _Loader(SafeLoader):
    """libyaml's safe loader, with tag resolution remembered per plain value.

    For every plain scalar the stock resolver runs Python regular expressions;
    lesson files repeat the same keys and words thousands of times, so the
    answer is kept. Text that was quoted or written as a block is always a
    string. The safe loader has no path resolvers, so those hooks do nothing.
    """

    _plain_tags: dict[str, str] = {}
    _y_n: frozenset[str] = frozenset()  # words read as booleans beyond PyYAML's

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass

    def resolve(self, kind, value, implicit):
        if kind is not yaml.ScalarNode:
            return _SEQ if kind is yaml.SequenceNode else _MAP
        if not implicit[0]:
            return _STR
        tag = self._plain_tags.get(value)
        if tag is None:
            tag = _TAG + "bool" if value in self._y_n else super().resolve(kind, value, implicit)
            if len(value) <= 64 and len(self._plain_tags) < 20_000:
                self._plain_tags[value] = tag
        return tag


class _LessonLoader(_Loader):
    """For lesson files: YAML 1.1's booleans, y and n included."""

    _plain_tags: dict[str, str] = {}
    _y_n = _YAML11_Y_N


_TAB_INDENT = re.compile(r"^[ ]*\t", re.MULTILINE)


def parse(text: str, *, lesson: bool = False):
    """Parse YAML text into YMap / YList / plain values. Raises YamlProblem.

    lesson: read as lesson files are: YAML 1.1 booleans (y and n too), each
    kept as a Scalar holding the word typed, so that where text is expected
    `- text: Yes` is the text "Yes" (as editors using the schema see it)."""
    try:
        node = yaml.compose(text, Loader=_LessonLoader if lesson else _Loader)
    except yaml.MarkedYAMLError as error:
        raise _explain(error, text) from None
    except yaml.reader.ReaderError as error:
        # libyaml counts in bytes of UTF-8, not in characters.
        position = len(text.encode("utf-8")[: error.position].decode("utf-8", "ignore"))
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        raise YamlProblem(
            Words(
                "content",
                "the file contains a control character (code {0}) that YAML does not allow; delete it",
                f"{error.character:#04x}",
            ),
            line,
            column,
        ) from None
    except yaml.YAMLError as error:
        raise YamlProblem(Words("content", "not valid YAML: {0}", str(error))) from None
    if node is None:
        raise YamlProblem(Words("content", "the file is empty; a lesson starts with 'format: 1'"))
    return _Converter(typed_booleans=lesson).convert(node, 0)


def parse_file(path: Path):
    return parse(read_text(path))


def _explain(error: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    column = mark.column + 1 if mark else 1
    # A tab on the line of the error or the one before it (a tab elsewhere,
    # inside a block of text, is allowed).
    tab = _TAB_INDENT.search(text, _line_end(text, max(line - 2, 0)), _line_end(text, line))
    if tab is not None:
        tab_line = text.count("\n", 0, tab.start()) + 1
        tab_column = tab.end() - tab.start()
        message = Words("content", "a tab is used for indentation; indent with spaces only")
        return YamlProblem(message, tab_line, tab_column)
    problem = (error.problem or "the text cannot be read as YAML").strip()
    if "nesting depth" in problem:
        return YamlProblem(Words("content", "the file is nested too deeply ({0})", problem), line, column)
    context = ""
    if error.context and error.context_mark is not None:
        context = f" ({error.context.strip()} that starts on line {error.context_mark.line + 1})"
    said = problem + context  # PyYAML's own words
    if "mapping values are not allowed" in problem:
        message = Words(
            "content",
            "YAML syntax error: {0}; is this line indented too far, or does a value contain ': '? "
            "(put such text in quotes)",
            said,
        )
    elif "undefined alias" in problem or "while scanning an alias" in (error.context or ""):
        message = Words(
            "content", "YAML syntax error: {0}; text that starts with * (such as **bold**) must be put in quotes", said
        )
    elif "did not find expected key" in problem:
        message = Words(
            "content",
            "YAML syntax error: {0}; does text go on after a closing quote? "
            "Quote the whole value, or check the indentation",
            said,
        )
    elif "did not find expected '-' indicator" in problem:
        message = Words("content", "YAML syntax error: {0}; the items of a list must line up under each other", said)
    elif "could not find expected ':'" in problem:
        message = Words(
            "content", "YAML syntax error: {0}; check the indentation of this line and the one before", said
        )
    else:
        message = Words("content", "YAML syntax error: {0}", said)
    return YamlProblem(message, line, column)


def _line_end(text: str, line: int) -> int:
    position = 0
    for _ in range(line):
        found = text.find("\n", position)
        if found < 0:
            return len(text)
        position = found + 1
    return position


class _Converter:
    """Node tree -> Python values, with marks, bounded in depth and size."""

    def __init__(self, typed_booleans: bool = False) -> None:
        self.typed_booleans = typed_booleans
        self.values = 0
        self.open: set[int] = set()  # ids of collections being converted: alias cycles

    def convert(self, node, depth: int):
        if node.__class__ is yaml.ScalarNode:
            return self.scalar(node)
        if depth > MAX_DEPTH:
            mark = node_mark(node)
            message = Words("content", "the file is nested more than {0} levels deep", MAX_DEPTH)
            raise YamlProblem(message, mark.line, mark.column)
        if id(node) in self.open:
            mark = node_mark(node)
            message = Words("content", "an alias refers to the list or mapping it is inside")
            raise YamlProblem(message, mark.line, mark.column)
        self.values += len(node.value)
        if self.values > MAX_VALUES:
            mark = node_mark(node)
            raise YamlProblem(
                Words(
                    "content",
                    "the file expands to more than {0} values (are aliases '*' "
                    "repeating each other?); a lesson needs far fewer",
                    f"{MAX_VALUES:,}",
                ),
                mark.line,
                mark.column,
            )
        if node.tag not in (_SEQ, _MAP):
            mark = node_mark(node)
            raise YamlProblem(
                Words("content", "unsupported YAML type {0}; use a plain list or mapping", repr(node.tag)),
                mark.line,
                mark.column,
            )
        self.open.add(id(node))
        try:
            if node.__class__ is yaml.SequenceNode:
                result = YList([self.convert(item, depth + 1) for item in node.value])
            else:
                result = self.mapping(node, depth)
        finally:
            self.open.discard(id(node))
        result.node = node
        return result

    def mapping(self, node, depth: int) -> YMap:
        result = YMap()
        convert = self.convert
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode:
                mark = node_mark(key_node)
                message = Words("content", "a key must be a plain word, not a list or mapping")
                raise YamlProblem(message, mark.line, mark.column)
            if key_node.tag == _TAG + "merge":
                mark = node_mark(key_node)
                message = Words("content", "merge keys '<<' are not supported in lessons")
                raise YamlProblem(message, mark.line, mark.column)
            key = key_node.value
            if key in result:
                result.node = node
                first, mark = result.key_mark(key), node_mark(key_node)
                raise YamlProblem(
                    Words(
                        "content",
                        "duplicate key '{0}' (first written on line {1}); remove one of them",
                        str(key),
                        first.line,
                    ),
                    mark.line,
                    mark.column,
                )
            value_class = value_node.__class__
            if value_class is yaml.ScalarNode and value_node.tag == _STR:
                result[key] = value_node.value
            else:
                result[key] = convert(value_node, depth + 1)
        return result

    def scalar(self, node):
        tag = node.tag
        text = node.value
        if tag in _TEXT_LIKE_TAGS:
            return text
        if tag == _TAG + "null":
            return None
        if tag == _TAG + "bool":
            value: object = text.lower() in _TRUE
        elif tag in (_TAG + "int", _TAG + "float"):
            try:
                value = _int(text) if tag == _TAG + "int" else _float(text)
            except ValueError:
                mark = node_mark(node)
                raise YamlProblem(
                    Words(
                        "content", "{0} looks like a number but is not one; put it in quotes if it is text", repr(text)
                    ),
                    mark.line,
                    mark.column,
                ) from None
        else:
            mark = node_mark(node)
            message = Words("content", "unsupported YAML type {0}; write plain text instead", repr(tag))
            raise YamlProblem(message, mark.line, mark.column)
        if isinstance(value, bool) and not self.typed_booleans:
            return value
        scalar = Scalar(text)
        scalar.value = value
        return scalar


def _int(text: str) -> int:
    cleaned = text.replace("_", "")
    sign = -1 if cleaned.startswith("-") else 1
    digits = cleaned.lstrip("+-")
    if digits.startswith("0x"):
        return sign * int(digits[2:], 16)
    if digits.startswith("0o"):
        return sign * int(digits[2:], 8)
    if digits.startswith("0b"):
        return sign * int(digits[2:], 2)
    if ":" in digits:  # YAML 1.1 sexagesimal, 1:30 -> 90
        total = 0
        for part in digits.split(":"):
            total = total * 60 + int(part)
        return sign * total
    if len(digits) > 1 and digits.startswith("0"):
        return sign * int(digits, 8)
    return sign * int(digits)


def _float(text: str) -> float:
    cleaned = text.replace("_", "").lower()
    if cleaned in (".nan",):
        return float("nan")
    if cleaned.endswith(".inf"):
        return float("-inf") if cleaned.startswith("-") else float("inf")
    if ":" in cleaned:
        sign = -1.0 if cleaned.startswith("-") else 1.0
        total = 0.0
        for part in cleaned.lstrip("+-").split(":"):
            total = total * 60 + float(part)
        return sign * total
    return float(cleaned)
