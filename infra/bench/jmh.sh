#!/usr/bin/env bash
# JMH benchmarks of the analysis core (single thread, after warm-up):
#   infra/bench/jmh.sh [JMH options, e.g. -prof gc -p corpus=cnndm]
# BENCHMARKS.md uses: dev.brief.bench.AnalyzerBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s [-prof gc]
# (sample mode: median and p99 time per article).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
"$root/mvnw" -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export JAVA_TOOL_OPTIONS="-Drepo.root=$root ${JAVA_TOOL_OPTIONS:-}"
exec "$java_bin" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main "${@:-dev.brief.bench.*}"
