#!/usr/bin/env python3
"""Independent figure checker for PlanPress.

Usage:
    python3 scripts/check_figures.py CONTENT_DIR OUTPUT_DIR
    python3 scripts/check_figures.py CONTENT_DIR OUTPUT_DIR --summary

Re-computes, from the content only (site.yaml, framework/*.yaml, units/*), every
figure that `planpress build` writes to OUTPUT_DIR/data/projects.csv,
indicators.csv and alignment.csv, following the counting rules of
the spec (submission-format.md, framework-and-site.md, cli-and-outputs.md), and
compares them cell by cell. Money is decimal.Decimal end to end, never float.

It also re-computes the alignment analysis and compares it with what the build
publishes:
- the matrices units x top-level strategies of the primary plan and affiliations x
  top-level items of the rank-1 plan (projects and budget allocated per cell; a
  project counts once per item it reaches, with its whole budget). They are in no
  data file, so they are read from the site's alignment.html, from the marks
  `<data data-audit="matrix.units.UNIT.CODE.projects" value="3">3</data>`
  (html.parser; the visible text must state the same figure);
- per plan, the projects that reach more than one top-level item (alignment.html,
  plans/ID.html, report.json, report.xml);
- gaps: the items of each plan no project reaches (plans/ID.html `data-gap-item`,
  items/CODE.html, the count on alignment.html, report.json roll-ups, report.xml
  gap="true") and the strategic indicators with no contributing project indicator
  and no reported value (alignment.html `data-gap-indicator`, report.json, report.xml);
- every item's roll-up as marked on alignment.html, plans/ID.html, items/CODE.html
  and stated in report.json and report.xml;
- each strategic indicator's value for the year by its `aggregation` (sum, mean, ratio of
  the summed numerators and denominators × per, single), rounded half up to two decimals
  (report.json `year_value`, report.xml `yearValue`, strategic_indicators.csv `value`);
- how each value is made: the aggregation used, whether the framework chose it, `per`, and the
  contributing entries in unit order (every entry for sum and mean, those with numerator and
  denominator for a ratio, the reported_by unit's for single), each with its value (a ratio's
  own rate numerator × per ÷ denominator, half up, 0 for a zero denominator), numerator,
  denominator, note and as_of (report.json `contributors`, report.xml `contributor`), every
  entry of `reported` alike; and the marks `indicator.CODE.value`, `indicator.CODE.units` and
  `indicator.CODE.N.UNIT.value|numerator|denominator` of the item pages (every figure of their
  indicators), the plan pages and alignment.html (value and units).
- trends.csv: each earlier year's rows (totals, every plan item, every unit) as that year's own
  content/history/<year>/report.json states them, this year's from the units' files, in order
  (years ascending; the totals, the items in framework order then those only earlier years had,
  the units by id), no row for what did not exist that year.
- the percentage of the target achieved (value / target x 100, or target / value x 100 for
  `decrease`; 100 or 0 when the divisor is 0) and its grade on the plan's `rating_bands` (or
  the standard bands), for every strategic indicator (strategic_indicators.csv) and every
  measured quantitative project indicator on the primary plan's bands (indicators.csv); on the
  site, each strategic indicator's marks `indicator.CODE.percent` and `indicator.CODE.rating`
  (the band's index, its label as shown) on the item pages, plan pages and alignment.html, and
  the counts of graded project indicators by band `total|unit.ID|item.CODE.indicators.band.N`
  on the home, unit and item pages;
- with a history (content/history/<BE year>/report.json, each read here on its own): every
  earlier year's figure the site marks (`history.YEAR.total|item.CODE|unit.ID.FIGURE`,
  `history.YEAR.indicator.CODE.value`) and every change from the latest earlier year that has
  the code (`change.…`), on the home, units, unit, plan and item pages, each page stating all of
  its own.

Prints one line per failed check and finishes with `N passed, M failed`.
Exit status: 0 all passed, 1 some check failed, 2 usage error or missing files.

`--summary` only parses the content and prints the headline figures (units,
projects, budget totals, projects per strategy of the primary plan); OUTPUT_DIR
is not read.

Only Python 3.11 standard library + PyYAML. All submissions are assumed valid
(run `planpress check` first); this script does not re-validate them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections import OrderedDict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from html.parser import HTMLParser
from xml.etree import ElementTree

try:
    import yaml
except ImportError:  # pragma: no cover
    print("check_figures.py needs PyYAML (pip install pyyaml / apt install python3-yaml)", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------
# Reading files

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


class ContentError(Exception):
    pass


def decode_bytes(raw: bytes) -> str:
    """UTF-8 (with or without BOM); UTF-16 with BOM; else Windows-874/TIS-620."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp874")


def load_tree(path: str):
    """Load a YAML or JSON file. YAML scalars all come back as strings
    (BaseLoader); JSON numbers as int / Decimal."""
    with open(path, "rb") as f:
        text = decode_bytes(f.read())
    if path.lower().endswith(".json"):
        return json.loads(text, parse_float=Decimal)
    return yaml.load(text, Loader=yaml.BaseLoader)


# --------------------------------------------------------------------------
# Scalars

NULLS = {"", "~", "null", "Null", "NULL"}


def is_absent(v) -> bool:
    return v is None or (isinstance(v, str) and v.strip() in NULLS)


def to_decimal(v) -> Decimal:
    if isinstance(v, bool):
        raise ContentError(f"not a number: {v!r}")
    if isinstance(v, int):
        return Decimal(v)
    if isinstance(v, Decimal):
        return v
    if isinstance(v, float):  # never produced by our loaders; be exact anyway
        return Decimal(repr(v))
    if isinstance(v, str):
        s = v.strip().translate(THAI_DIGITS).replace(",", "")
        if s.endswith("%"):
            s = s[:-1].strip()
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", s):
            raise ContentError(f"not a number: {v!r}")
        try:
            return Decimal(s)
        except InvalidOperation:
            raise ContentError(f"not a number: {v!r}")
    raise ContentError(f"not a number: {v!r}")


def to_bool(v) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, str) and v.strip() in ("true", "True", "TRUE"):
        return True
    if isinstance(v, str) and v.strip() in ("false", "False", "FALSE"):
        return False
    raise ContentError(f"not a boolean: {v!r}")


def to_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def money_str(d: Decimal) -> str:
    return str(d.quantize(Decimal("0.01")))


THAI_MONTHS = {
    "มกราคม": 1, "ม.ค.": 1, "กุมภาพันธ์": 2, "ก.พ.": 2, "มีนาคม": 3, "มี.ค.": 3,
    "เมษายน": 4, "เม.ย.": 4, "พฤษภาคม": 5, "พ.ค.": 5, "มิถุนายน": 6, "มิ.ย.": 6,
    "กรกฎาคม": 7, "ก.ค.": 7, "สิงหาคม": 8, "ส.ค.": 8, "กันยายน": 9, "ก.ย.": 9,
    "ตุลาคม": 10, "ต.ค.": 10, "พฤศจิกายน": 11, "พ.ย.": 11, "ธันวาคม": 12, "ธ.ค.": 12,
}


def parse_date(v) -> date:
    """Return the CE date. `YYYY-MM-DD` (year >= 2400 is BE) or Thai text
    `20 ตุลาคม 2569` / `20 ต.ค. 2569` / `20 ต.ค. 69` (Thai or Arabic digits)."""
    if isinstance(v, date):  # only if a caller used a YAML 1.1 loader
        return date(v.year - 543, v.month, v.day) if v.year >= 2400 else v
    s = to_text(v).strip().translate(THAI_DIGITS)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y >= 2400:
            y -= 543
        return date(y, mo, d)
    m = re.fullmatch(r"(\d{1,2})\s*(\S+?)\s*(\d{2}|\d{4})", s)
    if m and m.group(2) in THAI_MONTHS:
        d, mo, y = int(m.group(1)), THAI_MONTHS[m.group(2)], int(m.group(3))
        if y < 100:
            y += 2500
        return date(y - 543, mo, d)
    raise ContentError(f"not a date: {v!r}")


def as_list(v):
    if is_absent(v):
        return []
    if isinstance(v, list):
        return v
    return [v]


# --------------------------------------------------------------------------
# The model

class Item:
    def __init__(self, plan_id, code, name, parent, depth, supports):
        self.plan_id = plan_id
        self.code = code
        self.name = name
        self.parent = parent
        self.depth = depth
        self.supports = supports
        self.indicators = []  # strategic indicator codes


class Framework:
    def __init__(self):
        self.plans = OrderedDict()  # id -> dict(name, rank)
        self.items = OrderedDict()  # code -> Item
        self.indicators = OrderedDict()  # code -> (item code, dict)
        self._closure_cache = {}

    def add_items(self, plan_id, items, parent, depth):
        for it in as_list(items):
            code = to_text(it["code"])
            item = Item(plan_id, code, to_text(it.get("name")), parent, depth,
                        [to_text(c) for c in as_list(it.get("supports"))])
            if code in self.items:
                raise ContentError(f"duplicate item code {code}")
            self.items[code] = item
            for ind in as_list(it.get("indicators")):
                icode = to_text(ind["code"])
                self.indicators[icode] = (code, ind)
                item.indicators.append(icode)
            self.add_items(plan_id, it.get("items"), code, depth + 1)

    def reach(self, code):
        """Every item code reached from `code`: itself, its nesting ancestors,
        and everything reached by `supports` edges, transitively."""
        if code in self._closure_cache:
            return self._closure_cache[code]
        seen = set()
        stack = [code]
        while stack:
            c = stack.pop()
            if c in seen:
                continue
            item = self.items.get(c)
            if item is None:
                raise ContentError(f"unknown framework code {c}")
            seen.add(c)
            if item.parent:
                stack.append(item.parent)
            stack.extend(item.supports)
        self._closure_cache[code] = frozenset(seen)
        return self._closure_cache[code]

    def closure(self, codes):
        out = set()
        for c in codes:
            out |= self.reach(c)
        return out


# Without `rating_bands`: the Education Council's cut points with the target on top.
STANDARD_BANDS = [(Decimal(100), "ดีเยี่ยม"), (Decimal(75), "ดี"), (Decimal(60), "พอใช้"),
                  (Decimal(50), "ต้องปรับปรุง"), (Decimal(0), "ต้องปรับปรุงเร่งด่วน")]


def percent_of_target(value: Decimal, target: Decimal, direction: str) -> Decimal:
    """How far `value` went toward `target`, direction-aware, rounded half up to 2 decimals."""
    dividend, divisor = (target, value) if direction == "decrease" else (value, target)
    if divisor == 0:
        met = value <= target if direction == "decrease" else value >= target
        return Decimal(100 if met else 0)
    return (dividend * 100 / divisor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def band_index(bands, percent: Decimal) -> int:
    """The index (from 0) of the first band (highest first) whose `from` the percentage reaches."""
    for i, (start, _) in enumerate(bands):
        if percent >= start:
            return i
    return len(bands) - 1


def grade(bands, percent: Decimal) -> str:
    """The label of the first band (highest first) whose `from` the percentage reaches."""
    for start, label in bands:
        if percent >= start:
            return label
    return bands[-1][1]


def load_framework(content_dir) -> Framework:
    fw = Framework()
    fdir = os.path.join(content_dir, "framework")
    files = sorted(f for f in os.listdir(fdir) if f.lower().endswith((".yaml", ".yml", ".json")))
    plans = []
    for f in files:
        d = load_tree(os.path.join(fdir, f))
        plans.append(d)
    # rank order, then id: the order the report lists the plans in
    plans.sort(key=lambda d: (int(to_decimal(d["rank"])), to_text(d["id"])))
    for d in plans:
        pid = to_text(d["id"])
        bands = STANDARD_BANDS
        if not is_absent(d.get("rating_bands")):
            bands = [(to_decimal(b["from"]), to_text(b["label"])) for b in as_list(d.get("rating_bands"))]
        fw.plans[pid] = {"name": to_text(d.get("name")), "rank": int(to_decimal(d["rank"])), "bands": bands}
        fw.add_items(pid, d.get("items"), None, 1)
    return fw


class Indicator:
    def __init__(self, no, raw, project_status):
        self.no = no
        self.raw = raw
        self.name = to_text(raw.get("name"))
        self.kind = to_text(raw.get("kind")) if not is_absent(raw.get("kind")) else "quantitative"
        self.unit = "" if is_absent(raw.get("unit")) else to_text(raw.get("unit"))
        self.direction = to_text(raw.get("direction")) if not is_absent(raw.get("direction")) else "increase"
        self.contributes_to = "" if is_absent(raw.get("contributes_to")) else to_text(raw.get("contributes_to"))
        self.has_actual = "actual" in raw and not is_absent(raw.get("actual"))
        self.target = raw.get("target")
        self.actual = raw.get("actual") if self.has_actual else None
        if project_status == "cancelled" or not self.has_actual:
            self.result = "not_measured"
        elif self.kind == "qualitative":
            self.result = "achieved" if to_bool(raw.get("achieved")) else "not_achieved"
        else:
            t, a = to_decimal(self.target), to_decimal(self.actual)
            ok = a <= t if self.direction == "decrease" else a >= t
            self.result = "achieved" if ok else "not_achieved"
        # Graded only when measured and quantitative.
        self.percent = None
        if self.result != "not_measured" and self.kind == "quantitative":
            self.percent = percent_of_target(to_decimal(self.actual), to_decimal(self.target), self.direction)


class Project:
    def __init__(self, unit, raw, fw: Framework):
        self.unit = unit
        self.raw = raw
        self.id = to_text(raw["id"])
        self.name = to_text(raw.get("name"))
        self.status = to_text(raw.get("status"))
        self.strategies = [to_text(c) for c in as_list(raw.get("strategies"))]
        self.also_supports = [to_text(c) for c in as_list(raw.get("also_supports"))]
        self.closure = fw.closure(self.strategies + self.also_supports)
        budget = raw.get("budget") or {}
        self.allocated = to_decimal(budget.get("allocated"))
        self.spent_given = not is_absent(budget.get("spent"))
        self.spent = to_decimal(budget.get("spent")) if self.spent_given else Decimal(0)
        self.source = "government" if is_absent(budget.get("source")) else to_text(budget.get("source"))
        period = raw.get("period") or {}
        self.start = None if is_absent(period.get("start")) else parse_date(period.get("start"))
        self.end = None if is_absent(period.get("end")) else parse_date(period.get("end"))
        self.indicators = [Indicator(i + 1, ind, self.status) for i, ind in enumerate(as_list(raw.get("indicators")))]

    def count(self, result):
        return sum(1 for i in self.indicators if i.result == result)


PERCENT_UNITS = ("ร้อยละ", "%", "เปอร์เซ็นต์")


def ratio_per(ind: dict) -> Decimal:
    """A ratio's factor: `per`, else 100 for a percentage unit, else 1."""
    unit = to_text(ind.get("unit")).strip() if not is_absent(ind.get("unit")) else ""
    percent = unit in PERCENT_UNITS or unit.lower() == "percent"
    return to_decimal(ind.get("per")) if not is_absent(ind.get("per")) else Decimal(100 if percent else 1)


def entry_figures(how: str, per, r: dict) -> dict:
    """A unit's entry as the data channels state it: value (a ratio's own rate, half up to two
    decimals, 0 for a zero denominator), numerator, denominator, note, as_of (ISO CE)."""
    num = den = None
    if how == "ratio" and not is_absent(r.get("numerator")) and not is_absent(r.get("denominator")):
        num, den = to_decimal(r.get("numerator")), to_decimal(r.get("denominator"))
        value = Decimal(0) if den == 0 else (num * per / den).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    else:
        value = to_decimal(r.get("value"))
    return {
        "value": value, "numerator": num, "denominator": den,
        "note": None if is_absent(r.get("note")) else to_text(r.get("note")),
        "as_of": None if is_absent(r.get("as_of")) else parse_date(r.get("as_of")).isoformat(),
    }


def indicator_making(ind: dict, entries):
    """How a strategic indicator's value is made from the units' entries [(unit id, entry)]:
    (aggregation used, whether the framework chose it, per or None, the contributing entries
    [(unit id, figures)] in unit order, every entry [(unit id, figures)])."""
    chosen = not is_absent(ind.get("aggregation"))
    how = to_text(ind.get("aggregation")) if chosen else "mean"
    per = ratio_per(ind) if how == "ratio" else None
    every = [(u, entry_figures(how, per, r)) for u, r in entries]
    if how == "single":
        contributing = [(u, e) for u, e in every if u == to_text(ind.get("reported_by"))][:1]
    elif how == "ratio":
        contributing = [(u, e) for u, e in every if e["numerator"] is not None]
    else:
        contributing = every
    return how, chosen, per, contributing, every


def year_value(ind: dict, entries) -> Decimal | None:
    """A strategic indicator's value from the units' entries [(unit id, entry)], by its
    `aggregation` (the mean without one): sum, mean, ratio (Σ numerator / Σ denominator × per,
    per 100 for a percentage unit else 1), single (the reported_by unit's value); rounded half
    up to two decimals; None without entries or with a zero Σ denominator."""
    how = to_text(ind.get("aggregation")) if not is_absent(ind.get("aggregation")) else "mean"
    if how == "single":
        entries = [(u, r) for u, r in entries if u == to_text(ind.get("reported_by"))][:1]
    if how == "ratio":
        entries = [(u, r) for u, r in entries if not is_absent(r.get("numerator")) and not is_absent(r.get("denominator"))]
    if not entries:
        return None
    if how == "ratio":
        per = ratio_per(ind)
        den = sum(to_decimal(r.get("denominator")) for _, r in entries)
        if den == 0:
            return None
        value = sum(to_decimal(r.get("numerator")) for _, r in entries) * per / den
    else:
        values = [to_decimal(r.get("value")) for _, r in entries]
        value = sum(values) if how in ("sum", "single") else sum(values) / len(values)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Unit:
    def __init__(self, path, raw, fw):
        self.path = path
        self.raw = raw
        u = raw["unit"]
        self.id = to_text(u["id"])
        self.name = to_text(u.get("name"))
        self.short_name = to_text(u.get("short_name")) if not is_absent(u.get("short_name")) else ""
        self.affiliation = to_text(u.get("affiliation"))
        self.submitted_on = None if is_absent(raw.get("submitted_on")) else parse_date(raw.get("submitted_on"))
        self.indicator_results = [to_text(r.get("code")) for r in as_list(raw.get("indicator_results"))]
        self.results = [r for r in as_list(raw.get("indicator_results")) if isinstance(r, dict)]
        self.projects = [Project(self, p, fw) for p in as_list(raw.get("projects"))]


def submission_files(content_dir):
    udir = os.path.join(content_dir, "units")
    out = []
    if not os.path.isdir(udir):
        return out
    for name in sorted(os.listdir(udir)):
        p = os.path.join(udir, name)
        if os.path.isdir(p):
            for rep in ("report.yaml", "report.yml", "report.json"):
                if os.path.isfile(os.path.join(p, rep)):
                    out.append(os.path.join(p, rep))
                    break
        elif name.lower().endswith((".yaml", ".yml", ".json")) and not name.startswith("."):
            out.append(p)
    return out


class Content:
    def __init__(self, content_dir):
        self.dir = content_dir
        self.site = load_tree(os.path.join(content_dir, "site.yaml"))
        self.fw = load_framework(content_dir)
        self.units = []
        for path in submission_files(content_dir):
            self.units.append(Unit(path, load_tree(path), self.fw))
        self.units.sort(key=lambda u: u.id)
        self.projects = [p for u in self.units for p in u.projects]

    @property
    def deadline(self):
        d = self.site.get("deadline")
        return None if is_absent(d) else parse_date(d)


# --------------------------------------------------------------------------
# Expected figures

def expected_alignment(content: Content):
    rows = OrderedDict()
    for code, item in content.fw.items.items():
        ps = [p for p in content.projects if code in p.closure]
        rows[(item.plan_id, code)] = {
            "name": item.name,
            "depth": str(item.depth),
            "projects": str(len(ps)),
            "units": str(len({p.unit.id for p in ps})),
            "allocated": sum((p.allocated for p in ps), Decimal(0)),
            "spent": sum((p.spent for p in ps), Decimal(0)),
            "indicators_achieved": str(sum(p.count("achieved") for p in ps)),
            "indicators_not_achieved": str(sum(p.count("not_achieved") for p in ps)),
            "indicators_not_measured": str(sum(p.count("not_measured") for p in ps)),
        }
    return rows


# --------------------------------------------------------------------------
# Checking

PROJECT_COLUMNS = ["unit_id", "unit_name", "project_id", "project_name", "status", "allocated",
                   "spent", "source", "strategies", "aligned_codes", "indicators", "indicators_achieved",
                   "indicators_not_achieved", "indicators_not_measured", "start", "end"]
INDICATOR_COLUMNS = ["unit_id", "project_id", "indicator_no", "name", "kind", "unit", "target", "actual",
                     "direction", "result", "contributes_to", "percent_of_target", "rating"]
STRATEGIC_COLUMNS = ["code", "name", "plan_id", "unit", "direction", "aggregation", "year", "value", "target",
                     "result", "percent_of_target", "rating", "units_reporting"]
ALIGNMENT_COLUMNS = ["plan_id", "code", "name", "depth", "projects", "units", "allocated", "spent",
                     "indicators_achieved", "indicators_not_achieved", "indicators_not_measured"]

MONEY_RE = re.compile(r"-?\d+\.\d{2}")


def csv_text(s: str) -> str:
    """A text cell as the spec writes it: a leading = + - @ gets a ' prefix."""
    return "'" + s if s[:1] in ("=", "+", "-", "@") else s


def natural_key(code):
    return [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.findall(r"\d+|\D+", code)]


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, where, what, expected=None, found=None):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            if expected is None and found is None:
                print(f"FAIL {where}: {what}")
            else:
                print(f"FAIL {where}: {what}: expected {expected!r}, found {found!r}")
        return ok

    def eq(self, where, what, expected, found):
        return self.check(expected == found, where, what, expected, found)

    def money(self, where, what, expected: Decimal, found: str):
        ok = bool(MONEY_RE.fullmatch(found or "")) and Decimal(found) == expected
        return self.check(ok, where, what, money_str(expected), found)

    def number(self, where, what, expected_raw, found: str):
        """A quantitative target/actual: equal as numbers (formatting is free)."""
        exp = to_decimal(expected_raw)
        try:
            ok = to_decimal(found.lstrip("'")) == exp
        except ContentError:
            ok = False
        return self.check(ok, where, what, str(exp), found)


def read_csv(path, required, chk: Checker, fname):
    with open(path, "rb") as f:
        raw = f.read()
    chk.check(raw.startswith(b"\xef\xbb\xbf"), fname, "starts with a UTF-8 byte-order mark")
    # every record separator outside quotes is CRLF
    in_q = False
    bad_eol = 0
    prev = b""
    for i in range(len(raw)):
        b = raw[i:i + 1]
        if b == b'"':
            in_q = not in_q
        elif b == b"\n" and not in_q and prev != b"\r":
            bad_eol += 1
        prev = b
    chk.check(bad_eol == 0, fname, f"CRLF line ends ({bad_eol} bare LF)")
    chk.check(raw.endswith(b"\r\n"), fname, "ends with CRLF")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        chk.check(False, fname, "has a header row")
        return None
    header = rows[0]
    chk.eq(fname, "header columns (in order, more may follow)", required, header[:len(required)])
    missing = [c for c in required if c not in header]
    if missing:
        chk.check(False, fname, f"missing columns {missing}")
        return None
    idx = {c: header.index(c) for c in required}
    out = []
    for n, r in enumerate(rows[1:], start=2):
        if len(r) < len(header):
            r = r + [""] * (len(header) - len(r))
        out.append((n, {c: r[i] for c, i in idx.items()}))
    return out


def check_projects(content: Content, rows, chk: Checker):
    fname = "projects.csv"
    expected = OrderedDict(((p.unit.id, p.id), p) for p in content.projects)
    seen = set()
    tot_alloc = Decimal(0)
    tot_spent = Decimal(0)
    csv_alloc = Decimal(0)
    csv_spent = Decimal(0)
    for p in content.projects:
        tot_alloc += p.allocated
        tot_spent += p.spent
    for line, r in rows:
        key = (r["unit_id"], r["project_id"])
        where = f"{fname}:{line} [{key[0]}/{key[1]}]"
        try:
            csv_alloc += Decimal(r["allocated"])
            csv_spent += Decimal(r["spent"] or "0")
        except InvalidOperation:
            pass
        if key in seen:
            chk.check(False, where, "duplicate row")
            continue
        seen.add(key)
        p = expected.get(key)
        if not chk.check(p is not None, where, "row for a project that no submission has"):
            continue
        chk.eq(where, "unit_name", csv_text(p.unit.name), r["unit_name"])
        chk.eq(where, "project_name", csv_text(p.name), r["project_name"])
        chk.eq(where, "status", p.status, r["status"])
        chk.money(where, "allocated", p.allocated, r["allocated"])
        if p.spent_given:
            chk.money(where, "spent", p.spent, r["spent"])
        else:  # an absent spent counts 0; accept 0.00 or an empty cell
            chk.check(r["spent"] == "" or (MONEY_RE.fullmatch(r["spent"]) and Decimal(r["spent"]) == 0),
                      where, "spent (absent in the submission)", "0.00 or empty", r["spent"])
        chk.eq(where, "source", p.source, r["source"])
        chk.eq(where, "strategies", ";".join(p.strategies + p.also_supports), r["strategies"])
        found_codes = [c for c in r["aligned_codes"].split(";") if c != ""]
        chk.eq(where, "aligned_codes (as a set)", ";".join(sorted(p.closure)), ";".join(sorted(set(found_codes))))
        chk.check(len(found_codes) == len(set(found_codes))
                  and (found_codes == sorted(found_codes) or found_codes == sorted(found_codes, key=natural_key)),
                  where, "aligned_codes sorted, without duplicates", None, None)
        chk.eq(where, "indicators", str(len(p.indicators)), r["indicators"])
        chk.eq(where, "indicators_achieved", str(p.count("achieved")), r["indicators_achieved"])
        chk.eq(where, "indicators_not_achieved", str(p.count("not_achieved")), r["indicators_not_achieved"])
        chk.eq(where, "indicators_not_measured", str(p.count("not_measured")), r["indicators_not_measured"])
        chk.eq(where, "start", p.start.isoformat() if p.start else "", r["start"])
        chk.eq(where, "end", p.end.isoformat() if p.end else "", r["end"])
    for key in expected:
        if key not in seen:
            chk.check(False, f"{fname} [{key[0]}/{key[1]}]", "no row for this project")
    chk.check(tot_alloc == csv_alloc, fname, "total allocated (sum of the column)", money_str(tot_alloc), money_str(csv_alloc))
    chk.check(tot_spent == csv_spent, fname, "total spent (sum of the column)", money_str(tot_spent), money_str(csv_spent))


def check_indicators(content: Content, rows, chk: Checker):
    fname = "indicators.csv"
    primary = to_text(content.site.get("primary_plan"))
    bands = content.fw.plans.get(primary, {}).get("bands", STANDARD_BANDS)
    expected = OrderedDict()
    for p in content.projects:
        for ind in p.indicators:
            expected[(p.unit.id, p.id, str(ind.no))] = ind
    seen = set()
    for line, r in rows:
        key = (r["unit_id"], r["project_id"], r["indicator_no"])
        where = f"{fname}:{line} [{key[0]}/{key[1]}#{key[2]}]"
        if key in seen:
            chk.check(False, where, "duplicate row")
            continue
        seen.add(key)
        ind = expected.get(key)
        if not chk.check(ind is not None, where, "row for an indicator that no submission has"):
            continue
        chk.eq(where, "name", csv_text(ind.name), r["name"])
        chk.eq(where, "kind", ind.kind, r["kind"])
        chk.eq(where, "unit", csv_text(ind.unit), r["unit"])
        chk.eq(where, "result", ind.result, r["result"])
        chk.eq(where, "contributes_to", ind.contributes_to, r["contributes_to"])
        if ind.kind == "quantitative":
            chk.number(where, "target", ind.target, r["target"])
            if ind.has_actual:
                chk.number(where, "actual", ind.actual, r["actual"])
            else:
                chk.eq(where, "actual (not measured)", "", r["actual"])
            chk.eq(where, "direction", ind.direction, r["direction"])
        else:
            chk.eq(where, "target", csv_text(to_text(ind.target)), r["target"])
            chk.eq(where, "actual", csv_text(to_text(ind.actual)) if ind.has_actual else "", r["actual"])
        pct = "" if ind.percent is None else f"{ind.percent:.2f}"
        chk.eq(where, "percent_of_target", pct, r["percent_of_target"])
        chk.eq(where, "rating", "" if ind.percent is None else grade(bands, ind.percent), r["rating"])
    for key in expected:
        if key not in seen:
            chk.check(False, f"{fname} [{key[0]}/{key[1]}#{key[2]}]", "no row for this indicator")


def check_strategic_indicators(content: Content, rows, chk: Checker):
    fname = "strategic_indicators.csv"
    fw = content.fw
    year = int(to_decimal(content.site.get("fiscal_year")))
    expected = list(fw.indicators)
    chk.eq(fname, "rows in framework order", expected, [r["code"] for _, r in rows])
    for line, r in rows:
        code = r["code"]
        where = f"{fname}:{line} [{code}]"
        if code not in fw.indicators:
            chk.check(False, where, "row for an indicator the framework does not have")
            continue
        item_code, ind = fw.indicators[code]
        plan = fw.items[item_code].plan_id
        how = to_text(ind.get("aggregation")) if not is_absent(ind.get("aggregation")) else "mean"
        direction = to_text(ind.get("direction")) if not is_absent(ind.get("direction")) else "increase"
        entries = [(u.id, e) for u in content.units for e in u.results if to_text(e.get("code")) == code]
        if how == "single":
            entries = [(u, e) for u, e in entries if u == to_text(ind.get("reported_by"))][:1]
        if how == "ratio":
            entries = [(u, e) for u, e in entries if not is_absent(e.get("numerator")) and not is_absent(e.get("denominator"))]
        value = year_value(ind, [(u.id, e) for u in content.units for e in u.results if to_text(e.get("code")) == code])
        targets = {int(to_decimal(k)): v for k, v in (ind.get("targets") or {}).items()}
        target = to_decimal(targets[year]) if year in targets else None
        result = "no_data"
        pct = None
        if value is not None and target is not None:
            met = value <= target if direction == "decrease" else value >= target
            result = "met" if met else "not_met"
            pct = percent_of_target(value, target, direction)
        chk.eq(where, "plan_id", plan, r["plan_id"])
        chk.eq(where, "aggregation", how, r["aggregation"])
        chk.eq(where, "direction", direction, r["direction"])
        chk.eq(where, "year", str(year), r["year"])
        chk.eq(where, "value", "" if value is None else format(value.normalize(), "f"), r["value"])
        chk.eq(where, "target", "" if target is None else format(target.normalize(), "f"), r["target"])
        chk.eq(where, "result", result, r["result"])
        chk.eq(where, "percent_of_target", "" if pct is None else f"{pct:.2f}", r["percent_of_target"])
        chk.eq(where, "rating", "" if pct is None else grade(fw.plans[plan]["bands"], pct), r["rating"])
        chk.eq(where, "units_reporting", str(len({u for u, _ in entries})), r["units_reporting"])


def check_alignment(content: Content, rows, chk: Checker):
    fname = "alignment.csv"
    expected = expected_alignment(content)
    seen = set()
    for line, r in rows:
        key = (r["plan_id"], r["code"])
        where = f"{fname}:{line} [{key[0]} {key[1]}]"
        if key in seen:
            chk.check(False, where, "duplicate row")
            continue
        seen.add(key)
        e = expected.get(key)
        if not chk.check(e is not None, where, "row for an item that the framework does not have"):
            continue
        for col in ("depth", "projects", "units", "indicators_achieved",
                    "indicators_not_achieved", "indicators_not_measured"):
            chk.eq(where, col, e[col], r[col])
        chk.eq(where, "name", csv_text(e["name"]), r["name"])
        chk.money(where, "allocated", e["allocated"], r["allocated"])
        chk.money(where, "spent", e["spent"], r["spent"])
    for key in expected:
        if key not in seen:
            chk.check(False, f"{fname} [{key[0]} {key[1]}]", "no row for this plan item")


TRENDS_COLUMNS = ["year", "scope", "code", "projects", "units", "allocated", "spent",
                  "indicators_achieved", "indicators_not_achieved", "indicators_not_measured"]
TRENDS_FIGURES = ["projects", "units", "allocated", "spent", "indicators_achieved",
                  "indicators_not_achieved", "indicators_not_measured"]


def history_reports(content: Content):
    """content/history/<BE year>/report.json of the years before this one, oldest first, read
    exactly (amounts as Decimal)."""
    folder = os.path.join(content.dir, "history")
    year = int(to_decimal(content.site.get("fiscal_year")))
    out = []
    if not os.path.isdir(folder):
        return out
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name, "report.json")
        if re.fullmatch(r"\d{4}", name) and int(name) < year and os.path.isfile(path):
            with open(path, encoding="utf-8-sig") as f:
                out.append((int(name), json.load(f, parse_float=Decimal)))
    return out


def report_figures(f: dict) -> dict:
    """A report.json *figures* object as trends.csv's figures."""
    ind = f["indicators"]
    return {"projects": str(f["projects"]), "units": str(f["units"]), "allocated": Decimal(str(f["allocated"])),
            "spent": Decimal(str(f["spent"])), "indicators_achieved": str(ind["achieved"]),
            "indicators_not_achieved": str(ind["not_achieved"]), "indicators_not_measured": str(ind["not_measured"])}


def content_figures(projects) -> dict:
    """This year's figures of a set of projects, from the units' files."""
    return {"projects": str(len(projects)), "units": str(len({p.unit.id for p in projects})),
            "allocated": sum((p.allocated for p in projects), Decimal(0)),
            "spent": sum((p.spent for p in projects), Decimal(0)),
            "indicators_achieved": str(sum(p.count("achieved") for p in projects)),
            "indicators_not_achieved": str(sum(p.count("not_achieved") for p in projects)),
            "indicators_not_measured": str(sum(p.count("not_measured") for p in projects))}


def expected_trends(content: Content):
    """(year, scope, code) -> figures for every year compared: the earlier years' from their own
    report.json, this year's from the units' files; and the earlier years' reports."""
    year = int(to_decimal(content.site.get("fiscal_year")))
    expected = OrderedDict()
    history = history_reports(content)
    for y, report in history:
        expected[(str(y), "total", "")] = report_figures(report["totals"])
        for plan in report["plans"]:
            for item in plan["items"]:
                expected[(str(y), "item", item["code"])] = report_figures(item["rollup"])
        for u in report["units"]:
            expected[(str(y), "unit", u["id"])] = report_figures(u["figures"])
    expected[(str(year), "total", "")] = content_figures(content.projects)
    for (plan, code), e in expected_alignment(content).items():
        expected[(str(year), "item", code)] = {k: e[k] for k in TRENDS_FIGURES}
    for u in content.units:
        expected[(str(year), "unit", u.id)] = content_figures(u.projects)
    return expected, history


def check_trends(content: Content, rows, chk: Checker):
    """trends.csv: every earlier year's rows as that year's own report.json states them, and this
    year's from the units' files; a row per scope present that year, none for one absent."""
    fname = "trends.csv"
    expected, history = expected_trends(content)
    earlier_only = []
    # Items only earlier years had come after this year's, the latest year's first.
    current = [code for code in content.fw.items]
    for y, report in reversed(history):
        for plan in report["plans"]:
            for item in plan["items"]:
                if item["code"] not in current and item["code"] not in earlier_only:
                    earlier_only.append(item["code"])
    seen = []
    for line, r in rows:
        key = (r["year"], r["scope"], r["code"])
        where = f"{fname}:{line} [{' '.join(key)}]"
        if key in seen:
            chk.check(False, where, "duplicate row")
            continue
        seen.append(key)
        e = expected.get(key)
        if not chk.check(e is not None, where, "row for a year and scope that no report has"):
            continue
        for col in TRENDS_FIGURES:
            if col in ("allocated", "spent"):
                chk.money(where, col, e[col], r[col])
            else:
                chk.eq(where, col, e[col], r[col])
    for key in expected:
        if key not in seen:
            chk.check(False, f"{fname} [{' '.join(key)}]", "no row for this year and scope")
    # The order: years ascending; in each, the totals, the items (this year's framework order,
    # then those only earlier years had), the units by id.
    years = [int(k[0]) for k in seen]
    chk.check(years == sorted(years), fname, "years ascending")
    order = current + earlier_only
    for y in sorted(set(years)):
        keys = [k for k in seen if k[0] == str(y)]
        scopes = [k[1] for k in keys]
        chk.check(scopes[:1] == ["total"] and scopes[1:] == sorted(scopes[1:], key=["item", "unit"].index),
                  fname, f"{y}: the totals, then items, then units")
        items = [k[2] for k in keys if k[1] == "item"]
        chk.eq(fname, f"{y}: items in order", sorted(items, key=lambda c: order.index(c) if c in order else len(order)), items)
        units = [k[2] for k in keys if k[1] == "unit"]
        chk.eq(fname, f"{y}: units by id", sorted(units, key=lambda u: u.encode()), units)
    return len(history)


def check_history_data(content: Content, output_dir, chk: Checker):
    """report.json's and report.xml's `history`: every year compared (none without an earlier
    one), each year's totals, items and units as that year's own report states them, and each
    year's change of the totals from the year before, to the satang."""
    expected, history = expected_trends(content)
    year = int(to_decimal(content.site.get("fiscal_year")))
    years = [str(y) for y, _ in history] + [str(year)] if history else []

    def compare(where, scope_key, found):
        e = expected.get(scope_key)
        if not chk.check(e is not None, where, "a year and scope that no report has"):
            return
        for col in TRENDS_FIGURES:
            if col in ("allocated", "spent"):
                chk.money(where, col, e[col], found.get(col, ""))
            else:
                chk.eq(where, col, e[col], found.get(col))

    with open(os.path.join(output_dir, "data", "report.json"), encoding="utf-8") as f:
        doc = json.load(f, parse_float=Decimal)
    listed = doc.get("history", [])
    chk.eq("report.json", "history years", years, [str(y.get("year")) for y in listed])
    for y in listed:
        yr = str(y.get("year"))
        where = f"report.json history {yr}"
        got = {k: v for k, v in report_figures(y["totals"]).items()}
        got = {k: money_str(v) if isinstance(v, Decimal) else v for k, v in got.items()}
        compare(where + " totals", (yr, "total", ""), got)
        for scope, name, field in (("item", "items", "rollup"), ("unit", "units", "figures")):
            codes = [k[2] for k in expected if k[0] == yr and k[1] == scope]
            chk.eq(where, f"{name} listed", sorted(codes), sorted(y.get(name, {})))
            for code, entry in y.get(name, {}).items():
                got = {k: money_str(v) if isinstance(v, Decimal) else v for k, v in report_figures(entry[field]).items()}
                compare(f"{where} {scope} {code}", (yr, scope, code), got)
        before = years[years.index(yr) - 1] if yr in years and years.index(yr) > 0 else None
        change = y.get("change")
        if before is None:
            chk.eq(where, "change (the first year has none)", None, change)
        elif chk.check(isinstance(change, dict), where, "change from the year before"):
            now, then = expected[(yr, "total", "")], expected[(before, "total", "")]
            chk.eq(where, "change from_year", int(before), change.get("from_year"))
            chk.eq(where, "change projects", int(now["projects"]) - int(then["projects"]), change.get("projects"))
            chk.money(where, "change allocated", now["allocated"] - then["allocated"], money_str(Decimal(str(change.get("allocated")))))
            chk.money(where, "change spent", now["spent"] - then["spent"], money_str(Decimal(str(change.get("spent")))))
    ns = "{urn:planpress:report:1}"
    root = ElementTree.parse(os.path.join(output_dir, "data", "report.xml")).getroot()
    listed = root.findall(f"{ns}history/{ns}historyYear")
    chk.eq("report.xml", "history years", years, [y.get("year") for y in listed])
    attributes = {"projects": "projects", "units": "units", "allocated": "allocated", "spent": "spent",
                  "indicators_achieved": "indicatorsAchieved", "indicators_not_achieved": "indicatorsNotAchieved",
                  "indicators_not_measured": "indicatorsNotMeasured"}
    for y in listed:
        yr = y.get("year")
        where = f"report.xml history {yr}"
        totals = y.find(f"{ns}yearTotals")
        compare(where + " totals", (yr, "total", ""), {c: totals.get(a) for c, a in attributes.items()} if totals is not None else {})
        for scope, tag, key in (("item", "yearItem", "code"), ("unit", "yearUnit", "id")):
            found = y.findall(f"{ns}{tag}")
            codes = [k[2] for k in expected if k[0] == yr and k[1] == scope]
            chk.eq(where, f"{tag} listed", sorted(codes), sorted(e.get(key) for e in found))
            for e in found:
                compare(f"{where} {scope} {e.get(key)}", (yr, scope, e.get(key)), {c: e.get(a) for c, a in attributes.items()})


# --------------------------------------------------------------------------
# The alignment analysis: matrices, projects serving several items, gaps
#
# From the content alone, by the rules of framework-and-site.md: a project reaches an item
# when it names it (strategies, also_supports) or names an item that reaches it through
# nesting or `supports`, transitively; it counts once per item it reaches, whole budget.

class Analysis:
    def __init__(self, content: Content):
        fw = content.fw
        self.primary = to_text(content.site.get("primary_plan"))
        by_rank = sorted(fw.plans.items(), key=lambda kv: (kv[1]["rank"], kv[0]))
        # the plan of rank 1 (the smallest rank): the National Strategy
        self.national = by_rank[0][0] if by_rank else ""
        self.primary_top = self.top(fw, self.primary)
        self.national_top = self.top(fw, self.national)

        def cell(projects, code):
            ps = [p for p in projects if code in p.closure]
            return len(ps), sum((p.allocated for p in ps), Decimal(0))

        # units × top-level strategies of the primary plan: every accepted unit, none skipped
        self.unit_rows = [u.id for u in content.units]
        self.units_matrix = OrderedDict()
        for u in content.units:
            for code in self.primary_top:
                self.units_matrix[(u.id, code)] = cell(u.projects, code)
        # affiliations of site.yaml that have an accepted unit × top-level items of the rank-1 plan
        codes = [to_text(a.get("code")) for a in as_list(content.site.get("affiliations"))]
        self.affiliation_rows = [a for a in codes if any(u.affiliation == a for u in content.units)]
        self.affiliations_matrix = OrderedDict()
        for a in self.affiliation_rows:
            ps = [p for p in content.projects if p.unit.affiliation == a]
            for code in self.national_top:
                self.affiliations_matrix[(a, code)] = cell(ps, code)
        # per plan: projects that reach more than one of the plan's top-level items
        self.several = OrderedDict()
        for pid in fw.plans:
            top = set(self.top(fw, pid))
            self.several[pid] = sum(1 for p in content.projects if len(p.closure & top) > 1)
        # gaps: items of each plan that no project reaches
        self.gap_items = OrderedDict()
        for pid in fw.plans:
            self.gap_items[pid] = [c for c, it in fw.items.items()
                                   if it.plan_id == pid and not any(c in p.closure for p in content.projects)]
        # strategic indicators: values units reported, project indicators contributing
        self.reported = OrderedDict((c, 0) for c in fw.indicators)
        self.contributions = OrderedDict((c, 0) for c in fw.indicators)
        for u in content.units:
            for c in u.indicator_results:
                if c in self.reported:
                    self.reported[c] += 1
        for p in content.projects:
            for ind in p.indicators:
                if ind.contributes_to in self.contributions:
                    self.contributions[ind.contributes_to] += 1
        self.indicator_gaps = [c for c in fw.indicators if self.reported[c] == 0 and self.contributions[c] == 0]
        # each strategic indicator's value for the year, by its aggregation, and how it is made
        def entries(c):
            return [(u.id, r) for u in content.units for r in u.results if to_text(r.get("code")) == c]
        self.year_values = OrderedDict((c, year_value(fw.indicators[c][1], entries(c))) for c in fw.indicators)
        self.making = OrderedDict((c, indicator_making(fw.indicators[c][1], entries(c))) for c in fw.indicators)
        # each strategic indicator's grade on its own plan's bands: (percent, band index, label)
        year = int(to_decimal(content.site.get("fiscal_year")))
        self.grades = OrderedDict()
        for c, (item_code, ind) in fw.indicators.items():
            targets = {int(to_decimal(k)): v for k, v in (ind.get("targets") or {}).items()}
            value = self.year_values[c]
            if value is None or year not in targets:
                continue
            direction = to_text(ind.get("direction")) if not is_absent(ind.get("direction")) else "increase"
            pct = percent_of_target(value, to_decimal(targets[year]), direction)
            bands = fw.plans[fw.items[item_code].plan_id]["bands"]
            self.grades[c] = (pct, band_index(bands, pct), grade(bands, pct))
        # the graded project indicators by band of the primary plan, per item, unit and in total
        primary_bands = fw.plans.get(self.primary, {}).get("bands", STANDARD_BANDS)

        def by_band(projects):
            counts = [0] * len(primary_bands)
            for p in projects:
                for i in p.indicators:
                    if i.percent is not None:
                        counts[band_index(primary_bands, i.percent)] += 1
            return counts
        self.bands = OrderedDict([("total", by_band(content.projects))])
        for u in content.units:
            self.bands[f"unit.{u.id}"] = by_band(u.projects)
        for c in fw.items:
            self.bands[f"item.{c}"] = by_band([p for p in content.projects if c in p.closure])

    def band_marks(self, scope):
        """The counts by band of a scope (`total`, `unit.ID`, `item.CODE`), by key."""
        return OrderedDict((f"{scope}.indicators.band.{n}", str(v)) for n, v in enumerate(self.bands[scope]))

    def rating_labels(self):
        """The label each `indicator.CODE.rating` mark must show."""
        return {f"indicator.{c}.rating": g[2] for c, g in self.grades.items()}

    def indicator_marks(self, code, every=True):
        """The marks of a strategic indicator: its value (when it has one) and units, and with
        `every` each contributing entry's figures."""
        out = OrderedDict()
        if self.year_values[code] is not None:
            out[f"indicator.{code}.value"] = number_str(self.year_values[code])
        how, _, _, contributing, _ = self.making[code]
        out[f"indicator.{code}.units"] = str(len({u for u, _ in contributing}))
        if code in self.grades:
            out[f"indicator.{code}.percent"] = f"{self.grades[code][0]:.2f}"
            out[f"indicator.{code}.rating"] = str(self.grades[code][1])
        if every:
            for n, (u, e) in enumerate(contributing, 1):
                out[f"indicator.{code}.{n}.{u}.value"] = number_str(e["value"])
                if how == "ratio":
                    out[f"indicator.{code}.{n}.{u}.numerator"] = number_str(e["numerator"])
                    out[f"indicator.{code}.{n}.{u}.denominator"] = number_str(e["denominator"])
        return out

    @staticmethod
    def top(fw, plan_id):
        return [c for c, it in fw.items.items() if it.plan_id == plan_id and it.depth == 1]

    def marks(self, content: Content):
        """The figures the alignment pages mark as `<data data-audit=key value=v>`."""
        out = OrderedDict()
        for (row, col), (n, m) in self.units_matrix.items():
            out[f"matrix.units.{row}.{col}.projects"] = str(n)
            out[f"matrix.units.{row}.{col}.allocated"] = money_str(m)
        for (row, col), (n, m) in self.affiliations_matrix.items():
            out[f"matrix.affiliations.{row}.{col}.projects"] = str(n)
            out[f"matrix.affiliations.{row}.{col}.allocated"] = money_str(m)
        for pid in content.fw.plans:
            out[f"plan.{pid}.several"] = str(self.several[pid])
            out[f"plan.{pid}.gaps"] = str(len(self.gap_items[pid]))
        out["analysis.indicator_gaps"] = str(len(self.indicator_gaps))
        for (_, code), e in expected_alignment(content).items():
            out.update(item_marks(code, e))
            out.update(self.band_marks(f"item.{code}"))
        for code in content.fw.indicators:
            out.update(self.indicator_marks(code))
        return out


def item_marks(code, e):
    return OrderedDict([
        (f"item.{code}.projects", e["projects"]),
        (f"item.{code}.units", e["units"]),
        (f"item.{code}.allocated", money_str(e["allocated"])),
        (f"item.{code}.spent", money_str(e["spent"])),
        (f"item.{code}.indicators.achieved", e["indicators_achieved"]),
        (f"item.{code}.indicators.not_achieved", e["indicators_not_achieved"]),
        (f"item.{code}.indicators.not_measured", e["indicators_not_measured"]),
    ])


ALIGNMENT_MARK_PREFIXES = ("item.", "matrix.", "plan.", "analysis.", "indicator.")


def number_str(d: Decimal) -> str:
    """A decimal in its shortest plain form, as the marks' values write it: 0.8, 40, 0.75."""
    t = format(d.normalize(), "f")
    return t


class PageMarks(HTMLParser):
    """The audit marks of a page: `<data data-audit="key" value="v">shown</data>`, and the
    codes of the gap lists (`data-gap-item`, `data-gap-indicator`)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks = []
        self.gap_items = []
        self.gap_indicators = []
        self._open = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "data" and "data-audit" in a:
            self._open = [a["data-audit"], a.get("value"), ""]
        if "data-gap-item" in a:
            self.gap_items.append(a["data-gap-item"])
        if "data-gap-indicator" in a:
            self.gap_indicators.append(a["data-gap-indicator"])

    def handle_data(self, data):
        if self._open is not None:
            self._open[2] += data

    def handle_endtag(self, tag):
        if tag == "data" and self._open is not None:
            self.marks.append(tuple(self._open))
            self._open = None


def read_page(output_dir, rel, chk: Checker):
    path = os.path.join(output_dir, rel)
    if not chk.check(os.path.isfile(path), rel, "page exists"):
        return None
    parser = PageMarks()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    parser.close()
    return parser


def shown_plain(text):
    """A figure as a reader sees it (Thai digits, `,` separators) in the plain form."""
    return "".join(ch for ch in text.translate(THAI_DIGITS) if ch != "," and not ch.isspace()
                   and ch not in "\u2066\u2067\u2068\u2069")


def check_marks(page, parser: PageMarks, expected, required, chk: Checker, labels=None):
    """`labels`: the text a grade's mark (`indicator.CODE.rating`, value the band's index) shows."""
    labels = labels or {}
    stated = {}
    for key, value, text in parser.marks:
        if not key.startswith(ALIGNMENT_MARK_PREFIXES):
            continue
        where = f"{page} [{key}]"
        if key in stated:
            chk.eq(where, "stated again with the same value", stated[key], value)
            continue
        stated[key] = value
        if not chk.check(key in expected, where, "a figure the content does not have"):
            continue
        chk.eq(where, "figure", expected[key], value)
        if key in labels:
            chk.eq(where, "grade as shown", labels[key], text.strip())
        else:
            chk.eq(where, "figure as shown", value, shown_plain(text))
    missing = [k for k in required if k not in stated]
    chk.check(not missing, page, f"states every figure it must ({len(missing)} missing: {missing[:5]})")
    return stated


def check_analysis_pages(content: Content, output_dir, chk: Checker):
    """The site's alignment pages: matrices, roll-ups, projects serving several items, gaps."""
    an = Analysis(content)
    expected = an.marks(content)
    align = expected_alignment(content)
    fw = content.fw

    page = read_page(output_dir, "alignment.html", chk)
    if page is not None:
        # every figure but the indicators' entries and the items' counts by band, which are on the item pages
        required = [k for k in expected if not k.startswith("indicator.") and ".indicators.band." not in k]
        for c in fw.indicators:
            required += list(an.indicator_marks(c, every=False))
        stated = check_marks("alignment.html", page, expected, required, chk, an.rating_labels())
        # the matrices have exactly the expected rows and columns (no row or column more or less)
        for kind, cells in (("units", an.units_matrix), ("affiliations", an.affiliations_matrix)):
            found = sorted(k for k in stated if k.startswith(f"matrix.{kind}."))
            want = sorted(k for k in expected if k.startswith(f"matrix.{kind}."))
            chk.eq("alignment.html", f"cells of the {kind} matrix", want, found)
        chk.eq("alignment.html", "strategic indicators with no project and no reported value",
               sorted(an.indicator_gaps), sorted(page.gap_indicators))

    for pid in fw.plans:
        rel = f"plans/{pid}.html"
        page = read_page(output_dir, rel, chk)
        if page is None:
            continue
        codes = [c for c, it in fw.items.items() if it.plan_id == pid]
        required = [f"plan.{pid}.several", f"plan.{pid}.gaps"]
        for c in codes:
            required += list(item_marks(c, align[(pid, c)]).keys())
            for ind in fw.items[c].indicators:
                required += list(an.indicator_marks(ind, every=False))
        check_marks(rel, page, expected, required, chk, an.rating_labels())
        chk.eq(rel, "items no project reaches (in framework order)", an.gap_items[pid], page.gap_items)

    for code, item in fw.items.items():
        rel = f"items/{code}.html"
        page = read_page(output_dir, rel, chk)
        if page is None:
            continue
        required = list(item_marks(code, align[(item.plan_id, code)]).keys())
        if code not in an.gap_items[item.plan_id]:
            required += list(an.band_marks(f"item.{code}"))
        for ind in item.indicators:
            required += list(an.indicator_marks(ind))
        check_marks(rel, page, expected, required, chk, an.rating_labels())
        is_gap = code in an.gap_items[item.plan_id]
        chk.eq(rel, "says it is a gap (no project reaches it)", [code] if is_gap else [], page.gap_items)
    return an


def check_analysis_data(content: Content, an: Analysis, output_dir, chk: Checker):
    """report.json and report.xml: projects serving several items, item gaps, roll-ups, and the
    strategic indicators' reported values and contributions (hence the indicator gaps)."""
    align = expected_alignment(content)
    fw = content.fw
    path = os.path.join(output_dir, "data", "report.json")
    if chk.check(os.path.isfile(path), "report.json", "exists"):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f, parse_float=Decimal)
        where = "report.json"
        chk.eq(where, "projects_serving_several_strategies", an.several.get(an.primary), doc.get("projects_serving_several_strategies"))
        plans = {p.get("id"): p for p in doc.get("plans", [])}
        chk.eq(where, "plans", list(fw.plans), [p.get("id") for p in doc.get("plans", [])])
        gaps_found = []
        for pid in fw.plans:
            p = plans.get(pid)
            if not chk.check(p is not None, where, f"has plan {pid}"):
                continue
            chk.eq(f"{where} plan {pid}", "projects_serving_several_items", an.several[pid], p.get("projects_serving_several_items"))
            items = p.get("items", [])
            chk.eq(f"{where} plan {pid}", "items", [c for c, it in fw.items.items() if it.plan_id == pid],
                   [i.get("code") for i in items])
            gaps = [i.get("code") for i in items if (i.get("rollup") or {}).get("projects") == 0]
            chk.eq(f"{where} plan {pid}", "items no project reaches", an.gap_items[pid], gaps)
            for i in items:
                code = i.get("code")
                e = align.get((pid, code))
                r = i.get("rollup") or {}
                if e is None:
                    continue
                w = f"{where} item {code}"
                chk.eq(w, "rollup.projects", int(e["projects"]), r.get("projects"))
                chk.eq(w, "rollup.units", int(e["units"]), r.get("units"))
                chk.check(Decimal(str(r.get("allocated"))) == e["allocated"], w, "rollup.allocated",
                          money_str(e["allocated"]), r.get("allocated"))
                chk.check(Decimal(str(r.get("spent"))) == e["spent"], w, "rollup.spent", money_str(e["spent"]), r.get("spent"))
                ind = r.get("indicators") or {}
                for k in ("achieved", "not_achieved", "not_measured"):
                    chk.eq(w, f"rollup.indicators.{k}", int(e[f"indicators_{k}"]), ind.get(k))
                for si in i.get("indicators", []):
                    c = si.get("code")
                    ws = f"{where} strategic indicator {c}"
                    if not chk.check(c in an.reported, ws, "is an indicator of the framework"):
                        continue
                    chk.eq(ws, "values reported by units", an.reported[c], len(si.get("reported", [])))
                    chk.eq(ws, "contributing project indicators", an.contributions[c], len(si.get("contributions", [])))
                    got = si.get("year_value")
                    chk.check((got is None and an.year_values[c] is None)
                              or (got is not None and an.year_values[c] is not None
                                  and Decimal(str(got)) == an.year_values[c]),
                              ws, "year_value by the indicator's aggregation", an.year_values[c], got)
                    check_making_json(ws, an.making[c], si, chk)
                    if not si.get("reported") and not si.get("contributions"):
                        gaps_found.append(c)
        chk.eq(where, "strategic indicators with no project and no reported value", sorted(an.indicator_gaps), sorted(gaps_found))
        # each unit's own indicator_results, with the parts and as_of
        units = {u.get("id"): u for u in doc.get("units", [])}
        for u in content.units:
            want = []
            for r in u.results:
                c = to_text(r.get("code"))
                ind = fw.indicators[c][1] if c in fw.indicators else {}
                how = to_text(ind.get("aggregation")) if not is_absent(ind.get("aggregation")) else "mean"
                want.append((c, entry_figures(how, ratio_per(ind) if how == "ratio" else None, r)))
            got = (units.get(u.id) or {}).get("indicator_results") or []

            def field(g, name):
                return g.get("code") if name == "unit" else g.get(name)
            check_entries(f"{where} unit {u.id}", "indicator_results", want, got, field, chk)

    path = os.path.join(output_dir, "data", "report.xml")
    if chk.check(os.path.isfile(path), "report.xml", "exists"):
        ns = "{urn:planpress:report:1}"
        root = ElementTree.parse(path).getroot()
        where = "report.xml"
        found_plans = root.findall(f"{ns}plan")
        chk.eq(where, "plans", list(fw.plans), [p.get("id") for p in found_plans])
        gaps_found = []
        for p in found_plans:
            pid = p.get("id")
            if pid not in fw.plans:
                continue
            chk.eq(f"{where} plan {pid}", "projectsServingSeveralItems", str(an.several[pid]), p.get("projectsServingSeveralItems"))
            items = list(p.iter(f"{ns}item"))
            gaps = [i.get("code") for i in items if i.get("gap") == "true"]
            chk.eq(f"{where} plan {pid}", "items with gap=\"true\"", an.gap_items[pid], gaps)
            for i in items:
                code = i.get("code")
                e = align.get((pid, code))
                r = i.find(f"{ns}rollup")
                if e is None or not chk.check(r is not None, f"{where} item {code}", "has a rollup"):
                    continue
                w = f"{where} item {code}"
                chk.eq(w, "rollup projects", e["projects"], r.get("projects"))
                chk.eq(w, "rollup units", e["units"], r.get("units"))
                chk.money(w, "rollup allocated", e["allocated"], r.get("allocated"))
                chk.money(w, "rollup spent", e["spent"], r.get("spent"))
            for si in p.iter(f"{ns}strategicIndicator"):
                if not si.findall(f"{ns}reported") and not si.findall(f"{ns}contribution"):
                    gaps_found.append(si.get("code"))
                c, got = si.get("code"), si.get("yearValue")
                if c in an.year_values:
                    want = an.year_values[c]
                    chk.check((got is None and want is None) or (got is not None and want is not None and Decimal(got) == want),
                              f"{where} strategic indicator {c}", "yearValue by the indicator's aggregation", want, got)
                    check_making_xml(f"{where} strategic indicator {c}", an.making[c], si, ns, chk)
        chk.eq(where, "strategic indicators with no project and no reported value", sorted(an.indicator_gaps), sorted(gaps_found))


def same_number(want, got) -> bool:
    """A decimal (or None) against a JSON number or an XML attribute (or None)."""
    if want is None or got is None:
        return want is None and got is None
    try:
        return Decimal(str(got)) == want
    except InvalidOperation:
        return False


def check_entries(where, label, want, got, field, chk: Checker):
    """Entries [(unit id or code, figures)] against what a channel lists; `field(entry, name)`
    reads one (`unit`: the unit id, or the code of a unit's own result)."""
    chk.eq(where, f"{label}: in order", [u for u, _ in want], [field(g, "unit") for g in got])
    for n, ((u, e), g) in enumerate(zip(want, got), 1):
        w = f"{where} {label}[{n}] {u}"
        for k in ("value", "numerator", "denominator"):
            chk.check(same_number(e[k], field(g, k)), w, k, e[k], field(g, k))
        chk.eq(w, "note", e["note"], field(g, "note"))
        chk.eq(w, "as_of", e["as_of"], field(g, "as_of"))


def check_making_json(where, making, si, chk: Checker):
    """report.json: aggregation, aggregation_chosen, per, contributors and reported."""
    how, chosen, per, contributing, every = making
    chk.eq(where, "aggregation", how, si.get("aggregation"))
    chk.eq(where, "aggregation_chosen", chosen, si.get("aggregation_chosen"))
    chk.check(same_number(per, si.get("per")), where, "per", per, si.get("per"))
    keys = {"unit": "unit_id"}

    def field(g, name):
        return g.get(keys.get(name, name))
    check_entries(where, "contributors", contributing, si.get("contributors") or [], field, chk)
    check_entries(where, "reported", every, si.get("reported") or [], field, chk)


def check_making_xml(where, making, si, ns, chk: Checker):
    """report.xml: the aggregation attributes, every contributor and reported element."""
    how, chosen, per, contributing, every = making
    chk.eq(where, "aggregation", how, si.get("aggregation"))
    chk.eq(where, "aggregationChosen", "true" if chosen else "false", si.get("aggregationChosen"))
    chk.check(same_number(per, si.get("per")), where, "per", per, si.get("per"))
    keys = {"as_of": "asOf"}

    def field(g, name):
        return g.get(keys.get(name, name))
    check_entries(where, "contributor", contributing, si.findall(f"{ns}contributor"), field, chk)
    check_entries(where, "reported", every, si.findall(f"{ns}reported"), field, chk)


# --------------------------------------------------------------------------
# Summary

def summary(content: Content):
    site = content.site
    expected_ids = [to_text(u["id"]) for u in as_list(site.get("expected_units"))]
    have = {u.id for u in content.units}
    missing = [i for i in expected_ids if i not in have]
    dl = content.deadline
    late = [u.id for u in content.units if dl and u.submitted_on and u.submitted_on > dl]
    tot_alloc = sum((p.allocated for p in content.projects), Decimal(0))
    tot_spent = sum((p.spent for p in content.projects), Decimal(0))
    inds = [i for p in content.projects for i in p.indicators]
    print(f"units: {len(content.units)} submitted, {len(expected_ids)} expected")
    print(f"missing: {', '.join(missing) or '-'}")
    print(f"late: {', '.join(late) or '-'}")
    print(f"projects: {len(content.projects)}")
    print(f"indicators: {len(inds)} (achieved {sum(i.result == 'achieved' for i in inds)}, "
          f"not achieved {sum(i.result == 'not_achieved' for i in inds)}, "
          f"not measured {sum(i.result == 'not_measured' for i in inds)})")
    print(f"allocated: {money_str(tot_alloc)}")
    print(f"spent: {money_str(tot_spent)}")
    statuses = OrderedDict((s, 0) for s in ("completed", "ongoing", "not_started", "cancelled", "postponed"))
    for p in content.projects:
        statuses[p.status] = statuses.get(p.status, 0) + 1
    print("status: " + ", ".join(f"{k} {v}" for k, v in statuses.items()))
    primary = to_text(site.get("primary_plan"))
    align = expected_alignment(content)
    print(f"primary plan {primary}:")
    for (plan, code), e in align.items():
        if plan != primary:
            continue
        indent = "  " * int(e["depth"])
        print(f"{indent}{code}: projects {e['projects']}, units {e['units']}, "
              f"allocated {money_str(e['allocated'])}, spent {money_str(e['spent'])}")
    gaps = [f"{k[1]}" for k, e in align.items() if e["projects"] == "0"]
    print(f"gaps ({len(gaps)} items reached by no project): {' '.join(gaps)}")
    an = Analysis(content)
    print(f"units x {primary} strategies (projects / allocated):")
    for u in an.unit_rows:
        print(f"  {u}: " + ", ".join(f"{c} {an.units_matrix[(u, c)][0]}/{money_str(an.units_matrix[(u, c)][1])}"
                                     for c in an.primary_top))
    print(f"affiliations x {an.national} (projects / allocated):")
    for a in an.affiliation_rows:
        print(f"  {a}: " + ", ".join(f"{c} {an.affiliations_matrix[(a, c)][0]}/{money_str(an.affiliations_matrix[(a, c)][1])}"
                                     for c in an.national_top))
    print("projects serving more than one top-level item: " + ", ".join(f"{p} {n}" for p, n in an.several.items()))
    print(f"strategic indicators with no project and no reported value: {' '.join(an.indicator_gaps) or '-'}")


def check_band_pages(content: Content, an: Analysis, output_dir, chk: Checker):
    """The counts of graded project indicators by band on the home page (`total.`) and the unit
    pages (`unit.ID.`): every band, each as the content's indicators grade."""
    pages = [("index.html", "total")] + [(f"units/{u.id}.html", f"unit.{u.id}") for u in content.units]
    for rel, scope in pages:
        page = read_page(output_dir, rel, chk)
        if page is None:
            continue
        want = an.band_marks(scope)
        stated = {}
        for key, value, text in page.marks:
            if ".indicators.band." not in key:
                continue
            where = f"{rel} [{key}]"
            stated[key] = value
            if chk.check(key in want, where, "a count by band the content does not have"):
                chk.eq(where, "figure", want[key], value)
                chk.eq(where, "figure as shown", value, shown_plain(text))
        missing = [k for k in want if k not in stated]
        chk.check(not missing, rel, f"states every count by band ({len(missing)} missing: {missing[:3]})")


# --------------------------------------------------------------------------
# The years before: content/history/<BE year>/report.json, read here on their own

HISTORY_FIGURES = ("projects", "units", "allocated", "spent",
                   "indicators.achieved", "indicators.not_achieved", "indicators.not_measured")


def history_figures(d) -> OrderedDict:
    """A figures object of a published report.json, by the suffixes of the history marks."""
    ind = d["indicators"]
    return OrderedDict([
        ("projects", str(int(d["projects"]))), ("units", str(int(d["units"]))),
        ("allocated", money_str(Decimal(d["allocated"]))), ("spent", money_str(Decimal(d["spent"]))),
        ("indicators.achieved", str(int(ind["achieved"]))), ("indicators.not_achieved", str(int(ind["not_achieved"]))),
        ("indicators.not_measured", str(int(ind["not_measured"]))),
    ])


def read_history(content: Content):
    """Each earlier year's report as published (a folder of four digits before this fiscal year):
    {year: {"total": figures, "item": {code: (plan, parent, figures)}, "unit": {id: figures},
    "indicator": {code: (item code, value or None)}}}, years ascending."""
    out = OrderedDict()
    hdir = os.path.join(content.dir, "history")
    if not os.path.isdir(hdir):
        return out
    fiscal = int(to_decimal(content.site.get("fiscal_year")))
    for name in sorted(os.listdir(hdir)):
        path = os.path.join(hdir, name, "report.json")
        if not (re.fullmatch(r"[0-9]{4}", name) and int(name) < fiscal and os.path.isfile(path)):
            continue
        with open(path, encoding="utf-8-sig") as f:
            doc = json.load(f, parse_float=Decimal)
        year = {"total": history_figures(doc["totals"]), "item": OrderedDict(), "unit": OrderedDict(),
                "indicator": OrderedDict()}
        for u in doc["units"]:
            year["unit"][u["id"]] = history_figures(u["figures"])
        for plan in doc["plans"]:
            for it in plan["items"]:
                year["item"][it["code"]] = (plan["id"], it.get("parent"), history_figures(it["rollup"]))
                for si in it.get("indicators") or []:
                    v = si.get("year_value")
                    year["indicator"][si["code"]] = (it["code"], None if v is None else Decimal(str(v)))
        out[int(name)] = year
    return out


def current_figures(content: Content):
    """This year's figures from the content: the province's, each unit's and each item's
    (projects, allocated, spent), as the change marks subtract them."""
    def figs(projects):
        return {"projects": len(projects), "allocated": sum((p.allocated for p in projects), Decimal(0)),
                "spent": sum((p.spent for p in projects), Decimal(0))}
    return {
        "total": figs(content.projects),
        "unit": {u.id: figs(u.projects) for u in content.units},
        "item": {c: figs([p for p in content.projects if c in p.closure]) for c in content.fw.items},
    }


def history_marks(content: Content, an: Analysis, history):
    """Every history.* and change.* mark the site may state, by key: (plain value, exact value)."""
    now = current_figures(content)
    out = OrderedDict()

    def change(scope, key_scope, code):
        current = now[scope] if code is None else now[scope].get(code)
        if current is None:
            return
        for y in reversed(list(history)):
            then = history[y][scope] if code is None else history[y][scope].get(code)
            if then is None:
                continue
            if scope == "item":
                then = then[2]
            out[f"change.{key_scope}.projects"] = str(current["projects"] - int(then["projects"]))
            for m in ("allocated", "spent"):
                out[f"change.{key_scope}.{m}"] = money_str(current[m] - Decimal(then[m]))
            return

    for y, year in history.items():
        for k, v in year["total"].items():
            out[f"history.{y}.total.{k}"] = v
        for code, (_, _, f) in year["item"].items():
            for k, v in f.items():
                out[f"history.{y}.item.{code}.{k}"] = v
        for uid, f in year["unit"].items():
            for k, v in f.items():
                if k != "units":
                    out[f"history.{y}.unit.{uid}.{k}"] = v
        for code, (_, value) in year["indicator"].items():
            if value is not None:
                out[f"history.{y}.indicator.{code}.value"] = number_str(value)
    change("total", "total", None)
    for code in {c for y in history.values() for c in y["item"]} | set(content.fw.items):
        change("item", f"item.{code}", code)
    for uid in {u for y in history.values() for u in y["unit"]} | {u.id for u in content.units}:
        change("unit", f"unit.{uid}", uid)
    for code, value in an.year_values.items():
        for y in reversed(list(history)):
            if code in history[y]["indicator"]:
                then = history[y]["indicator"][code][1]
                if value is not None and then is not None:
                    out[f"change.indicator.{code}.value"] = number_str(value - then)
                break
    return out


def history_required(content: Content, history, expected):
    """Page → the history.* and change.* keys it must state."""
    fw = content.fw
    primary = to_text(content.site.get("primary_plan"))
    pages = OrderedDict()

    def have(keys):
        return [k for k in keys if k in expected]

    def scoped(scope, figures):
        keys = [f"history.{y}.{scope}.{k}" for y in history for k in figures]
        return have(keys + [f"change.{scope}.{k}" for k in ("projects", "allocated", "spent") if k in figures])

    item_plan = {}
    item_parent = {}
    for y in history.values():
        for code, (plan, parent, _) in y["item"].items():
            item_plan[code], item_parent[code] = plan, parent
    for code, it in fw.items.items():
        item_plan[code], item_parent[code] = it.plan_id, it.parent
    strategies = [c for c in item_plan if item_plan[c] == primary and item_parent[c] is None]
    home = scoped("total", HISTORY_FIGURES)
    for c in strategies:
        home += scoped(f"item.{c}", ("projects", "allocated", "indicators.achieved", "indicators.not_achieved",
                                      "indicators.not_measured"))
    pages["index.html"] = home
    units = sorted({u for y in history.values() for u in y["unit"]} | {u.id for u in content.units})
    pages["units/index.html"] = [k for u in units for k in scoped(f"unit.{u}", ("projects", "allocated", "spent"))]
    for u in content.units:
        pages[f"units/{u.id}.html"] = scoped(f"unit.{u.id}", [f for f in HISTORY_FIGURES if f != "units"])
    for pid in fw.plans:
        pages[f"plans/{pid}.html"] = [k for c in item_plan if item_plan[c] == pid
                                      for k in scoped(f"item.{c}", ("projects", "allocated", "spent"))]
    gone = {}
    for y in history.values():
        for code, (item, _) in y["indicator"].items():
            if code not in fw.indicators:
                gone[code] = item
    for code, it in fw.items.items():
        keys = scoped(f"item.{code}", HISTORY_FIGURES)
        for ind in it.indicators:
            keys += have([f"history.{y}.indicator.{ind}.value" for y in history] + [f"change.indicator.{ind}.value"])
        for ind, item in gone.items():
            if item == code:
                last = [y for y in history if ind in history[y]["indicator"]][-1]
                keys += have([f"history.{last}.indicator.{ind}.value"])
        pages[f"items/{code}.html"] = keys
    return pages


def check_history_pages(content: Content, an: Analysis, output_dir, chk: Checker):
    """The site's marks of the years before (home, units, unit, plan and item pages) against
    content/history/*/report.json and this year's content. Nothing without a history."""
    history = read_history(content)
    if not history:
        return 0
    expected = history_marks(content, an, history)
    for rel, required in history_required(content, history, expected).items():
        page = read_page(output_dir, rel, chk)
        if page is None:
            continue
        stated = {}
        for key, value, text in page.marks:
            if not key.startswith(("history.", "change.")):
                continue
            where = f"{rel} [{key}]"
            if key in stated:
                chk.eq(where, "stated again with the same value", stated[key], value)
                continue
            stated[key] = value
            if not chk.check(key in expected, where, "a figure the history does not have"):
                continue
            if key.startswith("history.") and ".indicator." in key or key.startswith("change.indicator."):
                chk.check(same_number(Decimal(expected[key]), value), where, "value", expected[key], value)
            else:
                chk.eq(where, "figure", expected[key], value)
            chk.eq(where, "figure as shown", value, shown_plain(text))
        missing = [k for k in required if k not in stated]
        chk.check(not missing, rel, f"states every figure of the years before ({len(missing)} missing: {missing[:5]})")
    return len(history)


# --------------------------------------------------------------------------

def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    flags = [a for a in argv[1:] if a.startswith("--")]
    if "--help" in flags or "-h" in argv[1:]:
        print(__doc__.strip())
        return 0
    if len(args) != 2 or any(f not in ("--summary",) for f in flags):
        print("usage: check_figures.py CONTENT_DIR OUTPUT_DIR [--summary]", file=sys.stderr)
        return 2
    content_dir, output_dir = args
    for need in ("site.yaml", "framework", "units"):
        if not os.path.exists(os.path.join(content_dir, need)):
            print(f"missing: {os.path.join(content_dir, need)}", file=sys.stderr)
            return 2
    try:
        content = Content(content_dir)
    except (ContentError, KeyError, TypeError, AttributeError, ValueError, yaml.YAMLError) as e:
        print(f"cannot read the content: {e}", file=sys.stderr)
        return 2
    if "--summary" in flags:
        summary(content)
        return 0
    data = os.path.join(output_dir, "data")
    paths = {n: os.path.join(data, n)
             for n in ("projects.csv", "indicators.csv", "alignment.csv", "strategic_indicators.csv", "trends.csv")}
    absent = [p for p in paths.values() if not os.path.isfile(p)]
    if absent:
        for p in absent:
            print(f"missing: {p}", file=sys.stderr)
        return 2
    chk = Checker()
    rows = read_csv(paths["projects.csv"], PROJECT_COLUMNS, chk, "projects.csv")
    if rows is not None:
        check_projects(content, rows, chk)
    rows = read_csv(paths["indicators.csv"], INDICATOR_COLUMNS, chk, "indicators.csv")
    if rows is not None:
        check_indicators(content, rows, chk)
    rows = read_csv(paths["alignment.csv"], ALIGNMENT_COLUMNS, chk, "alignment.csv")
    if rows is not None:
        check_alignment(content, rows, chk)
    rows = read_csv(paths["strategic_indicators.csv"], STRATEGIC_COLUMNS, chk, "strategic_indicators.csv")
    if rows is not None:
        check_strategic_indicators(content, rows, chk)
    years = 0
    rows = read_csv(paths["trends.csv"], TRENDS_COLUMNS, chk, "trends.csv")
    if rows is not None:
        years = check_trends(content, rows, chk)
    before = chk.passed + chk.failed
    an = check_analysis_pages(content, output_dir, chk)
    pages = chk.passed + chk.failed - before
    check_analysis_data(content, an, output_dir, chk)
    check_history_data(content, output_dir, chk)
    data_checks = chk.passed + chk.failed - before - pages
    before_bands = chk.passed + chk.failed
    check_band_pages(content, an, output_dir, chk)
    band_checks = chk.passed + chk.failed - before_bands
    before_history = chk.passed + chk.failed
    page_years = check_history_pages(content, an, output_dir, chk)
    print(f"CSV files (trends.csv with {years} earlier years from content/history/): {before} checks; alignment pages (matrices {len(an.units_matrix)} + "
          f"{len(an.affiliations_matrix)} cells, roll-ups, gaps): {pages} checks; "
          f"report.json and report.xml (gaps, several, roll-ups, how each strategic indicator is made, the years "
          f"compared): {data_checks} checks")
    print(f"project indicators by band on the home and unit pages: {band_checks} checks")
    if page_years:
        print(f"the site's marks of the {page_years} years before (content/history/): {chk.passed + chk.failed - before_history} checks")
    print(f"{chk.passed} passed, {chk.failed} failed")
    return 1 if chk.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
