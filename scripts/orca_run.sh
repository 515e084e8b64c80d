#!/bin/bash
# One lesson and its quiz with the Orca screen reader, driven by keyboard (issue 14):
# Xvfb, a D-Bus session, the AT-SPI bus, openbox, the app on the bundled course, Orca
# with a debug file, then scripts/orca_drive.py typing the keys. What Orca spoke is
# written to OUT/spoken.txt (the SPEECH OUTPUT lines of OUT/orca-debug.txt).
#
# Needs (Debian, as root): apt-get install at-spi2-core python3-pyatspi dbus-x11 openbox \
#   orca espeak-ng speech-dispatcher speech-dispatcher-espeak-ng xvfb xdotool
# and the app installed in the Python given by $PYTHON (default: .venv/bin/python).
# Usage: scripts/orca_run.sh [OUT]   (default OUT: /tmp/orca-run). Not for CI.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-/tmp/orca-run}")
python=${PYTHON:-$here/.venv/bin/python}

if [ "${ORCA_RUN_INSIDE:-}" != 1 ]; then
    rm -rf "$out" && mkdir -p "$out/home" "$out/data"
    display=:${DISPLAY_NUMBER:-77}
    Xvfb "$display" -screen 0 1024x768x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
    xvfb=$!
    trap 'kill $xvfb 2>/dev/null || true' EXIT
    sleep 2
    DISPLAY=$display HOME=$out/home XDG_RUNTIME_DIR=$out/home ORCA_RUN_INSIDE=1 \
        dbus-run-session -- "$0" "$out"
    grep -a "SPEECH OUTPUT" "$out/orca-debug.txt" >"$out/spoken.txt" || true
    echo "Orca spoke $(wc -l <"$out/spoken.txt") lines: $out/spoken.txt"
    exit 0
fi

# Inside the D-Bus session.
pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    # Orca starts speech-dispatcher, which outlives the session: stopped by its own pid file.
    speechd_pid="${XDG_RUNTIME_DIR:-$HOME/.cache}/speech-dispatcher/pid/speech-dispatcher.pid"
    if [ -f "$speechd_pid" ]; then kill "$(cat "$speechd_pid")" 2>/dev/null || true; fi
}
trap stop_all EXIT
chmod 700 "$HOME"
# No sound card here: speech-dispatcher's default (PulseAudio) fails, and Orca then waits
# for it for ever. ALSA's null device takes the speech; Orca logs what it says either way.
mkdir -p "$HOME/.config"
cp -r /etc/speech-dispatcher "$HOME/.config/"
sed -i 's/^# *AudioOutputMethod .*/AudioOutputMethod "alsa"/' "$HOME/.config/speech-dispatcher/speechd.conf"
printf 'pcm.!default { type null }\n' >"$HOME/.asoundrc"
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$out/at-spi.log" 2>&1 &
pids+=($!)
sleep 2
openbox >"$out/openbox.log" 2>&1 &
pids+=($!)
sleep 2
"$python" "$here/scripts/orca_answers.py" "$here/lessons/01-the-story.yaml" >"$out/answers.json"
# Orca first, as on a blind student's machine: it is running before the app opens.
orca --replace --debug-file="$out/orca-debug.txt" >"$out/orca.log" 2>&1 &
pids+=($!)
sleep 6
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANGUAGE=en LANG=C.UTF-8 \
    "$python" -m lessonapp --data-dir "$out/data" >"$out/app.log" 2>&1 &
pids+=($!)
/usr/bin/python3 "$here/scripts/orca_drive.py" "$out/answers.json" | tee "$out/drive.log"
sleep 3
