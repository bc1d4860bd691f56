"""VRP/Comware handlers: flow export, info-center, SNMP, NTP/DNS, lines, services, telemetry, capture."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import (
    is_ip,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._vrplike.base import P, kw, rest, secret_after
from untapped.model.mgmt import (
    DnsServer,
    Line,
    LogHost,
    NtpServer,
    Service,
    SnmpCommunity,
    SnmpGroup,
    SnmpHost,
    SnmpUser,
    SnmpView,
)
from untapped.model.taps import (
    FlowExporter,
    PacketCapture,
    Telemetry,
)


# ---- flow export --------------------------------------------------------------------------
def h_netstream_host(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip netstream export host [ipv6] A P [vpn-instance V] [dscp D]`, `netstream export ip host
    A P [vpn-instance V]`, `ipv6 netstream export host A P`."""
    if neg:
        return None
    j = i
    if t[j].lower() == "ipv6":
        j += 1
    addr = t[j]
    if not is_ip(addr):
        return UNRECOGNIZED
    port = int(t[j + 1]) if j + 1 < len(t) and t[j + 1].isdigit() else None
    exp = FlowExporter(f"netstream {addr}", p.device.span(ln), "netstream", addr, ln, port)
    vrf = kw(t, "vpn-instance", j)
    if vrf:
        exp.vrf = vrf
        p.ref("vrf", vrf, "netstream export vpn-instance", ln)
    p.device.flow_exporters.append(exp)
    return None


def h_netstream_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip netstream export source [interface] A|IF`."""
    if not neg:
        j = i + 1 if t[i].lower() in ("interface", "ipv6") else i
        p.netstream_source = "".join(t[j:])
    return None


def h_sflow_collector(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`sflow collector N [vpn-instance V] ip|ipv6 A [vpn-instance V] [udp-port|port P]
    [description D] ...`."""
    if neg:
        return None
    index = t[i]
    low = [x.lower() for x in t]
    addr = kw(low, "ip", i) or kw(low, "ipv6", i)
    if addr is None:
        return UNRECOGNIZED
    exp = FlowExporter(f"sflow {index}", p.device.span(ln), "sflow", addr, ln)
    port = kw(low, "udp-port", i) or kw(low, "port", i)
    if port:
        exp.port = int(port)
    vrf = kw(t, "vpn-instance", i)
    if vrf:
        exp.vrf = vrf
        p.ref("vrf", vrf, "sflow collector vpn-instance", ln)
    p.device.flow_exporters.append(exp)
    return None


def h_sflow_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`sflow agent ip A` / `sflow source ip A`."""
    if not neg:
        for exp in p.device.flow_exporters:
            if exp.protocol == "sflow" and exp.source is None:
                exp.source = t[-1]
        p.sflow_source = t[-1]
    return None


# ---- info-center --------------------------------------------------------------------------
def h_loghost(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`info-center loghost [vpn-instance V] [ipv6] A [vpn-instance V] [port P] [facility F]
    [channel C] [source-ip S] [transport tcp|udp] ...`; `info-center loghost source IF`."""
    if t[i].lower() == "source":
        p.device.logging.source_interface = None if neg else "".join(t[i + 1 :])
        return None
    if neg:
        return None
    low = [x.lower() for x in t]
    vrf = kw(t, "vpn-instance", i)
    addr = None
    for tok in t[i:]:
        if is_ip(tok):
            addr = tok
            break
    if addr is None:
        if t[i].lower() == "domain" or not t[i].startswith("-"):
            addr = t[i + 1] if t[i].lower() in ("domain", "ipv6") else t[i]
        if addr is None or addr.lower() in ("vpn-instance",):
            return UNRECOGNIZED
    h = LogHost(addr, p.device.span(ln), vrf=vrf)
    port = kw(low, "port", i)
    if port:
        h.port = int(port)
    tr = kw(low, "transport", i)
    if tr:
        h.transport = tr
    if "ssl-policy" in low:
        h.transport = "tls"
    src = kw(low, "source-ip", i)
    if src:
        h.source_interface = src
    lv = kw(low, "level", i)
    if lv:
        h.level = lv
    if vrf:
        p.ref("vrf", vrf, "info-center loghost vpn-instance", ln)
    p.device.logging.hosts.append(h)
    return None


def h_info_center_enable(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.enabled = not neg
    return None


def h_info_center_timestamp(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.timestamps = not neg
    return None


def h_info_center_logbuffer(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.buffered = not neg
    size = kw(t, "size", i)
    if size and not neg:
        p.device.logging.buffer_size = int(size)
    return None


# ---- SNMP ---------------------------------------------------------------------------------
def h_snmp_agent(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if len(t) > i:
        return UNRECOGNIZED
    p.device.snmp.enabled = not neg
    return None


def h_snmp_community(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """VRP `snmp-agent community read|write [cipher] C [mib-view V] [acl N|acl name X]`;
    Comware `snmp-agent community read|write [simple|cipher] C [mib-view V] [acl N]` and
    Comware 7 `snmp-agent community [simple|cipher] C user-role R [acl N]`."""
    j = i
    access = "ro"
    low0 = t[j].lower()
    if low0 in ("complexity-check", "max-access"):
        return None  # a setting, not a community
    if low0 in ("read", "write"):
        access = "rw" if low0 == "write" else "ro"
        j += 1
    if neg:
        return None
    if t[j].lower() in ("cipher", "simple", "plain"):
        sec = secret_after(p, t, j, ln)
        j += 2
    else:
        sec = p.secret(t[j], "plain", ln)  # an old release: the community in clear
        j += 1
    com = SnmpCommunity(sec, p.device.span(ln), access)
    low = [x.lower() for x in t]
    view = kw(low, "mib-view", j)
    if view:
        com.view = t[low.index("mib-view", j) + 1]
        p.ref("snmp view", com.view, "snmp-agent community mib-view", ln)
    if "acl" in low[j:]:
        k = low.index("acl", j) + 1
        if low[k] == "name":
            k += 1
        if low[k] == "ipv6":
            com.acl6 = t[k + 1]
        else:
            com.acl = t[k]
            p.ref("ip access-list", t[k], "snmp-agent community acl", ln)
    role = kw(low, "user-role", j)
    if role in ("network-admin", "level-15"):
        com.access = "rw"
    p.device.snmp.communities.append(com)
    return None


def h_snmp_target(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`snmp-agent target-host trap|inform address udp-domain A [udp-port P] [vpn-instance V]
    params securityname [cipher] S [v1|v2c|v3 ...]` (also `host-name NAME`)."""
    if neg:
        return None
    low = [x.lower() for x in t]
    kind = "inform" if "inform" in low[i : i + 2] else "trap"
    addr = kw(low, "udp-domain", i) or kw(low, "ipv6-domain", i)
    if addr is None:
        addr = kw(t, "host-name", i)
    if addr is None:
        return UNRECOGNIZED
    h = SnmpHost(addr, p.device.span(ln), kind=kind)
    vrf = kw(t, "vpn-instance", i)
    if vrf:
        h.vrf = vrf
    port = kw(low, "udp-port", i)
    if port:
        h.port = int(port)
    if "securityname" in low:
        k = low.index("securityname") + 1
        sec = secret_after(p, t, k, ln)
        k += 2 if low[k] in ("cipher", "simple") else 1
        ver = next((x for x in low[k:] if x in ("v1", "v2c", "v3")), None)
        h.version = ver
        if ver == "v3":
            h.user = sec.value
        else:
            h.community = sec
    p.device.snmp.hosts.append(h)
    return None


def h_snmp_version(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    vers = [x.lower() for x in t[i:]]
    if "all" in vers:
        vers = ["v1", "v2c", "v3"]
    snmp = p.device.snmp
    if neg:
        snmp.versions = [v for v in snmp.versions if v not in vers]
    else:
        snmp.versions = sorted(set(snmp.versions) | set(vers))
    return None


def h_snmp_sysinfo(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    k = t[i - 1].lower()
    val = None if neg else rest(t, i)
    if k == "location":
        p.device.snmp.location = val
    else:
        p.device.snmp.contact = val
    return None


def h_snmp_view(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`snmp-agent mib-view included|excluded NAME OID`."""
    if neg:
        return None
    inc = t[i].lower() == "included"
    name, oid = t[i + 1], t[i + 2]
    view = next((v for v in p.device.snmp.views if v.name == name), None)
    if view is None:
        view = SnmpView(name, p.device.span(ln))
        p.device.snmp.views.append(view)
    (view.included if inc else view.excluded).append(oid)
    p.define("snmp view", name, ln)
    return None


def h_snmp_group(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`snmp-agent group v1|v2c|v3 G [authentication|privacy] [read-view V] [write-view V]
    [notify-view V] [acl N]`."""
    if neg:
        return None
    ver = t[i].lower()
    g = SnmpGroup(t[i + 1], p.device.span(ln), ver)
    low = [x.lower() for x in t]
    if "privacy" in low:
        g.security = "priv"
    elif "authentication" in low:
        g.security = "auth"
    elif ver == "v3":
        g.security = "noauth"
    g.read_view = kw(t, "read-view")
    g.write_view = kw(t, "write-view")
    g.notify_view = kw(t, "notify-view")
    g.acl = kw(t, "acl")
    p.device.snmp.groups.append(g)
    return None


def h_snmp_usm(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`snmp-agent usm-user v3 U [G] [authentication-mode A [cipher] K] [privacy-mode P [cipher]
    K] [acl N]` (both vendors, several releases)."""
    if neg:
        return None
    j = i
    if t[j].lower() == "v3":
        j += 1
    name = t[j]
    u = p.device.snmp.users
    user = next((x for x in u if x.name == name), None)
    if user is None:
        user = SnmpUser(name, p.device.span(ln))
        u.append(user)
    low = [x.lower() for x in t]
    if j + 1 < len(t) and low[j + 1] not in (
        "authentication-mode",
        "privacy-mode",
        "cipher",
        "simple",
        "acl",
        "group",
    ):
        user.group = t[j + 1]
    if "group" in low[j:]:
        user.group = kw(t, "group", j)
    am = kw(low, "authentication-mode", j)
    if am:
        user.auth = am
        k = low.index("authentication-mode") + 2
        if k < len(t):
            user.secret = secret_after(p, t, k, ln)
    pm = kw(low, "privacy-mode", j)
    if pm:
        user.priv = pm
        k = low.index("privacy-mode") + 2
        if k < len(t):
            p.secret(t[k + 1] if low[k] in ("cipher", "simple") else t[k], "cipher", ln)
    acl = kw(low, "acl", j)
    if acl:
        user.acl = acl
    return None


def h_snmp_traps(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.snmp.traps = not neg
    return None


def h_snmp_trap_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.snmp.source_interface = None if neg else "".join(t[i:])
    return None


# ---- NTP / DNS ------------------------------------------------------------------------------
def h_ntp_server(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ntp-service unicast-server|unicast-peer [ipv6] A [vpn-instance V] [authentication-keyid N]
    [source-interface IF] [preference] [version N]`."""
    if neg:
        return None
    j = i
    low = [x.lower() for x in t]
    vrf = None
    if low[j] == "vpn-instance":  # Comware 7: `ntp-service unicast-server A vpn-instance V`
        vrf = t[j + 1]
        j += 2
    if low[j] in ("ipv6", "domain-name", "name"):
        j += 1
    addr = t[j]
    srv = NtpServer(addr, p.device.span(ln))
    srv.peer = "peer" in low[i - 1]
    srv.vrf = vrf or kw(t, "vpn-instance", j)
    key = kw(low, "authentication-keyid", j)
    if key:
        srv.key = int(key)
    src = kw(t, "source-interface", j)
    if src:
        srv.source_interface = src
    srv.prefer = "preference" in low or "priority" in low
    if srv.vrf:
        p.ref("vrf", srv.vrf, "ntp-service unicast-server vpn-instance", ln)
    p.device.ntp.servers.append(srv)
    return None


def h_ntp_auth(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ntp.authenticate = not neg
    return None


def h_ntp_key(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ntp-service authentication-keyid N authentication-mode M [cipher|simple] K`."""
    if neg:
        return None
    kid = int(t[i])
    if kid not in p.device.ntp.keys:
        p.device.ntp.keys.append(kid)
    if len(t) > i + 3:
        secret_after(p, t, i + 3, ln)
    if "reliable" in t[i:]:
        p.device.ntp.trusted_keys.append(kid)
    return None


def h_ntp_reliable(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.device.ntp.trusted_keys.extend(int(x) for x in t[i:] if x.isdigit())
    return None


def h_ntp_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ntp.source_interface = None if neg else "".join(t[i:])
    return None


def h_ntp_master(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ntp.master = not neg
    return None


def h_dns_server(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`dns server [ipv6] A [vpn-instance V]` (Comware 7: `dns server A vpn-instance V`)."""
    if neg:
        return None
    j = i + 1 if t[i].lower() == "ipv6" else i
    vrf: str | None
    if t[j].lower() == "vpn-instance":
        vrf = t[j + 1]
        addr = t[j + 2]
    else:
        addr = t[j]
        vrf = kw(t, "vpn-instance", j)
    if not is_ip(addr):
        return UNRECOGNIZED
    p.device.dns.servers.append(DnsServer(addr, p.device.span(ln), vrf))
    return None


def h_dns_resolve(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.lookup = not neg
    return None


def h_dns_domain(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.device.dns.domain = t[-1]
        p.device.domain = t[-1]
    return None


def h_dns_proxy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.server_enabled = not neg
    return None


# ---- lines ----------------------------------------------------------------------------------
_LINE_KINDS = {"vty": "vty", "con": "con", "console": "con", "aux": "aux", "tty": "tty"}


def h_line(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`user-interface vty 0 4`, `user-interface con 0`, `line vty 0 63`, `line class vty`."""
    if neg:
        return None
    k = t[i].lower()
    if k == "class":
        kind = _LINE_KINDS.get(t[i + 1].lower(), t[i + 1].lower())
        first, last = -1, -1
    else:
        got_kind = _LINE_KINDS.get(k)
        if got_kind is None:
            return UNRECOGNIZED
        kind = got_kind
        if kind is None:
            return UNRECOGNIZED
        first = int(t[i + 1]) if len(t) > i + 1 else 0
        last = int(t[i + 2]) if len(t) > i + 2 else first
    line = Line(kind, first, last, p.device.span(ln))
    p.device.lines.append(line)
    return p.modes["line"], line


def h_line_protocol(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`protocol inbound ssh|telnet|all|none`."""
    if neg:
        obj.transport_input = None
        return None
    vals = [x.lower() for x in t[i:]]
    if "all" in vals:
        vals = ["ssh", "telnet"]
    obj.transport_input = vals
    return None


def h_line_acl(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`acl [ipv6] N|name X inbound|outbound`."""
    if neg:
        return None
    j = i
    v6 = t[j].lower() == "ipv6"
    if v6:
        j += 1
    if t[j].lower() == "name":
        j += 1
    name = t[j]
    direction = t[j + 1].lower() if j + 1 < len(t) else "inbound"
    if v6:
        obj.access_class6_in = name
    elif direction == "inbound":
        obj.access_class_in = name
    else:
        obj.access_class_out = name
    p.ref("ipv6 access-list" if v6 else "ip access-list", name, "user-interface acl", ln)
    return None


def h_line_auth(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`authentication-mode aaa|password|none|scheme`."""
    m = t[i].lower()
    obj.login = None if neg else {"aaa": "aaa", "scheme": "aaa"}.get(m, m)
    return None


def h_line_timeout(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    if neg:
        obj.exec_timeout = None
        return None
    mins = int(t[i])
    secs = int(t[i + 1]) if len(t) > i + 1 else 0
    obj.exec_timeout = mins * 60 + secs
    return None


def h_line_privilege(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`user privilege level N`."""
    obj.privilege = None if neg else int(t[-1])
    return None


def h_line_role(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """Comware `user-role R`."""
    if not neg:
        obj.privilege = 15 if t[i] in ("network-admin", "level-15") else obj.privilege
    return None


def h_line_password(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`set authentication password [cipher|simple|hash] X`."""
    if neg:
        obj.password = None
        return None
    obj.password = secret_after(p, t, i, ln)
    return None


def h_line_shell(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    obj.no_exec = neg
    return None


# ---- services -------------------------------------------------------------------------------
def service(p: P, name: str, enabled: bool, ln: int, **kw_: Any) -> Service:
    svc: Service | None = p.device.services.get(name)
    if svc is None:
        svc = Service(name, enabled, ln)
        p.device.services[name] = svc
    else:
        svc.enabled = enabled
        svc.line = ln
    for k, v in kw_.items():
        setattr(svc, k, v)
    return svc


def svc_handler(name: str) -> Any:
    def h(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        service(p, name, not neg, ln)
        return None

    h.__name__ = f"h_service_{name.replace('-', '_')}"
    return h


def port_handler(name: str) -> Any:
    def h(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        port = None if neg else int(t[-1])
        svc = p.device.services.get(name)
        if svc is None:
            svc = service(p, name, name != "telnet", ln)
        svc.port = port
        if name == "ssh":
            p.device.ssh.port = port
        return None

    return h


def h_ssh_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ssh server-source -i IF` / `ssh server-source all-interface`."""
    if not neg:
        p.device.ssh.source_interface = "".join(x for x in t[i:] if x != "-i")
    return None


def h_ssh_acl(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ssh server acl N` / `ssh server acl ipv6 N`."""
    if not neg:
        p.device.ssh.acl = t[-1]
        p.ref("ip access-list", t[-1], "ssh server acl", ln)
    return None


def h_ssh_algos(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ssh server cipher ...`, `ssh server hmac ...`, `ssh server key-exchange ...`."""
    k = t[i - 1].lower()
    vals = [x.lower() for x in t[i:]]
    if neg:
        return None
    if k == "cipher":
        p.device.ssh.ciphers = vals
    elif k == "hmac":
        p.device.ssh.macs = vals
    else:
        p.device.ssh.kex = vals
    return None


def h_ssh_timeout(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ssh.timeout = None if neg else int(t[-1])
    return None


def h_ssh_retry(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ssh.retries = None if neg else int(t[-1])
    return None


# ---- telemetry ------------------------------------------------------------------------------
def h_telemetry(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None if neg else (p.modes["telemetry"], None)


def h_tel_dest_group(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.define("telemetry destination-group", t[i], ln)
    return p.modes["telemetry destination"], t[i]


def h_tel_address(p: P, t: list[str], i: int, ln: int, neg: bool, obj: str) -> Any:
    """`ipv4-address A port P [vpn-instance V] [protocol grpc [no-tls]]` / `ipv6-address ...`."""
    if neg:
        return None
    addr = t[i]
    low = [x.lower() for x in t]
    tel = Telemetry(obj, addr, p.device.span(ln))
    port = kw(low, "port", i)
    if port:
        tel.port = int(port)
    tel.vrf = kw(t, "vpn-instance", i)
    tel.protocol = kw(low, "protocol", i) or "grpc"
    p.device.telemetry.append(tel)
    return None


def h_tel_sensor_group(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.define("telemetry sensor-group", t[i], ln)
    return p.modes["telemetry sensor"], t[i]


def h_tel_subscription(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    return p.modes["telemetry subscription"], t[i]


def h_tel_sub_ref(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        k = t[0].lower()
        p.ref(f"telemetry {k}", t[i], "telemetry subscription", ln)
    return None


# ---- packet capture -------------------------------------------------------------------------
def h_capture(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """VRP `capture-packet [interface IF] [acl N] destination terminal|file F ...`."""
    if neg:
        return None
    cap = PacketCapture("capture-packet", p.device.span(ln))
    low = [x.lower() for x in t]
    ifn = kw(t, "interface", i)
    if ifn:
        cap.interfaces.append(ifn)
    acl = kw(low, "acl", i)
    if acl:
        cap.acl = acl
    if "destination" in low:
        dest = t[low.index("destination") + 1 :]
        cap.destination = " ".join(dest[:2])
    p.device.captures.append(cap)
    return None
