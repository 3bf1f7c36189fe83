#!/usr/bin/env bash
# Scaling of the whole analysis with document length (10 KB to 5 MB), single thread
#   infra/bench/scaling.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
exec "$root/infra/java-main.sh" dev.brief.bench.ScalingBench "$@"
