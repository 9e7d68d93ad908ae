// Search benchmark runner (bench/search.sh starts it): builds a query set with a substring oracle from the
// built article pages, serves Broadsheet's output and the Pagefind copy over HTTP with gzip, runs every query
// cold in headless Chromium against both, and prints a Markdown table.
//
//   node bench/search/run.mjs --node-modules DIR [--broadsheet OUT] [--pagefind OUT_COPY] [--chromium PATH]
//        [--per-kind 60] [--seed 20251203] [--build-info FILE.json] [--details FILE.json] [--dry-run 1]
//        [--sample N]
//
// --broadsheet: Broadsheet's output (with search-index/ and search/); the oracle is read from its article pages,
// or from the Pagefind copy's when only that is given. --pagefind: a copy of the same output indexed by
// Pagefind. --node-modules: where puppeteer-core is installed. Either side is skipped when missing.
// --sample N: the oracle reads about N article pages drawn at random, not all of them, so that a site of
// 100,000 articles per language can be measured; recall and known-item figures are then against that sample
// only (an article outside it is neither relevant nor counted), and only bytes, requests and the zero-result rate
// say something of the whole site.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, extname, resolve, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------- arguments
const args = {};
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (!a.startsWith('--')) fail(`unexpected argument ${a}`);
  args[a.slice(2)] = process.argv[++i];
}
function fail(msg) { console.error(`run.mjs: ${msg}`); process.exit(2); }
const PER_KIND = Number(args['per-kind'] ?? 60);
const SAMPLE = args.sample === undefined ? 0 : Number(args.sample);
const SEED = Number(args.seed ?? 20251203);
const CHROMIUM = args.chromium ?? '/usr/bin/chromium';
const BS_DIR = args.broadsheet && resolve(args.broadsheet);
const PF_DIR = args.pagefind && resolve(args.pagefind);
const buildInfo = args['build-info'] && existsSync(args['build-info']) ? JSON.parse(readFileSync(args['build-info'], 'utf8')) : {};
const log = (...m) => console.error('#', ...m);
const notes = [];

// ---------------------------------------------------------------- files
function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else if (e.isFile()) out.push(p);
  }
  return out;
}
function dirStats(files) {
  let bytes = 0;
  for (const f of files) bytes += statSync(f).size;
  return { bytes, files: files.length };
}

// ---------------------------------------------------------------- oracle: the articles' text
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (ENTITIES[e.toLowerCase()] ?? m));
}
// inline tags vanish, every other tag parts the text (so that strings never run across paragraphs or cells)
function htmlText(h) {
  return decode(h.replace(/<\/?(?:a|strong|em|b|i|code|span|sup|sub|mark|time|abbr|q|s|u|small)\b[^>]*>/gi, '')
    .replace(/<[^>]+>/g, '\n')).replace(/[ \t\r]*\n[\s]*/g, '\n').trim();
}
const norm = s => s.normalize('NFKC').toLowerCase();
const pick = (h, re) => { const m = h.match(re); return m ? htmlText(m[1]) : ''; };
function toUrl(root, file) {
  const rel = file.slice(root.length).split(sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
// the article pages of a built site: url, language, title, and the text the oracle searches: kicker, title,
// subtitle, body and tags (not the byline, date line, table of contents or translation links)
function readArticles(root) {
  const docs = [];
  let files = walk(root).filter(f => f.endsWith('.html')).sort();
  if (SAMPLE > 0) { // three candidates an article wanted: most pages of a news site are articles
    const rand = rng(SEED ^ 0x5A17);
    files = sample(files, SAMPLE * 3, rand);
  }
  for (const f of files) {
    if (SAMPLE > 0 && docs.length >= SAMPLE) break;
    if (f.startsWith(join(root, 'pagefind') + sep)) continue;
    const h = readFileSync(f, 'utf8');
    if (!/<body[^>]*class="[^"]*\bpage-article\b/.test(h)) continue;
    const lang = (h.match(/<html[^>]*\slang="([^"]+)"/) || [])[1] || '';
    const title = pick(h, /<h1[^>]*>([\s\S]*?)<\/h1>/);
    const kicker = pick(h, /<p class="kicker"[^>]*>([\s\S]*?)<\/p>/);
    const subtitle = pick(h, /<p class="subtitle"[^>]*>([\s\S]*?)<\/p>/);
    const b0 = h.indexOf('<div class="body">'), b1 = h.indexOf('<footer class="document-footer">', b0);
    const body = b0 < 0 ? '' : htmlText(h.slice(b0 + 18, b1 < 0 ? undefined : b1));
    const tagList = (h.match(/<section class="tags"[\s\S]*?<\/section>/) || [''])[0];
    const tags = [...tagList.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(m => htmlText(m[1]));
    docs.push({ url: toUrl(root, f), lang, title, text: norm([kicker, title, subtitle, body, ...tags].join('\n')) });
  }
  docs.sort((a, b) => a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  return docs;
}

// ---------------------------------------------------------------- oracle: queries
function rng(seed) { // mulberry32
  let a = seed >>> 0;
  return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const HAN = /\p{Script=Han}+/gu;
const MIN_DF = 2, MAX_DF = 40;
function sample(pool, n, rand) { // n distinct items of a pool, in the order drawn
  const a = [...pool].sort(), out = [];
  while (out.length < n && a.length) out.push(a.splice(Math.floor(rand() * a.length), 1)[0]);
  return out;
}
// Strings are drawn at random places of random articles (so a string is drawn as often as it occurs), and kept
// when MIN_DF..MAX_DF articles hold it and it was not drawn before; draw(occurrences per article, relevant-of)
function draw(kind, lang, occ, relevantOf, rand) {
  const out = [], seen = new Set(), docsWith = occ.filter(o => o.length);
  for (let tries = 0; out.length < PER_KIND && tries < 200000 && docsWith.length; tries++) {
    const o = docsWith[Math.floor(rand() * docsWith.length)];
    const q = o[Math.floor(rand() * o.length)];
    if (seen.has(q)) continue;
    seen.add(q);
    const rel = relevantOf(q);
    if (rel.length >= MIN_DF && rel.length <= MAX_DF) out.push({ kind, lang, q, relevant: rel });
  }
  return out;
}
// Chinese: 2-4 Han characters (length drawn uniformly) at a random place of a Han run; relevant = the articles
// whose text holds the string
function zhQueries(docs, rand) {
  const df = new Map(), runs = docs.map(d => (d.text.match(HAN) || []).map(r => [...r]).filter(r => r.length >= 2));
  for (const rs of runs) {
    const seen = new Set();
    for (const cps of rs) for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= cps.length; i++) seen.add(cps.slice(i, i + n).join(''));
    for (const s of seen) df.set(s, (df.get(s) || 0) + 1);
  }
  // one entry per Han character that can start a string of the drawn length: weight by the text's length
  const occ = runs.map(rs => {
    const o = [];
    for (const cps of rs) for (let i = 0; i < cps.length - 1; i++) {
      const n = 2 + Math.floor(rand() * 3);
      if (i + n <= cps.length) o.push(cps.slice(i, i + n).join(''));
    }
    return o;
  });
  return draw('zh', 'zh', occ, q => (df.get(q) >= MIN_DF && df.get(q) <= MAX_DF) ? docs.filter(d => d.text.includes(q)).map(d => d.url) : [], rand);
}
// English: words (letters only, 3+) at random places; relevant = the articles holding the word, whole and in
// any case
function enQueries(docs, rand) {
  const words = new Map(), occ = [];
  for (const d of docs) {
    const ws = d.text.match(/[\p{L}\p{N}]+/gu) || [];
    words.set(d.url, new Set(ws));
    occ.push(ws.filter(w => /^[a-z]{3,}$/.test(w)));
  }
  return draw('en', 'en', occ, q => docs.filter(d => words.get(d.url).has(q)).map(d => d.url), rand);
}
// mixed: a Latin token or number and the 1-3 Han characters before or after it (2025年, ai社工, 道完成1725);
// relevant = the articles that hold the string with the Latin part whole (2025年 does not count 12025年)
function mixedQueries(docs, rand) {
  const occ = docs.map(d => {
    const o = [];
    for (const m of d.text.matchAll(/[a-z0-9]+/g)) {
      const end = m.index + m[0].length;
      const a = [...d.text.slice(end, end + 3)], b = [...d.text.slice(Math.max(0, m.index - 3), m.index)];
      for (let k = 1; k <= 3 && k <= a.length && /\p{Script=Han}/u.test(a[k - 1]); k++) o.push(m[0] + a.slice(0, k).join(''));
      for (let k = 1; k <= 3 && k <= b.length && /\p{Script=Han}/u.test(b[b.length - k]); k++) o.push(b.slice(-k).join('') + m[0]);
    }
    return o;
  });
  const rel = q => {
    const esc = q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = /^[a-z0-9]/.test(q) ? new RegExp(`(?<![a-z0-9])${esc}`, 'u') : new RegExp(`${esc}(?![a-z0-9])`, 'u');
    return docs.filter(d => re.test(d.text)).map(d => d.url);
  };
  return draw('mixed', 'zh', occ, rel, rand);
}
// known item: a phrase of a headline (zh: 4-6 Han characters at the start or the end of one of its runs; en: 2-3
// consecutive words), drawn from those that at most 3 headlines hold (headlines that share all their phrases with
// more are skipped); success = that article in the first 10
function knownItems(docs, lang, rand) {
  const titles = docs.map(d => norm(d.title));
  const phrases = t => {
    const out = [];
    if (lang === 'zh') {
      for (const run of t.match(HAN) || []) {
        const cps = [...run];
        // anchored at the start or the end of the run, so that at least one end is a word's
        for (let n = 4; n <= 6 && n <= cps.length; n++) out.push(cps.slice(0, n).join(''), cps.slice(-n).join(''));
      }
    } else {
      const w = t.match(/[\p{L}\p{N}]+/gu) || [];
      for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
    }
    return [...new Set(out)];
  };
  const holds = (t, p) => lang === 'zh' ? t.includes(p) : ` ${(t.match(/[\p{L}\p{N}]+/gu) || []).join(' ')} `.includes(` ${p} `);
  const order = sample(docs.map((_, i) => String(i).padStart(6, '0')), docs.length, rand).map(Number);
  const out = [];
  for (const i of order) {
    if (out.length >= PER_KIND) break;
    const ps = phrases(titles[i]);
    if (!ps.length) continue;
    const scored = ps.map(p => [p, titles.filter(t => holds(t, p)).length]).filter(s => s[1] <= 3);
    if (!scored.length) continue;
    const [q, n] = scored[Math.floor(rand() * scored.length)];
    out.push({ kind: `known-${lang}`, lang, q, target: docs[i].url, title: docs[i].title, titlesHolding: n });
  }
  return out;
}

// ---------------------------------------------------------------- HTTP: static files, gzip, counted
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.css': 'text/css; charset=utf-8', '.xml': 'application/xml', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png', '.jpg': 'image/jpeg', '.gz': 'application/gzip' };
const GZIP = new Set(['.html', '.js', '.mjs', '.json', '.css', '.xml', '.svg', '.txt']); // what static hosts compress
const NOT_SEARCH = /\.(css|png|jpe?g|gif|webp|avif|svg|ico|woff2?|ttf|otf)$/i;
let requests = []; // of the current query
function serve(root, extra = {}) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let body, type, gz = false, status = 200;
    if (extra[path]) { body = Buffer.from(extra[path]); type = TYPES['.html']; gz = true; }
    else {
      let f = join(root, path);
      if (!f.startsWith(root)) f = null;
      else if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
      if (f && existsSync(f)) { body = readFileSync(f); type = TYPES[extname(f)] || 'application/octet-stream'; gz = GZIP.has(extname(f)); }
      else { status = 404; body = Buffer.from('not found'); type = 'text/plain'; }
    }
    if (gz && req.headers['accept-encoding']?.includes('gzip')) {
      const key = root + path;
      if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 6 }));
      body = cache.get(key);
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', body.length);
    res.setHeader('Cache-Control', 'max-age=3600');
    res.statusCode = status;
    const dest = req.headers['sec-fetch-dest'] || '';
    // search bytes: everything the page fetches but its HTML document, style sheets, images and fonts
    requests.push({ path, status, bytes: body.length, dest, search: dest !== 'document' && dest !== 'style' && dest !== 'image' && dest !== 'font' && !NOT_SEARCH.test(path) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise(ok => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${server.address().port}` })));
}

// ---------------------------------------------------------------- engines
const normUrl = (href, base) => {
  try { let p = decodeURIComponent(new URL(href, base).pathname); if (p.endsWith('/index.html')) p = p.slice(0, -10); return p; } catch { return href; }
};
function pagefindPage(lang) {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind</title></head><body><script type="module">
const q = new URLSearchParams(location.search).get('q');
try {
  const pf = await import('/pagefind/pagefind.js');
  const r = await pf.search(q);
  const hits = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
  window.__bench = { total: r.results.length, urls: hits.map(h => h.url) };
} catch (e) { window.__bench = { error: String(e && e.stack || e) }; }
document.body.dataset.state = 'done';
</script></body></html>`;
}
async function runQuery(browser, engine, query) {
  const ctx = await browser.createBrowserContext(); // cold: its own cache, cookies and storage
  const page = await ctx.newPage();
  requests = [];
  const t0 = performance.now();
  let r = { urls: [], total: 0 };
  try {
    if (engine.name === 'broadsheet') {
      await page.goto(`${engine.base}${engine.searchPath[query.lang]}?q=${encodeURIComponent(query.q)}`);
      await page.waitForSelector('#search-results[data-state="done"]', { timeout: 20000 });
      r.ms = performance.now() - t0;
      const got = await page.evaluate(() => ({
        own: [...document.querySelectorAll('#search-results > li')].map(li => li.querySelector('a')?.getAttribute('href')).filter(Boolean),
        other: document.querySelectorAll('#search-results-other li').length,
      }));
      r.urls = got.own.slice(0, 10).map(h => normUrl(h, engine.base)); r.total = got.own.length; r.other = got.other;
    } else {
      await page.goto(`${engine.base}/__bench/${query.lang}.html?q=${encodeURIComponent(query.q)}`);
      await page.waitForSelector('body[data-state="done"]', { timeout: 20000 });
      r.ms = performance.now() - t0;
      const got = await page.evaluate(() => window.__bench);
      if (got.error) throw new Error(got.error);
      r.urls = got.urls.map(h => normUrl(h, engine.base)); r.total = got.total;
    }
    await page.waitForNetworkIdle({ idleTime: 150, timeout: 5000 }).catch(() => {});
  } catch (e) {
    r.error = String(e.message || e).split('\n')[0];
  }
  await ctx.close();
  const reqs = requests; requests = [];
  r.bytes = reqs.filter(x => x.search).reduce((s, x) => s + x.bytes, 0);
  r.requests = reqs.filter(x => x.search).length;
  r.pageBytes = reqs.reduce((s, x) => s + x.bytes, 0);
  r.notFound = reqs.filter(x => x.status === 404).map(x => x.path);
  r.fetched = reqs.map(x => `${x.search ? '+' : '-'}${x.path} ${x.bytes}`);
  return r;
}

// ---------------------------------------------------------------- metrics
const median = a => { const s = [...a].sort((x, y) => x - y); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN; };
const mean = a => a.length ? a.reduce((s, x) => s + x, 0) / a.length : NaN;
function recall(q, r) { const rel = new Set(q.relevant); return r.urls.filter(u => rel.has(u)).length / Math.min(10, rel.size); }
const f3 = x => Number.isFinite(x) ? x.toFixed(3) : 'n/a';
const kb = x => Number.isFinite(x) ? `${(x / 1024).toFixed(1)} KB` : 'n/a';

// ---------------------------------------------------------------- main
const oracleRoot = BS_DIR && existsSync(BS_DIR) ? BS_DIR : PF_DIR;
if (!oracleRoot || !existsSync(oracleRoot)) fail('neither --broadsheet nor --pagefind names a built site');
const docs = readArticles(oracleRoot);
const langOf = d => d.url.startsWith('/en/') ? 'en' : 'zh';
const zhDocs = docs.filter(d => langOf(d) === 'zh'), enDocs = docs.filter(d => langOf(d) === 'en');
const htmlLang = { zh: zhDocs[0]?.lang || 'zh-CN', en: enDocs[0]?.lang || 'en' };
log(`oracle: ${zhDocs.length} zh and ${enDocs.length} en articles from ${oracleRoot}`);
if (SAMPLE > 0) notes.push(`--sample ${SAMPLE}: the oracle read ${docs.length} articles drawn at random, so recall and known-item figures are against that sample, not the site; bytes, requests and zero results are the site's`);
const rand = rng(SEED);
const queries = [...zhQueries(zhDocs, rand), ...enQueries(enDocs, rand), ...mixedQueries(zhDocs, rand), ...knownItems(zhDocs, 'zh', rand), ...knownItems(enDocs, 'en', rand)];
const KINDS = ['zh', 'en', 'mixed', 'known-zh', 'known-en'];
const count = k => queries.filter(q => q.kind === k).length;
log(`queries: ${KINDS.map(k => `${k} ${count(k)}`).join(', ')}`);
if (args['dry-run'] !== undefined) { // the query set only, no browser
  for (const q of queries) console.log(`${q.kind}\t${q.q}\t${q.relevant ? q.relevant.length : q.target}`);
  process.exit(0);
}

const engines = [];
if (BS_DIR && existsSync(join(BS_DIR, 'search', 'index.html')) && existsSync(join(BS_DIR, 'search-index'))) {
  engines.push({ name: 'broadsheet', label: 'Broadsheet', root: BS_DIR, searchPath: { zh: '/search/', en: '/en/search/' } });
} else if (BS_DIR) notes.push(`Broadsheet skipped: ${BS_DIR} has no search/index.html or search-index/ (no search page in this build yet)`);
if (PF_DIR && existsSync(join(PF_DIR, 'pagefind', 'pagefind.js'))) {
  engines.push({ name: 'pagefind', label: 'Pagefind', root: PF_DIR, extra: { '/__bench/zh.html': pagefindPage(htmlLang.zh), '/__bench/en.html': pagefindPage(htmlLang.en) } });
} else notes.push(`Pagefind skipped: ${PF_DIR ? `${PF_DIR}/pagefind/pagefind.js is missing` : 'no --pagefind copy (pagefind not installed?)'}`);

let puppeteer = null;
if (!args['node-modules']) notes.push('no --node-modules: puppeteer-core not available, no queries run');
else {
  try {
    const req = createRequire(join(resolve(args['node-modules']), 'noop.js'));
    puppeteer = (await import(pathToFileURL(req.resolve('puppeteer-core')).href)).default;
  } catch (e) { notes.push(`puppeteer-core not found under ${args['node-modules']}: ${e.message}`); }
}
if (!existsSync(CHROMIUM)) { notes.push(`Chromium not found at ${CHROMIUM}: no queries run`); puppeteer = null; }

const results = {}; // engine -> array aligned with queries
if (puppeteer && engines.length) {
  for (const e of engines) { const s = await serve(e.root, e.extra); e.server = s.server; e.base = s.base; results[e.name] = []; }
  const profile = mkdtempSync(join(tmpdir(), 'search-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: true, userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1280,900'],
  });
  try {
    // one warm-up query per engine and language, not counted: the first page load of a browser is slower
    // (and a side whose warm-up fails is skipped rather than timing out on every query)
    const live = [];
    for (const e of engines) {
      const w = [];
      for (const lang of ['zh', 'en']) w.push(await runQuery(browser, e, { lang, q: lang === 'zh' ? '河西' : 'district' }));
      const bad = w.find(r => r.error || !r.urls.length);
      if (bad) { notes.push(`${e.label} skipped: its warm-up queries (河西, district) failed or found nothing: ${bad.error || 'no results'}`); delete results[e.name]; }
      else live.push(e);
    }
    for (let i = 0; i < queries.length && live.length; i++) {
      // alternate which engine goes first, so that a change in machine load hits both
      const order = i % 2 ? [...live].reverse() : live;
      for (const e of order) results[e.name][i] = await runQuery(browser, e, queries[i]);
      if ((i + 1) % 50 === 0) log(`${i + 1}/${queries.length} queries`);
    }
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    for (const e of engines) e.server.close();
  }
}

// ---------------------------------------------------------------- table
const cols = [{ name: 'broadsheet', label: 'Broadsheet' }, { name: 'pagefind', label: 'Pagefind' }];
const rows = [];
const per = (name, kind) => queries.map((q, i) => [q, results[name]?.[i]]).filter(([q, r]) => r && q.kind === kind);
const cell = (name, fn) => results[name] ? fn(name) : 'n/a';
const errors = name => queries.filter((q, i) => results[name]?.[i]?.error).length;
for (const [kind, label] of [['zh', 'recall@10, Chinese'], ['en', 'recall@10, English'], ['mixed', 'recall@10, mixed Chinese–Latin']]) {
  rows.push([`${label} (${count(kind)} queries)`, ...cols.map(c => cell(c.name, n => f3(mean(per(n, kind).map(([q, r]) => recall(q, r))))))]);
}
for (const [kind, label] of [['known-zh', 'known-item success@10, Chinese'], ['known-en', 'known-item success@10, English']]) {
  rows.push([`${label} (${count(kind)} queries)`, ...cols.map(c => cell(c.name, n => f3(mean(per(n, kind).map(([q, r]) => r.urls.includes(q.target) ? 1 : 0)))))]);
}
const all = name => (results[name] || []).filter(Boolean);
rows.push([`zero-result rate (all ${queries.length} queries)`, ...cols.map(c => cell(c.name, n => f3(mean(all(n).map(r => r.total === 0 ? 1 : 0)))))]);
rows.push(['bytes per cold query, median (search files: response bodies as sent, gzip)', ...cols.map(c => cell(c.name, n => kb(median(all(n).map(r => r.bytes)))))]);
rows.push(['bytes per cold query, p90', ...cols.map(c => cell(c.name, n => kb(pct(all(n).map(r => r.bytes), 0.9))))]);
rows.push(['requests per cold query, median (p90)', ...cols.map(c => cell(c.name, n => `${median(all(n).map(r => r.requests))} (${pct(all(n).map(r => r.requests), 0.9)})`))]);
rows.push(['bytes per cold query with page HTML and CSS, median', ...cols.map(c => cell(c.name, n => kb(median(all(n).map(r => r.pageBytes)))))]);
rows.push(['time to results per cold query, median (p90), ms', ...cols.map(c => cell(c.name, n => `${median(all(n).map(r => r.ms ?? NaN)).toFixed(0)} (${pct(all(n).map(r => r.ms ?? NaN), 0.9).toFixed(0)})`))]);
rows.push(['index build time', buildInfo.broadsheet?.indexTime ?? 'n/a', buildInfo.pagefind?.indexTime ?? 'n/a']);
const sizes = {};
if (BS_DIR && existsSync(join(BS_DIR, 'search-index'))) {
  sizes.broadsheet = { index: dirStats(walk(join(BS_DIR, 'search-index'))), script: dirStats(walk(BS_DIR).filter(f => /search[^/]*\.js$/.test(f) && f.includes(`${sep}assets${sep}`))) };
}
if (PF_DIR && existsSync(join(PF_DIR, 'pagefind'))) {
  const pf = walk(join(PF_DIR, 'pagefind'));
  sizes.pagefind = {
    index: dirStats(pf.filter(f => /[\\/](index|fragment)[\\/]|\.pf_meta$|pagefind-entry\.json$/.test(f))),
    script: dirStats(pf.filter(f => /[\\/](pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/.test(f))),
    bundle: dirStats(pf),
  };
}
const sz = s => s ? `${(s.bytes / 1024).toFixed(s.bytes < 10240 ? 1 : 0)} KB, ${s.files} file${s.files === 1 ? '' : 's'}` : 'n/a';
rows.push(['index size on disk (data files)', sz(sizes.broadsheet?.index), sz(sizes.pagefind?.index)]);
rows.push(['search runtime on disk (script, wasm)', sz(sizes.broadsheet?.script), sz(sizes.pagefind?.script)]);
for (const c of cols) if (results[c.name] && errors(c.name)) notes.push(`${c.label}: ${errors(c.name)} queries failed (counted as no results; see --details)`);

console.log(`| metric | Broadsheet | Pagefind |\n|---|---|---|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log('');
console.log(`Corpus: ${zhDocs.length} zh + ${enDocs.length} en articles; queries per kind: ${KINDS.map(k => `${k} ${count(k)}`).join(', ')} (seed ${SEED}).`);
if (sizes.pagefind) console.log(`Pagefind's whole bundle (with its UI files): ${sz(sizes.pagefind.bundle)}.`);
for (const n of notes) console.log(`Note: ${n}`);

if (args.details) {
  writeFileSync(args.details, JSON.stringify({ seed: SEED, perKind: PER_KIND, buildInfo, sizes, notes,
    queries: queries.map((q, i) => ({ ...q, results: Object.fromEntries(Object.keys(results).map(n => [n, results[n][i]])) })) }, null, 1));
  log(`details written to ${args.details}`);
}
