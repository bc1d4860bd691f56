"""Compliance views of an audit: per framework control (`--framework`) and JUnit XML
(`--format junit`: one test case per device and hardening rule)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from untapped.model.results import AuditResult, Finding
from untapped.rules.catalog import catalog
from untapped.rules.frameworks import TITLES, controls_of

ORDER = {"fail": 0, "unknown": 1, "waived": 2, "pass": 3, "n/a": 4}


def _status(raw: str) -> str:
    return raw.split(":", 1)[0]


def control_table(result: AuditResult, framework: str) -> list[dict[str, object]]:
    """Rows: control, rules, per-device status, network status (the worst device)."""
    controls = controls_of(framework)
    waived_rules = {(f.file, f.rule) for f in result.waived}
    fired = {(f.file, f.rule) for f in result.findings}  # an index: one pass over the findings
    rows: list[dict[str, object]] = []
    for control, rules in controls.items():
        per_device: dict[str, str] = {}
        for dev in result.devices:
            statuses = []
            for rule in rules:
                raw = result.controls.get(dev.file, {}).get(rule)
                if raw is None:
                    st = (
                        "waived"
                        if (dev.file, rule) in waived_rules
                        else _tap_status(result, dev.file, rule, fired)
                    )
                else:
                    st = _status(raw)
                    if st == "fail" and (dev.file, rule) in waived_rules:
                        st = "waived"
                statuses.append(st)
            per_device[dev.name] = min(statuses, key=lambda s: ORDER[s]) if statuses else "n/a"
        network = min(per_device.values(), key=lambda s: ORDER[s]) if per_device else "n/a"
        rows.append({"control": control, "rules": rules, "devices": per_device, "network": network})
    return rows


def _tap_status(
    result: AuditResult, file: str, rule: str, fired: set[tuple[str, str]] | None = None
) -> str:
    """Rules the hardening engine does not evaluate (the tap map's) pass unless they fired, when
    an analysis implements them; otherwise unknown. `fired`: the (file, rule) pairs of the
    findings, when the caller has indexed them."""
    if fired is None:
        fired = {(f.file, f.rule) for f in result.findings}
    if (file, rule) in fired:
        return "fail"
    return "pass" if catalog()[rule].implemented else "unknown"


def render_framework(result: AuditResult, framework: str) -> str:
    rows = control_table(result, framework)
    out = [
        f"{TITLES.get(framework, framework)}: {len(rows)} controls evidenced by untapped rules",
        "",
    ]
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[str(row["network"])] += 1
        rules = ", ".join(row["rules"])  # type: ignore[arg-type]
        out.append(f"{row['control']:<14} {str(row['network']).upper():8} {rules}")
        devices = row["devices"]
        assert isinstance(devices, dict)
        bad = [f"{d}={s}" for d, s in devices.items() if s in ("fail", "unknown")]
        if bad:
            out.append(f"{'':<14} {'':8} " + ", ".join(bad[:8]) + (" ..." if len(bad) > 8 else ""))
    out.append("")
    out.append("Network: " + ", ".join(f"{k} {counts[k]}" for k in ORDER if counts.get(k)))
    return "\n".join(out) + "\n"


def render_junit(result: AuditResult) -> str:
    """One <testsuite> per device, one <testcase> per hardening rule and per tap-map finding."""
    cat = catalog()
    findings: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in result.findings:
        findings[(f.file, f.rule)].append(f)
    root = ET.Element("testsuites", name="untapped")
    total = failures = skipped = 0
    for dev in result.devices:
        suite = ET.SubElement(root, "testsuite", name=dev.name, file=dev.file)
        n = nf = ns = 0
        rules = dict(result.controls.get(dev.file, {}))
        for file, rule in findings:
            if file == dev.file and rule not in rules:
                rules[rule] = "fail"
        for rule, raw in sorted(rules.items()):
            n += 1
            title = cat[rule].title if rule in cat else rule
            case = ET.SubElement(suite, "testcase", classname=f"{dev.name}", name=f"{rule} {title}")
            st = _status(raw)
            if st == "fail":
                nf += 1
                fs = findings.get((dev.file, rule), [])
                msg = "; ".join(f"line {f.line}: {f.message}" for f in fs) or title
                fail = ET.SubElement(
                    case, "failure", message=msg[:500], type=fs[0].severity if fs else ""
                )
                fail.text = "\n".join(
                    f"{f.file}:{f.line}: [{f.severity}] {f.message}{_rating(f)}" for f in fs
                )
            elif st in ("unknown", "n/a"):
                ns += 1
                ET.SubElement(case, "skipped", message=raw)
        suite.set("tests", str(n))
        suite.set("failures", str(nf))
        suite.set("skipped", str(ns))
        total, failures, skipped = total + n, failures + nf, skipped + ns
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("skipped", str(skipped))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _rating(f: Finding) -> str:
    r = f.rating
    if r is None:
        return ""
    exposed = f", exposure {'+'.join(r.exposure)}" if r.exposure else ""
    return f" (impact {r.impact}, ease {r.ease}{exposed}, fix {r.fix})"
