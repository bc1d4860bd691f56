"""`audit --format html`: one self-contained HTML file that a compliance officer can hand to an
auditor.

Sections: summary, tap map, findings by severity then device (each with its evidence lines and a
few lines of configuration context read from the audited files), waived findings, per-framework
compliance (with `--framework`), per-device detail (dialect and why, line accounting,
unrecognized lines, hardening controls), and an explanation of every rule the report names.

Safety and self-containment:

- The page is rendered by a jinja2 template with autoescaping on: everything taken from
  configurations (host names, descriptions, destinations, diagnostics, file names) is escaped.
- Configuration excerpts are redacted line by line with `untapped.redact.redact_text` (the same
  rules as diagnostics and the snapshot store) unless `show_secrets` is true; everything else in
  an AuditResult is already redacted by the parsers.
- No external URL, font, style sheet or script. A Content-Security-Policy meta tag allows only the
  inline style sheet and the one inline script by its hash (opening collapsed sections before
  printing, expand/collapse buttons); the report is fully readable without it and when printed.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from untapped import redact
from untapped.analyses.taps import inactive_reason
from untapped.collect.files import Artifact, read_artifact
from untapped.model.core import SEVERITIES, Diagnostic
from untapped.model.results import AuditResult, Channel, DeviceSummary, Finding
from untapped.report.common import locate
from untapped.rules.catalog import Rule, catalog
from untapped.rules.frameworks import frameworks_of
from untapped.version import __version__

CONTEXT = 2  # lines of configuration shown before and after each evidence line
MAX_EVIDENCE = 12  # evidence lines shown per finding (the rest are counted)
MAX_PARENTS = 3  # enclosing block headers shown above an indented evidence line
MAX_DIAGNOSTICS = 100  # diagnostics listed per device (the rest are counted)
MAX_LIST = 50  # owner networks, devices per control... listed before "and N more"
TRUSTS = ("external", "unknown", "internal", "trusted", "local")
STATUSES = ("fail", "unknown", "waived", "pass", "n/a")
WAIVED_INTRO = (
    "Accepted by a waiver of the policy file, with its reason and expiry; they do not count for "
    "--fail-on. An expired waiver no longer applies and is itself a finding (POL-001)."
)
_SALT_LINE = re.compile(r"^(\s*salt\s*=\s*).*$")


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("untapped.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


@cache
def _script() -> tuple[str, str]:
    """The inline script and its CSP source expression ('sha256-...')."""
    text = resources.files("untapped.report").joinpath("templates/report.js").read_text("utf-8")
    text = text.strip()
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
    return text, f"'sha256-{digest}'"


# ---- configuration excerpts --------------------------------------------------------------------
class Sources:
    """The audited files, read once each (as the pipeline read them), split into lines."""

    def __init__(
        self,
        result: AuditResult,
        show_secrets: bool,
        read: Callable[[str], str | None] | None = None,
    ) -> None:
        self.result = result
        self.show_secrets = show_secrets
        self.read = read
        self.device_files = {d.file for d in result.devices}
        self._lines: dict[str, list[str] | None] = {}
        self._rel: dict[str, str] = {}
        self._shown: dict[tuple[str, int], str] = {}
        self._excerpts: dict[tuple[str, tuple[int, ...]], dict[str, Any] | None] = {}
        root = Path(result.input)
        self._single = root.is_file()
        self._root = root

    def path_of(self, file: str) -> Path | None:
        if file in self.device_files:
            return self._root if self._single else self._root / file
        rel, under = locate(self.result, file)
        if under and not self._single:
            return self._root / rel
        return Path(file)

    def lines(self, file: str) -> list[str] | None:
        if file not in self._lines:
            self._lines[file] = self._read(file)
        return self._lines[file]

    def _read(self, file: str) -> list[str] | None:
        from untapped.dialects._ioslike.engine import split_lines

        if self.read is not None:
            text = self.read(file)
            return None if text is None else split_lines(text)
        path = self.path_of(file)
        if path is None:
            return None
        item = read_artifact(path, file)
        if not isinstance(item, Artifact):
            return None
        return split_lines(item.text)

    def show(self, file: str, text: str) -> str:
        """One line as it may be shown: redacted unless --show-secrets."""
        if self.show_secrets:
            return text
        if file not in self.device_files:
            # the policy file: its report.salt is the key of every redaction token
            text = _SALT_LINE.sub(r"\1<redacted>", text)
        return redact.redact_text(text)

    def relative(self, file: str) -> str:
        rel = self._rel.get(file)
        if rel is None:
            rel = file if file in self.device_files else locate(self.result, file)[0]
            self._rel[file] = rel
        return rel

    def excerpt(self, file: str, targets: Iterable[int]) -> dict[str, Any] | None:
        """The evidence lines of `file` with CONTEXT lines around each and the headers of the
        blocks that enclose them; None when the file cannot be read (moved since the audit).
        Findings on the same lines share one excerpt."""
        wanted = tuple(sorted({n for n in targets if n >= 1}))
        key = (file, wanted)
        if key not in self._excerpts:
            self._excerpts[key] = self._excerpt(file, wanted)
        return self._excerpts[key]

    def _excerpt(self, file: str, wanted: tuple[int, ...]) -> dict[str, Any] | None:
        lines = self.lines(file)
        if lines is None or not wanted:
            return None
        n = len(lines)
        hits = {t for t in wanted if t <= n}
        if not hits:
            return None
        hidden = max(0, len(hits) - MAX_EVIDENCE)
        shown_hits = sorted(hits)[:MAX_EVIDENCE]
        keep: set[int] = set()
        for t in shown_hits:
            keep.update(range(max(1, t - CONTEXT), min(n, t + CONTEXT) + 1))
            keep.update(_parents(lines, t))
        # a gap of one line is shown rather than marked (a description under its interface)
        keep.update([ln + 1 for ln in keep if ln + 1 not in keep and ln + 2 in keep])
        rows: list[tuple[int | None, str, bool]] = []
        prev = 0
        for ln in sorted(keep):
            if prev and ln != prev + 1:
                rows.append((None, "", False))
            shown = self._shown.get((file, ln))
            if shown is None:
                shown = self._shown[(file, ln)] = self.show(file, lines[ln - 1])
            rows.append((ln, shown, ln in hits))
            prev = ln
        return {"rows": rows, "hidden": hidden, "html": excerpt_html(rows)}


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def _parents(lines: list[str], target: int) -> list[int]:
    """Line numbers of the headers of the blocks enclosing `target` (by indentation)."""
    out: list[int] = []
    text = lines[target - 1]
    if not text.strip():
        return out
    level = _indent(text)
    ln = target - 1
    while level > 0 and ln >= 1 and len(out) < MAX_PARENTS:
        cand = lines[ln - 1]
        if cand.strip() and not cand.lstrip().startswith(("!", "#")):
            ind = _indent(cand)
            if ind < level:
                out.append(ln)
                level = ind
        ln -= 1
    return out


# ---- the view model ----------------------------------------------------------------------------
def _rating(f: Finding) -> dict[str, str] | None:
    """The finding's impact / ease / fix ratings when the model carries them (`Finding.rating`)."""
    r = getattr(f, "rating", None)
    if r is None:
        return None
    out: dict[str, str] = {}
    for key in ("impact", "ease", "fix"):
        val = r.get(key) if isinstance(r, dict) else getattr(r, key, None)
        if val:
            out[key] = str(val)
    return out or None


def _pct(num: int, den: int) -> str:
    return f"{num / den:.1%}" if den else "n/a"


class _Anchors:
    """Anchor ids that never come from configuration text (device names may hold anything)."""

    def __init__(self, devices: list[DeviceSummary]) -> None:
        self.by_file = {d.file: f"dev-{i}" for i, d in enumerate(devices)}
        self.by_name: dict[str, str] = {}
        for d in devices:
            self.by_name.setdefault(d.name, self.by_file[d.file])


class _Links:
    """Fragments the template repeats thousands of times, built here once each (a jinja macro
    call costs tens of microseconds): rule links, device links, badges. Every text is escaped."""

    def __init__(self, known: set[str], anchors: _Anchors) -> None:
        self.known = known
        self.anchors = anchors
        self._rules: dict[str, Markup] = {}
        self._devs: dict[str, Markup] = {}

    def rule(self, r: str) -> Markup:
        m = self._rules.get(r)
        if m is None:
            e = escape(r)
            m = Markup(f'<a href="#rule-{e}">{e}</a>') if r in self.known else e
            self._rules[r] = m
        return m

    def rules(self, rs: list[str]) -> Markup:
        if not rs:
            return _EMPTY
        return Markup(", ").join([self.rule(r) for r in rs])

    def device(self, name: str) -> Markup:
        m = self._devs.get(name)
        if m is None:
            a = self.anchors.by_name.get(name)
            e = escape(name)
            m = Markup(f'<a href="#{a}">{e}</a>') if a else e
            self._devs[name] = m
        return m

    def devices(self, names: Iterable[str]) -> Markup:
        return Markup(", ").join(self.device(n) for n in names)

    @staticmethod
    def sev(s: str) -> Markup:
        return _SEV_BADGE.get(s) or Markup('<span class="badge">{}</span>').format(s)

    @staticmethod
    def status(s: str) -> Markup:
        return _STATUS_BADGE.get(s) or Markup('<span class="badge">{}</span>').format(s)


_EMPTY = Markup("")
_SEV_BADGE: dict[str, Markup] = {
    s: Markup(f'<span class="badge sev-{s}">{s}</span>') for s in SEVERITIES
}
_STATUS_BADGE = {
    s: Markup(f'<span class="badge st-{s.replace("/", "")}">{s}</span>') for s in STATUSES
}


@dataclass(slots=True)
class ChannelRow:
    """One row of the tap map (attributes, not dict keys: jinja reads them fastest)."""

    id: int
    device: str
    file: str
    line: int
    kind: str
    destination: str | None
    vrf: str | None
    source: str | None
    trust: str
    inactive: str | None
    rules: list[str]
    device_html: Markup  # the device's link
    rules_html: Markup  # links to the rules it raised


@dataclass(slots=True)
class FindingView:
    rule: str
    title: str
    severity: str
    message: str
    device: str
    file: str
    line: int
    evidence: list[int]
    excerpt: dict[str, Any] | None
    unreadable: bool
    rating: dict[str, str] | None
    channel: int | None
    dialect: str | None
    fix: str | None
    waiver_reason: str | None
    head_html: Markup  # severity badge and rule link


def _channel_rows(
    result: AuditResult, rules_of: dict[int, list[str]], link: _Links
) -> list[ChannelRow]:
    return [
        ChannelRow(
            c.id,
            c.device,
            c.file,
            c.line,
            c.kind,
            c.destination,
            c.vrf,
            c.source,
            c.trust,
            inactive_reason(c),
            rules_of.get(c.id, []),
            link.device(c.device),
            link.rules(rules_of.get(c.id, [])),
        )
        for c in sorted(result.channels, key=_channel_order)
    ]


def _channel_order(c: Channel) -> tuple[str, str, str, int]:
    return (c.device, c.kind, c.destination or "", c.line)


def _finding_view(
    f: Finding, src: Sources, dialect: str | None, dialects: set[str], link: _Links
) -> FindingView:
    ex = src.excerpt(f.file, [f.line, *f.evidence])
    return FindingView(
        rule=f.rule,
        title=f.title,
        severity=f.severity,
        message=f.message,
        device=f.device,
        file=src.relative(f.file),
        line=f.line,
        evidence=f.evidence,
        excerpt=ex,
        unreadable=ex is None and f.line >= 1 and src.lines(f.file) is None,
        rating=_rating(f),
        channel=f.channel,
        dialect=dialect,
        fix=_fix_anchor(f.rule, dialect, dialects),
        waiver_reason=f.waiver_reason,
        head_html=link.sev(f.severity) + Markup(' <span class="rule">') + link.rule(f.rule),
    )


def _by_device(findings: list[FindingView]) -> list[tuple[str, list[FindingView]]]:
    groups: dict[str, list[FindingView]] = {}
    for f in findings:
        groups.setdefault(f.device, []).append(f)
    return [(dev, sorted(fs, key=lambda f: (f.file, f.line))) for dev, fs in sorted(groups.items())]


def _control_rows(result: AuditResult, framework: str) -> dict[str, Any]:
    from untapped.report import compliance
    from untapped.rules.frameworks import TITLES

    rows = []
    totals: Counter[str] = Counter()
    for row in compliance.control_table(result, framework):
        devices = row["devices"]
        assert isinstance(devices, dict)
        counts = Counter(devices.values())
        totals[str(row["network"])] += 1
        named = {
            st: [d for d, s in devices.items() if s == st] for st in ("fail", "unknown", "waived")
        }
        rows.append(
            {
                "control": row["control"],
                "rules": row["rules"],
                "network": row["network"],
                "counts": [(st, counts[st]) for st in STATUSES if counts.get(st)],
                "named": [
                    (st, ds[:MAX_LIST], len(ds) - MAX_LIST) for st, ds in named.items() if ds
                ],
            }
        )
    return {
        "name": framework,
        "title": TITLES.get(framework, framework),
        "rows": rows,
        "totals": [(st, totals[st]) for st in STATUSES if totals.get(st)],
    }


def _controls_of(
    raw: dict[str, str], waived: set[str], lines: dict[str, list[int]]
) -> dict[str, Any]:
    passed: list[str] = []
    other: list[tuple[str, str, str]] = []
    for rule, text in sorted(raw.items()):
        status, _, why = text.partition(":")
        status = status.strip()
        if status == "fail" and rule in waived:
            status = "waived"
        if status in ("fail", "waived") and not why.strip() and lines.get(rule):
            ls = sorted(set(lines[rule]))
            why = ("line " if len(ls) == 1 else "lines ") + ", ".join(map(str, ls))
        if status == "pass":
            passed.append(rule)
        else:
            other.append((rule, status, why.strip()))
    other.sort(key=lambda r: (STATUSES.index(r[1]) if r[1] in STATUSES else 9, r[0]))
    return {"passed": passed, "other": other, "total": len(raw)}


def _device_views(
    result: AuditResult, anchors: _Anchors, sev_counts: dict[str, Counter[str]]
) -> list[dict[str, Any]]:
    diags: dict[str, list[Diagnostic]] = {}
    for d in result.diagnostics:
        diags.setdefault(d.file, []).append(d)
    chans = Counter(c.file for c in result.channels)
    waived_rules: dict[str, set[str]] = {}
    for f in result.waived:
        waived_rules.setdefault(f.file, set()).add(f.rule)
    rule_lines: dict[str, dict[str, list[int]]] = {}
    for f in (*result.findings, *result.waived):
        rule_lines.setdefault(f.file, {}).setdefault(f.rule, []).append(f.line)
    out = []
    for dev in result.devices:
        lc = dev.lines
        ds = diags.get(dev.file, [])
        counts = sev_counts.get(dev.file, Counter())
        out.append(
            {
                "name": dev.name,
                "file": dev.file,
                "anchor": anchors.by_file[dev.file],
                "dialect": dev.dialect,
                "evidence": dev.evidence,
                "lines": lc,
                "coverage": _pct(lc.recognized, lc.recognized + lc.unrecognized),
                "channels": chans.get(dev.file, 0),
                "findings": [(s, counts[s]) for s in SEVERITIES if counts.get(s)],
                "diagnostics": ds[:MAX_DIAGNOSTICS],
                "diagnostics_hidden": max(0, len(ds) - MAX_DIAGNOSTICS),
                "diagnostic_kinds": sorted(Counter(d.kind for d in ds).items()),
                "controls": _controls_of(
                    result.controls.get(dev.file, {}),
                    waived_rules.get(dev.file, set()),
                    rule_lines.get(dev.file, {}),
                ),
            }
        )
    return out


def _fix_keys(r: Rule, dialects: set[str]) -> list[str]:
    """The remediation entries the report shows for `r`: those of the audit's dialects, the
    generic one ("any") when some audited dialect has none of its own, else all of them."""
    rem = r.remediation
    keys = [d for d in sorted(dialects) if d in rem]
    if "any" in rem and (not keys or any(d not in rem for d in dialects)):
        keys.append("any")
    return keys or sorted(rem)


def _fix_anchor(rule: str, dialect: str | None, dialects: set[str]) -> str | None:
    r = catalog().get(rule)
    if r is None or not r.remediation:
        return None
    keys = _fix_keys(r, dialects)
    if dialect in keys:
        return f"fix-{rule}-{dialect}"
    if "any" in keys:
        return f"fix-{rule}-any"
    return f"rule-{rule}"


def _rule_views(rule_ids: set[str], dialects: set[str]) -> list[dict[str, Any]]:
    cat = catalog()
    out = []
    for rid in sorted(rule_ids):
        r: Rule | None = cat.get(rid)
        if r is None:
            out.append({"id": rid, "known": False})
            continue
        fixes = [(k, r.remediation[k]) for k in _fix_keys(r, dialects)]
        out.append(
            {
                "id": r.id,
                "known": True,
                "title": r.title,
                "category": r.category,
                "severity": r.severity,
                "trigger": r.trigger,
                "rationale": r.rationale,
                "fixes": fixes,
                "frameworks": [(k, ", ".join(v)) for k, v in sorted(frameworks_of(r).items()) if v],
                "sources": list(r.sources),
            }
        )
    return out


def context(
    result: AuditResult,
    framework: str | None = None,
    show_secrets: bool = False,
    generated: str | None = None,
    read: Callable[[str], str | None] | None = None,
) -> dict[str, Any]:
    """Everything the template shows, as plain values (the template escapes them)."""
    src = Sources(result, show_secrets, read)
    anchors = _Anchors(result.devices)
    link = _Links(set(catalog()), anchors)
    dialect_of = {d.file: d.dialect for d in result.devices}
    rules_of: dict[int, list[str]] = {}
    for f in result.findings:
        if f.channel is not None:
            rules_of.setdefault(f.channel, []).append(f.rule)
    sev_counts: dict[str, Counter[str]] = {}
    for f in result.findings:
        sev_counts.setdefault(f.file, Counter())[f.severity] += 1

    dialects = {d.dialect for d in result.devices}
    views = [_finding_view(f, src, dialect_of.get(f.file), dialects, link) for f in result.findings]
    by_sev: dict[str, list[FindingView]] = {}
    for v in views:
        by_sev.setdefault(v.severity, []).append(v)
    waived = [_finding_view(f, src, dialect_of.get(f.file), dialects, link) for f in result.waived]
    parts = [
        {
            "id": "findings",
            "title": "Findings",
            "count": len(views),
            "intro": None,
            "groups": [
                {"severity": sev, "count": len(by_sev[sev]), "devices": _by_device(by_sev[sev])}
                for sev in SEVERITIES
                if sev in by_sev
            ],
        }
    ]
    if waived:
        parts.append(
            {
                "id": "waived",
                "title": "Waived findings",
                "count": len(waived),
                "intro": WAIVED_INTRO,
                "groups": [{"severity": None, "count": len(waived), "devices": _by_device(waived)}],
            }
        )

    rule_ids = {f.rule for f in result.findings} | {f.rule for f in result.waived}
    for raw in result.controls.values():
        rule_ids.update(raw)
    comp = _control_rows(result, framework) if framework else None
    if comp:
        for row in comp["rows"]:
            rule_ids.update(row["rules"])

    devices = result.devices
    total = sum(d.lines.total for d in devices)
    rec = sum(d.lines.recognized for d in devices)
    unr = sum(d.lines.unrecognized for d in devices)
    blank = sum(d.lines.blank_or_comment for d in devices)
    sev_total = Counter(f.severity for f in result.findings)
    trust_total: Counter[str] = Counter(c.trust for c in result.channels)
    nets = result.owner_networks
    policy = None
    if result.policy_file:
        policy = locate(result, result.policy_file)[0]
    return {
        "version": __version__,
        "input": result.input,
        "generated": generated,
        "policy_file": policy,
        "owner_networks": nets[:MAX_LIST],
        "owner_networks_more": max(0, len(nets) - MAX_LIST),
        "owner_networks_inferred": result.owner_networks_inferred,
        "n_devices": len(devices),
        "n_unparsed": sum(1 for d in devices if d.dialect == "unknown"),
        "dialects": sorted(
            Counter(d.dialect for d in devices).items(), key=lambda kv: (-kv[1], kv[0])
        ),
        "lines": {"total": total, "recognized": rec, "unrecognized": unr, "blank": blank},
        "coverage": _pct(rec, rec + unr),
        "severities": [(s, sev_total.get(s, 0)) for s in SEVERITIES],
        "n_findings": len(result.findings),
        "n_waived": len(result.waived),
        "n_channels": len(result.channels),
        "trusts": [(t, trust_total.get(t, 0)) for t in TRUSTS],
        "kinds": sorted(Counter(c.kind for c in result.channels).items()),
        "n_inactive": sum(1 for c in result.channels if inactive_reason(c)),
        "channels": _channel_rows(result, rules_of, link),
        "finding_parts": parts,
        "compliance": comp,
        "devices": _device_views(result, anchors, sev_counts),
        "rules": _rule_views(rule_ids, dialects),
        "show_secrets": show_secrets,
        "link": link,
    }


def render(
    result: AuditResult,
    framework: str | None = None,
    show_secrets: bool = False,
    generated: str | None = None,
    read: Callable[[str], str | None] | None = None,
) -> str:
    """The report as one HTML document. `generated`: a time stamp to print (None: none, so that
    the same audit gives the same bytes); `framework`: add its per-control compliance section;
    `read`: the text of an audited file by its name in the result (default: read it under
    `result.input`), e.g. the stored configurations of a snapshot."""
    script, script_hash = _script()
    ctx = context(result, framework, show_secrets, generated, read)
    ctx["script"] = Markup(script)  # our own file, never configuration text
    ctx["csp"] = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {script_hash}; base-uri 'none'; form-action 'none'"
    )
    return _env().get_template("audit.html.j2").render(ctx)


def excerpt_html(rows: list[tuple[int | None, str, bool]]) -> Markup:
    """Configuration excerpt rows as <pre> content (escaped here: it is the hot path)."""
    width = max((len(str(n)) for n, _, _ in rows if n is not None), default=1)
    parts = []
    for n, text, hit in rows:
        if n is None:
            parts.append('<span class="gap">' + " " * width + " \u22ee\n</span>")
            continue
        cls = "l hit" if hit else "l"
        parts.append(
            f'<span class="{cls}"><span class="n">{str(n).rjust(width)}</span> '
            f"{escape(text)}\n</span>"
        )
    return Markup("".join(parts))
