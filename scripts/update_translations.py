"""Refresh the shipped translations from the code, then build their .qm files.

    python scripts/update_translations.py           # every .ts in resources/translations
    python scripts/update_translations.py --check   # change nothing; list what is missing (exit 1)

pyside6-lupdate reads every tr() of lessonapp/ui, and this script every
``Words("context", "template", ...)`` of the modules without Qt (content, store,
settings...: lessonapp/words.py), which the window translates when it shows
them. It gives the module helpers (``_tr`` in kiosk.py, idle.py ...: a translate() with the
module's own context) their context, marks every text with %n as a count
(plural forms), and merges the result into each resources/translations/*.ts:
a translation already there is kept, a new text comes in as "unfinished" for
Qt Linguist (pyside6-linguist), a text gone from the code is dropped. Each .ts
is then compiled with pyside6-lrelease into the .qm the app loads.
lessonapp_en.ts keeps only the counts (English needs nothing else).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CODE = ROOT / "lessonapp" / "ui"
HELPER = re.compile(r'def _tr\(.*?QCoreApplication\.translate\("(\w+)", text', re.DOTALL)
COUNTS = "Counts"  # the context of widgets.count_text
REFRESH = "python scripts/update_translations.py"


class Message(NamedTuple):
    context: str
    source: str
    numerus: bool


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python (a venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} not found (it comes with PySide6)")
    return found


def code_files() -> list[Path]:
    return sorted(CODE.rglob("*.py"))


def words_files() -> list[Path]:
    """The modules outside the UI, where messages are made as Words."""
    return sorted(p for p in (ROOT / "lessonapp").rglob("*.py") if CODE not in p.parents)


def words_messages() -> tuple[list[Message], list[str]]:
    """Every Words("context", "template", ...) of the modules outside the UI, and
    the places where a Words is made from anything but two string literals
    (which no extraction can find: each must be a literal)."""
    found, unreadable = [], []
    for path in words_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Words"):
                continue
            literal = [a.value for a in node.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if len(literal) == 2:
                found.append(Message(literal[0], literal[1], False))
            else:
                unreadable.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found, unreadable


def extract() -> list[Message]:
    """Every text of the code that goes through Qt's translation, in order."""
    helper_context = {}
    for path in code_files():
        for match in HELPER.finditer(path.read_text(encoding="utf-8")):
            helper_context[path.name] = match.group(1)
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "extracted.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-tr-function-alias",
                "tr+=_tr,tr+=count_text",
                *map(str, code_files()),
                "-ts",
                str(out),
            ],
            check=True,
            capture_output=True,
        )
        root = ET.parse(out).getroot()
    messages: dict[tuple[str, str], Message] = {(m.context, m.source): m for m in words_messages()[0]}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = name
            if not where:  # a module helper: its context is the one it passes to translate()
                where = _helper_context(message.find("location"), helper_context)
            numerus = message.get("numerus") == "yes" or "%n" in source
            key = (where, source)
            previous = messages.get(key)
            messages[key] = Message(where, source, numerus or bool(previous and previous.numerus))
    return sorted(messages.values(), key=lambda m: (m.context.lower(), m.context, m.source))


def _helper_context(location: ET.Element | None, helper_context: dict[str, str]) -> str:
    if location is None:
        return ""
    # lupdate names the file relative to its .ts, in a temporary folder
    path = CODE / location.get("filename", "").replace("\\", "/").split("lessonapp/ui/")[-1]
    name = path.name
    try:
        line = path.read_text(encoding="utf-8").splitlines()[int(location.get("line", 0)) - 1]
    except (ValueError, IndexError, OSError):
        line = ""
    return COUNTS if "count_text(" in line else helper_context.get(name, "")


class Entry(NamedTuple):
    forms: tuple[str, ...]  # one, or one per plural form
    finished: bool


def read_ts(path: Path) -> tuple[str, dict[tuple[str, str], Entry]]:
    """The language of a .ts file and its translations by (context, source)."""
    root = ET.parse(path).getroot()
    entries = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete") and all(forms)
            entries[(name, message.findtext("source") or "")] = Entry(tuple(forms), finished)
    return root.get("language", ""), entries


def problems(path: Path, messages: list[Message]) -> list[str]:
    """The texts of the code that the .ts lacks, or has unfinished; [] when complete."""
    language, entries = read_ts(path)
    english = language.startswith("en")
    found = []
    for message in messages:
        if english and not message.numerus:
            continue
        entry = entries.get((message.context, message.source))
        if entry is None:
            found.append(f"missing    [{message.context}] {message.source!r}")
        elif not entry.finished:
            found.append(f"unfinished [{message.context}] {message.source!r}")
        elif message.numerus and len(entry.forms) < 2 and plural_count(language) > 1:
            found.append(f"no plural forms [{message.context}] {message.source!r}")
    return found


def plural_count(language: str) -> int:
    """How many plural forms Qt expects for the language."""
    return {"ar": 6, "ko": 1, "ja": 1, "zh": 1}.get(language.split("_")[0], 2)


def write_ts(path: Path, language: str, messages: list[Message], entries: dict[tuple[str, str], Entry]) -> None:
    english = language.startswith("en")
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        if english and not message.numerus:
            continue
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = ET.SubElement(context, "message")
        if message.numerus:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = message.source
        entry = entries.get((message.context, message.source))
        translation = ET.SubElement(element, "translation")
        if entry is None or not entry.finished:
            translation.set("type", "unfinished")
        forms = entry.forms if entry else ("",)
        if message.numerus:
            wanted = plural_count(language)
            forms = (tuple(forms) + (forms[-1],) * wanted)[:wanted] if any(forms) else ("",) * wanted
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def shipped() -> list[Path]:
    return sorted(TRANSLATIONS.glob("lessonapp_*.ts"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; list what is missing or unfinished")
    parser.add_argument("ts", nargs="*", type=Path, help="the .ts files (default: every shipped one)")
    args = parser.parse_args(argv)
    messages = extract()
    failed = False
    for path in args.ts or shipped():
        if not args.check:
            language, entries = read_ts(path)
            write_ts(path, language, messages, entries)
            release(path, path.with_suffix(".qm"))
        found = problems(path, messages)
        failed = failed or bool(found)
        print(f"{path.name}: {len(found)} to translate" if found else f"{path.name}: complete")
        for line in found:
            print("    " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
