#!/usr/bin/env python3
"""Browser tests of the built site, in headless Chromium (Debian chromium + chromium-driver).

Usage: python3 scripts/browser_test.py OUTPUT_DIR [SCREENSHOT_DIR]

Serves OUTPUT_DIR on 127.0.0.1 (a port the OS picks), then for every HTML page of the site
(print/ excluded): no horizontal overflow at 375 px and at 1280 px wide, and 0 serious or
critical axe-core violations; a search for a Thai word taken from the middle of a project's
name returns that project, over HTTP and from the disk; screenshots of the home page at both
widths go to SCREENSHOT_DIR.

The charts of the alignment section (alignment.html, plans/*.html, items/*.html): every inline
<svg> is rendered with a non-zero size (getBoundingClientRect), has a <title> and a <desc> that
aria-labelledby names, draws marks (rect, path, polyline, circle; at least one with a non-zero
bounding box), sits in a <figure> whose data-table names a data table beside it (in the same
section, with rows), and is well-formed XML in the SVG namespace (XMLSerializer in the browser,
then xml.etree). alignment.html must have its three charts.

The tables of the entries that make a strategic indicator's value (items/*.html,
`table.contributors`): each is rendered, has a caption, only header cells with a scope, and a row
per entry headed by the unit's link; at least one item page has one.

The years before (only when the build has a history: the home page has its section
`#h-years`): on every page with a table of the years (`table.history`: the home page, the units
page, unit, plan and item pages), each such table is rendered, has a caption, only header cells
with a scope and a row header per row; the charts of the years (an <svg> in a <figure> whose
data-table names a `table.history`) pass the chart checks above, on any page; the home page, at
least one item page and at least one unit page have a chart and a table of the years.

Prints one line per failure and ends with `N passed, M failed`.
"""
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ElementTree
from functools import partial

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

out = os.path.abspath(sys.argv[1])
shots = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else None
passed, failed = 0, 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=out))
threading.Thread(target=server.serve_forever, daemon=True).start()
base = "http://127.0.0.1:%d/" % server.server_address[1]

options = Options()
options.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"]:
    options.add_argument(a)
driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
driver.set_page_load_timeout(30)

pages = sorted(
    os.path.relpath(os.path.join(d, f), out)
    for d, _, fs in os.walk(out)
    for f in fs
    if f.endswith(".html") and not os.path.relpath(d, out).startswith("print")
)


def overflow():
    return driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")


def is_alignment_page(p):
    return p == "alignment.html" or p.startswith("plans/") or p.startswith("items/")


SVG_PROBE = """
var onlyYears = arguments[0];
return Array.from(document.querySelectorAll('svg')).filter(function (svg) {
  if (!onlyYears) return true;
  var figure = svg.closest('figure'), id = figure ? figure.getAttribute('data-table') : null;
  var table = id ? document.getElementById(id) : null;
  return !!table && table.classList.contains('history');
}).map(function (svg) {
  var r = svg.getBoundingClientRect();
  var title = svg.querySelector(':scope > title'), desc = svg.querySelector(':scope > desc');
  var named = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
  var marks = Array.from(svg.querySelectorAll('rect, path, polyline, circle'));
  var drawn = marks.filter(function (m) {
    var b = m.getBBox(), c = m.getBoundingClientRect();
    return b.width > 0 && b.height > 0 && (c.width > 0 || c.height > 0);
  });
  var figure = svg.closest('figure');
  var tableId = figure ? figure.getAttribute('data-table') : null;
  var table = tableId ? document.getElementById(tableId) : null;
  var near = table && figure.parentElement && figure.parentElement.contains(table);
  return {
    id: title ? title.id : '', width: r.width, height: r.height,
    title: title ? title.textContent.trim() : '', desc: desc ? desc.textContent.trim() : '',
    labelled: named.length === 2 && !!title && !!desc && named[0] === title.id && named[1] === desc.id,
    marks: marks.length, drawn: drawn.length,
    table: table ? table.tagName : '', tableRows: table ? table.querySelectorAll('tbody tr').length : 0, near: !!near,
    xml: new XMLSerializer().serializeToString(svg)
  };
});
"""

CONTRIBUTORS_PROBE = """
return Array.from(document.querySelectorAll('table.contributors')).map(function (t) {
  var headers = Array.from(t.querySelectorAll('th'));
  return {
    id: t.id, caption: t.caption ? t.caption.textContent.trim() : '',
    scoped: headers.length > 0 && headers.every(function (th) { return ['col', 'row'].indexOf(th.getAttribute('scope')) >= 0; }),
    rows: t.querySelectorAll('tbody tr').length,
    linked: t.querySelectorAll('tbody tr > th[scope=row] a[href]').length,
    height: t.getBoundingClientRect().height
  };
});
"""

contributor_tables = 0

HISTORY_PROBE = """
return Array.from(document.querySelectorAll('table.history')).map(function (t) {
  var headers = Array.from(t.querySelectorAll('th'));
  var rows = Array.from(t.querySelectorAll('tbody tr'));
  return {
    id: t.id, caption: t.caption ? t.caption.textContent.trim() : '',
    scoped: headers.length > 0 && headers.every(function (th) { return ['col', 'row'].indexOf(th.getAttribute('scope')) >= 0; }),
    rows: rows.length,
    headed: rows.filter(function (r) { return r.firstElementChild && r.firstElementChild.matches('th[scope=row]'); }).length,
    marks: t.querySelectorAll('data[data-audit^="history."], data[data-audit^="change."]').length,
    height: t.getBoundingClientRect().height
  };
});
"""

history_tables = {}
history_charts = {}


def check_history(p):
    """The tables of the years before on one page, and their charts."""
    tables = driver.execute_script(HISTORY_PROBE)
    if not tables:
        return
    history_tables[p] = len(tables)
    for t in tables:
        name = "%s table %s" % (p, t["id"])
        check(t["height"] > 0, "%s: rendered" % name)
        check(t["caption"] != "", "%s: has a caption" % name)
        check(t["scoped"], "%s: every header cell has a scope" % name)
        check(t["rows"] > 0 and t["headed"] == t["rows"], "%s: a row header on every row (%d of %d)" % (name, t["headed"], t["rows"]))
        check(t["marks"] > 0, "%s: marks the figures of the years before" % name)
    if not is_alignment_page(p):
        check_svgs(p, only_years=True)


def check_contributors(p):
    """The tables of the entries a strategic indicator's value is made from, on an item page."""
    global contributor_tables
    for t in driver.execute_script(CONTRIBUTORS_PROBE):
        contributor_tables += 1
        name = "%s table %s" % (p, t["id"])
        check(t["height"] > 0, "%s: rendered" % name)
        check(t["caption"] != "", "%s: has a caption" % name)
        check(t["scoped"], "%s: every header cell has a scope" % name)
        check(t["rows"] > 0 and t["linked"] == t["rows"], "%s: a row per entry headed by the unit's link (%d of %d)" % (name, t["linked"], t["rows"]))


svg_checks = 0
svg_count = 0
svg_pages = set()


def check_svgs(p, only_years=False):
    """The charts of one page of the alignment section (or only those of the years before), as
    Chromium renders them."""
    global svg_checks, svg_count
    charts = driver.execute_script(SVG_PROBE, only_years)
    if p == "alignment.html":
        svg_checks += 1
        check(len(charts) >= 3, "%s: %d charts, expected the budget, indicator and flow charts" % (p, len(charts)))
    for c in charts:
        svg_count += 1
        svg_pages.add(p)
        if c["id"].endswith("-years-t"):
            history_charts[p] = history_charts.get(p, 0) + 1
        name = "%s svg %s" % (p, c["id"] or "(no title)")
        tests = [
            (c["width"] > 0 and c["height"] > 0, "rendered size %sx%s" % (c["width"], c["height"])),
            (c["title"] != "", "has a <title>"),
            (c["desc"] != "", "has a <desc>"),
            (c["labelled"], "aria-labelledby names its <title> and <desc>"),
            (c["marks"] > 0, "has marks (rect, path, polyline, circle)"),
            (c["drawn"] > 0, "draws at least one mark with a non-zero bounding box (%d of %d)" % (c["drawn"], c["marks"])),
            (c["table"] == "TABLE" and c["tableRows"] > 0, "a data table with rows beside it (found %r, %d rows)" % (c["table"], c["tableRows"])),
            (c["near"], "its data table is in the same section as the chart"),
        ]
        try:
            root = ElementTree.fromstring(c["xml"])
            tests.append((root.tag == "{http://www.w3.org/2000/svg}svg", "is an <svg> in the SVG namespace (%s)" % root.tag))
            tests.append((root.find("{http://www.w3.org/2000/svg}title") is not None, "its XML has the <title>"))
        except ElementTree.ParseError as e:
            tests.append((False, "is well-formed XML: %s" % e))
        for ok, what in tests:
            svg_checks += 1
            check(ok, "%s: %s" % (name, what))


try:
    for width in (1280, 375):
        driver.set_window_size(width, 900)
        for p in pages:
            driver.get(base + p)
            extra = overflow()
            check(extra <= 0, "%s at %d px: %d px of horizontal overflow" % (p, width, extra))
            if width == 1280 and is_alignment_page(p):
                check_svgs(p)
            if width == 1280 and p.startswith("items/"):
                check_contributors(p)
            if width == 1280:
                check_history(p)
            if width == 1280:
                axe = Axe(driver)
                axe.inject()
                results = axe.run(options={"resultTypes": ["violations"]})
                bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
                check(not bad, "%s: axe %s" % (p, "; ".join("%s (%s) %s" % (v["id"], v["impact"], v["nodes"][0]["target"]) for v in bad)))
        if shots:
            os.makedirs(shots, exist_ok=True)
            driver.get(base + "index.html")
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, min(height, 2400))
            driver.save_screenshot(os.path.join(shots, "home-%d.png" % width))

    # Search: a Thai word from the middle of a project's name finds the project.
    with open(os.path.join(out, "data", "report.json"), encoding="utf-8") as f:
        report = json.load(f)
    unit = report["units"][0]
    project = unit["projects"][len(unit["projects"]) // 2]
    name = project["name"]
    word = name[len(name) // 3: len(name) // 3 + 6].strip()
    href = "projects/%s/%s.html" % (unit["id"], project["id"])
    for root in (base, "file://" + out + "/"):
        driver.set_window_size(1280, 900)
        driver.get(root + "search.html?q=" + urllib.parse.quote(word))
        links = []
        for _ in range(60):
            links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")]
            if links:
                break
            time.sleep(0.05)
        check(any(l.endswith(href) for l in links), "search for %r from %s: %s not among %d results" % (word, root, href, len(links)))
    svg_checks += 1
    check(any(p.startswith("items/") for p in svg_pages), "no item page has a chart (strategic indicators)")
    check(contributor_tables > 0, "no item page has a table of the entries a strategic indicator is made from")
    with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
        has_history = 'id="h-years"' in f.read()
    if has_history:
        for what, pages_of in (("the home page", lambda p: p == "index.html"), ("an item page", lambda p: p.startswith("items/")),
                               ("a unit page", lambda p: p.startswith("units/") and p != "units/index.html")):
            check(any(pages_of(p) for p in history_tables), "the years before: %s has no table of the years" % what)
            check(any(pages_of(p) for p in history_charts), "the years before: %s has no chart of the years" % what)
finally:
    driver.quit()
    server.shutdown()

print("charts: %d inline SVGs on %d pages of the alignment section, %d checks" % (svg_count, len(svg_pages), svg_checks))
print("strategic indicators: %d tables of contributing entries on the item pages" % contributor_tables)
print("the years before: %d tables on %d pages, %d charts" % (sum(history_tables.values()), len(history_tables), sum(history_charts.values())))
print("browser: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
