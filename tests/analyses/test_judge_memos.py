"""The judge stage's shortcuts give what the plain computation gives.

- `OwnerCheck` unites only the owner's networks that meet a condition: its examples are those of
  the union of all the owner's networks;
- `WaiverIndex` answers as `Policy.waiver_for`;
- channel messages are remembered per template and the facts they say;
- `Judge.trust` remembers the trust of each (kind, IP destination) but never whether the address
  is the device's own, nor anything about destinations that are not addresses.
"""

from __future__ import annotations

import ipaddress
import random

import pytest

from untapped.analyses.channels import (
    Judge,
    NetSet,
    collapse_networks,
    collapse_prefixes,
    prefix_network,
    prefix_text,
    prefixes_of,
)
from untapped.analyses.mgmt_acl import OwnerCheck
from untapped.analyses.packets import PacketSpace
from untapped.model.results import Channel
from untapped.policy import IPNet, WaiverIndex, parse_policy

OWNER = [
    "10.1.0.0/24",
    "10.1.1.0/25",
    "10.1.3.0/24",
    "10.9.0.128/26",
    "172.16.0.0/16",
    "192.168.7.4/30",
    "2001:db8:1::/48",
    "2001:db8:2:10::/64",
]


def _plain_example(owner: list[IPNet], cond: str) -> str | None:
    """One condition against the union of ALL the owner's networks of its family."""
    parts = cond.replace("/", " ").split()
    addr, wc = parts[0], parts[1] if len(parts) > 1 else None
    family = "ipv6" if ":" in addr else "ipv4"
    space = PacketSpace(family)
    owned = space.false
    for net in owner:
        if (net.version == 4) == (family == "ipv4"):
            owned = owned | space.network("src", net)
    try:
        node = space.address("src", addr, wc)
    except ValueError:
        return None
    pkt = space.example(node & ~owned)
    if pkt is None:
        return None
    make = ipaddress.IPv4Address if family == "ipv4" else ipaddress.IPv6Address
    return str(make(pkt["src"]))


def _conditions() -> list[str]:
    rnd = random.Random(7)
    conds = [
        "10.1.0.0 0.0.0.255",  # all owned
        "10.1.0.0 0.0.1.255",  # half owned: 10.1.1.128 is not
        "10.1.0.0 0.0.3.255",
        "10.1.0.0/22",
        "10.0.0.0 0.255.255.255",
        "10.1.0.5",
        "10.2.0.5",
        "10.1.0.0 0.0.255.0",  # non-contiguous wildcard
        "0.0.0.0 255.255.255.255",
        "172.16.4.0 0.0.3.255",
        "192.168.7.0 0.0.0.7",
        "2001:db8:1:: 48",
        "2001:db8:: 32",
        "2001:db8:2:10:: 60",
        "not-an-address",
        "10.1.0.0 bogus",
    ]
    for _ in range(60):
        base = rnd.choice([0x0A010000, 0x0A090080, 0xAC100000, 0xC0A80704])
        value = base + rnd.randrange(1024)
        wc = rnd.getrandbits(rnd.choice([2, 8, 12])) if rnd.random() < 0.5 else rnd.getrandbits(32)
        conds.append(f"{ipaddress.IPv4Address(value)} {ipaddress.IPv4Address(wc & 0xFFFFFFFF)}")
    return conds


def test_owner_check_examples_are_those_of_the_whole_owner_space() -> None:
    owner = collapse_networks(OWNER)
    check = OwnerCheck(prefixes_of(owner))
    conds = _conditions()
    got = [check.example_outside((c,)) for c in conds]
    assert got == [_plain_example(owner, c) for c in conds]
    assert got[0] is None and got[1] == "10.1.1.128"
    # several conditions: the first one reaching outside gives the example
    assert check.example_outside(("10.1.0.0 0.0.0.255", "10.2.0.0 0.0.0.255")) == "10.2.0.0"
    # the same set of networks met is united once
    assert len(check._owned) < len(conds)


def _channel(device: str, kind: str, dest: str | None) -> Channel:
    return Channel(0, device, f"{device}.cfg", 1, kind, dest)


@pytest.mark.parametrize("inferred", [True, False])
def test_trust_memo_keeps_what_depends_on_the_device(inferred: bool) -> None:
    pol = parse_policy(
        "[owner]\nnetworks = ['10.0.0.0/8']\n[trusted]\nlog_hosts = ['10.9.0.20', 'loghost']\n"
        if not inferred
        else ""
    )
    judge = Judge(pol, collapse_networks(["10.0.0.0/8"]))
    local_a, ifaces_a = {"10.9.0.20", "10.1.1.1"}, {"GigabitEthernet0/1"}
    local_b, ifaces_b = {"10.1.2.1"}, {"Tunnel5"}
    for _ in range(2):  # the second round answers from the memo
        # the same address is the device's own on A, a receiver on B
        assert judge.trust(_channel("a", "syslog", "10.9.0.20"), local_a, ifaces_a) == "local"
        assert judge.trust(_channel("b", "syslog", "10.9.0.20"), local_b, ifaces_b) == (
            "internal" if inferred else "trusted"
        )
        # trust is per kind of channel: the policy approves 10.9.0.20 for syslog only
        assert judge.trust(_channel("b", "ntp", "10.9.0.20"), local_b, ifaces_b) == "internal"
        assert judge.trust(_channel("b", "ntp", "127.0.0.1"), local_b, ifaces_b) == "local"
        assert judge.trust(_channel("b", "ntp", "192.168.1.1"), local_b, ifaces_b) == (
            "unknown" if inferred else "external"
        )
        assert judge.trust(_channel("b", "ntp", "8.8.8.8"), local_b, ifaces_b) == "external"
        # names are not addresses: an interface of B is local on B only
        assert judge.trust(_channel("b", "tunnel", "Tunnel5"), local_b, ifaces_b) == "local"
        assert judge.trust(_channel("a", "tunnel", "Tunnel5"), local_a, ifaces_a) == "unknown"
        assert judge.trust(_channel("a", "syslog", "loghost"), local_a, ifaces_a) == (
            "unknown" if inferred else "trusted"
        )


def test_waiver_index_answers_as_the_policy() -> None:
    pol = parse_policy(
        "[[waiver]]\nrule = 'EXF-0*'\ndevice = 'edge-*'\nreason = 'a'\nexpires = 2020-01-01\n"
        "[[waiver]]\nrule = 'EXF-008'\ndevice = 'edge-1'\nreason = 'shadowed by the first'\n"
        "[[waiver]]\nrule = 'TAP-00?'\ndevice = '*'\nreason = 'c'\n"
        "[[waiver]]\nrule = '*'\ndevice = 'lab-[0-9]'\nreason = 'd'\n"
    )
    index = WaiverIndex(pol.waivers)
    rules = ["EXF-008", "EXF-010", "TAP-001", "TAP-010", "MGMT-006", "exf-008"]
    devices = ["edge-1", "edge-22", "core-1", "lab-3", "lab-33", "EDGE-1"]
    for _ in range(2):  # the second round answers from the memo
        for rule in rules:
            for device in devices:
                assert index.waiver_for(rule, device) is pol.waiver_for(rule, device)
    # the first matching waiver wins even when expired (the finding is then not waived)
    assert index.waiver_for("EXF-008", "edge-1") is pol.waivers[0]
    assert index.waiver_for("MGMT-006", "core-1") is None


def test_prefixes_are_the_networks() -> None:
    texts = [*OWNER, "10.1.1.128/25", "10.1.2.0/24", "0.0.0.0/0", "::/0", "fe80::1/64", "bad/8"]
    for some in (OWNER, texts):
        nets = collapse_networks(some)
        prefixes = collapse_prefixes(some)
        assert [prefix_network(p) for p in prefixes] == nets
        assert [prefix_text(p) for p in prefixes] == [str(n) for n in nets]
        assert prefixes_of(nets) == prefixes
        by_nets, by_prefixes = NetSet(nets), NetSet(prefixes=prefixes)
        for ip in ("10.1.1.200", "10.1.2.3", "172.16.9.9", "8.8.8.8", "2001:db8:1::5", "2001::1"):
            addr = ipaddress.ip_address(ip)
            assert (addr in by_nets) == (addr in by_prefixes)
    assert prefix_text((4, 0, 0)) == "0.0.0.0/0"
    assert prefix_text((4, 0xFFFFFFFF, 32)) == "255.255.255.255/32"


def test_judge_orders_findings_as_one_stable_sort() -> None:
    """Findings come out as a stable sort by Finding.sort_key of the order they were made in
    (the judge sorts per (device, file) group), expired-waiver findings (device "*") included."""
    import datetime as dt

    from untapped.analyses.taps import RawFinding
    from untapped.model.core import LineCounts
    from untapped.model.results import DeviceSummary, Finding
    from untapped.pipeline import DeviceWork, judge

    rnd = random.Random(3)
    rules = ["EXF-006", "EXF-007", "CRY-004", "CP-007", "HYG-003"]
    made = 0
    works = []
    # device names repeat across files, files are not in name order, one device is named "!"
    for name, file in [("r2", "b.cfg"), ("r1", "c.cfg"), ("r2", "a.cfg"), ("!", "d.cfg")]:
        raws = []
        for _ in range(40):
            raws.append(RawFinding(rnd.choice(rules), "medium", rnd.randrange(1, 6), f"#{made}"))
            made += 1
        summary = DeviceSummary(name, file, "cisco_ios", LineCounts(10, 10))
        works.append(DeviceWork(summary, [], [], raws, [], [], []))
    pol = parse_policy(
        "[[waiver]]\nrule = 'HYG-*'\ndevice = 'nowhere'\nreason = 'r'\nexpires = 2020-01-01\n"
        "[[waiver]]\nrule = 'CP-*'\ndevice = 'nowhere'\nreason = 'r'\nexpires = 2020-01-02\n",
        "untapped.toml",
    )
    result = judge("x", works, pol, dt.date(2026, 11, 27))

    def made_at(f: Finding) -> int:
        return int(f.message[1:]) if f.message.startswith("#") else made + f.line

    expected = sorted(result.findings, key=lambda f: (f.sort_key(), made_at(f)))
    assert [made_at(f) for f in result.findings] == [made_at(f) for f in expected]
    assert len(result.findings) == made + 2


def test_channel_messages_remembered_per_facts() -> None:
    from untapped.analyses import taps

    template = "{attrs[protocol]} server {dest} receives credentials, {trust} ({attrs[none]})"
    a = Channel(0, "r1", "r1.cfg", 3, "aaa-server", "10.0.0.1", attrs={"protocol": "tacacs+"})
    b = Channel(1, "r2", "r2.cfg", 9, "aaa-server", "10.0.0.1", attrs={"protocol": "radius"})
    for _ in range(2):  # the second round answers from the memo
        assert taps.describe(template, a) == (
            "tacacs+ server 10.0.0.1 receives credentials, "
            "not judged (no policy says whose it is) (-)"
        )
        assert taps.describe(template, b).startswith("radius server 10.0.0.1")
        a.trust = "external"  # what the message says changes with the trust
        assert taps.describe("Syslog sent to {dest}, {trust}", a) == (
            "Syslog sent to 10.0.0.1, outside the owner's networks"
        )
        a.trust = "unknown"


@pytest.mark.parametrize("enabled", [True, False])
def test_judge_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    import datetime as dt
    import gc

    from untapped.pipeline import judge
    from untapped.policy import Policy

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        judge("x", [], Policy(), dt.date(2026, 11, 27))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_v4_value_is_v4_int() -> None:
    from untapped.analyses.channels import _v4_int, _v4_value

    rnd = random.Random(5)
    cases = ["10.1.2.3", "010.1.2.3", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.04", "0.0.0.0"]
    cases += ["255.255.255.255", "+1.2.3.4", "1.2.3.-4", "", "1.2.3.4\x00", "1..2.3", "1.2.3.4 "]
    cases += ["\u0661.2.3.4", "00.0.0.0"]
    for _ in range(2000):
        parts = [rnd.choice([str(rnd.randrange(300)), f"0{rnd.randrange(99)}", "", "x", "1111"])]
        parts += [str(rnd.randrange(300)) for _ in range(rnd.choice([2, 3, 3, 4]))]
        cases.append(".".join(parts))
    for text in cases:
        assert _v4_value(text) == _v4_int(text), text
