#!/usr/bin/env python3
"""Checks the committee booklet PDF the way a reader would, with poppler-utils only.

    scripts/check_booklet_pdf.py OUTPUT_DIR [--png-dir DIR]

Reads OUTPUT_DIR/print/booklet.pdf (and booklet.html for the expected title and chapters) and
checks, independently of PlanPress's code:

  metadata   A4 pages, the document title is the HTML <title>, the language is Thai (/Lang).
  outline    every chapter (<h1>) of the HTML is a top-level PDF bookmark.
  page-no    every page but the cover carries its number in the footer, in Thai digits, counting up.
  toc        each entry of สารบัญ gives the number printed on the page where its heading is (found
             through the bookmark of the same title) and the heading's text is on that page.
  headings   no heading (bookmark) is the last thing on its page.
  digits     no number in the text is written with Arabic digits (addresses, e-mails and file
             names excepted).
  breaks     no line of the text breaks inside a Thai word or grapheme: each break between two
             Thai letters is a word boundary for a Thai dictionary (libthai's word list, and ICU's
             when PyICU is installed), no line starts with a combining mark or ends with a leading
             vowel.

With --png-dir, pages (cover, contents, the first page of part 3) are rendered with pdftoppm as
PNG files for the CI artefacts. Prints one line per check and `N passed, M failed`; exits 1 when a
check failed.
"""

import argparse
import ctypes
import html
import html.parser
import os
import re
import subprocess
import sys
import unicodedata
import zlib

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
COMBINING = set(chr(c) for c in [0x0E31] + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))
LEADING_VOWELS = set("เแโใไ")
A4 = (595.276, 841.89)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8", "replace")


def key(text):
    """A comparison key for Thai text as PDF viewers give it back: compatibility form (ำ and ํา
    alike), without NIKHAHIT (whose place next to a tone mark varies), without spaces."""
    text = unicodedata.normalize("NFKC", text).replace("\u0e4d", "")
    return re.sub(r"\s+", "", text)


def thai_to_int(s):
    return int("".join(str(THAI_DIGITS.index(c)) for c in s))


BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "caption", "figcaption", "tr", "br",
          "section", "article", "ul", "ol", "table", "thead", "tbody", "tfoot", "figure", "body"}


class Booklet(html.parser.HTMLParser):
    """The <title>, the text of every <h1>, and the visible text with a line break between blocks."""

    def __init__(self):
        super().__init__()
        self.title = ""
        self.h1 = []
        self.text = []
        self._in = None
        self._skip = 0
        self._titles = 0

    def handle_starttag(self, tag, attrs):
        # SVG charts carry <title> and <desc> for screen readers: never drawn, not the document's title.
        if tag in ("style", "script", "title", "desc"):
            self._skip += 1
        if tag == "title":
            self._titles += 1
        if tag in BLOCKS:
            self.text.append("\n")
        if tag in ("title", "h1"):
            self._in = tag
            if tag == "h1":
                self.h1.append("")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title", "desc"):
            self._skip -= 1
        if tag in BLOCKS:
            self.text.append("\n")
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "title" and self._titles == 1:
            self.title += data
        elif self._in == "h1":
            self.h1[-1] += data
        if not self._skip:
            self.text.append(data)

    def visible(self):
        """The visible text, one block a line."""
        return "\n".join(re.sub(r"\s+", " ", line).strip() for line in "".join(self.text).split("\n"))


class Searchable:
    """The booklet's visible text in comparison form (see `key`, block ends kept as newlines), with
    each character's place in the original text and whether a space followed it there."""

    def __init__(self, text):
        self.original = text
        chars, where, space = [], [], []
        for i, c in enumerate(text):
            if c in " \t\u00a0":
                if space:
                    space[-1] = True
                continue
            for n in unicodedata.normalize("NFKC", c).replace("\u0e4d", ""):
                chars.append(n)
                where.append(i)
                space.append(False)
        self.text = "".join(chars)
        self.where = where
        self.space = space

    def junctions(self, tail, head):
        """Places in the original text where `tail` runs on into `head` with no space between."""
        found = []
        start = 0
        needle = tail + head
        while len(found) < 50:
            i = self.text.find(needle, start)
            if i < 0:
                break
            j = i + len(tail) - 1
            if not self.space[j]:
                found.append(self.where[j + 1])
            start = i + 1
        return found

    def words_around(self, at):
        """The Thai letters before and from `at` in the original text."""
        left = at
        while left > 0 and is_thai_letter(self.original[left - 1]):
            left -= 1
        right = at
        while right < len(self.original) and is_thai_letter(self.original[right]):
            right += 1
        return self.original[left:at], self.original[at:right]


def outline(pdf):
    """[(level, title, page)] from the PDF bookmarks, via pdftohtml -xml."""
    xml = run("pdftohtml", "-xml", "-i", "-q", "-stdout", pdf)
    items = []
    level = 0
    for m in re.finditer(r"<outline>|</outline>|<item page=\"(\d+)\">(.*?)</item>", xml, re.S):
        if m.group(0) == "<outline>":
            level += 1
        elif m.group(0) == "</outline>":
            level -= 1
        else:
            items.append((level, html.unescape(re.sub(r"<[^>]+>", "", m.group(2))), int(m.group(1))))
    return items


def pages_lines(pdf):
    """Each page's lines as [(y, text)], rebuilt from pdftotext's word boxes in drawing order.

    pdftotext's own line finding starts a new line when a glyph moves left, which Thai marks do
    (ฟื้ comes out as ฟื, a line break, then ้): here a line ends only when the baseline moves, and
    words closer than 1.5 pt are one word."""
    xml = run("pdftotext", "-raw", "-bbox", pdf, "-")
    pages = []
    for page in re.split(r"<page [^>]*>", xml)[1:]:
        lines = []
        last = None
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page):
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            word = html.unescape(m.group(5))
            if lines and abs(y1 - lines[-1][0]) < 3:
                y, text = lines[-1]
                lines[-1] = (y, text + ("" if x0 - last < 1.5 else " ") + word)
            else:
                lines.append((y1, word))
            last = x1
        pages.append(lines)
    return pages


class Oracles:
    """Word boundaries of Thai text from libthai's dictionary and, where installed, ICU."""

    def __init__(self):
        self.names = []
        self.libthai = None
        try:
            lib = ctypes.CDLL("libthai.so.0")
            lib.th_brk_new.restype = ctypes.c_void_p
            lib.th_brk_new.argtypes = [ctypes.c_char_p]
            lib.th_brk_find_breaks.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_size_t]
            lib.th_brk_find_breaks.restype = ctypes.c_int
            self.brk = lib.th_brk_new(None)
            if self.brk:
                self.libthai = lib
                self.names.append("libthai")
        except OSError:
            pass
        self.icu = None
        try:
            import icu  # PyICU, optional

            self.icu = icu
            self.names.append("ICU")
        except ImportError:
            pass

    def boundaries(self, text):
        found = set()
        if self.libthai:
            data = text.encode("tis_620", "replace")
            pos = (ctypes.c_int * (len(data) + 1))()
            n = self.libthai.th_brk_find_breaks(self.brk, data, pos, len(data) + 1)
            found.update(pos[i] for i in range(n))
        if self.icu:
            bi = self.icu.BreakIterator.createWordInstance(self.icu.Locale("th"))
            bi.setText(text)
            found.update(bi)  # UTF-16 offsets; Thai is in the BMP, so they are character offsets
        return found


def restore_sara_am(text):
    """Back from the PDF's ํา (with a tone mark in between or before) to ำ, for segmentation."""
    text = re.sub("\u0e4d([\u0e48-\u0e4b])\u0e32", "\\1\u0e33", text)
    text = re.sub("([\u0e48-\u0e4b])\u0e4d\u0e32", "\\1\u0e33", text)
    return text.replace("\u0e4d\u0e32", "\u0e33")


def is_thai_letter(c):
    return "\u0e01" <= c <= "\u0e4e"


def literal(token):
    """Words written for machines keep their digits: addresses, e-mail, file names, codes (a number
    next to Latin letters). A number among Thai words, or alone, must be in Thai digits."""
    return re.search(r"[A-Za-z]", token)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("output")
    ap.add_argument("--png-dir")
    args = ap.parse_args()
    pdf = os.path.join(args.output, "print", "booklet.pdf")
    page_html = os.path.join(args.output, "print", "booklet.html")
    results = []

    def check(name, ok, detail=""):
        results.append(bool(ok))
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""))

    if not os.path.exists(pdf):
        check("booklet.pdf exists", False, pdf)
        print("0 passed, 1 failed")
        return 1
    booklet = Booklet()
    with open(page_html, encoding="utf-8") as f:
        booklet.feed(f.read())
    searchable = Searchable(booklet.visible())

    # metadata
    info = dict(line.split(":", 1) for line in run("pdfinfo", pdf).splitlines() if ":" in line)
    pages = int(info["Pages"].strip())
    check("pages", pages > 10, f"{pages} pages")
    size = re.findall(r"[\d.]+", info.get("Page size", ""))
    check("A4 portrait", len(size) >= 2 and abs(float(size[0]) - A4[0]) < 1 and abs(float(size[1]) - A4[1]) < 1, info.get("Page size", "").strip())
    title = info.get("Title", "").strip()
    check("document title", title == booklet.title.strip(), repr(title))
    data = open(pdf, "rb").read()
    texts = [data]
    for m in re.finditer(rb"stream\r?\n", data):
        try:
            texts.append(zlib.decompressobj().decompress(data[m.end() : m.end() + 4_000_000]))
        except zlib.error:
            pass
    check("document language /Lang (th)", any(re.search(rb"/Lang\s*\(th(-TH)?\)", t) for t in texts))

    # outline
    marks = outline(pdf)
    top = [(t, p) for level, t, p in marks if level == 1]
    top_keys = {key(t) for t, _ in top}
    missing = [h for h in booklet.h1 if key(h) not in top_keys]
    check(
        "every chapter is a bookmark",
        not missing and len(top) >= 8,
        f"{len(top)} chapters, {len(marks)} bookmarks" + (f", missing {missing}" if missing else ""),
    )
    page_of = {}
    for _, t, p in marks:
        page_of.setdefault(key(t), p)

    # the page's header (above 2.5 cm), body and footer (below the last 2 cm)
    lines = pages_lines(pdf)
    body = [[t for y, t in page if 71 < y < 785] for page in lines]
    labels = {i + 1: " ".join(t for y, t in page if y >= 785).strip() for i, page in enumerate(lines)}
    bad_labels = [(p, labels[p]) for p in range(2, pages + 1) if not labels[p] or any(c not in THAI_DIGITS for c in labels[p])]
    counting = [thai_to_int(labels[p]) for p in range(2, pages + 1) if labels[p] and all(c in THAI_DIGITS for c in labels[p])]
    check(
        "page numbers in Thai digits in every footer",
        not bad_labels and not labels[1] and counting == sorted(counting) and len(set(counting)) == len(counting),
        f"pages 2–{pages} numbered {labels.get(2)}…{labels.get(pages)}" + (f"; wrong: {bad_labels[:5]}" if bad_labels else ""),
    )

    # table of contents
    toc_start = page_of.get(key("สารบัญ"))
    entries = []
    if toc_start:
        following = sorted(p for _, p in top if p > toc_start)
        toc_end = (following[0] - 1) if following else toc_start
        pending = ""
        for p in range(toc_start, toc_end + 1):
            for line in body[p - 1]:
                line = line.strip()
                if not line or line in ("สารบัญ", "เรื่อง", "หน้า") or re.fullmatch(r"เรื่อง\s*หน้า", line):
                    continue
                m = re.match(r"^(.*?)[\s.]*\.{2,}\s*([" + THAI_DIGITS + r"0-9]+)$", line)
                if m:
                    entries.append(((pending + " " + m.group(1)).strip(), m.group(2)))
                    pending = ""
                else:
                    pending = (pending + " " + line).strip()
    wrong = []
    # Entries and level 1–2 bookmarks come in the same order; a title may repeat (a strategy in
    # part 3 and again in part 5), so each entry takes the next bookmark of its title.
    upper = [(key(t), p) for level, t, p in marks if level <= 2]
    cursor = 0
    for title_text, number in entries:
        p = None
        for i in range(cursor, len(upper)):
            if upper[i][0] == key(title_text):
                p, cursor = upper[i][1], i + 1
                break
        if p is None:
            wrong.append(f"{title_text!r}: no bookmark")
        elif labels.get(p) != number:
            wrong.append(f"{title_text!r}: contents say {number}, heading on page {labels.get(p)}")
        elif key(title_text) not in key("".join(body[p - 1])):
            wrong.append(f"{title_text!r}: not on page {number}")
    listed = {key(e) for e, _ in entries}
    not_listed = [t for t, _ in top if key(t) not in listed and key(t) != key("สารบัญ")]
    check(
        "contents give the page of each heading",
        entries and not wrong and not not_listed,
        f"{len(entries)} entries" + (f"; {wrong[:5]}" if wrong else "") + (f"; chapters not listed: {not_listed}" if not_listed else ""),
    )

    # no heading left alone at the foot of a page
    orphans = []
    for level, t, p in marks:
        if 1 <= p <= pages and key("".join(body[p - 1])).endswith(key(t)):
            orphans.append((labels.get(p), t))
    check("no heading alone at the foot of a page", not orphans, f"{orphans[:5]}" if orphans else f"{len(marks)} headings")

    # digits and line breaks
    arabic = []
    bad_breaks = []
    junctions = 0
    oracles = Oracles()
    for p in range(1, pages + 1):
        page = body[p - 1]
        for token in " ".join(page).split():
            if re.search(r"[0-9]", token) and not literal(token):
                arabic.append((p, token))
        for a, b in zip(page, page[1:]):
            a, b = a.rstrip(), b.lstrip()
            if b[:1] in COMBINING:
                bad_breaks.append((p, a[-12:] + "⏎" + b[:12], "line starts with a mark"))
                continue
            if a[-1:] in LEADING_VOWELS:
                bad_breaks.append((p, a[-12:] + "⏎" + b[:12], "line ends with a leading vowel"))
                continue
            if not (is_thai_letter(a[-1:] or " ") and is_thai_letter(b[:1] or " ")) or not oracles.names:
                continue
            # Only a break inside a run of text matters; two blocks one after the other do not.
            places = searchable.junctions(key(a)[-10:], key(b)[:10])
            if not places:
                continue
            junctions += 1
            pairs = [searchable.words_around(at) for at in places]
            if not any(len(l) in oracles.boundaries(l + r) for l, r in pairs):
                bad_breaks.append((p, "|".join(pairs[0]), "inside a word"))
    check("numbers in Thai digits", not arabic, f"{len(arabic)} Arabic numbers: {arabic[:8]}" if arabic else "")
    check(
        "no Thai word or grapheme split across lines",
        not bad_breaks and bool(oracles.names) and junctions > 0,
        f"{junctions} breaks inside Thai text checked with {' and '.join(oracles.names) or 'no dictionary'}"
        + (f"; {bad_breaks[:8]}" if bad_breaks else ""),
    )

    if args.png_dir:
        os.makedirs(args.png_dir, exist_ok=True)
        part3 = next((p for t, p in top if "ส่วนที่ ๓" in t or "ส่วนที่ 3" in t), 3)
        for name, p in (("cover", 1), ("contents", toc_start or 3), ("part-3", part3)):
            run("pdftoppm", "-png", "-r", "60", "-singlefile", "-f", str(p), "-l", str(p), pdf, os.path.join(args.png_dir, f"booklet-{name}"))
        print(f"     pages rendered to {args.png_dir}")

    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
