#!/usr/bin/env bash
# Side-by-side build benchmark: Broadsheet (mvn broadsheet:build) against Hugo on the same generated corpus.
#
#   bash bench/run.sh                      # 5,000 articles per language, 3 runs each
#   ARTICLES=10000 RUNS=5 bash bench/run.sh
#
# Each run is a whole process from a cold start, alternating Broadsheet and Hugo (A B A B …) so that a
# change in machine load hits both. Prints medians of wall time and peak memory (RSS), the ratio
# Broadsheet/Hugo, the pages each produced, and Broadsheet's own time per stage. Hugo runs only when
# `hugo` is installed (apt-get install hugo). Not part of the test command.
set -euo pipefail

ARTICLES="${ARTICLES:-5000}"
RUNS="${RUNS:-3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MAKECORPUS="${MAKECORPUS:-$ROOT/../shared/bench/MakeCorpus.java}"
WORK="${WORK:-$(mktemp -d /tmp/broadsheet-bench.XXXXXX)}"
export LANG="${LANG:-C.UTF-8}"

[ -f "$MAKECORPUS" ] || { echo "MakeCorpus.java not found at $MAKECORPUS (set MAKECORPUS=…)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)"
echo "# Broadsheet $VERSION, $ARTICLES articles per language, $RUNS runs each, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
echo "# work folder: $WORK"

echo "# installing the plugin into the local repository" >&2
mvn -q -B -f "$ROOT/pom.xml" install -DskipTests -Dinvoker.skip=true -pl core,maven-plugin >&2

if [ ! -d "$WORK/site" ]; then
  java "$MAKECORPUS" --articles "$ARTICLES" --out "$WORK/site" | tail -1 > "$WORK/expected.txt"
fi
HAVE_HUGO=0
if command -v hugo >/dev/null; then
  HAVE_HUGO=1
  [ -d "$WORK/site-hugo" ] || java "$MAKECORPUS" --articles "$ARTICLES" --out "$WORK/site-hugo" --format hugo >/dev/null
fi
echo "# corpus: $(cat "$WORK/expected.txt")"

# run NAME LOG COMMAND… : runs COMMAND under /usr/bin/time -v, appends "seconds kilobytes" to $WORK/NAME.tsv
run() {
  local name="$1" log="$2"; shift 2
  /usr/bin/time -v -o "$WORK/time.txt" "$@" > "$log" 2>&1 || { echo "$name failed; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
  echo "$wall $rss" >> "$WORK/$name.tsv"
}

rm -f "$WORK"/broadsheet.tsv "$WORK"/hugo.tsv "$WORK"/stages.txt
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/out" "$WORK/out-hugo"
  run broadsheet "$WORK/broadsheet.log" mvn -B -o dev.broadsheet:broadsheet-maven-plugin:"$VERSION":build \
      -Dbroadsheet.siteDirectory="$WORK/site" -Dbroadsheet.outputDirectory="$WORK/out"
  grep -E "Stages:" "$WORK/broadsheet.log" | sed 's/^\[INFO\] //' >> "$WORK/stages.txt"
  if [ "$HAVE_HUGO" = 1 ]; then
    run hugo "$WORK/hugo.log" hugo --quiet --source "$WORK/site-hugo" --destination "$WORK/out-hugo"
  fi
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
b_wall=$(cut -d' ' -f1 "$WORK/broadsheet.tsv" | median)
b_rss=$(cut -d' ' -f2 "$WORK/broadsheet.tsv" | median)
b_pages=$(find "$WORK/out" -name '*.html' | wc -l)
printf '\n| tool | median wall (s) | median peak RSS (MB) | HTML pages | runs |\n|---|---|---|---|---|\n'
printf '| broadsheet | %.2f | %.0f | %d | %s |\n' "$b_wall" "$(echo "$b_rss/1024" | bc -l)" "$b_pages" "$(cut -d' ' -f1 "$WORK/broadsheet.tsv" | tr '\n' ' ')"
if [ "$HAVE_HUGO" = 1 ]; then
  h_wall=$(cut -d' ' -f1 "$WORK/hugo.tsv" | median)
  h_rss=$(cut -d' ' -f2 "$WORK/hugo.tsv" | median)
  h_pages=$(find "$WORK/out-hugo" -name '*.html' | wc -l)
  printf '| hugo | %.2f | %.0f | %d | %s |\n' "$h_wall" "$(echo "$h_rss/1024" | bc -l)" "$h_pages" "$(cut -d' ' -f1 "$WORK/hugo.tsv" | tr '\n' ' ')"
  printf '\nratio broadsheet/hugo: wall %.2f, peak RSS %.2f\n' "$(echo "$b_wall/$h_wall" | bc -l)" "$(echo "$b_rss/$h_rss" | bc -l)"
fi
printf '\nBroadsheet stages per run:\n'
cat "$WORK/stages.txt"
