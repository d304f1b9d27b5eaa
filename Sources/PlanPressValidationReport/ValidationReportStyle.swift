/// The validation report's style sheet, inlined in every page: readable Thai on screen and on
/// A4 paper, in colour and in black and white (marks are boxed and underlined, not only tinted).
/// The Sarabun font travels beside the pages (`fonts/`), so Thai shows on a machine without a
/// Thai font.
enum ValidationReportStyle {
    static let css = """
        @font-face { font-family: "Sarabun"; src: url("fonts/Sarabun-Regular.ttf") format("truetype"); font-weight: 400; }
        @font-face { font-family: "Sarabun"; src: url("fonts/Sarabun-Bold.ttf") format("truetype"); font-weight: 700; }
        @page { size: A4; margin: 16mm 15mm 18mm; }
        * { box-sizing: border-box; }
        body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Leelawadee UI", "Tahoma", sans-serif;
          font-size: 16px; line-height: 1.6; color: #1a1a1a; margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
        h1 { font-size: 1.45rem; margin: .2rem 0 .6rem; line-height: 1.35; }
        h2 { font-size: 1.2rem; margin: 1.6rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #ccc; }
        h3 { font-size: 1.05rem; margin: 0 0 .3rem; line-height: 1.45; }
        p { margin: .3rem 0; }
        .office { color: #444; margin: 0; }
        table.facts { border-collapse: collapse; margin: .6rem 0; }
        table.facts th { text-align: left; font-weight: normal; color: #555; padding: .1rem 1rem .1rem 0; vertical-align: top; }
        table.facts td { padding: .1rem 0; }
        .verdict { border: 2px solid; border-radius: 6px; padding: .7rem 1rem; margin: 1rem 0; }
        .verdict strong { font-size: 1.15rem; }
        .verdict.errors { border-color: #b3261e; background: #fdf0ef; }
        .verdict.warnings { border-color: #a86b00; background: #fff7e6; }
        .verdict.ok { border-color: #1e7b34; background: #eef8f0; }
        .howto { border-left: 4px solid #999; padding: .3rem 1rem; margin: 1rem 0; background: #f6f6f6; }
        .howto ol { margin: .3rem 0; padding-left: 1.4rem; }
        .problem { border: 1px solid #ccc; border-left: 6px solid; border-radius: 4px; padding: .7rem 1rem; margin: .8rem 0;
          break-inside: avoid; page-break-inside: avoid; }
        .problem.error { border-left-color: #b3261e; }
        .problem.warning { border-left-color: #d18b00; }
        .problem .where { color: #444; }
        .problem .fix { margin-top: .5rem; }
        .problem .fix b { color: #0b5394; }
        .problem .code { color: #666; font-size: .85rem; margin-top: .4rem; }
        .tag { display: inline-block; font-size: .8rem; font-weight: bold; border: 1px solid; border-radius: 3px; padding: 0 .35rem;
          margin-right: .35rem; vertical-align: .1rem; }
        .tag.error { color: #b3261e; }
        .tag.warning { color: #8a5a00; }
        pre.quote { font-family: "Noto Sans Mono", "DejaVu Sans Mono", "Consolas", "Courier New", monospace; font-size: .9rem;
          line-height: 1.55; background: #fafafa; border: 1px solid #ddd; border-radius: 4px; padding: .4rem .6rem; margin: .5rem 0;
          white-space: pre-wrap; overflow-wrap: anywhere; }
        pre.quote .n { color: #888; user-select: none; }
        pre.quote .hit { font-weight: bold; background: #fff3b0; }
        pre.quote .spot { background: #ffd6d2; outline: 2px solid #b3261e; text-decoration: underline wavy #b3261e;
          text-underline-offset: 3px; font-weight: bold; }
        pre.quote .spot.at-end { outline-style: dashed; }
        pre.quote .tab { color: #b3261e; }
        pre.quote .arrow { color: #b3261e; font-weight: bold; }
        table.cells { border-collapse: collapse; margin: .4rem 0; font-size: .9rem; max-width: 100%; display: block; overflow-x: auto; }
        table.cells th, table.cells td { border: 1px solid #bbb; padding: .2rem .5rem; text-align: left; vertical-align: top; }
        table.cells thead th, table.cells tbody th { background: #eee; color: #555; font-weight: normal; }
        table.cells tr.headers td { background: #f4f4f4; font-weight: bold; }
        table.cells th.hit { background: #ffd6d2; color: #b3261e; font-weight: bold; }
        table.cells td.spot { background: #ffd6d2; outline: 2px solid #b3261e; font-weight: bold; }
        table.units { border-collapse: collapse; width: 100%; margin: .6rem 0; }
        table.units th, table.units td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        table.units th { background: #f0f0f0; white-space: nowrap; }
        table.units td:last-child { white-space: nowrap; }
        table.units td.num { text-align: right; }
        .state { font-weight: bold; white-space: nowrap; }
        .state.errors { color: #b3261e; }
        .state.missing { color: #6b3fa0; }
        .state.warnings { color: #8a5a00; }
        .state.ok { color: #1e7b34; }
        .late { color: #b3261e; white-space: nowrap; }
        .counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: .8rem 0; padding: 0; list-style: none; }
        .counts li { border: 1px solid #ccc; border-radius: 4px; padding: .3rem .8rem; }
        .counts b { font-size: 1.2rem; }
        .muted { color: #666; }
        footer { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid #ccc; color: #666; font-size: .85rem; }
        @media print {
          body { padding: 0; max-width: none; font-size: 14pt; }
          a { color: inherit; text-decoration: none; }
          .verdict, .problem, pre.quote, pre.quote .spot, pre.quote .hit, table.cells td.spot, table.cells th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2 { break-after: avoid; page-break-after: avoid; }
        }
        """
}
