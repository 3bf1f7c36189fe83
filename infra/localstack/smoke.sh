#!/usr/bin/env bash
# Uploads the seeds to Brief on LocalStack and queries the API until every article is DONE.
# Needs the stack from docker-compose.yml running and the aws CLI on PATH.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
aws_local() { aws --endpoint-url http://127.0.0.1:4566 "$@"; }

api_id=$(aws_local apigatewayv2 get-apis --query "Items[?Name=='brief'].ApiId | [0]" --output text)
base="http://$api_id.execute-api.localhost.localstack.cloud:4566"
for f in "$root"/seeds/*; do
  aws_local s3 cp "$f" "s3://brief-articles/$(basename "$f")" >/dev/null
done
want=$(ls "$root"/seeds | wc -l)
for attempt in $(seq 1 60); do
  done_count=$(curl -fsS "$base/articles?limit=100" | grep -o '"status":"DONE"' | wc -l || true)
  if [ "$done_count" -ge "$want" ]; then
    echo "smoke: $done_count/$want articles DONE"
    curl -fsS "$base/parties/Russia/stances?limit=3"; echo
    exit 0
  fi
  sleep 2
done
echo "smoke: only $done_count/$want articles DONE after 120 s" >&2
exit 1
