"""Statements only H3C Comware has: mirroring-group, hwtacacs/radius schemes, domains,
`local-user ... class`, `super password`, IKE keychains/profiles, EAA `rtm cli-policy`,
`scheduler job`, `version`."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import is_ip
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._vrplike import common as C
from untapped.dialects._vrplike.automation import action_url
from untapped.model.mgmt import AaaMethodList, EnablePassword
from untapped.model.taps import (
    Automation,
    AutomationAction,
    CryptoPeer,
    MirrorDestination,
    MirrorSource,
)
from untapped.redact import redact_text

P = Any

_KINDS = {
    "local": "local",
    "remote-source": "rspan-source",
    "remote-destination": "rspan-destination",
}


def h_version(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.version = " ".join(t[i:])
    return None


# ---- mirroring-group ------------------------------------------------------------------------
def _ports(t: list[str], j: int) -> tuple[list[str], int]:
    """Interface names up to a direction word: `GE1/0/1 GE1/0/2`, `GE1/0/1 to GE1/0/4`."""
    out: list[str] = []
    while j < len(t) and t[j].lower() not in C.DIRECTIONS:
        if t[j].lower() == "to" and out and j + 1 < len(t):
            out[-1] = f"{out[-1]}-{t[j + 1]}"
            j += 2
            continue
        if t[j][:1].isdigit() and out:
            out[-1] += t[j]
        else:
            out.append(t[j])
        j += 1
    return out, j


def h_mirroring_group(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """Global `mirroring-group N local|remote-source|remote-destination`, `mirroring-group N
    mirroring-port IF... dir`, `... mirroring-vlan V dir`, `... mirroring-cpu slot S dir`,
    `... monitor-port IF`, `... remote-probe vlan V`, `... monitor-egress IF`,
    `... reflector-port IF`. In an interface view the port is the interface itself."""
    index = t[i]
    what = t[i + 1].lower()
    if neg:
        return None
    iface = obj.name if obj is not None and hasattr(obj, "addresses") else None
    if what in _KINDS:
        sess = p.mirror(index, ln, _KINDS[what])
        sess.kind = _KINDS[what]
        if sess.span.line != ln and not sess.sources and not sess.destinations:
            sess.span = p.device.span(ln)
        return None
    j = i + 2
    if what == "mirroring-port":
        if iface:
            ports, j = [iface], j
        else:
            ports, j = _ports(t, j)
        direction = C._direction(t, j)
        for port in ports:
            p.mirror_sources.append(
                (index, MirrorSource("interface", port, direction, ln))  # type: ignore[arg-type]
            )
    elif what == "mirroring-vlan":
        vlans, j = _ports(t, j)
        direction = C._direction(t, j)
        for v in vlans:
            p.mirror_sources.append(
                (index, MirrorSource("vlan", v, direction, ln))  # type: ignore[arg-type]
            )
    elif what == "mirroring-cpu":
        p.mirror_sources.append(
            (index, MirrorSource("cpu", " ".join(t[j:]), C._direction(t, j), ln))  # type: ignore[arg-type]
        )
    elif what in ("monitor-port", "monitor-egress", "reflector-port"):
        ports = [iface] if iface else _ports(t, j)[0]
        for port in ports:
            if what == "monitor-port":
                p.mirror_dests.append((index, MirrorDestination("interface", port, ln)))
            else:
                p.egress.setdefault(index, []).append(port)
    elif what == "remote-probe":
        vlan = t[-1]
        p.probes[index] = (vlan, ln)
    else:
        return UNRECOGNIZED
    if iface:
        obj.mirror_observe.append(f"mirroring-group {index} {what}")
    return None


def finish_mirrors(p: P) -> None:
    """A remote-probe VLAN is the destination of a remote-source group and the source of a
    remote-destination group."""
    for index, (vlan, ln) in p.probes.items():
        sess = p.mirrors.get(index) or p.mirror(index, ln)
        if sess.kind == "rspan-destination":
            sess.sources.append(MirrorSource("vlan", vlan, "both", ln))
        else:
            if sess.kind == "local":
                sess.kind = "rspan-source"
            sess.destinations.append(MirrorDestination("vlan", vlan, ln))
        sess.filter_vlans = vlan
    for index, ports in p.egress.items():
        sess = p.mirrors.get(index)
        if sess is not None:
            sess.origin = ",".join(ports)


# ---- AAA schemes ----------------------------------------------------------------------------
def h_scheme(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`hwtacacs scheme S` / `radius scheme S`."""
    if neg:
        return None
    proto = "tacacs+" if t[i - 2].lower() == "hwtacacs" else "radius"
    return p.modes["scheme"], C.aaa_group(p, t[i], proto, ln)


def h_scheme_server(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`primary|secondary authentication|authorization|accounting [ipv6] A [P] [vpn-instance V]
    [key cipher|simple K]`."""
    if neg:
        return None
    role = t[i - 1].lower()
    j = i
    if t[j].lower() in ("ipv6", "host-name"):
        j += 1
    addr = t[j]
    if not is_ip(addr) and t[i].lower() != "host-name":
        return UNRECOGNIZED
    port = int(t[j + 1]) if j + 1 < len(t) and t[j + 1].isdigit() else None
    low = [x.lower() for x in t]
    key = None
    if "key" in low[j:]:
        key = C.secret_after(p, t, low.index("key", j) + 1, ln)
    vrf = C.kw(t, "vpn-instance", j) or p.scheme_vrf.get(obj.name)
    C.aaa_server(p, obj, addr, role, ln, port, vrf, key)
    return None


def h_scheme_key(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`key authentication|authorization|accounting cipher|simple K`."""
    if neg:
        return None
    C.aaa_group_key(p, obj, C.secret_after(p, t, i + 1, ln))
    return None


def h_scheme_vrf(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        obj.vrf = t[i]
        p.scheme_vrf[obj.name] = t[i]
        for s in p.device.aaa.servers:
            if s.group == obj.name and s.vrf is None:
                s.vrf = t[i]
    return None


def h_scheme_nas_ip(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        obj.source_interface = t[-1]
    return None


def h_domain(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`domain D` (view) vs `domain default enable D` (handled as its own statement)."""
    if neg:
        return None
    p.define("aaa domain", t[i], ln)
    return p.modes["domain"], t[i]


def h_domain_method(p: P, t: list[str], i: int, ln: int, neg: bool, obj: str) -> Any:
    """`authentication|authorization|accounting login|default|lan-access|... METHODS`."""
    if neg:
        return None
    service = t[i - 1].lower()
    kind = t[i].lower()
    methods: list[str] = []
    j = i + 1
    while j < len(t):
        tok = t[j].lower()
        if tok in ("hwtacacs-scheme", "radius-scheme", "ldap-scheme"):
            methods.append(f"{tok} {t[j + 1]}")
            p.ref("aaa server group", t[j + 1], f"domain {service}", ln)
            j += 2
        else:
            methods.append(tok)
            j += 1
    p.device.aaa.methods.append(AaaMethodList(service, kind, obj, tuple(methods), ln))
    return None


def h_local_user(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`local-user U [class manage|network]`."""
    if neg:
        p.device.users = [u for u in p.device.users if u.name != t[i]]
        return None
    u = C.local_user(p, t[i], ln)
    cls = C.kw([x.lower() for x in t], "class", i)
    if cls:
        u.role = f"class {cls}"
    return p.modes["local-user"], u


def h_user_password(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`password [hash|cipher|simple] X`."""
    if neg:
        obj.secret = None
        return None
    if i >= len(t):
        obj.nopassword = False
        return None
    kind = C.PASSWORD_KINDS.get(t[i].lower())
    obj.secret = p.secret(t[i + 1], kind, ln) if kind else p.secret(t[i], "unknown", ln)
    return None


def h_user_service(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    vals = [x.lower() for x in t[i:]]
    if neg:
        obj.service_types = [s for s in obj.service_types if s not in vals]
    else:
        obj.service_types.extend(v for v in vals if v not in obj.service_types)
    return None


def h_user_attr(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`authorization-attribute user-role R` / `authorization-attribute level N` / `level N`."""
    if neg:
        return None
    k = t[i].lower() if t[0].lower() != "level" else "level"
    if k == "user-role":
        role = t[i + 1]
        if obj.role is None or obj.role.startswith("class") or role == "network-admin":
            obj.role = role
        if role in ("network-admin", "level-15"):
            obj.privilege = 15
    elif k == "level":
        obj.privilege = int(t[-1])
    return None


def h_super_password(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`super password [level N|role R] [hash|cipher|simple] X`."""
    if neg:
        return None
    j = i
    level = 15
    low = [x.lower() for x in t]
    if low[j] == "level":
        level = int(t[j + 1])
        j += 2
    elif low[j] == "role":
        j += 2
    kind = C.PASSWORD_KINDS.get(low[j])
    sec = p.secret(t[j + 1], kind, ln) if kind else p.secret(t[j], "unknown", ln)
    p.device.enable.append(
        EnablePassword(p.device.span(ln), sec, level, kind in ("hash", "irreversible"))
    )
    return None


# ---- IKE (Comware 7) ------------------------------------------------------------------------
def h_keychain(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.define("ike keychain", t[i], ln)
    return p.modes["ike keychain"], t[i]


def h_keychain_psk(p: P, t: list[str], i: int, ln: int, neg: bool, obj: str) -> Any:
    """`pre-shared-key address [ipv6] A [M] key cipher|simple K` / `pre-shared-key hostname H
    key ...`."""
    if neg:
        return None
    low = [x.lower() for x in t]
    addr = next((x for x in t[i:] if is_ip(x)), None)
    if addr is None:
        addr = C.kw(t, "hostname", i)
    if addr is None or "key" not in low:
        return UNRECOGNIZED
    psk = C.secret_after(p, t, low.index("key") + 1, ln)
    p.device.crypto_peers.append(
        CryptoPeer(addr, p.device.span(ln), f"ike keychain {obj}", psk=psk)
    )
    return None


def h_ike_profile(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.define("ike profile", t[i], ln)
    return p.modes["ike profile"], t[i]


def h_profile_keychain(p: P, t: list[str], i: int, ln: int, neg: bool, obj: str) -> Any:
    if not neg:
        p.ref("ike keychain", t[i], "ike profile keychain", ln)
    return None


def h_profile_proposal(p: P, t: list[str], i: int, ln: int, neg: bool, obj: str) -> Any:
    """`proposal N [N...]` of an IKE profile."""
    if not neg:
        for name in t[i:]:
            p.ref("ike proposal", name, "ike profile proposal", ln)
    return None


# ---- EAA / scheduler ----------------------------------------------------------------------
def h_rtm_cli_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    auto = Automation(t[i], p.device.span(ln), "eaa")
    p.device.automations.append(auto)
    p.define("eaa policy", t[i], ln)
    return p.modes["rtm"], auto


def h_rtm_tcl_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.device.automations.append(
            Automation(t[i], p.device.span(ln), "eaa-tcl", " ".join(t[i + 1 :]) or None)
        )
    return None


def h_rtm_event(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Automation) -> Any:
    """`event cli|syslog|timer|hotplug|interface|snmp|track ...`."""
    if not neg:
        obj.trigger = redact_text(" ".join(t[i:]))
    return None


def h_rtm_action(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Automation) -> Any:
    """`action N cli CMD`, `action N syslog ...`, `action N switchto ...`, `action N reboot`."""
    if neg:
        return None
    kind = t[i + 1].lower()
    cmd = " ".join(t[i + 2 :]) if kind == "cli" else " ".join(t[i + 1 :])
    url, host = action_url(cmd) if kind == "cli" else (None, None)
    obj.actions.append(AutomationAction(ln, kind, redact_text(cmd), url, host))
    return None


def h_scheduler_job(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    auto = Automation(t[i], p.device.span(ln), "scheduler")
    p.device.automations.append(auto)
    p.define("scheduler job", t[i], ln)
    return p.modes["scheduler job"], auto


def h_job_command(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Automation) -> Any:
    """`command N CMD`."""
    if neg:
        return None
    cmd = " ".join(t[i + 1 :])
    url, host = action_url(cmd)
    obj.actions.append(AutomationAction(ln, "cli", redact_text(cmd), url, host))
    return None


def h_scheduler_schedule(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    return p.modes["scheduler schedule"], {"name": t[i], "job": None}


def h_schedule_job(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    if not neg:
        obj["job"] = t[i]
        p.ref("scheduler job", t[i], "scheduler schedule job", ln)
        if "time" in obj:
            _schedule_trigger(p, obj)
    return None


def h_schedule_time(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    if not neg:
        obj["time"] = " ".join(t)
        if obj.get("job"):
            _schedule_trigger(p, obj)
    return None


def _schedule_trigger(p: P, obj: dict[str, Any]) -> None:
    for auto in p.device.automations:
        if auto.kind == "scheduler" and auto.name == obj["job"]:
            auto.trigger = obj["time"]


def h_cloud_management(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`cloud-management server domain NAME`: the box registers with a vendor cloud (Oasis)."""
    from untapped.model.taps import CallHome

    if not neg:
        p.device.call_home.append(CallHome(p.device.span(ln), t[-1], "cloud-management"))
    return None
