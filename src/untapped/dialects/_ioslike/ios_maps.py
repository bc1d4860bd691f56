"""Route-maps, class-maps and policy-maps as IOS, NX-OS and EOS write them: the statements
and their block tables (moved here from cisco_ios, whose grammar uses these modes)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.engine import LineParser, Mode
from untapped.model.filters import (
    ClassMap,
    PolicyMap,
    PolicyMapClass,
    RouteMap,
    RouteMapClause,
)

ROUTE_MAP_MODE = Mode("route-map")
CLASS_MAP_MODE = Mode("class-map")
POLICY_MAP_MODE = Mode("policy-map")
POLICY_CLASS_MODE = Mode("policy-map class")


# ---- route-maps ---------------------------------------------------------------------------
MATCH_REFS = {
    ("ip", "address", "prefix-list"): "ip prefix-list",
    ("ipv6", "address", "prefix-list"): "ipv6 prefix-list",
    ("ip", "address"): "ip access-list",
    ("ipv6", "address"): "ipv6 access-list",
    ("ip", "next-hop", "prefix-list"): "ip prefix-list",
    ("ip", "next-hop"): "ip access-list",
    ("ip", "route-source", "prefix-list"): "ip prefix-list",
    ("ip", "route-source"): "ip access-list",
    ("community",): "community-list",
    ("extcommunity",): "extcommunity-list",
    ("as-path",): "as-path access-list",
}


def h_route_map(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    name = t[i]
    action = t[i + 1] if i + 1 < len(t) else "permit"
    seq = int(t[i + 2]) if i + 2 < len(t) and t[i + 2].isdigit() else 10
    if action.isdigit():
        action, seq = "permit", int(action)
    rmap = p.device.route_maps.get(name)
    if rmap is None:
        rmap = p.device.route_maps[name] = RouteMap(name, p.device.span(ln))
    clause = RouteMapClause(p.device.span(ln), action, seq)  # type: ignore[arg-type]
    rmap.clauses.append(clause)
    p.define("route-map", name, ln)
    return ROUTE_MAP_MODE, clause


def h_rm_match(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    clause: RouteMapClause = obj
    rest = t[i:]
    for n in (3, 2, 1):
        key = tuple(rest[:n])
        if key in MATCH_REFS:
            for name in rest[n:]:
                if name in ("exact-match",):
                    continue
                p.ref(MATCH_REFS[key], name, "route-map match " + " ".join(key), ln)
            clause.matches.append((" ".join(key), tuple(rest[n:])))
            break
    else:
        clause.matches.append((rest[0], tuple(rest[1:])))
    _extend(p, clause, ln)
    return None


def h_rm_set(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    clause: RouteMapClause = obj
    rest = t[i:]
    if rest[:2] in (["ip", "next-hop"], ["ipv6", "next-hop"]):
        key = " ".join(rest[:2])
        vals = rest[2:]
        if vals and vals[0] == "vrf" and len(vals) > 1:
            clause.sets.append(("vrf", (vals[1],)))
            vals = vals[2:]
        if vals and vals[0] in (
            "verify-availability",
            "recursive",
            "peer-address",
            "unchanged",
            "self",
            "dynamic",
            "encapsulate",
        ):
            clause.sets.append((f"{key} {vals[0]}", tuple(vals[1:])))
        else:
            clause.sets.append((key, tuple(vals)))
    elif rest[:2] == ["ip", "default"] and len(rest) > 2 and rest[2] == "next-hop":
        clause.sets.append(("ip next-hop", tuple(rest[3:])))
    elif rest[0] in ("interface", "default"):
        clause.sets.append(
            ("interface", tuple(rest[1:]) if rest[0] == "interface" else tuple(rest[2:]))
        )
    elif rest[:2] == ["ip", "vrf"]:
        clause.sets.append(("vrf", tuple(rest[2:3])))
    elif rest[:2] == ["as-path", "prepend"]:
        clause.sets.append(("as-path prepend", tuple(rest[2:])))
    elif rest[:2] == ["comm-list", rest[1] if len(rest) > 1 else ""]:
        p.ref("community-list", rest[1], "route-map set comm-list", ln)
        clause.sets.append(("comm-list", tuple(rest[1:])))
    else:
        clause.sets.append((rest[0], tuple(rest[1:])))
    _extend(p, clause, ln)
    return None


def h_rm_continue(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    clause: RouteMapClause = obj
    clause.continue_to = int(t[i]) if i < len(t) else clause.seq + 1
    _extend(p, clause, ln)


def _extend(p: LineParser, clause: RouteMapClause, ln: int) -> None:
    clause.span = p.device.span(clause.span.line, ln)


# ---- class-maps and policy-maps -----------------------------------------------------------
def h_class_map(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    j = i
    if t[j] == "type":
        j += 2
    match_all = True
    if t[j] in ("match-any", "match-all"):
        match_all = t[j] == "match-all"
        j += 1
    name = t[j]
    cmap = ClassMap(name, p.device.span(ln), match_all)
    p.device.class_maps[name] = cmap
    p.define("class-map", name, ln)
    return CLASS_MAP_MODE, cmap


def h_cm_match(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    cmap: ClassMap = obj
    cmap.span = p.device.span(cmap.span.line, ln)
    rest = t[i:]
    if rest[:2] == ["access-group", "name"]:
        p.ref("ip access-list", rest[2], "class-map match access-group", ln)
    elif rest[:1] == ["access-group"] and len(rest) > 1:
        p.ref("ip access-list", rest[1], "class-map match access-group", ln)
    elif rest[:2] in (["ip", "access-group"], ["ipv6", "access-group"]) and len(rest) > 2:
        kind = "ipv6 access-list" if rest[0] == "ipv6" else "ip access-list"  # EOS, NX-OS
        p.ref(kind, rest[2], f"class-map match {rest[0]} access-group", ln)
    elif rest[:2] == ["class-map", *rest[1:2]]:
        p.ref("class-map", rest[1], "class-map match class-map", ln)
    cmap.matches.append((rest[0] if rest else "", tuple(rest[1:])))
    return None


def h_policy_map(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    j = i
    kind = "qos"
    if t[j] == "type":
        kind = t[j + 1]
        j += 2
    name = t[j]
    pmap = PolicyMap(name, p.device.span(ln), kind)
    p.device.policy_maps[name] = pmap
    p.define("policy-map", name, ln)
    return POLICY_MAP_MODE, pmap


def h_pm_class(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    pmap: PolicyMap = obj
    name = t[i + 2] if t[i] == "type" and i + 2 < len(t) else t[i]
    cls = PolicyMapClass(name, ln)
    pmap.classes.append(cls)
    pmap.span = p.device.span(pmap.span.line, ln)
    if name != "class-default":
        p.ref("class-map", name, "policy-map class", ln)
    return POLICY_CLASS_MODE, (pmap, cls)


def h_pm_action(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    pmap, cls = obj
    cls.actions.append((t[0], tuple(t[1:])))
    pmap.span = p.device.span(pmap.span.line, ln)
    if t[0] == "service-policy" and len(t) > 1:
        p.ref("policy-map", t[-1], "policy-map class service-policy", ln)
    return None


ROUTE_MAP_MODE.on("match", h_rm_match).on("set", h_rm_set).on("continue", h_rm_continue)
ROUTE_MAP_MODE.known("description")
CLASS_MAP_MODE.on("match", h_cm_match).known("description")
POLICY_MAP_MODE.on("class", h_pm_class).known("description")
for word in (
    "police",
    "set",
    "bandwidth",
    "priority",
    "shape",
    "queue-limit",
    "random-detect",
    "fair-queue",
    "service-policy",
    "drop",
    "inspect",
    "pass",
    "trust",
    "log",
    "compression",
    "count",
    "estimate",
    "conform-action",
    "exceed-action",
    "violate-action",
    "queue-buffers",
    "child",
    "account",
    "redirect",
    "mirror",
):
    POLICY_CLASS_MODE.on(word, h_pm_action)
