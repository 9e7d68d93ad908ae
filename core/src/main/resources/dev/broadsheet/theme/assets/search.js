/*
 * Broadsheet's built-in theme: the search page. It implements the analysis and the queries of docs/search.md
 * (the same analysis as dev.broadsheet.search, checked against the same test vectors) over the static index the
 * build writes under search-index/<lang>/, fetching only meta.json, the shards of the query's terms and the
 * blocks of the results it shows. Its configuration and UI strings come from the page (data-search); it
 * builds every element with DOM calls, so no text from the index is ever read as HTML.
 */
(function () {
  "use strict";
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var WORD = /[\p{L}\p{Nd}\p{M}]/u;
  var PAGE = 10;
  /* the other languages' hits shown: their best few, since each costs a block to fetch */
  var OTHER = 5;

  function normalize(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  /* 1 for a CJK code point, 2 for a word one, 0 for a separator */
  function kind(ch) {
    return CJK.test(ch) ? 1 : WORD.test(ch) ? 2 : 0;
  }

  /* Harman's S-stemmer, for words of a-z only of at least 4 letters */
  function stem(word) {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
    if (/[^ae]ies$/.test(word)) return word.slice(0, -3) + "y";
    if (/[^aeo]es$/.test(word)) return word.slice(0, -1);
    if (/[^us]s$/.test(word)) return word.slice(0, -1);
    return word;
  }

  function wordTerm(chars) {
    return stem(chars.slice(0, 32).join(""));
  }

  /* The runs of a text, each {cjk, slot (of its first code point), chars (code points)} */
  function runs(text) {
    var out = [], slot = 0, gap = false, run = null;
    function flush() {
      if (!run) return;
      out.push(run);
      if (!run.cjk) slot++;
      run = null;
    }
    for (var ch of normalize(text)) {
      var k = kind(ch);
      if (!k) {
        flush();
        if (out.length) gap = true;
        continue;
      }
      if (run && run.cjk !== (k === 1)) flush();
      if (!run) {
        if (gap) slot++;
        gap = false;
        run = { cjk: k === 1, slot: slot, chars: [] };
      }
      run.chars.push(ch);
      if (k === 1) slot++;
    }
    flush();
    return out;
  }

  function analyze(text) {
    var tokens = [];
    runs(text).forEach(function (run) {
      if (!run.cjk) {
        tokens.push({ term: wordTerm(run.chars), slot: run.slot });
        return;
      }
      run.chars.forEach(function (ch, i) {
        tokens.push({ term: ch, slot: run.slot + i });
        if (i < run.chars.length - 1) tokens.push({ term: ch + run.chars[i + 1], slot: run.slot + i });
      });
    });
    return tokens;
  }

  /* The query's terms, each {term, slot, one (the unigram of a one-code-point run)}, in slot order */
  function terms(text) {
    var out = [], seen = new Set();
    function add(term, slot, one) {
      if (seen.has(term)) return;
      seen.add(term);
      out.push({ term: term, slot: slot, one: one });
    }
    runs(text).forEach(function (run) {
      var c = run.chars;
      if (!run.cjk) add(wordTerm(c), run.slot, false);
      else if (c.length === 1) add(c[0], run.slot, true);
      else for (var i = 0; i < c.length - 1; i++) add(c[i] + c[i + 1], run.slot + i, false);
    });
    return out;
  }

  window.broadsheetSearch = {
    analyze: analyze,
    queryTerms: function (text) {
      return terms(text).map(function (t) {
        return { term: t.term, slot: t.slot };
      });
    }
  };

  /* Fetching: every file once per page; gzip is undone here unless a host already did */

  var files = new Map();

  function load(url) {
    if (!files.has(url)) {
      files.set(url, fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ": HTTP " + response.status);
        return response.arrayBuffer();
      }).then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
        return new Response(stream).arrayBuffer().then(function (b) {
          return new Uint8Array(b);
        });
      }).then(function (bytes) {
        return JSON.parse(new TextDecoder().decode(bytes));
      }));
      files.get(url).catch(function () {
        files.delete(url);
      });
    }
    return files.get(url);
  }

  function shard(term, count) {
    var hash = 0x811c9dc5;
    new TextEncoder().encode(term).forEach(function (b) {
      hash = Math.imul(hash ^ b, 16777619);
    });
    return (hash >>> 0) % count;
  }

  /* A term's postings as {docs: Map id -> [score, first slot], truncated, low (the lowest score)} */
  function postings(index, meta, term) {
    return load(index + "s/" + shard(term, meta.shards) + ".json.gz").then(function (map) {
      var list = Object.prototype.hasOwnProperty.call(map, term) ? map[term] : [0, [], [], []];
      var docs = new Map(), id = 0, low = Infinity;
      list[1].forEach(function (delta, i) {
        id = i ? id + delta : delta;
        docs.set(id, [list[2][i], list[3][i]]);
        low = Math.min(low, list[2][i]);
      });
      return { docs: docs, truncated: list[0] > list[1].length, low: low };
    });
  }

  /* Ranks the documents of one index for the query's terms: {hits: [{id, score}], partial, meta} */
  function rank(index, query) {
    return load(index + "meta.json").then(function (meta) {
      return Promise.all(query.map(function (t) {
        return postings(index, meta, t.term);
      })).then(function (lists) {
        var required = lists.filter(function (l, i) {
          return !query[i].one;
        });
        if (!required.length) required = lists;
        var complete = required.filter(function (l) {
          return !l.truncated;
        });
        var candidates = [], partial = false;
        if (complete.length) {
          complete.sort(function (a, b) {
            return a.docs.size - b.docs.size;
          });
          complete[0].docs.forEach(function (v, id) {
            if (complete.every(function (l) { return l.docs.has(id); })) candidates.push(id);
          });
        } else {
          candidates = union(required);
        }
        if (!candidates.length) {
          var counts = new Map(), most = 0;
          required.forEach(function (l) {
            l.docs.forEach(function (v, id) {
              var n = (counts.get(id) || 0) + 1;
              counts.set(id, n);
              most = Math.max(most, n);
            });
          });
          counts.forEach(function (n, id) {
            if (n === most) candidates.push(id);
          });
          partial = candidates.length > 0;
        }
        var hits = candidates.map(function (id) {
          return { id: id, score: score(id, query, lists) };
        });
        hits.sort(function (a, b) {
          return b.score - a.score || a.id - b.id;
        });
        return { hits: hits, partial: partial, meta: meta };
      });
    });
  }

  function union(lists) {
    var ids = new Set();
    lists.forEach(function (l) {
      l.docs.forEach(function (v, id) {
        ids.add(id);
      });
    });
    return Array.from(ids);
  }

  /* The terms' scores (half the lowest for a document a truncated list leaves out), with the adjacency bonus */
  function score(id, query, lists) {
    var sum = 0, adjacent = 0;
    lists.forEach(function (l, i) {
      var posting = l.docs.get(id);
      sum += posting ? posting[0] : l.truncated ? l.low / 2 : 0;
      if (i === 0) return;
      var before = lists[i - 1].docs.get(id);
      if (posting && before && (((posting[1] - before[1]) % 256) + 256) % 256 === (query[i].slot - query[i - 1].slot) % 256) {
        adjacent++;
      }
    });
    var pairs = lists.length - 1;
    return pairs ? sum * (1 + 0.5 * adjacent / pairs) : sum;
  }

  function records(index, meta, hits) {
    return Promise.all(hits.map(function (hit) {
      return load(index + "d/" + Math.floor(hit.id / meta.block) + ".json.gz").then(function (block) {
        return block[hit.id % meta.block];
      });
    }));
  }

  /* Highlighting: the original text with the code points that make up a query term in <mark> */

  function highlight(parent, text, wanted) {
    var chars = Array.from(text), marked = new Array(chars.length).fill(false);
    var kinds = chars.map(function (ch) {
      return kind(normalize(ch));
    });
    for (var i = 0; i < chars.length;) {
      var j = i + 1;
      if (!kinds[i]) {
        i = j;
        continue;
      }
      while (j < chars.length && kinds[j] === kinds[i]) j++;
      if (kinds[i] === 2) {
        if (wanted.has(wordTerm(Array.from(normalize(chars.slice(i, j).join("")))))) marked.fill(true, i, j);
      } else {
        for (var k = i; k < j; k++) {
          var c = normalize(chars[k]);
          if (wanted.has(c)) marked[k] = true;
          if (k + 1 < j && wanted.has(c + normalize(chars[k + 1]))) marked.fill(true, k, k + 2);
        }
      }
      i = j;
    }
    /* words marked on both sides of a space read as one mark: "Hexi District" */
    for (var m = 1; m < chars.length - 1; m++) {
      if (!marked[m] && marked[m - 1] && /\s/.test(chars[m]) && marked[m + 1]) marked[m] = true;
    }
    for (var start = 0; start < chars.length;) {
      var end = start + 1;
      while (end < chars.length && marked[end] === marked[start]) end++;
      var piece = chars.slice(start, end).join("");
      if (marked[start]) {
        var mark = document.createElement("mark");
        mark.textContent = piece;
        parent.append(mark);
      } else {
        parent.append(piece);
      }
      start = end;
    }
  }

  /* The page */

  var root = document.querySelector("[data-search]");
  if (!root) return;
  var config = JSON.parse(root.getAttribute("data-search"));
  var strings = config.strings;
  var list = document.getElementById("search-results");
  var otherList = document.getElementById("search-results-other");
  var other = root.querySelector(".search-other");
  var status = root.querySelector(".search-status");
  var more = root.querySelector(".search-more");
  var inputs = document.querySelectorAll("form[role=search] input[name=q]");
  var current = 0, shown = null;

  function say(key, value) {
    return strings[key].replace("{0}", value);
  }

  function element(name, className, parent) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (parent) parent.append(e);
    return e;
  }

  function item(record, language, wanted, level) {
    var li = element("li", "search-result");
    if (language.lang !== config.lang) li.lang = language.locale;
    var heading = element("h" + level, "search-result-title", li);
    var link = element("a", "", heading);
    link.href = record.u;
    highlight(link, record.t, wanted);
    if (record.s || record.d) {
      var meta = element("p", "meta", li);
      if (record.s) element("span", "search-result-section", meta).textContent = record.s;
      if (record.s && record.d) {
        var dot = element("span", "", meta);
        dot.setAttribute("aria-hidden", "true");
        dot.textContent = " · ";
      }
      if (record.d) {
        var time = element("time", "", meta);
        time.dateTime = record.d;
        var parts = record.d.split("-").map(Number);
        time.textContent = new Intl.DateTimeFormat(language.locale, { dateStyle: "long", timeZone: "UTC" })
          .format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
      }
    }
    if (record.x) highlight(element("p", "search-result-excerpt", li), record.x, wanted);
    var translation = record.a && record.a[config.lang];
    if (language.lang !== config.lang && translation) {
      var p = element("p", "search-result-translation", li);
      p.lang = config.locale;
      var a = element("a", "", p);
      a.href = translation;
      a.hreflang = config.locale;
      a.textContent = strings.translation;
    }
    return li;
  }

  function show(hits, wanted) {
    var start = list.children.length, next = hits.slice(start, start + PAGE), run = current;
    return records(config.index, shown.meta, next).then(function (found) {
      if (run !== current) return;
      found.forEach(function (record) {
        if (record) list.append(item(record, config, wanted, 2));
      });
      more.hidden = list.children.length >= hits.length;
      return start;
    });
  }

  function search(text) {
    var run = ++current, query = terms(text);
    var wanted = new Set(query.map(function (t) {
      return t.term;
    }));
    list.setAttribute("data-state", "searching");
    list.replaceChildren();
    otherList.replaceChildren();
    other.hidden = true;
    more.hidden = true;
    if (!query.length) {
      status.textContent = "";
      list.setAttribute("data-state", "done");
      return Promise.resolve();
    }
    status.textContent = strings.searching;
    var hasCjk = query.some(function (t) {
      return CJK.test(t.term);
    });
    var hasWord = query.some(function (t) {
      return !CJK.test(t.term);
    });
    var others = config.others.filter(function (l) {
      return l.cjk ? hasCjk : hasWord;
    });
    var mine = rank(config.index, query);
    var theirs = Promise.all(others.map(function (language) {
      return rank(language.index, query).then(function (result) {
        return records(language.index, result.meta, result.hits.slice(0, OTHER)).then(function (found) {
          return { language: language, records: found, count: result.hits.length };
        });
      });
    }));
    return Promise.all([mine, theirs]).then(function (results) {
      if (run !== current) return;
      shown = results[0];
      shown.wanted = wanted;
      return show(shown.hits, wanted).then(function () {
        if (run !== current) return;
        var otherCount = 0;
        results[1].forEach(function (r) {
          otherCount += r.count;
          r.records.forEach(function (record) {
            if (record) otherList.append(item(record, r.language, wanted, 3));
          });
        });
        other.hidden = !otherList.children.length;
        var count = shown.hits.length;
        var message = count === 0 ? say("none", text) : count === 1 ? strings.one : say("many", count);
        if (shown.partial) message += strings.separator + strings.partial;
        if (otherCount) message += strings.separator + say("other", otherCount);
        status.textContent = message;
        list.setAttribute("data-state", "done");
      });
    }).catch(function () {
      if (run !== current) return;
      status.textContent = strings.error;
      list.setAttribute("data-state", "done");
    });
  }

  /* the boxes show the query, and the language switcher takes it to the other languages' search pages */
  function fill(text) {
    inputs.forEach(function (input) {
      input.value = text;
    });
    document.querySelectorAll(".language-switcher a[href]").forEach(function (a) {
      var url = new URL(a.href);
      url.search = text ? "?q=" + encodeURIComponent(text) : "";
      a.href = url.href;
    });
  }

  function fromAddress() {
    var text = new URLSearchParams(location.search).get("q") || "";
    fill(text);
    search(text);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[role=search]")) return;
    var input = form.querySelector("input[name=q]");
    if (!input || new URL(form.action, location.href).pathname !== location.pathname) return;
    event.preventDefault();
    var text = input.value.trim();
    fill(text);
    history.pushState(null, "", "?q=" + encodeURIComponent(text));
    search(text);
  });

  more.addEventListener("click", function () {
    show(shown.hits, shown.wanted).then(function (start) {
      var first = list.children[start];
      if (first) first.querySelector("a").focus();
    });
  });

  window.addEventListener("popstate", fromAddress);
  fromAddress();
})();
