"""The shipped translations: complete for the code as it is, built into their
.qm, plural forms right for each language, accelerators unique per menu, and
the same placeholders as the English."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

from lessonapp.ui.translations import Language, language_code, shipped_languages  # noqa: E402

LANGUAGES = ["ar", "es", "fr", "ko"]
PLACEHOLDER = re.compile(r"\{\d+\}|%n")


@pytest.fixture(scope="module")
def messages():
    return update_translations.extract()


def test_every_text_of_the_code_is_translated_in_every_shipped_language(messages):
    """Runs pyside6-lupdate over lessonapp/ui: a text added to the code and not to
    each .ts (or still "unfinished" there) fails, naming it and the command to run."""
    assert len(messages) > 300  # the extraction found the code's texts, helpers' included
    report = []
    for path in update_translations.shipped():
        found = update_translations.problems(path, messages)
        if found:
            report.append(f"{path.relative_to(ROOT)}: {len(found)} to translate")
            report.extend("    " + line for line in found)
    assert not report, (
        "Texts of the code missing from, or unfinished in, the shipped translations:\n"
        + "\n".join(report)
        + f"\nRefresh the .ts files with: {update_translations.REFRESH}\n"
        "then translate the new texts (pyside6-linguist resources/translations/lessonapp_<language>.ts,"
        " or edit the XML) and run it again to build the .qm files (see resources/translations/README.md)."
    )


def test_the_languages_of_the_issue_ship(messages):
    assert set(LANGUAGES) | {"en"} <= set(shipped_languages())


@pytest.mark.parametrize("language", LANGUAGES + ["en"])
def test_each_shipped_qm_is_built_from_its_ts(language, tmp_path):
    ts = update_translations.TRANSLATIONS / f"lessonapp_{language}.ts"
    built = tmp_path / "built.qm"
    update_translations.release(ts, built)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is older than its .ts: run {update_translations.REFRESH}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_text(language):
    """{0}, {1}... and %n are filled in by the code: a translation that loses or
    invents one shows a wrong number or breaks .format(). A plural form may say
    the number in words ("صفحة واحدة", one page) instead of %n."""
    ts = update_translations.TRANSLATIONS / f"lessonapp_{language}.ts"
    _, entries = update_translations.read_ts(ts)
    wrong = []
    for (context, source), entry in entries.items():
        wanted = set(PLACEHOLDER.findall(source))
        for form in entry.forms:
            have = set(PLACEHOLDER.findall(form))
            plural = len(entry.forms) > 1
            if have - wanted or (not plural and have != wanted):
                wrong.append(f"[{context}] {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


@pytest.fixture
def speak(qapp):
    """speak("ar") installs a language as the app does; English again afterwards."""
    languages = []

    def install(code: str) -> Language:
        language = Language(qapp, QLocale(code))
        languages.append(language)
        return language

    yield install
    for language in languages:
        for translator in language.translators:
            qapp.removeTranslator(translator)
    from PySide6.QtCore import Qt

    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def counts(n: int) -> str:
    return QCoreApplication.translate("Counts", "%n page(s)", "", n)


def test_arabic_has_its_six_plural_forms(speak):
    speak("ar")
    assert [counts(n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103)] == [
        "0 صفحة", "صفحة واحدة", "صفحتان", "3 صفحات", "10 صفحات", "11 صفحة", "99 صفحة", "100 صفحة", "102 صفحة",
        "103 صفحات",
    ]


def test_korean_has_one_form_french_counts_zero_as_one_spanish_does_not(speak):
    speak("ko")
    assert [counts(n) for n in (1, 2)] == ["1쪽", "2쪽"]
    speak("fr")
    assert [counts(n) for n in (0, 1, 2)] == ["0 page", "1 page", "2 pages"]
    speak("es")
    assert [counts(n) for n in (0, 1, 2)] == ["0 páginas", "1 página", "2 páginas"]


def test_english_needs_no_translation_file_but_its_plurals(speak, qapp):
    language = speak("en")
    assert [Path(t.filePath()).name for t in language.translators] == ["lessonapp_en.qm"]
    assert not qapp.isRightToLeft()


def test_arabic_turns_the_whole_app_right_to_left(speak, qapp):
    speak("ar")
    assert qapp.isRightToLeft()
    assert QCoreApplication.translate("idle", "Still there?") == "هل ما زلت هنا؟"  # a module helper's text


# Texts shown together, in one menu bar, menu or window: each & must pick a different key.
ACCELERATOR_GROUPS = {
    "menu bar": [("MainWindow", t) for t in ("&File", "&View", "&Teacher")],
    "teacher area": [("TeacherArea", t) for t in (
        "Class &overview", "S&tudent", "Lesso&n", "E&xport", "Bac&kups", "Sen&ding", "&Close teacher area",
        "&Machine:")],
    "export tab": [("ExportTab", t) for t in (
        "Export &results (CSV)…", "Export results (&JSON)…", "Export &answers (CSV)…", "Export answers (J&SON)…",
        "Export a &bundle (xAPI)…", "&Import results…")],
    "backups tab": [("BackupTab", t) for t in ("&Back up now", "R&estore…")],
    "overview tab": [("OverviewTab", t) for t in (
        "&Lesson:", "Stu&dent:", "Open &student", "&Item analysis of this lesson")],
    "student tab": [("StudentTab", t) for t in ("Stu&dent:", "&Lesson:")],
    "sending tab": [("SendingTab", t) for t in ("&Send now", "&Pull the class's results")],
    "teacher menu (kiosk)": [("pin_dialog", t) for t in ("&Teacher area", "E&xit kiosk and quit")],
}


def accelerator(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_accelerators_are_unique_in_each_menu_and_window(language, messages):
    _, entries = update_translations.read_ts(update_translations.TRANSLATIONS / f"lessonapp_{language}.ts")
    known = {(m.context, m.source) for m in messages}
    clashes = []
    for group, texts in ACCELERATOR_GROUPS.items():
        assert set(texts) <= known, f"{group}: a text of this test is no longer in the code"
        shown = [source if language == "en" else entries[(context, source)].forms[0] for context, source in texts]
        keys = [accelerator(text) for text in shown]
        assert all(keys), f"{language} {group}: a text lost its accelerator: {shown}"
        if len(set(keys)) != len(keys):
            clashes.append(f"{group}: {shown}")
    assert not clashes, f"{language}: " + "; ".join(clashes)


def test_the_check_names_a_missing_text_and_the_command(tmp_path, messages):
    """A .ts that lacks a text fails the check with the text and the refresh command."""
    ts = tmp_path / "lessonapp_fr.ts"
    original = (update_translations.TRANSLATIONS / "lessonapp_fr.ts").read_text(encoding="utf-8")
    ts.write_text(original.replace("<source>Who is learning?</source>", "<source>Who was learning?</source>"),
                  encoding="utf-8")
    found = update_translations.problems(ts, messages)
    assert found == ["missing    [ProfilesScreen] 'Who is learning?'"]
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check", str(ts)],
                         capture_output=True, text=True)
    assert out.returncode == 1
    assert "Who is learning?" in out.stdout


def test_language_code_of_the_c_locale_is_english():
    assert language_code(QLocale("C")) == "en"
    assert language_code(QLocale("ar_KW")) == "ar"


def test_the_messages_made_outside_the_ui_are_collected(messages):
    """Every Words(...) of content, store, settings...: its template comes into the
    .ts files (so the test above covers them), which needs two string literals."""
    found, unreadable = update_translations.words_messages()
    assert not unreadable, f"Words(...) not made from a literal context and template: {unreadable}"
    assert len(found) > 100
    known = {(m.context, m.source) for m in messages}
    assert {(m.context, m.source) for m in found} <= known
    assert ("store", "Please type a name.") in known
    assert any(context == "settings" for context, _ in known)


def test_number_ranges_in_arabic_are_kept_left_to_right():
    """Qt draws "1–4" in a right-to-left line as "4–1" (each number is a run of its
    own): a range of the Arabic translation sits inside LRI ... PDI."""
    _, entries = update_translations.read_ts(update_translations.TRANSLATIONS / "lessonapp_ar.ts")
    unguarded = []
    for (context, _source), entry in entries.items():
        for form in entry.forms:
            for match in re.finditer(r"[\d}][–-][\d{]", form):
                before, after = form[: match.start()], form[match.end():]
                if before.rfind("\u2066") <= before.rfind("\u2069") or "\u2069" not in after:
                    unguarded.append(f"[{context}] {form!r}")
    assert not unguarded, "\n".join(unguarded)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_has_each_plural_form_of_its_language(language, messages):
    """Arabic six forms, Korean one, French and Spanish two: each filled in."""
    _, entries = update_translations.read_ts(update_translations.TRANSLATIONS / f"lessonapp_{language}.ts")
    wanted = update_translations.plural_count(language)
    counts = [m for m in messages if m.numerus]
    assert counts
    wrong = [
        f"[{m.context}] {m.source!r}: {entries[(m.context, m.source)].forms}"
        for m in counts
        if len(entries[(m.context, m.source)].forms) != wanted or not all(entries[(m.context, m.source)].forms)
    ]
    assert not wrong, "\n".join(wrong)
