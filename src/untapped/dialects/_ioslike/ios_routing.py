"""Routing-process statements IOS, NX-OS and EOS write alike (moved here from cisco_ios)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import (
    network_from_mask,
    network_from_prefix,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED, LineParser
from untapped.model.net import (
    Bgp,
    BgpAggregate,
    BgpNetwork,
    Ospf,
    OspfArea,
    OspfRange,
    Redistribution,
)


def h_ospf_area(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    proc: Ospf = obj
    area = proc.areas.setdefault(t[i], OspfArea(t[i]))
    word = t[i + 1] if i + 1 < len(t) else ""
    rest = t[i + 2 :]
    if word == "stub":
        area.kind = "totally-stub" if "no-summary" in rest else "stub"
    elif word == "nssa":
        area.kind = "totally-nssa" if "no-summary" in rest else "nssa"
        if "default-information-originate" in rest:
            area.default_lsa = True
    elif word == "default-cost":
        area.default_cost = int(rest[0])
    elif word == "authentication":
        area.auth = "message-digest" if "message-digest" in rest else "plain"
    elif word == "range":
        # area A range ADDR MASK | PREFIX (NX-OS, EOS) [advertise | not-advertise] [cost N]
        if "/" in rest[0]:
            pref = network_from_prefix(rest[0])
        else:
            pref = network_from_mask(rest[0], rest[1])
        if pref is None:
            return UNRECOGNIZED
        cost = int(rest[rest.index("cost") + 1]) if "cost" in rest else None
        area.ranges.append(OspfRange(pref, "not-advertise" not in rest, cost))
    elif word in ("virtual-link", "filter-list", "sham-link", "nssa-range"):
        for k, tok in enumerate(t):
            if tok == "prefix" and k + 1 < len(t):
                p.ref("ip prefix-list", t[k + 1], "router ospf area filter-list", ln)
    else:
        return UNRECOGNIZED
    return None


def h_router_id(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if isinstance(obj, (Ospf, Bgp)):
        obj.router_id = t[i]


def h_passive(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    proc: Ospf = obj
    if t[i] == "default":
        proc.passive_default = not neg
    elif neg:
        proc.non_passive.append("".join(t[i:]))
    else:
        proc.passive.append("".join(t[i:]))


def parse_redistribute(p: LineParser, t: list[str], i: int, ln: int, ctx: str) -> Redistribution:
    red = Redistribution(t[i])
    j = i + 1
    if j < len(t) and (
        t[j].isdigit()
        or (
            red.protocol in ("ospf", "eigrp", "isis", "bgp", "rip")
            and t[j]
            not in (
                "route-map",
                "metric",
                "subnets",
                "match",
                "metric-type",
                "tag",
                "include-connected",
                "level-1",
                "level-2",
                "level-1-2",
            )
        )
    ):
        red.process = t[j]
        j += 1
    while j < len(t):
        word = t[j]
        if word == "route-map" and j + 1 < len(t):
            red.route_map = t[j + 1]
            p.ref("route-map", t[j + 1], f"{ctx} redistribute {red.protocol} route-map", ln)
            j += 2
        elif word == "metric" and j + 1 < len(t) and t[j + 1].isdigit():
            red.metric = int(t[j + 1])
            j += 2
        elif word == "metric-type" and j + 1 < len(t) and t[j + 1].isdigit():
            red.metric_type = int(t[j + 1])
            j += 2
        else:
            j += 1
    return red


def h_redistribute(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    ctx = (
        "router ospf"
        if isinstance(obj, Ospf)
        else "router bgp"
        if isinstance(obj, Bgp)
        else "router"
    )
    red = parse_redistribute(p, t, i, ln, ctx)
    obj.redistribute.append(red)
    return None


def h_ospf_default_info(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    proc: Ospf = obj
    if t[i] == "originate":
        proc.default_originate = not neg
        proc.default_originate_always = "always" in t
        if "route-map" in t:
            p.ref("route-map", t[t.index("route-map") + 1], "router ospf default-information", ln)


def h_auto_cost(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    proc: Ospf = obj
    if "reference-bandwidth" in t:
        proc.reference_bandwidth = int(t[t.index("reference-bandwidth") + 1])


def h_distribute_list(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[i] == "prefix":
        p.ref("ip prefix-list", t[i + 1], "router distribute-list prefix", ln)
    elif t[i] == "route-map":
        p.ref("route-map", t[i + 1], "router distribute-list route-map", ln)
    else:
        p.ref("ip access-list", t[i], "router distribute-list", ln)


def _bgp(p: LineParser) -> Bgp:
    assert p.device.bgp is not None
    return p.device.bgp


def h_bgp_network(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    if "/" in t[i]:
        pfx = t[i]
        rest = t[i + 1 :]
    elif i + 2 < len(t) and t[i + 1] == "mask":
        pfx = network_from_mask(t[i], t[i + 2]) or ""
        rest = t[i + 3 :]
    else:
        octets = t[i].split(".")
        first = int(octets[0]) if octets[0].isdigit() else 0
        length = 8 if first < 128 else 16 if first < 192 else 24  # classful
        pfx = f"{t[i]}/{length}"
        rest = t[i + 1 :]
    if not pfx:
        return UNRECOGNIZED
    rm = rest[rest.index("route-map") + 1] if "route-map" in rest else None
    if rm:
        p.ref("route-map", rm, "bgp network route-map", ln)
    _bgp(p).networks.append(BgpNetwork(pfx, rm, _bgp_vrf(p)))
    return None


def _bgp_vrf(p: LineParser) -> str | None:
    """The VRF of the BGP address-family being read (every IOS-like parser keeps `bgp_vrf`)."""
    vrf: str | None = getattr(p, "bgp_vrf", None)
    return vrf


def h_bgp_aggregate(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    if "/" in t[i]:
        pfx, rest = t[i], t[i + 1 :]
    else:
        pfx, rest = network_from_mask(t[i], t[i + 1]) or "", t[i + 2 :]
    if not pfx:
        return UNRECOGNIZED
    _bgp(p).aggregates.append(
        BgpAggregate(pfx, "summary-only" in rest, "as-set" in rest, _bgp_vrf(p))
    )
    for key in ("attribute-map", "advertise-map", "suppress-map"):
        if key in rest:
            p.ref("route-map", rest[rest.index(key) + 1], f"bgp aggregate-address {key}", ln)
    return None


def h_maximum_paths(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if isinstance(obj, Bgp):
        nums = [x for x in t[i:] if x.isdigit()]
        obj.multipath = int(nums[0]) if nums else None
