#!/usr/bin/env bash
# Builds sim-bench/target/benchmarks.jar and runs every JMH benchmark of docs/PERFORMANCE.md, then
# prints a summary with medians, spreads and the target ratios. Takes about 25 minutes on 2 cores.
# Arguments go to JMH, e.g.:  bash sim-bench/run.sh AuctionBench -p orders=1000   (one benchmark)
#                             bash sim-bench/run.sh -prof gc                      (bytes per op too)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl sim-bench -am package -DskipTests
exec java -jar sim-bench/target/benchmarks.jar "$@"
