"""Hardening checks: a positive and a negative case per check, and the iron rule (a check on a
device whose dialect does not model what it reads says unknown, never pass)."""

from __future__ import annotations

import pytest

from untapped.analyses.hardening import CHECKS, controls, evaluate
from untapped.collect.files import Artifact
from untapped.dialects import get
from untapped.model.device import Device

BASE = "version 15.2\nhostname r1\n"

# rule -> (config that fails it, config that passes it)
CASES: dict[str, tuple[str, str]] = {
    "MGMT-001": (
        "line vty 0 4\n transport input telnet ssh\n",
        "line vty 0 4\n transport input ssh\n",
    ),
    "MGMT-002": ("ip http server\n", "no ip http server\n"),
    "MGMT-003": ("ip http secure-server\n", "ip http secure-server\nip http access-class 10\n"),
    "MGMT-004": (
        "line vty 0 4\n transport input ssh\n",
        "line vty 0 4\n access-class 10 in\n transport input ssh\n",
    ),
    "MGMT-005": ("snmp-server community public RO 10\n", "snmp-server community Xk9-q2 RO 10\n"),
    "MGMT-009": ("service finger\nip bootp server\n", "no service pad\nno ip bootp server\n"),
    "MGMT-010": ("line vty 0 4\n exec-timeout 0 0\n", "line vty 0 4\n exec-timeout 5 0\n"),
    "MGMT-011": ("line aux 0\n", "line aux 0\n no exec\n transport input none\n"),
    "MGMT-012": ("", "banner motd ^C\nAuthorized use only\n^C\n"),
    "AAA-002": (
        "aaa new-model\naaa authentication login default group tacacs+ none\n",
        "aaa new-model\naaa authentication login default group tacacs+ local\n",
    ),
    "AAA-003": (
        "tacacs-server host 10.9.0.40\n",
        "tacacs-server host 10.9.0.40\ntacacs-server host 10.9.0.41\n",
    ),
    "AAA-004": (
        "aaa new-model\naaa authentication login default local\n",
        "aaa new-model\naaa accounting commands 15 default start-stop group tacacs+\n",
    ),
    "AAA-005": (
        "username a privilege 15 secret 9 $9$x\nusername b secret 9 $9$y\n",
        "username a privilege 15 secret 9 $9$x\n",
    ),
    "AAA-007": (
        "username cisco_tac_admin privilege 15 secret 9 $9$x\n",
        "username ops privilege 15 secret 9 $9$x\n",
    ),
    "AAA-008": ("username a password 7 0822455D0A16\n", "username a secret 9 $9$x\n"),
    "AAA-009": ("enable password s3cret\n", "enable secret 9 $9$abc\n"),
    "AAA-010": ("", "service password-encryption\n"),
    "AAA-011": ("", "login block-for 120 attempts 3 within 60\n"),
    "AAA-013": ("username admin nopassword\n", "username admin secret 9 $9$x\n"),
    "CRY-001": ("ip ssh version 1\n", "ip ssh version 2\n"),
    "CRY-005": (
        "ntp server 10.9.0.50\n",
        "ntp authenticate\nntp authentication-key 1 md5 K\nntp trusted-key 1\n"
        "ntp server 10.9.0.50 key 1\n",
    ),
    "CRY-006": ("snmp-server group G v3 auth read V\n", "snmp-server group G v3 priv read V\n"),
    "CRY-008": (
        "crypto isakmp policy 10\n encr 3des\n hash md5\n group 2\n",
        "crypto isakmp policy 10\n encr aes 256\n hash sha256\n group 14\n",
    ),
    "LOG-001": ("", "logging host 10.9.0.20\n"),
    "LOG-002": ("logging host 10.9.0.20\n", "logging host 10.9.0.20\nlogging host 10.9.0.21\n"),
    "LOG-003": ("no logging on\n", "logging on\nlogging trap informational\n"),
    "LOG-009": ("ntp server 10.9.0.50\n", "ntp server 10.9.0.50\nntp server 10.9.0.51\n"),
    "CP-002": ("", "no ip source-route\n"),
    "CP-005": (
        "interface Gi0/1\n ip directed-broadcast\n",
        "interface Gi0/1\n no ip directed-broadcast\n",
    ),
    "CP-008": (
        "interface Gi0/1\n switchport mode dynamic desirable\n",
        "interface Gi0/1\n switchport mode access\n",
    ),
    "HYG-010": ("service internal\n", "no service internal\n"),
    "MGMT-014": ("netconf-yang\n", "netconf-yang\nnetconf-yang ssh ipv4 access-list name MGMT\n"),
    "MGMT-016": ("cdp run\n", "no cdp run\n"),
    "AAA-001": ("no aaa new-model\n", "aaa new-model\n"),
    "LOG-004": ("", "service timestamps log datetime msec localtime\n"),
    "LOG-005": ("", "archive\n log config\n  logging enable\n"),
    "LOG-006": ("", "login on-failure log\nlogin on-success log\n"),
    "LOG-007": ("", "logging source-interface Loopback0\n"),
    "LOG-008": ("", "logging buffered 64000 informational\n"),
    "CP-001": ("", "control-plane\n service-policy input COPP\n"),
    "CP-007": (
        "router bgp 65001\n neighbor 192.0.2.1 remote-as 64500\n",
        "router bgp 65001\n neighbor 192.0.2.1 remote-as 64500\n"
        " neighbor 192.0.2.1 maximum-prefix 1000\n",
    ),
    "CRY-004": (
        "router bgp 65001\n neighbor 192.0.2.1 remote-as 64500\n",
        "router bgp 65001\n neighbor 192.0.2.1 remote-as 64500\n"
        " neighbor 192.0.2.1 password 7 0822455D0A16\n",
    ),
    "CP-009": (
        "interface Gi0/2\n switchport mode access\n",
        "interface Gi0/2\n switchport mode access\n spanning-tree bpduguard enable\n",
    ),
    "CP-010": (
        "interface Gi0/3\n switchport mode trunk\n",
        "interface Gi0/3\n switchport mode trunk\n switchport trunk native vlan 999\n",
    ),
    "HYG-003": ("", "no service password-recovery\n"),
}


def _device(extra: str) -> Device:
    return get("cisco_ios").parse(Artifact("r1.cfg", BASE + extra + "end\n")).device


@pytest.mark.parametrize("rule", sorted(CASES))
def test_check_fails_and_passes(rule: str) -> None:
    bad, good = CASES[rule]
    assert controls(_device(bad))[rule] == "fail", rule
    got = controls(_device(good))[rule]
    assert got in ("pass", "n/a: no TACACS+/RADIUS servers configured"), (rule, got)


def test_every_check_has_cases() -> None:
    missing = set(CHECKS) - set(CASES) - {"MGMT-008", "CRY-011"}
    assert not missing


def test_iron_rule_unknown_when_the_dialect_does_not_model_the_feature() -> None:
    bare = Device("x", "x.cfg", "cisco_ios", features=frozenset({"hostname"}))
    verdicts = evaluate(bare)
    for rule, vs in verdicts.items():
        assert all(v.status in ("unknown", "n/a") for v in vs), (rule, vs)


def test_not_applicable_to_other_vendors() -> None:
    dev = Device("x", "x.cfg", "juniper_junos", features=get("cisco_ios").features)
    assert controls(dev)["CP-002"].startswith("n/a")


def test_inactive_channels_are_downgraded_not_hidden() -> None:
    from untapped.analyses.taps import channel_findings
    from untapped.model.results import Channel

    live = Channel(0, "r1", "r1.cfg", 5, "mirror-erspan", "198.51.100.9", trust="external")
    shut = Channel(
        0,
        "r1",
        "r1.cfg",
        5,
        "mirror-erspan",
        "198.51.100.9",
        trust="external",
        attrs={"shutdown": "yes"},
    )
    [a] = list(channel_findings(live))
    [b] = list(channel_findings(shut))
    assert (a.rule, a.severity) == ("TAP-003", "critical")
    assert (b.rule, b.severity) == ("TAP-003", "medium") and "[inactive: shut down]" in b.message
