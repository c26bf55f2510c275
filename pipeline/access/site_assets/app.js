// Interview Claims static site. Runs from file:// and any static host; data comes from the
// <script type="application/json" id="data"> block and every text goes in via textContent.
"use strict";

(function () {
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  // "Copy" buttons on the landing page copy the text of the element they name.
  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (b) {
    b.addEventListener("click", function () {
      var source = document.getElementById(b.getAttribute("data-copy"));
      if (!source || !navigator.clipboard) return;
      navigator.clipboard.writeText(source.textContent).then(function () {
        b.textContent = "Copied";
      });
    });
  });

  var dataNode = document.getElementById("data");
  if (!dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var byId = {};
  data.claims.forEach(function (c) { byId[c.claim_id] = c; });

  var fields = ["role", "type", "hedged", "entity", "q"];
  var inputs = {};
  fields.forEach(function (f) { inputs[f] = document.getElementById(f); });

  var entityNames = {};
  data.claims.forEach(function (c) { c.entities.forEach(function (e) { entityNames[e] = 1; }); });
  Object.keys(entityNames).sort().forEach(function (name) {
    var option = el("option", name);
    option.value = name;
    inputs.entity.appendChild(option);
  });

  // The state lives in the URL hash (#role=interviewee&q=Russia&claim=c_...), so a view
  // can be bookmarked and shared, even from file://.
  function readState() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var state = {};
    fields.concat(["claim"]).forEach(function (f) { state[f] = params.get(f) || ""; });
    return state;
  }

  function hashFor(state) {
    var params = new URLSearchParams();
    fields.concat(["claim"]).forEach(function (f) { if (state[f]) params.set(f, state[f]); });
    return "#" + params.toString();
  }

  function matches(c, s) {
    if (s.role && c.speaker_role !== s.role) return false;
    if (s.type && c.claim_type !== s.type) return false;
    if (s.hedged && c.hedged !== (s.hedged === "yes")) return false;
    if (s.entity && c.entities.indexOf(s.entity) === -1) return false;
    if (s.q) {
      var hay = (c.text + " " + (c.speaker || "")).toLowerCase();
      if (hay.indexOf(s.q.toLowerCase()) === -1) return false;
    }
    return true;
  }

  // Offsets in the data are Python string indices, i.e. code points: slice by code point.
  function slice(text, start, end) {
    return Array.from(text).slice(start, end).join("");
  }

  function showClaim(c) {
    var detail = document.getElementById("detail");
    detail.textContent = "";
    detail.hidden = false;
    var passage = data.passages[c.passage_id];
    var doc = data.documents[c.source_id] || {};
    detail.appendChild(el("h2", doc.title || c.source_id));
    var meta = el("p", null, "meta");
    meta.appendChild(el("span", (c.speaker || "unknown speaker") + " (" + c.speaker_role + ")"));
    meta.appendChild(el("span", c.claim_type + (c.hedged ? ", hedged" : "")));
    meta.appendChild(el("code", c.claim_id));
    detail.appendChild(meta);
    var question = passage && passage.question_id ? data.passages[passage.question_id] : null;
    if (question) {
      var q = el("blockquote", null, "question");
      q.appendChild(el("strong", (question.speaker || "Question") + ": "));
      q.appendChild(document.createTextNode(question.text));
      detail.appendChild(q);
    }
    var para = el("p", null, "passage");
    para.id = "passage";
    if (passage) {
      var from = c.char_start - passage.char_start;
      var to = c.char_end - passage.char_start;
      para.appendChild(document.createTextNode(slice(passage.text, 0, from)));
      para.appendChild(el("mark", slice(passage.text, from, to)));
      para.appendChild(document.createTextNode(slice(passage.text, to)));
    } else {
      para.appendChild(el("mark", c.text));
    }
    detail.appendChild(para);
    if (c.entities.length) detail.appendChild(el("p", "Entities: " + c.entities.join(", ")));
    (data.more || []).forEach(function (column) {
      var value = c[column.name];
      if (value === null || value === undefined) return;
      var line = el("p", null, "more");
      line.title = column.description;
      line.appendChild(el("strong", column.name + ": "));
      line.appendChild(document.createTextNode(String(value)));
      detail.appendChild(line);
    });
    if (doc.url) {
      var link = el("a", "Source");
      link.href = /^https?:\/\//.test(doc.url) ? doc.url : "#";
      link.rel = "noopener noreferrer";
      detail.appendChild(link);
    }
  }

  function render() {
    var state = readState();
    fields.forEach(function (f) { if (inputs[f].value !== state[f]) inputs[f].value = state[f]; });
    var list = document.getElementById("list");
    list.textContent = "";
    var shown = data.claims.filter(function (c) { return matches(c, state); });
    shown.forEach(function (c) {
      var item = el("li", null, "claim");
      item.setAttribute("data-claim", c.claim_id);
      var link = el("a", c.text);
      link.href = hashFor(Object.assign({}, state, { claim: c.claim_id }));
      if (c.claim_id === state.claim) item.className += " open";
      item.appendChild(link);
      item.appendChild(el("span", c.speaker_role + " · " + c.claim_type +
        (c.hedged ? " · hedged" : ""), "tags"));
      list.appendChild(item);
    });
    document.getElementById("count").textContent =
      shown.length + " of " + data.claims.length + " claims";
    var detail = document.getElementById("detail");
    if (state.claim && byId[state.claim]) showClaim(byId[state.claim]);
    else { detail.hidden = true; detail.textContent = ""; }
  }

  function onFilter() {
    var state = readState();
    fields.forEach(function (f) { state[f] = inputs[f].value; });
    location.hash = hashFor(state);
  }

  fields.forEach(function (f) {
    inputs[f].addEventListener(f === "q" ? "input" : "change", onFilter);
  });
  document.getElementById("filters").addEventListener("submit", function (e) {
    e.preventDefault();
  });
  window.addEventListener("hashchange", render);
  render();
})();
