"""Hardening baselines: per-device controls over the vendor-neutral model.

Each check reads only model fields; the catalog says which model features it `needs`. A device
whose dialect does not declare a needed feature gets the verdict `unknown` (with the reason), never
`pass`: no rule passes silently because a parser did not fill a field. Checks return verdicts;
`fail` verdicts become findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Literal

import msgspec

from untapped.analyses.taps import RawFinding
from untapped.model.core import Severity
from untapped.model.device import Device
from untapped.model.net import Bgp, BgpNeighbor
from untapped.rules.catalog import CheckSpec, catalog, get_rule

Status = Literal["pass", "fail", "unknown", "n/a"]


class Verdict(msgspec.Struct, frozen=True):
    status: Status
    line: int = 0
    message: str = ""
    severity: Severity | None = None  # overrides the rule's default (the check judged it)
    exposure: tuple[str, ...] = ()  # see RawFinding.exposure and untapped.rules.rating


Check = Callable[[Device], list[Verdict]]
CHECKS: dict[str, Check] = {}


def check(rule_id: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        CHECKS[rule_id] = fn
        return fn

    return register


def _pass(message: str = "") -> list[Verdict]:
    return [Verdict("pass", message=message)]


def _na(message: str) -> list[Verdict]:
    return [Verdict("n/a", message=message)]


def _unknown(message: str) -> list[Verdict]:
    return [Verdict("unknown", message=message)]


def evaluate(dev: Device) -> dict[str, list[Verdict]]:
    """Every implemented check on one device: rule id -> verdicts."""
    out: dict[str, list[Verdict]] = {}
    for rule_id, fn, fixed in _plan(dev.dialect, dev.features):
        out[rule_id] = fixed if fn is None else (fn(dev) or _pass())
    return out


_PLANS: dict[tuple[str, frozenset[str]], list[tuple[str, Check | None, list[Verdict]]]] = {}


def _plan(dialect: str, features: frozenset[str]) -> list[tuple[str, Check | None, list[Verdict]]]:
    """Per dialect and feature set: the checks to run, or the fixed verdict (n/a, unknown)."""
    key = (dialect, features)
    plan = _PLANS.get(key)
    if plan is not None:
        return plan
    plan = []
    for rule_id, fn in CHECKS.items():
        rule = get_rule(rule_id)
        if rule.scope == "intended" and dialect not in rule.intended:
            plan.append((rule_id, None, _na(f"{rule_id} does not apply to {dialect}")))
        elif rule.filled_by and dialect not in rule.filled_by:
            plan.append(
                (rule_id, None, _unknown(f"the {dialect} dialect does not model {rule.reads} yet"))
            )
        elif missing := sorted(f for f in rule.needs if f not in features):
            why = f"the {dialect} dialect does not model {', '.join(missing)}"
            plan.append((rule_id, None, _unknown(why)))
        else:
            plan.append((rule_id, fn, []))
    _PLANS[key] = plan
    return plan


def findings_of(all_verdicts: dict[str, list[Verdict]]) -> Iterator[RawFinding]:
    for rule_id, verdicts in all_verdicts.items():
        rule = get_rule(rule_id)
        for v in verdicts:
            if v.status == "fail":
                yield RawFinding(
                    rule_id, v.severity or rule.severity, v.line, v.message, exposure=v.exposure
                )


def device_findings(dev: Device) -> Iterator[RawFinding]:
    return findings_of(evaluate(dev))


def controls(dev: Device) -> dict[str, str]:
    return summarize(evaluate(dev))


def summarize(all_verdicts: dict[str, list[Verdict]]) -> dict[str, str]:
    """Compact per-rule status for the device ("fail", "pass", "unknown: why", "n/a: why")."""
    out: dict[str, str] = {}
    for rule_id, verdicts in all_verdicts.items():
        if len(verdicts) == 1:  # most checks: the same answer without a set (~2x faster)
            v = verdicts[0]
            out[rule_id] = v.status if v.status in ("pass", "fail") else f"{v.status}: {v.message}"
            continue
        statuses = {v.status for v in verdicts}
        if "fail" in statuses:
            out[rule_id] = "fail"
        elif "unknown" in statuses:
            out[rule_id] = "unknown: " + next(v.message for v in verdicts if v.status == "unknown")
        elif statuses == {"n/a"}:
            out[rule_id] = "n/a: " + verdicts[0].message
        else:
            out[rule_id] = "pass"
    return out


# ---- checks said as data (catalog `check` tables) ---------------------------------------------
def _field(obj: object, path: str) -> object:
    for part in path.split("."):
        obj = getattr(obj, part, None)
    return obj


def data_check(spec: CheckSpec) -> Check:
    """The check a catalog `check` table describes (see untapped.rules.catalog.CheckSpec)."""
    kind, msg = spec.kind, spec.message

    def service_on(dev: Device) -> list[Verdict]:
        out = []
        for name in spec.services:
            svc = dev.services.get(name)
            if svc is None or not svc.enabled:
                continue
            if kind == "service-on-no-acl":
                if svc.acl:
                    continue
                out.append(Verdict("fail", svc.line, msg.format(name=name), exposure=("no-acl",)))
            else:
                out.append(
                    Verdict(
                        "fail", svc.line, msg.format(name=name), exposure=_exposure(dev, svc.acl)
                    )
                )
        return out

    def service_state(dev: Device) -> list[Verdict]:
        name = spec.services[0]
        svc = dev.services.get(name)
        want = kind == "service-on-required"
        if svc is not None and svc.enabled == want:
            return _pass()
        return [Verdict("fail", svc.line if svc else dev.hostname_line, msg.format(name=name))]

    def field_required(dev: Device) -> list[Verdict]:
        if _field(dev, spec.field):
            return _pass()
        return [Verdict("fail", dev.hostname_line, msg)]

    def interface_field(dev: Device) -> list[Verdict]:
        return [
            Verdict("fail", i.span.line, msg.format(name=i.name))
            for i in dev.interfaces.values()
            if getattr(i, spec.field, None) == spec.equals
            and not (spec.skip_shutdown and i.shutdown)
        ]

    table: dict[str, Check] = {
        "service-on": service_on,
        "service-on-no-acl": service_on,
        "service-on-required": service_state,
        "service-off-required": service_state,
        "field-required": field_required,
        "interface-field": interface_field,
    }
    return table[kind]


def _exposure(dev: Device, acl_name: str | None) -> tuple[str, ...]:
    """How exposed a service restricted by `acl_name` is: "no-acl" (none, or not defined),
    "any-source" (a permit from any address), "outside:COND" (a permitted source condition the
    parent checks against the owner's networks)."""
    if not acl_name:
        return ("no-acl",)
    acl = dev.acls.get(acl_name)
    if acl is None:
        return ("no-acl",)
    out: list[str] = []
    for e in acl.entries:
        if e.action != "permit" or e.src.negate:
            continue
        if e.src.kind == "any":
            out.append("any-source")
            break
        if e.src.kind in ("host", "wildcard") and e.src.address:
            cond = f"{e.src.address} {e.src.wildcard}" if e.src.wildcard else e.src.address
            out.append(f"outside:{cond}")
    return tuple(out)


# ---- management plane -----------------------------------------------------------------------
@check("MGMT-001")
def telnet(dev: Device) -> list[Verdict]:
    out: list[Verdict] = []
    svc = dev.services.get("telnet")
    if svc is not None and svc.enabled:
        out.append(
            Verdict(
                "fail",
                svc.line,
                "Telnet server enabled: credentials cross the network in clear text",
                exposure=_exposure(dev, svc.acl),
            )
        )
    for ln in dev.lines:
        ti = ln.transport_input
        if ln.kind == "vty" and ti is not None and any(t in ("telnet", "all") for t in ti):
            out.append(
                Verdict(
                    "fail",
                    ln.span.line,
                    f"line vty {ln.first}-{ln.last} accepts telnet ({' '.join(ti)})",
                    exposure=_exposure(dev, ln.access_class_in),
                )
            )
    if out:
        return out
    vty = [ln for ln in dev.lines if ln.kind == "vty"]
    if vty and svc is None and all(ln.transport_input is None for ln in vty):
        return _unknown("vty transport not configured: the platform default decides")
    return _pass()


@check("MGMT-004")
def vty_without_acl(dev: Device) -> list[Verdict]:
    vtys = [ln for ln in dev.lines if ln.kind == "vty"]
    if not vtys:
        return _na("no vty lines configured")
    out = []
    for ln in vtys:
        if ln.transport_input == ["none"] or ln.no_exec:
            continue
        if not ln.access_class_in:
            out.append(
                Verdict(
                    "fail",
                    ln.span.line,
                    f"line vty {ln.first}-{ln.last} has no source access-class",
                )
            )
    return out


@check("MGMT-005")
def default_community(dev: Device) -> list[Verdict]:
    out = []
    for com in dev.snmp.communities:
        if com.secret.value.lower() in ("public", "private", "community", "cisco", "admin", "snmp"):
            out.append(
                Verdict(
                    "fail",
                    com.span.line,
                    f"SNMP community is a well-known default ({com.access.upper()})",
                    # write access to a guessable community is critical whatever the exposure
                    "critical" if com.access == "rw" else None,
                    exposure=_exposure(dev, com.acl),
                )
            )
    return out


@check("MGMT-008")
def snmp_v1_v2c(dev: Device) -> list[Verdict]:
    out = []
    for com in dev.snmp.communities:
        out.append(
            Verdict(
                "fail",
                com.span.line,
                "SNMPv1/v2c community configured: community strings cross the network in clear text",
                exposure=_exposure(dev, com.acl),
            )
        )
    for host in dev.snmp.hosts:
        if host.version in ("1", "2c", "v1", "v2c"):
            out.append(
                Verdict(
                    "fail",
                    host.span.line,
                    f"SNMP notifications to {host.address} use v{host.version.lstrip('v')}",
                )
            )
    return out


@check("MGMT-010")
def exec_timeout(dev: Device) -> list[Verdict]:
    out = []
    for ln in dev.lines:
        if ln.kind not in ("vty", "con", "aux") or ln.exec_timeout is None:
            continue
        if ln.exec_timeout == 0:
            out.append(
                Verdict("fail", ln.span.line, f"line {ln.kind} {ln.first}: sessions never time out")
            )
        elif ln.exec_timeout > 600:
            out.append(
                Verdict(
                    "fail",
                    ln.span.line,
                    f"line {ln.kind} {ln.first}: idle timeout {ln.exec_timeout // 60} min (> 10)",
                )
            )
    return out


@check("MGMT-011")
def aux_port(dev: Device) -> list[Verdict]:
    out = []
    for ln in dev.lines:
        if ln.kind == "aux" and not ln.no_exec and ln.transport_input not in (["none"], []):
            out.append(Verdict("fail", ln.span.line, "AUX port allows an exec session"))
    return out


@check("MGMT-012")
def banner(dev: Device) -> list[Verdict]:
    if any(b.kind in ("login", "motd") for b in dev.banners):
        return _pass()
    return [Verdict("fail", dev.hostname_line, "no login or motd banner")]


# ---- AAA ------------------------------------------------------------------------------------
@check("AAA-002")
def login_none(dev: Device) -> list[Verdict]:
    return [
        Verdict(
            "fail",
            m.line,
            f"aaa {m.service} {m.kind} {m.name} ends in 'none': login without a password",
        )
        for m in dev.aaa.methods
        if m.service == "authentication" and m.kind in ("login", "enable") and "none" in m.methods
    ]


@check("AAA-003")
def few_auth_servers(dev: Device) -> list[Verdict]:
    servers = {s.address for s in dev.aaa.servers if s.address}
    if not servers:
        return _na("no TACACS+/RADIUS servers configured")
    if len(servers) < 2:
        first = next(s for s in dev.aaa.servers if s.address)
        return [Verdict("fail", first.span.line, "only one authentication server: no redundancy")]
    return _pass()


@check("AAA-004")
def command_accounting(dev: Device) -> list[Verdict]:
    if dev.aaa.new_model is False:
        return _na("AAA is disabled")
    if any(m.service == "accounting" and m.kind.startswith("commands") for m in dev.aaa.methods):
        return _pass()
    if not dev.aaa.methods:
        return [Verdict("fail", dev.hostname_line, "no AAA accounting of commands")]
    return [Verdict("fail", dev.aaa.methods[0].line, "no AAA accounting of commands")]


@check("AAA-005")
def many_local_accounts(dev: Device) -> list[Verdict]:
    if len(dev.users) > 1:
        return [
            Verdict(
                "fail",
                dev.users[1].span.line,
                f"{len(dev.users)} local accounts (one emergency account expected): "
                + ", ".join(u.name for u in dev.users[:6]),
            )
        ]
    return _pass()


@check("AAA-007")
def bad_account_names(dev: Device) -> list[Verdict]:
    bad = ("cisco_tac_admin", "cisco_support")
    return [
        Verdict(
            "fail",
            u.span.line,
            f"local account {u.name} matches a known implant account (CVE-2023-20198)",
        )
        for u in dev.users
        if u.name.lower() in bad
    ]


@check("AAA-008")
def weak_local_passwords(dev: Device) -> list[Verdict]:
    out = []
    for u in dev.users:
        if u.secret is not None and u.secret.kind in ("plain", "type7", "cipher"):
            out.append(
                Verdict(
                    "fail",
                    u.span.line,
                    f"local user {u.name}: password stored reversibly ({u.secret.kind})",
                )
            )
    for ln in dev.lines:
        if ln.password is not None and ln.password.kind in ("plain", "type7"):
            out.append(
                Verdict(
                    "fail",
                    ln.span.line,
                    f"line {ln.kind} {ln.first}: password stored reversibly ({ln.password.kind})",
                )
            )
    return out


@check("AAA-009")
def enable_password(dev: Device) -> list[Verdict]:
    out = []
    for e in dev.enable:
        if not e.is_secret:
            out.append(
                Verdict(
                    "fail", e.span.line, "enable password (reversible) instead of enable secret"
                )
            )
        elif e.secret.kind in ("md5", "type7", "plain"):
            out.append(
                Verdict("fail", e.span.line, f"enable secret uses a weak hash ({e.secret.kind})")
            )
    return out


@check("AAA-011")
def login_lockout(dev: Device) -> list[Verdict]:
    if dev.aaa.login_block:
        return _pass()
    return [
        Verdict(
            "fail",
            dev.hostname_line,
            "no lockout after failed logins (login block-for or equivalent)",
        )
    ]


@check("AAA-013")
def no_password_accounts(dev: Device) -> list[Verdict]:
    return [
        Verdict("fail", u.span.line, f"local user {u.name} has no password")
        for u in dev.users
        if u.nopassword
    ]


# ---- crypto ---------------------------------------------------------------------------------
@check("CRY-001")
def ssh_v1(dev: Device) -> list[Verdict]:
    if dev.ssh.version == 2:
        return _pass()
    if dev.ssh.version == 1:
        return [Verdict("fail", dev.hostname_line, "SSH version 1 allowed")]
    return _unknown("SSH version not configured: the platform default decides")


WEAK_IKE = (
    "des",
    "3des",
    "md5",
    "1",
    "2",
    "5",
    "group1",
    "group2",
    "group5",
    "esp-des",
    "esp-3des",
    "esp-md5-hmac",
    "des-cbc",
    "3des-cbc",
)


@check("CRY-008")
def weak_ike(dev: Device) -> list[Verdict]:
    out = []
    for p in dev.crypto_proposals:
        weak = [
            x for x in (*p.encryption, *p.integrity, *p.group) if x.lower().split()[0] in WEAK_IKE
        ]
        if weak:
            out.append(
                Verdict(
                    "fail",
                    p.span.line,
                    f"{p.kind} {p.name} uses weak algorithms: {', '.join(weak)}",
                )
            )
    return out


@check("CRY-005")
def ntp_auth(dev: Device) -> list[Verdict]:
    if not dev.ntp.servers:
        return _na("no NTP servers")
    if dev.ntp.authenticate and all(s.key is not None for s in dev.ntp.servers):
        return _pass()
    return [Verdict("fail", dev.ntp.servers[0].span.line, "NTP servers are not authenticated")]


@check("CRY-006")
def snmpv3_weak(dev: Device) -> list[Verdict]:
    out = []
    for g in dev.snmp.groups:
        if g.version == "v3" and g.security in ("noauth", "auth"):
            out.append(
                Verdict(
                    "fail", g.span.line, f"SNMPv3 group {g.name} without privacy ({g.security})"
                )
            )
    for u in dev.snmp.users:
        if u.priv and u.priv.split()[0].lower() in ("des", "des56", "3des"):
            out.append(Verdict("fail", u.span.line, f"SNMPv3 user {u.name} uses {u.priv}"))
        if u.auth and u.auth.lower() == "md5":
            out.append(Verdict("fail", u.span.line, f"SNMPv3 user {u.name} authenticates with MD5"))
    return out


@check("CRY-011")
def key_chain_lifetime(dev: Device) -> list[Verdict]:
    return [
        Verdict("fail", k.line, f"key chain {kc.name} key {k.id} has no send/accept lifetime")
        for kc in dev.key_chains.values()
        for k in kc.keys
        if not (k.send_lifetime and k.accept_lifetime)
    ]


# ---- logging --------------------------------------------------------------------------------
@check("LOG-001")
def no_remote_syslog(dev: Device) -> list[Verdict]:
    if dev.logging.hosts:
        return _pass()
    return [Verdict("fail", dev.hostname_line, "no remote syslog server: logs stay on the box")]


@check("LOG-002")
def one_syslog(dev: Device) -> list[Verdict]:
    if len({h.address for h in dev.logging.hosts}) == 1:
        return [Verdict("fail", dev.logging.hosts[0].span.line, "only one syslog server")]
    return _pass() if dev.logging.hosts else _na("no syslog servers (LOG-001)")


@check("LOG-003")
def logging_disabled(dev: Device) -> list[Verdict]:
    if dev.logging.enabled is False:
        return [Verdict("fail", dev.hostname_line, "logging is disabled")]
    if dev.logging.trap_level in (
        "emergencies",
        "alerts",
        "critical",
        "errors",
        "0",
        "1",
        "2",
        "3",
    ):
        return [
            Verdict(
                "fail",
                dev.hostname_line,
                f"syslog trap level {dev.logging.trap_level} hides most events",
            )
        ]
    return _pass()


@check("LOG-009")
def ntp_servers(dev: Device) -> list[Verdict]:
    n = len({s.address for s in dev.ntp.servers})
    if n >= 2:
        return _pass()
    line = dev.ntp.servers[0].span.line if dev.ntp.servers else dev.hostname_line
    return [
        Verdict("fail", line, f"{n} NTP server(s): time (and log correlation) has no redundancy")
    ]


# ---- control plane, hygiene -----------------------------------------------------------------
@check("CP-008")
def dtp(dev: Device) -> list[Verdict]:
    return [
        Verdict(
            "fail",
            i.span.line,
            f"{i.name}: switchport mode {i.switchport_mode} negotiates trunking (DTP)",
        )
        for i in dev.interfaces.values()
        if i.switchport_mode and i.switchport_mode.startswith("dynamic")
    ]


@check("CP-007")
def bgp_max_prefix(dev: Device) -> list[Verdict]:
    if dev.bgp is None:
        return _na("no BGP")
    return [
        Verdict("fail", n.span.line, f"eBGP neighbor {n.address}: no maximum-prefix limit")
        for n in _bgp_peers_without(dev.bgp, "max_prefix", ebgp_only=True)
    ]


@check("CRY-004")
def bgp_auth(dev: Device) -> list[Verdict]:
    if dev.bgp is None:
        return _na("no BGP")
    return [
        Verdict("fail", n.span.line, f"BGP neighbor {n.address} is not authenticated")
        for n in _bgp_peers_without(dev.bgp, "password", ebgp_only=False)
    ]


def _bgp_peers_without(bgp: Bgp, attr: str, *, ebgp_only: bool) -> list[BgpNeighbor]:
    """Active neighbors (eBGP only, if asked) for which neither the neighbor nor its peer group
    sets `attr`."""
    groups = {n.address: n for n in bgp.neighbors if n.is_group}
    out = []
    for n in bgp.neighbors:
        if n.is_group or n.shutdown or (ebgp_only and n.remote_as in (None, bgp.asn)):
            continue
        grp = groups.get(n.peer_group or "")
        if getattr(n, attr) is None and (grp is None or getattr(grp, attr) is None):
            out.append(n)
    return out


@check("CP-010")
def native_vlan(dev: Device) -> list[Verdict]:
    return [
        Verdict("fail", i.span.line, f"{i.name}: trunk native VLAN is the default VLAN 1")
        for i in dev.interfaces.values()
        if i.switchport_mode == "trunk" and i.native_vlan in (None, 1) and not i.shutdown
    ]


@check("CP-009")
def access_port_guards(dev: Device) -> list[Verdict]:
    return [
        Verdict("fail", i.span.line, f"{i.name}: access port without BPDU guard")
        for i in dev.interfaces.values()
        if i.switchport_mode == "access" and not i.shutdown and not i.bpdu_guard
    ]


for _rule in catalog().values():
    if _rule.check is not None and _rule.implemented:
        CHECKS[_rule.id] = data_check(_rule.check)
