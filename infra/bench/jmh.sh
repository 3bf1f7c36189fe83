#!/usr/bin/env bash
# JMH benchmarks of the analysis core (single thread, after warm-up):
#   infra/bench/jmh.sh [JMH options]
# BENCHMARKS.md uses: dev.brief.bench.AnalyzerBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s [-prof gc]
# (sample mode: median and p99 time per article).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cp="$("$root/infra/test-classpath.sh")"
export JAVA_TOOL_OPTIONS="-Drepo.root=$root ${JAVA_TOOL_OPTIONS:-}"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$cp" org.openjdk.jmh.Main "${@:-dev.brief.bench.*}"
