#!/usr/bin/env bash
# Records which classes RefundDesk loads on its way to a filled window and in its common commands, into
# src/main/cds/refunddesk.classlist. `mvn package` turns that list into target/refunddesk.jsa, a class-data
# sharing archive: the JVM maps those classes ready-parsed and verified instead of loading them one by one
# (issue 14: about a second off the GUI start, 0.4 s off every command, on the 2-core build machine).
# Run it again when start-up code changes much; a class missing from the list only loads the usual way.
#   installer/record-classlist.sh [DATA-DIR]   a folder with cases (default: the 10,000-case bench store)
# Needs a display for the window: uses $DISPLAY, else starts Xvfb on :97.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
store=${1:-target/bench-scale/store-10000}
[ -f "$store/refunddesk.mv.db" ] || { echo "record-classlist.sh: no store in $store (bench/scale.sh 10k seeds one)" >&2; exit 2; }
mvn -B -q -ntp package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
    export DISPLAY=:97
    sleep 1
fi
cp -r "$store" "$work/store"
rm -f "$work/store/refunddesk.lock"
run() { # name, then the app's arguments
    local name=$1; shift
    java -Xmx512m -XX:DumpLoadedClassList="$work/$name.classlist" -Duser.home="$work/home" \
        -jar target/refunddesk.jar --data-dir "$work/store" "$@" >/dev/null 2>&1 || true
}
# the window: until Home and the case list are filled (the start-up timeline says when), then closed
java -Xmx512m -XX:DumpLoadedClassList="$work/gui.classlist" -Duser.home="$work/home" -Drefunddesk.startupTimeline=true \
    -jar target/refunddesk.jar --data-dir "$work/store" >/dev/null 2>"$work/gui.err" &
gui=$!
for _ in $(seq 1 240); do
    grep -q "home-filled" "$work/gui.err" && grep -q "list-filled" "$work/gui.err" && break
    sleep 0.5
done
sleep 3
kill "$gui"; wait "$gui" 2>/dev/null || true
run due due --within 3d --json
run list cases list --json
run backup backup --out "$work/backup.json"
run restore restore "$work/backup.json" --dry-run
run check check
# one list, each line once, in the order first seen (the JVM's own header kept from the first file)
awk '!seen[$0]++' "$work"/gui.classlist "$work"/due.classlist "$work"/list.classlist "$work"/backup.classlist \
    "$work"/restore.classlist "$work"/check.classlist > src/main/cds/refunddesk.classlist
echo "src/main/cds/refunddesk.classlist: $(grep -vc '^#' src/main/cds/refunddesk.classlist) lines"
