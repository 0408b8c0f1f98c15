#!/usr/bin/env bash
# Redraws the README's Home and case-workspace screenshots from the real app (demo data, Chinese UI) at
# 1366x768, under Xvfb with a window manager, driven by the keyboard only.
# usage (from the project root, after `mvn -q -ntp package -DskipTests`): docs/screenshots/redraw-workspace.sh
# (on a slow or busy machine: WAIT=90 SETTLE=10 OPEN=30 docs/screenshots/redraw-workspace.sh)
# Needs Xvfb, metacity, xdotool, ImageMagick's import and fonts-noto-cjk (Debian: apt-get install them).
set -eu
out=docs/screenshots
size=${SIZE:-1366x768}
[ -f target/refunddesk.jar ] || { echo "no target/refunddesk.jar: run mvn -q -ntp package -DskipTests first"; exit 1; }
for c in Xvfb metacity xdotool import; do command -v $c >/dev/null || { echo "missing: $c"; exit 1; }; done
d=$(( 500 + RANDOM % 400 ))
Xvfb :$d -screen 0 ${size}x24 -nolisten tcp >/dev/null 2>&1 & xp=$!
trap 'kill $ap $wp $xp 2>/dev/null' EXIT
sleep 1
DISPLAY=:$d metacity --replace >/dev/null 2>&1 & wp=$!
sleep 1
DISPLAY=:$d java -jar target/refunddesk.jar --demo --lang zh >/dev/null 2>&1 & ap=$!
sleep "${WAIT:-14}"
w=$(DISPLAY=:$d xdotool search --name RefundDesk | head -1)
DISPLAY=:$d xdotool windowactivate --sync "$w" key super+Up 2>/dev/null || true
# on a busy machine give the maximised window time to lay out again (SETTLE) and a case time to open (OPEN)
sleep "${SETTLE:-2}"
# 1. Home with "需要处理" (the demo's missed and coming deadlines, grouped by case)
DISPLAY=:$d import -window root "$out/home.png"
# 2. the first case that needs attention: Tab to its "打开案件" button, Enter opens its workspace
DISPLAY=:$d xdotool key Tab Tab; sleep 0.5
DISPLAY=:$d xdotool key Return; sleep "${OPEN:-5}"
DISPLAY=:$d import -window root "$out/case-workspace.png"
echo "redrawn: $out/home.png $out/case-workspace.png ($size)"
