#!/usr/bin/env bash
# Builds the jar (tests skipped) and runs the encryption benchmark.
# Usage: bench/privacy/run.sh [OPEN_CASES] [BACKUP_CASES] [ROUNDS]   (defaults: 10000 100000 5; 0 skips one)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -ntp package -DskipTests
java -Xmx${BENCH_XMX:-1g} -cp "target/refunddesk.jar:target/lib/*" bench/privacy/PrivacyBench.java "$@"
