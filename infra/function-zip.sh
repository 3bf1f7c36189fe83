#!/usr/bin/env bash
# Builds target/function.zip (and brief-cli.jar) when it is missing or older than the sources.
# Used by the local run and the bench commands.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ ! -f target/function.zip ] || [ -n "$(find src pom.xml -newer target/function.zip -print -quit)" ]; then
  echo "brief: building function.zip (the first build takes a few minutes)..." >&2
  "$root/mvnw" -q -B package -DskipTests
fi
