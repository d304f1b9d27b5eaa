#!/usr/bin/env python3
"""Checks `planpress schema` with a real JSON Schema validator (PyPI `jsonschema`).

Usage:
    python3 scripts/check_schema.py [--planpress BIN]
    python3 scripts/check_schema.py --report DATA_DIR

`--report DATA_DIR` checks a build's data channel as outside tools read it instead:
DATA_DIR/report.json against DATA_DIR/report.schema.json (jsonschema, draft 2020-12) and
DATA_DIR/report.xml against DATA_DIR/report.xsd (`xmllint --schema`, skipped with a note when
xmllint is missing). Exit 0 when both are valid, 1 otherwise.

The schema and the checker must agree, file by file, on every unit file of:
  - the sample content (content/units/),
  - the end-to-end fixtures (Tests/Fixtures/e2e/base/ and broken/),
  - a set of mutations of a valid file written here (each required field left out, an unknown
    key at every level, wrong types, every lenient number and date form, bad numbers, dates,
    ids, enums, URLs …).

`planpress check --format json` is the reference. For each file:
  - the checker accepts it (no error)            → the schema must accept it;
  - the checker reports a structural error       → the schema must reject it
    (codes in STRUCTURAL: format, required, type, unknown key, number, date, enum, empty
    text, ids, CE year, negative money, URL scheme, evidence url/file, qualitative achieved);
  - the checker reports only other errors (codes of the framework or the site, evidence files,
    placeholders, more than two decimals written as a YAML number, a well-formed date that is
    not in the calendar …) → no expectation.
Files that the checker cannot parse (syntax, encodings, aliases, duplicate keys) are skipped.

YAML is read with the YAML 1.2 core schema, as PlanPress and editors read it (PyYAML's default
1.1 rules would turn 2569-10-20 into a date and `no` into false).

Prints one line per disagreement and a summary; exit 0 when all agree, 1 otherwise, 2 on a
usage error or a missing dependency.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
    from jsonschema import Draft202012Validator
except ImportError as e:  # pragma: no cover
    print(f"check_schema.py needs PyYAML and jsonschema (scripts/setup installs them): {e}", file=sys.stderr)
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

STRUCTURAL = {
    "PP201", "PP202", "PP203", "PP204", "PP206", "PP207", "PP208", "PP209",
    "PP301", "PP302", "PP306", "PP502", "PP503", "PP507", "PP601", "PP604",
}
UNPARSEABLE = {"PP101", "PP103", "PP104", "PP105", "PP106", "PP107", "PP108", "PP109"}


class Core12Loader(yaml.SafeLoader):
    """PyYAML with the YAML 1.2 core schema's implicit types only."""


Core12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
]:
    Core12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def construct_bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


Core12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
Core12Loader.add_constructor("tag:yaml.org,2002:bool", construct_bool)


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp874")


def load(path: str):
    text = decode(open(path, "rb").read())
    if path.endswith(".json"):
        return json.loads(text)
    return yaml.load(text, Loader=Core12Loader)


def unit_files(content: str) -> list[str]:
    units = os.path.join(content, "units")
    out = []
    for name in sorted(os.listdir(units)):
        p = os.path.join(units, name)
        if os.path.isdir(p):
            for r in ("report.yaml", "report.yml", "report.json"):
                if os.path.exists(os.path.join(p, r)):
                    out.append(os.path.join(p, r))
                    break
        elif name.rsplit(".", 1)[-1].lower() in ("yaml", "yml", "json"):
            out.append(p)
    return out


def check_codes(planpress: str, content: str) -> dict[str, set[str]]:
    """Error codes per unit file, by absolute path, from `planpress check --format json`."""
    run = subprocess.run(
        [planpress, "check", "--content", content, "--format", "json"],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"},
    )
    if run.returncode not in (0, 1):
        print(f"planpress check failed on {content}:\n{run.stderr}", file=sys.stderr)
        sys.exit(2)
    codes: dict[str, set[str]] = {}
    for d in json.loads(run.stdout)["diagnostics"]:
        if d["severity"] == "error":
            code = d["code"]
            # A date that is well formed but not in the calendar (2569-02-30) is beyond a pattern.
            if code == "PP207" and "not a day of the calendar" in d["message"]["en"]:
                code = "PP207-day"
            codes.setdefault(os.path.normpath(os.path.join(ROOT, d["path"])), set()).add(code)
    return codes


# --------------------------------------------------------------------------
# Mutations of a valid file


def mutations(base: dict) -> dict[str, dict]:
    out: dict[str, dict] = {}

    def m(name, change):
        doc = copy.deepcopy(base)
        change(doc)
        out[name] = doc

    p = lambda d: d["projects"][0]  # noqa: E731
    ind = lambda d: p(d)["indicators"][0]  # noqa: E731
    qual = lambda d: p(d)["indicators"][1]  # noqa: E731

    def drop(path):
        def f(d):
            *parents, last = path
            node = d
            for k in parents:
                node = node[k]
            del node[last]
        return f

    def put(path, value):
        def f(d):
            *parents, last = path
            node = d
            for k in parents:
                node = node[k]
            node[last] = value
        return f

    # Required fields left out, and null where null means "missing".
    for path in [
        ["format"], ["fiscal_year"], ["unit"], ["projects"], ["unit", "id"], ["unit", "name"], ["unit", "affiliation"],
        ["projects", 0, "id"], ["projects", 0, "name"], ["projects", 0, "strategies"], ["projects", 0, "status"],
        ["projects", 0, "budget", "allocated"], ["projects", 0, "indicators", 0, "name"],
        ["projects", 0, "indicators", 0, "target"], ["projects", 0, "evidence", 0, "title"],
        ["indicator_results", 0, "code"], ["indicator_results", 0, "value"],
    ]:
        m("drop-" + "-".join(map(str, path)), drop(path))
        m("null-" + "-".join(map(str, path)), put(path, None))
    # Unknown keys at every level.
    for path in [
        [], ["unit"], ["unit", "contact"], ["approved_by"], ["projects", 0], ["projects", 0, "period"],
        ["projects", 0, "budget"], ["projects", 0, "indicators", 0], ["projects", 0, "evidence", 0], ["indicator_results", 0],
    ]:
        m("unknown-" + "-".join(map(str, path or ["top"])), put(path + ["stratgies"], "x"))
    # Wrong types.
    m("type-projects-map", put(["projects"], {"id": "P01"}))
    m("type-unit-text", put(["unit"], "alpha"))
    m("type-strategies-scalar", put(["projects", 0, "strategies"], "SPE.S1.1"))
    m("type-objectives-scalar", put(["projects", 0, "objectives"], "เพื่อทดสอบ"))
    m("type-objectives-map", put(["projects", 0, "objectives"], {"a": 1}))
    m("type-budget-list", put(["projects", 0, "budget"], [1]))
    m("type-beneficiaries-list", put(["projects", 0, "beneficiaries"], [1]))
    m("type-beneficiaries-negative", put(["projects", 0, "beneficiaries"], {"students": -1}))
    m("type-beneficiaries-fraction", put(["projects", 0, "beneficiaries"], {"students": "12.5"}))
    m("type-achieved-text", put(["projects", 0, "indicators", 1, "achieved"], "true"))
    m("type-name-list", put(["projects", 0, "name"], ["a"]))
    m("type-fiscal-year-text", put(["fiscal_year"], "สองพันห้าร้อย"))
    m("type-fiscal-year-fraction", put(["fiscal_year"], "2569.5"))
    # Empty texts.
    m("empty-name", put(["projects", 0, "name"], ""))
    m("blank-name", put(["projects", 0, "name"], "   "))
    m("empty-objective", put(["projects", 0, "objectives"], [""]))
    m("empty-strategies", put(["projects", 0, "strategies"], []))
    m("empty-short-name", put(["unit", "short_name"], ""))
    m("null-short-name", put(["unit", "short_name"], None))
    m("null-period", put(["projects", 0, "period"], None))
    m("null-budget", put(["projects", 0, "budget"], None))
    m("null-indicators", put(["projects", 0, "indicators"], None))
    m("null-achieved-quantitative", put(["projects", 0, "indicators", 0, "achieved"], None))
    m("empty-projects", put(["projects"], []))
    # Numbers and money.
    for i, v in enumerate([
        "1,250,000.50", "๑,๒๕๐,๐๐๐", "350000", 350000, 0, 1e6, "1000.500", " 12 ", "+5", 12.5,
        "1.250.000", "ประมาณ 5", "N/A", "1,25,000", "12,50", "-5", -5, "1e3", "", "5 บาท", "1000.125",
    ]):
        m(f"money-{i}-{v!r}", put(["projects", 0, "budget", "allocated"], v))
    for i, v in enumerate(["72.5%", "๗๒.๕", "-3", "1e2", "1,000", ".5", "5.", "ประมาณ 5", "72.5 %", "1.2.3", "%"]):
        m(f"actual-{i}-{v!r}", put(["projects", 0, "indicators", 0, "actual"], v))
    m("actual-percent-not-percent", lambda d: (ind(d).__setitem__("unit", "คน"), ind(d).__setitem__("actual", "72%")))
    m("target-text-quantitative", put(["projects", 0, "indicators", 0, "target"], "ทุกคน"))
    m("target-number-qualitative", put(["projects", 0, "indicators", 1, "target"], 5))
    m("qualitative-no-achieved", lambda d: qual(d).pop("achieved"))
    m("qualitative-no-actual-no-achieved", lambda d: (qual(d).pop("achieved"), qual(d).pop("actual")))
    m("kind-null", put(["projects", 0, "indicators", 0, "kind"], None))
    m("kind-bad", put(["projects", 0, "indicators", 0, "kind"], "quantity"))
    m("direction-decrease", put(["projects", 0, "indicators", 0, "direction"], "decrease"))
    m("direction-bad", put(["projects", 0, "indicators", 0, "direction"], "down"))
    # Dates.
    for i, v in enumerate([
        "2569-10-20", "2026-10-20", "20 ตุลาคม 2569", "20 ต.ค. 2569", "20 ต.ค 2569", "20 ตค 2569", "๒๐ ต.ค. พ.ศ. ๒๕๖๙",
        "20 ตุลาคม พ.ศ. 2569", "1 ม.ค. 2569", "2569-1-5", "2569/10/20", "20/10/2569", "20 ต.ค. 69", "20 October 2569",
        "2569-02-30", "", "ตุลาคม 2569",
    ]):
        m(f"date-{i}-{v!r}", put(["submitted_on"], v))
    m("date-number", put(["submitted_on"], 25691020))
    # Years, ids, enums, URLs, evidence.
    for v in [2569, "2569", "๒๕๖๙", 2026, 3000, "2026"]:
        m(f"year-{v!r}", put(["fiscal_year"], v))
    for v in ["P 01", "P01!", "-P01", "x" * 33, 7, "P.01_a-b", "ก01"]:
        m(f"project-id-{v!r}", put(["projects", 0, "id"], v))
    for v in ["done", "Completed", "", "not_started", "postponed"]:
        m(f"status-{v!r}", put(["projects", 0, "status"], v))
    for v in ["gov", "non_government", None]:
        m(f"source-{v!r}", put(["projects", 0, "budget", "source"], v))
    for v in ["ftp://example.go.th/a.pdf", "example.go.th/a.pdf", "HTTPS://EXAMPLE.GO.TH/A.PDF", "https://", "javascript:alert(1)"]:
        m(f"url-{v!r}", put(["projects", 0, "evidence", 0, "url"], v))
    m("evidence-both", lambda d: p(d)["evidence"][0].__setitem__("file", "alpha-school-p01.txt"))
    m("evidence-neither", lambda d: p(d)["evidence"][0].pop("url"))
    m("evidence-url-null-file", lambda d: (p(d)["evidence"][0].__setitem__("url", None), p(d)["evidence"][0].__setitem__("file", "alpha-school-p01.txt")))
    m("evidence-url-empty", lambda d: p(d)["evidence"][0].__setitem__("url", ""))
    m("format-v2", put(["format"], "planpress/unit-report/2"))
    m("unit-id-bad", put(["unit", "id"], "Alpha_School"))
    m("many-projects", lambda d: d.__setitem__("projects", [dict(p(d), id=f"P{i}") for i in range(2001)]))
    return out


def check_report(data: str) -> int:
    """report.json against report.schema.json, report.xml against report.xsd."""
    failures = 0
    with open(os.path.join(data, "report.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    with open(os.path.join(data, "report.json"), encoding="utf-8") as f:
        report = json.load(f)
    for e in sorted(Draft202012Validator(schema).iter_errors(report), key=lambda e: list(e.absolute_path))[:20]:
        print(f"report.json /{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
        failures += 1
    if failures == 0:
        print("report.json is valid against report.schema.json")
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        print("xmllint is missing: report.xml not checked (apt-get install libxml2-utils)")
    else:
        run = subprocess.run(
            [xmllint, "--noout", "--schema", os.path.join(data, "report.xsd"), os.path.join(data, "report.xml")],
            capture_output=True, text=True)
        print((run.stderr or run.stdout).strip()[-2000:])
        if run.returncode != 0:
            failures += 1
    return 1 if failures else 0


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--report"] and len(args) == 2:
        return check_report(args[1])
    planpress = os.path.join(ROOT, ".build", "debug", "planpress")
    if args[:1] == ["--planpress"] and len(args) == 2:
        planpress = args[1]
    elif args:
        print(__doc__, file=sys.stderr)
        return 2
    if not os.access(planpress, os.X_OK):
        print(f"no planpress executable at {planpress} (run swift build)", file=sys.stderr)
        return 2
    run = subprocess.run([planpress, "schema"], capture_output=True, text=True, check=True)
    schema = json.loads(run.stdout)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    english = json.loads(subprocess.run([planpress, "schema", "--lang", "en"], capture_output=True, text=True, check=True).stdout)
    Draft202012Validator.check_schema(english)

    failures: list[str] = []
    counts = {"accepted": 0, "rejected": 0, "no expectation": 0, "skipped": 0}

    def compare(path: str, doc, codes: set[str]):
        if codes & UNPARSEABLE:
            counts["skipped"] += 1
            return
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        shown = os.path.relpath(path, ROOT)
        if not codes:
            counts["accepted"] += 1
            if errors:
                e = errors[0]
                failures.append(f"{shown}: the checker accepts it, the schema rejects it at /{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
        elif codes & STRUCTURAL:
            counts["rejected"] += 1
            if not errors:
                failures.append(f"{shown}: the checker reports {sorted(codes & STRUCTURAL)}, the schema accepts it")
        else:
            counts["no expectation"] += 1

    work = tempfile.mkdtemp(prefix="planpress-schema-")
    try:
        # The sample and the fixtures, as they are.
        for content in ["content", "Tests/Fixtures/e2e/base", "Tests/Fixtures/e2e/broken"]:
            full = os.path.join(ROOT, content)
            codes = check_codes(planpress, full)
            for path in unit_files(full):
                try:
                    doc = load(path)
                except Exception:  # noqa: BLE001 - PyYAML cannot read what the checker rejects as syntax
                    doc = None
                if doc is None and not (codes.get(os.path.normpath(path), set()) & UNPARSEABLE):
                    failures.append(f"{os.path.relpath(path, ROOT)}: Python cannot read a file the checker parses")
                    continue
                compare(path, doc, codes.get(os.path.normpath(path), set()))

        # Mutations of a valid base file, in a copy of base/.
        content = os.path.join(work, "content")
        shutil.copytree(os.path.join(ROOT, "Tests/Fixtures/e2e/base"), content)
        base = load(os.path.join(content, "units", "alpha-school.yaml"))
        for name in os.listdir(os.path.join(content, "units")):
            if name != "alpha-school-p01.txt":
                os.remove(os.path.join(content, "units", name))
        written = {}
        for i, (label, doc) in enumerate(mutations(base).items()):
            uid = f"m{i:03d}"
            if isinstance(doc.get("unit"), dict) and "id" in doc["unit"] and label not in ("unit-id-bad",):
                if doc["unit"]["id"] is not None:
                    doc["unit"]["id"] = uid
            path = os.path.join(content, "units", f"{uid}.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=1)
            written[os.path.normpath(path)] = (label, doc)
        codes = check_codes(planpress, content)
        for path, (label, doc) in sorted(written.items()):
            before = len(failures)
            compare(path, doc, codes.get(path, set()))
            if len(failures) > before:
                failures[-1] = f"mutation {label}: " + failures[-1].split(": ", 1)[1] + f" (checker: {sorted(codes.get(path, set()))})"
    finally:
        shutil.rmtree(work, ignore_errors=True)

    for f in failures:
        print(f)
    total = sum(counts.values())
    print(
        f"{total} files: {counts['accepted']} valid, {counts['rejected']} with structural errors, "
        f"{counts['no expectation']} with other errors, {counts['skipped']} unparseable; {len(failures)} disagreements"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
