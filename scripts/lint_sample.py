#!/usr/bin/env python3
"""Quick lint of the sample content against the spec's rules (a helper for
people editing content/, independent of the Swift tool).

    python3 scripts/lint_sample.py [CONTENT_DIR]

Checks site.yaml, framework/*.yaml, units/* and pages/*.md for the errors and
warnings the spec lists (ids, codes, supports ranks, fiscal year, money with at
most 2 decimals, percentages 0–100, qualitative `achieved`, completed projects'
actuals, evidence files, dates inside the fiscal year, also_supports reached …),
plus a few YAML 1.1/1.2 traps (yes/no/on/off, anchors, tabs, duplicate keys).
Prints `path: severity: message` lines; exit 1 when there is an error.
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import date
from decimal import Decimal

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_figures import (ContentError, Framework, as_list, decode_bytes, is_absent,  # noqa: E402
                           load_framework, parse_date, submission_files, to_decimal)

ERRORS = []
WARNINGS = []


def err(path, msg):
    ERRORS.append(f"{path}: error: {msg}")


def warn(path, msg):
    WARNINGS.append(f"{path}: warning: {msg}")


# ---------------------------------------------------------------- loading


class DupLoader(yaml.BaseLoader):
    pass


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for k, _ in node.value:
        key = loader.construct_scalar(k) if isinstance(k, yaml.ScalarNode) else None
        if key in seen:
            raise ContentError(f"duplicate key {key!r} at line {k.start_mark.line + 1}")
        seen[key] = True
    return yaml.BaseLoader.construct_mapping(loader, node, deep=True)


DupLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

YAML11_TRAPS = re.compile(r"(?i)^(y|n|yes|no|on|off|0\d+|0o\d+|0x[0-9a-f]+|\d+:\d+(:\d+)?|[-+]?\.(inf|nan))$")


def load_checked(path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        warn(path, "not UTF-8")
    text = decode_bytes(raw)
    if path.endswith(".json"):
        def hook(pairs):
            keys = [k for k, _ in pairs]
            for k in keys:
                if keys.count(k) > 1:
                    raise ContentError(f"duplicate key {k!r}")
            return dict(pairs)
        return json.loads(text, parse_float=Decimal, object_pairs_hook=hook)
    for i, line in enumerate(text.splitlines(), 1):
        if re.match(r"^ *\t", line):
            err(path, f"line {i}: tab used for indentation")
    depth = 0
    for ev in yaml.parse(text, Loader=yaml.BaseLoader):
        if isinstance(ev, yaml.AliasEvent) or getattr(ev, "anchor", None):
            err(path, f"line {ev.start_mark.line + 1}: anchors/aliases are not allowed")
        if isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > 64:
                err(path, "nesting deeper than 64")
        if isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
        if isinstance(ev, yaml.ScalarEvent) and ev.style is None and YAML11_TRAPS.match(ev.value):
            err(path, f"line {ev.start_mark.line + 1}: plain scalar {ev.value!r} reads differently in YAML 1.1 and 1.2; quote it")
    return yaml.load(text, Loader=DupLoader)


# ---------------------------------------------------------------- helpers

def keys_ok(path, where, d, allowed, required=()):
    if not isinstance(d, dict):
        err(path, f"{where}: expected a map")
        return False
    for k in d:
        if k not in allowed:
            err(path, f"{where}: unknown key {k!r}")
    for k in required:
        if k not in d or is_absent(d[k]) or d[k] == [] or d[k] == {}:
            err(path, f"{where}: missing required {k!r}")
    return True


def number(path, where, v):
    try:
        return to_decimal(v)
    except ContentError as e:
        err(path, f"{where}: {e}")
        return None


def money(path, where, v):
    if isinstance(v, str) and "%" in v:
        err(path, f"{where}: money with %")
    d = number(path, where, v)
    if d is None:
        return None
    if d < 0:
        err(path, f"{where}: negative money")
    if d != d.quantize(Decimal("0.01")):
        err(path, f"{where}: more than 2 decimals")
    return d


def a_date(path, where, v):
    try:
        return parse_date(v)
    except (ContentError, ValueError) as e:
        err(path, f"{where}: {e}")
        return None


def is_int_text(v):
    return isinstance(v, int) or (isinstance(v, str) and re.fullmatch(r"\d+", v.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", "")))


# ---------------------------------------------------------------- site

def lint_site(cdir):
    path = os.path.join(cdir, "site.yaml")
    s = load_checked(path)
    keys_ok(path, "site", s, {"format", "province", "office", "title", "fiscal_year", "base_url", "primary_plan",
                               "deadline", "published_on", "numerals", "affiliations", "districts",
                               "expected_units", "committee"},
            ("format", "province", "office", "title", "fiscal_year", "primary_plan"))
    if s.get("format") != "planpress/site/1":
        err(path, "format")
    for k in ("deadline", "published_on"):
        if k in s:
            a_date(path, k, s[k])
    for k in ("affiliations", "districts", "expected_units", "committee"):
        for i, e in enumerate(as_list(s.get(k))):
            keys_ok(path, f"{k}[{i}]", e, {"code", "name", "short_name", "id", "position"})
    ids = [e["id"] for e in as_list(s.get("expected_units"))]
    if len(ids) != len(set(ids)):
        err(path, "duplicate expected unit id")
    return s


# ---------------------------------------------------------------- framework

def lint_framework(cdir, site):
    fdir = os.path.join(cdir, "framework")
    plans = {}
    codes = {}
    ind_codes = set()
    for f in sorted(os.listdir(fdir)):
        path = os.path.join(fdir, f)
        d = load_checked(path)
        keys_ok(path, "plan", d, {"format", "id", "name", "name_en", "rank", "period", "items"},
                ("format", "id", "name", "rank", "items"))
        if d.get("format") != "planpress/plan/1":
            err(path, "format")
        pid = d["id"]
        if not re.fullmatch(r"[A-Z][A-Z0-9]{0,9}", pid):
            err(path, f"bad plan id {pid}")
        if pid in plans:
            err(path, f"duplicate plan id {pid}")
        plans[pid] = (int(d["rank"]), path)

        def walk(items, where):
            for it in as_list(items):
                keys_ok(path, where, it, {"code", "name", "name_en", "supports", "items", "indicators"}, ("code", "name"))
                c = it["code"]
                if c in codes:
                    err(path, f"duplicate item code {c}")
                codes[c] = (pid, it, path)
                for ind in as_list(it.get("indicators")):
                    keys_ok(path, f"{c} indicator", ind, {"code", "name", "unit", "direction", "baseline", "targets",
                                                          "aggregation", "per", "reported_by"},
                            ("code", "name"))
                    how = ind.get("aggregation")
                    if how is not None and how not in ("sum", "mean", "ratio", "single"):
                        err(path, f"{ind['code']}: aggregation {how} is not sum, mean, ratio or single")
                    if (how == "single") != ("reported_by" in ind):
                        err(path, f"{ind['code']}: reported_by goes with aggregation: single, and only with it")
                    if "per" in ind and how != "ratio":
                        err(path, f"{ind['code']}: per goes with aggregation: ratio only")
                    AGGREGATION[ind["code"]] = (how, ind.get("reported_by"))
                    if ind["code"] in ind_codes or ind["code"] in codes:
                        err(path, f"duplicate indicator code {ind['code']}")
                    ind_codes.add(ind["code"])
                    if ind.get("direction", "increase") not in ("increase", "decrease"):
                        err(path, f"{ind['code']}: direction")
                    for y, v in (ind.get("targets") or {}).items():
                        if not (re.fullmatch(r"\d{4}", y) and 2500 <= int(y) <= 2700):
                            err(path, f"{ind['code']}: target year {y} is not BE")
                        number(path, f"{ind['code']} target {y}", v)
                    if "baseline" in ind:
                        number(path, f"{ind['code']} baseline", ind["baseline"].get("value"))
                walk(it.get("items"), c)
        walk(d.get("items"), pid)
    for c, (pid, it, path) in codes.items():
        for s in as_list(it.get("supports")):
            if s not in codes:
                err(path, f"{c}: supports unknown code {s}")
            elif plans[codes[s][0]][0] >= plans[pid][0]:
                err(path, f"{c}: supports {s} of a plan whose rank is not smaller")
    if site.get("primary_plan") not in plans:
        err("site.yaml", "primary_plan is not a plan id")
    return codes, ind_codes


# ---------------------------------------------------------------- units

TOP = {"format", "fiscal_year", "unit", "submitted_on", "approved_by", "summary", "projects", "indicator_results"}
UNIT = {"id", "name", "short_name", "affiliation", "district", "contact"}
PROJECT = {"id", "name", "strategies", "also_supports", "status", "period", "lead", "budget", "objectives",
           "indicators", "beneficiaries", "results", "problems", "suggestions", "evidence"}
IND = {"name", "kind", "unit", "target", "actual", "direction", "achieved", "contributes_to"}
STATUSES = {"completed", "ongoing", "not_started", "cancelled", "postponed"}
SOURCES = {"government", "non_government", "local", "other"}


AGGREGATION: dict = {}  # strategic indicator code -> (aggregation or None, reported_by)


def lint_unit(path, site, fw: Framework, codes, ind_codes, seen_ids):
    d = load_checked(path)
    if not keys_ok(path, "submission", d, TOP, ("format", "fiscal_year", "unit", "projects")):
        return None
    if d.get("format") != "planpress/unit-report/1":
        err(path, "format")
    if str(d.get("fiscal_year")) != str(site["fiscal_year"]):
        err(path, f"fiscal_year {d.get('fiscal_year')} is not the site's")
    u = d.get("unit") or {}
    keys_ok(path, "unit", u, UNIT, ("id", "name", "affiliation"))
    uid = u.get("id", "")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,62}", uid):
        err(path, f"bad unit id {uid!r}")
    if uid in seen_ids:
        err(path, f"duplicate unit id {uid}")
    seen_ids.add(uid)
    base = os.path.basename(path)
    folder = os.path.dirname(path)
    stem = os.path.basename(folder) if base.startswith("report.") else os.path.splitext(base)[0]
    if stem != uid:
        warn(path, f"file/folder name {stem} differs from unit.id {uid}")
    if u.get("affiliation") not in [a["code"] for a in site["affiliations"]]:
        err(path, f"unknown affiliation {u.get('affiliation')}")
    if "district" in u and u["district"] not in [a["code"] for a in site["districts"]]:
        err(path, f"unknown district {u.get('district')}")
    if "contact" in u:
        keys_ok(path, "unit.contact", u["contact"], {"name", "position", "phone", "email"})
    if "approved_by" in d:
        keys_ok(path, "approved_by", d["approved_by"], {"name", "position"})
    if "submitted_on" in d:
        a_date(path, "submitted_on", d["submitted_on"])
    fy = int(site["fiscal_year"])
    fy_start, fy_end = date(fy - 1 - 543, 10, 1), date(fy - 543, 9, 30)
    projects = d.get("projects")
    if projects is None or is_absent(projects):
        err(path, "projects missing")
        projects = []
    if projects == []:
        warn(path, "projects: []")
    pids = set()
    for p in projects:
        keys_ok(path, f"project {p.get('id')}", p, PROJECT, ("id", "name", "strategies", "status"))
        pid = p.get("id", "")
        where = f"project {pid}"
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}", pid):
            err(path, f"{where}: bad project id")
        if pid in pids:
            err(path, f"{where}: duplicate project id")
        pids.add(pid)
        strategies = as_list(p.get("strategies"))
        for c in strategies + as_list(p.get("also_supports")):
            if c not in codes:
                err(path, f"{where}: unknown code {c}")
        if all(c in codes for c in strategies):
            reached = fw.closure(strategies)
            for c in as_list(p.get("also_supports")):
                if c in codes and c not in reached:
                    warn(path, f"{where}: also_supports {c} is not reached by its strategies")
        status = p.get("status")
        if status not in STATUSES:
            err(path, f"{where}: status {status}")
        per = p.get("period")
        if per is not None:
            keys_ok(path, f"{where}.period", per, {"start", "end"})
            st = a_date(path, f"{where}.period.start", per["start"]) if "start" in per else None
            en = a_date(path, f"{where}.period.end", per["end"]) if "end" in per else None
            for x in (st, en):
                if x and not (fy_start <= x <= fy_end):
                    warn(path, f"{where}: period date {x} outside the fiscal year")
            if st and en and en < st:
                err(path, f"{where}: end before start")
        b = p.get("budget")
        if b is None:
            pass
        else:
            keys_ok(path, f"{where}.budget", b, {"allocated", "spent", "source"}, ("allocated",))
            al = money(path, f"{where}.allocated", b.get("allocated"))
            sp = money(path, f"{where}.spent", b["spent"]) if not is_absent(b.get("spent")) else None
            if al is not None and sp is not None and sp > al:
                warn(path, f"{where}: spent > allocated")
            if "source" in b and b["source"] not in SOURCES:
                err(path, f"{where}: source {b['source']}")
        inds = as_list(p.get("indicators"))
        if not inds:
            warn(path, f"{where}: no indicators")
        for i, ind in enumerate(inds, 1):
            w = f"{where} indicator {i}"
            keys_ok(path, w, ind, IND, ("name", "target"))
            kind = ind.get("kind", "quantitative")
            if kind not in ("quantitative", "qualitative"):
                err(path, f"{w}: kind {kind}")
            if ind.get("direction", "increase") not in ("increase", "decrease"):
                err(path, f"{w}: direction")
            has_actual = "actual" in ind and not is_absent(ind["actual"])
            if kind == "quantitative":
                pct = ind.get("unit") in ("ร้อยละ", "%")
                for k in ("target", "actual"):
                    if k in ind and not is_absent(ind[k]):
                        if isinstance(ind[k], str) and ind[k].strip().endswith("%") and not pct:
                            err(path, f"{w}: {k} with % but unit is not a percentage")
                        v = number(path, f"{w}.{k}", ind[k])
                        if v is not None and pct and not (0 <= v <= 100):
                            err(path, f"{w}: percentage {v} outside 0–100")
                if "achieved" in ind:
                    warn(path, f"{w}: achieved on a quantitative indicator (ignored)")
            else:
                if has_actual and ind.get("achieved") not in ("true", "false", True, False):
                    err(path, f"{w}: qualitative actual without achieved")
            if "contributes_to" in ind and ind["contributes_to"] not in ind_codes:
                err(path, f"{w}: contributes_to unknown strategic indicator {ind['contributes_to']}")
            if status == "completed" and not has_actual:
                warn(path, f"{w}: completed project with an indicator that has no actual")
        for k, v in (p.get("beneficiaries") or {}).items():
            if not is_int_text(v):
                err(path, f"{where}: beneficiaries {k}={v!r} is not a non-negative integer")
        for k in ("objectives", "problems", "suggestions"):
            if k in p and not isinstance(p[k], list):
                err(path, f"{where}: {k} must be a list")
        for e in as_list(p.get("evidence")):
            keys_ok(path, f"{where} evidence", e, {"title", "url", "file"}, ("title",))
            if ("url" in e) == ("file" in e):
                err(path, f"{where}: evidence needs exactly one of url/file")
            if "url" in e and not re.match(r"https?://", e["url"]):
                err(path, f"{where}: evidence url not http(s)")
            if "file" in e:
                f = e["file"]
                full = os.path.realpath(os.path.join(folder, f))
                if os.path.isabs(f) or not full.startswith(os.path.realpath(folder) + os.sep):
                    err(path, f"{where}: evidence file leaves the unit folder")
                elif not os.path.isfile(full):
                    err(path, f"{where}: evidence file {f} missing")
    for r in as_list(d.get("indicator_results")):
        how, reporter = AGGREGATION.get(r.get("code"), (None, None))
        parts = ("numerator", "denominator")
        keys_ok(path, "indicator_results", r, {"code", "value", "numerator", "denominator", "note", "as_of"},
                ("code",) + (parts if how == "ratio" else ("value",)))
        if r.get("code") not in ind_codes:
            err(path, f"indicator_results: unknown code {r.get('code')}")
        if how == "ratio":
            if "value" in r:
                err(path, f"indicator_results: {r.get('code')} is a ratio: numerator and denominator, not value")
            for k in parts:
                if k in r:
                    number(path, f"indicator_results.{k}", r.get(k))
        else:
            if any(k in r for k in parts):
                err(path, f"indicator_results: {r.get('code')} is not a ratio: no numerator or denominator")
            number(path, "indicator_results.value", r.get("value"))
        if how == "single" and reporter != uid:
            err(path, f"indicator_results: {r.get('code')} is reported by {reporter} only")
    return uid


# ---------------------------------------------------------------- pages

def lint_pages(cdir):
    pdir = os.path.join(cdir, "pages")
    if not os.path.isdir(pdir):
        return
    for f in sorted(os.listdir(pdir)):
        path = os.path.join(pdir, f)
        text = open(path, encoding="utf-8").read()
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if not m:
            err(path, "no front matter")
            continue
        fm = yaml.load(m.group(1), Loader=DupLoader)
        keys_ok(path, "front matter", fm, {"title", "order", "channels"}, ("title", "order", "channels"))
        for c in as_list(fm.get("channels")):
            if c not in ("site", "print"):
                err(path, f"channel {c}")
        if not re.fullmatch(r"\d+", fm.get("order", "")):
            err(path, "order must be an integer")


def main(argv):
    cdir = argv[1] if len(argv) > 1 else "content"
    try:
        site = lint_site(cdir)
        codes, ind_codes = lint_framework(cdir, site)
        fw = load_framework(cdir)
        seen = set()
        for path in submission_files(cdir):
            try:
                lint_unit(path, site, fw, codes, ind_codes, seen)
            except (ContentError, yaml.YAMLError, ValueError, KeyError) as e:
                err(path, str(e))
        for e in as_list(site.get("expected_units")):
            if e["id"] not in seen:
                warn("site.yaml", f"expected unit {e['id']} has no submission")
        lint_pages(cdir)
    except (ContentError, yaml.YAMLError) as e:
        err(cdir, str(e))
    for line in ERRORS + WARNINGS:
        print(line)
    print(f"{len(ERRORS)} errors, {len(WARNINGS)} warnings")
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
