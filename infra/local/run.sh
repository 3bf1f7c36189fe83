#!/usr/bin/env bash
# Brief on this machine, no AWS account and no Docker:
#   infra/local/run.sh [--once] [--json] [--input DIR] [--port N]
# Builds Brief and fetches the S3/DynamoDB emulators on first use, starts them, runs the real
# function.zip as the ingest and query functions, uploads seeds/ (or DIR) and prints each result.
# Without --once it then serves the query API on http://127.0.0.1:8787 until Ctrl-C.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn=("$root/mvnw" -q -B)

"$root/infra/function-zip.sh"
if [ ! -f infra/emulators/target/s3proxy/s3proxy.jar ] || [ ! -d infra/emulators/target/ric ]; then
  echo "brief: fetching the S3 and DynamoDB emulators..." >&2
  "${mvn[@]}" -f infra/emulators/pom.xml package
fi
exec "$root/infra/java-main.sh" dev.brief.local.LocalRun "$@"
