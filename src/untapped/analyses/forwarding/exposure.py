"""Tap exposure: which subnets' traffic each interception channel copies or diverts, where the copy
ends up, and which internal subnets can send traffic out of the owner's networks.

One propagation (reach.Propagation) injects the traffic of every connected subnet at its own
interface (source addresses in the subnet, any destination, any header) and records the packets
passing each watched interface in each direction: received (before the ingress ACL, as SPAN
copies them) and sent (after the egress ACL). A channel's exposure is the set of source subnets
with packets passing its sources in the mirrored direction; sensitive prefixes (policy
`[owner] sensitive`) are checked the same way.
"""

from __future__ import annotations

import ipaddress
from typing import Any

import msgspec

from untapped.analyses.forwarding.engine import Forwarder
from untapped.analyses.forwarding.headerspace import example as hs_example
from untapped.analyses.forwarding.network import Net, _match_interface, parse_v4, v4_text
from untapped.analyses.forwarding.reach import Propagation, Sink
from untapped.analyses.forwarding.trace import (
    Start,
    disposition_text,
    make_packet,
    trace_packet,
)
from untapped.analyses.packets import Node
from untapped.model.device import Device
from untapped.model.results import Channel
from untapped.policy import IPNet

SCHEMA = "untapped/exposure-v1"
KINDS = ("mirror-local", "mirror-rspan", "mirror-erspan", "packet-capture", "traffic-export")
REDIRECT = "policy-redirect"
DIRS = {"rx": ("rx",), "tx": ("tx",), "both": ("rx", "tx")}


class ChannelExposure(msgspec.Struct):
    device: str
    kind: str
    line: int
    destination: str | None
    sources: list[str]  # "GigabitEthernet0/1 rx"
    subnets: list[str]  # source subnets whose traffic passes the sources
    sensitive: list[str]  # sensitive prefixes whose traffic passes
    sink: str | None = None  # where the copy / diverted traffic ends up (trace)
    unknown: list[str] = msgspec.field(default_factory=list)  # why the answer is incomplete


class Outbound(msgspec.Struct):
    subnet: str
    exits: list[str]  # DEVICE:IF where its traffic leaves
    example_dst: str
    sensitive: bool = False


class Exposure(msgspec.Struct):
    channels: list[ChannelExposure]
    outbound: list[Outbound]
    reasons: list[str]


def relevant(ch: Channel) -> bool:
    return ch.kind in KINDS or (ch.kind == REDIRECT and ch.attrs.get("mechanism") != "wccp")


def _sources(dev: Device, ch: Channel) -> tuple[list[tuple[str, str]], list[str]]:
    """(interface, direction) pairs a channel copies, and what could not be placed."""
    out: list[tuple[str, str]] = []
    missing: list[str] = []

    def add(name: str, direction: str) -> None:
        iface = name if name in dev.interfaces else _match_interface(dev, name)
        if iface is None:
            missing.append(f"source {name} is not a routed interface of {dev.name}")
            return
        itf = dev.interfaces[iface]
        if not (itf.addresses or itf.unnumbered or itf.dhcp):
            # a switched (or unaddressed) port: which subnets' traffic crosses it depends on
            # layer-2 forwarding, which is not modelled — unknown, never "no traffic"
            missing.append(
                f"source {iface} of {dev.name} is a layer-2 (switched) or unaddressed port: "
                "the traffic switched through it is not modelled"
            )
        for d in DIRS.get(direction, ("rx", "tx")):
            out.append((iface, d))

    if ch.kind.startswith("mirror-") and ch.attrs.get("mechanism") != "traffic-policy":
        session = ch.attrs.get("session")
        for s in dev.mirror_sessions:
            if s.name != session:
                continue
            for src in s.sources:
                if src.kind in ("interface", "port-channel"):
                    add(src.name, src.direction)
                elif src.kind == "vlan":
                    for vid in _vlan_ids(src.name):
                        add(f"Vlan{vid}", src.direction)
                else:
                    missing.append(f"source {src.kind} {src.name} is not analysed")
    elif ch.kind == "packet-capture":
        for cap in dev.captures:
            if cap.name == ch.attrs.get("name"):
                for name in cap.interfaces:
                    add(name, "both")
    elif ch.kind == "traffic-export":
        for te in dev.traffic_exports:
            if te.name != ch.attrs.get("profile"):
                continue
            d = {"incoming": "rx", "outgoing": "tx"}.get(te.direction, "both")
            for iface in dev.interfaces.values():
                if iface.traffic_export == te.name:
                    add(iface.name, d)
    else:  # policy-redirect and traffic-policy mirrors: the bound interfaces, as received
        for name in (ch.source or "").split(", "):
            if name:
                add(name, "rx")
    return out, missing


def _vlan_ids(text: str) -> list[int]:
    out: list[int] = []
    for part in text.replace(",", " ").split():
        lo, _, hi = part.partition("-")
        if lo.isdigit() and (hi.isdigit() or not hi):
            out.extend(range(int(lo), int(hi or lo) + 1))
    return out[:4096]


def _subnets(net: Net) -> list[tuple[int, int]]:
    return sorted({(s.network, s.plen) for s in net.subnets if s.plen <= 30})


def analyse(
    net: Net,
    channels: list[Channel],
    owner: list[IPNet],
    sensitive: list[IPNet],
    fw: Forwarder | None = None,
) -> Exposure:
    fw = fw or Forwarder(net)
    s = fw.s
    todo = [ch for ch in channels if relevant(ch) and ch.device in net.devices]
    placed: dict[int, tuple[list[tuple[str, str]], list[str]]] = {}
    prop = Propagation(fw)
    for i, ch in enumerate(todo):
        placed[i] = _sources(net.devices[ch.device], ch)
        for iface, _ in placed[i][0]:
            prop.watch.add((ch.device, iface))
    starts: list[tuple[Start, Node]] = []
    for sub in sorted(net.subnets, key=lambda x: (x.device, x.interface, x.network)):
        if sub.plen <= 30:
            starts.append(
                (Start(sub.device, sub.vrf, sub.interface), s.prefix("src", sub.network, sub.plen))
            )
    prop.run_many(starts)
    subnets = _subnets(net)
    src_nodes = {sn: s.prefix("src", sn[0], sn[1]) for sn in subnets}
    sens_nodes = [
        (str(n), s.prefix("src", int(n.network_address), n.prefixlen))
        for n in sensitive
        if n.version == 4
    ]
    reasons = sorted(prop.notes)
    unknown_devices = sorted(
        {f"{k.device}: {k.detail}" for k in prop.sinks if k.kind == "unknown" and k.detail}
    )
    out: list[ChannelExposure] = []
    for i, ch in enumerate(todo):
        pairs, missing = placed[i]
        passing = s.false
        for iface, d in pairs:
            passing = passing | prop.passing.get((ch.device, iface, d), s.false)
        hit = [sn for sn in subnets if (passing & src_nodes[sn]) != s.false]
        sens = [name for name, node in sens_nodes if (passing & node) != s.false]
        problems = list(missing)
        if unknown_devices:
            problems.append(
                "some paths cross devices whose routes are not trusted: "
                + "; ".join(unknown_devices[:3])
            )
        out.append(
            ChannelExposure(
                ch.device,
                ch.kind,
                ch.line,
                ch.destination,
                [f"{iface} {d}" for iface, d in pairs],
                _collapse(hit),
                sens,
                _sink(net, fw, ch),
                problems,
            )
        )
    return Exposure(out, _outbound(net, fw, prop, subnets, owner, sensitive), reasons)


def _collapse(nets: list[tuple[int, int]]) -> list[str]:
    got = ipaddress.collapse_addresses(ipaddress.IPv4Network((n, p)) for n, p in nets)
    return [str(n) for n in got]


def _sink(net: Net, fw: Forwarder, ch: Channel) -> str | None:
    """Where the copy (ERSPAN) or the diverted traffic (redirect to a next hop) ends up."""
    dest = ch.destination or ""
    got = parse_v4(dest)
    if ch.kind not in ("mirror-erspan", REDIRECT) or got is None or got[1] != 32:
        return None
    origin = parse_v4(ch.attrs.get("origin") or "")
    src = origin[0] if origin else next(iter(net.device_addresses(ch.device)), 0)
    vrf = ch.vrf or "default"
    proto = 47 if ch.kind == "mirror-erspan" else 6
    paths = trace_packet(fw, Start(ch.device, vrf, None), make_packet(src, got[0], proto))
    texts = sorted({disposition_text(p["disposition"]) for p in paths})
    return "; ".join(texts) if texts else None


def _outbound(
    net: Net,
    fw: Forwarder,
    prop: Propagation,
    subnets: list[tuple[int, int]],
    owner: list[IPNet],
    sensitive: list[IPNet],
) -> list[Outbound]:
    s = fw.s
    inside = s.false
    for n in owner:
        if n.version == 4:
            inside = inside | s.prefix("dst", int(n.network_address), n.prefixlen)
    exits: dict[Sink, Node] = {k: v & ~inside for k, v in prop.sinks.items() if k.kind == "exits"}
    out: list[Outbound] = []
    sens = [n for n in sensitive if n.version == 4]
    for network, plen in subnets:
        node = s.prefix("src", network, plen)
        where: list[str] = []
        example = None
        for k, v in sorted(exits.items()):
            hit = v & node
            if hit != s.false:
                where.append(f"{k.device}:{k.interface}")
                if example is None:
                    routable = hit & ~s.prefix("dst", 0, 8)
                    pkt = hs_example(s, routable if routable != s.false else hit)
                    example = v4_text(pkt["dst"]) if pkt else None
        if where:
            subnet = ipaddress.IPv4Network((network, plen))
            out.append(
                Outbound(
                    str(subnet),
                    sorted(set(where)),
                    example or "",
                    any(subnet.overlaps(n) for n in sens),  # type: ignore[arg-type]
                )
            )
    return out


def document(exp: Exposure) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "channels": [msgspec.to_builtins(c) for c in exp.channels],
        "outbound": [msgspec.to_builtins(o) for o in exp.outbound],
        "reasons": exp.reasons,
    }


# ---- the audit hook -------------------------------------------------------------------------
def exposure_text(ce: ChannelExposure, limit: int = 4) -> str:
    """ "copies traffic of 10.20.0.0/16, 10.30.1.0/24" for the terminal report."""
    verb = "diverts" if ce.kind == REDIRECT else "copies"
    if not ce.subnets and ce.unknown:
        text = f"{verb} traffic that cannot be determined ({ce.unknown[0]})"
        return text + (f"; ends: {ce.sink}" if ce.sink else "")
    if not ce.subnets:
        text = f"{verb} no subnet's traffic (no path passes {', '.join(ce.sources) or 'it'})"
    else:
        shown = ", ".join(ce.subnets[:limit])
        more = f" and {len(ce.subnets) - limit} more" if len(ce.subnets) > limit else ""
        text = f"{verb} traffic of {shown}{more}"
        if ce.sensitive:
            text += f" (sensitive: {', '.join(ce.sensitive)})"
    if ce.sink:
        text += f"; ends: {ce.sink}"
    if ce.unknown:
        text += f" (incomplete: {ce.unknown[0]})"
    return text


def apply_to_audit(
    result: Any, root: Any, pol: Any, dialect: str | None, jobs: int | None, today: Any
) -> None:
    """Compute tap exposure for an AuditResult (called by the pipeline only when the policy
    declares sensitive subnets): annotate channels (`attrs["exposure"]`, shown by the terminal
    report) and add TAP-025 / TAP-026 findings."""
    from untapped.analyses.routing import compute
    from untapped.model.results import Finding
    from untapped.rules.catalog import get_rule
    from untapped.snapshot import load_devices

    devices, _ = load_devices(root, dialect=dialect, jobs=jobs)
    net = Net(devices, compute(devices))
    owner = [ipaddress.ip_network(n) for n in result.owner_networks]
    exp = analyse(net, result.channels, owner, pol.sensitive)
    by_key = {(c.device, c.kind, c.line, c.destination): c for c in result.channels}
    new: list[Finding] = []
    for ce in exp.channels:
        ch = by_key.get((ce.device, ce.kind, ce.line, ce.destination))
        if ch is None:
            continue
        ch.attrs["exposure"] = exposure_text(ce)
        if ce.sensitive and ch.trust not in ("trusted", "local"):
            rule = get_rule("TAP-025")
            sink = f"; the copy ends: {ce.sink}" if ce.sink else ""
            new.append(
                Finding(
                    "TAP-025",
                    "critical" if ch.trust == "external" else "high",
                    rule.category,
                    ch.device,
                    ch.file,
                    ch.line,
                    rule.title,
                    f"Traffic of sensitive {', '.join(ce.sensitive)} passes "
                    f"{', '.join(ce.sources)} and is sent by this {ch.kind} to "
                    f"{ch.destination or 'an unknown sink'} ({ch.trust}){sink}",
                    ch.id,
                )
            )
    files = {d.name: d.file for d in devices}
    for ob in exp.outbound:
        if not ob.sensitive:
            continue
        dev_name, _, iface = ob.exits[0].partition(":")
        dev = net.devices[dev_name]
        line = dev.interfaces[iface].span.line if iface in dev.interfaces else 1
        rule = get_rule("TAP-026")
        new.append(
            Finding(
                "TAP-026",
                "medium",
                rule.category,
                dev_name,
                files.get(dev_name, dev.file),
                max(1, line),
                rule.title,
                f"Sensitive {ob.subnet} can send traffic out of the owner's networks "
                f"(e.g. to {ob.example_dst}) at {', '.join(ob.exits[:4])}",
            )
        )
    for f in new:
        waiver = pol.waiver_for(f.rule, f.device)
        if waiver is not None and not waiver.expired(today):
            f.waived = True
            f.waiver_reason = waiver.reason + (
                f" (until {waiver.expires})" if waiver.expires else ""
            )
            result.waived.append(f)
        else:
            result.findings.append(f)
    result.findings.sort(key=Finding.sort_key)
