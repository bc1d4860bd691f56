"""`audit --format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, VS Code
SARIF viewer, ...).

- One run; `tool.driver.rules` holds the metadata of every rule that has a result: id, a
  PascalCase name, short and full descriptions, help (what it checks, why, and the cisco_ios fix,
  in text and Markdown), the default level, and properties (category, tags, `security-severity`
  as code scanning reads it, framework references).
- Each finding is a result with its level, message and a location: the file relative to the
  audited PATH (`uriBaseId` SRCROOT) and the 1-based line.
- `partialFingerprints["untapped/v1"]` is stable across runs and line moves: a hash of the rule,
  device, and channel kind + destination + VRF for findings about a channel, else the rule,
  device and message (which never holds a line number).
- Waived findings are results with an external suppression carrying the waiver's reason.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import msgspec

from untapped.model.results import AuditResult, Channel, Finding
from untapped.report.common import locate
from untapped.rules.catalog import Rule, catalog
from untapped.version import __version__

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SARIF_VERSION = "2.1.0"
MAX_TAGS = 10  # code scanning keeps a few tags per rule; all references stay in "frameworks"
BASE_ID = "SRCROOT"
FINGERPRINT = "untapped/v1"
LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
# GitHub code scanning maps security-severity to critical (>= 9.0), high (7.0-8.9), medium
# (4.0-6.9) and low (0.1-3.9).
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "0.1"}


def rule_name(r: Rule) -> str:
    """A PascalCase identifier from the title ("Syslog to a host outside ..." -> SyslogToAHost...)."""
    words = re.findall(r"[A-Za-z0-9]+", r.title)
    return "".join(w[:1].upper() + w[1:] for w in words) or r.id.replace("-", "")


def _help(r: Rule) -> tuple[str, str]:
    fix = r.fix_for("cisco_ios")
    text = [r.title + "."]
    md = [f"**{r.id}: {r.title}**", ""]
    if r.trigger:
        text.append(f"What it checks: {r.trigger}")
        md += [f"*What it checks:* {r.trigger}", ""]
    if r.rationale:
        text.append(f"Why it matters: {r.rationale}")
        md += [f"*Why it matters:* {r.rationale}", ""]
    if r.remediation:
        text.append("How to fix it:")
        md.append("*How to fix it:*")
        md.append("")
        for dialect, how in sorted(r.remediation.items(), key=lambda kv: kv[0] != "cisco_ios"):
            text.append(f"  {dialect}: {how}")
            md.append(f"- {dialect}:")
            md.append("")
            md.append("  ```")
            md.extend(f"  {ln}" for ln in how.splitlines())
            md.append("  ```")
        md.append("")
    elif fix:
        text.append(f"How to fix it: {fix}")
    if r.frameworks:
        refs = "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(r.frameworks.items()) if v)
        if refs:
            text.append(f"References: {refs}")
            md.append(f"*References:* {refs}")
    md.append("")
    md.append(f"More: `untapped rules {r.id}`")
    return "\n".join(text), "\n".join(md)


def _rule(r: Rule) -> dict[str, Any]:
    text, markdown = _help(r)
    tags = ["security", r.category]
    for key, refs in sorted(r.frameworks.items()):
        tags.extend(f"{key}/{ref}" for ref in refs)
    tags = tags[:MAX_TAGS]
    return {
        "id": r.id,
        "name": rule_name(r),
        "shortDescription": {"text": r.title},
        "fullDescription": {"text": r.rationale or r.trigger or r.title},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVEL[r.severity]},
        "properties": {
            "category": r.category,
            "tags": tags,
            "precision": "high",
            "problem.severity": "error" if LEVEL[r.severity] == "error" else "warning",
            "security-severity": SECURITY_SEVERITY[r.severity],
            "frameworks": {k: list(v) for k, v in sorted(r.frameworks.items())},
        },
    }


def fingerprint(f: Finding, channels: dict[int, Channel]) -> str:
    """Stable across runs: does not depend on line numbers or on channel ids. For a finding about
    a channel: rule, file, device, the channel's kind, destination, VRF, source and attributes;
    else rule, file, device and message. (Equal ones within a run get an ordinal in `to_dict`.)"""
    ch = channels.get(f.channel) if f.channel is not None else None
    parts = [f.rule, f.file, f.device]
    if ch is not None:
        parts += [ch.kind, ch.destination or "", ch.vrf or "", ch.source or ""]
        parts += [f"{k}={v}" for k, v in sorted(ch.attrs.items())]
    else:
        parts.append(f.message)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _location(result: AuditResult, f: Finding) -> dict[str, Any]:
    file, inside = locate(result, f.file)
    if not inside:  # a policy file outside PATH: an absolute file URI
        artifact: dict[str, Any] = {"uri": Path(file).resolve().as_uri()}
    else:
        artifact = {"uri": file, "uriBaseId": BASE_ID}
    return {
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": {"startLine": max(1, f.line)},
        }
    }


def _result(
    result: AuditResult, f: Finding, index: dict[str, int], channels: dict[int, Channel]
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": LEVEL[f.severity],
        "message": {"text": f"{f.device}: {f.message}"},
        "locations": [_location(result, f)],
        "partialFingerprints": {FINGERPRINT: fingerprint(f, channels)},  # see to_dict
        "properties": {
            "severity": f.severity,
            "device": f.device,
            "security-severity": SECURITY_SEVERITY[f.severity],
        },
    }
    if f.rating is not None:
        out["properties"]["rating"] = {
            "impact": f.rating.impact,
            "ease": f.rating.ease,
            "fix": f.rating.fix,
            "exposure": list(f.rating.exposure),
        }
    if f.channel is not None and f.channel in channels:
        ch = channels[f.channel]
        out["properties"]["channel"] = {
            "kind": ch.kind,
            "destination": ch.destination,
            "vrf": ch.vrf,
            "trust": ch.trust,
        }
    if f.waived:
        out["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": f.waiver_reason or ""}
        ]
    return out


def _base(result: AuditResult) -> dict[str, Any]:
    """SRCROOT: the audited directory (for a single-file PATH, its directory) as an absolute
    file URI ending in "/", as SARIF §3.14.14 asks, so that viewers can resolve locations."""
    base: dict[str, Any] = {"description": {"text": f"the audited PATH ({result.input})"}}
    path = Path(result.input)
    if path.exists():
        root = path.resolve() if path.is_dir() else path.resolve().parent
        base["uri"] = root.as_uri().rstrip("/") + "/"
    return base


def to_dict(result: AuditResult) -> dict[str, Any]:
    cat = catalog()
    everything = [*result.findings, *result.waived]
    used = sorted({f.rule for f in everything})
    index = {rid: i for i, rid in enumerate(used)}
    channels = {c.id: c for c in result.channels}
    results = [_result(result, f, index, channels) for f in everything]
    seen: dict[str, int] = {}
    for res in results:  # equal fingerprints (twin findings) get an ordinal, in file order
        fp = res["partialFingerprints"][FINGERPRINT]
        n = seen.get(fp, 0)
        seen[fp] = n + 1
        if n:
            res["partialFingerprints"][FINGERPRINT] = f"{fp}:{n}"
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "untapped",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(cat[rid]) for rid in used],
                    }
                },
                "originalUriBaseIds": {BASE_ID: _base(result)},
                "invocations": [{"executionSuccessful": True}],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(result: AuditResult) -> str:
    return msgspec.json.format(msgspec.json.encode(to_dict(result)).decode(), indent=2) + "\n"
