#!/usr/bin/env bash
# Redraws escalation-refusal.png and escalation-letter-blank.png from the real escalation wizard (rules, drafter,
# Chinese UI, fixed clock) with JavaFX's own snapshot, under Xvfb (GTK glass, software rendering).
# usage (from the project root): docs/screenshots/redraw-escalation.sh
# Needs Xvfb and fonts-noto-cjk (Debian: apt-get install xvfb fonts-noto-cjk).
set -eu
out=docs/screenshots
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
command -v Xvfb >/dev/null || { echo "missing: Xvfb"; exit 1; }
d=$(( 500 + RANDOM % 400 ))
Xvfb :$d -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & xp=$!
trap 'kill $xp 2>/dev/null' EXIT
sleep 1
DISPLAY=:$d java -Dprism.order=sw -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    org.refunddesk.tools.EscalationScreenshots "$out"
echo "redrawn: $out/escalation-refusal.png $out/escalation-letter-blank.png"
