"""(continued) Statement handlers of the cisco_iosxr dialect (wired into modes by grammar.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike import common as C
from untapped.dialects._ioslike.addr import is_ip
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects.cisco_iosxr import grammar as G  # modes, resolved at call time
from untapped.model.filters import (
    ClassMap,
    PolicyMap,
    PolicyMapClass,
)
from untapped.model.mgmt import (
    AaaServer,
    AaaServerGroup,
    Banner,
    Line,
    Service,
    SnmpCommunity,
    SnmpView,
    User,
)
from untapped.model.taps import (
    FlowExporter,
    FlowMonitor,
    MirrorDestination,
    MirrorSession,
    Telemetry,
)


# ---- QoS / PBR ----------------------------------------------------------------------------
def h_class_map(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    j = i
    if t[j] == "type":
        j += 2
    match_all = t[j] == "match-all"
    if t[j] in ("match-all", "match-any"):
        j += 1
    cm = p.device.class_maps[t[j]] = ClassMap(t[j], p.span(ln), match_all)
    p.define("class-map", t[j], ln)
    return G.CM_MODE, cm


def h_cm_match(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.matches.append((t[i], tuple(t[i + 1 :])))
    if t[i] == "access-group" and len(t) > i + 2:
        p.ref("ip access-list", t[-1], "class-map match access-group", ln)
    return None


def h_policy_map(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "qos"
    j = i
    if t[j] == "type":
        kind = t[j + 1]
        j += 2
    pm = p.device.policy_maps[t[j]] = PolicyMap(t[j], p.span(ln), kind)
    p.define("policy-map", t[j], ln)
    return G.PM_MODE, pm


def h_pm_class(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[-1]
    if name != "class-default":
        p.ref("class-map", name, "policy-map class", ln)
    cls = PolicyMapClass(name, ln)
    obj.classes.append(cls)
    return G.PM_CLASS_MODE, cls


def h_pm_action(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[0] == "redirect":  # redirect ipv4 nexthop A [vrf V] / redirect nexthop route-target
        hops = tuple(x for x in t[1:] if is_ip(x)) or tuple(t[1:])
        obj.actions.append(("redirect", hops))
    else:
        obj.actions.append((t[0], tuple(t[1:])))
    return None


# ---- taps: monitor sessions, flow, telemetry ------------------------------------------------
def h_monitor_session(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    s = MirrorSession(t[i], p.span(ln))
    p.device.mirror_sessions.append(s)
    p.define("monitor session", t[i], ln)
    return G.MON_MODE, s


def h_mon_destination(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    s: MirrorSession = obj
    kind = t[i]
    rest = t[i + 1 :]
    if kind == "interface":
        s.destinations.append(MirrorDestination("interface", rest[0], ln))
        p.ref("interface", rest[0], "monitor-session destination interface", ln)
    elif kind == "pseudowire":
        s.kind = "other"
        s.destinations.append(MirrorDestination("tunnel", "pseudowire", ln))
    elif kind in ("next-hop", "ipv4", "ipv6"):
        addr = next((x for x in rest if is_ip(x)), None)
        if addr is None:
            return UNRECOGNIZED
        vrf = rest[rest.index("vrf") + 1] if "vrf" in rest else None
        s.kind = "erspan-source"
        s.destinations.append(MirrorDestination("ip", addr, ln, vrf))
    else:
        return UNRECOGNIZED
    return None


def h_exporter_map(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    exp = FlowExporter(t[i], p.span(ln))
    p.device.flow_exporters.append(exp)
    p.define("flow exporter", t[i], ln)
    return G.EXPORTER_MODE, exp


def h_exp_destination(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.destination = t[i]
    obj.destination_line = ln
    if "vrf" in t and t[t.index("vrf") + 1] != "default":
        obj.vrf = t[t.index("vrf") + 1]
        p.ref("vrf", obj.vrf, "flow exporter-map destination vrf", ln)
    return None


def h_exp_transport(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.transport = t[i]
    if i + 1 < len(t):
        obj.port = int(t[i + 1])
    return None


def h_exp_source(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.source = t[i]
    return None


def h_exp_version(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.version = t[i]
    if t[i] == "ipfix":
        obj.protocol = "ipfix"
    return None


def h_monitor_map(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    mon = p.device.flow_monitors[t[i]] = FlowMonitor(t[i], p.span(ln))
    p.define("flow monitor", t[i], ln)
    return G.MONITOR_MAP_MODE, mon


def h_mm_exporter(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.exporters.append(t[i])
    p.ref("flow exporter", t[i], "flow monitor-map exporter", ln)
    return None


def h_mm_record(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.record = " ".join(t[i:])
    return None


def h_sampler_map(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("sampler", t[i], ln)
    return G.SAMPLER_MODE, None


def h_telemetry(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.TEL_MODE, None


def h_tel_dest_group(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("telemetry destination-group", t[i], ln)
    p.tel_groups.setdefault(t[i], [])
    return G.TEL_DG_MODE, t[i]


def h_tel_dg_vrf(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.tel_group_vrf[obj] = t[i]
    p.ref("vrf", t[i], "telemetry destination-group vrf", ln)
    return None


def h_tel_dg_address(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """address-family ipv4|ipv6 A port P (a block with encoding / protocol)"""
    addr = t[i + 1]
    tel = Telemetry(obj, addr, p.span(ln))
    if "port" in t:
        tel.port = int(t[t.index("port") + 1])
    p.device.telemetry.append(tel)
    p.tel_groups.setdefault(obj, []).append(tel)
    return G.TEL_DEST_MODE, tel


def h_tel_dest_word(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[0] == "encoding":
        obj.encoding = t[i]
    elif t[0] == "protocol":
        obj.protocol = t[i]
    return None


def h_tel_subscription(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("telemetry subscription", t[i], ln)
    return G.TEL_SUB_MODE, None


def h_tel_sub_ref(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "telemetry destination-group" if t[0] == "destination-id" else "telemetry sensor-group"
    p.ref(kind, t[i], f"telemetry subscription {t[0]}", ln)
    return None


def h_tel_sensor_group(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("telemetry sensor-group", t[i], ln)
    return G.TEL_SENSOR_MODE, None


# ---- management: logging, SNMP, AAA, NTP, DNS, lines, SSH, users -----------------------------
def h_logging_host(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """logging A [vrf V] [severity S] [port P]"""
    addr = t[1]
    if not is_ip(addr) and "." not in addr:
        return UNRECOGNIZED
    if neg:
        return None
    h = C.log_host(p, addr, ln)
    j = 2
    while j < len(t):
        w = t[j]
        if w == "vrf":
            h.vrf = None if t[j + 1] == "default" else t[j + 1]
            j += 1
        elif w == "severity":
            h.level = t[j + 1]
            j += 1
        elif w == "port":
            h.port = int(t[j + 1]) if t[j + 1].isdigit() else None
            j += 1
        j += 1
    return None


def h_logging_source(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.source_interface = None if neg else t[i]
    return None


def h_logging_trap(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[1] == "trap":
        p.device.logging.trap_level = t[i] if i < len(t) else None
    elif t[1] == "buffered":
        p.device.logging.buffered = not neg
    elif t[1] == "console":
        p.device.logging.console_level = t[i] if i < len(t) else None
    return None


def h_snmp_community(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """snmp-server community [clear|encrypted] C [view V] [RO|RW] [SDROwner|SystemOwner]
    [IPv4 ACL] [IPv6 ACL] [ACL]"""
    if neg:
        return None
    j = i
    kind = "plain"
    if t[j] in ("clear", "encrypted"):
        kind = "plain" if t[j] == "clear" else "type7"
        j += 1
    com = SnmpCommunity(
        p.secret(t[j], kind, ln), p.span(ln), vrf=obj if isinstance(obj, str) else None
    )
    j += 1
    while j < len(t):
        w = t[j]
        low = w.lower()
        if low in ("ro", "rw"):
            com.access = low
        elif low == "view":
            com.view = t[j + 1]
            p.ref("snmp view", t[j + 1], "snmp-server community view", ln)
            j += 1
        elif low == "ipv4":
            com.acl = t[j + 1]
            p.ref("ip access-list", t[j + 1], "snmp-server community", ln)
            j += 1
        elif low == "ipv6":
            com.acl6 = t[j + 1]
            p.ref("ipv6 access-list", t[j + 1], "snmp-server community", ln)
            j += 1
        elif low in ("sdrowner", "systemowner"):
            pass
        elif com.acl is None:
            com.acl = w
            p.ref("ip access-list", w, "snmp-server community", ln)
        j += 1
    p.device.snmp.communities.append(com)
    p.device.snmp.enabled = True
    return None


def h_snmp_host(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """snmp-server host A traps|informs [version 1|2c|3 [auth|noauth|priv]] [encrypted|clear] C
    [udp-port P]"""
    if neg:
        return None
    h = C.snmp_host(p, t[i], ln, obj if isinstance(obj, str) else None)
    j = i + 1
    while j < len(t):
        w = t[j]
        if w in ("traps", "informs"):
            h.kind = "trap" if w == "traps" else "inform"
        elif w == "version":
            h.version = t[j + 1]
            j += 1
            if j + 1 < len(t) and t[j + 1] in ("auth", "noauth", "priv"):
                j += 1
        elif w == "udp-port":
            h.port = int(t[j + 1])
            j += 1
        elif w in ("encrypted", "clear"):
            pass
        elif h.community is None and h.user is None:
            if h.version == "3":
                h.user = w
            else:
                h.community = p.secret(w, "type7" if t[j - 1] == "encrypted" else "plain", ln)
        j += 1
    return None


def h_snmp_user(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        C.snmp_v3_user(p, t, i, ln)
    return None


def h_snmp_vrf(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("vrf", t[i], "snmp-server vrf", ln)
    return G.SNMP_VRF_MODE, t[i]


def h_snmp_view(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name, oid = t[i], t[i + 1]
    view = next((v for v in p.device.snmp.views if v.name == name), None)
    if view is None:
        view = SnmpView(name, p.span(ln))
        p.device.snmp.views.append(view)
    (view.excluded if "excluded" in t[i + 2 :] else view.included).append(oid)
    p.define("snmp view", name, ln)
    return None


def h_snmp_misc(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    snmp = p.device.snmp
    if t[1] == "location":
        snmp.location = " ".join(t[i:])
    elif t[1] == "contact":
        snmp.contact = " ".join(t[i:])
    elif t[1] == "trap-source":
        snmp.source_interface = t[i]
    elif t[1] == "traps":
        snmp.traps = not neg
    return None


def h_tacacs_host(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """tacacs-server host A [port P] [timeout T] [key [0|7] K] (a block: key / port lines)"""
    srv = _aaa_server(p, t, i, ln, "tacacs+", None)
    return G.AAA_HOST_MODE, srv


def h_radius_host(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    srv = _aaa_server(p, t, i, ln, "radius", None)
    return G.AAA_HOST_MODE, srv


def _aaa_server(
    p: G.XrParser, t: list[str], i: int, ln: int, proto: str, group: AaaServerGroup | None
) -> AaaServer:
    srv = AaaServer(proto, t[i], p.span(ln))
    if group is not None:
        srv.group = group.name
        srv.vrf = group.vrf
        srv.source_interface = group.source_interface
        group.servers.append(t[i])
    j = i + 1
    while j < len(t):
        w = t[j]
        if w == "port" or w == "auth-port":
            srv.port = int(t[j + 1])
            j += 1
        elif w == "key":
            srv.key = p.coded_secret(t, j + 1, ln)
            break
        j += 1
    p.device.aaa.servers.append(srv)
    return srv


def h_aaa_host_key(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[0] == "key":
        obj.key = p.coded_secret(t, i, ln)
    elif t[0] in ("port", "auth-port"):
        obj.port = int(t[i])
    return None


def h_tacacs_key(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    sec = p.coded_secret(t, i, ln)
    for s in p.device.aaa.servers:
        if s.key is None and s.protocol == ("tacacs+" if t[0] == "tacacs-server" else "radius"):
            s.key = sec
    return None


def h_aaa_group(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """aaa group server tacacs+|radius NAME"""
    g = AaaServerGroup(t[i + 1], t[i], p.span(ln))
    p.device.aaa.groups.append(g)
    p.define("aaa server group", g.name, ln)
    return G.AAA_GROUP_MODE, g


def h_aaa_group_server(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    g: AaaServerGroup = obj
    if t[0] == "server-private":
        srv = _aaa_server(p, t, i, ln, g.protocol, g)
        return G.AAA_HOST_MODE, srv
    g.servers.append(t[i])
    for s in p.device.aaa.servers:
        if s.address == t[i] and s.group is None:
            s.group = g.name
            s.vrf = s.vrf or g.vrf
    return None


def h_aaa_group_attr(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    g: AaaServerGroup = obj
    if t[0] == "vrf":
        g.vrf = t[i]
        p.ref("vrf", t[i], "aaa group server vrf", ln)
    else:
        g.source_interface = t[i]
    for s in p.device.aaa.servers:
        if s.group == g.name:
            s.vrf, s.source_interface = g.vrf or s.vrf, g.source_interface or s.source_interface
    return None


def h_ntp(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.NTP_MODE, None


def h_ntp_server(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """server|peer [vrf V] A [key N] [prefer] [source IF] [version N] [iburst]"""
    if neg:
        return None
    j = i
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    srv = C.ntp_server(p, t[j], ln, vrf)
    srv.peer = "peer" in t[:i]
    j += 1
    while j < len(t):
        w = t[j]
        if w == "key" and t[j + 1].isdigit():
            srv.key = int(t[j + 1])
            j += 1
        elif w == "prefer":
            srv.prefer = True
        elif w == "source":
            srv.source_interface = t[j + 1]
            j += 1
        j += 1
    return None


def h_ntp_attr(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ntp = p.device.ntp
    w = t[i - 1]
    if w == "authenticate":
        ntp.authenticate = not neg
    elif w == "source":
        ntp.source_interface = t[-1]
    elif w == "trusted-key":
        ntp.trusted_keys.append(int(t[i]))
    elif w == "authentication-key":
        ntp.keys.append(int(t[i]))
        p.secret(t[-1], "type7" if "encrypted" in t else "plain", ln)
    elif w == "master":
        ntp.master = True
    elif w == "access-group":
        ntp.access_groups.append((" ".join(t[i:-1]), t[-1]))
        p.ref("ip access-list", t[-1], "ntp access-group", ln)
    return None


def h_domain(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """domain name D | domain name-server A | domain vrf V name-server A | domain lookup disable"""
    j = 1
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    w = t[j]
    if w == "name-server":
        C.dns_server(p, t[j + 1], ln, vrf)
    elif w == "name":
        p.device.dns.domain = t[j + 1]
        p.device.domain = t[j + 1]
    elif w == "lookup":
        p.device.dns.lookup = not (neg or "disable" in t)
    elif w not in ("list", "ipv4", "ipv6", "source-interface", "multicast"):
        return UNRECOGNIZED
    return None


def h_line(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "con" if t[i] == "console" else "vty"
    line = Line(kind, 0, 0 if kind == "con" else 4, p.span(ln))
    if t[i] == "template" and i + 1 < len(t):
        p.define("line template", t[i + 1], ln)
    elif t[i] == "default":
        p.define("line template", "default", ln)
    p.device.lines.append(line)
    return G.LINE_MODE, line


def h_line_attr(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    w = t[0]
    if w == "access-class":
        direction = t[i]
        name = t[i + 1] if direction in ("ingress", "egress") else t[i]
        if direction == "egress":
            line.access_class_out = name
        else:
            line.access_class_in = name
        p.ref("ip access-list", name, "line access-class", ln)
    elif w == "transport":
        vals = t[i + 1 :]
        if t[i] == "input":
            line.transport_input = vals
        else:
            line.transport_output = vals
    elif w == "exec-timeout":
        line.exec_timeout = int(t[i]) * 60 + (int(t[i + 1]) if i + 1 < len(t) else 0)
    elif w == "login":
        line.login = " ".join(t[i:])
        if t[i] == "authentication" and i + 1 < len(t):
            line.login_list = t[i + 1]
    elif w == "session-limit":
        line.session_limit = int(t[i])
    elif w == "password":
        line.password = p.secret(t[-1], "type7" if "encrypted" in t else "plain", ln)
    return None


def h_vty_pool(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if "line-template" in t:
        p.ref("line template", t[t.index("line-template") + 1], "vty-pool", ln)
    return None


def h_ssh_server(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ssh server [v2] | ssh server vrf V [ipv4 access-list A] | ssh server logging ..."""
    rest = t[2:]
    if rest[:1] == ["v2"]:
        p.device.ssh.version = 2
    elif rest[:1] == ["vrf"]:
        acl = rest[rest.index("access-list") + 1] if "access-list" in rest else None
        p.device.services[f"ssh vrf {rest[1]}"] = Service("ssh", not neg, ln, acl=acl, vrf=rest[1])
        if acl:
            p.ref("ip access-list", acl, "ssh server vrf access-list", ln)
        return None
    elif rest[:1] == ["port"]:
        p.device.ssh.port = int(rest[1])
    elif rest[:1] == ["ipv4"] and "access-list" in rest:
        p.device.ssh.acl = rest[-1]
        p.ref("ip access-list", rest[-1], "ssh server access-list", ln)
    if "ssh" not in p.device.services:
        p.device.services["ssh"] = Service("ssh", not neg, ln)
    return None


def h_ssh_misc(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[1] == "timeout":
        p.device.ssh.timeout = int(t[i])
    return None


def h_telnet(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """telnet [vrf V] ipv4|ipv6 server max-servers N [access-list A]"""
    vrf = t[2] if t[1] == "vrf" and t[2] != "default" else None
    acl = t[t.index("access-list") + 1] if "access-list" in t else None
    key = f"telnet vrf {vrf}" if vrf else "telnet"
    p.device.services[key] = Service("telnet", not neg, ln, acl=acl, vrf=vrf)
    if acl:
        p.ref("ip access-list", acl, "telnet server access-list", ln)
    return None


def h_service_on(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = {"xml": "xml", "netconf-yang": "netconf", "netconf": "netconf", "http": "http"}.get(
        t[0], t[0]
    )
    p.device.services[name] = Service(name, not neg, ln)
    return G.AGENT_MODE, None


def h_grpc(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    svc = p.device.services["grpc"] = Service("grpc", not neg, ln)
    return G.GRPC_MODE, svc


def h_grpc_port(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.port = int(t[i])
    return None


def h_username(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    u = User(t[i], p.span(ln))
    p.device.users.append(u)
    return G.USER_MODE, u


def h_user_attr(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    u: User = obj
    if t[0] == "group":
        u.role = t[i] if u.role is None else f"{u.role},{t[i]}"
        if t[i] in ("root-lr", "root-system", "netadmin"):
            u.privilege = 15
    elif t[0] == "secret":
        code = t[i] if len(t) > i + 1 else "5"
        kind = {"5": "md5", "8": "pbkdf2", "9": "scrypt", "10": "hash", "0": "plain"}.get(code)
        u.secret = p.secret(t[-1], kind or "hash", ln)
    elif t[0] == "password":
        u.secret = p.secret(t[-1], "type7" if t[i] in ("7", "encrypted") else "plain", ln)
    return None


def h_banner(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = t[i]
    rest = p.text.split(None, 2)[2] if len(t) > 2 else ""
    if not rest:
        return UNRECOGNIZED
    delim = rest[0]
    body = rest[1:]
    if delim in body:
        text = body.split(delim, 1)[0]
        end = ln
    else:
        lines = p.take_block(lambda raw: delim in raw)
        text = "\n".join([body, *lines])
        text = text.rsplit(delim, 1)[0]
        end = p.i
    p.device.banners.append(Banner(kind, p.span(ln, end), text))
    return None


def h_aaa_method(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return C.h_aaa_method(p, t, i, ln, neg, obj)
