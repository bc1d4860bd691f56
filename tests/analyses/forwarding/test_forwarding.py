"""trace and reach over a hand-built data plane (connected + static routes), and the property
that ties them: reach's sets and trace's dispositions agree packet by packet."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analyses.forwarding.util import parse_ios, simple_dataplane
from untapped.analyses.forwarding.engine import Forwarder
from untapped.analyses.forwarding.network import Net
from untapped.analyses.forwarding.reach import Propagation, Sink, reach
from untapped.analyses.forwarding.trace import Start, trace, trace_packet

R1 = """hostname r1
interface GigabitEthernet0/0
 ip address 10.1.0.1 255.255.255.0
 ip access-group IN1 in
interface GigabitEthernet0/1
 ip address 10.0.12.1 255.255.255.252
ip route 10.2.0.0 255.255.0.0 10.0.12.2
ip route 0.0.0.0 0.0.0.0 10.0.12.2
ip access-list extended IN1
 deny tcp any any eq 23
 permit ip any any
"""
R2 = """hostname r2
interface GigabitEthernet0/0
 ip address 10.2.0.1 255.255.0.0
 ip access-group OUT2 out
interface GigabitEthernet0/1
 ip address 10.0.12.2 255.255.255.252
interface GigabitEthernet0/2
 ip address 192.0.2.1 255.255.255.252
ip route 10.1.0.0 255.255.255.0 10.0.12.1
ip route 0.0.0.0 0.0.0.0 192.0.2.2
ip route 10.99.0.0 255.255.0.0 Null0
ip access-list extended OUT2
 permit tcp 10.1.0.0 0.0.0.255 any eq 22
 permit tcp 10.1.0.0 0.0.0.255 any range 80 443
"""


def _net(status: dict[str, str] | None = None) -> Net:
    devs = [parse_ios("r1", R1), parse_ios("r2", R2)]
    return Net(devs, simple_dataplane(devs, status))


def _disp(doc: dict, i: int = 0) -> tuple:
    d = doc["paths"][i]["disposition"]
    return d["kind"], d["device"], d["interface"], d["acl"], d["line"]


def test_trace_dispositions() -> None:
    net = _net()
    fw = Forwarder(net)
    t = lambda dst, port: _disp(trace(net, "10.1.0.5", dst, "tcp", None, port, fw=fw))  # noqa: E731
    assert t("10.2.3.4", 22) == ("delivered", "r2", "GigabitEthernet0/0", None, None)
    assert t("10.2.3.4", 23) == ("denied", "r1", "GigabitEthernet0/0", "IN1", 10)
    assert t("10.2.3.4", 25) == ("denied", "r2", "GigabitEthernet0/0", "OUT2", 0)
    assert t("8.8.8.8", 80)[:3] == ("exits", "r2", "GigabitEthernet0/2")
    assert t("10.99.1.1", 80)[:2] == ("null-routed", "r2")
    assert t("10.0.12.2", 22)[:3] == ("accepted", "r2", "GigabitEthernet0/1")
    doc = trace(net, "r2", "10.1.0.9", "udp", None, 53, fw=fw)
    assert doc["start"] == {"device": "r2", "vrf": "default", "interface": None}
    assert _disp(doc)[:3] == ("delivered", "r1", "GigabitEthernet0/0")


def test_trace_unknown_when_routes_not_trusted() -> None:
    net = _net({"r2": "partial"})
    doc = trace(net, "10.1.0.5", "10.2.3.4", "tcp", None, 22)
    d = doc["paths"][0]["disposition"]
    assert d["kind"] == "unknown" and "partial" in d["reason"]


def test_reach_summaries_and_examples() -> None:
    net = _net()
    doc = reach(net, "10.1.0.0/24", "10.2.0.0/16")
    assert doc["status"] == "ok"
    texts = [r["header_space"] for r in doc["reachable"]]
    assert "dst 10.2.0.0/16 except 10.2.0.1/32 tcp dport 22,80-443 from src 10.1.0.0/24" in texts
    assert all(r["verified"] for r in doc["reachable"])
    acls = {(b["acl"], b["direction"]) for b in doc["blocked"]}
    assert acls == {("IN1", "in"), ("OUT2", "out")}
    out = reach(net, "r1:GigabitEthernet0/0", "outside", proto="udp")
    assert [r["header_space"] for r in out["reachable"]]
    assert all("udp" in r["header_space"] for r in out["reachable"])


def test_reach_unknown_status() -> None:
    doc = reach(_net({"r2": "not-converged"}), "10.1.0.0/24", "10.2.0.0/16")
    assert doc["status"] == "unknown" and doc["reachable"] == []


# ---- property: reach and trace agree -------------------------------------------------------
PREFIXES = ["10.2.0.0 0.0.255.255", "10.2.1.0 0.0.0.255", "10.3.0.0 0.0.255.255", "any"]
PORTS = ["", " eq 22", " eq 80", " range 1000 2000", " gt 1023"]


def _random_network(seed: int) -> Net:
    rnd = random.Random(seed)

    def acl(name: str) -> str:
        lines = [f"ip access-list extended {name}"]
        for _ in range(rnd.randint(1, 5)):
            proto = rnd.choice(["ip", "tcp", "udp"])
            dst = rnd.choice(PREFIXES)
            dst = dst if dst == "any" else f"{dst.split()[0]} {dst.split()[1]}"
            port = rnd.choice(PORTS) if proto != "ip" else ""
            lines.append(f" {rnd.choice(['permit', 'deny'])} {proto} any {dst}{port}")
        if rnd.random() < 0.5:
            lines.append(" permit ip any any")
        return "\n".join(lines) + "\n"

    r1 = R1.replace(" deny tcp any any eq 23\n permit ip any any\n", "")
    r1 = r1.replace("ip access-list extended IN1\n", acl("IN1"))
    r2 = R2.split("ip access-list extended OUT2")[0] + acl("OUT2")
    r2 += "interface GigabitEthernet0/3\n ip address 10.3.0.1 255.255.0.0\n"
    if rnd.random() < 0.5:
        r2 += "ip route 10.2.1.0 255.255.255.0 Null0\n"
    if rnd.random() < 0.5:
        r1 = r1.replace("ip route 10.2.0.0 255.255.0.0 10.0.12.2\n", "")
        r1 += "ip route 10.3.0.0 255.255.0.0 10.0.12.2\n"
    devs = [parse_ios("r1", r1), parse_ios("r2", r2)]
    return Net(devs, simple_dataplane(devs))


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), packets=st.lists(st.integers(0, 2**32 - 1), min_size=8))
def test_reach_and_trace_agree(seed: int, packets: list[int]) -> None:
    net = _random_network(seed)
    fw = Forwarder(net)
    s = fw.s
    start = Start("r1", "default", "GigabitEthernet0/0")
    prop = Propagation(fw)
    prop.run(start, s.prefix("src", 0x0A010000, 24))
    delivered = {k: v for k, v in prop.sinks.items() if k.kind == "delivered"}
    # every example of reach is delivered by trace
    for sink, node in delivered.items():
        pkt = s.example(node)
        assert pkt is not None
        kinds = {
            (p["disposition"]["kind"], p["disposition"]["device"], p["disposition"]["interface"])
            for p in trace_packet(fw, start, pkt)
        }
        assert ("delivered", sink.device, sink.interface) in kinds
    # random packets: trace delivers exactly those in reach's delivered sets
    rnd = random.Random(seed)
    for value in packets:
        dst = rnd.choice([0x0A020000, 0x0A020100, 0x0A030000, 0x08080800]) | (value & 0x1FF)
        pkt = {
            "proto": rnd.choice([6, 17, 1]),
            "src": 0x0A010000 | (value >> 24),
            "dst": dst,
            "sport": value & 0xFFFF,
            "dport": rnd.choice([22, 80, 1500, 5000, 23]),
            "flags": 2,
            "icmp_type": 8,
            "icmp_code": 0,
        }
        cube = fw.cube(pkt)
        for p in trace_packet(fw, start, pkt):
            d = p["disposition"]
            if d["kind"] == "delivered":
                sink = Sink("delivered", d["device"], d["interface"])
                assert sink in delivered and (cube & ~delivered[sink]) == s.false
            else:
                for node in delivered.values():
                    assert (cube & node) == s.false
