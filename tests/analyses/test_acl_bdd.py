"""ACL analysis against two oracles: a brute-force first-match evaluator on concrete packets, and
the pure-Python dd.autoref backend (property tests with hypothesis on random ACLs)."""

from __future__ import annotations

import ipaddress
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from untapped.analyses.acl import action_sets, unreachable_lines
from untapped.analyses.packets import TCP_FLAG_BITS, PacketSpace
from untapped.model.core import Span
from untapped.model.device import Device
from untapped.model.filters import Acl, AclEntry, AddrMatch, PortMatch

PROTOS = {"ip": None, "tcp": 6, "udp": 17, "icmp": 1}
ADDRS = [
    AddrMatch("any"),
    AddrMatch("host", "10.0.0.1"),
    AddrMatch("host", "10.0.1.5"),
    AddrMatch("wildcard", "10.0.0.0", "0.0.0.255"),
    AddrMatch("wildcard", "10.0.0.0", "0.0.255.255"),
    AddrMatch("wildcard", "10.0.0.0", "0.255.0.255"),  # non-contiguous
    AddrMatch("wildcard", "192.168.0.0", "0.0.255.255"),
    AddrMatch("wildcard", "0.0.0.1", "255.255.255.254"),  # odd addresses
]
PORTS = [
    None,
    PortMatch("eq", (22,)),
    PortMatch("eq", (22, 23)),
    PortMatch("range", (20, 30)),
    PortMatch("lt", (1024,)),
    PortMatch("gt", (1023,)),
    PortMatch("neq", (80,)),
]


def entries_strategy() -> Any:
    entry = st.tuples(
        st.sampled_from(["permit", "deny"]),
        st.sampled_from(list(PROTOS)),
        st.sampled_from(range(len(ADDRS))),
        st.sampled_from(range(len(ADDRS))),
        st.sampled_from(range(len(PORTS))),
        st.booleans(),
    )
    return st.lists(entry, min_size=1, max_size=12)


def make_acl(spec: list[tuple[str, str, int, int, int, bool]]) -> Acl:
    acl = Acl("T", Span("t.cfg", 1))
    for n, (action, proto, s, d, p, est) in enumerate(spec, 1):
        l4 = proto in ("tcp", "udp")
        acl.entries.append(
            AclEntry(
                Span("t.cfg", n + 1),
                f"line {n}",
                action,
                protocol=proto,
                src=ADDRS[s],
                dst=ADDRS[d],
                dst_ports=PORTS[p] if l4 else None,
                established=est and proto == "tcp",
            )
        )
    return acl


def addr_match(m: AddrMatch, value: int) -> bool:
    if m.kind == "any":
        return True
    base = int(ipaddress.IPv4Address(m.address or "0.0.0.0"))
    if m.kind == "host":
        return value == base
    wc = int(ipaddress.IPv4Address(m.wildcard or "0.0.0.0"))
    return (value & ~wc) == (base & ~wc)


def port_match(pm: PortMatch | None, value: int) -> bool:
    if pm is None:
        return True
    if pm.op == "eq":
        return value in pm.ports
    if pm.op == "neq":
        return value not in pm.ports
    if pm.op == "lt":
        return value < pm.ports[0]
    if pm.op == "gt":
        return value > pm.ports[0]
    return pm.ports[0] <= value <= pm.ports[1]


def entry_match(e: AclEntry, pkt: dict[str, int]) -> bool:
    num = PROTOS[e.protocol]
    if num is not None and pkt["proto"] != num:
        return False
    if not (addr_match(e.src, pkt["src"]) and addr_match(e.dst, pkt["dst"])):
        return False
    if e.dst_ports is not None and (
        pkt["proto"] not in (6, 17) or not port_match(e.dst_ports, pkt["dport"])
    ):
        return False
    if e.established:
        ack = pkt["flags"] >> (5 - TCP_FLAG_BITS["ack"]) & 1
        rst = pkt["flags"] >> (5 - TCP_FLAG_BITS["rst"]) & 1
        if pkt["proto"] != 6 or not (ack or rst):
            return False
    return True


def first_match(acl: Acl, pkt: dict[str, int]) -> int | None:
    for i, e in enumerate(acl.entries):
        if entry_match(e, pkt):
            return i
    return None


def random_packet(rng: random.Random) -> dict[str, int]:
    pool = [
        int(ipaddress.IPv4Address(a))
        for a in (
            "10.0.0.1",
            "10.0.1.5",
            "10.0.0.7",
            "10.3.0.9",
            "192.168.4.4",
            "8.8.8.8",
            "10.0.0.0",
        )
    ]
    return {
        "proto": rng.choice([6, 17, 1, 47]),
        "src": rng.choice(pool),
        "dst": rng.choice(pool),
        "sport": rng.randrange(65536),
        "dport": rng.choice([22, 23, 25, 80, 1023, 1024, 443, 20]),
        "flags": rng.randrange(64),
        "icmp_type": 0,
        "icmp_code": 0,
    }


def contains(space: PacketSpace, node: Any, pkt: dict[str, int]) -> bool:
    single = space.true
    for f, v in pkt.items():
        single = single & space.eq(f, v)
    return (single & node) != space.false


DEV = Device("t", "t.cfg", "cisco_ios")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries_strategy(), st.integers(0, 2**32))
def test_permit_set_matches_first_match_semantics(spec: Any, seed: int) -> None:
    acl = make_acl(spec)
    space = PacketSpace("ipv4")
    permit, _, exact = action_sets(space, DEV, acl)
    assert exact
    rng = random.Random(seed)
    for _ in range(40):
        pkt = random_packet(rng)
        hit = first_match(acl, pkt)
        expected = hit is not None and acl.entries[hit].action == "permit"
        assert contains(space, permit, pkt) == expected, (pkt, hit)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries_strategy())
def test_cudd_and_autoref_agree(spec: Any) -> None:
    acl = make_acl(spec)
    a = unreachable_lines(PacketSpace("ipv4", "cudd"), DEV, acl)
    b = unreachable_lines(PacketSpace("ipv4", "autoref"), DEV, acl)
    assert [(u.index, u.reason) for u in a.unreachable] == [
        (u.index, u.reason) for u in b.unreachable
    ]
    assert [[x[0] for x in u.blocking] for u in a.unreachable] == [
        [x[0] for x in u.blocking] for u in b.unreachable
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries_strategy())
def test_unreachable_lines_never_decide_a_packet(spec: Any) -> None:
    """Every packet an unreachable line matches is decided by an earlier line (sampled from the
    line's own packet set)."""
    acl = make_acl(spec)
    space = PacketSpace("ipv4")
    report = unreachable_lines(space, DEV, acl)
    from untapped.analyses.acl import compile_acl

    compiled = {c.index: c for c in compile_acl(space, DEV, acl)[0]}
    for u in report.unreachable:
        node = compiled[u.index].match
        pkt = space.example(node)
        if pkt is None:
            assert u.reason == "empty"
            continue
        hit = first_match(acl, pkt)
        assert hit is not None and hit < u.index - 1, (u, pkt, hit)
        blockers = {b[0] for b in u.blocking}
        assert blockers and max(blockers) < u.index


def test_reachable_lines_are_not_reported() -> None:
    acl = make_acl([("permit", "tcp", 1, 0, 1, False), ("permit", "tcp", 3, 0, 1, False)])
    report = unreachable_lines(PacketSpace(), DEV, acl)
    assert report.unreachable == []


def test_non_contiguous_wildcard_is_exact() -> None:
    # 10.0.0.0 0.255.0.255 matches 10.x.0.y only: 10.1.1.1 is not in it
    acl = make_acl([("permit", "ip", 5, 0, 0, False)])
    space = PacketSpace()
    permit, _, _ = action_sets(space, DEV, acl)
    base = {
        "proto": 6,
        "dst": 1,
        "sport": 1,
        "dport": 1,
        "flags": 0,
        "icmp_type": 0,
        "icmp_code": 0,
    }
    assert contains(space, permit, dict(base, src=int(ipaddress.IPv4Address("10.7.0.9"))))
    assert not contains(space, permit, dict(base, src=int(ipaddress.IPv4Address("10.1.1.1"))))


def test_ipv6_acl_shadowing_from_parsed_config() -> None:
    from untapped.collect.files import Artifact
    from untapped.dialects import get

    cfg = (
        "version 15.2\nhostname r6\nipv6 access-list V6\n"
        " permit ipv6 2001:DB8::/32 any\n"
        " permit tcp 2001:DB8:1::/48 any eq 22\n"
        " deny ipv6 2001:DB9::/32 any\n"
        " permit ipv6 any any\nend\n"
    )
    dev = get("cisco_ios").parse(Artifact("r6.cfg", cfg)).device
    report = unreachable_lines(PacketSpace("ipv6"), dev, dev.acls["V6"])
    assert [(u.line, [b[1] for b in u.blocking]) for u in report.unreachable] == [(5, [4])]
