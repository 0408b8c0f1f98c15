#!/usr/bin/env bash
# Issue 14's scale bench in one command: builds, seeds 10,000- and 100,000-case stores (seeded, kept in
# target/bench-scale for later runs), prints every figure beside its floor. GUI figures on a real window under
# Xvfb. Usage: bench/scale.sh [10k|100k|all|N[,N...]] [runs=5]   (default: all). Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -ntp -o -DskipTests package test-compile
mvn -q -ntp -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:97
  sleep 1
fi
java -Xmx2g -cp "$CP" org.refunddesk.bench.ScaleBenchmark target/bench-scale "${1:-all}" "${2:-5}"
