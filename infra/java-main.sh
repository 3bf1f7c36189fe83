#!/usr/bin/env bash
# Runs a main class from Brief's test class path (benchmarks, the local run) with repo.root set:
#   infra/java-main.sh CLASS [ARGS...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp="$("$root/infra/test-classpath.sh")"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Drepo.root="$root" -cp "$cp" "$@"
