"""The terminal report: a summary, then per device the channels with their trust class, the
findings by severity, parse coverage, waived findings and diagnostics. Rendered with rich for an
80-column terminal.

Everything that comes from a configuration (names, descriptions, destinations, messages) is put
into `rich.text.Text` objects on a console with markup and emoji off: a description such as
`[bold]x[/]` prints literally, never as markup.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from untapped.model.core import SEVERITIES
from untapped.model.results import AuditResult, Channel, DeviceSummary, Finding
from untapped.report.common import relative_file

SEV_STYLE = {
    "critical": "bold white on red",
    "high": "bold red",
    "medium": "yellow",
    "low": "cyan",
    "info": "dim",
}
TRUSTS = ("trusted", "internal", "local", "unknown", "external")
TRUST_STYLE = {
    "trusted": "green",
    "internal": "cyan",
    "external": "bold red",
    "local": "dim",
    "unknown": "yellow",
}
DEFAULT_WIDTH = 80


def _t(text: object, style: str = "") -> Text:
    """Literal text (never markup)."""
    return Text(str(text), style=style)


def _counts(order: Iterable[str], counts: Counter[str], styles: dict[str, str]) -> Text:
    line = Text()
    for i, key in enumerate(order):
        if i:
            line.append("  ")
        n = counts.get(key, 0)
        line.append(f"{key} {n}", style=styles.get(key, "") if n else "dim")
    return line


def _pct(rec: int, unr: int) -> str:
    return f"{rec / (rec + unr):.1%}" if rec + unr else "n/a"


def _console(width: int, color: bool) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
        legacy_windows=False,
        _environ={},  # no TERM/COLUMNS/NO_COLOR surprises: the caller decides
    )
    return console, buf


def render(result: AuditResult, width: int | None = None, color: bool = False) -> str:
    """Render `result` as text `width` columns wide (default $COLUMNS, else 80), with ANSI colours
    only when `color` is true (the CLI passes true for a TTY or --color)."""
    if width is None:
        try:
            width = int(os.environ.get("COLUMNS", "") or DEFAULT_WIDTH)
        except ValueError:
            width = DEFAULT_WIDTH
    width = max(40, width)
    console, buf = _console(width, color)
    _summary(console, result)
    chans: dict[str, list[Channel]] = {}
    for c in result.channels:
        chans.setdefault(c.file, []).append(c)
    finds: dict[str, list[Finding]] = {}
    for f in result.findings:
        finds.setdefault(f.file, []).append(f)
    waived: dict[str, list[Finding]] = {}
    for f in result.waived:
        waived.setdefault(f.file, []).append(f)
    diags: dict[str, Counter[str]] = {}
    for d in result.diagnostics:
        diags.setdefault(d.file, Counter())[d.kind] += 1
    files = {d.file for d in result.devices}
    unparsed: list[DeviceSummary] = []
    for dev in result.devices:
        if dev.dialect == "unknown" and not chans.get(dev.file) and not finds.get(dev.file):
            unparsed.append(dev)
            continue
        _device(
            console,
            dev,
            chans.get(dev.file, []),
            finds.get(dev.file, []),
            waived.get(dev.file, []),
            diags.get(dev.file, Counter()),
        )
    if unparsed:
        why: dict[str, str] = {}
        for d in result.diagnostics:
            why.setdefault(d.file, d.text)
        console.rule(_t(f"Files not parsed ({len(unparsed)})", "bold"), align="left")
        t = Table(box=None, pad_edge=False, show_edge=False, show_header=False, expand=True)
        t.add_column("file", overflow="fold", ratio=1)
        t.add_column("why", overflow="fold", ratio=1)
        for dev in unparsed:
            t.add_row(_t(dev.file), _t(why.get(dev.file, "not recognised"), "dim"))
        console.print(t)
        console.print()
    # findings not tied to a device file (e.g. POL-001 on the policy file)
    other = [f for f in result.findings if f.file not in files]
    if other:
        where = sorted({relative_file(result, f.file) for f in other})
        title = _t("Policy", "bold")
        title.append("  " + ", ".join(where), style="dim")
        console.rule(title, align="left")
        console.print(_findings_table(other))
        console.print()
    return "\n".join(line.rstrip() for line in buf.getvalue().split("\n"))


def _summary(console: Console, result: AuditResult) -> None:
    console.print(_t(f"untapped audit of {result.input}", "bold"))
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold", ratio=1)
    if result.policy_file:
        grid.add_row("Policy", _t(result.policy_file))
    else:
        grid.add_row("Policy", _t("none (no untapped.toml)", "dim"))
    how = (
        "inferred from the devices' interface subnets"
        if result.owner_networks_inferred
        else "from the policy"
    )
    nets = result.owner_networks
    shown = ", ".join(nets[:6]) + (f" and {len(nets) - 6} more" if len(nets) > 6 else "")
    owner = _t(shown or "none")
    owner.append(f" ({how})", style="dim")
    grid.add_row("Owner networks", owner)
    supported = [d for d in result.devices if d.dialect != "unknown"]
    head = _t(f"{len(result.devices)}")
    if len(supported) != len(result.devices):
        head.append(f" ({len(result.devices) - len(supported)} not parsed)", style="yellow")
    head.append(f"; channels {len(result.channels)}; findings {len(result.findings)}")
    head.append(f"; waived {len(result.waived)}")
    grid.add_row("Devices", head)
    grid.add_row(
        "Channels by trust",
        _counts(TRUSTS, Counter(c.trust for c in result.channels), TRUST_STYLE),
    )
    grid.add_row(
        "Findings by severity",
        _counts(SEVERITIES, Counter(f.severity for f in result.findings), SEV_STYLE),
    )
    total = sum(d.lines.total for d in result.devices)
    rec = sum(d.lines.recognized for d in result.devices)
    unr = sum(d.lines.unrecognized for d in result.devices)
    grid.add_row(
        "Parse coverage",
        _t(f"{_pct(rec, unr)} of statements recognized ({rec}/{rec + unr}; {total} lines)"),
    )
    console.print(grid)
    console.print()


def _device(
    console: Console,
    dev: DeviceSummary,
    chans: list[Channel],
    finds: list[Finding],
    waived: list[Finding],
    diags: Counter[str],
) -> None:
    title = _t(dev.name, "bold")
    title.append(f"  {dev.file}  {dev.dialect}", style="dim")
    console.rule(title, align="left")
    if chans:
        console.print(_channel_table(chans))
    else:
        console.print(_t("No channels.", "dim"))
    if finds:
        console.print()
        console.print(_findings_table(finds))
    lc = dev.lines
    cov = Text("Parse coverage: ", style="bold")
    if dev.dialect == "unknown":
        cov.append(f"not parsed ({lc.total} lines)", style="yellow")
    else:
        cov.append(
            f"{_pct(lc.recognized, lc.unrecognized)} ({lc.recognized} recognized, "
            f"{lc.unrecognized} unrecognized, {lc.blank_or_comment} blank or comment)"
        )
    console.print()
    console.print(cov)
    if diags:
        d = Text("Diagnostics: ", style="bold")
        d.append(", ".join(f"{k} {n}" for k, n in sorted(diags.items())))
        d.append(" (details in --format json)", style="dim")
        console.print(d)
    if waived:
        console.print(_t(f"Waived findings ({len(waived)}):", "bold"))
        console.print(_waived_table(waived))
    console.print()


def _channel_table(chans: list[Channel]) -> Table:
    with_vrf = any(c.vrf for c in chans)
    t = Table(box=None, pad_edge=False, show_edge=False, header_style="bold", padding=(0, 1))
    t.add_column("line", justify="right", no_wrap=True)
    t.add_column("kind", no_wrap=True)
    t.add_column("destination", overflow="fold", ratio=1)
    if with_vrf:
        t.add_column("vrf", overflow="fold", max_width=12)
    t.add_column("trust", no_wrap=True)
    for c in sorted(chans, key=lambda c: (c.line, c.kind)):
        dest = _t(c.destination or "-")
        if c.attrs.get("exposure"):  # tap exposure (policy [owner] sensitive): issue #8
            dest.append(f"\n{c.attrs['exposure']}", style="dim")
        row = [_t(c.line), _t(c.kind), dest]
        if with_vrf:
            row.append(_t(c.vrf or "-"))
        row.append(_t(c.trust, TRUST_STYLE.get(c.trust, "")))
        t.add_row(*row)
    return t


def _findings_table(finds: list[Finding]) -> Table:
    t = Table(
        box=None, pad_edge=False, show_edge=False, header_style="bold", padding=(0, 1), expand=True
    )
    t.add_column("severity", no_wrap=True)
    t.add_column("rule", no_wrap=True)
    t.add_column("line", justify="right", no_wrap=True)
    t.add_column("finding", overflow="fold", ratio=1)
    for f in sorted(finds, key=lambda f: (SEVERITIES.index(f.severity), f.line, f.rule)):
        t.add_row(
            _t(f.severity, SEV_STYLE[f.severity]),
            _t(f.rule, "bold"),
            _t(f.line),
            _message(f),
        )
    return t


def _message(f: Finding) -> Text:
    """The message, and under it the rating the severity comes from (docs/rules.md)."""
    msg = _t(f.message)
    r = f.rating
    if r is not None:
        exposed = f" ({', '.join(r.exposure)})" if r.exposure else ""
        msg.append(f"\nimpact {r.impact} · ease {r.ease}{exposed} · fix {r.fix}", style="dim")
    return msg


def _waived_table(finds: list[Finding]) -> Table:
    t = Table(
        box=None, pad_edge=False, show_edge=False, show_header=False, padding=(0, 1), expand=True
    )
    t.add_column("rule", no_wrap=True)
    t.add_column("line", justify="right", no_wrap=True)
    t.add_column("reason", overflow="fold", ratio=1)
    for f in sorted(finds, key=lambda f: (f.line, f.rule)):
        msg = _t(f.message)
        msg.append(" — waived: ", style="dim")
        msg.append(f.waiver_reason or "no reason given")
        t.add_row(_t(f.rule, "bold"), _t(f.line), msg)
    return t
