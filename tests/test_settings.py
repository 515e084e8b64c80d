"""The settings file: defaults, every key, errors with their lines, rosters,
and the rule that a broken file never unlocks a kiosk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lessonapp.settings import Settings, default_settings_path, load_settings
from lessonapp.settings_file import SETTINGS

REPO = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str, name: str = "settings.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str) -> tuple[Settings, list]:
    return load_settings(write(tmp_path, text), tmp_path / "data")


def errors(problems) -> list[str]:
    return [str(p) for p in problems if p.severity == "error"]


# -- defaults -------------------------------------------------------------------------------


def test_no_settings_file_gives_the_defaults_and_no_problem(tmp_path):
    settings, problems = load_settings(None, tmp_path)
    assert problems == []
    assert settings == Settings()
    assert settings.kiosk is False
    assert settings.lesson_folders == ()
    assert (settings.idle_timeout, settings.idle_warning) == (120, 15)
    assert (settings.idle_timeout_ms, settings.idle_warning_ms) == (120_000, 15_000)
    assert settings.roster == ()
    assert settings.students_can_add_themselves is True
    assert settings.students_see_own_scores is True


def test_the_default_file_is_read_from_the_data_folder(tmp_path):
    path = default_settings_path(tmp_path)
    assert path == tmp_path / "settings.yaml"
    path.write_text("kiosk: true\n", encoding="utf-8")
    settings, problems = load_settings(None, tmp_path)
    assert problems == []
    assert settings.kiosk is True
    assert settings.path == path


def test_an_empty_or_comment_only_file_gives_the_defaults(tmp_path):
    settings, problems = load(tmp_path, "# nothing yet\n\n---\n")
    assert problems == []
    assert settings.kiosk is False and settings.idle_timeout == 120


def test_a_missing_config_file_is_an_error_with_defaults(tmp_path):
    settings, problems = load_settings(tmp_path / "nowhere.yaml", tmp_path)
    assert settings == Settings()
    assert errors(problems) == [
        f"{tmp_path / 'nowhere.yaml'}:1:1: error: the settings file does not exist; "
        "the app uses its default settings"
    ]


# -- each key -------------------------------------------------------------------------------


def test_every_key(tmp_path):
    (tmp_path / "class-lessons").mkdir()
    extra = tmp_path / "elsewhere"
    extra.mkdir()
    settings, problems = load(tmp_path, f"""\
kiosk: true
lesson_folders:
  - class-lessons
  - {extra}
idle_timeout: 300
idle_warning: 20
roster: [Ana Lima, "  Kim   Jae ", Omar]
students_can_add_themselves: true
students_see_own_scores: false
""")
    assert problems == []
    assert settings.kiosk is True
    assert settings.lesson_folders == ((tmp_path / "class-lessons").resolve(), extra)
    assert (settings.idle_timeout, settings.idle_warning) == (300, 20)
    assert settings.roster == ("Ana Lima", "Kim Jae", "Omar")
    assert settings.students_can_add_themselves is True  # set explicitly, so it wins over the roster
    assert settings.students_see_own_scores is False


def test_lesson_folders_are_relative_to_the_settings_file_not_the_working_folder(tmp_path, monkeypatch):
    conf = tmp_path / "conf"
    (conf / "lessons").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    settings, problems = load_settings(write(conf, "lesson_folders: [lessons, ../shared]\n"), tmp_path)
    assert settings.lesson_folders == ((conf / "lessons").resolve(), (tmp_path / "shared").resolve())
    assert [str(p) for p in problems] == [
        f"{conf / 'settings.yaml'}:1:27: warning: the lesson folder \"../shared\" does not exist "
        f"({(tmp_path / 'shared').resolve()})"
    ]


def test_a_roster_makes_adding_oneself_off_unless_set(tmp_path):
    settings, problems = load(tmp_path, "roster: [Ana, Omar]\n")
    assert problems == []
    assert settings.students_can_add_themselves is False
    settings, _ = load(tmp_path, "roster: [Ana]\nstudents_can_add_themselves: true\n")
    assert settings.students_can_add_themselves is True
    settings, _ = load(tmp_path, "students_can_add_themselves: false\n")
    assert settings.students_can_add_themselves is False and settings.roster == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("idle_timeout: 5\n", '1:15: error: "idle_timeout" in settings is 5; it must be between 10 and 86400'),
        # Past 2,147,483 s the kiosk's timer overflowed at start.
        ("idle_timeout: 3000000\n",
         '1:15: error: "idle_timeout" in settings is 3000000; it must be between 10 and 86400'),
        ("idle_timeout: soon\n", '1:15: error: "idle_timeout" in settings must be a whole number, not the text "soon"'),
        ("idle_warning: 1000\n", '1:15: error: "idle_warning" in settings is 1000; it must be between 5 and 300'),
        ("students_see_own_scores: sometimes\n",
         '1:26: error: "students_see_own_scores" in settings must be true or false, not the text "sometimes"'),
        ("lesson_folders: lessons\n",
         '1:17: error: "lesson_folders" in settings must be a list of texts, not the text "lessons"'),
        ("roster: 12\n", '1:9: error: "roster" in settings must be a list of texts, not the number 12'),
        ("idle_timout: 60\n", '1:1: error: unknown key "idle_timout" in settings; did you mean "idle_timeout"?'),
        ("students_can_add_themself: true\n",
         '1:1: error: unknown key "students_can_add_themself" in settings; '
         'did you mean "students_can_add_themselves"?'),
    ],
)
def test_errors_point_at_the_line_and_column(tmp_path, text, message):
    settings, problems = load(tmp_path, "# settings\n" + text)
    line, rest = message.split(":", 1)
    assert errors(problems) == [f"{tmp_path / 'settings.yaml'}:{int(line) + 1}:{rest}"]


def test_every_number_in_the_settings_file_has_bounds_a_timer_can_take():
    numbers = [key for key in SETTINGS.keys if key.kind in ("integer", "number")]
    assert numbers, "the table has numbers"
    for key in numbers:
        assert key.minimum is not None and key.maximum is not None, key.name
        assert key.maximum * 1000 < 2**31, f"{key.name}: a QTimer takes at most 2**31 - 1 ms"


def test_a_bad_value_takes_its_default_and_the_good_ones_stay(tmp_path):
    settings, problems = load(tmp_path, "idle_timeout: 3\nidle_warning: 30\nkiosk: true\n")
    assert len(errors(problems)) == 1
    assert settings.idle_timeout == 120
    assert settings.idle_warning == 30
    assert settings.kiosk is True


def test_an_unreadable_privacy_flag_stays_private(tmp_path):
    settings, problems = load(tmp_path, "students_see_own_scores: maybe\n")
    assert errors(problems)
    assert settings.students_see_own_scores is False


def test_yaml_syntax_errors_have_lines(tmp_path):
    settings, problems = load(tmp_path, "kiosk: false\nroster: [Ana, Omar\nidle_timeout: 60\n")
    assert len(problems) == 1
    assert problems[0].line == 3 and problems[0].severity == "error"
    assert "YAML syntax error" in problems[0].message
    assert "the app uses its default settings" in problems[0].message
    assert settings == Settings(path=tmp_path / "settings.yaml")


def test_a_top_level_list_is_an_error(tmp_path):
    settings, problems = load(tmp_path, "- kiosk: false\n")
    assert errors(problems) == [
        f"{tmp_path / 'settings.yaml'}:1:1: error: the settings file must be a mapping of keys, not a list"
    ]
    assert settings.kiosk is False


# -- roster ---------------------------------------------------------------------------------


def test_roster_from_a_text_file(tmp_path):
    (tmp_path / "class.txt").write_text(
        "# class 9B\nAna Lima\n\n  Omar  \nana lima\nKim, Jae\n", encoding="utf-8"
    )
    settings, problems = load(tmp_path, "roster: class.txt\n")
    assert settings.roster == ("Ana Lima", "Omar", "Kim, Jae")
    assert settings.students_can_add_themselves is False
    assert [str(p) for p in problems] == [
        f'{tmp_path / "class.txt"}:5:1: warning: "ana lima" is in the roster twice (first on line 2); listed once'
    ]


def test_roster_refuses_look_alike_names_and_invisible_characters(tmp_path):
    (tmp_path / "class.txt").write_text(
        "Tess\n\u0422\u0435ss\n\u202essеT\nZo\u200bë\nZoë\nZoe\nمحمد\n김민준\n", encoding="utf-8"
    )
    settings, problems = load(tmp_path, "roster: class.txt\n")
    assert settings.roster == ("Tess", "Zoë", "Zoe", "محمد", "김민준")
    roster = tmp_path / "class.txt"
    assert errors(problems) == [
        f'{roster}:2:1: error: this name looks the same as "Tess" (line 1) on the name screen; it is left out: '
        "tell them apart, e.g. with an initial",
        f"{roster}:3:1: error: a name cannot contain characters that change the direction of the text; "
        "this name is left out",
        f"{roster}:4:1: error: a name cannot contain invisible characters; this name is left out",
    ]
    settings, problems = load(tmp_path, "roster: [Tess, \"\u0422\u0435ss\"]\n")
    assert settings.roster == ("Tess",) and len(errors(problems)) == 1


@pytest.mark.parametrize(
    ("content", "names"),
    [
        ("name,grade\nAna Lima,9\n\"Kim, Jae\",9\nOmar,10\n", ("Ana Lima", "Kim, Jae", "Omar")),
        ("\ufeffName;Class\nAna;9B\nOmar;9B\n", ("Ana", "Omar")),  # Excel: BOM, semicolons
        ("Ana\nOmar\n", ("Ana", "Omar")),  # no header
        ("\n\nNAME\nAna\n", ("Ana",)),
    ],
)
def test_roster_from_a_csv_file_takes_the_first_column_without_the_header(tmp_path, content, names):
    (tmp_path / "class.csv").write_text(content, encoding="utf-8")
    settings, problems = load(tmp_path, "roster: class.csv\n")
    assert problems == []
    assert settings.roster == names


def test_roster_file_problems(tmp_path):
    settings, problems = load(tmp_path, "roster: missing.csv\n")
    assert settings.roster == () and settings.students_can_add_themselves is True
    assert errors(problems) == [
        f'{tmp_path / "settings.yaml"}:1:9: error: the roster file "missing.csv" does not exist '
        f'({(tmp_path / "missing.csv").resolve()})'
    ]

    (tmp_path / "latin1.txt").write_bytes("Ana\nJos\xe9\n".encode("latin-1"))
    settings, problems = load(tmp_path, "roster: latin1.txt\n")
    assert settings.roster == ()
    assert errors(problems) == [
        f"{tmp_path / 'latin1.txt'}:2:1: error: the roster file is not UTF-8; save it as UTF-8 "
        "(in Excel: 'CSV UTF-8')"
    ]

    (tmp_path / "empty.txt").write_text("\n# nobody yet\n", encoding="utf-8")
    settings, problems = load(tmp_path, "roster: empty.txt\n")
    assert errors(problems) == [f'{tmp_path / "settings.yaml"}:1:9: error: the roster file "empty.txt" has no names']

    (tmp_path / "long.txt").write_text("A" * 61 + "\nOmar\n", encoding="utf-8")
    settings, problems = load(tmp_path, "roster: long.txt\n")
    assert settings.roster == ("Omar",)
    assert [p.line for p in problems] == [1]


def test_roster_list_entries_must_be_names(tmp_path):
    settings, problems = load(tmp_path, "roster:\n  - Ana\n  - [Omar]\n")
    assert settings.roster == ("Ana",)
    assert [(p.line, p.column) for p in problems] == [(3, 5)]
    settings, problems = load(tmp_path, "roster: []\n")
    assert errors(problems) == [f'{tmp_path / "settings.yaml"}:1:9: error: "roster" in settings has no names']


# -- a broken file never unlocks a kiosk ----------------------------------------------------


def test_kiosk_stays_on_when_another_key_is_broken(tmp_path):
    settings, problems = load(tmp_path, "kiosk: true\nidle_timeout: never\nroster: nobody.txt\n")
    assert settings.kiosk is True
    assert len(errors(problems)) == 2


def test_kiosk_is_read_from_a_file_that_is_not_valid_yaml(tmp_path):
    settings, problems = load(tmp_path, "kiosk: yes   # the lab\nroster: [Ana\n")
    assert settings.kiosk is True
    assert len(errors(problems)) == 1
    settings, problems = load(tmp_path, "kiosk: false\nroster: [Ana\n")
    assert settings.kiosk is False


@pytest.mark.parametrize(
    "text",
    [
        "kiosk: ture\n",  # a typo in the value
        'kiosk: "false"\n',  # text, not a boolean: it cannot be read as false
        "kiosk:\n",
        "kisok: false\n",  # a typo in the key: the file meant to say something about kiosk mode
        "Kiosk: true\n",
        "kiosk: tru\nroster: [Ana\n",  # not YAML, and its kiosk line cannot be read either
        "kiosk true\nidle_timeout: 60\n",
    ],
)
def test_an_unreadable_kiosk_setting_turns_kiosk_mode_on(tmp_path, text):
    settings, problems = load(tmp_path, text)
    assert settings.kiosk is True
    assert any("kiosk mode is ON" in p.message for p in problems)


def test_an_unreadable_file_turns_kiosk_mode_on(tmp_path):
    (tmp_path / "settings.yaml").mkdir()
    settings, problems = load_settings(tmp_path / "settings.yaml", tmp_path)
    assert settings.kiosk is True
    assert "kiosk mode is ON" in problems[0].message

    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\x00\x01kiosk\x00")
    settings, problems = load_settings(binary, tmp_path)
    assert settings.kiosk is True


def test_a_utf16_file_is_an_error_but_its_kiosk_line_is_still_read(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("kiosk: true\n", encoding="utf-16")
    settings, problems = load_settings(path, tmp_path)
    assert settings.kiosk is True
    assert "UTF-16" in problems[0].message
    path.write_text("kiosk: false\n", encoding="utf-16")
    assert load_settings(path, tmp_path)[0].kiosk is False


def test_a_broken_file_without_kiosk_leaves_kiosk_off(tmp_path):
    settings, problems = load(tmp_path, "idle_timeout: [\n")
    assert settings.kiosk is False and problems


# -- the example and the table ------------------------------------------------------------


def test_the_documented_example_validates(tmp_path):
    example = REPO / "docs" / "settings.example.yaml"
    settings, problems = load_settings(example, tmp_path)
    assert [p for p in problems if p.severity == "error"] == []
    assert settings.kiosk is True
    assert settings.roster


def test_every_key_is_documented():
    text = (REPO / "docs" / "kiosk.md").read_text(encoding="utf-8")
    example = (REPO / "docs" / "settings.example.yaml").read_text(encoding="utf-8")
    for name in SETTINGS.names:
        assert f"`{name}`" in text, name
        assert f"{name}:" in example, name


def test_settings_imports_no_qt():
    code = "import sys, lessonapp.settings; print([m for m in sys.modules if m.startswith('PySide6')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "text",
    [
        "kiosk: false\nkiosk: true\n",  # a duplicate key: the file does not parse
        "idle_timeout: 30\n kiosk: true\n",  # indented in a broken file
        "idle_timeout: 30\n\tkiosk: true\n",  # a tab in a broken file
    ],
    ids=["duplicate", "indented", "tab"],
)
def test_a_broken_file_that_says_kiosk_true_anywhere_stays_locked(tmp_path, text):
    settings, problems = load(tmp_path, text)
    assert settings.kiosk is True and problems


@pytest.mark.parametrize(
    "text",
    ['lesson_folders: ["~nosuchuser/lessons"]\n', 'roster: "~nosuchuser/class.txt"\n', 'lesson_folders: ["a\\0b"]\n'],
    ids=["unknown user folder", "unknown user roster", "NUL"],
)
def test_paths_that_cannot_be_paths_are_errors_not_crashes(tmp_path, text):
    settings, problems = load(tmp_path, text)
    assert any("cannot be used as a path" in message for message in errors(problems)), errors(problems)


def test_a_device_given_as_settings_file_is_not_read_endlessly(tmp_path):
    import os

    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    settings, problems = load_settings(Path("/dev/zero"), tmp_path)
    assert settings.kiosk is True  # a settings file that cannot be read keeps a kiosk locked
    assert any("not a regular file" in message for message in errors(problems))


# -- school (docs/classroom.md) -------------------------------------------------------------


def test_school_is_kept_without_a_trailing_slash(tmp_path):
    settings, problems = load(tmp_path, "school: https://school.example.org/\n")
    assert problems == []
    assert settings.school == "https://school.example.org"


@pytest.mark.parametrize("value", ["school.example.org", "mailto:head@school.org", "https://", "'https://a b.org'"])
def test_a_school_that_is_not_a_web_address_is_an_error_and_the_default_is_used(tmp_path, value):
    settings, problems = load(tmp_path, f"school: {value}\n")
    assert settings.school is None
    (error,) = errors(problems)
    assert ':1:9: error: "school" in settings must be a web address such as https://school.example.org' in error


def test_no_school_means_the_default(tmp_path):
    settings, problems = load(tmp_path, "kiosk: false\n")
    assert problems == [] and settings.school is None


# -- student_sign_in ----------------------------------------------------------------------


def test_student_sign_in_is_off_unless_asked_for(tmp_path):
    assert Settings().student_sign_in is None
    assert load(tmp_path, "kiosk: true\n")[0].student_sign_in is None
    for value in ("picture", "pin"):
        settings, problems = load(tmp_path, f"kiosk: true\nstudent_sign_in: {value}\n")
        assert settings.student_sign_in == value and problems == []


@pytest.mark.parametrize(("value", "said"), [
    ("pictures", 'not "pictures" (did you mean "picture"?)'),
    ("PIN", 'not "PIN" (did you mean "pin"?)'),
    ("true", 'not "true"'),
    ("4", 'not "4"'),
    ('""', "not empty"),
    ("", "not empty"),
    ("[pin]", "not"),
])
def test_a_bad_student_sign_in_is_one_line_and_students_sign_in_with_pictures(tmp_path, value, said):
    settings, problems = load(tmp_path, f"kiosk: true\nidle_timeout: 60\nstudent_sign_in: {value}\n")
    assert settings.student_sign_in == "picture"  # fails closed: the teacher wanted sign-in
    assert settings.idle_timeout == 60  # the rest is read as usual
    [line] = errors(problems)
    assert line.startswith(f"{tmp_path / 'settings.yaml'}:3:")
    assert '"student_sign_in" in settings must be picture or pin' in line and said in line
    assert line.endswith("until it is fixed, students sign in with pictures")
