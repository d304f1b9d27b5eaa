/// The files the preview server serves under `/__planpress/` beside the site: the live-reload
/// script and the error overlay's style sheet. They exist only while serving; no build writes them.
public enum LiveAssets {
    /// The live-reload script.
    public static let scriptRoute = "/__planpress/live.js"
    /// The overlay's style sheet, linked by the script when it first shows the overlay.
    public static let styleRoute = "/__planpress/overlay.css"
    /// The last build's ``BuildStatus`` as JSON; with `?since=N` the answer waits until the
    /// version is no longer N (long polling), or about 20 seconds.
    public static let statusRoute = "/__planpress/status"

    /// Long-polls the status; reloads the page after a build that published; shows the errors of
    /// a failed build over the page (DOM made here, styled by the served sheet, so the pages'
    /// `script-src 'self'; style-src 'self'` policy allows it), and reloads once the build recovers.
    public static let script = #"""
        // PlanPress serve: live reload and build error overlay. Served only by `planpress serve`.
        (function () {
          "use strict";
          var words = {
            th: { hint: "วิธีแก้", close: "ปิด", more: "และอีก {n} รายการ ดูทั้งหมดในเทอร์มินัล",
                  note: "แก้ไฟล์แล้วบันทึก หน้านี้จะโหลดใหม่เองเมื่อสร้างรายงานสำเร็จ" },
            en: { hint: "fix", close: "Close", more: "and {n} more: the terminal lists them all",
                  note: "Fix the file and save it: this page reloads by itself once the build succeeds." }
          };
          var me = document.currentScript;
          var served = me ? /[?&]v=(\d+)/.exec(me.src) : null;
          var known = served ? Number(served[1]) : null;
          var shown = null;
          var asked = false;
          var overlay = null;
          var delay = 500;

          function el(tag, className, text) {
            var node = document.createElement(tag);
            if (className) { node.className = className; }
            if (text !== undefined && text !== null) { node.textContent = text; }
            return node;
          }

          function linkStyle() {
            if (document.getElementById("planpress-overlay-style")) { return; }
            var link = document.createElement("link");
            link.id = "planpress-overlay-style";
            link.rel = "stylesheet";
            link.href = "/__planpress/overlay.css";
            (document.head || document.documentElement).appendChild(link);
          }

          function hide() {
            if (overlay) { overlay.remove(); overlay = null; }
          }

          function show(status) {
            var w = words[status.lang] || words.th;
            linkStyle();
            hide();
            overlay = el("div", "planpress-overlay");
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-labelledby", "planpress-overlay-title");
            overlay.lang = status.lang;
            var box = el("div", "planpress-overlay-box");
            var close = el("button", "planpress-overlay-close", w.close);
            close.type = "button";
            close.addEventListener("click", hide);
            box.appendChild(close);
            var title = el("h2", "planpress-overlay-title", status.title);
            title.id = "planpress-overlay-title";
            box.appendChild(title);
            box.appendChild(el("p", "planpress-overlay-summary", status.summary));
            if (status.failure) { box.appendChild(el("pre", "planpress-overlay-failure", status.failure)); }
            var list = el("ol", "planpress-overlay-list");
            status.diagnostics.forEach(function (d) {
              var item = el("li", "planpress-overlay-item");
              var head = el("p", "planpress-overlay-head");
              head.appendChild(el("span", "planpress-overlay-location", d.location));
              head.appendChild(document.createTextNode(" "));
              head.appendChild(el("span", "planpress-overlay-code", d.code));
              item.appendChild(head);
              item.appendChild(el("p", "planpress-overlay-message", d.message));
              if (d.excerpt) { item.appendChild(el("pre", "planpress-overlay-excerpt", d.excerpt)); }
              if (d.hint) { item.appendChild(el("p", "planpress-overlay-hint", w.hint + ": " + d.hint)); }
              list.appendChild(item);
            });
            box.appendChild(list);
            if (status.omitted > 0) { box.appendChild(el("p", "planpress-overlay-more", w.more.replace("{n}", status.omitted))); }
            box.appendChild(el("p", "planpress-overlay-note", w.note));
            overlay.appendChild(box);
            document.body.appendChild(overlay);
          }

          function apply(status) {
            var changed = known !== null && status.version !== known;
            known = status.version;
            if (!status.ok) {
              // Draw each failed build once, so that a closed overlay stays closed.
              if (shown !== status.version) { shown = status.version; show(status); }
              return;
            }
            hide();
            if (changed) { location.reload(); }
          }

          function poll() {
            // The first look answers at once (the page may have been served during a failed
            // build); later ones wait for the next build.
            var url = "/__planpress/status" + (known === null || !asked ? "" : "?since=" + known);
            asked = true;
            fetch(url, { cache: "no-store" })
              .then(function (response) {
                if (!response.ok) { throw new Error("HTTP " + response.status); }
                return response.json();
              })
              .then(function (status) { delay = 500; apply(status); poll(); })
              .catch(function () {
                // The server is restarting or gone: try again, less and less often.
                setTimeout(poll, delay);
                delay = Math.min(delay * 2, 5000);
              });
          }

          poll();
        })();

        """#

    /// The overlay's look: the page dimmed, the errors in a scrolling panel, locations in monospace.
    public static let style = """
        /* PlanPress serve: the build error overlay. */
        .planpress-overlay {
          position: fixed; inset: 0; z-index: 2147483647; overflow: auto;
          background: rgba(20, 24, 31, 0.88); color: #f5f7fa;
          font-family: "TH Sarabun New", "Sarabun", "Noto Sans Thai", "Loma", "Tahoma", system-ui, sans-serif;
          font-size: 1.05rem; line-height: 1.6; text-align: left;
        }
        .planpress-overlay-box {
          position: relative; max-width: 60rem; margin: 2rem auto; padding: 1.5rem 1.75rem;
          background: #1d2430; border-top: 0.4rem solid #e5484d; border-radius: 0.4rem;
          box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.5);
        }
        .planpress-overlay-title { margin: 0 3rem 0.5rem 0; padding: 0; border: 0; color: #ff8589; font-size: 1.35rem; }
        .planpress-overlay-summary, .planpress-overlay-note, .planpress-overlay-more { color: #c3cad4; margin: 0.25rem 0; }
        .planpress-overlay-list { margin: 1rem 0; padding-left: 1.5rem; }
        .planpress-overlay-item { margin: 0 0 1rem; }
        .planpress-overlay-head, .planpress-overlay-message, .planpress-overlay-hint { margin: 0.1rem 0; }
        .planpress-overlay-location, .planpress-overlay-excerpt, .planpress-overlay-failure {
          font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 0.92rem;
        }
        .planpress-overlay-location { color: #8ecbff; }
        .planpress-overlay-code { color: #ffb224; font-weight: 700; }
        .planpress-overlay-hint { color: #7ee2a8; }
        .planpress-overlay-excerpt, .planpress-overlay-failure {
          margin: 0.4rem 0; padding: 0.5rem 0.75rem; background: #11151c; border-radius: 0.25rem;
          white-space: pre; overflow-x: auto; color: #e6e9ee;
        }
        .planpress-overlay-close {
          position: absolute; top: 1rem; right: 1rem; padding: 0.25rem 0.75rem; cursor: pointer;
          font: inherit; color: #f5f7fa; background: transparent; border: 1px solid #5a6472; border-radius: 0.25rem;
        }
        .planpress-overlay-close:hover, .planpress-overlay-close:focus { border-color: #f5f7fa; }

        """
}
