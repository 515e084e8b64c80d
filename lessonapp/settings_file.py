"""Reading the app's settings file: kiosk mode, library folders, idle reset, roster, privacy.

NO Qt. `<data dir>/settings.yaml`, or the file given with ``--config``. It is
read with the lesson reader (one libyaml parse keeping line marks) and checked
against a `Spec` table with the lessons' own checker, so a mistake is reported
the same way as in a lesson: ``path:line:col: error: message``, with
"did you mean" for a misspelt key. See docs/kiosk.md for every key.

A broken file never stops the app: each value that can be read is used, each
one that cannot takes its default, and the problems go back to the caller to
show the teacher. Two values fail *closed* instead of taking their default,
because a typo must never open a locked classroom machine:

* ``kiosk``: when the file asks for it in a way that cannot be read (a value
  that is not true/false, a misspelt key such as ``kisok``, or a file that is
  not valid YAML but has a ``kiosk:`` line), kiosk mode is ON. When the file
  exists but cannot be read at all, kiosk mode is ON too. Only a file that
  plainly says ``kiosk: false``, or does not mention it, leaves it off.
* ``students_see_own_scores``: an unreadable value means OFF (private).
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from lessonapp.content.checks import Report, check_mapping
from lessonapp.content.model import Problem
from lessonapp.content.spec import Key, Spec
from lessonapp.content.yamlparse import (
    Mark,
    Scalar,
    UnreadableFile,
    YamlProblem,
    YList,
    YMap,
    decode,
    parse,
    read_limited,
)
from lessonapp.settings import (
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_IDLE_WARNING,
    DEFAULT_SEND_EVERY,
    MAX_IDLE_TIMEOUT,
    MAX_IDLE_WARNING,
    MAX_NAME_LENGTH,
    MAX_PASSWORD_BYTES,
    MAX_ROSTER_BYTES,
    MAX_SEND_EVERY,
    MAX_SETTINGS_BYTES,
    MIN_IDLE_TIMEOUT,
    MIN_IDLE_WARNING,
    MIN_SEND_EVERY,
    LrsSettings,
    Settings,
    default_settings_path,
)
from lessonapp.words import Words

LRS = Spec(
    "lrs",
    (
        Key("endpoint", "text",
            Words("settings", "The LRS's xAPI address (http or https); statements are sent to <endpoint>statements."),
            required=True, non_empty=True),
        Key("username", "text", Words("settings", "The user name (HTTP Basic) the LRS gave this machine."),
            required=True, non_empty=True),
        Key("password_file", "path", "A file holding the password (preferred to password), relative to "
                                     "the settings file."),
        Key("password", "text", "The password, when it cannot be kept in a file of its own."),
        Key("send_every", "integer", f"Seconds between tries while results wait; default {DEFAULT_SEND_EVERY}.",
            minimum=MIN_SEND_EVERY, maximum=MAX_SEND_EVERY),
    ),
)

SETTINGS = Spec(
    "settings",
    (
        Key("kiosk", "boolean", "Classroom kiosk mode: full screen, locked, idle reset; default false."),
        Key("lesson_folders", "text_list",
            "Library folders, relative to the settings file; used instead of the default ones."),
        Key("idle_timeout", "integer", "Seconds without input before the 'Still there?' countdown; "
            f"default {DEFAULT_IDLE_TIMEOUT}, {MIN_IDLE_TIMEOUT} to {MAX_IDLE_TIMEOUT} (a day).",
            minimum=MIN_IDLE_TIMEOUT, maximum=MAX_IDLE_TIMEOUT),
        Key("idle_warning", "integer",
            f"Seconds of the 'Still there?' countdown; default {DEFAULT_IDLE_WARNING}.",
            minimum=MIN_IDLE_WARNING, maximum=MAX_IDLE_WARNING),
        Key("roster", "text_list",
            "The class: a list of names, or a text or CSV file with one name a line (first column)."),
        Key("students_can_add_themselves", "boolean",
            "Show 'Add my name' on the name screen; default true, false when a roster is given."),
        Key("students_see_own_scores", "boolean", "Show students their own scores; default true."),
        Key("language", "text", "The app's language: ar, en, es, fr, ko, or system (the default: the "
            "computer's); on a kiosk, the language each student's session starts in."),
        Key("school", "text", "The school's web address (an IRI, e.g. https://school.example.org): names the "
            "students' accounts and the activities in the results sent or exported (docs/classroom.md)."),
        Key("student_sign_in", "enum", "Students prove their name after choosing it: picture (three of nine "
            "pictures, in order) or pin (4 to 8 digits); default: no sign-in.", choices=("picture", "pin")),
        Key("lrs", "object", "Where results are sent (endpoint, username, password_file or password, "
                             "send_every); no lrs: nothing is sent.", spec=LRS),
    ),
)

_ROSTER_FILE_SPEC = Spec(
    SETTINGS.name,
    tuple(replace(k, kind="path") if k.name == "roster" else k for k in SETTINGS.keys),
)


def read_settings(path: Path | None, data_dir: Path) -> tuple[Settings, list[Problem]]:
    """Read the settings file given with --config (``path``), else
    ``<data dir>/settings.yaml``. Never raises for a bad file: the result is
    the settings that could be read plus the problems to show the teacher.

    No default file -> the defaults, no problem. A --config file that does not
    exist -> the defaults and an error (kiosk mode is not forced on: put
    ``--kiosk`` on the kiosk's command line, see docs/kiosk.md)."""
    explicit = path is not None
    file = Path(path) if explicit else default_settings_path(data_dir)
    report = Report(file)
    start = Mark(1, 1)
    try:
        file = file.expanduser()
        exists = file.exists()
    except (RuntimeError, ValueError, OSError) as error:
        report.error(start, Words(
            "settings", "the settings file cannot be found ({0}); the app uses its default settings", str(error)
        ))
        return Settings(), report.problems
    if not exists:
        if explicit:
            report.error(start, Words(
                "settings", "the settings file does not exist; the app uses its default settings"
            ))
        return Settings(), report.problems
    try:
        data = read_limited(file, MAX_SETTINGS_BYTES)
    except UnreadableFile as problem:
        reason = problem.reason
        if problem.kind == "too_large":
            reason = Words(
                "settings", "it is {0} MB; a settings file is a few lines long", f"{problem.size / 1_048_576:.1f}"
            )
        report.error(start, Words(
            "settings",
            "cannot read the settings file ({0}); the app uses its default settings, and kiosk mode is ON "
            "because the app cannot tell whether this file asks for it",
            reason,
        ))
        return Settings(kiosk=True, path=file), report.problems

    try:
        text = decode(data)
    except YamlProblem as problem:
        report.error(Mark(problem.line, problem.column), _uses_defaults(problem.message))
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            kiosk = _scan_kiosk(data.decode("utf-16", errors="replace"), report)
        elif b"\x00" in data[:8192]:
            report.error(start, Words(
                "settings", "kiosk mode is ON because the app cannot tell whether this file asks for it"
            ))
            kiosk = True
        else:
            kiosk = _scan_kiosk(data.decode("utf-8", errors="replace"), report)
        return Settings(kiosk=bool(kiosk), path=file), report.problems
    if _is_blank(text):
        return Settings(path=file), []
    try:
        tree = parse(text)
    except YamlProblem as problem:
        report.error(Mark(problem.line, problem.column), _uses_defaults(problem.message))
        return Settings(kiosk=bool(_scan_kiosk(text, report)), path=file), report.problems
    if not isinstance(tree, YMap):
        check_mapping(tree, SETTINGS, Words("settings", "the settings file"), getattr(tree, "mark", start), report)
        return Settings(kiosk=bool(_scan_kiosk(text, report)), path=file), report.problems
    return _read_mapping(tree, file, report), report.problems


def _uses_defaults(problem: str) -> Words:
    return Words("settings", "{0}; the app uses its default settings", problem)


def _read_mapping(tree: YMap, file: Path, report: Report) -> Settings:
    # roster is a list of names or the path of a file: the table checks whichever was written.
    roster_value = tree.get("roster")
    roster_is_file = isinstance(roster_value, str) and not isinstance(roster_value, Scalar)
    spec = _ROSTER_FILE_SPEC if roster_is_file else SETTINGS
    # The password is checked by hand (_read_lrs): the checker quotes a wrong value in its message.
    # student_sign_in too, so that a wrong value is one line saying what the app does instead.
    has_sign_in = "student_sign_in" in tree
    sign_in_value = tree.pop("student_sign_in", None)
    checked = check_mapping(tree, spec, "settings", tree.mark, report) or {}

    settings = Settings(path=file)
    values: dict = {}
    for name in ("kiosk", "idle_timeout", "idle_warning", "students_can_add_themselves",
                 "students_see_own_scores"):
        if name in checked:
            values[name] = checked[name]

    # Fail closed: an unreadable or misspelt kiosk key turns kiosk mode on.
    if "kiosk" in tree and "kiosk" not in checked:
        values["kiosk"] = True
        report.error(tree.value_mark("kiosk"), Words(
            "settings", "kiosk mode is ON because this setting cannot be read; write kiosk: true or kiosk: false"
        ))
    elif "kiosk" not in tree:
        for name in tree:
            if name != "kiosk" and difflib.get_close_matches(str(name).lower(), ["kiosk"], n=1, cutoff=0.6):
                values["kiosk"] = True
                report.error(tree.key_mark(name), Words(
                    "settings",
                    'kiosk mode is ON because "{0}" looks like "kiosk"; write kiosk: true or kiosk: false',
                    str(name),
                ))
                break
    if "students_see_own_scores" in tree and "students_see_own_scores" not in checked:
        values["students_see_own_scores"] = False  # fail private

    if has_sign_in:
        values["student_sign_in"] = _read_sign_in(sign_in_value, tree.value_mark("student_sign_in"), report)

    if "language" in checked:
        language = str(checked["language"]).strip().replace("-", "_")
        if re.fullmatch(r"system|[A-Za-z]{2,3}(_[A-Za-z]{2})?", language):
            values["language"] = None if language == "system" else language
        else:
            report.error(tree.value_mark("language"), Words(
                "settings", '"language" in settings must be a language code such as ar, en, es, fr, ko, or system'
            ))

    if "school" in checked:
        school = school_iri(checked["school"])
        if school is None:
            report.error(tree.value_mark("school"), Words(
                "settings", '"school" in settings must be a web address such as https://school.example.org'
            ))
        else:
            values["school"] = school

    base = file.parent
    if "lesson_folders" in checked:
        folders = []
        for text, mark in _text_items(tree["lesson_folders"]):
            if not text.strip():
                report.error(mark, Words("settings", "an entry of lesson_folders is empty; write a folder path"))
                continue
            folder = _resolve(base, text, mark, report)
            if folder is None:
                continue
            if not _is_folder(folder):
                report.warning(mark, Words(
                    "settings", 'the lesson folder "{0}" does not exist ({1})', text, str(folder)
                ))
            folders.append(folder)
        values["lesson_folders"] = tuple(folders)

    roster: tuple[str, ...] | None = None
    if roster_is_file:
        mark = tree.value_mark("roster")
        if "roster" not in checked:
            pass  # already reported
        elif not roster_value.strip():
            report.error(mark, Words(
                "settings", '"roster" in settings is empty; write a list of names or the path of a file'
            ))
        else:
            roster_file = _resolve(base, roster_value, mark, report)
            if roster_file is not None:
                roster = _read_roster_file(roster_file, roster_value, mark, report)
    elif "roster" in tree:
        items = _text_items(tree["roster"])
        roster = _clean_names([(name, mark, report) for name, mark in items])
        if not roster and "roster" in checked and len(tree["roster"]) == len(items):
            report.error(tree.value_mark("roster"), Words("settings", '"roster" in settings has no names'))
    if roster:
        values["roster"] = roster
        values.setdefault("students_can_add_themselves", False)

    if "lrs" in checked:
        lrs = _read_lrs(checked["lrs"], base, report)
        if lrs is not None and "school" not in values:
            # Without it, students of two schools sending to one LRS would be the same people.
            report.error(tree.key_mark("lrs"), Words(
                "settings",
                "lrs needs school: the address naming the school (for example "
                "school: https://school.example.org); nothing is sent until then",
            ))
            lrs = None
        if lrs is not None:
            values["lrs"] = lrs
    return settings._replace(**values)


def _read_sign_in(value, mark: Mark, report: Report) -> str:
    """picture or pin. Fails closed: a teacher who wrote the key wants sign-in, so a value
    that cannot be read asks for pictures (which every pupil can use) until it is fixed."""
    from lessonapp.store.sign_in import KINDS, PICTURE

    if isinstance(value, str) and not isinstance(value, Scalar) and value.strip() in KINDS:
        return value.strip()
    if isinstance(value, (YList, YMap)):
        written = Words("settings", "a list") if isinstance(value, YList) else Words("settings", "a mapping")
    elif isinstance(value, bool):
        written = f'"{str(value).lower()}"'
    elif value is None or isinstance(value, str) and not str(value).strip():
        written = Words("settings", "empty")
    else:
        written = f'"{str(value).strip()[:40]}"'
    close = difflib.get_close_matches(str(value).strip().lower(), KINDS, n=1, cutoff=0.6) if isinstance(
        value, str) else []
    if close:
        message = Words(
            "settings",
            '"student_sign_in" in settings must be picture or pin, not {0} (did you mean "{1}"?); '
            "until it is fixed, students sign in with pictures",
            written,
            close[0],
        )
    else:
        message = Words(
            "settings",
            '"student_sign_in" in settings must be picture or pin, not {0}; '
            "until it is fixed, students sign in with pictures",
            written,
        )
    report.error(mark, message)
    return PICTURE


# -- school and lrs -------------------------------------------------------------------------


def school_iri(text: str) -> str | None:
    """The school as results name it (no trailing slash), or None when it is no http(s) address."""
    from urllib.parse import urlsplit

    text = text.strip().rstrip("/")
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in text):
        return None
    return text


def _web_address_problem(text: str) -> str | None:
    """Why text is not a plain http(s) address, or None."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 -- raises for a port that is not a number
    except ValueError:
        return Words("settings", '"endpoint" in lrs is not a web address')
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return Words("settings", '"endpoint" in lrs must start with https:// (or http://) and a host name')
    if any(c.isspace() for c in text):
        return Words("settings", '"endpoint" in lrs has a space in it')
    if parts.username is not None or parts.password is not None:
        return Words(
            "settings",
            '"endpoint" in lrs must not hold a user name or password (write them under lrs: username and '
            "password_file)",
        )
    if parts.query or parts.fragment:
        return Words("settings", '"endpoint" in lrs must not end with ?... or #...')
    return None


def _read_lrs(lrs: YMap, base: Path, report: Report) -> LrsSettings | None:
    """The LRS settings, or None (reported) when one that is needed cannot be read.
    No message ever quotes the password."""
    has_password = "password" in lrs
    password_value = lrs.pop("password", None)  # the rest is checked by the table
    checked = check_mapping(lrs, LRS, "lrs", lrs.mark, report)
    if checked is None:
        return None
    endpoint = checked.get("endpoint", "").strip()
    if "endpoint" in checked:
        problem = _web_address_problem(endpoint)
        if problem:
            report.error(lrs.value_mark("endpoint"), Words(
                "settings", "{0}; write the LRS's xAPI address, for example https://lrs.example.org/xapi/", problem
            ))
            endpoint = ""
    username = checked.get("username", "")
    if ":" in username:
        report.error(lrs.value_mark("username"), Words(
            "settings", '"username" in lrs cannot have ":" in it (HTTP Basic)'
        ))
        username = ""

    password: str | None = None
    if "password_file" in checked and has_password:
        report.error(lrs.key_mark("password"), Words(
            "settings", 'lrs has both "password" and "password_file"; keep one (password_file is safer)'
        ))
    elif "password_file" in checked:
        password = _read_password_file(checked["password_file"], base, lrs.value_mark("password_file"), report)
    elif has_password:
        mark = lrs.value_mark("password")
        if isinstance(password_value, str) and str(password_value).strip():
            password = str(password_value)  # as typed, even when YAML reads it as a number
        elif isinstance(password_value, str) or password_value is None:
            report.error(mark, Words("settings", '"password" in lrs is empty'))
        else:
            report.error(mark, Words("settings", '"password" in lrs must be one line of text (put it in quotes)'))
    else:
        report.error(lrs.mark, Words(
            "settings", 'lrs needs "password_file" (or "password"): what the LRS gave with the user name'
        ))
    if not endpoint or not username or password is None:
        return None
    if not endpoint.endswith("/"):
        endpoint += "/"
    return LrsSettings(endpoint, username, password, checked.get("send_every", DEFAULT_SEND_EVERY))


def _read_password_file(written: str, base: Path, mark: Mark, report: Report) -> str | None:
    file = _resolve(base, written, mark, report)
    if file is None:
        return None
    try:
        data = read_limited(file, MAX_PASSWORD_BYTES)
    except UnreadableFile as problem:
        if problem.kind == "missing":
            report.error(mark, Words("settings", 'the password file "{0}" does not exist ({1})', written, str(file)))
        elif problem.kind == "too_large":
            report.error(mark, Words(
                "settings", 'the password file "{0}" is {1} bytes; it should hold the password alone', written,
                problem.size,
            ))
        else:
            report.error(mark, Words("settings", 'cannot read the password file "{0}" ({1})', written, problem.reason))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        report.error(mark, Words("settings", 'the password file "{0}" is not UTF-8 text', written))
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) != 1:
        if lines:
            report.error(mark, Words(
                "settings", 'the password file "{0}" must hold the password alone, on one line', written
            ))
        else:
            report.error(mark, Words(
                "settings", 'the password file "{0}" must hold the password alone, on one line (it is empty)',
                written,
            ))
        return None
    return lines[0].strip()


def _text_items(value) -> list[tuple[str, Mark]]:
    """The text entries of a list with where each was written (the checker
    has already reported the entries that are not text)."""
    if not isinstance(value, YList):
        return []
    pairs = zip(value, value.item_marks, strict=True)
    return [(str(item), mark) for item, mark in pairs if isinstance(item, str)]


def _resolve(base: Path, text: str, mark: Mark, report: Report) -> Path | None:
    """The path written in the file, relative to the file; None (reported)
    when it cannot be a path: an unknown ~user, a NUL, a name too long."""
    try:
        path = Path(text).expanduser()
        return path if path.is_absolute() else (base / path).resolve()
    except (RuntimeError, ValueError, OSError) as error:
        report.error(mark, Words(
            "settings", '"{0}" cannot be used as a path ({1})', text, str(getattr(error, "strerror", None) or error)
        ))
        return None


def _is_folder(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except (OSError, ValueError):
        return False


def _is_blank(text: str) -> bool:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and stripped not in ("---", "..."):
            return False
    return True


_KEY_LINE = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)(?:[ \t]*:(.*)|[ \t]+.*)?$")
_TRUE_WORDS = {"true", "yes", "on", "y"}
_FALSE_WORDS = {"false", "no", "off", "n"}


def _scan_kiosk(text: str, report: Report) -> bool | None:
    """For a file that is not valid YAML: what its kiosk lines say, read line
    by line (indented ones too: the file is broken, so where a line belongs is
    not known). False only when every line about kiosk plainly says false;
    True when any says true or cannot be read; None when none mentions it."""
    said: list[bool] = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _KEY_LINE.match(line.split(" #")[0].rstrip())
        if match is None:
            continue
        key = match.group(1)
        if key != "kiosk" and not difflib.get_close_matches(key.lower(), ["kiosk"], n=1, cutoff=0.6):
            continue
        value = (match.group(2) or "").strip().strip("\"'").lower()
        if key == "kiosk" and value in _FALSE_WORDS:
            said.append(False)
            continue
        if key != "kiosk" or value not in _TRUE_WORDS:
            report.error(Mark(number, 1), Words(
                "settings", "kiosk mode is ON because this line cannot be read; write kiosk: true or kiosk: false"
            ))
        said.append(True)
    return any(said) if said else None


# -- roster --------------------------------------------------------------------------------


def _read_roster_file(file: Path, written: str, mark: Mark, report: Report) -> tuple[str, ...] | None:
    """The names of a roster file: one a line, or the first column of a CSV
    file (a header cell "name" is skipped). Problems point into the file."""
    try:
        data = read_limited(file, MAX_ROSTER_BYTES)
    except UnreadableFile as problem:
        if problem.kind == "missing":
            report.error(mark, Words("settings", 'the roster file "{0}" does not exist ({1})', written, str(file)))
        else:
            reason = problem.reason
            if problem.kind == "too_large":
                reason = Words(
                    "settings", "it is {0} MB, too large for a list of names", f"{problem.size / 1_048_576:.1f}"
                )
            report.error(mark, Words("settings", 'cannot read the roster file "{0}" ({1})', written, reason))
        return None
    file_report = _RosterReport(file, report)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        file_report.error(Mark(line, 1), Words(
            "settings", "the roster file is not UTF-8; save it as UTF-8 (in Excel: 'CSV UTF-8')"
        ))
        return None
    entries: list[tuple[str, Mark, Report]] = []
    if file.suffix.lower() == ".csv":
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(io.StringIO(text), dialect)
        first = True
        try:
            for row in reader:
                cell = row[0] if row else ""
                if first and cell.strip():
                    first = False
                    if cell.strip().casefold() == "name":
                        continue  # the header
                entries.append((cell, Mark(reader.line_num, 1), file_report))
        except csv.Error as error:
            file_report.error(Mark(reader.line_num, 1), Words(
                "settings", "the CSV file cannot be read: {0}", str(error)
            ))
    else:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip().startswith("#"):
                entries.append((line, Mark(number, 1), file_report))
    names = _clean_names(entries)
    if not names and not file_report.errors_added:
        report.error(mark, Words("settings", 'the roster file "{0}" has no names', written))
    return names or None


class _RosterReport(Report):
    """Problems found inside the roster file (their path is the roster's),
    added to the settings' report."""

    def __init__(self, path: Path, into: Report) -> None:
        super().__init__(path)
        self.problems = into.problems
        self.errors_added = False

    def error(self, mark: Mark, message: str) -> None:
        self.errors_added = True
        super().error(mark, message)


def _left_out(problem: str) -> Words:
    """store.names.name_problem's reason, for a roster entry."""
    if "direction" in problem:
        return Words(
            "settings", "a name cannot contain characters that change the direction of the text; this name is left out"
        )
    if "invisible" in problem:
        return Words("settings", "a name cannot contain invisible characters; this name is left out")
    return Words(
        "settings", "a name cannot contain characters that have no letter or sign to show; this name is left out"
    )


def _clean_names(entries: list[tuple[str, Mark, Report]]) -> tuple[str, ...]:
    """Names as the store keeps them (NFC, spaces collapsed), blank ones
    skipped, duplicates reported; over-long names, names with invisible or
    direction-changing characters, and names that look the same as one
    listed before (store/names.py) are errors and left out."""
    from lessonapp.store.names import lookalike_of, name_problem

    names: list[str] = []
    seen: dict[str, int] = {}
    for raw, mark, report in entries:
        name = " ".join(unicodedata.normalize("NFC", raw).split())
        if not name:
            continue
        if len(name) > MAX_NAME_LENGTH:
            report.error(mark, Words(
                "settings", 'the name "{0}..." is longer than {1} characters', name[:30], MAX_NAME_LENGTH
            ))
            continue
        key = name.casefold()
        if key in seen:
            report.warning(mark, Words(
                "settings", '"{0}" is in the roster twice (first on line {1}); listed once', name, seen[key]
            ))
            continue
        problem = name_problem(name)
        if problem:
            # Not quoted: the name is what cannot be shown as it is.
            report.error(mark, _left_out(problem))
            continue
        twin = lookalike_of(name, names)
        if twin is not None:
            report.error(mark, Words(
                "settings",
                'this name looks the same as "{0}" (line {1}) on the name screen; it is left out: tell them apart, '
                "e.g. with an initial",
                twin,
                seen[twin.casefold()],
            ))
            continue
        seen[key] = mark.line
        names.append(name)
    return tuple(names)
