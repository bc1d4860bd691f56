"""CLI commands of the data-plane analyses: `untapped trace` (untapped/trace-v1), `untapped reach`
(untapped/reach-v1) and `untapped exposure` (untapped/exposure-v1). See docs/analyses.md."""

from __future__ import annotations

import sys
from typing import Any

import click

from untapped.cli_common import fail as _fail
from untapped.cli_common import json_text as _json
from untapped.errors import UntappedError

FORMAT = click.Choice(("terminal", "json"))


def load_network(
    path: str, dialect: str | None = None, layer1: str | None = None, jobs: int | None = None
) -> Any:
    """Parse every configuration under `path` and compute its data plane: a `Net`."""
    from untapped.analyses.forwarding.network import Net
    from untapped.analyses.routing import compute, load_layer1
    from untapped.snapshot import load_devices

    devices, _ = load_devices(path, dialect=dialect, jobs=jobs)
    l1 = load_layer1(layer1) if layer1 else None
    return Net(devices, compute(devices, l1))


def _run(fn: Any) -> Any:
    from untapped.analyses.forwarding.network import LocationError

    try:
        return fn()
    except UntappedError as exc:
        _fail(exc)
    except (LocationError, ValueError) as exc:
        click.echo(f"untapped: {exc}", err=True)
        sys.exit(2)


# ---- terminal renderings --------------------------------------------------------------------
def render_trace(doc: dict[str, Any]) -> str:
    # imported here: the forwarding engine costs ~50 ms to import, which `audit` does not need
    from untapped.analyses.forwarding.trace import disposition_text

    pkt = doc["packet"]
    head = f"{pkt['protocol']} {pkt['src']}"
    if "sport" in pkt:
        head += f":{pkt['sport']} -> {pkt['dst']}:{pkt['dport']}"
    else:
        head += f" -> {pkt['dst']}"
    st = doc["start"]
    where = f"{st['device']}:{st['interface']}" if st["interface"] else f"{st['device']} (itself)"
    out = [f"Trace {head}, from {where}"]
    for n, path in enumerate(doc["paths"], 1):
        if len(doc["paths"]) > 1:
            out.append(f"Path {n}:")
        for i, hop in enumerate(path["hops"], 1):
            inn = f" in {hop['ingress']}" if hop["ingress"] else ""
            vrf = f" vrf {hop['vrf']}" if hop["vrf"] != "default" else ""
            out.append(f"  {i}. {hop['device']}{inn}{vrf}")
            for s in hop["steps"]:
                if s["step"].startswith("acl"):
                    line = f"line {s['line']}: {s['text']}" if s["line"] else s["text"]
                    out.append(f"       {s['step']} {s['acl']}: {s['action']} ({line})")
                elif s["step"] == "pbr":
                    out.append(
                        f"       policy route {s['route_map']} seq {s['seq']} (line {s['line']}):"
                        f" {s['action']} {s['value'] or ''}".rstrip()
                    )
                elif s["prefix"] is None:
                    out.append(f"       route: none in VRF {s['vrf']}")
                else:
                    via = f" via {s['next_hop_ip']}" if s["next_hop_ip"] else ""
                    line = f" (line {s['line']})" if s["line"] else ""
                    out.append(
                        f"       route {s['prefix']} {s['protocol']}{line}: {s['action']}"
                        f" {s['interface'] or ''}{via}".rstrip()
                    )
        out.append(f"  => {disposition_text(path['disposition'])}")
    return "\n".join(out) + "\n"


def render_reach(doc: dict[str, Any]) -> str:
    q = doc["query"]
    out = [f"Reach {q['from']} -> {q['to']}: status {doc['status']}"]
    for r in doc["reasons"]:
        out.append(f"  ! {r}")
    if not doc["reachable"]:
        out.append("  no packet can get there")
    for r in doc["reachable"]:
        out.append(f"  {r['header_space']}")
        if r["example"]:
            e = r["example"]
            ports = f" {e['sport']} -> {e['dport']}" if "dport" in e else ""
            ok = {True: "verified by trace", False: "NOT confirmed by trace"}.get(
                r.get("verified"), ""
            )
            out.append(
                f"      e.g. {e['protocol']} {e['src']} -> {e['dst']}{ports}"
                + (f"  [{ok}]" if ok else "")
            )
            out.append(f"      at {', '.join(r['sinks'])}")
    if doc["blocked"]:
        out.append("Blocked on the way:")
        for b in doc["blocked"]:
            out.append(
                f"  ACL {b['acl']} ({b['direction']}, {b['device']}:{b['interface']}): "
                f"{b['header_space']}" + (f" (+{b['more']} more)" if b["more"] else "")
            )
    return "\n".join(out) + "\n"


def register(main: click.Group) -> None:
    @main.command("trace")
    @click.argument("path", type=click.Path(path_type=str))
    @click.option("--src", required=True, help="Source: an address, DEVICE or DEVICE:INTERFACE.")
    @click.option("--dst", required=True, help="Destination address.")
    @click.option("--proto", default=None, help="tcp (default), udp, icmp, or a number.")
    @click.option("--dport", type=click.IntRange(0, 65535), default=None)
    @click.option("--sport", type=click.IntRange(0, 65535), default=None)
    @click.option("--format", "fmt", type=FORMAT, default="terminal", show_default=True)
    @click.option("--dialect", default=None, help="Force a dialect instead of detecting it.")
    @click.option("--layer1", default=None, help="A layer-1 topology file (see `topology`).")
    @click.option("--jobs", "-j", type=int, default=None)
    def trace_cmd(
        path: str,
        src: str,
        dst: str,
        proto: str | None,
        dport: int | None,
        sport: int | None,
        fmt: str,
        dialect: str | None,
        layer1: str | None,
        jobs: int | None,
    ) -> None:
        """Follow one packet hop by hop: ACL, policy-route and route decisions, disposition."""
        from untapped.analyses.forwarding.trace import trace

        net = _run(lambda: load_network(path, dialect, layer1, jobs))
        doc = _run(lambda: trace(net, src, dst, proto, sport, dport))
        click.echo(_json(doc) if fmt == "json" else render_trace(doc), nl=False)

    @main.command("reach")
    @click.argument("path", type=click.Path(path_type=str))
    @click.option("--from", "src", required=True, help="DEVICE, DEVICE:INTERFACE or a prefix.")
    @click.option(
        "--to", "dst", required=True, help="DEVICE, DEVICE:INTERFACE, a prefix or 'outside'."
    )
    @click.option("--proto", default=None)
    @click.option("--dport", default=None, help="Ports: 22 or 22,80-443.")
    @click.option("--sport", default=None)
    @click.option("--src-ip", default=None, help="Constrain source addresses to a prefix.")
    @click.option("--dst-ip", default=None, help="Constrain destination addresses to a prefix.")
    @click.option("--format", "fmt", type=FORMAT, default="terminal", show_default=True)
    @click.option("--dialect", default=None)
    @click.option("--layer1", default=None)
    @click.option("--jobs", "-j", type=int, default=None)
    def reach_cmd(
        path: str,
        src: str,
        dst: str,
        proto: str | None,
        dport: str | None,
        sport: str | None,
        src_ip: str | None,
        dst_ip: str | None,
        fmt: str,
        dialect: str | None,
        layer1: str | None,
        jobs: int | None,
    ) -> None:
        """All packets that can get from one location to another, as header spaces."""
        from untapped.analyses.forwarding.reach import reach

        net = _run(lambda: load_network(path, dialect, layer1, jobs))
        doc = _run(
            lambda: reach(
                net,
                src,
                dst,
                proto=proto,
                dport=dport,
                sport=sport,
                src_ip=src_ip,
                dst_ip=dst_ip,
            )
        )
        click.echo(_json(doc) if fmt == "json" else render_reach(doc), nl=False)

    @main.command("exposure")
    @click.argument("path", type=click.Path(path_type=str))
    @click.option("--policy", type=click.Path(path_type=str), default=None)
    @click.option("--format", "fmt", type=FORMAT, default="terminal", show_default=True)
    @click.option("--dialect", default=None)
    @click.option("--layer1", default=None)
    @click.option("--jobs", "-j", type=int, default=None)
    def exposure_cmd(
        path: str,
        policy: str | None,
        fmt: str,
        dialect: str | None,
        layer1: str | None,
        jobs: int | None,
    ) -> None:
        """Tap exposure: which subnets' traffic each mirror, capture, export and redirect copies,
        where the copy ends, and which subnets can send traffic out of the owner's networks."""
        from pathlib import Path

        from untapped.analyses.channels import Judge, collapse_networks, extract
        from untapped.analyses.channels import device_network_strings as nets_of
        from untapped.analyses.forwarding.exposure import analyse, document, exposure_text
        from untapped.pipeline import resolve_policy

        net = _run(lambda: load_network(path, dialect, layer1, jobs))
        pol = _run(lambda: resolve_policy(Path(path), policy))
        owner = list(pol.owner_networks) or collapse_networks(
            n for d in net.devices.values() for n in nets_of(d)
        )
        judge = Judge(pol, owner)
        channels = []
        for dev in net.devices.values():
            ifaces = set(dev.interfaces)
            local = {a.address.split("/")[0] for i in dev.interfaces.values() for a in i.addresses}
            for ch in extract(dev):
                ch.trust = judge.trust(ch, local, ifaces)
                channels.append(ch)
        exp = analyse(net, channels, owner, pol.sensitive)
        if fmt == "json":
            click.echo(_json(document(exp)), nl=False)
            return
        click.echo(f"Tap exposure ({len(exp.channels)} channels)")
        for ce in exp.channels:
            click.echo(f"  {ce.device} line {ce.line} {ce.kind} -> {ce.destination or '-'}")
            click.echo(f"      {exposure_text(ce, limit=8)}")
        click.echo(
            f"Subnets that can send traffic out of the owner's networks: {len(exp.outbound)}"
        )
        for ob in exp.outbound:
            flag = " (sensitive)" if ob.sensitive else ""
            click.echo(
                f"  {ob.subnet}{flag} at {', '.join(ob.exits[:4])} (e.g. to {ob.example_dst})"
            )
        for r in exp.reasons:
            click.echo(f"  ! {r}")
