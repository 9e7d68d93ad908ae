#!/usr/bin/env bash
# Side-by-side build benchmark: Broadsheet (mvn broadsheet:build) against Hugo on the same generated corpus.
#
#   bash bench/run.sh                      # 5,000 articles per language, 3 runs each
#   ARTICLES=10000 RUNS=5 bash bench/run.sh
#
# Each run is a whole process from a cold start, alternating Broadsheet and Hugo (A B A B …) so that a
# change in machine load hits both: a clean build, a rebuild with nothing changed, and a rebuild after one
# article was edited, twice for Broadsheet (the first rebuild after a clean build, and a later one that has
# the rendered bodies the first kept; the article is put back afterwards). The clean build and the rebuild
# with nothing changed are also timed with Maven's JVM options from a .mvn/jvm.config, as the README suggests
# for a site project. Prints medians of wall time and peak memory (RSS), the ratio
# Broadsheet/Hugo, the pages each produced, and Broadsheet's own time per stage. Hugo runs only when
# `hugo` is installed (apt-get install hugo). Not part of the test command.
set -euo pipefail

ARTICLES="${ARTICLES:-5000}"
RUNS="${RUNS:-3}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" broadsheet-bench
need_time

echo "# Broadsheet $VERSION, $ARTICLES articles per language, $RUNS runs each, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
echo "# work folder: $WORK"

echo "# installing the plugin into the local repository" >&2
install_plugin

if [ ! -d "$WORK/site" ]; then
  java "$MAKECORPUS" --articles "$ARTICLES" --out "$WORK/site" 2>&1 | tail -1 > "$WORK/expected.txt"
fi
HAVE_HUGO=0
if command -v hugo >/dev/null; then
  HAVE_HUGO=1
  [ -d "$WORK/site-hugo" ] || java "$MAKECORPUS" --articles "$ARTICLES" --out "$WORK/site-hugo" --format hugo >/dev/null
fi
if [ -s "$WORK/expected.txt" ]; then
  echo "# corpus: $(cat "$WORK/expected.txt")"
else
  echo "# corpus: the site folder already in $WORK (made before; its expected page count was not kept)"
fi

# run NAME LOG COMMAND… : runs COMMAND under /usr/bin/time -v, appends "seconds kilobytes" to $WORK/NAME.tsv
run() {
  local name="$1" log="$2"; shift 2
  /usr/bin/time -v -o "$WORK/time.txt" "$@" > "$log" 2>&1 || { echo "$name failed; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$WORK/time.txt")
  echo "$wall $rss $cpu" >> "$WORK/$name.tsv"
}

broadsheet_build() { # name output-folder [folder to run Maven from]
  # from the work folder, so that Maven runs the goal without a project, as the site format says
  cd "${3:-$WORK}"
  run "$1" "$WORK/broadsheet.log" mvn "${MVN_EXTRA[@]}" -B -o dev.broadsheet:broadsheet-maven-plugin:"$VERSION":build \
      -Dbroadsheet.siteDirectory="$WORK/site" -Dbroadsheet.outputDirectory="$2"
}
# The same goal run from a folder whose .mvn/jvm.config gives Maven's own JVM the options the README suggests
# for a site project: Maven is the same, only its JVM starts with the quick compiler and the serial collector.
TUNED="$WORK/maven-tuned"
mkdir -p "$TUNED/.mvn"
echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" > "$TUNED/.mvn/jvm.config"
hugo_build() { # name output-folder
  run "$1" "$WORK/hugo.log" hugo --quiet --source "$WORK/site-hugo" --destination "$2"
}
# Every clean run writes into a new folder, and the outputs are deleted only after the last run. Deleting
# some 30,000 files and folders just before a timed run makes the next file and folder creations on ext4
# several times dearer in the kernel (it steps over the recently freed inodes): whichever tool ran right
# after an `rm -rf` paid for it, up to 4 s of system time here.
# The article each run edits, in both corpora (same relative path), and how to put it back.
EDITED="$(cd "$WORK/site" && find content -mindepth 3 -name '*.md' | LC_ALL=C sort | awk 'NR == 1')"
rm -f "$WORK/edited-hugo.md.orig"
cp "$WORK/site/$EDITED" "$WORK/edited.md.orig"
[ -f "$WORK/site-hugo/$EDITED" ] && cp "$WORK/site-hugo/$EDITED" "$WORK/edited-hugo.md.orig"
restore_edit() {
  cp "$WORK/edited.md.orig" "$WORK/site/$EDITED"
  [ -f "$WORK/edited-hugo.md.orig" ] && cp "$WORK/edited-hugo.md.orig" "$WORK/site-hugo/$EDITED"
  return 0
}
trap restore_edit EXIT
edit_article() { # run number: a paragraph added at the end, different in every run
  for f in "$WORK/site/$EDITED" "$WORK/site-hugo/$EDITED"; do
    [ -f "$f" ] && printf '\n第 %s 次运行追加的一段话，用来测试只改一篇文章后的构建。\n' "$1" >> "$f"
  done
  return 0
}
if [ -e "$WORK/runs" ]; then
  # outputs an interrupted run left: ext4 passes over inodes freed in the last minutes, which would slow
  # whichever tool ran first, so wait that out after deleting them
  echo "# deleting the outputs an earlier run left in $WORK/runs, then waiting five minutes" >&2
  rm -rf "$WORK/runs"
  sleep 300
fi
rm -rf "$WORK/out" "$WORK/out-hugo" "$WORK/.out.broadsheet-cache"
rm -f "$WORK"/*.tsv "$WORK"/stages.txt
for i in $(seq 1 "$RUNS"); do
  runs="$WORK/runs/$i"
  mkdir -p "$runs"
  # a cold, clean build: no output and no build cache
  broadsheet_build broadsheet "$runs/out"
  grep -E "Stages:" "$WORK/broadsheet.log" | sed 's/^\[INFO\] //' >> "$WORK/stages.txt"
  [ "$HAVE_HUGO" = 1 ] && hugo_build hugo "$runs/out-hugo"
  # a rebuild with nothing changed, over the output just made
  broadsheet_build broadsheet-unchanged "$runs/out"
  [ "$HAVE_HUGO" = 1 ] && hugo_build hugo-unchanged "$runs/out-hugo"
  # both again with Maven's JVM options from .mvn/jvm.config
  broadsheet_build broadsheet-tuned "$runs/out-tuned" "$TUNED"
  broadsheet_build broadsheet-tuned-unchanged "$runs/out-tuned" "$TUNED"
  # a rebuild after one article was edited, over the same output (Hugo has no build cache: a full build);
  # then the same article edited again: a later rebuild, which has the bodies the first one kept
  edit_article "$i"
  broadsheet_build broadsheet-edited "$runs/out"
  [ "$HAVE_HUGO" = 1 ] && hugo_build hugo-edited "$runs/out-hugo"
  edit_article "$i, again"
  broadsheet_build broadsheet-edited-again "$runs/out"
  restore_edit
done

row() { # name label
  local wall rss cpu
  wall=$(cut -d' ' -f1 "$WORK/$1.tsv" | median)
  rss=$(cut -d' ' -f2 "$WORK/$1.tsv" | median)
  cpu=$(cut -d' ' -f3 "$WORK/$1.tsv" | median)
  printf '| %s | %.2f | %.0f | %.2f | %s |\n' "$2" "$wall" "$(echo "$rss/1024" | bc -l)" "$cpu" \
    "$(cut -d' ' -f1 "$WORK/$1.tsv" | tr '\n' ' ')"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
b_pages=$(find "$WORK/runs/1/out" -name '*.html' | wc -l)
printf '\nBroadsheet HTML pages: %d\n' "$b_pages"
[ "$HAVE_HUGO" = 1 ] && printf 'Hugo HTML pages: %d\n' "$(find "$WORK/runs/1/out-hugo" -name '*.html' | wc -l)"
printf '\n| run | median wall (s) | median peak RSS (MB) | median CPU, user+system (s) | runs, wall (s) |\n|---|---|---|---|---|\n'
row broadsheet "broadsheet, clean"
[ "$HAVE_HUGO" = 1 ] && row hugo "hugo, clean"
row broadsheet-unchanged "broadsheet, nothing changed"
[ "$HAVE_HUGO" = 1 ] && row hugo-unchanged "hugo, nothing changed"
row broadsheet-tuned "broadsheet, clean, Maven with .mvn/jvm.config"
row broadsheet-tuned-unchanged "broadsheet, nothing changed, Maven with .mvn/jvm.config"
row broadsheet-edited "broadsheet, one article edited (first rebuild)"
row broadsheet-edited-again "broadsheet, edited again (later rebuild)"
[ "$HAVE_HUGO" = 1 ] && row hugo-edited "hugo, one article edited"
if [ "$HAVE_HUGO" = 1 ]; then
  ratio() { echo "$(cut -d' ' -f"$3" "$WORK/$1.tsv" | median) / $(cut -d' ' -f"$3" "$WORK/$2.tsv" | median)" | bc -l; }
  printf '\nratios broadsheet/hugo: clean wall %.3f, clean peak RSS %.3f, nothing-changed wall %.3f, one-article-edited wall %.3f (first rebuild) %.3f (later)\n' \
    "$(ratio broadsheet hugo 1)" "$(ratio broadsheet hugo 2)" "$(ratio broadsheet-unchanged hugo-unchanged 1)" \
    "$(ratio broadsheet-edited hugo-edited 1)" "$(ratio broadsheet-edited-again hugo-edited 1)"
  printf 'with Maven options from .mvn/jvm.config: clean wall %.3f, nothing-changed wall %.3f\n' \
    "$(ratio broadsheet-tuned hugo 1)" "$(ratio broadsheet-tuned-unchanged hugo-unchanged 1)"
fi
printf 'edited article: %s\n' "$EDITED"
printf '\nBroadsheet stages per clean run:\n'
cat "$WORK/stages.txt"

rm -rf "$WORK/runs"
