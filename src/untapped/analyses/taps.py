"""TAP-* and EXF-* rules: judgements of the tap map (per channel) and of the device inventory.

Severity follows trust (docs/rules.md explains the table): the same channel is `info` when it goes
to a receiver the owner approved and `critical` when it leaves the owner's networks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import msgspec

from untapped.model.core import Severity
from untapped.model.device import Device
from untapped.model.results import Channel
from untapped.rules.catalog import get_rule

SevByTrust = dict[str, Severity]


class ChannelRule(msgspec.Struct, frozen=True):
    rule: str
    severity: SevByTrust  # trust -> severity; a trust not listed raises nothing
    when: Callable[[Channel], bool] | None = None
    say: str = ""  # message template: {dest}, {trust}, {vrf}, {source}, {attrs}


_ANY_UNTRUSTED: SevByTrust = {"external": "high", "unknown": "medium", "internal": "low"}

TRUST_WORDS = {
    "trusted": "an approved receiver",
    "internal": "inside the owner's networks but not an approved receiver",
    "external": "outside the owner's networks",
    "local": "on the device itself",
    "unknown": "not judged (no policy says whose it is)",
}


def _attr(key: str, value: str) -> Callable[[Channel], bool]:
    return lambda ch: ch.attrs.get(key) == value


def _bulk(ch: Channel) -> bool:
    return ch.attrs.get("bulk") == "yes"


def _cleartext(ch: Channel) -> bool:
    return ch.attrs.get("scheme") in ("tftp", "ftp", "http", "rcp")


def _unprotected_gre(ch: Channel) -> bool:
    return ch.attrs.get("protection") == "none" and "ipsec" not in ch.attrs.get("mode", "")


CHANNEL_RULES: dict[str, tuple[ChannelRule, ...]] = {
    "mirror-local": (
        ChannelRule(
            "TAP-001",
            {"trusted": "info", "local": "medium", "unknown": "medium"},
            say="Port-mirror session copies {source} to {dest}",
        ),
        ChannelRule(
            "TAP-006",
            {"local": "high", "unknown": "high"},
            _bulk,
            "Mirror session copies a VLAN or port-channel in bulk ({source}) to {dest}",
        ),
        ChannelRule(
            "TAP-008",
            {"local": "medium", "unknown": "medium", "trusted": "info"},
            _attr("cpu", "yes"),
            "Mirror session sends copies of {source} to the CPU",
        ),
    ),
    "mirror-rspan": (
        ChannelRule(
            "TAP-004",
            {
                "unknown": "high",
                "internal": "high",
                "external": "high",
                "local": "high",
                "trusted": "info",
            },
            say="Remote SPAN copies {source} into {dest}, which carries it across the L2 network",
        ),
    ),
    "mirror-erspan": (
        ChannelRule(
            "TAP-003",
            {"external": "critical"},
            say="Encapsulated mirror (ERSPAN/GRE) sends copies of {source} to {dest}, {trust}",
        ),
        ChannelRule(
            "TAP-002",
            {"trusted": "info", "internal": "high", "unknown": "high", "local": "medium"},
            say="Encapsulated mirror (ERSPAN/GRE) sends copies of {source} to {dest}, {trust}",
        ),
    ),
    "flow-export": (
        ChannelRule(
            "TAP-017",
            {"external": "high", "unknown": "medium"},
            say="Flow records exported to {dest}, {trust}",
        ),
        ChannelRule(
            "TAP-018",
            {"trusted": "info", "internal": "info", "local": "info"},
            say="Flow records exported to {dest}, {trust}",
        ),
    ),
    "packet-capture": (
        ChannelRule(
            "TAP-010",
            {
                "trusted": "high",
                "internal": "high",
                "unknown": "high",
                "external": "high",
                "local": "high",
            },
            say="Embedded packet capture {attrs[name]} on {source}",
        ),
        ChannelRule(
            "TAP-011",
            {"external": "critical", "unknown": "high", "internal": "high", "trusted": "low"},
            lambda ch: "url" in ch.attrs,
            "Packet capture exported to {attrs[url]}, {trust}",
        ),
    ),
    "traffic-export": (
        ChannelRule(
            "TAP-009",
            {"local": "high", "unknown": "high"},
            say="IP traffic export profile {attrs[profile]} copies packets of {source} out of {dest}",
        ),
    ),
    "lawful-intercept": (
        ChannelRule(
            "TAP-014",
            {"unknown": "high", "trusted": "medium", "internal": "high", "external": "critical"},
            _attr("mechanism", "li-view"),
            "Lawful-intercept CLI view configured",
        ),
        ChannelRule(
            "TAP-012",
            {"unknown": "high", "trusted": "medium", "internal": "high", "external": "critical"},
            _attr("mechanism", "tap-mib-view"),
            "SNMP view {attrs[name]} exposes the lawful-intercept TAP MIBs",
        ),
        ChannelRule(
            "TAP-015",
            {"unknown": "high", "trusted": "medium", "internal": "high", "external": "critical"},
            lambda ch: ch.attrs.get("mechanism") in ("flow-tap", "dtcp", "dfc"),
            "Flow-tap / dynamic flow capture ({attrs[mechanism]}) enabled",
        ),
        ChannelRule(
            "TAP-016",
            {"unknown": "high", "trusted": "medium", "internal": "high", "external": "critical"},
            _attr("mechanism", "li-source"),
            "Lawful-intercept source configured",
        ),
    ),
    "syslog": (ChannelRule("EXF-008", _ANY_UNTRUSTED, say="Syslog sent to {dest}, {trust}"),),
    "snmp-trap": (
        ChannelRule("EXF-009", _ANY_UNTRUSTED, say="SNMP notifications sent to {dest}, {trust}"),
    ),
    "snmp-community": (
        ChannelRule(
            "MGMT-006",
            {"unknown": "high", "trusted": "high", "internal": "high", "external": "high"},
            _attr("access", "rw"),
            "SNMP community with write access (RW)",
        ),
        ChannelRule(
            "MGMT-007",
            {"unknown": "high", "trusted": "high", "internal": "high", "external": "high"},
            _attr("acl", "none"),
            "SNMP community ({attrs[access]}) without an access list: any host may use it",
        ),
        ChannelRule(
            "TAP-024",
            {"unknown": "high", "trusted": "high", "internal": "high", "external": "high"},
            lambda ch: (
                ch.attrs.get("access") == "rw"
                and (ch.attrs.get("view") == "all" or ch.attrs.get("tap_view") == "yes")
            ),
            "SNMP write access with view {attrs[view]} can create TAP/SPAN rows",
        ),
    ),
    "aaa-server": (
        ChannelRule(
            "EXF-010",
            {"external": "critical", "unknown": "high", "internal": "low"},
            say="{attrs[protocol]} server {dest} receives credentials, {trust}",
        ),
    ),
    "ntp": (
        ChannelRule(
            "EXF-012",
            {"external": "medium", "unknown": "low", "internal": "low"},
            say="NTP server {dest} is not approved: {trust}",
        ),
    ),
    "dns": (
        ChannelRule(
            "EXF-011",
            {"external": "medium", "unknown": "low", "internal": "low"},
            say="DNS resolver {dest} is not approved: {trust}",
        ),
    ),
    "config-archive": (
        ChannelRule(
            "EXF-004",
            {"external": "critical", "unknown": "high", "internal": "medium"},
            say="Configuration archived to {attrs[url]}, {trust}",
        ),
        ChannelRule(
            "CRY-009",
            {"external": "medium", "unknown": "medium", "internal": "medium", "trusted": "medium"},
            _cleartext,
            "Configuration copied over cleartext {attrs[scheme]} to {dest}",
        ),
    ),
    "automation": (
        ChannelRule(
            "EXF-005",
            {"external": "critical", "unknown": "critical", "internal": "high", "trusted": "low"},
            say="{attrs[mechanism]} {attrs[name]} copies data to {attrs[url]}, {trust}",
        ),
        ChannelRule(
            "CRY-009",
            {"external": "medium", "unknown": "medium", "internal": "medium", "trusted": "medium"},
            _cleartext,
            "Automation copies data over cleartext {attrs[scheme]} to {dest}",
        ),
    ),
    "tunnel": (
        ChannelRule(
            "EXF-001",
            {"external": "critical"},
            say="Tunnel {attrs[interface]} ({attrs[mode]}) to {dest}, {trust}",
        ),
        ChannelRule(
            "EXF-002",
            {"trusted": "info", "internal": "low", "unknown": "medium", "local": "low"},
            say="Tunnel {attrs[interface]} ({attrs[mode]}) to {dest}, {trust}",
        ),
        ChannelRule(
            "CRY-007",
            {"external": "medium", "unknown": "medium", "internal": "medium", "trusted": "medium"},
            _unprotected_gre,
            "Tunnel {attrs[interface]} to {dest} is not protected by IPsec",
        ),
    ),
    "ipsec-peer": (
        ChannelRule(
            "EXF-003",
            {"external": "high", "unknown": "medium", "internal": "medium"},
            say="IPsec/IKE peer {dest} is not an approved peer: {trust}",
        ),
    ),
    "policy-redirect": (
        ChannelRule(
            "TAP-021",
            {"external": "critical"},
            say="Policy routing sends traffic of {source} to {dest}, {trust}",
        ),
        ChannelRule(
            "TAP-020",
            {"unknown": "high", "internal": "high", "local": "medium", "trusted": "info"},
            lambda ch: ch.attrs.get("mechanism") != "wccp",
            "Policy routing ({attrs[route_map]}) sends traffic of {source} to {dest}, {trust}",
        ),
        ChannelRule(
            "TAP-022",
            {"unknown": "medium", "internal": "medium", "external": "high"},
            _attr("mechanism", "wccp"),
            "WCCP service {attrs[service]} can redirect traffic to cache engines",
        ),
    ),
    "telemetry": (
        ChannelRule(
            "TAP-019",
            {"external": "medium", "unknown": "low", "internal": "low"},
            lambda ch: ch.attrs.get("mechanism") != "call-home",
            "Streaming telemetry sent to {dest}, {trust}",
        ),
        ChannelRule(
            "EXF-013",
            {"external": "medium", "unknown": "medium", "internal": "low", "trusted": "info"},
            _attr("mechanism", "call-home"),
            "Call-home sends device data to {dest}",
        ),
    ),
}


class _Fmt(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "-"


def describe(template: str, ch: Channel) -> str:
    attrs = tuple(ch.attrs.items()) if "{attrs" in template else ()
    return _describe(template, ch.destination, ch.trust, ch.vrf, ch.source, attrs)


# Channels repeat their receivers (18,516 channels of 1,000 devices: 2,462 distinct messages)
# and str.format is dear: judge() on 1,000 devices 1,065 -> 991 M instructions (-7%).
@lru_cache(maxsize=16384)
def _describe(
    template: str,
    dest: str | None,
    trust: str,
    vrf: str | None,
    source: str | None,
    attrs: tuple[tuple[str, str], ...],
) -> str:
    return template.format(
        dest=dest or "-",
        trust=TRUST_WORDS.get(trust, trust),
        vrf=vrf or "default",
        source=source or "-",
        attrs=_Fmt(attrs),
    )


class RawFinding(msgspec.Struct, frozen=True):
    rule: str
    severity: Severity
    line: int
    message: str
    channel: int | None = None
    # When set, the finding stands only if some of these address conditions ("A W" Cisco
    # wildcard or "A/len") reach outside the owner's networks, which only the parent knows.
    outside_owner: tuple[str, ...] = ()
    # Exposures that make the finding easier to exploit (untapped.rules.rating): "no-acl",
    # "any-source", or "outside:COND" (an address condition the parent checks against the owner's
    # networks, "outside-owner" when it reaches outside them).
    exposure: tuple[str, ...] = ()


def channel_findings(ch: Channel) -> Iterator[RawFinding]:
    for cr in CHANNEL_RULES.get(ch.kind, ()):
        sev = cr.severity.get(ch.trust)
        if sev is None:
            continue
        if cr.when is not None and not cr.when(ch):
            continue
        text = describe(cr.say or get_rule(cr.rule).title, ch)
        if ch.vrf:
            text += f" (vrf {ch.vrf})"
        inactive = inactive_reason(ch)
        if inactive:
            # configured but not in effect: one command from active, so still shown, lower
            sev = DOWNGRADE[sev]
            text += f" [inactive: {inactive}]"
        yield RawFinding(cr.rule, sev, ch.line, text, ch.id)


DOWNGRADE: dict[Severity, Severity] = {
    "critical": "medium",
    "high": "low",
    "medium": "low",
    "low": "info",
    "info": "info",
}


def inactive_reason(ch: Channel) -> str | None:
    """Why a channel is configured but not in effect (shut down, not applied), or None."""
    if ch.attrs.get("shutdown") == "yes":
        return "shut down"
    if ch.attrs.get("applied") == "no":
        return "defined but not applied"
    return None


# ---- device-level rules (no destination to judge) -------------------------------------------
def device_findings(dev: Device) -> Iterator[RawFinding]:
    for auto in dev.automations:
        if auto.kind in ("kron-occurrence",):
            if auto.trigger in ("system-startup", "recurring"):
                yield RawFinding(
                    "EXF-007",
                    "medium",
                    auto.span.line,
                    f"kron occurrence {auto.name} runs at {auto.trigger}",
                )
            continue
        yield RawFinding(
            "EXF-006",
            "medium",
            auto.span.line,
            f"{auto.kind} {auto.name} runs device commands"
            + (f" on '{auto.trigger}'" if auto.trigger else ""),
        )
    for ac in dev.auto_config:
        where = f" from {ac.url or ac.host}" if (ac.url or ac.host) else ""
        sev: Severity = "high"
        yield RawFinding(
            "EXF-014" if ac.kind != "boot-system" else "HYG-002",
            sev,
            ac.span.line,
            f"Configuration or image pulled from the network ({ac.kind}){where}",
        )
    svc = dev.services
    if (s := svc.get("smart-install")) is not None and s.enabled:
        yield RawFinding("EXF-015", "critical", s.line, "Smart Install (vstack) client enabled")
    for name in ("guestshell", "app-hosting", "iox"):
        if (s := svc.get(name)) is not None and s.enabled:
            yield RawFinding(
                "EXF-016", "high", s.line, f"{name} enabled: code can run beside the OS"
            )
    for name in ("tftp-server", "ftp-server"):
        if (s := svc.get(name)) is not None and s.enabled:
            yield RawFinding("EXF-021", "medium", s.line, f"{name} enabled on the device")
    standard = {"ssh": 22, "telnet": 23, "http": 80, "https": 443}
    for name, port in standard.items():
        s = svc.get(name)
        if s is not None and s.port is not None and s.port != port:
            yield RawFinding(
                "EXF-018", "high", s.line, f"{name} listens on non-standard port {s.port}"
            )
    for ch in dev.call_home:
        if ch.destination is None and ch.enabled:
            yield RawFinding("EXF-013", "medium", ch.span.line, "Call-home service enabled")
