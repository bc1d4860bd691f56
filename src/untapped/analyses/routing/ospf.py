"""OSPFv2: adjacencies, SPF per area, intra-area, inter-area (ABR summaries through the
backbone), external type 1/2 routes from redistribution and default-information originate,
stub / totally-stubby / NSSA areas.

Simplifications (documented in docs/analyses.md): a multi-access subnet is modelled as a full
mesh of router-to-router links with the outgoing interface cost (the same shortest paths as a
DR/pseudonode graph); an NSSA ASBR's type-7 routes reach its NSSA and, translated by the
area's ABR as type-5, the normal areas (the translator is not chosen, any ABR of the area does);
virtual links, area ranges (summarisation) and OSPFv3 are not computed (OSPFv3 processes mark
the device partial where the dialect reports them).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterator

from untapped.analyses.routing import distance
from untapped.analyses.routing.addr import (
    PrefixKey,
    address_text,
    parse_address,
    parse_prefix,
    prefix_text,
)
from untapped.analyses.routing.context import DeviceCtx, vrf_name
from untapped.analyses.routing.model import L3Edge, Route
from untapped.analyses.routing.policy import Attrs, apply
from untapped.analyses.routing.rib import Grouped, Table, select
from untapped.model.net import Ospf

BACKBONE = "0.0.0.0"
Node = tuple[str, str]  # (device, process)
Hop = tuple[str, str | None]  # (outgoing interface, next-hop address text)
RouterKey = tuple[int, int, int]  # pseudo-prefix for "the router itself" (family 0)


STUBBY = frozenset(("stub", "totally-stub"))
NSSA = frozenset(("nssa", "totally-nssa"))


def area_id(text: str) -> str:
    t = text.strip()
    if t.isdigit():
        n = int(t)
        return f"{n >> 24 & 255}.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"
    return t


class OspfIf:
    __slots__ = ("area", "cost", "ip", "loopback", "name", "net", "passive", "plen")

    def __init__(
        self, name: str, area: str, cost: int, passive: bool, ip: int, plen: int, net: int
    ) -> None:
        self.name = name
        self.area = area
        self.cost = cost
        self.passive = passive
        self.ip = ip
        self.plen = plen
        self.net = net
        self.loopback = name.lower().startswith(("lo", "loopback"))


class Instance:
    __slots__ = ("ad", "areas", "ctx", "ifs", "node", "proc", "rid", "vrf")

    def __init__(self, ctx: DeviceCtx, proc: Ospf) -> None:
        self.ctx = ctx
        self.proc = proc
        self.vrf = vrf_name(proc.vrf)
        self.node: Node = (ctx.name, proc.process)
        self.ifs: list[OspfIf] = []
        self.areas: set[str] = set()
        ad = ctx.ad
        d = proc.distance
        self.ad = {
            "ospf": d or ad["ospf"],
            "ospfIA": d or ad["ospfIA"],
            "ospfE": d or ad["ospfE"],
        }
        self.rid = proc.router_id or ""

    def area_kind(self, area: str) -> str:
        for aid, a in self.proc.areas.items():
            if area_id(aid) == area:
                return a.kind
        return "normal"

    def area_default_lsa(self, area: str) -> bool | None:
        for aid, a in self.proc.areas.items():
            if area_id(aid) == area:
                return a.default_lsa
        return None

    def area_ranges(self, area: str) -> list[tuple[PrefixKey, bool, int | None]]:
        """The ranges this router (as an ABR) summarises the area's routes into, longest first."""
        out = []
        for aid, a in self.proc.areas.items():
            if area_id(aid) == area:
                for r in a.ranges:
                    key = parse_prefix(r.prefix)
                    if key is not None and key[0] == 4:
                        out.append((key, r.advertise, r.cost))
        out.sort(key=lambda r: -r[0][2])
        return out

    def area_default_cost(self, area: str) -> int:
        for aid, a in self.proc.areas.items():
            if area_id(aid) == area and a.default_cost is not None:
                return a.default_cost
        return 1


def _instances(ctxs: dict[str, DeviceCtx]) -> list[Instance]:
    out: list[Instance] = []
    for ctx in ctxs.values():
        dev = ctx.dev
        claimed: set[str] = set()
        for proc in dev.ospf:
            inst = Instance(ctx, proc)
            nets = sorted(
                ((parse_prefix(n.prefix), area_id(n.area)) for n in proc.networks),
                key=lambda x: -(x[0][2] if x[0] else -1),
            )
            passive = {p.lower() for p in proc.passive}
            non_passive = {p.lower() for p in proc.non_passive}
            ref = proc.reference_bandwidth
            for a in ctx.addrs:
                if a.family != 4 or a.vrf != inst.vrf or a.interface in claimed:
                    continue
                itf = dev.interfaces[a.interface]
                area: str | None = None
                if itf.ospf_area is not None:
                    area = area_id(itf.ospf_area)
                else:
                    for key, ar in nets:
                        if key is not None and key[0] == 4:
                            if (a.ip >> (32 - key[2]) if key[2] else 0) == (
                                key[1] >> (32 - key[2]) if key[2] else 0
                            ):
                                area = ar
                                break
                if area is None:
                    continue
                low = itf.name.lower()
                is_passive = bool(itf.ospf_passive) or low in passive
                if proc.passive_default and low not in non_passive:
                    is_passive = True
                cost = itf.ospf_cost
                if cost is None:
                    cost = distance.ospf_cost(ctx.dialect, itf.name, ref, itf.bandwidth)
                inst.ifs.append(OspfIf(itf.name, area, cost, is_passive, a.ip, a.plen, a.net))
                inst.areas.add(area)
            for oi in inst.ifs:
                claimed.add(oi.name)
            if proc.max_metric:
                ctx.status.notes.append("ospf max-metric router-lsa: transit cost not raised")
            out.append(inst)
    return out


def _dijkstra(
    src: int, adj: list[list[tuple[int, int, str, str]]], n: int
) -> tuple[list[int], list[int], list[frozenset[Hop] | None]]:
    """Shortest paths from `src` over nodes numbered in the order of their (device, process)
    names (so that ties pop in the same order as by name): the nodes reached in the order they
    were first reached, the distances and the first-hop sets (equal-cost: all)."""
    inf = -1
    dist = [inf] * n
    hops: list[frozenset[Hop] | None] = [None] * n
    done = [False] * n
    dist[src] = 0
    hops[src] = frozenset()
    order = [src]
    heap: list[tuple[int, int]] = [(0, src)]
    pop = heapq.heappop
    push = heapq.heappush
    unions: dict[tuple[frozenset[Hop], frozenset[Hop]], frozenset[Hop]] = {}
    while heap:
        d, u = pop(heap)
        if done[u]:
            continue
        done[u] = True
        hu = hops[u]
        for v, c, out_if, nh in adj[u]:
            nd = d + c
            fh = frozenset({(out_if, nh)}) if u == src else hu
            old = dist[v]
            if old == inf or nd < old:
                if old == inf:
                    order.append(v)
                dist[v] = nd
                hops[v] = fh
                push(heap, (nd, v))
            elif nd == old and not done[v]:
                hv = hops[v]
                assert hv is not None and fh is not None
                if hv is fh:
                    continue
                got = unions.get((hv, fh))
                if got is None:
                    got = unions[(hv, fh)] = hv | fh
                hops[v] = got
    return order, dist, hops


ROUTER: int = 0  # family of the router pseudo-prefixes


def _router_key(node: Node) -> RouterKey:
    return (ROUTER, hash(node) & 0xFFFFFFFFFFFF, -1)


# The best path so far to a destination: (cost, first-hop set).
Best = tuple[int, frozenset[Hop]]


def _offer(table: dict[PrefixKey, Best], key: PrefixKey, cost: int, hops: frozenset[Hop]) -> None:
    cur = table.get(key)
    if cur is None or cost < cur[0]:
        table[key] = (cost, hops)
    elif cost == cur[0]:
        table[key] = (cost, cur[1] | hops)


def compute(
    ctxs: dict[str, DeviceCtx], edges: list[L3Edge], tables: dict[tuple[str, str], Table]
) -> Grouped:
    """The OSPF routes of every router, by (device, VRF)."""
    out: Grouped = {}
    insts = _instances(ctxs)
    if not insts:
        return out
    by_node = {i.node: i for i in insts}
    # interface -> (instance, OspfIf) for adjacency building
    where: dict[tuple[str, str], list[tuple[Instance, OspfIf]]] = defaultdict(list)
    for inst in insts:
        for oi in inst.ifs:
            where[(inst.ctx.name, oi.name)].append((inst, oi))
    adj: dict[str, dict[Node, list[tuple[Node, int, str, str]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for e in edges:
        for i1, o1 in where.get((e.device1, e.interface1), ()):
            for i2, o2 in where.get((e.device2, e.interface2), ()):
                if o1.area != o2.area or o1.passive or o2.passive or i1.node == i2.node:
                    continue
                if o1.net != o2.net or o1.plen != o2.plen:
                    continue
                agraph = adj[o1.area]
                agraph[i1.node].append((i2.node, o1.cost, o1.name, address_text(4, o2.ip)))
                agraph[i2.node].append((i1.node, o2.cost, o2.name, address_text(4, o1.ip)))

    # What each router advertises in each area: its prefixes (stub links) and itself.
    adverts: dict[str, dict[Node, list[tuple[PrefixKey, int]]]] = defaultdict(dict)
    for inst in insts:
        for area in inst.areas:
            items: list[tuple[PrefixKey, int]] = [(_router_key(inst.node), 0)]
            for oi in inst.ifs:
                if oi.area != area:
                    continue
                if oi.loopback:
                    items.append(((4, oi.ip, 32), oi.cost))
                else:
                    items.append(((4, oi.net, oi.plen), oi.cost))
            adverts[area][inst.node] = items
    own: dict[Node, set[PrefixKey]] = {
        i.node: {(4, o.ip, 32) if o.loopback else (4, o.net, o.plen) for o in i.ifs} for i in insts
    }

    # External routes from ASBRs (read after the SPF), area border routers.
    externals: list[tuple[Node, PrefixKey, int, int, int | None, frozenset[str]]] = []
    for inst in insts:
        externals.extend(_externals(inst, tables))
    abrs = {i.node for i in insts if BACKBONE in i.areas and len(i.areas) > 1}
    # Where each external is heard: type 5 in every normal area (`None`), type 7 only inside the
    # ASBR's NSSAs — unless an ABR of such an NSSA translates it to type 5 for the normal areas.
    kinds = {(i.node, a): i.area_kind(a) for i in insts for a in i.areas}
    nssa_abr = {a for (n, a), k in kinds.items() if k in NSSA and n in abrs}
    scope: list[tuple[bool, frozenset[str]]] = []
    for asbr, *_ in externals:
        areas = by_node[asbr].areas
        normal = any(kinds[(asbr, a)] not in STUBBY | NSSA for a in areas)
        seven = frozenset(a for a in areas if kinds[(asbr, a)] in NSSA)
        scope.append((normal or bool(seven & nssa_abr), seven))
    # An NSSA ABR with a type-7 default (`nssa default-information-originate`): heard in that
    # NSSA only, as an external type 2 of the area's default cost.
    for inst in insts:
        if inst.node not in abrs:
            continue
        for a in sorted(inst.areas):
            if kinds[(inst.node, a)] == "nssa" and inst.area_default_lsa(a):
                externals.append(
                    (inst.node, (4, 0, 0), inst.area_default_cost(a), 2, None, frozenset())
                )
                scope.append((False, frozenset((a,))))
    # the routers themselves are destinations only for ABR summaries and ASBR reachability
    routers_too = bool(abrs or externals)

    intra: dict[Node, dict[PrefixKey, Best]] = defaultdict(dict)
    inter: dict[Node, dict[PrefixKey, Best]] = defaultdict(dict)
    # memos shared by all routers: a prefix's text, a hop set in order (SPF shares hop sets)
    texts: dict[PrefixKey, str] = {}
    ordered: dict[frozenset[Hop], list[Hop]] = {}

    def emit_router(inst: Instance) -> None:
        """The routes of one router, into `out`."""
        node = inst.node
        ctx = inst.ctx
        routes: dict[PrefixKey, list[Route]] = {}

        def emit(
            key: PrefixKey,
            proto: str,
            ad: int,
            cost: int,
            hops: frozenset[Hop],
            routes: dict[PrefixKey, list[Route]] = routes,
            inst: Instance = inst,
        ) -> None:
            text = texts.get(key)
            if text is None:
                text = texts[key] = prefix_text(*key)
            hl = ordered.get(hops)
            if hl is None:
                hl = ordered[hops] = sorted(hops, key=lambda h: (h[0], h[1] or ""))
            if hl:
                name = inst.ctx.name
                vrf = inst.vrf
                routes[key] = [Route(name, vrf, text, proto, nh, itf, ad, cost) for itf, nh in hl]

        mine = own[node]
        ad = inst.ad["ospf"]
        name = ctx.name
        vrf = inst.vrf
        for key, (cost, hset) in intra[node].items():  # emit() inlined: most routes are here
            if key[0] != 4 or key in mine:
                continue
            text = texts.get(key)
            if text is None:
                text = texts[key] = prefix_text(*key)
            hl = ordered.get(hset)
            if hl is None:
                hl = ordered[hset] = sorted(hset, key=lambda h: (h[0], h[1] or ""))
            if len(hl) == 1:
                itf, nh = hl[0]
                routes[key] = [Route(name, vrf, text, "ospf", nh, itf, ad, cost)]
            elif len(hl) == 2:
                (if1, nh1), (if2, nh2) = hl
                routes[key] = [
                    Route(name, vrf, text, "ospf", nh1, if1, ad, cost),
                    Route(name, vrf, text, "ospf", nh2, if2, ad, cost),
                ]
            elif hl:
                routes[key] = [Route(name, vrf, text, "ospf", nh, itf, ad, cost) for itf, nh in hl]
        for key, (cost, hset) in inter[node].items():
            if key[0] == 4 and key not in routes and key not in mine:
                emit(key, "ospfIA", inst.ad["ospfIA"], cost, hset)
        normal_here = any(kinds[(node, a)] not in STUBBY | NSSA for a in inst.areas)
        if externals:
            ext: dict[PrefixKey, tuple[tuple[int, int, int], int, frozenset[Hop]]] = {}
            for (asbr, key, metric, mtype, _tag, _), (five, seven) in zip(
                externals, scope, strict=True
            ):
                if asbr == node or key in routes or key in own[node]:
                    continue
                if not ((five and normal_here) or not seven.isdisjoint(inst.areas)):
                    continue
                rk = _router_key(asbr)
                to = intra[node].get(rk) or inter[node].get(rk)
                if to is None:
                    continue
                rank = (0, metric + to[0], 0) if mtype == 1 else (1, metric, to[0])
                shown = metric + to[0] if mtype == 1 else metric
                cur = ext.get(key)
                if cur is None or rank < cur[0]:
                    ext[key] = (rank, shown, to[1])
                elif rank == cur[0]:
                    ext[key] = (rank, shown, cur[2] | to[1])
            for key, (rank, shown, ehops) in ext.items():
                emit(key, "ospfE1" if rank[0] == 0 else "ospfE2", inst.ad["ospfE"], shown, ehops)
        dv = (ctx.name, inst.vrf)
        got = out.get(dv)
        if got is None:
            out[dv] = routes  # folded: one protocol, distance and cost per prefix, hops distinct
        else:  # another process in the same VRF
            out[dv] = select(
                [(k, r) for k, rs in got.items() for r in rs]
                + [(k, r) for k, rs in routes.items() for r in rs]
            ).routes

    # One area, no ABR, no external: each router's routes are emitted as soon as its SPF is
    # done, and its tables dropped (less memory; the same routes in the same order).
    streaming = len(adverts) == 1 and not routers_too and all(len(i.areas) == 1 for i in insts)
    streamed: set[Node] = set()

    # 1. SPF per area, intra-area routes.
    spf: dict[tuple[str, Node], tuple[list[int], list[int], list[frozenset[Hop] | None]]] = {}
    ids: dict[str, dict[Node, int]] = {}
    intra_by_area: dict[tuple[Node, str], dict[PrefixKey, Best]] = defaultdict(dict)
    for area, members in adverts.items():
        graph = adj.get(area, {})
        names = sorted(set(members) | set(graph))
        num = ids[area] = {nd: i for i, nd in enumerate(names)}
        nadj: list[list[tuple[int, int, str, str]]] = [
            [(num[v], c, itf, nh) for v, c, itf, nh in graph.get(nd, ())] for nd in names
        ]
        nadv = [members.get(nd, ()) for nd in names]
        if not routers_too:
            nadv = [[(k, c) for k, c in items if k[0] != ROUTER] for items in nadv]
        for node in members:
            order, dist, hops = _dijkstra(num[node], nadj, len(names))
            if not streaming:
                spf[(area, node)] = (order, dist, hops)
            tab = intra_by_area[(node, area)]
            get = tab.get
            for other in order:
                d = dist[other]
                fh = hops[other]
                assert fh is not None
                for key, c in nadv[other]:
                    cost = d + c
                    known = get(key)
                    if known is None or cost < known[0]:
                        tab[key] = (cost, fh)
                    elif cost == known[0] and fh is not known[1]:
                        tab[key] = (cost, known[1] | fh)
            if streaming:
                intra[node] = tab
                emit_router(by_node[node])
                streamed.add(node)
                del intra[node]
                del intra_by_area[(node, area)]
                continue
            if len(by_node[node].areas) == 1:
                intra[node] = tab  # one area: its table is the router's (read only from here)
                continue
            for key, b in tab.items():
                _offer(intra[node], key, b[0], b[1])

    def summaries_from(b: Node, into: str) -> dict[PrefixKey, int]:
        """What ABR `b` advertises into area `into`: its intra-area routes of its other areas
        and, into a non-backbone area, its inter-area routes from the backbone."""
        inst = by_node[b]
        kind = inst.area_kind(into)
        out: dict[PrefixKey, int] = {}
        if kind in ("stub", "totally-stub", "totally-nssa"):
            if inst.area_default_lsa(into) is not False:
                out[(4, 0, 0)] = inst.area_default_cost(into)
            if kind != "stub":
                return out
        for area in inst.areas:
            if area == into:
                continue
            ranges = inst.area_ranges(area)
            summary: dict[PrefixKey, int] = {}  # advertised range -> its largest component cost
            for key, best in intra_by_area[(b, area)].items():
                if ranges and key[0] == 4:
                    rng = _covering(ranges, key)
                    if rng is not None:
                        rkey, advertise, _cost = rng
                        if advertise and best[0] > summary.get(rkey, -1):
                            summary[rkey] = best[0]
                        continue
                if key not in out or best[0] < out[key]:
                    out[key] = best[0]
            for rkey, worst in summary.items():
                configured = next(c for k, _, c in ranges if k == rkey)
                cost = worst if configured is None else configured
                if rkey not in out or cost < out[rkey]:
                    out[rkey] = cost
        if into != BACKBONE:
            for key, best in inter.get(b, {}).items():
                if key not in out or best[0] < out[key]:
                    out[key] = best[0]
        return out

    # 2. Inter-area routes: backbone routers first (ABRs only listen to the backbone), then the
    # routers of the other areas.
    for phase in (True, False) if abrs else ():  # (nothing to hear without an ABR)
        for inst in insts:
            node = inst.node
            in_bb = BACKBONE in inst.areas
            if phase != in_bb:
                continue
            listen = [BACKBONE] if in_bb else sorted(inst.areas)
            for area in listen:
                _, sdist, shops = spf[(area, node)]
                num = ids[area]
                for abr in abrs:
                    if abr == node or area not in by_node[abr].areas:
                        continue
                    j = num.get(abr)
                    if j is None or sdist[j] < 0:
                        continue
                    ahops = shops[j]
                    assert ahops is not None
                    for key, c in summaries_from(abr, area).items():
                        if key in intra[node] or key in own[node]:
                            continue
                        _offer(inter[node], key, sdist[j] + c, ahops)

    for inst in insts:
        if inst.node not in streamed:
            emit_router(inst)
    return out


_DEFAULT_METRIC = {"bgp": 1}


def _covering(
    ranges: list[tuple[PrefixKey, bool, int | None]], key: PrefixKey
) -> tuple[PrefixKey, bool, int | None] | None:
    """The longest range that contains prefix `key` (an IPv4 key), if any."""
    _, net, plen = key
    for rng in ranges:
        _, rnet, rlen = rng[0]
        if plen >= rlen and (rlen == 0 or (net ^ rnet) >> (32 - rlen) == 0):
            return rng
    return None


def _externals(
    inst: Instance, tables: dict[tuple[str, str], Table]
) -> Iterator[tuple[Node, PrefixKey, int, int, int | None, frozenset[str]]]:
    proc = inst.proc
    ctx = inst.ctx
    table = tables.get((ctx.name, inst.vrf))
    if table is None:
        return
    ospf_own = {(4, o.net, o.plen) for o in inst.ifs}
    for red in proc.redistribute:
        want = red.protocol.lower()
        if want == "direct":
            want = "connected"
        if want not in ("connected", "static", "bgp", "ospf"):
            ctx.unsupported(f"ospf {proc.process}: redistribute {red.protocol}")
            continue
        for key, rs in table.routes.items():
            r = rs[0]
            proto = r.protocol
            if proto == "ibgp":
                proto = "bgp"
            if proto.startswith("ospf"):
                proto = "ospf"
            if proto != want or key[0] != 4 or key in ospf_own:
                continue
            if want == "ospf":
                continue  # another OSPF process: not modelled separately
            a = Attrs(key, proto)
            a.tag = r.tag
            a.metric = red.metric if red.metric is not None else _DEFAULT_METRIC.get(want, 20)
            a.metric_type = red.metric_type or 2
            res = apply(ctx, red.route_map, a)
            if res is None:
                continue
            yield (
                inst.node,
                key,
                res.metric if res.metric is not None else 20,
                res.metric_type or 2,
                res.tag,
                frozenset(),
            )
    if proc.export_policies:  # Junos: export policies over the active non-OSPF routes
        for key, rs in table.routes.items():
            r = rs[0]
            if key[0] != 4 or r.protocol.startswith("ospf") or r.protocol == "local":
                continue
            if key in ospf_own:
                continue
            a = Attrs(key, r.protocol if r.protocol not in ("ibgp",) else "bgp")
            a.tag = r.tag
            a.metric = 0
            a.metric_type = 2
            got: Attrs | None = None
            for pol in proc.export_policies:
                got = apply(ctx, pol, a, default_accept=False)
                if got is not None:
                    break
            if got is None:
                continue
            yield (
                inst.node,
                key,
                got.metric if got.metric is not None else 0,
                got.metric_type or 2,
                got.tag,
                frozenset(),
            )
    if proc.default_originate:
        has_default = False
        t = table.routes.get((4, 0, 0))
        if t and not t[0].protocol.startswith("ospf"):
            has_default = True
        if has_default or proc.default_originate_always:
            yield inst.node, (4, 0, 0), 1, 2, None, frozenset()


__all__ = ["area_id", "compute", "parse_address"]
