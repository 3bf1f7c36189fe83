#!/usr/bin/env bash
# Prints the class path of Brief's test code (target/test-classes, target/classes and the test-scope
# dependencies), compiling first when needed. Used by the local run and the bench commands.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out=target/test-classpath.txt
if [ ! -f "$out" ] || [ pom.xml -nt "$out" ] || [ -n "$(find src -newer "$out" -print -quit)" ]; then
  "$root/mvnw" -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$out" >&2
fi
echo "$root/target/test-classes:$root/target/classes:$(cat "$out")"
