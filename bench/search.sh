#!/usr/bin/env bash
# Search benchmark: Broadsheet's search index against Pagefind on the same generated corpus.
#
#   bash bench/search.sh                           # 300 articles per language, 60 queries of each kind
#   ARTICLES=1000 PER_KIND=100 WORK=/tmp/sbench bash bench/search.sh --details /tmp/sbench/details.json
#
# Builds the corpus with Broadsheet through the plugin (as run.sh does), copies the output, removes Broadsheet's
# search-index/ from the copy and indexes it with Pagefind 1.6.0: only each article's and page's <article> (it
# gets data-pagefind-body; its tags' <footer>, which Pagefind skips, becomes a <div>), less its table of contents,
# byline, date line and translation links, so that Pagefind reads kicker, title, subtitle, body and tags, the text
# the oracle reads (Broadsheet's own index also holds the date, section and authors, as docs/search.md says).
# Then it runs the same queries in headless Chromium against both (bench/search/run.mjs): recall@10 on a substring
# oracle (Chinese 2-4-character strings, English words, mixed Chinese-Latin strings, each found in 2-40
# articles), known-item success@10 (a phrase of a headline), zero-result rate, bytes and requests per cold query
# (a fresh browser context each, gzip as a static host sends it, counted by the server), index build time and
# size. Prints a Markdown table; --details FILE writes every query's results; --sample N reads only about N
# articles for the oracle (for 100,000 articles per language: then only bytes, requests and zero results
# speak for the whole site). Node's packages (pagefind,
# puppeteer-core) are installed at run time into $NODE_DIR (default $WORK/node). Without npm, Pagefind or
# Chromium (CHROMIUM=, default `command -v chromium`) that side is skipped and the table says so. Maven options
# go in MVN_OPTS_EXTRA (see common.sh). Not part of the test command.
set -euo pipefail

ARTICLES="${ARTICLES:-300}"
PER_KIND="${PER_KIND:-60}"
PAGEFIND_VERSION=1.6.0
PUPPETEER_VERSION=25.16.0
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" broadsheet-search-bench
NODE_DIR="${NODE_DIR:-$WORK/node}"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
ms() { date +%s%3N; }

echo "# Broadsheet $VERSION ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "no git")), search benchmark, $ARTICLES articles per language, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores" >&2
echo "# work folder: $WORK" >&2
echo "# installing the plugin into the local repository" >&2
install_plugin

[ -d "$WORK/site" ] || java "$MAKECORPUS" --articles "$ARTICLES" --out "$WORK/site" 2>&1 | tail -1 >&2

# broadsheet_build SITE OUT LOG: the plugin's build goal, run from the work folder without a project as run.sh does
broadsheet_build() {
  rm -rf "$2" "$(dirname "$2")/.$(basename "$2").broadsheet-cache"
  (cd "$WORK" && mvn "${MVN_EXTRA[@]}" -B -o dev.broadsheet:broadsheet-maven-plugin:"$VERSION":build \
      -Dbroadsheet.siteDirectory="$1" -Dbroadsheet.outputDirectory="$2" > "$3" 2>&1) \
    || { echo "Broadsheet build failed; see $3" >&2; tail -20 "$3" >&2; return 1; }
}
built_ms() { sed -n 's/.*Built .* in \([0-9]*\) ms.*/\1/p' "$1" | tail -1; }
echo "# building the site with Broadsheet" >&2
broadsheet_build "$WORK/site" "$WORK/out" "$WORK/broadsheet.log"
grep -E "Stages:|Built " "$WORK/broadsheet.log" | sed 's/^\[INFO\] /# /' >&2

# Broadsheet's index build time: its own stage when the build log names one, else the difference between a build
# with search and one of a copy of the site with `search: false` (one build each, so only roughly)
BS_INDEX="n/a (no search-index/ in the output)"
if [ -d "$WORK/out/search-index" ]; then
  stage=$(grep -E "Stages:" "$WORK/broadsheet.log" | grep -oE "(search|index)[a-z -]* [0-9]+ ms" | grep -oE "[0-9]+ ms" | head -1 || true)
  if [ -n "$stage" ]; then
    BS_INDEX="$(echo "$stage" | awk '{printf "%.2f s (its build stage)", $1/1000}')"
  else
    rm -rf "$WORK/site-nosearch"; cp -r "$WORK/site" "$WORK/site-nosearch"
    printf '\nsearch: false\n' >> "$WORK/site-nosearch/site.yaml"
    if broadsheet_build "$WORK/site-nosearch" "$WORK/out-nosearch" "$WORK/broadsheet-nosearch.log" 2>/dev/null \
        && [ ! -d "$WORK/out-nosearch/search-index" ]; then
      BS_INDEX="$(awk -v a="$(built_ms "$WORK/broadsheet.log")" -v b="$(built_ms "$WORK/broadsheet-nosearch.log")" \
        'BEGIN {printf "≈ %.2f s (build %.2f s with search − %.2f s without)", (a-b)/1000, a/1000, b/1000}')"
    fi
    rm -rf "$WORK/out-nosearch" "$WORK/site-nosearch"
  fi
fi

# Node's packages, into a folder of the work dir, never into the project
HAVE_NODE=0
if command -v node >/dev/null && command -v npm >/dev/null; then
  HAVE_NODE=1
  have() { [ "$(node -p "try{require('$NODE_DIR/node_modules/$1/package.json').version}catch(e){''}")" = "$2" ]; }
  if ! have pagefind "$PAGEFIND_VERSION" || ! have puppeteer-core "$PUPPETEER_VERSION"; then
    echo "# installing pagefind@$PAGEFIND_VERSION and puppeteer-core@$PUPPETEER_VERSION into $NODE_DIR" >&2
    mkdir -p "$NODE_DIR"
    [ -f "$NODE_DIR/package.json" ] || echo '{"private":true}' > "$NODE_DIR/package.json"
    (cd "$NODE_DIR" && npm install --no-audit --no-fund --loglevel=error \
        "pagefind@$PAGEFIND_VERSION" "puppeteer-core@$PUPPETEER_VERSION" >&2) || echo "# npm install failed" >&2
  fi
else
  echo "# node or npm missing: no queries run, no Pagefind" >&2
fi

PF_BIN="$(ls "$NODE_DIR"/node_modules/@pagefind/*/bin/pagefind_extended 2>/dev/null | head -1 || true)"
PF_INDEX="n/a (Pagefind not installed)"
rm -rf "$WORK/out-pagefind"
if [ -n "$PF_BIN" ]; then
  echo "# indexing a copy of the output with Pagefind" >&2
  cp -r "$WORK/out" "$WORK/out-pagefind"
  rm -rf "$WORK/out-pagefind/search-index"
  # Only the <article> of articles and standalone pages (class "article", not the lists' "article-item"), as
  # Broadsheet indexes them; their tags are in a <footer>, which Pagefind skips, so that becomes a <div>
  grep -rlZ --include='*.html' '<article class="article[" ]' "$WORK/out-pagefind" | xargs -0 perl -0pi -e '
    s/<article class="article(["\s])/<article data-pagefind-body class="article$1/;
    s{<footer class="document-footer">(.*?)</footer>}{<div class="document-footer">$1</div>}s'
  # wall and CPU time (user + system; the machine may be shared, and Pagefind uses every core)
  TIMER=(); command -v /usr/bin/time >/dev/null && TIMER=(/usr/bin/time -f "%U %S" -o "$WORK/pagefind.time")
  rm -f "$WORK/pagefind.time"
  t0=$(ms)
  "${TIMER[@]}" "$PF_BIN" --site "$WORK/out-pagefind" --exclude-selectors 'nav.toc, section.translations, .byline, .meta' \
    > "$WORK/pagefind.log" 2>&1 || { echo "Pagefind failed; see $WORK/pagefind.log" >&2; tail -20 "$WORK/pagefind.log" >&2; exit 1; }
  t1=$(ms)
  cpu="$([ -s "$WORK/pagefind.time" ] && awk '{printf ", %.2f s CPU", $1 + $2}' "$WORK/pagefind.time" || true)"
  PF_INDEX="$(awk -v t=$((t1 - t0)) -v c="$cpu" 'BEGIN {printf "%.2f s%s (the whole pagefind run)", t/1000, c}')"
  grep -E "Indexed [0-9]+ pages|Discovered" "$WORK/pagefind.log" | sed 's/^ */# pagefind: /' >&2
fi

printf '{"broadsheet":{"indexTime":"%s"},"pagefind":{"indexTime":"%s"}}\n' "$BS_INDEX" "$PF_INDEX" > "$WORK/build-info.json"
if [ "$HAVE_NODE" = 1 ]; then
  echo "# running the queries" >&2
  args=(--node-modules "$NODE_DIR/node_modules" --broadsheet "$WORK/out" --per-kind "$PER_KIND" --build-info "$WORK/build-info.json")
  [ -n "$PF_BIN" ] && args+=(--pagefind "$WORK/out-pagefind")
  [ -n "$CHROMIUM" ] && args+=(--chromium "$CHROMIUM")
  node "$ROOT/bench/search/run.mjs" "${args[@]}" "$@"
else
  printf '| metric | Broadsheet | Pagefind |\n|---|---|---|\n| index build time | %s | %s |\n\nNote: no queries run (node or npm missing)\n' "$BS_INDEX" "$PF_INDEX"
fi
