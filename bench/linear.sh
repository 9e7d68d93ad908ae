#!/usr/bin/env bash
# Linear growth: clean `mvn broadsheet:build` runs of a corpus of N and of 2N articles per language,
# alternated (N, 2N, N, 2N …) so that the machine's load falls on both, and the ratio of their medians.
#
#   bash bench/linear.sh                   # 5,000 and 10,000 articles per language, 3 runs each
#   ARTICLES=2000 RUNS=5 WORK=/tmp/lin bash bench/linear.sh
#
# The corpora are kept in $WORK/site-N between runs (made by MakeCorpus.java when missing); the outputs go
# to $WORK/runs and are deleted at the end. Not part of the test command.
set -euo pipefail

ARTICLES="${ARTICLES:-5000}"
DOUBLE=$((ARTICLES * 2))
RUNS="${RUNS:-3}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" broadsheet-linear
need_time

echo "# Broadsheet $VERSION, $ARTICLES and $DOUBLE articles per language, $RUNS runs each," \
    "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
install_plugin
for n in "$ARTICLES" "$DOUBLE"; do
  [ -d "$WORK/site-$n" ] || java "$MAKECORPUS" --articles "$n" --out "$WORK/site-$n" >/dev/null
done
if [ -e "$WORK/runs" ]; then
  echo "# deleting the outputs an earlier run left, then waiting five minutes (see bench/run.sh)" >&2
  rm -rf "$WORK/runs"
  sleep 300
fi
rm -f "$WORK"/wall-*.txt
cd "$WORK"
for i in $(seq 1 "$RUNS"); do
  for n in "$ARTICLES" "$DOUBLE"; do
    out="$WORK/runs/$i/out-$n"
    mkdir -p "$(dirname "$out")"
    /usr/bin/time -f "%e" -o "$WORK/time.txt" mvn "${MVN_EXTRA[@]}" -B -o dev.broadsheet:broadsheet-maven-plugin:"$VERSION":build \
        -Dbroadsheet.siteDirectory="$WORK/site-$n" -Dbroadsheet.outputDirectory="$out" > "$WORK/build.log" 2>&1 \
        || { echo "build of $n articles failed; see $WORK/build.log" >&2; exit 1; }
    cat "$WORK/time.txt" >> "$WORK/wall-$n.txt"
    echo "run $i, $n articles: $(cat "$WORK/time.txt") s"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
small=$(median < "$WORK/wall-$ARTICLES.txt")
large=$(median < "$WORK/wall-$DOUBLE.txt")
printf 'median clean wall: %s s for %s articles, %s s for %s; ratio %.2f (target at most 2.2)\n' \
    "$small" "$ARTICLES" "$large" "$DOUBLE" "$(echo "$large / $small" | bc -l)"
rm -f "$WORK"/wall-*.txt
rm -rf "$WORK/runs"
