#!/usr/bin/env bash
# Builds the jar (tests skipped) and runs the XLSX export benchmark in a small heap.
# Usage: bench/xlsx/run.sh [CASES] [ROUNDS]   (defaults: 100000 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -ntp package -DskipTests
java -Xmx${BENCH_XMX:-256m} -cp "target/refunddesk.jar:target/lib/*" bench/xlsx/XlsxExportBench.java "$@"
