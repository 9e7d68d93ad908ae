#!/usr/bin/env bash
# Dev server benchmark: on a corpus of ARTICLES articles per language (default 5000), times the first build of
# the dev server against a plain build, and the delay from saving an edited article to the reload event
# arriving at a listening page (median of EDITS edits, default 20). Not part of the test command.
set -euo pipefail
ARTICLES="${ARTICLES:-5000}"
EDITS="${EDITS:-20}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" broadsheet-serve-bench
mvn "${MVN_EXTRA[@]}" -q -B -f "$ROOT/pom.xml" -pl core package -DskipTests >&2
mvn "${MVN_EXTRA[@]}" -q -B -f "$ROOT/core/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >&2
[ -d "$WORK/site" ] || java "$MAKECORPUS" --articles "$ARTICLES" --out "$WORK/site" >&2
echo "# serve benchmark, $ARTICLES articles per language, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
CP="$ROOT/core/target/classes:$(cat "$WORK/cp.txt")"
# the JVM options the plugin gives the dev server (serve's broadsheet.jvmArgs), for both, so that they compare
JVM="${JVM:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m}"
# alternate a cold plain build and a cold server start, each in a fresh JVM; the last server run also edits
for i in 1 2 3; do
  java $JVM -cp "$CP" "$ROOT/bench/ServeBench.java" "$WORK/site" 0 build
  if [ "$i" = 3 ]; then
    java $JVM -cp "$CP" "$ROOT/bench/ServeBench.java" "$WORK/site" "$EDITS"
  else
    java $JVM -cp "$CP" "$ROOT/bench/ServeBench.java" "$WORK/site" 0
  fi
done
