#!/usr/bin/env bash
# What the search index costs a whole build: clean builds of one generated corpus with `search: false` and
# with search, alternating (off, on, off, on …) so that a change in the machine's load hits both.
#
#   bash bench/search-scale.sh                          # 100,000 articles per language, 2 runs each
#   ARTICLES=20000 RUNS=3 WORK=/tmp/sscale bash bench/search-scale.sh
#
# Each build is `mvn broadsheet:build` from the work folder, as run.sh runs it, so the build runs in the
# plugin's own JVM with its default options, the way a site is built. Prints, per build and as medians: wall
# time, CPU time, peak memory (RSS), the time of the search stage, and the two ratios the search targets
# speak of: the build with search against the one without, and the search stage against the rest of its own
# build (the steadier figure on a shared machine, since both halves come from one process). The builds' logs
# stay in $WORK/logs. Not part of the test command.
set -euo pipefail

ARTICLES="${ARTICLES:-100000}"
RUNS="${RUNS:-2}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" broadsheet-search-scale
need_time

echo "# Broadsheet $VERSION, search cost, $ARTICLES articles per language, $RUNS runs each, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
echo "# work folder: $WORK"
echo "# installing the plugin into the local repository" >&2
install_plugin
[ -d "$WORK/site" ] || java "$MAKECORPUS" --articles "$ARTICLES" --out "$WORK/site" 2>&1 | tail -1 >&2

# the switch goes into the corpus's own site.yaml, which is put back as it was afterwards
cp "$WORK/site/site.yaml" "$WORK/site.yaml.orig"
trap 'cp "$WORK/site.yaml.orig" "$WORK/site/site.yaml"' EXIT
set_search() {
  grep -v '^search:' "$WORK/site.yaml.orig" > "$WORK/site/site.yaml"
  printf 'search: %s\n' "$1" >> "$WORK/site/site.yaml"
}

# Outputs go to new folders and are deleted after the last run: deleting a few hundred thousand files right
# before a timed build slows its file creation on ext4 (see run.sh)
if [ -e "$WORK/runs" ]; then
  echo "# deleting the outputs an earlier run left in $WORK/runs, then waiting five minutes" >&2
  rm -rf "$WORK/runs"
  sleep 300
fi
mkdir -p "$WORK/logs" "$WORK/runs"
: > "$WORK/results.tsv"
for i in $(seq 1 "$RUNS"); do
  for search in false true; do
    set_search "$search"
    name="$([ "$search" = true ] && echo on || echo off)-$i"
    log="$WORK/logs/$name.log"
    (cd "$WORK" && /usr/bin/time -v -o "$WORK/time.txt" mvn "${MVN_EXTRA[@]}" -B -o \
        dev.broadsheet:broadsheet-maven-plugin:"$VERSION":build -Dbroadsheet.siteDirectory="$WORK/site" \
        -Dbroadsheet.outputDirectory="$WORK/runs/$name" > "$log" 2>&1) \
      || { echo "$name failed; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
    built=$(sed -n 's/.*Built .* in \([0-9]*\) ms.*/\1/p' "$log" | tail -1)
    stage=$(grep -E "Stages:" "$log" | grep -oE "search [0-9]+ ms" | grep -oE "[0-9]+" || echo 0)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$search" "$wall" "$cpu" "$rss" "$built" "$stage" >> "$WORK/results.tsv"
    echo "# $name: wall ${wall} s, CPU ${cpu} s, peak $((rss / 1024)) MB, build ${built} ms, search stage ${stage} ms; $(grep -E "Stages:" "$log" | sed 's/^\[INFO\] //')" >&2
  done
done
rm -rf "$WORK/runs"

awk -F'\t' '
  function median(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  $2 == "false" { off[++n0] = $3; offCpu[n0] = $4; offRss[n0] = $5 / 1024 }
  $2 == "true"  { on[++n1] = $3; onCpu[n1] = $4; onRss[n1] = $5 / 1024; stage[n1] = $7 / 1000
                  share[n1] = $7 / ($6 - $7); pair[n1] = $3 / off[n1] }
  END {
    printf "| | search: false | search on | ratio |\n|---|---|---|---|\n"
    printf "| wall time, median | %.1f s | %.1f s | %.3f |\n", median(off, n0), median(on, n1), median(on, n1) / median(off, n0)
    printf "| CPU time, median | %.1f s | %.1f s | %.3f |\n", median(offCpu, n0), median(onCpu, n1), median(onCpu, n1) / median(offCpu, n0)
    printf "| peak memory (RSS), median | %.0f MB | %.0f MB | %.3f |\n", median(offRss, n0), median(onRss, n1), median(onRss, n1) / median(offRss, n0)
    printf "| search stage, median | | %.1f s | |\n", median(stage, n1)
    printf "| search stage / rest of the same build, median | | %.3f | |\n", median(share, n1)
    printf "| build with search / the build without it just before, median of %d pairs | | %.3f | |\n", n1, median(pair, n1)
  }' "$WORK/results.tsv"
