// Interview Claims static site. Runs from file:// and any static host. The claim browser's
// manifest comes from the <script type="application/json" id="data"> block; the rest of the
// data from the site's own script files (data/*.js, each calling ICdata), loaded when a view
// needs them. Every text goes in via textContent, never as markup.
"use strict";

(function () {
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  // Copy a text; where the clipboard API is unavailable (an old browser, some file://
  // pages), select it so that Ctrl+C copies it.
  function copy(button, source) {
    function selected() {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      button.textContent = "Selected: press Ctrl+C";
    }
    if (!navigator.clipboard) { selected(); return; }
    navigator.clipboard.writeText(source.textContent).then(function () {
      button.textContent = "Copied";
    }, selected);
  }

  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (b) {
    b.addEventListener("click", function () {
      var source = document.getElementById(b.getAttribute("data-copy"));
      if (source) copy(b, source);
    });
  });

  var dataNode = document.getElementById("data");
  if (!dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var timings = (window.ICtimings = []);
  var n = data.n;
  var dataBase = data.base + "data/";

  // --- loading the data files -----------------------------------------------------------
  var loaded = {};
  var waiting = {};
  window.ICdata = function (name, payload) { loaded[name] = payload; };
  function need(name) {
    if (loaded[name] !== undefined) return Promise.resolve(loaded[name]);
    if (waiting[name]) return waiting[name];
    waiting[name] = new Promise(function (resolve) {
      var script = document.createElement("script");
      script.src = dataBase + name + ".js";
      function done() {
        script.remove(); // the data stays; the element is not needed any more
        delete waiting[name];
        if (loaded[name] === undefined) loaded[name] = null; // no such file: nothing there
        resolve(loaded[name]);
      }
      script.onload = done;
      script.onerror = done;
      document.head.appendChild(script);
    });
    return waiting[name];
  }

  function hex(text) {
    return Array.from(new TextEncoder().encode(text), function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }
  // Claim positions as the build writes them (site_data.postings): a bitmap of every claim,
  // six to a character, after "~"; else the gaps between positions in base 36, joined by ".".
  // Each position found is set to 1 in ``target`` (read in place: no list, no substrings).
  var BASE64 = new Int8Array(128);
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("")
    .forEach(function (ch, i) { BASE64[ch.charCodeAt(0)] = i; });
  function mark(text, target) {
    if (!text) return;
    var k, length = text.length;
    if (text.charCodeAt(0) === 126) {
      for (k = 1; k < length; k++) {
        var bits = BASE64[text.charCodeAt(k)];
        if (!bits) continue;
        var base = (k - 1) * 6;
        for (var b = 0; b < 6; b++) if (bits & (1 << b)) target[base + b] = 1;
      }
      return;
    }
    var last = 0, gap = 0;
    for (k = 0; k <= length; k++) {
      var code = k < length ? text.charCodeAt(k) : 46;
      if (code === 46) { last += gap; target[last] = 1; gap = 0; }
      else gap = gap * 36 + (code < 58 ? code - 48 : code - 87);
    }
  }

  // --- per-claim columns of the manifest ------------------------------------------------
  var docOf = new Uint32Array(n);
  data.docs.forEach(function (d, i) { docOf.fill(i, d.first, d.first + d.claims); });
  var docIndex = {};
  data.docs.forEach(function (d, i) { docIndex[d.source_id] = i; });
  function speakerOf(i) {
    var local = data.speaker.charCodeAt(i) - 48;
    return data.docs[docOf[i]].speakers[local];
  }
  var speakerIndex = {};
  data.speakers.forEach(function (s, i) { speakerIndex[s] = i; });
  var entityIndex = {};
  data.entities.forEach(function (e, i) { entityIndex[e] = i; });

  var fields = ["doc", "speaker", "role", "type", "hedged", "entity", "from", "to", "q"];
  if (data.conf !== null) fields.push("conf");
  var hasGold = !!data.gold; // releases from 2.1.0 publish the corpus's gold claims
  if (hasGold) fields.push("gold");
  var inputs = {};
  fields.forEach(function (f) { inputs[f] = document.getElementById(f); });
  // A filter's value as the URL writes it: the gold box is "1" when ticked.
  function valueOf(f) {
    return inputs[f].type === "checkbox" ? (inputs[f].checked ? "1" : "") : inputs[f].value;
  }
  function setValue(f, value) {
    if (inputs[f].type === "checkbox") inputs[f].checked = value === "1";
    else inputs[f].value = value;
  }

  function addOptions(select, items) {
    var fragment = document.createDocumentFragment();
    items.forEach(function (item) {
      var option = el("option", item[1]);
      option.value = item[0];
      fragment.appendChild(option);
    });
    select.appendChild(fragment);
  }
  addOptions(inputs.doc, data.docs.map(function (d) {
    return [d.source_id, d.title + (d.interviewee ? " (" + d.interviewee + ")" : "")];
  }));
  addOptions(inputs.speaker, data.speakers.filter(Boolean).slice().sort().map(function (s) {
    return [s, s];
  }));
  addOptions(inputs.entity, data.entities.map(function (e) { return [e, e]; }));

  // --- the state lives in the URL hash, so that a view can be shared, even from file:// --
  var allowed = {
    doc: function (v) { return v in docIndex; },
    speaker: function (v) { return v in speakerIndex && v !== ""; },
    role: function (v) { return data.roles.indexOf(v) !== -1; },
    type: function (v) { return data.types.indexOf(v) !== -1; },
    hedged: function (v) { return v === "yes" || v === "no"; },
    entity: function (v) { return v in entityIndex; },
    from: function (v) { return /^\d{1,4}$/.test(v); },
    to: function (v) { return /^\d{1,4}$/.test(v); },
    conf: function (v) { return /^[1-9]$/.test(v); },
    q: function () { return true; },
    p: function (v) { return /^[1-9]\d{0,6}$/.test(v); },
    claim: function (v) { return /^c_[0-9a-f]{16}$/.test(v); },
    gold: function (v) { return v === "1"; },
  };
  var expected = {
    doc: "an interview of this release", speaker: "a speaker of this release",
    role: "one of " + data.roles.join(", "), type: "one of " + data.types.join(", "),
    hedged: "yes or no", entity: "an entity named in this release", from: "a year",
    to: "a year", conf: "a digit 1 to 9 (at least 0.1 to 0.9)", p: "a page number",
    claim: "a claim id such as c_0123456789abcdef", gold: "1 (compare with the gold claims)",
  };
  var keys = fields.concat(["p", "claim"]);

  function readState() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var state = { problems: [] };
    keys.forEach(function (f) { state[f] = ""; });
    params.forEach(function (value, key) {
      if (key === "gold" && !hasGold) {
        state.problems.push(key + "=" + value + ": release " + data.version + " has no gold " +
          "claims (releases publish them from 2.1.0, for their interviews in the annotated corpus)");
      } else if (keys.indexOf(key) === -1) {
        state.problems.push(key + "=" + value + ": this page has no filter called " + key);
      } else if (!allowed[key](value)) {
        state.problems.push(key + "=" + value + ": not a value of this filter (it takes " +
          expected[key] + ")");
      } else {
        state[key] = value;
      }
    });
    return state;
  }

  function hashFor(state) {
    var params = new URLSearchParams();
    keys.forEach(function (f) { if (state[f]) params.set(f, state[f]); });
    return "#" + params.toString();
  }

  // --- search: words in the claim (word index), the interview's title and people, the speaker
  function words(text) { return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || []; }
  function startsAny(list, word) {
    for (var k = 0; k < list.length; k++) if (list[k].lastIndexOf(word, 0) === 0) return true;
    return false;
  }
  // The words of each interview's title and people and of each speaker's name, split once
  // (on the first search), not again for every word typed.
  var docWords = null, speakerWords = null;
  function nameWords() {
    if (docWords) return;
    docWords = data.docs.map(function (d) {
      return words([d.title, d.interviewee, d.interviewer, d.publisher].map(function (v) {
        return v || "";
      }).join(" "));
    });
    speakerWords = data.speakers.map(function (s) { return words(s || ""); });
  }

  // Every word typed must begin a word of the claim, of its interview's title or people, or
  // of its speaker's name. Claims that hold every word in their own text are listed first.
  var shardSet = {}, splitSet = {};
  data.shards.forEach(function (key) { shardSet[key] = 1; });
  (data.split || []).forEach(function (key) { splitSet[key] = 1; });
  // The word index's files that hold the words beginning with ``w``. A shard is named by the
  // hex of its words' first letters (two, or more where a large shard was split by the next
  // letter: its words of just those letters stay in it). So: the deepest shard along w's
  // letters; if it was split before w's end, no word goes on as w does; if it is w itself,
  // it and every shard under it. (UTF-8 is prefix-free: letters' hex prefixes are bytes'.)
  function shardsFor(w) {
    var chars = Array.from(w);
    if (chars.length === 1) { var one = hex(w); return one in shardSet ? [one] : []; }
    for (var depth = chars.length; depth >= 2; depth--) {
      var key = hex(chars.slice(0, depth).join(""));
      if (!(key in shardSet) && !(key in splitSet)) continue;
      if (depth < chars.length) return key in splitSet ? [] : [key];
      return data.shards.filter(function (k) { return k.lastIndexOf(key, 0) === 0; });
    }
    return [];
  }

  // Every word typed must begin a word of the claim, of its interview's title or people, or
  // of its speaker's name. Claims that hold every word in their own text are listed first.
  function searchMask(q) {
    var query = words(q);
    if (!query.length) return Promise.resolve(null);
    return Promise.all(query.map(function (w) {
      return Promise.all(shardsFor(w).map(function (key) { return need("w-" + key); }));
    })).then(function (loadedShards) {
      nameWords();
      var all = null, inText = null;
      query.forEach(function (word, k) {
        var text = new Uint8Array(n);
        var single = Array.from(word).length === 1; // one letter matches whole words only
        loadedShards[k].forEach(function (shard) {
          for (var token in shard || {}) {
            if (single ? token === word : token.lastIndexOf(word, 0) === 0) mark(shard[token], text);
          }
        });
        var hits = text.slice();
        data.docs.forEach(function (d, i) {
          if (startsAny(docWords[i], word)) hits.fill(1, d.first, d.first + d.claims);
        });
        var speakers = new Uint8Array(data.speakers.length), anySpeaker = false;
        speakerWords.forEach(function (list, i) {
          if (startsAny(list, word)) { speakers[i] = 1; anySpeaker = true; }
        });
        if (anySpeaker) {
          for (var i = 0; i < n; i++) if (!hits[i] && speakers[speakerOf(i)]) hits[i] = 1;
        }
        if (all === null) { all = hits; inText = text; return; }
        for (var j = 0; j < n; j++) { all[j] &= hits[j]; inText[j] &= text[j]; }
      });
      return { all: all, text: inText };
    });
  }

  function entityMask(name) {
    return need("entities").then(function (postings) {
      var mask = new Uint8Array(n);
      mark(postings[entityIndex[name]], mask);
      return mask;
    });
  }

  function periodMask(from, to) {
    return need("times").then(function (rows) {
      var mask = new Uint8Array(n);
      var lo = from ? +from : -Infinity, hi = to ? +to : Infinity;
      rows.forEach(function (r) { if (r[1] <= hi && r[2] >= lo) mask[r[0]] = 1; });
      return mask;
    });
  }

  // The positions of the claims that pass every filter, in order; those ``first`` marks
  // (the claims that hold the words searched in their own text) before the others.
  function matching(state, masks, first) {
    var role = data.roles.indexOf(state.role), type = data.types.indexOf(state.type);
    var roleCode = 48 + role, typeCode = 48 + type;
    var hedgedCode = state.hedged ? (state.hedged === "yes" ? 49 : 48) : -1;
    var speaker = state.speaker ? speakerIndex[state.speaker] : -1;
    var conf = state.conf ? 48 + +state.conf : -1;
    var from = 0, to = n;
    if (state.doc) {
      var d = data.docs[docIndex[state.doc]];
      from = d.first; to = d.first + d.claims;
    }
    var out = [], later = [];
    for (var i = from; i < to; i++) {
      if (role !== -1 && data.role.charCodeAt(i) !== roleCode) continue;
      if (type !== -1 && data.type.charCodeAt(i) !== typeCode) continue;
      if (hedgedCode !== -1 && data.hedged.charCodeAt(i) !== hedgedCode) continue;
      if (speaker !== -1 && speakerOf(i) !== speaker) continue;
      if (conf !== -1) {
        var c = data.conf.charCodeAt(i); // "-" (45) is no confidence; "a" (97) is 1.0
        if (c === 45 || (c < 97 && c < conf)) continue;
      }
      var excluded = false;
      for (var m = 0; m < masks.length; m++) if (!masks[m][i]) { excluded = true; break; }
      if (excluded) continue;
      if (first && !first[i]) later.push(i); else out.push(i);
    }
    for (var k = 0; k < later.length; k++) out.push(later[k]);
    return out;
  }

  // --- the claims in full ---------------------------------------------------------------
  function chunkOf(i) { return Math.floor(i / data.chunk); }
  function claimsAt(positions) {
    var names = {};
    positions.forEach(function (i) { names["c" + chunkOf(i)] = 1; });
    return Promise.all(Object.keys(names).map(need)).then(function () {
      return positions.map(function (i) { return loaded["c" + chunkOf(i)].claims[i % data.chunk]; });
    });
  }
  function passageOf(i, id) {
    var chunk = loaded["c" + chunkOf(i)];
    return id && chunk ? chunk.passages[id] : null;
  }
  // Where each claim listed is: opening one of them needs no file of the id index.
  var known = {};
  function positionOf(claimId) {
    if (claimId in known) return Promise.resolve(known[claimId]);
    var shard = claimId.slice(2, 2 + data.idDigits);
    return need("i-" + shard).then(function (ids) {
      return ids && claimId in ids ? ids[claimId] : -1;
    });
  }

  // Offsets in the data are Python string indices, i.e. code points.
  function codePoints(text) { return Array.from(text || ""); }

  var PAGE = 100;
  var renderToken = 0;
  var lastState = null;

  function notice(parts) {
    var box = document.getElementById("notice");
    box.textContent = "";
    box.hidden = !parts.length;
    parts.forEach(function (p) { box.appendChild(p); });
  }

  function problemsNotice(state) {
    if (!state.problems.length) return [];
    var p = el("p", "Ignored from this link: ");
    var list = el("ul");
    state.problems.forEach(function (text) { list.appendChild(el("li", text)); });
    p.appendChild(list);
    return [p];
  }

  function describe(i) {
    var d = data.docs[docOf[i]];
    var speaker = data.speakers[speakerOf(i)] || "unknown speaker";
    return [d.title, speaker + " (" + data.roles[data.role.charCodeAt(i) - 48] + ")",
      data.types[data.type.charCodeAt(i) - 48] + (data.hedged[i] === "1" ? ", hedged" : "")
    ].join(" · ");
  }

  // The view the list on screen shows (every key but the claim open): opening or closing a
  // claim in it redraws only the detail.
  var drawn = null;
  var matched = null;
  function sameList(a, b) {
    return b !== null && keys.every(function (f) { return f === "claim" || a[f] === b[f]; }) &&
      a.problems.join("\n") === b.problems.join("\n");
  }

  function done(trigger, started, shown) {
    timings.push({ what: trigger || "render", ms: performance.now() - started,
      at: performance.now(), shown: shown });
    document.body.setAttribute("data-rendered", String(timings.length));
  }

  function render(trigger) {
    var token = ++renderToken;
    var started = performance.now();
    var state = readState();
    lastState = state;
    fields.forEach(function (f) {
      // What is being typed stays as typed (a trailing space, say); all else follows the URL.
      if (valueOf(f) !== state[f] && !(trigger === "type" && document.activeElement === inputs[f])) {
        setValue(f, state[f]);
      }
    });
    if (sameList(state, drawn)) {
      var items = document.querySelectorAll("#list li.claim");
      for (var k = 0; k < items.length; k++) {
        var open = items[k].getAttribute("data-claim") === state.claim;
        if (open !== items[k].classList.contains("open")) items[k].classList.toggle("open", open);
      }
      drawn = state;
      return showDetail(state).then(function () {
        if (token === renderToken) done(trigger, started, drawn.shown);
      });
    }
    drawn = null;
    // The claims the filters pass are kept for the view: another page of it (or the gold
    // shown beside it) is drawn without filtering again.
    var view = hashFor(Object.assign({}, state, { p: "", claim: "", gold: "" }));
    var filtered;
    if (matched && matched.view === view) {
      filtered = Promise.resolve(matched.shown);
    } else {
      var pending = [];
      var search = state.q ? searchMask(state.q) : Promise.resolve(null);
      if (state.entity) pending.push(entityMask(state.entity));
      if (state.from || state.to) pending.push(periodMask(state.from, state.to));
      filtered = Promise.all([search].concat(pending)).then(function (masks) {
        var found = masks.shift();
        if (found) masks.push(found.all);
        var passed = matching(state, masks, found ? found.text : null);
        matched = { view: view, shown: passed };
        return passed;
      });
    }
    return filtered.then(function (shown) {
      if (token !== renderToken) return null;
      var pages = Math.max(1, Math.ceil(shown.length / PAGE));
      var page = Math.min(+(state.p || 1), pages);
      var onPage = shown.slice((page - 1) * PAGE, page * PAGE);
      return claimsAt(onPage).then(function (claims) {
        if (token !== renderToken) return null;
        drawList(state, shown, onPage, claims, page, pages);
        drawInterview(state);
        state.shown = shown.length;
        drawn = state;
        return Promise.all([showDetail(state), drawGold(state, token)]).then(function () {
          if (token === renderToken) done(trigger, started, shown.length);
        });
      });
    });
  }

  function drawList(state, shown, onPage, claims, page, pages) {
    var list = document.getElementById("list");
    var detail = document.getElementById("detail");
    if (list.contains(detail)) document.querySelector(".browser").appendChild(detail);
    list.textContent = "";
    list.start = (page - 1) * PAGE + 1;
    var fragment = document.createDocumentFragment();
    claims.forEach(function (c, k) {
      known[c.id] = onPage[k];
      var item = el("li", null, "claim");
      item.setAttribute("data-claim", c.id);
      var link = el("a", c.text);
      link.href = hashFor(Object.assign({}, state, { claim: c.id }));
      if (c.id === state.claim) item.className += " open";
      item.appendChild(link);
      var tags = describe(onPage[k]);
      if (state.gold && data.docs[docOf[onPage[k]]].gold) {
        tags += c.gold ? " · matches a gold claim" : " · matches no gold claim";
      }
      item.appendChild(el("span", tags, "tags"));
      fragment.appendChild(item);
    });
    list.appendChild(fragment);
    var count = document.getElementById("count");
    count.textContent = "";
    if (!shown.length) {
      count.appendChild(document.createTextNode("No claim of the " + n.toLocaleString("en") +
        " in this release matches these filters. "));
      var clear = el("a", "Clear the filters");
      clear.href = "#";
      count.appendChild(clear);
      count.className = "empty";
    } else {
      count.className = "";
      count.textContent = shown.length.toLocaleString("en") + " of " +
        n.toLocaleString("en") + " claims" + (pages > 1 ? ", page " + page + " of " + pages : "");
    }
    var pager = document.getElementById("pager");
    pager.textContent = "";
    function pageLink(label, target, rel) {
      var a = el("a", label);
      a.href = hashFor(Object.assign({}, state, { p: target > 1 ? String(target) : "", claim: "" }));
      a.rel = rel;
      pager.appendChild(a);
    }
    if (page > 1) pageLink("← Previous", page - 1, "prev");
    if (page < pages) pageLink("Next →", page + 1, "next");
  }

  function drawInterview(state) {
    var box = document.getElementById("interview");
    box.textContent = "";
    if (!state.doc) { box.hidden = true; return; }
    box.hidden = false;
    var d = data.docs[docIndex[state.doc]];
    box.appendChild(el("h2", d.title));
    var facts = el("dl");
    [["Interviewee", d.interviewee], ["Interviewer", d.interviewer],
      ["Date", d.interview_date], ["Publisher", d.publisher], ["Licence", d.license],
      ["Claims", d.claims.toLocaleString("en")],
      ["Gold claims", d.gold ? d.gold.toLocaleString("en") + " (" + d.split + " split; " +
        d.matched.toLocaleString("en") + " matched by a claim of this release)" : null],
    ].forEach(function (pair) {
      if (pair[1] === null || pair[1] === undefined || pair[1] === "") return;
      facts.appendChild(el("dt", pair[0]));
      facts.appendChild(el("dd", pair[1]));
    });
    box.appendChild(facts);
    if (d.gold) {
      var compare = el("a", state.gold ? "Hide the gold claims" : "Compare with the gold claims");
      compare.id = "gold-toggle";
      compare.href = hashFor(Object.assign({}, state, { gold: state.gold ? "" : "1", claim: "" }));
      var line = el("p");
      line.appendChild(compare);
      box.appendChild(line);
    }
    if (d.url && /^https?:\/\//.test(d.url)) {
      var source = el("a", "The interview as published");
      source.href = d.url;
      source.rel = "noopener noreferrer";
      box.appendChild(source);
    }
    // The chart is a static SVG file of the site, shown as the background of a box (set
    // through the CSSOM, which the Content Security Policy allows; a style attribute it
    // would not). Its numbers follow in a table.
    var chart = el("div", null, "chart");
    chart.setAttribute("role", "img");
    var counts = interviewCounts(d);
    chart.setAttribute("aria-label", "Claims of this interview by type, speaker role and hedging");
    chart.style.backgroundImage = 'url("' + data.base + "charts/" + d.source_id + '.svg")';
    chart.style.aspectRatio = "640 / " + d.chart;
    box.appendChild(chart);
    var details = el("details");
    details.appendChild(el("summary", "The numbers"));
    var wrap = el("div", null, "counts");
    Object.keys(counts).forEach(function (key) {
      var t = el("table", null, "counts");
      t.appendChild(el("caption", "Claims by " + key));
      var body = el("tbody");
      counts[key].forEach(function (row) {
        var tr = el("tr");
        var th = el("th", row[0]);
        th.scope = "row";
        tr.appendChild(th);
        tr.appendChild(el("td", row[1].toLocaleString("en")));
        body.appendChild(tr);
      });
      t.appendChild(body);
      wrap.appendChild(t);
    });
    details.appendChild(wrap);
    box.appendChild(details);
  }

  function interviewCounts(d) {
    var type = data.types.map(function (t) { return [t, 0]; });
    var role = data.roles.map(function (r) { return [r, 0]; });
    var hedged = [["hedged", 0], ["not hedged", 0]];
    for (var i = d.first; i < d.first + d.claims; i++) {
      type[data.type.charCodeAt(i) - 48][1]++;
      role[data.role.charCodeAt(i) - 48][1]++;
      hedged[data.hedged[i] === "1" ? 0 : 1][1]++;
    }
    return { type: type, "speaker role": role, hedging: hedged };
  }

  function permalink(claimId) {
    return data.up + "v/" + data.version + "/claims.html#claim=" + claimId;
  }

  function showDetail(state) {
    var detail = document.getElementById("detail");
    var notes = problemsNotice(state);
    if (!state.claim) {
      detail.hidden = true;
      detail.textContent = "";
      notice(notes);
      return Promise.resolve();
    }
    var holder = data.gone[state.claim];
    if (holder) {
      var p = el("p", "Claim " + state.claim + " is not in release " + data.version + ": ");
      var older = data.versions.indexOf(holder) > data.versions.indexOf(data.version);
      p.appendChild(document.createTextNode(older
        ? "a later release dropped it. Release " + holder + " still has it: "
        : "it was added in a later release, " + holder + ": "));
      var a = el("a", "open it in release " + holder);
      a.href = data.up + "v/" + holder + "/claims.html#claim=" + state.claim;
      a.id = "elsewhere";
      p.appendChild(a);
      p.appendChild(document.createTextNode(". The list shows the claims of " + data.version + "."));
      notes.push(p);
      notice(notes);
      detail.hidden = true;
      detail.textContent = "";
      return Promise.resolve();
    }
    return positionOf(state.claim).then(function (i) {
      if (i === -1) {
        notes.push(el("p", "No claim " + state.claim + " is in release " + data.version +
          " or in any other release on this site."));
        notice(notes);
        detail.hidden = true;
        return null;
      }
      notice(notes);
      return claimsAt([i]).then(function (found) { showClaim(i, found[0]); });
    });
  }

  function highlight(claim, passageStart, passageText) {
    // The claim's span marked, and within it each quantity and time marked by kind.
    var text = codePoints(passageText);
    var from = claim.s - passageStart, to = claim.e - passageStart;
    var para = el("p", null, "passage");
    para.id = "passage";
    para.appendChild(document.createTextNode(text.slice(0, from).join("")));
    var mark = el("mark");
    var inner = [];
    claim.quantities.forEach(function (q) { inner.push([q[0], q[1], "qty", "quantity"]); });
    claim.times.forEach(function (t) { inner.push([t[0], t[1], "time", "time"]); });
    inner.sort(function (a, b) { return a[0] - b[0]; });
    var at = from;
    inner.forEach(function (span) {
      var s = span[0] - passageStart, e = span[1] - passageStart;
      if (s < at || e > to) return; // overlapping spans: the first one is marked
      mark.appendChild(document.createTextNode(text.slice(at, s).join("")));
      var sub = el("mark", text.slice(s, e).join(""), span[2]);
      sub.title = span[3];
      mark.appendChild(sub);
      at = e;
    });
    mark.appendChild(document.createTextNode(text.slice(at, to).join("")));
    para.appendChild(mark);
    para.appendChild(document.createTextNode(text.slice(to).join("")));
    return para;
  }

  function citeBlock(id, label, text) {
    var wrap = el("div", null, "cite");
    var head = el("p");
    head.appendChild(el("strong", label + " "));
    var button = el("button", "Copy", "copy");
    button.type = "button";
    head.appendChild(button);
    wrap.appendChild(head);
    var pre = el("pre", text);
    pre.id = id;
    wrap.appendChild(pre);
    button.addEventListener("click", function () { copy(button, pre); });
    return wrap;
  }

  function showClaim(i, c) {
    var detail = document.getElementById("detail");
    detail.textContent = "";
    detail.hidden = false;
    var d = data.docs[docOf[i]];
    var passage = passageOf(i, c.p);
    detail.appendChild(el("h2", d.title));
    var role = data.roles[data.role.charCodeAt(i) - 48];
    var meta = el("p", null, "meta");
    meta.appendChild(el("span", (data.speakers[speakerOf(i)] || "unknown speaker") + " (" + role + ")"));
    meta.appendChild(el("span", data.types[data.type.charCodeAt(i) - 48] +
      (data.hedged[i] === "1" ? ", hedged" : "")));
    if (c.conf !== null && c.conf !== undefined) {
      meta.appendChild(el("span", "type confidence " + c.conf));
    }
    detail.appendChild(meta);
    var about = el("p", null, "interview");
    about.appendChild(document.createTextNode("Interview of " + (d.interviewee || "unknown") +
      (d.interviewer ? " by " + d.interviewer : "") + ", " + d.interview_date +
      (d.publisher ? ", published by " + d.publisher : "") + ". "));
    var only = el("a", "All its claims");
    only.href = "#" + new URLSearchParams({ doc: d.source_id }).toString();
    about.appendChild(only);
    detail.appendChild(about);
    var question = passageOf(i, c.qid);
    if (question && question.text) {
      var q = el("blockquote", null, "question");
      q.appendChild(el("strong", (question.speaker || "Question") + ": "));
      q.appendChild(document.createTextNode(question.text));
      detail.appendChild(q);
    }
    if (passage && passage.text) {
      detail.appendChild(highlight(c, passage.s, passage.text));
    } else {
      detail.appendChild(highlight(c, c.s, c.text)); // the passage's text is withheld
    }
    var facts = el("dl", null, "facts");
    c.quantities.forEach(function (q) {
      var value = q[4] !== null && q[5] !== null ? q[4] + " to " + q[5] : q[3];
      facts.appendChild(el("dt", "Quantity “" + q[2] + "”"));
      facts.appendChild(el("dd", [value === null ? "no number" : value, q[6]]
        .filter(function (x) { return x !== null && x !== undefined; }).join(" ")));
    });
    c.times.forEach(function (t) {
      facts.appendChild(el("dt", "Time “" + t[2] + "”"));
      var period = t[3] || t[4] ? (t[3] || "open") + (t[4] && t[4] !== t[3] ? " to " + t[4] : "")
        : "unresolved";
      facts.appendChild(el("dd", period + (t[5] ? " (" + t[5] + ")" : "")));
    });
    if (facts.childNodes.length) detail.appendChild(facts);
    if (d.gold) detail.appendChild(goldOfClaim(c, i));
    if (c.mentions.length) {
      var ents = el("p", "Entities: ", "entities");
      var seen = {};
      c.mentions.forEach(function (m) {
        var name = data.entities[m[2]];
        if (seen[name]) return;
        seen[name] = 1;
        var a = el("a", name);
        a.href = "#" + new URLSearchParams({ entity: name }).toString();
        a.title = "Every claim that names " + name;
        ents.appendChild(a);
        ents.appendChild(document.createTextNode(" "));
      });
      detail.appendChild(ents);
    }
    Object.keys(data.more || {}).forEach(function (name) {
      var value = c.more[name];
      if (value === null || value === undefined) return;
      var line = el("p", null, "more");
      line.title = data.more[name];
      line.appendChild(el("strong", name + ": "));
      line.appendChild(document.createTextNode(String(value)));
      detail.appendChild(line);
    });
    if (d.url) {
      var link = el("a", "Source");
      link.href = /^https?:\/\//.test(d.url) ? d.url : "#";
      link.rel = "noopener noreferrer";
      detail.appendChild(link);
    }
    // Citing the claim: this release, the claim's id and its permanent link into this
    // release's own browser.
    var cite = el("section", null, "cite-claim");
    cite.appendChild(el("h3", "Cite this claim"));
    var ver = el("p");
    ver.appendChild(document.createTextNode("Release " + data.version + " (" + data.released +
      "), claim "));
    ver.appendChild(el("code", c.id));
    cite.appendChild(ver);
    var link2 = el("a", "Permanent link", "permalink");
    link2.href = permalink(c.id);
    var url = link2.href; // resolved against this page
    var plink = el("p");
    plink.appendChild(link2);
    plink.appendChild(document.createTextNode(" "));
    plink.appendChild(el("code", url));
    cite.appendChild(plink);
    function fill(template) {
      return template.split("@@CLAIM@@").join(c.id).split("@@URL@@").join(url);
    }
    cite.appendChild(citeBlock("claim-apa", "APA", fill(data.cite.apa)));
    cite.appendChild(citeBlock("claim-bibtex", "BibTeX", fill(data.cite.bibtex)));
    detail.appendChild(cite);
    placeDetail(c.id);
  }

  // --- the gold claims (releases from 2.1.0) ---------------------------------------------
  function goldTags(role, type, hedged) {
    return role + " · " + type + (hedged ? ", hedged" : ", not hedged");
  }

  // How an opened claim compares with its interview's gold: the gold claim it matches (by
  // the scorer's rule) and where the two differ, or that none matches.
  function goldOfClaim(c, i) {
    var box = el("div", null, "gold-of-claim");
    box.id = "claim-gold";
    if (!c.gold) {
      box.appendChild(el("p", "Gold: no gold claim of this interview matches this claim (no " +
        "gold span overlaps it by half of their union); a scorer counts it as spurious."));
      return box;
    }
    var g = c.gold;
    var head = el("p");
    head.appendChild(el("strong", "Gold: "));
    head.appendChild(document.createTextNode("matches gold claim "));
    head.appendChild(el("code", g.id));
    head.appendChild(document.createTextNode(" (" + goldTags(g.role, g.type, g.hedged) + ")"));
    box.appendChild(head);
    if (g.text !== c.text) box.appendChild(el("blockquote", g.text, "gold-text"));
    var role = data.roles[data.role.charCodeAt(i) - 48];
    var type = data.types[data.type.charCodeAt(i) - 48];
    var hedged = data.hedged[i] === "1";
    var differ = [];
    if (g.text !== c.text) differ.push("span");
    if (g.role !== role) differ.push("speaker role");
    if (g.type !== type) differ.push("type");
    if (g.hedged !== hedged) differ.push("hedging");
    box.appendChild(el("p", differ.length ? "Differs from the gold in: " + differ.join(", ") + "."
      : "Agrees with the gold in span, speaker role, type and hedging.", "gold-verdict"));
    return box;
  }

  function interviewChunks(d) {
    var names = {};
    for (var k = chunkOf(d.first); k <= chunkOf(Math.max(d.first, d.first + d.claims - 1)); k++) {
      names["c" + k] = 1;
    }
    return Promise.all(Object.keys(names).map(need));
  }

  function describeGold(g) {
    var cell = el("td", null, "gold-claim");
    cell.appendChild(el("span", g.text, "text"));
    cell.appendChild(el("span", goldTags(g.role, g.type, g.hedged), "tags"));
    var facts = [];
    (g.quantities || []).forEach(function (q) {
      var value = q.value_low !== null && q.value_low !== undefined &&
        q.value_high !== null && q.value_high !== undefined
        ? q.value_low + " to " + q.value_high : q.value;
      facts.push("quantity “" + q.text + "”" + (value !== null && value !== undefined
        ? " = " + value : "") + (q.unit ? " " + q.unit : ""));
    });
    (g.times || []).forEach(function (t) {
      facts.push("time “" + t.text + "”" + (t.start || t.end ? " = " + (t.start || "open") +
        (t.end && t.end !== t.start ? " to " + t.end : "") : ""));
    });
    (g.entities || []).forEach(function (e) {
      facts.push("entity “" + e.text + "”" + (e.name && e.name !== e.text ? " = " + e.name : "") +
        (e.type ? " (" + e.type + ")" : ""));
    });
    if (facts.length) {
      var list = el("ul", null, "gold-facts");
      facts.forEach(function (f) { list.appendChild(el("li", f)); });
      cell.appendChild(list);
    }
    return cell;
  }

  // With "gold" on: an interview's gold claims beside the claims of this release, in the
  // order of the interview, each pair that matches on one row (its differences named), a gold
  // claim no claim matches (missed) and a claim that matches none (spurious) on rows of their
  // own. Without an interview: the interviews that have gold.
  function drawGold(state, token) {
    var box = document.getElementById("gold-view");
    if (!box) return Promise.resolve();
    if (!state.gold) { box.hidden = true; box.textContent = ""; return Promise.resolve(); }
    var d = state.doc ? data.docs[docIndex[state.doc]] : null;
    if (!d || !d.gold) {
      box.textContent = "";
      box.hidden = false;
      box.appendChild(el("h2", "Compare with the gold"));
      box.appendChild(el("p", (d ? "This interview has no gold claims: it is not in the " +
        "project's annotated corpus. " : "") + "Choose one of the interviews that have gold " +
        "claims, annotated by people following the codebook (version " +
        data.gold.codebook.join(", ") + "):"));
      var list = el("ul", null, "gold-interviews");
      data.docs.forEach(function (doc) {
        if (!doc.gold) return;
        var item = el("li");
        var a = el("a", doc.title);
        a.href = hashFor({ doc: doc.source_id, gold: "1" });
        item.appendChild(a);
        item.appendChild(document.createTextNode(" — " + doc.split + ", " +
          doc.gold.toLocaleString("en") + " gold claims"));
        list.appendChild(item);
      });
      box.appendChild(list);
      return Promise.resolve();
    }
    var k = docIndex[state.doc];
    return Promise.all([need("g" + k), interviewChunks(d)]).then(function (got) {
      if (token !== renderToken) return;
      var gold = (got[0] && got[0].claims) || [];
      box.textContent = "";
      box.hidden = false;
      box.appendChild(el("h2", "The gold claims beside this release's claims"));
      var rows = [], paired = {}, agree = { type: 0, hedged: 0, role: 0 };
      gold.forEach(function (g) {
        if (g.match !== null && g.match !== undefined) {
          paired[g.match] = 1;
          rows.push({ at: Math.min(g.s, claimAt(g.match).s), gold: g, claim: g.match });
        } else {
          rows.push({ at: g.s, gold: g, claim: -1 });
        }
      });
      for (var i = d.first; i < d.first + d.claims; i++) {
        if (!paired[i]) rows.push({ at: claimAt(i).s, gold: null, claim: i });
      }
      rows.sort(function (a, b) { return a.at - b.at; });
      var pairs = 0, missed = 0, spurious = 0;
      var table = el("table", null, "gold-compare");
      var head = el("thead");
      var tr = el("tr");
      ["gold claim", "claim of release " + data.version, "how they compare"].forEach(function (t) {
        tr.appendChild(el("th", t));
      });
      head.appendChild(tr);
      table.appendChild(head);
      var body = el("tbody");
      rows.forEach(function (row) {
        var line = el("tr");
        line.appendChild(row.gold ? describeGold(row.gold) : el("td", "—", "none"));
        var verdict;
        if (row.claim === -1) {
          line.appendChild(el("td", "—", "none"));
          verdict = "missed: no claim matches it";
          missed++;
          line.className = "missed";
        } else {
          var c = claimAt(row.claim);
          known[c.id] = row.claim;
          var cell = el("td", null, "release-claim");
          cell.setAttribute("data-claim", c.id);
          var a = el("a", c.text);
          a.href = hashFor(Object.assign({}, state, { claim: c.id }));
          cell.appendChild(a);
          var role = data.roles[data.role.charCodeAt(row.claim) - 48];
          var type = data.types[data.type.charCodeAt(row.claim) - 48];
          var hedged = data.hedged[row.claim] === "1";
          cell.appendChild(el("span", goldTags(role, type, hedged), "tags"));
          line.appendChild(cell);
          if (row.gold) {
            pairs++;
            var g = row.gold, differ = [];
            if (g.role === role) agree.role++; else differ.push("speaker role");
            if (g.type === type) agree.type++; else differ.push("type");
            if (g.hedged === hedged) agree.hedged++; else differ.push("hedging");
            if (g.text !== c.text) differ.unshift("span");
            verdict = differ.length ? "match; differs in " + differ.join(", ") : "match, the same";
            line.className = differ.length ? "differs" : "same";
          } else {
            verdict = "spurious: matches no gold claim";
            spurious++;
            line.className = "spurious";
          }
        }
        line.appendChild(el("td", verdict, "verdict"));
        body.appendChild(line);
      });
      table.appendChild(body);
      box.appendChild(el("p", gold.length.toLocaleString("en") + " gold claims (" + d.split +
        " split), " + d.claims.toLocaleString("en") + " claims of this release: " +
        pairs + " match one to one (their spans overlap by at least half of their union), " +
        missed + " gold claims missed, " + spurious + " claims match no gold claim. Of the " +
        pairs + " matched, the type agrees in " + agree.type + ", hedging in " + agree.hedged +
        ", the speaker role in " + agree.role + ". The comparison shows the whole interview; " +
        "the filters apply to the list below.", "gold-summary"));
      var wrap = el("div", null, "scroll");
      wrap.appendChild(table);
      box.appendChild(wrap);
    });
  }

  function claimAt(i) { return loaded["c" + chunkOf(i)].claims[i % data.chunk]; }

  // On a narrow screen the detail opens right under the claim that was tapped; on a wide
  // one it stays beside the list.
  var narrow = window.matchMedia("(max-width: 700px)");
  function placeDetail(claimId) {
    var detail = document.getElementById("detail");
    var item = document.querySelector('li.claim[data-claim="' + claimId + '"]');
    if (narrow.matches && item) {
      item.appendChild(detail);
      detail.scrollIntoView({ block: "start" });
    } else if (detail.parentNode !== document.querySelector(".browser")) {
      document.querySelector(".browser").appendChild(detail);
    }
  }

  function currentInputs() {
    var state = readState();
    fields.forEach(function (f) { state[f] = valueOf(f).trim(); });
    state.p = "";
    state.claim = "";
    return state;
  }

  // Choosing a filter is a step the Back button undoes; typing replaces the current entry,
  // so that a word typed is not ten history entries.
  fields.forEach(function (f) {
    var typed = f === "q" || f === "from" || f === "to";
    inputs[f].addEventListener(typed ? "input" : "change", function () {
      var hash = hashFor(currentInputs());
      if (typed) {
        history.replaceState(null, "", hash);
        render("type");
      } else {
        location.hash = hash;
      }
    });
  });
  document.getElementById("filters").addEventListener("submit", function (e) {
    e.preventDefault();
  });
  window.addEventListener("hashchange", function () { render("hashchange"); });
  narrow.addEventListener("change", function () {
    if (lastState && lastState.claim) placeDetail(lastState.claim);
  });
  render("first").then(function () {
    // The words of the titles, people and speakers, split while the page is idle rather than
    // on the first word typed.
    (window.requestIdleCallback || function (f) { return setTimeout(f, 200); })(nameWords);
  });
})();
