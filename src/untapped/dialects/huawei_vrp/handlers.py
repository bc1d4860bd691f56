"""Statements only Huawei VRP has: observe-port, hwtacacs-server/radius-server templates, the
`aaa` view, OPS assistants, auto-save backup-to-server, gRPC, capture-packet."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import is_ip
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._vrplike import common as C
from untapped.dialects._vrplike.automation import action_url
from untapped.model.mgmt import AaaMethodList
from untapped.model.taps import (
    Automation,
    AutomationAction,
    ConfigArchive,
    MirrorDestination,
)
from untapped.redact import redact_text

P = Any


# ---- mirroring ------------------------------------------------------------------------------
def h_observe_port(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`observe-port [N] interface IF [vlan V]`, `observe-port N destination-ip A source-ip S`,
    `observe-port N interface IF destination-ip A source-ip S` (ERSPAN)."""
    if neg:
        return None
    j = i
    index = "1"
    if j < len(t) and t[j].isdigit():
        index = t[j]
        j += 1
    low = [x.lower() for x in t]
    sess = p.mirror(index, ln)
    ifn = C.kw(t, "interface", j)
    dip = C.kw(low, "destination-ip", j)
    vlan = C.kw(low, "vlan", j)
    if dip:
        sess.kind = "erspan-source"
        sess.origin = C.kw(low, "source-ip", j)
        sess.destinations.append(MirrorDestination("ip", dip, ln, C.kw(t, "vpn-instance", j)))
    elif vlan:
        sess.kind = "rspan-source"
        sess.destinations.append(MirrorDestination("vlan", vlan, ln))
    elif ifn:
        sess.destinations.append(MirrorDestination("interface", ifn, ln))
    else:
        return UNRECOGNIZED
    return None


# ---- AAA ------------------------------------------------------------------------------------
def h_hwtacacs_template(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    return p.modes["hwtacacs"], C.aaa_group(p, t[i], "tacacs+", ln)


def h_radius_template(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    return p.modes["radius"], C.aaa_group(p, t[i], "radius", ln)


def h_template_server(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`hwtacacs-server authentication|authorization|accounting [ipv6] A [P] [vpn-instance V]
    [secondary] [shared-key cipher K]` / `radius-server authentication A P [vpn-instance V]
    [source ...] [shared-key cipher K] [weight W]`."""
    if neg:
        return None
    role = t[i - 1].lower()
    j = i
    if t[j].lower() == "ipv6":
        j += 1
    addr = t[j]
    if not is_ip(addr):
        return UNRECOGNIZED
    port = int(t[j + 1]) if j + 1 < len(t) and t[j + 1].isdigit() else None
    low = [x.lower() for x in t]
    key = None
    if "shared-key" in low:
        key = C.secret_after(p, t, low.index("shared-key") + 1, ln)
    srv = C.aaa_server(p, obj, addr, role, ln, port, C.kw(t, "vpn-instance", j), key)
    src = C.kw(low, "source-ip", j) or C.kw(t, "loopback", j)
    if src:
        srv.source_interface = src
    return None


def h_template_key(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`hwtacacs-server shared-key cipher K` / `radius-server shared-key cipher K` /
    `radius-server shared-key-cipher K`."""
    if neg:
        return None
    if t[i - 1].lower() == "shared-key-cipher":
        key = p.secret(t[i], "cipher", ln)
    else:
        key = C.secret_after(p, t, i, ln)
    C.aaa_group_key(p, obj, key)
    return None


def h_template_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        obj.source_interface = " ".join(t[i:])
    return None


def h_aaa(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.aaa.new_model = True
    return p.modes["aaa"], None


def h_local_user(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`local-user U password irreversible-cipher|cipher|simple X`, `local-user U privilege
    level N`, `local-user U service-type ...`, `local-user U level N`, `local-user U state ...`,
    `local-user U user-group G`."""
    name = t[i]
    if neg:
        if len(t) == i + 1:
            p.device.users = [u for u in p.device.users if u.name != name]
        return None
    u = C.local_user(p, name, ln)
    k = t[i + 1].lower()
    if k == "password":
        kind = C.PASSWORD_KINDS.get(t[i + 2].lower())
        if kind is None:
            return UNRECOGNIZED
        u.secret = p.secret(t[i + 3], kind, ln)
    elif k == "privilege":
        u.privilege = int(t[-1])
    elif k == "level":
        u.privilege = int(t[i + 2])
    elif k == "service-type":
        u.service_types = [x.lower() for x in t[i + 2 :]]
    elif k == "user-group":
        u.role = t[i + 2]
    elif k in (
        "state",
        "access-limit",
        "idle-cut",
        "ftp-directory",
        "expire-date",
        "password-force-change",
        "time-range",
        "vpn-instance",
        "device-type",
        "callback-number",
    ):
        pass
    else:
        return UNRECOGNIZED
    return None


def h_scheme(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`authentication-scheme S` / `authorization-scheme S` / `accounting-scheme S` in `aaa`."""
    if neg:
        return None
    service = t[i - 1].split("-", 1)[0]
    p.define(f"aaa {service}-scheme", t[i], ln)
    return p.modes["aaa scheme"], (service, t[i])


def h_scheme_mode(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`authentication-mode hwtacacs local` / `authorization-mode ...` / `accounting-mode ...`."""
    if neg:
        return None
    service, name = obj
    p.device.aaa.methods.append(
        AaaMethodList(service, "login", name, tuple(x.lower() for x in t[i:]), ln)
    )
    return None


def h_domain(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.define("aaa domain", t[i], ln)
    return p.modes["aaa domain"], t[i]


def h_domain_ref(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """In a domain: `authentication-scheme S`, `hwtacacs-server T`, `radius-server T`..."""
    if neg:
        return None
    k = t[0].lower()
    if k in ("hwtacacs-server", "radius-server"):
        p.ref("aaa server group", t[i], f"aaa domain {k}", ln)
    else:
        p.ref(f"aaa {k}", t[i], "aaa domain", ln)
    return None


# ---- OPS ------------------------------------------------------------------------------------
def h_ops(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None if neg else (p.modes["ops"], None)


def h_assistant(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    auto = Automation(t[i], p.device.span(ln), "assistant")
    p.device.automations.append(auto)
    p.define("ops assistant", t[i], ln)
    return p.modes["assistant"], auto


def h_script_assistant(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`script-assistant python FILE [...]`."""
    if neg:
        return None
    name = t[i + 1] if t[i].lower() == "python" and len(t) > i + 1 else t[i]
    p.device.automations.append(Automation(name, p.device.span(ln), "ops", "script"))
    return None


def h_condition(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Automation) -> Any:
    """`condition timer cron ...`, `condition syslog pattern "..."`, `condition event ...`."""
    if not neg:
        obj.trigger = redact_text(" ".join(t[i:]))
    return None


def h_execute(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Automation) -> Any:
    """`execute N command "CMD"` (or `execute N command CMD`)."""
    if neg:
        return None
    if t[i + 1].lower() != "command":
        return UNRECOGNIZED
    cmd = p.text.split(None, i + 2)[-1].strip().strip('"')
    url, host = action_url(cmd)
    obj.actions.append(AutomationAction(ln, "cli", redact_text(cmd), url, host))
    return None


# ---- configuration backup -------------------------------------------------------------------
def h_backup_to_server(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`[set save-configuration ...] backup-to-server server A [transport-type tftp|ftp|sftp]
    [user U] [password cipher X] [path P] [vpn-instance V]`."""
    if neg:
        return None
    low = [x.lower() for x in t]
    if "backup-to-server" not in low:
        return None
    k = low.index("backup-to-server") + 1
    if low[k] == "server":
        k += 1
    if low[k] == "ipv6":
        k += 1
    addr = t[k]
    scheme = C.kw(low, "transport-type", k) or "tftp"
    path = C.kw(t, "path", k) or ""
    arc = ConfigArchive(
        f"{scheme}://{addr}/{path.lstrip('/')}",
        p.device.span(ln),
        "auto-save",
        addr,
        scheme,
        C.kw(t, "vpn-instance", k),
    )
    if "password" in low:
        arc.password = C.secret_after(p, t, low.index("password") + 1, ln)
    p.device.archives.append(arc)
    return None


def h_auto_save(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`configuration file auto-save [...]` opens the auto-save view."""
    if neg:
        return None
    h_backup_to_server(p, t, i, ln, neg, obj)
    return p.modes["auto-save"], None


# ---- gRPC ---------------------------------------------------------------------------------
def h_grpc(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None if neg else (p.modes["grpc"], None)


def h_grpc_server(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None if neg else (p.modes["grpc server"], None)


def h_grpc_enable(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    C.service(p, "grpc", not neg, ln)
    return None


def h_grpc_port(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    svc = C.service(p, "grpc", p.device.services.get("grpc", None) is not None, ln)
    svc.port = None if neg else int(t[-1])
    return None
