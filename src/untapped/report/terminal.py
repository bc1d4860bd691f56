"""The terminal report: per device the channels with their trust, the findings by severity, and
parse coverage. Rendered with rich; fits an 80-column terminal."""

from __future__ import annotations

import io
import os
from collections import Counter

from untapped.model.core import SEVERITIES
from untapped.model.results import AuditResult, Channel, Finding

SEV_STYLE = {
    "critical": "bold white on red",
    "high": "bold red",
    "medium": "yellow",
    "low": "cyan",
    "info": "dim",
}
TRUST_STYLE = {
    "trusted": "green",
    "internal": "cyan",
    "external": "bold red",
    "local": "dim",
    "unknown": "yellow",
}


def render(result: AuditResult, width: int | None = None, color: bool | None = None) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    if width is None:
        width = int(os.environ.get("COLUMNS", "80") or 80)
    console = Console(
        file=buf,
        width=width,
        force_terminal=color if color is not None else False,
        no_color=color is False,
        highlight=False,
        soft_wrap=False,
    )
    sev_counts = Counter(f.severity for f in result.findings)
    kinds = Counter(c.kind for c in result.channels)
    total = sum(d.lines.total for d in result.devices)
    rec = sum(d.lines.recognized for d in result.devices)
    unr = sum(d.lines.unrecognized for d in result.devices)
    console.print(Text(f"untapped audit of {result.input}", style="bold"))
    owner = ", ".join(result.owner_networks[:4]) + (
        " ..." if len(result.owner_networks) > 4 else ""
    )
    how = (
        "inferred from interface subnets"
        if result.owner_networks_inferred
        else f"from {result.policy_file}"
    )
    console.print(
        f"Devices: {len(result.devices)}   Channels: {len(result.channels)}   "
        f"Findings: {len(result.findings)}"
    )
    console.print(f"Owner networks ({how}): {owner or 'none'}")
    if total:
        cov = rec / max(1, rec + unr)
        console.print(
            f"Parse coverage: {rec}/{rec + unr} statements recognized ({cov:.1%}), {total} lines"
        )
    sev_line = Text("Findings by severity: ")
    for s in SEVERITIES:
        sev_line.append(
            f"{s} {sev_counts.get(s, 0)}", style=SEV_STYLE[s] if sev_counts.get(s) else "dim"
        )
        sev_line.append("  ")
    console.print(sev_line)
    console.print()

    by_dev_ch: dict[str, list[Channel]] = {}
    for c in result.channels:
        by_dev_ch.setdefault(c.file, []).append(c)
    by_dev_f: dict[str, list[Finding]] = {}
    for f in result.findings:
        by_dev_f.setdefault(f.file, []).append(f)
    for d in result.devices:
        cov = d.lines.recognized / max(1, d.lines.recognized + d.lines.unrecognized)
        title = Text(f"{d.name}", style="bold")
        title.append(f"  {d.file}  {d.dialect}  {cov:.1%} parsed", style="dim")
        console.rule(title, align="left")
        chans = by_dev_ch.get(d.file, [])
        if chans:
            t = Table(box=None, pad_edge=False, show_edge=False, expand=False, header_style="bold")
            t.add_column("line", justify="right", no_wrap=True)
            t.add_column("channel", no_wrap=True)
            t.add_column("destination", overflow="fold")
            t.add_column("trust", no_wrap=True)
            for c in chans:
                dest = c.destination or "-"
                if c.vrf:
                    dest += f" vrf {c.vrf}"
                t.add_row(
                    str(c.line), c.kind, dest, Text(c.trust, style=TRUST_STYLE.get(c.trust, ""))
                )
            console.print(t)
        else:
            console.print(Text("no channels", style="dim"))
        fs = sorted(by_dev_f.get(d.file, []), key=lambda f: (SEVERITIES.index(f.severity), f.line))
        for f in fs:
            line = Text(f"  {f.severity.upper():8}", style=SEV_STYLE[f.severity])
            line.append(f" {f.rule} ", style="bold")
            line.append(f"line {f.line}: {f.message}")
            console.print(line)
        console.print()
    if result.waived:
        console.print(Text(f"Waived findings: {len(result.waived)}", style="bold"))
        for f in result.waived:
            console.print(f"  {f.rule} {f.device} line {f.line}: {f.waiver_reason}")
        console.print()
    if kinds:
        console.print(
            Text("Tap map by kind: ", style="bold")
            + Text(", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        )
    diag = Counter(d.kind for d in result.diagnostics)
    if diag:
        console.print(
            Text("Diagnostics: ", style="bold")
            + Text(", ".join(f"{k} {n}" for k, n in sorted(diag.items())) + " (see --format json)")
        )
    return buf.getvalue()
