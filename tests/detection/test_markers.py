"""The detection markers added for short files: each with a fragment written here that it must
decide (positive) and one it must not move (negative)."""

from __future__ import annotations

from untapped.detect import detect
from untapped.dialects import get


def _score(dialect: str, text: str) -> float:
    return get(dialect).sniff(text).score


def test_rancid_cisco_xr_header() -> None:
    text = "!RANCID-CONTENT-TYPE: cisco-xr\nhostname pe1\n!\nrouter bgp 64500\n!\n"
    assert detect(text).dialect == "cisco_iosxr"
    # the same header names no other Cisco dialect
    assert _score("cisco_ios", text) < 0
    assert _score("frr", text) < 0


def test_rancid_cisco_header_is_ios() -> None:
    text = "!RANCID-CONTENT-TYPE: cisco\n!\nhostname edge1\n!\nrouter ospf 1\n router-id 1.1.1.1\n"
    assert detect(text).dialect == "cisco_ios"
    assert _score("cisco_iosxr", text) < _score("cisco_iosxr", text.split("\n", 1)[1])


def test_rancid_of_another_type_is_evidence_against_ios_and_xr() -> None:
    text = "!RANCID-CONTENT-TYPE: cisco-nx\nhostname n9k\n"
    assert _score("cisco_ios", text) < 0
    assert _score("cisco_iosxr", text) < 0


def test_frr_top_level_exit() -> None:
    text = "hostname r1\n!\nrouter rip\n version 2\nexit\n!\n"
    assert detect(text).dialect == "frr"
    # without the vtysh `exit`, the same block is no evidence of anything
    assert detect(text.replace("exit\n", "")).dialect == "unknown"


def test_frr_update_source_as_address() -> None:
    text = (
        "router bgp 65010\n"
        " neighbor PEERS peer-group\n"
        " neighbor PEERS remote-as 65020\n"
        " neighbor PEERS update-source 192.0.2.1\n"
        " address-family ipv4 unicast\n"
    )
    assert detect(text).dialect == "frr"
    ios_form = text.replace("update-source 192.0.2.1", "update-source Loopback0")
    assert detect(ios_form).dialect != "frr"


def test_frr_markers_against_a10_and_declared_formats() -> None:
    text = (
        "!BATFISH_FORMAT: a10_acos\nhostname lb\n!\nrouter bgp 65010\n"
        "  neighbor 192.0.2.9 update-source 192.0.2.1\n  redistribute vip only-flagged\n"
    )
    assert detect(text).dialect != "frr"
    assert _score("frr", text) < 0


def test_eos_lower_case_community_and_no_activate() -> None:
    text = (
        "spanning-tree mode mstp\n!\nsnmp-server community monitor ro\n"
        "snmp-server community admin rw\n"
    )
    assert detect(text).dialect == "arista_eos"
    ios_form = text.replace(" ro\n", " RO\n").replace(" rw\n", " RW\n")
    assert _score("arista_eos", ios_form) < _score("arista_eos", text)
    rollback = (
        "interface Ethernet4\n  description uplink\n"
        "router bgp 65100\n  address-family ipv4\n    no neighbor 192.0.2.3 activate\n"
    )
    assert detect(rollback).dialect == "arista_eos"
