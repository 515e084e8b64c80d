"""Drive one lesson and its quiz by keyboard (xdotool), as a blind student would,
while Orca listens; run by scripts/orca_run.sh with the system's python3 (pyatspi).

Keys only go to the app through X, as typed. AT-SPI is used for two things: to
wait until the app shows what the next key is for, and to find which number is a
right (or, for question 1, a wrong) answer -- the student knows the answers; the
script does not. Writes what AT-SPI gives of each question to stdout (extra
evidence beside Orca's own words).
Usage: python3 scripts/orca_drive.py ANSWERS.json
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi

PAUSE = 2.5  # seconds after each key: Orca speaks before the next one


def key(*names: str, pause: float = PAUSE) -> None:
    for name in names:
        print(f"KEY {name}", flush=True)
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
        time.sleep(pause)


def type_text(text: str) -> None:
    print(f"TYPE {text}", flush=True)
    subprocess.run(["xdotool", "type", "--delay", "120", text], check=True)
    time.sleep(PAUSE)


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and child.name in ("lessonapp", "python3", "python"):
            # This script reads afresh each time (libatspi's cache has the same blind spot as Orca's).
            child.set_cache_mask(pyatspi.Atspi.Cache.NONE)
            child.clear_cache()
            return child
    return None


def showing(root, role=None):
    """Every showing descendant (with this role)."""
    found = []

    def walk(node):
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is None:
                continue
            states = child.getState()
            if not states.contains(pyatspi.STATE_SHOWING):
                continue
            if role is None or child.getRole() == role:
                found.append(child)
            walk(child)

    walk(root)
    return found


def wait_for(predicate, timeout=20.0):
    end = time.time() + timeout
    while time.time() < end:
        root = app()
        if root is not None:
            result = predicate(root)
            if result:
                return result
        time.sleep(0.3)
    raise SystemExit("orca_drive: timed out waiting for the app")


def focused_name() -> str:
    root = app()
    for node in showing(root) if root is not None else []:
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return node.name
    return ""


def tab_to(name: str, backwards: bool = False) -> None:
    """Tab (or Shift+Tab) until the control whose name starts so has the focus."""
    for _ in range(12):
        if focused_name().startswith(name):
            return
        key("shift+Tab" if backwards else "Tab", pause=2)
    raise SystemExit(f"orca_drive: Tab never reached {name!r}")


def choices(root):
    roles = (pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_CHECK_BOX)
    return [c for c in showing(root) if c.getRole() in roles and ":" in c.name and c.name.split(":")[0].isdigit()]


def prompt_of(root, answers):
    for node in showing(root):
        if node.name in answers:
            return node.name
    return None


def main(answers_file: str) -> None:
    answers = json.load(open(answers_file, encoding="utf-8"))
    wait_for(lambda root: any(n.getRole() == pyatspi.ROLE_TEXT for n in showing(root)))
    time.sleep(8)  # Orca reads the window first
    # Name screen: no student yet, the name box has the focus.
    type_text("Ana")
    key("Return", pause=4)
    # Library: the first lesson's Open button has the focus.
    key("Return", pause=4)
    # The lesson's start page, then its pages; on page 1, back to the text to read two lines.
    key("Return")
    tab_to("Lesson page", backwards=True)
    key("Down", "Down", pause=3)
    tab_to("Next page")
    key("Return", "Return", pause=3.5)  # pages 2 and 3; the last page focuses Take the quiz
    key("Return", pause=4)
    for number in range(1, 30):
        found = wait_for(
            lambda root: (
                prompt_of(root, answers)
                and choices(root)
                or any(n.name.startswith("Results") for n in showing(root, pyatspi.ROLE_HEADING))
            )
        )
        root = app()
        prompt = prompt_of(root, answers)
        if prompt is None or found is True:
            break
        shown = choices(root)
        print(f"QUESTION {number}: {prompt} | " + " | ".join(c.name for c in shown), flush=True)
        right = [c for c in shown if c.name.split(": ", 1)[1] in answers[prompt]]
        picked = [c for c in shown if c not in right][:1] if number == 1 else right
        for choice in picked:
            key(choice.name.split(":")[0])
        key("Return", pause=5)  # Check: the feedback is spoken
        if number == 1:
            tab_to("Feedback", backwards=True)  # the feedback card, read whole
            time.sleep(3)
            tab_to("Next question")
        key("Return", pause=3)  # Next question (or See results)
    time.sleep(30)  # the results are read out
    key("Tab", pause=4)  # and the review of the answers, by Tab and arrows
    key("Down", "Down", pause=3)
    print("DONE", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
