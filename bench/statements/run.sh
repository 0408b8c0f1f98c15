#!/usr/bin/env bash
# Payment-statement import benchmark (issue 17): a ~10 MB, 50,000-row bill in each layout, imported end to end.
# Usage: bench/statements/run.sh [ROWS] [DISPUTES] [ROUNDS]   (defaults: 50000 20 5)
# BENCH_CPUS=0 pins the benchmark to one core with taskset (steadier on a shared machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
pin=()
if [[ -n "${BENCH_CPUS:-}" ]] && command -v taskset >/dev/null; then pin=(taskset -c "$BENCH_CPUS"); fi
"${pin[@]}" java -Xmx${BENCH_XMX:-512m} -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
    org.refunddesk.bench.StatementImportBench "$@"
