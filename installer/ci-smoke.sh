#!/usr/bin/env bash
# CI: build the app-image and run commands through its own launcher, so a broken packaging step
# (a missing JDK module, a lost resource, a launcher that drops arguments) fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/build.sh app-image
launcher=target/installer/RefundDesk/bin/RefundDesk
[ -x "$launcher" ] || { echo "ci-smoke: no launcher at $launcher" >&2; exit 1; }

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
case_file=src/test/resources/org/refunddesk/installer/smoke-case.json

"$launcher" --data-dir "$data" import "$case_file" > "$data/id.txt"
"$launcher" --data-dir "$data" cases list --json | grep -q '"orderNo" *: *"SMOKE-20261120-001"' \
    || { echo "ci-smoke: the imported case is not listed" >&2; exit 1; }
"$launcher" --data-dir "$data" assess "$case_file" --now 2026-11-20T10:10:00+08:00 > "$data/assess.json"
grep -q '"verdict" *: *"LIKELY"' "$data/assess.json" || { echo "ci-smoke: assess gave no LIKELY verdict" >&2; cat "$data/assess.json" >&2; exit 1; }
grep -q 'PLATFORM_REFUND_WINDOW' "$data/assess.json" || { echo "ci-smoke: assess lists no platform window" >&2; exit 1; }
"$launcher" --data-dir "$data" export-xlsx --out "$data/cases.xlsx" > /dev/null
[ -s "$data/cases.xlsx" ] || { echo "ci-smoke: export-xlsx wrote nothing" >&2; exit 1; }
echo "ci-smoke: app-image launcher ran import, cases list, assess and export-xlsx"
