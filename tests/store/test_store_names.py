"""Look-alike student names: "Tess", "Теss" (Cyrillic) and a name with a
right-to-left override are refused; real names in every script are not."""

from __future__ import annotations

import pytest

from lessonapp.store import Store
from lessonapp.store.names import CONFUSABLES, lookalike_of, name_problem

CYRILLIC_TESS = "\u0422\u0435ss"  # Cyrillic capital Te and small ie


def test_a_cyrillic_look_alike_is_refused_and_the_message_names_the_student(store: Store) -> None:
    store.add_profile("Tess")
    with pytest.raises(ValueError, match="looks the same as Tess, who is already on the list"):
        store.add_profile(CYRILLIC_TESS)
    assert [p.name for p in store.profiles()] == ["Tess"]


@pytest.mark.parametrize(
    "twin",
    [
        "ТЕSS",  # Cyrillic capitals, and case does not tell students apart
        "Τess",  # Greek capital tau
        "Ｔｅｓｓ",  # full width
        "𝐓𝐞𝐬𝐬",  # mathematical bold
        "Te\u0455s",  # Cyrillic dze
    ],
)
def test_look_alikes_in_other_forms_are_refused(store: Store, twin: str) -> None:
    store.add_profile("Tess")
    with pytest.raises(ValueError, match="Tess"):
        store.add_profile(twin)


@pytest.mark.parametrize(
    "name, message",
    [
        ("\u202essеT", "change the direction of the text"),  # right-to-left override
        ("Te\u2066ss", "change the direction of the text"),  # left-to-right isolate
        ("Tess\u200f", "change the direction of the text"),  # right-to-left mark
        ("Te\u200bss", "invisible"),  # zero-width space
        ("Te\u00adss", "invisible"),  # soft hyphen
        ("Tess\u2060", "invisible"),  # word joiner
        ("\u3164", "invisible"),  # Hangul filler: a name that shows as nothing
        ("Te\u200dss", "invisible"),  # a joiner between Latin letters joins nothing
        ("Tess\U000e0041", "invisible"),  # a tag character
        ("Te\x07ss", "invisible"),  # a control character
        ("Tess\ue000", "no letter or sign"),  # private use
    ],
)
def test_bidi_controls_and_invisible_characters_are_refused(store: Store, name: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        store.add_profile(name)
    assert store.profiles() == []


@pytest.mark.parametrize(
    "names",
    [
        ("Zoë", "Zoe"),  # the diaeresis shows: two names (a decision, see store/names.py)
        ("José", "Jose"),
        ("Ian", "Lan"),
        ("محمد", "أحمد"),  # Arabic
        ("فاطمه\u200cزهرا",),  # Persian, with the zero-width non-joiner it needs
        ("김민준", "김민재"),  # Korean
        ("王芳", "王方"),  # Chinese
        ("Мария", "Марина", "Maria"),  # Cyrillic and Latin spellings differ
        ("Αλέξανδρος", "Alexandros"),
        ("क्\u200dष",),  # Devanagari with a zero-width joiner
        ("Tess 🌸", "❤\ufe0f Ana", "👩\u200d🎓 Ada"),  # emoji, with selector and joiner
        ("Straße", "Ana-Lía O'Brien"),
    ],
)
def test_real_names_in_other_scripts_are_accepted(store: Store, names: tuple[str, ...]) -> None:
    for name in names:
        store.add_profile(name)
    assert sorted(p.name for p in store.profiles()) == sorted(names)


def test_latin_look_alikes_that_differ_by_case_only_in_the_font() -> None:
    assert lookalike_of("lan", ["Ian"]) == "Ian"  # small L and capital i
    assert lookalike_of("Ana1", ["Anal"]) is not None
    assert lookalike_of("Lan", ["Ian"]) is None
    assert lookalike_of("LAN", ["Ian"]) is None


def test_the_table_maps_only_to_latin_and_never_a_latin_letter_to_another_case() -> None:
    for source, target in CONFUSABLES.items():
        assert target.isascii() and target.isalpha(), source
        assert source != target
    assert name_problem("Tess") is None
