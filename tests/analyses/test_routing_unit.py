"""Unit tests of the control plane: recursive statics, discard routes, VRF leaking, lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from untapped.analyses.routing import compute
from untapped.analyses.routing.model import DataPlane
from untapped.collect.files import Artifact
from untapped.dialects import get
from untapped.model.device import Device


def parse(text: str, dialect: str = "cisco_ios", name: str = "x.cfg") -> Device:
    return get(dialect).parse(Artifact(name, text)).device


def net(*texts: str, dialect: str = "cisco_ios") -> DataPlane:
    return compute([parse(t, dialect, f"d{i}.cfg") for i, t in enumerate(texts)])


R1 = """hostname r1
interface Loopback0
 ip address 10.255.0.1 255.255.255.255
interface GigabitEthernet0/0
 ip address 10.0.12.1 255.255.255.252
ip route 10.2.0.0 255.255.0.0 10.0.12.2
ip route 10.3.0.0 255.255.0.0 10.2.3.1
ip route 10.4.0.0 255.255.0.0 10.77.0.1
ip route 10.6.0.0 255.255.0.0 Null0
ip route 10.7.0.0 255.255.0.0 10.7.1.1
"""


def acts(dp: DataPlane, dev: str, addr: str, vrf: str = "default") -> list[tuple[object, ...]]:
    return [(e.action, e.interface, e.next_hop_ip) for e in dp.lookup(dev, vrf, addr)]


def test_recursive_static_resolves_to_the_connected_interface() -> None:
    dp = net(R1)
    assert acts(dp, "r1", "10.3.9.9") == [("forward", "GigabitEthernet0/0", "10.0.12.2")]
    assert acts(dp, "r1", "10.2.0.1") == [("forward", "GigabitEthernet0/0", "10.0.12.2")]


def test_unresolvable_and_self_resolving_statics_are_not_installed() -> None:
    dp = net(R1)
    prefixes = {r.prefix for r in dp.ribs[("r1", "default")]}
    assert "10.4.0.0/16" not in prefixes  # next hop unknown
    assert "10.7.0.0/16" not in prefixes  # next hop only inside itself
    assert acts(dp, "r1", "10.4.0.1") == []


def test_null0_drops_and_local_receives() -> None:
    dp = net(R1)
    assert acts(dp, "r1", "10.6.1.1") == [("drop", None, None)]
    assert acts(dp, "r1", "10.255.0.1")[0][0] == "receive"
    assert acts(dp, "r1", "10.0.12.1")[0][0] == "receive"
    assert dp.owner_of("10.0.12.1") == [("r1", "GigabitEthernet0/0")]
    assert dp.lookup("r1", "default", int.from_bytes(bytes([10, 6, 0, 1]), "big"))[0].action == (
        "drop"
    )


def test_floating_static_and_vrf_leak() -> None:
    text = """hostname r1
vrf definition CUST
 address-family ipv4
interface GigabitEthernet0/0
 ip address 10.0.12.1 255.255.255.252
interface GigabitEthernet0/1
 vrf forwarding CUST
 ip address 172.16.1.1 255.255.255.0
ip route 192.0.2.0 255.255.255.0 10.0.12.2 250
ip route 192.0.2.0 255.255.255.0 Null0 254
ip route vrf CUST 0.0.0.0 0.0.0.0 10.0.12.2 global
"""
    dp = net(text)
    rib = {r.prefix: r for r in dp.ribs[("r1", "default")]}
    assert rib["192.0.2.0/24"].admin_distance == 250
    assert acts(dp, "r1", "8.8.8.8", "CUST") == [("forward", "GigabitEthernet0/0", "10.0.12.2")]
    assert dp.interface_vrf("r1", "GigabitEthernet0/1") == "CUST"


def test_ipv6_connected_and_static() -> None:
    text = """hostname r6
interface GigabitEthernet0/0
 ipv6 address 2001:db8:1::1/64
ipv6 route 2001:db8:99::/48 2001:db8:1::2
"""
    dp = net(text)
    prefixes = {(r.prefix, r.protocol) for r in dp.ribs[("r6", "default")]}
    assert ("2001:db8:1::/64", "connected") in prefixes
    assert ("2001:db8:1::1/128", "local") in prefixes
    assert ("2001:db8:99::/48", "static") in prefixes
    assert acts(dp, "r6", "2001:db8:99::5") == [("forward", "GigabitEthernet0/0", "2001:db8:1::2")]


def test_unsupported_protocols_mark_the_device_partial() -> None:
    text = """hostname r9
interface GigabitEthernet0/0
 ip address 10.0.0.1 255.255.255.0
router eigrp 10
 network 10.0.0.0
"""
    dp = net(text)
    st = dp.status["r9"]
    assert st.status == "partial"
    assert any(u.startswith("eigrp 10") for u in st.unsupported)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_layer1_file_restricts_edges(tmp_path: Path, fmt: str) -> None:
    from untapped.analyses.routing import infer_edges, load_layer1

    a = parse("hostname a\ninterface Gi0/0\n ip address 10.0.0.1 255.255.255.0\n", name="a")
    b = parse("hostname b\ninterface Gi0/0\n ip address 10.0.0.2 255.255.255.0\n", name="b")
    c = parse("hostname c\ninterface Gi0/0\n ip address 10.0.0.3 255.255.255.0\n", name="c")
    assert len(infer_edges([a, b, c])) == 3
    f = tmp_path / "l1"
    if fmt == "csv":
        f.write_text("# cabling\na,Gi0/0,b,Gi0/0\n")
    else:
        f.write_text(
            '{"edges": [{"node1": {"hostname": "a", "interfaceName": "Gi0/0"},'
            ' "node2": {"hostname": "b", "interfaceName": "Gi0/0"}}]}'
        )
    edges = infer_edges([a, b, c], load_layer1(f))
    assert [(e.device1, e.device2, e.source) for e in edges] == [("a", "b", "layer1")]


def _ospf_pair(r1_extra: str, ref: str = "") -> DataPlane:
    r1 = f"""hostname r1
interface Tunnel1
 ip address 10.9.0.1 255.255.255.252
{r1_extra}interface Serial0/0
 ip address 10.8.0.1 255.255.255.252
router ospf 1
{ref} network 10.0.0.0 0.255.255.255 area 0
"""
    r2 = """hostname r2
interface Tunnel1
 ip address 10.9.0.2 255.255.255.252
interface Serial0/0
 ip address 10.8.0.2 255.255.255.252
interface Loopback0
 ip address 10.255.0.2 255.255.255.255
router ospf 1
 network 10.0.0.0 0.255.255.255 area 0
"""
    return net(r1, r2)


def _metrics(dp: DataPlane, prefix: str) -> set[tuple[str | None, int]]:
    return {
        (r.next_hop_interface, r.metric)
        for r in dp.ribs[("r1", "default")]
        if r.prefix == prefix and r.protocol == "ospf"
    }


def test_ospf_default_costs_of_tunnels_and_serial_lines() -> None:
    # IOS: tunnel 100 kbit/s -> cost 1000; serial T1 1,544 kbit/s -> cost 64; loopback 1.
    assert _metrics(_ospf_pair(""), "10.255.0.2/32") == {("Serial0/0", 65)}


def test_ospf_cost_follows_the_configured_bandwidth() -> None:
    dp = _ospf_pair(" bandwidth 100000\n")  # the tunnel at 100 Mbit/s: cost 1
    assert _metrics(dp, "10.255.0.2/32") == {("Tunnel1", 2)}


def test_ospf_cost_is_capped_at_65535() -> None:
    # reference 100 Gbit/s over a 100 kbit/s tunnel would be 1,000,000: capped at 65,535.
    dp = _ospf_pair(" bandwidth 100000\n", ref=" auto-cost reference-bandwidth 100000\n")
    assert _metrics(dp, "10.255.0.2/32") == {("Tunnel1", 1001)}
    dp = _ospf_pair(" bandwidth 1\n", ref=" auto-cost reference-bandwidth 100000\n")
    # tunnel: min(65535, 100e9/1e3) = 65535; serial: 100e9/1.544e6 = 64766; serial wins
    assert _metrics(dp, "10.255.0.2/32") == {("Serial0/0", 64767)}


def test_ospf_cost_formula_is_capped_at_65535() -> None:
    from untapped.analyses.routing.distance import ospf_cost

    assert ospf_cost("cisco_ios", "Tunnel1", 100_000) == 65_535
    assert ospf_cost("cisco_ios", "Tunnel1", None) == 1000
    assert ospf_cost("cisco_ios", "GigabitEthernet0/0", None) == 1
    assert ospf_cost("cisco_ios", "GigabitEthernet0/0", 100_000, configured_kbps=10_000) == 10_000
