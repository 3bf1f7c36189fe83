#!/usr/bin/env bash
# Cold start as Lambda does it: the real function.zip under the Lambda RIC, C1 only, local emulators
#   infra/bench/coldstart.sh [RUNS] [--no-warmup] [--prime-at-init]   fresh JVMs per function, default 5
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
"$root/infra/function-zip.sh"
exec "$root/infra/java-main.sh" dev.brief.bench.ColdStart "$@"
