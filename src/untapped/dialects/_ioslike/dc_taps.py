"""Data-centre IOS-like handlers (NX-OS, EOS): taps (see dc.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import (
    address_host,
    is_ip,
)
from untapped.dialects._ioslike.dc_base import after
from untapped.dialects._ioslike.dc_mgmt import _vrf_tail
from untapped.dialects._ioslike.dc_parser import DcParser, H
from untapped.dialects._ioslike.engine import UNRECOGNIZED, Mode
from untapped.model.taps import (
    Automation,
    AutomationAction,
    FlowExporter,
    FlowMonitor,
    MirrorSession,
    Telemetry,
)
from untapped.redact import redact_text


# ---- mirror sessions -----------------------------------------------------------------------
def mirror_session(p: DcParser, name: str, ln: int) -> MirrorSession:
    from untapped.dialects._ioslike.ios_delegated import _session

    return _session(p, name, ln)  # type: ignore[arg-type]


def mirror_sources(s: MirrorSession, rest: list[str], ln: int) -> bool:
    """`interface X[, Y] [rx|tx|both]` | `vlan 10[,20] [rx]` (as IOS) | EOS `Ethernet1[,2] [rx]`."""
    from untapped.dialects._ioslike.ios_delegated import _parse_source

    if rest and rest[0] not in ("interface", "vlan", "cpu", "remote"):
        rest = ["interface", *rest]
    return _parse_source(s, rest, ln) is None


# ---- flow export ---------------------------------------------------------------------------
def flow_exporter(p: DcParser, name: str, ln: int, protocol: str = "netflow") -> FlowExporter:
    for e in p.device.flow_exporters:
        if e.name == name and e.protocol == protocol:
            return e
    e = FlowExporter(name, p.device.span(ln), protocol=protocol)
    p.device.flow_exporters.append(e)
    return e


def h_flow_exporter(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    e = flow_exporter(p, t[i], ln)
    p.define("flow exporter", t[i], ln)
    return p.modes["flow_exporter"], e


def h_fe_destination(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    e: FlowExporter = obj
    if neg:
        e.destination = None
        return None
    e.destination = t[i]
    e.destination_line = ln
    vrf = _vrf_tail(t, i + 1)
    if vrf:
        e.vrf = vrf
        p.ref("vrf", vrf, "flow exporter destination vrf", ln)
    return None


def h_fe_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    e: FlowExporter = obj
    e.source = None if neg else t[-1]


def h_fe_transport(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    e: FlowExporter = obj
    e.transport = t[i]
    if i + 1 < len(t):
        e.port = int(t[i + 1])


def h_fe_version(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    e: FlowExporter = obj
    e.version = t[i]
    if t[i] in ("10", "ipfix"):
        e.protocol = "ipfix"
    return p.modes["flow_version"], e


def h_flow_monitor(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    name = t[i]
    fm = p.device.flow_monitors.get(name)
    if fm is None:
        fm = p.device.flow_monitors[name] = FlowMonitor(name, p.device.span(ln))
    p.define("flow monitor", name, ln)
    return p.modes["flow_monitor"], fm


def h_fm_exporter(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    fm: FlowMonitor = obj
    fm.span = p.device.span(fm.span.line, ln)
    if not neg:
        fm.exporters.append(t[i])
        p.ref("flow exporter", t[i], "flow monitor exporter", ln)


def h_fm_record(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    fm: FlowMonitor = obj
    fm.span = p.device.span(fm.span.line, ln)
    if not neg:
        fm.record = t[i]
        if not t[i].startswith("netflow"):
            p.ref("flow record", t[i], "flow monitor record", ln)


def h_flow_record(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if not neg:
        p.define("flow record", t[i], ln)
    return p.modes["flow_record"], None


# ---- telemetry, automation -----------------------------------------------------------------
def host_port(text: str) -> tuple[str, int | None]:
    """`A:P`, `[v6]:P`, `host:P`, `A` -> (host, port)."""
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest.lstrip(":")
        return host, int(port) if port.isdigit() else None
    if text.count(":") == 1:
        host, _, port = text.partition(":")
        return host, int(port) if port.isdigit() else None
    return text, None


def action(ln: int, kind: str, text: str) -> AutomationAction:
    """An automation action; a URL it sends to (or an scp-style `user@host:path`) is kept."""
    url = None
    toks = text.replace('"', " ").split()
    for tok in toks:
        if "://" in tok:
            url = tok
            break
    if url is None and toks and toks[0] in ("scp", "rsync", "sftp"):
        for tok in toks[1:]:
            user_host, sep, path = tok.partition(":")
            if sep and "@" in user_host and not tok.startswith("/"):
                url = f"{toks[0] if toks[0] != 'rsync' else 'ssh'}://{user_host}/{path.lstrip('/')}"
                break
    return AutomationAction(ln, kind, redact_text(text), url, address_host(url) if url else None)


def automation(p: DcParser, name: str, kind: str, ln: int) -> Automation:
    auto = Automation(name, p.device.span(ln), kind)
    p.device.automations.append(auto)
    return auto


def extend(p: DcParser, obj: Any, ln: int) -> None:
    span = obj.span
    if ln > span.last:
        obj.span = p.device.span(span.line, ln)


def h_telemetry_dest(
    p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any, group: str
) -> Telemetry:
    """`ip address A port P protocol gRPC encoding GPB` -> a Telemetry receiver."""
    addr = t[i]
    port = after(t, "port")
    proto = after(t, "protocol")
    enc = after(t, "encoding")
    tel = Telemetry(
        group,
        addr,
        p.device.span(ln),
        port=int(port) if port and port.isdigit() else None,
        protocol=proto.lower() if proto else None,
        encoding=enc.lower() if enc else None,
    )
    p.device.telemetry.append(tel)
    return tel


__all__ = [
    "UNRECOGNIZED",
    "DcParser",
    "Mode",
    "is_ip",
]
