"""Check the Debian package for real: build it, extract it with dpkg-deb -x into
a temporary folder, and run the frozen program from there, with no Python of
ours on its path: --version, validate on the bundled course, lessons --json,
and the window opening offscreen to its first paint. Also checks what the
package carries (desktop entry, metainfo, icons, man page, kiosk unit) and its
size budgets. A CI step (.ci/run, after pytest): the build takes minutes.

    python scripts/check_deb.py            # builds with scripts/build-deb.sh first
    python scripts/check_deb.py --deb FILE # checks a package already built
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.lessonapp.LessonApp"
MB = 1000 * 1000
PACKAGE_BUDGET, FOLDER_BUDGET = 60 * MB, 180 * MB


class CheckFailed(Exception):
    pass


def run(command: list[str], home: Path, **env: str) -> subprocess.CompletedProcess:
    # A clean environment: no virtual environment, no PYTHONPATH, a new user.
    clean = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", **env}
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=120, env=clean)
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{' '.join(command)} did not end within 120 s") from None


def expect(condition: bool, what: str, result: subprocess.CompletedProcess | None = None) -> None:
    if not condition:
        detail = f"\n{result.stdout[-2000:]}{result.stderr[-2000:]}" if result else ""
        raise CheckFailed(f"{what}{detail}")
    print(f"ok: {what}")


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir() or path.is_symlink())


def check(deb: Path, extracted: Path, home: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(extracted)], check=True)
    lessonapp = extracted / "usr" / "bin" / "lessonapp"  # the link, as users start it
    program = extracted / "usr" / "lib" / "lessonapp"
    course = program / "_internal" / "lessonapp" / "lessons"

    version = run([str(lessonapp), "--version"], home)
    expect(version.returncode == 0 and version.stdout.startswith("lessonapp "), "lessonapp --version", version)

    validated = run([str(lessonapp), "validate", str(course)], home)
    expect(validated.returncode == 0 and "no problems found" in validated.stdout, "validate the course", validated)

    listed = run([str(lessonapp), "lessons", "--json"], home)
    expect(listed.returncode == 0, "lessons --json", listed)
    library = json.loads(listed.stdout)
    expect(
        len(library["lessons"]) >= 5 and not library["errors"],
        f"lessons --json lists the bundled course ({len(library['lessons'])} lessons, no errors)",
    )
    expect(
        all(Path(lesson["path"]).is_relative_to(course) for lesson in library["lessons"]),
        "the lessons listed are the package's own",
    )
    schema = run([str(lessonapp), "schema"], home)
    expect(schema.returncode == 0 and json.loads(schema.stdout).get("$schema"), "lessonapp schema", schema)

    # The window, to its first paint (the frozen app's run-time hook reports it and exits).
    window = run([str(lessonapp)], home, LESSONAPP_FIRST_PAINT_PROBE="1")
    expect(window.returncode == 0 and window.stdout.strip().isdigit(), "the window opens and paints", window)
    expect((home / ".local" / "share" / "lessonapp" / "scores.db").is_file(), "the data folder is the user's")

    # The other commands, each once (what they do is tested in the suite; here: that the frozen app has them).
    made = home / "new-lesson.yaml"
    new = run([str(lessonapp), "new", "my-lesson", "-o", str(made)], home)
    checked = run([str(lessonapp), "validate", str(made)], home)
    expect(new.returncode == 0 and checked.returncode == 0, "new, and the new lesson validates", checked)
    gift = home / "questions.gift"
    gift.write_text("::Q1:: Which is a prime number? {=7 ~8 ~9}\n", encoding="utf-8")
    imported = run([str(lessonapp), "import", str(gift), "-o", str(home / "imported.yaml")], home)
    expect(imported.returncode == 0 and (home / "imported.yaml").is_file(), "import a GIFT file", imported)
    exported = run([str(lessonapp), "scores", "export", "--format", "csv"], home)
    expect(
        exported.returncode == 0 and exported.stdout.lstrip("\ufeff").startswith("student,"), "scores export", exported
    )
    bundle = run([str(lessonapp), "scores", "export", "--format", "xapi"], home)
    expect(bundle.returncode == 0, "scores export --format xapi (a bundle)", bundle)
    status = run([str(lessonapp), "sync", "--status"], home)
    expect(status.returncode == 0 and "waiting: 0" in status.stdout, "sync --status", status)
    # An LRS on a closed loopback port: the pull reaches urllib and fails in one line.
    settings = home / ".local" / "share" / "lessonapp" / "settings.yaml"
    settings.write_text(
        "school: https://school.example.org\n"
        "lrs: {endpoint: 'http://127.0.0.1:9/xapi/', username: kiosk, password: secret}\n",
        encoding="utf-8",
    )
    pulled = run([str(lessonapp), "scores", "pull"], home)
    expect(
        pulled.returncode == 1 and pulled.stderr.startswith("lessonapp: the pull stopped") and "secret" not in
        pulled.stderr + pulled.stdout, "scores pull from an LRS that is down: one line", pulled,
    )
    settings.unlink()
    pin = run([str(lessonapp), "set-pin"], home)
    expect(pin.returncode == 1 and pin.stderr.startswith("lessonapp: set-pin asks"), "set-pin wants a terminal", pin)
    helped = run([str(lessonapp), "preview", "--help"], home)
    expect(helped.returncode == 0 and "FILE" in helped.stdout, "preview --help", helped)

    check_kiosk_under_cage(lessonapp, extracted)

    qt_translations = program / "_internal" / "PySide6" / "Qt" / "translations"
    expect((qt_translations / "qtbase_de.qm").is_file(), "Qt's own translations are bundled")

    share = extracted / "usr" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    session = share / "wayland-sessions" / "lessonapp-kiosk.desktop"
    checked = subprocess.run(["desktop-file-validate", str(desktop), str(session)], capture_output=True, text=True)
    expect(checked.returncode == 0 and not checked.stdout.strip(), "desktop-file-validate", checked)
    expect("Categories=Education;Qt;" in desktop.read_text(), "the menu entry is in Education")
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    expect(checked.returncode == 0, "appstreamcli validate --no-net", checked)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        expect((share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file(), f"icon {size}")
    expect((share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file(), "icon svg")
    manual = subprocess.run(["zcat", str(share / "man" / "man1" / "lessonapp.1.gz")], capture_output=True, text=True)
    expect(".SH" in manual.stdout and "validate" in manual.stdout, "the man page, made from --help", manual)
    unit = extracted / "usr" / "lib" / "systemd" / "user" / "lessonapp-kiosk.service"
    expect("ExecStart=/usr/bin/lessonapp --kiosk" in unit.read_text(), "the kiosk's user service")

    package, folder = deb.stat().st_size, folder_size(program)
    expect(package <= PACKAGE_BUDGET, f"package {package / MB:.1f} MB <= 60 MB")
    expect(folder <= FOLDER_BUDGET, f"installed folder {folder / MB:.1f} MB <= 180 MB")


def check_kiosk_under_cage(lessonapp: Path, extracted: Path) -> None:
    """The kiosk as its session runs it: --kiosk on Qt's Wayland platform, as the
    one client of cage (on wlroots' headless back end, drawn in memory), to its
    first paint. cage refuses to run as root: as root, it runs as nobody."""
    if not shutil.which("cage") or not shutil.which("Xwayland"):
        print("skipped: the kiosk under cage (install cage and xwayland to check it)")
        return
    with tempfile.TemporaryDirectory() as runtime, tempfile.TemporaryDirectory() as home:
        as_user: list[str] = []
        if os.geteuid() == 0:
            for folder in (runtime, home):
                shutil.chown(folder, "nobody", "nogroup")
            extracted.chmod(0o755)  # TemporaryDirectory makes it 0700
            as_user = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        environment = {
            "XDG_RUNTIME_DIR": runtime,
            "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
        }
        app = ["env", "QT_QPA_PLATFORM=wayland", "LESSONAPP_FIRST_PAINT_PROBE=1", str(lessonapp), "--kiosk"]
        sockets = Path("/tmp/.X11-unix")  # made by cage's Xwayland, as the user it runs as
        had_sockets = sockets.exists()
        try:
            kiosk = run([*as_user, "cage", "-d", "--", *app], Path(home), **environment)
        finally:
            if not had_sockets:
                shutil.rmtree(sockets, ignore_errors=True)  # else an X server of another user refuses it
        expect(kiosk.stdout.strip().isdigit(), "the kiosk opens and paints under cage (Wayland)", kiosk)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deb", type=Path, help="a package already built (default: build one now)")
    args = parser.parse_args()
    deb = args.deb
    if deb is None:
        built = subprocess.run([str(ROOT / "scripts" / "build-deb.sh")], cwd=ROOT, capture_output=True, text=True)
        if built.returncode != 0:
            print(f"check_deb.py: the package was not built:\n{built.stderr[-3000:]}", file=sys.stderr)
            return 1
        print(built.stdout.strip().splitlines()[-1])
        deb = ROOT / built.stdout.strip().splitlines()[-1].split(":")[0]
    with tempfile.TemporaryDirectory() as extracted, tempfile.TemporaryDirectory() as home:
        try:
            check(deb, Path(extracted), Path(home))
        except CheckFailed as failure:
            print(f"check_deb.py: FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"{deb}: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
