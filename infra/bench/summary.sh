#!/usr/bin/env bash
# Summary quality on the public evaluation data (../shared/bench, never shipped):
#   infra/bench/summary.sh [--bench DIR] [--out DIR] [--sets cnndm,bbc]
# Brief vs LEAD-k, ROUGE-1/2/Lsum F1 (rouge-score 0.1.2 conventions), 95% paired bootstrap.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec "$root/infra/java-main.sh" dev.brief.bench.SummaryBench "$@"
