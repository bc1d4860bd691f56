"""Focused behaviours of the VRP-like parsing machinery (shared by VRP and Comware)."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects import get
from untapped.dialects._vrplike.automation import action_url
from untapped.model.device import ParseResult


def _parse(dialect: str, text: str) -> ParseResult:
    return get(dialect).parse(Artifact(origin="t.cfg", text=text))


def test_undo_negates() -> None:
    r = _parse("huawei_vrp", "interface GigabitEthernet0/0/1\n shutdown\n undo shutdown\n")
    assert r.device.interfaces["GigabitEthernet0/0/1"].shutdown is False
    assert r.lines.unrecognized == 0


def test_hash_closes_blocks_but_vrp_tolerates_hash_inside_bgp() -> None:
    text = (
        "bgp 100\n peer 10.0.0.2 as-number 100\n#\n ipv4-family unicast\n"
        "  peer 10.0.0.2 enable\n#\n sysname R1\n"
    )
    r = _parse("huawei_vrp", text)
    assert r.lines.unrecognized == 0
    assert r.device.name == "R1"
    assert r.device.bgp is not None
    assert r.device.bgp.neighbors[0].activated == ["ipv4-family unicast"]


def test_comware_hash_closes_interface_before_indented_global() -> None:
    text = (
        "interface GigabitEthernet1/0/1\n port link-mode bridge\n#\n"
        " ip netstream export host 10.1.1.1 9996\n"
    )
    r = _parse("h3c_comware", text)
    assert r.lines.unrecognized == 0
    assert [e.destination for e in r.device.flow_exporters] == ["10.1.1.1"]


def test_one_word_leaf_does_not_catch_unknown_subcommands() -> None:
    r = _parse("huawei_vrp", "mpls\nmpls frobnicate everything\nospfv3 1\n")
    assert r.lines.unrecognized == 1
    assert r.diagnostics[-1].text.startswith("mpls frobnicate")


def test_observe_port_binds_sources_to_session() -> None:
    text = (
        "observe-port 1 interface GigabitEthernet0/0/9\n"
        "interface GigabitEthernet0/0/1\n port-mirroring to observe-port 1 inbound\n"
    )
    sess = _parse("huawei_vrp", text).device.mirror_sessions
    assert len(sess) == 1
    assert [(s.name, s.direction) for s in sess[0].sources] == [("GigabitEthernet0/0/1", "rx")]
    assert [d.value for d in sess[0].destinations] == ["GigabitEthernet0/0/9"]


def test_comware_remote_probe_vlan_is_rspan_destination_vlan() -> None:
    text = (
        "mirroring-group 1 remote-source\n"
        "mirroring-group 1 mirroring-port GigabitEthernet1/0/1 both\n"
        "mirroring-group 1 remote-probe vlan 2\n"
    )
    sess = _parse("h3c_comware", text).device.mirror_sessions[0]
    assert sess.kind == "rspan-source"
    assert [(d.kind, d.value) for d in sess.destinations] == [("vlan", "2")]


def test_secrets_are_kept_as_secrets() -> None:
    text = (
        "aaa\n local-user a password irreversible-cipher $1a$x$\n local-user b password cipher Y\n"
    )
    users = {u.name: u for u in _parse("huawei_vrp", text).device.users}
    assert users["a"].secret is not None and users["a"].secret.kind == "irreversible"
    assert users["b"].secret is not None and users["b"].secret.reversible


def test_action_url() -> None:
    assert action_url("tftp 192.0.2.1 put vrpcfg.zip x.zip") == (
        "tftp://192.0.2.1/x.zip",
        "192.0.2.1",
    )
    assert action_url("copy flash:/a.cfg sftp://u@192.0.2.2/b")[1] == "192.0.2.2"
    assert action_url("display version") == (None, None)
