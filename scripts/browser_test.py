#!/usr/bin/env python3
"""Browser tests of the built site, in headless Chromium (Debian chromium + chromium-driver).

Usage: python3 scripts/browser_test.py OUTPUT_DIR [SCREENSHOT_DIR]

Serves OUTPUT_DIR on 127.0.0.1 (a port the OS picks), then for every HTML page of the site
(print/ excluded): no horizontal overflow at 375 px and at 1280 px wide, and 0 serious or
critical axe-core violations; a search for a Thai word taken from the middle of a project's
name returns that project, over HTTP and from the disk; screenshots of the home page at both
widths go to SCREENSHOT_DIR. Prints one line per failure and ends with `N passed, M failed`.
"""
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse
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


try:
    for width in (1280, 375):
        driver.set_window_size(width, 900)
        for p in pages:
            driver.get(base + p)
            extra = overflow()
            check(extra <= 0, "%s at %d px: %d px of horizontal overflow" % (p, width, extra))
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
finally:
    driver.quit()
    server.shutdown()

print("browser: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
