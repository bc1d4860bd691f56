"""EOS-only statements: monitor sessions, sFlow and flow tracking, TerminAttr, management APIs,
event handlers and schedules."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike import dc
from untapped.dialects._ioslike.addr import is_ip
from untapped.dialects._ioslike.dc import UNRECOGNIZED, DcParser, after, set_service
from untapped.model.mgmt import Line
from untapped.model.taps import FlowExporter, MirrorDestination, MirrorSession, Telemetry

H = Any


# ---- monitor sessions ----------------------------------------------------------------------
def h_monitor_session(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`monitor session NAME source X [rx|tx|both]`, `... destination Y|Cpu|tunnel mode gre
    source A destination B [vrf V] ...`, `... ip access-group ACL`, `... truncate`..."""
    name = t[i]
    rest = t[i + 1 :]
    if neg:
        if not rest:
            p.device.mirror_sessions = [s for s in p.device.mirror_sessions if s.name != name]
        return None
    s = dc.mirror_session(p, name, ln)
    word = rest[0]
    if word == "source":
        return None if dc.mirror_sources(s, rest[1:], ln) else UNRECOGNIZED
    if word == "destination":
        return _destination(p, s, rest[1:], ln)
    if word in ("ip", "ipv6", "mac") and rest[1:2] == ["access-group"]:
        s.filter_acl = rest[2]
        p.ref(
            f"{word} access-list" if word != "mac" else "mac access-list",
            rest[2],
            "monitor session access-group",
            ln,
        )
        return None
    if word in ("truncate", "header", "rate-limit", "encapsulation", "forwarding-drop", "sample"):
        return None
    return UNRECOGNIZED


def _destination(p: DcParser, s: MirrorSession, w: list[str], ln: int) -> H:
    first = w[0]
    if first.lower() == "cpu":
        s.destinations.append(MirrorDestination("cpu", "cpu", ln))
        s.kind = "cpu"
        return None
    if first == "tunnel" and w[1:3] == ["mode", "gre"]:
        src = after(w, "source")
        dst = after(w, "destination")
        if dst is None:
            return UNRECOGNIZED
        vrf = after(w, "vrf")
        s.kind = "gre"
        s.origin = src
        s.vrf = vrf
        s.destinations.append(MirrorDestination("ip", dst, ln, vrf))
        if vrf:
            p.ref("vrf", vrf, "monitor session destination tunnel vrf", ln)
        return None
    for nm in " ".join(w).replace(",", " ").split():
        s.destinations.append(MirrorDestination("interface", nm, ln))
    return None


# ---- sFlow, flow tracking ------------------------------------------------------------------
def h_sflow(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`sflow [vrf V] destination A [P]`, `sflow [vrf V] source[-interface] X`, `sflow run`..."""
    j = i
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    word = t[j]
    if word == "destination":
        if neg:
            return None
        e = FlowExporter(
            "<sflow>", p.device.span(ln), protocol="sflow", destination=t[j + 1], vrf=vrf
        )
        e.destination_line = ln
        e.port = int(t[j + 2]) if j + 2 < len(t) and t[j + 2].isdigit() else 6343
        e.applied = bool(p.sflow_running)
        e.source = p.group_vrf.get(f"sflow-src:{vrf}")
        p.device.flow_exporters.append(e)
        if vrf:
            p.ref("vrf", vrf, "sflow vrf destination", ln)
    elif word in ("source", "source-interface"):
        p.group_vrf[f"sflow-src:{vrf}"] = t[j + 1]
        for e in p.device.flow_exporters:
            if e.protocol == "sflow" and e.vrf == vrf:
                e.source = t[j + 1]
    elif word == "run":
        p.sflow_running = not neg
        for e in p.device.flow_exporters:
            if e.protocol == "sflow":
                e.applied = not neg
        set_service(p, "sflow", not neg, ln)
    elif word in (
        "sample",
        "polling-interval",
        "interface",
        "extension",
        "qos",
        "hardware",
        "counters",
        "datagram",
    ):
        pass
    else:
        return UNRECOGNIZED
    return None


def h_flow_tracking(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`flow tracking sampled|hardware|mirror`: trackers with exporters and collectors."""
    return p.modes["ft"], [t[i], False]


def h_ft_shutdown(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    obj[1] = neg  # `no shutdown` -> running
    for e in p.device.flow_exporters:
        if e.protocol == "ipfix" and e.name.startswith("ft:"):
            e.applied = neg
    return None


def h_ft_tracker(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    p.define("flow tracker", t[i], ln)
    return p.modes["ft_tracker"], [obj, t[i]]


def h_ft_exporter(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    ft, tracker = obj
    e = FlowExporter(f"ft:{tracker}:{t[i]}", p.device.span(ln), protocol="ipfix")
    e.applied = bool(ft[1])
    p.device.flow_exporters.append(e)
    p.define("flow exporter", t[i], ln)
    return p.modes["ft_exporter"], e


def h_ft_collector(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`collector A [port P]` | `collector sflow`."""
    e: FlowExporter = obj
    if neg:
        return None
    if not is_ip(t[i]) and "." not in t[i]:
        return None  # `collector sflow` etc.: on-box
    if e.destination:  # a second collector: a second exporter entry
        e = FlowExporter(e.name, p.device.span(ln), protocol=e.protocol, applied=e.applied)
        p.device.flow_exporters.append(e)
    e.destination = t[i]
    e.destination_line = ln
    port = after(t, "port")
    e.port = int(port) if port else 4739
    return None


def h_ft_local(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    e: FlowExporter = obj
    e.source = t[-1]


def h_if_flow_tracker(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """Interface `flow tracker sampled|hardware T`."""
    if not neg:
        obj.flow_monitors.append(f"{t[-1]} input")
        p.ref("flow tracker", t[-1], "interface flow tracker", ln)


# ---- TerminAttr ----------------------------------------------------------------------------
def h_daemon(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    return p.modes["daemon"], [t[i], [], False]


def h_daemon_exec(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`exec /usr/bin/TerminAttr -cvaddr=A:P[,B:P] -cvvrf=V ...` -> Telemetry receivers."""
    name, tels, _ = obj
    if neg:
        return None
    vrf = None
    addrs: list[str] = []
    for tok in t[i:]:
        if not tok.startswith("-"):
            continue
        key, _, val = tok.lstrip("-").partition("=")
        if key in ("cvaddr", "ingestgrpcurl") and val:
            addrs.extend(a for a in val.strip('"').split(",") if a)
        elif key in ("cvvrf", "ingestvrf") and val:
            vrf = val
    for addr in addrs:
        host, port = dc.host_port(addr)
        tel = Telemetry(name, host, p.device.span(ln), port=port, protocol="grpc", vrf=vrf)
        p.device.telemetry.append(tel)
        tels.append(tel)
    if vrf:
        p.ref("vrf", vrf, f"daemon {name} -cvvrf", ln)
    if not addrs:
        auto = dc.automation(p, name, "daemon", ln)
        auto.actions.append(dc.action(ln, "exec", " ".join(t[i:])))
    return None


def h_daemon_shutdown(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    obj[2] = not neg
    if not neg:
        p.device.telemetry = [x for x in p.device.telemetry if x not in obj[1]]
    return None


# ---- management plane ----------------------------------------------------------------------
MGMT_SERVICES = {
    "ssh": "ssh",
    "telnet": "telnet",
    "api http-commands": "eapi",
    "api gnmi": "gnmi",
    "api netconf": "netconf",
    "api restconf": "restconf",
    "api models": "api-models",
    "http-server": "http",
    "cvx": "cvx",
}
DEFAULT_ON = frozenset({"ssh"})


def h_management(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    key = " ".join(t[i:])
    svc_name = MGMT_SERVICES.get(key)
    if svc_name is None:
        return UNRECOGNIZED
    svc = set_service(p, svc_name, svc_name in DEFAULT_ON and not neg, ln)
    line = None
    if svc_name in ("ssh", "telnet"):
        line = Line("vty", 0, 0, p.device.span(ln), transport_input=[svc_name])
        p.device.lines.append(line)
    return p.modes["management"], [svc, line, None]


def h_mgmt_shutdown(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    svc, _line, vrf = obj
    if vrf is None:
        svc.enabled = neg
    elif neg:
        svc.enabled = True
        svc.vrf = vrf
    return None


def h_mgmt_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    svc, line, _ = obj
    p.ref("vrf", t[i], f"management {svc.name} vrf", ln)
    return p.modes["management"], [svc, line, t[i]]


def h_mgmt_acl(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip access-group A [vrf V] in` / `ipv6 access-group A in`."""
    svc, line, _ = obj
    if neg:
        return None
    name = t[i]
    six = t[0] == "ipv6"
    if not six:
        svc.acl = name
    if line is not None:
        if six:
            line.access_class6_in = name
        else:
            line.access_class_in = name
    p.ref("ipv6 access-list" if six else "ip access-list", name, f"management {svc.name}", ln)
    return None


def h_mgmt_protocol(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """eAPI `protocol https|http [port P]` | `protocol http localhost` | `protocol unix-socket`:
    the web server the API runs on, as service `https`/`http` (detail: the API)."""
    svc, _, _ = obj
    proto = t[i]
    if proto not in ("http", "https") or "localhost" in t:
        return None
    port = after(t, "port")
    sub = set_service(
        p,
        proto,
        not neg,
        ln,
        port=int(port) if port and port.isdigit() else None,
    )
    sub.detail = svc.name
    return None


def h_mgmt_idle(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    _, line, _ = obj
    if line is not None and not neg:
        line.exec_timeout = int(t[i]) * 60


class Transport:
    """A gNMI/NETCONF transport block; a `grpc-tunnel` dials out to its destination."""

    __slots__ = ("name", "running", "svc", "tels", "vrf")

    def __init__(self, svc: Any, name: str) -> None:
        self.svc = svc
        self.name = name
        self.vrf: str | None = None
        self.tels: list[Telemetry] = []
        self.running = False


def h_mgmt_transport(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """gNMI/NETCONF `transport grpc|ssh|grpc-tunnel NAME`: a sub-block with `port`, `vrf`,
    `destination A port P` (grpc-tunnel: the device connects out)..."""
    tr = Transport(obj[0], " ".join(t[i:]))
    if t[i] == "grpc-tunnel":
        p.transports.append(tr)
    return p.modes["management_transport"], tr


def h_mgmt_tr_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    tr: Transport = obj
    tr.vrf = t[i]
    for tel in tr.tels:
        tel.vrf = t[i]
    if not tr.name.startswith("grpc-tunnel"):
        tr.svc.vrf = t[i]
        tr.svc.enabled = True
    p.ref("vrf", t[i], f"management {tr.svc.name} transport vrf", ln)


def h_mgmt_tr_port(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    tr: Transport = obj
    tr.svc.port = int(t[i])
    tr.svc.enabled = True


def h_mgmt_tr_shutdown(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    tr: Transport = obj
    tr.running = neg


def h_mgmt_tr_destination(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """grpc-tunnel `destination A port P`."""
    tr: Transport = obj
    if neg:
        return None
    port = after(t, "port")
    tel = Telemetry(
        f"{tr.svc.name} {tr.name}",
        t[i],
        p.device.span(ln),
        port=int(port) if port and port.isdigit() else None,
        protocol="grpc",
        vrf=tr.vrf,
    )
    tr.tels.append(tel)
    p.device.telemetry.append(tel)
    return None


# ---- InfluxDB telemetry --------------------------------------------------------------------
def h_influx_destination(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`monitor telemetry influx` / `destination influxdb NAME`: url, vrf, credentials."""
    return p.modes["influx_dest"], [t[i], None, None]


def h_influx_url(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    from untapped.dialects._ioslike.addr import address_host

    url = t[i]
    host = address_host(url) or url
    scheme, _, rest = url.partition("://")
    hostport = rest.split("/", 1)[0].rsplit("@", 1)[-1]
    _, port = dc.host_port(hostport)
    tel = Telemetry(f"influxdb {obj[0]}", host, p.device.span(ln), port=port, protocol=scheme)
    tel.vrf = obj[2]
    obj[1] = tel
    p.device.telemetry.append(tel)
    return None


def h_influx_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    obj[2] = t[i]
    if obj[1] is not None:
        obj[1].vrf = t[i]
    p.ref("vrf", t[i], "monitor telemetry influx vrf", ln)


def h_influx_user(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`username U password [7] P`."""
    if "password" in t:
        dc.secret_after(p, t, t.index("password") + 1, ln)
    return None


# ---- AAA -----------------------------------------------------------------------------------
def h_ip_aaa_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip tacacs|radius [vrf V] source-interface X`."""
    proto = "tacacs+" if t[1 if not neg else 2] == "tacacs" else "radius"
    vrf = after(t, "vrf")
    src = t[-1]
    for srv in p.device.aaa.servers:
        if srv.protocol == proto and (vrf is None or srv.vrf == vrf):
            srv.source_interface = None if neg else src
    return None


# ---- automation ----------------------------------------------------------------------------
def h_event_handler(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    auto = dc.automation(p, t[i], "event-handler", ln)
    p.define("event-handler", t[i], ln)
    return p.modes["event_handler"], auto


def h_eh_trigger(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    dc.extend(p, obj, ln)
    obj.trigger = " ".join(t[i:])


def h_eh_action(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`action bash CMD` | `action increment device-health metric M` | `action log`."""
    dc.extend(p, obj, ln)
    kind = t[i]
    body = p.text.split(None, 2)[2] if len(t) > 2 else ""
    obj.actions.append(dc.action(ln, kind, body))
    return None


def h_schedule(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`schedule NAME [at T] interval N [timeout N] max-log-files N command CMD`."""
    if neg:
        return None
    name = t[i]
    if name == "config":
        return None
    auto = dc.automation(p, name, "schedule", ln)
    if "command" not in t:
        return UNRECOGNIZED
    k = t.index("command")
    auto.trigger = " ".join(t[i + 1 : k])
    auto.actions.append(dc.action(ln, "cli", p.text.split(" command ", 1)[1]))
    return None


# ---- VRF name in `ip routing vrf V`, `ip domain-name` ...-------------------------------------
def h_vrf_ref(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    v = after(t, "vrf")
    if v:
        p.ref("vrf", v, " ".join(t[:2]), ln)
    return None


# ---- IPsec (`ip security`) -----------------------------------------------------------------
def _profiles(p: DcParser) -> dict[str, Any]:
    profiles: dict[str, Any] = p.extra.setdefault("ipsec_profiles", {})
    return profiles


def h_ike_policy(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ike policy NAME` / `sa policy NAME`: proposals the weak-crypto rules read."""
    from untapped.model.taps import CryptoProposal

    if neg:
        return None
    kind = "ike-policy" if t[i - 2] == "ike" else "ipsec-sa-policy"
    prop = CryptoProposal(t[i], p.device.span(ln), kind)
    p.device.crypto_proposals.append(prop)
    p.define("ike policy" if kind == "ike-policy" else "sa policy", t[i], ln)
    return p.modes["ike_policy"], prop


def h_prop_attr(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """IKE `encryption X` / `integrity X` / `dh-group N`; SA `esp encryption|integrity X` /
    `pfs dh-group N`."""
    dc.extend(p, obj, ln)
    if neg:
        return None
    k = 1 if t[0] == "no" else 0
    word = t[k]
    if word in ("esp", "pfs"):
        word, vals = t[k + 1], t[k + 2 :]
    else:
        vals = t[k + 1 :]
    target = {"encryption": obj.encryption, "integrity": obj.integrity, "dh-group": obj.group}
    if word not in target:
        return UNRECOGNIZED
    target[word].extend(vals)
    return None


def h_ipsec_profile(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    prof = _profiles(p).setdefault(t[i], {"psk": None, "policies": []})
    p.define("crypto ipsec profile", t[i], ln)
    return p.modes["ipsec_profile"], prof


def h_profile_attr(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`shared-key 7 K` (secret), `ike-policy P` / `sa-policy S` (references)."""
    if neg:
        return None
    word = t[0]
    if word == "shared-key":
        obj["psk"], _ = dc.secret_after(p, t, i, ln)
    else:
        obj["policies"].append(t[i])
        p.ref("ike policy" if word == "ike-policy" else "sa policy", t[i], f"profile {word}", ln)
    return None


def crypto_peers(p: DcParser) -> None:
    """Each tunnel protected by an IPsec profile has its destination as an IPsec peer."""
    from untapped.model.taps import CryptoPeer

    profiles = _profiles(p)
    for iface in p.device.interfaces.values():
        tun = iface.tunnel
        if tun is None or not tun.protection or not tun.destination:
            continue
        prof = profiles.get(tun.protection, {"psk": None, "policies": []})
        p.device.crypto_peers.append(
            CryptoPeer(
                tun.destination,
                p.device.span(tun.destination_line or iface.span.line),
                f"interface {iface.name} tunnel ipsec profile {tun.protection}",
                vrf=tun.vrf,
                psk=prof["psk"],
                transforms=list(prof["policies"]),
            )
        )
