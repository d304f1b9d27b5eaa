// Search over search/index.js, made at build time: every word of the query must occur in a
// page's text, found by substring, so Thai words are found inside unsegmented Thai text.
// Works from any static server; needs no server code.
(function () {
  "use strict";
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var input = document.getElementById("search-q");
  if (!list || !status || !input) return;
  var root = list.getAttribute("data-root") || "";

  function normalize(s) {
    return s.replace(/[\u0E50-\u0E59]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0x0E50 + 48); })
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  function count(text, term) {
    var n = 0, i = text.indexOf(term);
    while (i !== -1) { n++; i = text.indexOf(term, i + term.length); }
    return n;
  }

  function snippet(text, term) {
    var i = text.indexOf(term);
    var start = Math.max(0, i - 60);
    return (start > 0 ? "…" : "") + text.slice(start, i + term.length + 80) + "…";
  }

  function show(entries, query) {
    var terms = normalize(query).split(" ").filter(function (t) { return t.length > 0; });
    list.textContent = "";
    if (terms.length === 0) { status.textContent = ""; return; }
    var hits = [];
    for (var k = 0; k < entries.length; k++) {
      var e = entries[k], text = e[3], score = 0, ok = true;
      for (var t = 0; t < terms.length; t++) {
        var c = count(text, terms[t]);
        if (c === 0) { ok = false; break; }
        score += c + (normalize(e[1]).indexOf(terms[t]) !== -1 ? 20 : 0);
      }
      if (ok) hits.push({ e: e, score: score });
    }
    hits.sort(function (a, b) { return b.score - a.score || (a.e[1] < b.e[1] ? -1 : 1); });
    status.textContent = hits.length === 0 ? "ไม่พบผลลัพธ์สำหรับ “" + query + "”" : "พบ " + hits.length + " รายการสำหรับ “" + query + "”";
    hits.slice(0, 200).forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + h.e[0];
      a.textContent = h.e[1];
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = h.e[2];
      var p = document.createElement("p");
      p.textContent = snippet(h.e[3], terms[0]);
      li.appendChild(a); li.appendChild(document.createTextNode(" ")); li.appendChild(kind); li.appendChild(p);
      list.appendChild(li);
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  var index = window.PLANPRESS_SEARCH;
  if (!index) {
    status.textContent = "ไม่พบดัชนีค้นหา (search/index.js)";
    return;
  }
  show(index.entries, query);
  input.addEventListener("input", function () { show(index.entries, input.value); });
})();
