"""NX-OS-only statements: `feature` gating, SPAN/ERSPAN sessions, sFlow, telemetry, scheduler."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike import dc
from untapped.dialects._ioslike.dc import UNRECOGNIZED, DcParser, after, set_service
from untapped.model.mgmt import Line
from untapped.model.taps import MirrorDestination, MirrorSession

H = Any

# `feature X` -> the Service name it turns on (the rest keep their own name)
FEATURE_SERVICES = {
    "telnet": "telnet",
    "ssh": "ssh",
    "nxapi": "nxapi",
    "bash-shell": "bash",
    "scp-server": "scp-server",
    "sftp-server": "sftp-server",
    "netconf": "netconf",
    "restconf": "restconf",
    "grpc": "grpc",
    "openflow": "openflow",
    "tacacs+": "tacacs+",
    "telemetry": "telemetry",
    "netflow": "netflow",
    "sflow": "sflow",
    "scheduler": "scheduler",
    "ptp": "ptp",
    "dhcp": "dhcp",
    "http-server": "http",
    "onep": "onep",
    "privilege": "privilege",
}


def h_feature(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`feature X` / `no feature X`: only features enabled make their config effective."""
    name = t[i]
    if neg:
        p.enabled_features.pop(name, None)
    else:
        p.enabled_features[name] = ln
    set_service(p, FEATURE_SERVICES.get(name, name), not neg, ln, detail="feature")
    return None


def h_service_flag(name: str) -> Any:
    def handler(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
        set_service(p, name, not neg, ln)
        return None

    return handler


def h_nxapi(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`nxapi http port 80`, `nxapi https port 443`, `nxapi use-vrf V`."""
    word = t[i]
    if word in ("http", "https"):
        port = after(t, "port")
        set_service(
            p,
            word,
            not neg,
            ln,
            port=int(port) if port and port.isdigit() else None,
            detail="nxapi",
        )
    elif word == "use-vrf" and not neg:
        svc = p.device.services.get("nxapi")
        if svc is not None:
            svc.vrf = t[i + 1]
        for key in ("http", "https"):
            s = p.device.services.get(key)
            if s is not None:
                s.vrf = t[i + 1]
    elif word in ("sandbox", "ssl", "certificate", "idle-timeout", "client"):
        pass
    else:
        return UNRECOGNIZED
    return None


def h_tm_profile_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`destination-profile` / `use-vrf V`: the VRF of destinations that do not name one."""
    if not neg:
        p.group_vrf["<telemetry>"] = t[i]
        p.ref("vrf", t[i], "telemetry destination-profile use-vrf", ln)
    return None


def h_guestshell(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`guestshell enable` / `no guestshell` (default on many platforms; recorded as said)."""
    enabled = not neg and (i >= len(t) or t[i] in ("enable", "reboot", "resize", "sync"))
    set_service(p, "guestshell", enabled, ln)
    return None


# ---- lines ---------------------------------------------------------------------------------
def h_line_vty(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    got = dc.h_line(p, t, i, ln, neg, obj)
    if isinstance(got, tuple):
        line: Line = got[1]
        if line.kind == "vty":
            line.last = 31
    return got


# ---- SPAN / ERSPAN -------------------------------------------------------------------------
def h_monitor_session(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`monitor session N [type local|erspan-source|erspan-destination|rspan]`, and the one-line
    `[no] monitor session N|all shut`."""
    name = t[i]
    rest = t[i + 1 :]
    if rest and rest[0] in ("shut", "shutdown"):
        for s in p.device.mirror_sessions:
            if name in ("all", s.name):
                s.shutdown = not neg
        return None
    if neg:
        p.device.mirror_sessions = [s for s in p.device.mirror_sessions if s.name != name]
        return None
    s = dc.mirror_session(p, name, ln)
    s.shutdown = True  # NX-OS creates sessions shut; `no shut` activates them
    if rest[:1] == ["type"]:
        kind = rest[1]
        s.kind = {
            "erspan-source": "erspan-source",
            "erspan-destination": "erspan-destination",
            "local": "local",
            "rspan": "rspan-source",
            "span-on-drop": "local",
            "sflow": "local",
        }.get(kind, "other")  # type: ignore[assignment]
    return p.modes["monitor"], s


def h_mon_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    s: MirrorSession = obj
    dc.extend(p, s, ln)
    if neg:
        return None
    return None if dc.mirror_sources(s, t[i:], ln) else UNRECOGNIZED


def h_mon_destination(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`destination interface X[, Y]` | `destination ip A` (erspan-source)."""
    s: MirrorSession = obj
    dc.extend(p, s, ln)
    if neg:
        s.destinations = []
        return None
    word = t[i]
    if word == "ip":
        s.destinations.append(MirrorDestination("ip", t[i + 1], ln, s.vrf))
        if s.kind == "local":
            s.kind = "erspan-source"
    elif word == "interface":
        for nm in " ".join(t[i + 1 :]).replace(",", " ").split():
            s.destinations.append(MirrorDestination("interface", nm, ln))
    elif word == "vlan":
        s.destinations.append(MirrorDestination("vlan", t[i + 1], ln))
    else:
        return UNRECOGNIZED
    return None


def h_mon_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    s: MirrorSession = obj
    dc.extend(p, s, ln)
    if neg:
        return None
    s.vrf = t[i]
    p.ref("vrf", t[i], "monitor session vrf", ln)
    s.destinations = [
        type(d)(d.kind, d.value, d.line, d.vrf or t[i]) if d.kind == "ip" else d
        for d in s.destinations
    ]
    return None


def h_mon_erspan_id(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    s: MirrorSession = obj
    dc.extend(p, s, ln)
    s.erspan_id = None if neg else int(t[i])


def h_mon_shut(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    s: MirrorSession = obj
    dc.extend(p, s, ln)
    s.shutdown = not neg


def h_mon_filter(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`filter vlan 10` / `filter access-group ACL`."""
    s: MirrorSession = obj
    dc.extend(p, s, ln)
    if neg:
        return None
    if t[i] == "vlan":
        s.filter_vlans = " ".join(t[i + 1 :])
    elif t[i] == "access-group":
        s.filter_acl = t[i + 1]
        p.ref("ip access-list", t[i + 1], "monitor session filter access-group", ln)
    else:
        return UNRECOGNIZED
    return None


def h_mon_origin(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """Per-session `source ip A` / `origin ip-address A` of an ERSPAN source session."""
    s: MirrorSession = obj
    dc.extend(p, s, ln)
    if not neg:
        s.origin = t[-1] if t[-1] != "global" else t[-2]


def h_erspan_origin(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`monitor erspan origin ip-address A [global]`."""
    if neg:
        p.erspan_origin = None
        return None
    if t[i] == "ip-address":
        p.erspan_origin = t[i + 1]
        return None
    return UNRECOGNIZED


# ---- flow export ---------------------------------------------------------------------------
def _sflow(p: DcParser, ln: int) -> Any:
    if p.sflow is None:
        p.sflow = dc.flow_exporter(p, "<sflow>", ln, "sflow")
        p.sflow.port = 6343
    return p.sflow


def h_sflow(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`sflow collector-ip A vrf V`, `sflow collector-port P`, `sflow agent-ip A`, ..."""
    word = t[i]
    if word == "collector-ip":
        if neg:
            if p.sflow is not None:
                p.sflow.destination = None
            return None
        e = _sflow(p, ln)
        e.destination = t[i + 1]
        e.destination_line = ln
        e.span = p.device.span(ln)
        vrf = after(t, "vrf")
        if vrf:
            e.vrf = vrf
            p.ref("vrf", vrf, "sflow collector-ip vrf", ln)
    elif word == "collector-port":
        if not neg:
            _sflow(p, ln).port = int(t[i + 1])
    elif word == "agent-ip":
        if not neg:
            _sflow(p, ln).source = t[i + 1]
    elif word == "data-source" or word in (
        "sampling-rate",
        "max-sampled-size",
        "counter-poll-interval",
        "max-datagram-size",
        "extended",
    ):
        pass
    else:
        return UNRECOGNIZED
    return None


# ---- telemetry -----------------------------------------------------------------------------
def h_telemetry(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    return p.modes["telemetry"], None


def h_tm_destination_group(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    name = t[i]
    p.define("telemetry destination-group", name, ln)
    return p.modes["telemetry_dest"], [name, None]


def h_tm_dest_ip(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip address A port P protocol gRPC encoding GPB` | `ipv6 address ...` | `host H port P`."""
    group, vrf = obj
    if neg:
        return None
    j = i + 1 if t[i] == "address" else i
    tel = dc.h_telemetry_dest(p, t, j, ln, neg, obj, group)
    tel.vrf = vrf
    return None


def h_tm_use_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    obj[1] = t[i]
    p.ref("vrf", t[i], "telemetry destination-group use-vrf", ln)
    for tel in p.device.telemetry:
        if tel.name == obj[0] and tel.vrf is None:
            tel.vrf = t[i]
    return None


def h_tm_subscription(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    return p.modes["telemetry_sub"], None


def h_tm_dst_grp(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    p.ref("telemetry destination-group", t[i], "telemetry subscription dst-grp", ln)


# ---- automation ----------------------------------------------------------------------------
def h_eem_applet(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    auto = dc.automation(p, t[i], "eem-applet", ln)
    p.define("event manager applet", t[i], ln)
    return p.modes["eem"], auto


def h_eem_event(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    dc.extend(p, obj, ln)
    obj.trigger = " ".join(t[i:])


def h_eem_action(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`action LABEL cli [command] "..."` | `syslog ...` | `snmp-trap ...` | `policy-default`."""
    dc.extend(p, obj, ln)
    kind = t[i + 1]
    raw = p.text
    body = raw.split(None, 3)[3] if raw.count(" ") >= 3 else ""
    if kind == "cli" and t[i + 2 : i + 3] == ["command"]:
        body = raw.split("command", 1)[1].strip()
    body = dc.unq(body.strip())
    obj.actions.append(dc.action(ln, kind, body))
    return None


def h_scheduler(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`scheduler job name J` (commands up to `end-job`), `scheduler schedule name S` block,
    `scheduler logfile size N`, `scheduler aaa-authentication ...`."""
    word = t[i]
    if word == "job" and t[i + 1] == "name":
        if neg:
            return None
        auto = dc.automation(p, t[i + 2], "scheduler-job", ln)
        p.define("scheduler job", t[i + 2], ln)
        start = ln
        taken = p.take_block(lambda s: s.strip() == "end-job")
        for k, raw in enumerate(taken):
            s = raw.strip()
            if s and s != "end-job":
                for cmd in s.split(" ;"):
                    auto.actions.append(dc.action(start + k + 1, "cli", cmd.strip()))
        auto.span = p.device.span(start, start + len(taken))
        return None
    if word == "schedule" and t[i + 1] == "name":
        if neg:
            return None
        auto = dc.automation(p, t[i + 2], "scheduler-schedule", ln)
        return p.modes["schedule"], auto
    if word in ("logfile", "aaa-authentication", "transport"):
        return None
    return UNRECOGNIZED


def h_sched_job(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    dc.extend(p, obj, ln)
    if t[i] == "name":
        p.ref("scheduler job", t[i + 1], "scheduler schedule job", ln)
        obj.actions.append(dc.action(ln, "job", t[i + 1]))


def h_sched_time(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    dc.extend(p, obj, ln)
    obj.trigger = " ".join(t[i - 1 :])


def h_ip_router_ospf(p: Any, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """Interface `ip router ospf TAG area A`: the interface's OSPF area (routing analyses)."""
    if "area" in t[i:]:
        k = t.index("area", i)
        obj.ospf_area = None if neg else t[k + 1]
    return None


def h_ip_ospf_passive(p: Any, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """Interface `ip ospf passive-interface`."""
    obj.ospf_passive = not neg
    return None
