#!/usr/bin/env bash
# Summary quality on the public evaluation data (../shared/bench, never shipped):
#   infra/bench/summary.sh [--bench DIR] [--out DIR] [--sets cnndm,bbc]
# Brief vs LEAD-k, ROUGE-1/2/Lsum F1 (rouge-score 0.1.2 conventions), 95% paired bootstrap.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
"$root/mvnw" -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_bin" -Drepo.root="$root" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.brief.bench.SummaryBench "$@"
