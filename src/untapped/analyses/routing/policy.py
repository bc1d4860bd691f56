"""Routing policy evaluation: route-maps, route-policies (RPL, VRP/Comware) and Junos
policy-statements as normalised in `model.filters.RouteMap`, with prefix-lists, community lists
and AS-path lists.

`apply(device_ctx, name, attrs)` returns the (possibly modified) attributes, or None when the
route is denied. A missing policy denies (IOS: a route-map that does not exist denies
everything); `name=None` permits unchanged. Match conditions the model keeps but this module
does not evaluate are treated as matching, and the device gets a note ("approximate").
"""

from __future__ import annotations

import re
from functools import lru_cache

from untapped.analyses.routing.addr import PrefixKey, contains, parse_address, parse_prefix
from untapped.analyses.routing.context import DeviceCtx
from untapped.model.filters import RouteMap, RouteMapClause


class Attrs:
    """Mutable attributes of a route under evaluation (BGP and redistribution)."""

    __slots__ = (
        "as_path",
        "communities",
        "drop",
        "key",
        "local_pref",
        "metric",
        "metric_type",
        "next_hop",
        "origin",
        "protocol",
        "tag",
        "weight",
    )

    def __init__(self, key: PrefixKey, protocol: str) -> None:
        self.key = key
        self.protocol = protocol
        self.tag: int | None = None
        self.metric: int | None = None  # MED for BGP, external metric for OSPF
        self.local_pref: int | None = None
        self.communities: tuple[str, ...] = ()
        self.as_path: tuple[int, ...] = ()
        self.next_hop: str | None = None  # text; "self", "peer", "discard" or an address
        self.weight: int | None = None
        self.origin: int = 0  # 0 igp, 1 egp, 2 incomplete
        self.metric_type: int | None = None
        self.drop = False

    def copy(self) -> Attrs:
        a = Attrs(self.key, self.protocol)
        for s in self.__slots__:
            setattr(a, s, getattr(self, s))
        return a


_PROTO_ALIASES = {
    "direct": "connected",
    "static": "static",
    "connected": "connected",
    "ospf": "ospf",
    "bgp": "bgp",
    "aggregate": "aggregate",
    "local": "local",
}


def _prefix_list_match(ctx: DeviceCtx, name: str, key: PrefixKey) -> bool | None:
    pl = ctx.dev.prefix_lists.get(name)
    if pl is None:
        return None
    for e in pl.entries:
        pk = parse_prefix(e.prefix)
        if pk is None or pk[0] != key[0] or not contains(pk, key):
            continue
        if e.ge is None and e.le is None:
            ok = key[2] == pk[2]
        else:
            lo = e.ge if e.ge is not None else pk[2]
            hi = e.le if e.le is not None else (32 if key[0] == 4 else 128)
            ok = lo <= key[2] <= hi
        if ok:
            return e.action == "permit"
    return False


def _acl_match(ctx: DeviceCtx, name: str, key: PrefixKey) -> bool | None:
    acl = ctx.dev.acls.get(name)
    if acl is None:
        return None
    for e in acl.entries:
        if e.action not in ("permit", "deny"):
            continue
        m = e.src
        if m.kind == "any":
            return e.action == "permit"
        if m.kind in ("host", "wildcard") and m.address:
            a = parse_address(m.address)
            w = parse_address(m.wildcard or "0.0.0.0")
            if a is None or w is None:
                continue
            if (key[1] & ~w[1]) == (a[1] & ~w[1]):
                return e.action == "permit"
    return False


@lru_cache(maxsize=4096)
def _as_regex(text: str) -> re.Pattern[str] | None:
    t = text.strip().strip("'\"")
    for pre in ("ios-regex ",):
        if t.startswith(pre):
            t = t[len(pre) :].strip().strip("'\"")
    t = t.replace("_", r"(?:^|$|[ ,{}()])")
    try:
        return re.compile(t)
    except re.error:
        return None


def _aspath_list_match(ctx: DeviceCtx, name: str, path: tuple[int, ...]) -> bool | None:
    cl = ctx.dev.community_lists.get(name) or ctx.dev.community_lists.get(f"as-path:{name}")
    if cl is None:
        return None
    text = " ".join(str(a) for a in path)
    for action, value in cl.entries:
        if value.startswith("originates-from"):
            want = value.split(None, 1)[1].strip().strip("'\"") if " " in value else ""
            hit = bool(path) and str(path[-1]) == want
        elif value.startswith("length"):
            continue
        else:
            rx = _as_regex(value)
            hit = rx is not None and rx.search(text) is not None
        if hit:
            return action == "permit"
    return False


_WELL_KNOWN = {"no-export", "no-advertise", "local-as", "no-export-subconfed", "internet"}


def _community_values(ctx: DeviceCtx, name: str) -> list[str]:
    cl = ctx.dev.community_lists.get(name)
    if cl is None:
        return [name] if (":" in name or name.lower() in _WELL_KNOWN) else []
    return [v for a, v in cl.entries if a == "permit"]


def _community_match(ctx: DeviceCtx, name: str, comms: tuple[str, ...]) -> bool | None:
    cl = ctx.dev.community_lists.get(name)
    if cl is None:
        return None
    text = " ".join(comms)
    for action, value in cl.entries:
        if cl.kind == "expanded":
            try:
                hit = re.search(value, text) is not None
            except re.error:
                hit = False
        else:
            need = value.split()
            hit = all(n in comms for n in need)
        if hit:
            return action == "permit"
    return False


def _route_filter(vals: tuple[str, ...], key: PrefixKey) -> bool:
    """Junos `route-filter P exact|orlonger|longer|upto /N|prefix-length-range /A-/B`."""
    pk = parse_prefix(vals[0]) if vals else None
    if pk is None or pk[0] != key[0] or not contains(pk, key):
        return False
    how = vals[1].lower() if len(vals) > 1 else "exact"
    n = key[2]
    if how == "exact":
        return n == pk[2]
    if how == "orlonger":
        return True
    if how == "longer":
        return n > pk[2]
    if how == "upto" and len(vals) > 2:
        return n <= int(vals[2].lstrip("/"))
    if how == "prefix-length-range" and len(vals) > 2:
        lo, _, hi = vals[2].partition("-")
        return int(lo.lstrip("/")) <= n <= int(hi.lstrip("/"))
    return n == pk[2]


def _matches(ctx: DeviceCtx, clause: RouteMapClause, a: Attrs) -> bool:
    filters = [v for k, v in clause.matches if k == "route-filter"]
    if filters and not any(_route_filter(v, a.key) for v in filters):
        return False
    for key, vals in clause.matches:
        k = key.lower()
        res: bool | None
        if k == "route-filter":
            continue
        if k in ("ip address prefix-list", "ipv6 address prefix-list", "destination", "prefix"):
            res = any(_prefix_list_match(ctx, v, a.key) for v in vals)
        elif k in ("ip address", "ipv6 address"):
            res = False
            for v in vals:
                r = _prefix_list_match(ctx, v, a.key)
                if r is None:
                    r = _acl_match(ctx, v, a.key)
                if r:
                    res = True
                    break
        elif k == "community":
            res = any(_community_match(ctx, v, a.communities) for v in vals if v != "exact-match")
        elif k == "as-path":
            res = any(_aspath_list_match(ctx, v, a.as_path) for v in vals)
        elif k == "tag":
            res = a.tag is not None and str(a.tag) in vals
        elif k in ("protocol", "source-protocol", "route-type"):
            res = any(_PROTO_ALIASES.get(v.lower(), v.lower()) == a.protocol for v in vals)
        elif k == "metric":
            res = a.metric is not None and str(a.metric) in vals
        else:
            _approx(ctx, f"route-map match {key!r} not evaluated (treated as matching)")
            continue
        if not res:
            return False
    return True


def _approx(ctx: DeviceCtx, what: str) -> None:
    if what not in ctx.status.notes:
        ctx.status.notes.append(what)


def _int(vals: tuple[str, ...]) -> int | None:
    for v in vals:
        if v.lstrip("+-").isdigit():
            return int(v)
    return None


def _apply_sets(ctx: DeviceCtx, clause: RouteMapClause, a: Attrs) -> None:
    for key, vals in clause.sets:
        k = key.lower()
        if k == "local-preference":
            n = _int(vals)
            if n is not None:
                a.local_pref = n
        elif k == "metric":
            n = _int(vals)
            if n is not None:
                if vals[0].startswith(("+", "-")) and a.metric is not None:
                    a.metric = max(0, a.metric + n)
                else:
                    a.metric = n
        elif k == "weight":
            a.weight = _int(vals)
        elif k == "tag":
            a.tag = _int(vals)
        elif k == "metric-type":
            a.metric_type = 1 if any("1" in v for v in vals) else 2
        elif k == "origin":
            a.origin = {"igp": 0, "egp": 1, "incomplete": 2}.get(vals[0].lower(), 0)
        elif k in ("as-path prepend", "as-path-prepend"):
            prepend = tuple(int(w) for v in vals for w in v.split() if w.isdigit())
            a.as_path = prepend + a.as_path
        elif k in ("ip next-hop", "ipv6 next-hop", "next-hop"):
            v = vals[0].lower() if vals else ""
            if v in ("discard", "null0", "reject"):
                a.next_hop = "discard"
            elif v in ("self", "peer-address", "peer"):
                a.next_hop = "self" if v == "self" else "peer"
            elif parse_address(vals[0]) is not None:
                a.next_hop = vals[0]
        elif k == "community":
            _set_community(ctx, vals, a)
        elif k in ("comm-list", "community delete"):
            dele: set[str] = set()
            for v in vals:
                dele.update(_community_values(ctx, v))
            a.communities = tuple(c for c in a.communities if c not in dele)
        elif k in ("interface", "vrf", "next-hop-group", "ip precedence", "ip dscp"):
            continue
        else:
            _approx(ctx, f"route-map set {key!r} not applied")


def _set_community(ctx: DeviceCtx, vals: tuple[str, ...], a: Attrs) -> None:
    words = [v for v in vals if v not in ("(", ")")]
    if not words:
        return
    op = "set"
    if words[0] in ("add", "set", "delete"):
        op = words[0]
        words = words[1:]
    if "additive" in words:
        op = "add"
        words = [w for w in words if w != "additive"]
    if words == ["none"]:
        a.communities = ()
        return
    vals_out: list[str] = []
    for w in words:
        vals_out.extend(_community_values(ctx, w) or ([w] if ":" in w else []))
    if op == "delete":
        a.communities = tuple(c for c in a.communities if c not in vals_out)
    elif op == "add":
        a.communities = tuple(dict.fromkeys((*a.communities, *vals_out)))
    else:
        a.communities = tuple(dict.fromkeys(vals_out))


def apply(
    ctx: DeviceCtx, name: str | None, attrs: Attrs, default_accept: bool = True
) -> Attrs | None:
    """Evaluate the policy `name` on a copy of `attrs`: the result, or None when denied.
    `default_accept`: what a Junos policy-statement does when no term decides (the protocol's
    default policy: accept BGP routes, reject the others on export)."""
    if name is None:
        return attrs
    rm: RouteMap | None = ctx.dev.route_maps.get(name)
    if rm is None:
        return None
    a = attrs.copy()
    clauses = sorted(rm.clauses, key=lambda c: c.seq) if rm.kind == "route-map" else rm.clauses
    i = 0
    while i < len(clauses):
        c = clauses[i]
        if _matches(ctx, c, a):
            if c.action == "deny":
                return None
            _apply_sets(ctx, c, a)
            if c.continue_to is None:
                return a
            nxt = next((j for j, d in enumerate(clauses) if d.seq >= c.continue_to), None)
            if nxt is None or nxt <= i:
                return a
            i = nxt
            continue
        i += 1
    # Fell off the end: route-maps deny; Junos policy chains fall to the protocol default.
    if rm.kind == "policy-statement" and default_accept:
        return a
    return None
