#!/usr/bin/env bash
# Load through the local product path (emulators + real function.zip under the Lambda RIC):
#   infra/bench/load.sh [N]      N uploads of mixed good and bad files, default 1000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
"$root/infra/function-zip.sh"
exec "$root/infra/java-main.sh" dev.brief.bench.LoadRun "$@"
