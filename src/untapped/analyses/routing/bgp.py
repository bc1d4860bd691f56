"""BGP: sessions from configured neighbours that match each other, origination (network,
redistribute, aggregate; Junos export policies over active routes), policies in and out,
best-path selection (`bgp_path`), iBGP split horizon with route reflection, next-hop-self,
multipath. Propagation is event-driven (a worklist of (speaker, prefix) whose best path changed);
a (speaker, prefix) whose best path keeps changing is an oscillation: it is reported
(device `not-converged`) instead of looping.

Not computed (the device is marked partial, naming the line): confederations, VPNv4/EVPN route
exchange between VRFs (route targets), add-path, BGP in VRFs of other address families than
IPv4/IPv6 unicast. Cluster lists are approximated by originator ids.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from msgspec.structs import replace

from untapped.analyses.routing.addr import (
    PrefixKey,
    address_text,
    contains,
    parse_address,
    prefix_text,
)
from untapped.analyses.routing.bgp_path import Path, best
from untapped.analyses.routing.bgp_session import (
    Session,
    Speaker,
    _pk,
    _reachable,
    _sessions,
    _speakers,
    parse_asn,
)
from untapped.analyses.routing.context import DeviceCtx, vrf_name
from untapped.analyses.routing.model import L3Edge, Route
from untapped.analyses.routing.policy import Attrs, apply
from untapped.analyses.routing.rib import Grouped, Part, Table, select

_UNSET = Path((0, 0, -1))  # an export not built yet
_PENDING: list[Path] = []  # a best path not selected yet (lazy speakers)
# A session seen from its speaker (see `_run`).
Link = tuple["Session", int, int, "Speaker", "Session", int, dict[PrefixKey, int] | None, bool]
MAX_CHANGES = 64  # best-path changes of one (speaker, prefix) before it counts as oscillating
CISCO_WEIGHT = frozenset({"cisco_ios", "cisco_nxos", "cisco_iosxr", "arista_eos", "frr"})
_REDIST = {
    "connected": ("connected",),
    "direct": ("connected",),
    "static": ("static",),
    "ospf": ("ospf", "ospfIA", "ospfE1", "ospfE2"),
    "ospfv3": (),
    "isis": ("isis",),
    "rip": ("rip",),
    "eigrp": ("eigrp",),
}


def compute(
    ctxs: dict[str, DeviceCtx], edges: list[L3Edge], tables: dict[tuple[str, str], Table]
) -> Grouped:
    """The BGP routes of every speaker, by (device, VRF)."""
    got = _run(ctxs, tables, lazy=True)
    if got is None:  # a prefix changed too often for the lazy selection: select eagerly
        got = _run(ctxs, tables, lazy=False)
    assert got is not None
    return got


def _run(
    ctxs: dict[str, DeviceCtx], tables: dict[tuple[str, str], Table], lazy: bool
) -> Grouped | None:
    """The propagation. `lazy`: speakers that never pass on what they learn (see `quiet`)
    select the best path of a learned prefix once at the end instead of on every change of
    their adj-RIB-in (the same paths: nothing reads them meanwhile); None when a prefix's
    adj-RIB-in of such a speaker changed more than MAX_CHANGES times (its best path might
    oscillate: the caller runs again without `lazy`, which counts best-path changes)."""
    result: Grouped = {}
    speakers = _speakers(ctxs)
    if not speakers:
        return result
    _sessions(speakers, tables)
    all_sessions: dict[int, Session] = {}
    for sp in speakers:
        for s in sp.sessions:
            all_sessions[s.index] = s
    # Speakers with iBGP sessions to non-clients only (no reflection, no aggregates, not Junos)
    # never pass on a path learned over iBGP: a best-path change to such a path (or to none)
    # sends nothing, unless they advertised the prefix before (a withdrawal is due then).
    quiet: dict[int, set[PrefixKey]] = {}
    for sp in speakers:
        if not sp.junos and not sp.aggregates:
            if all(not s.ebgp and not s.nb.rr_client for s in sp.sessions):
                quiet[id(sp)] = set()  # the prefixes it advertised
    # lazy speakers: adj-RIB-in changes per prefix (prefixes it originates are selected eagerly)
    updates: dict[int, dict[PrefixKey, int]] = {i: {} for i in quiet} if lazy else {}
    # per speaker: (session, its index, its export class number, the peer, the peer's end of
    # it, its index, the peer's adj-RIB-in change counts when lazy, whether the peer imports
    # over it without policy over iBGP), the peers' ends known
    links: dict[int, list[Link]] = {}
    nclasses: dict[int, int] = {}
    for sp in speakers:
        classes: dict[tuple[object, ...], int] = {}
        mine: list[Link] = []
        for s in sp.sessions:
            back = all_sessions.get(s.reverse)
            if back is not None:
                ek = classes.setdefault(s.export_class, len(classes))
                plain = back.nb.pl_in is None and back.nb.rm_in is None and not back.ebgp
                upd = updates.get(id(s.peer))
                mine.append((s, s.index, ek, s.peer, back, back.index, upd, plain))
        links[id(sp)] = mine
        nclasses[id(sp)] = len(classes)
    queue: deque[tuple[Speaker, PrefixKey]] = deque()
    for sp in speakers:
        _originate(sp, tables)
        for key, paths in list(sp.local.items()):
            _reselect(sp, key, tables, queue)
            if key not in sp.best and any(p.export_only for p in paths):
                queue.append((sp, key))  # offered to the export policies only
    pop = queue.popleft
    while queue:
        sp, key = pop()
        if key in sp.oscillating:
            continue
        cur = sp.best.get(key)
        bp = cur[0] if cur else None
        sent = quiet.get(id(sp))
        if sent is not None:
            if key not in sent and (bp is None or not (bp.local or bp.ebgp)):
                continue
            sent.add(key)
        # sessions of one export class get the same advertisement: build it once
        shared: list[Path | None] = [_UNSET] * nclasses[id(sp)]
        came = bp.session if bp is not None else -2
        for s, si, ek, peer, back, bi, upd, plain in links[id(sp)]:
            if came == si:
                out = None
            else:
                out = shared[ek]
                if out is _UNSET:
                    out = shared[ek] = _export(sp, s, key, bp)
            adj = peer.adj_in.get(key)
            have = adj.get(bi) if adj is not None else None
            if out is None:
                if have is None:
                    continue
                got = None
            elif plain:  # `_import` without policy over iBGP, inlined
                if out.originator and out.originator == peer.rid:
                    got = None
                else:
                    nb = back.nb
                    got = replace(out, session=bi, ebgp=False, peer_ip=nb.ip, weight=nb.weight or 0)
                    nh = got.next_hop
                    if nh is None:
                        nh = got.next_hop = (nb.family, nb.ip)
                    reach = peer.reach.get(nh)
                    if reach is None:
                        table = tables.get((peer.ctx.name, peer.vrf))
                        reach = peer.reach[nh] = _reachable(table, *nh)
                    if reach[0]:
                        got.igp_metric = reach[1]
                    else:
                        got = None
            else:
                got = _import(peer, back, key, out, tables)
            if got is None:
                if have is None:
                    continue
                del adj[bi]  # type: ignore[union-attr]
            else:
                if have is not None and got.signature() == have.signature():
                    continue
                if adj is None:
                    adj = peer.adj_in[key] = {}
                adj[bi] = got
            if upd is not None and key not in peer.local:
                n = upd[key] = upd.get(key, 0) + 1
                if n > MAX_CHANGES:
                    return None
                # the prefix's place in the table is kept as eager selection would keep it
                if adj:
                    if key not in peer.best:
                        peer.best[key] = _PENDING
                else:
                    peer.best.pop(key, None)
                continue
            _reselect(peer, key, tables, queue, adj)
    for sp in speakers:
        _inherit_partial(sp)
        part: Part = {}
        for key, routes in _rib_lists(sp):  # each list folded as `select` folds it
            part[key] = routes if len(routes) == 1 else select((key, r) for r in routes).routes[key]
        dv = (sp.ctx.name, sp.vrf)
        before = result.get(dv)
        if before is None:
            result[dv] = part
        else:  # (one speaker per device and VRF: not expected)
            both = [(k, r) for pt in (before, part) for k, rs in pt.items() for r in rs]
            result[dv] = select(both).routes
    return result


def _inherit_partial(sp: Speaker) -> None:
    """A speaker whose BGP peer computes only part of its routes (a VPN family, a protocol not
    computed) may miss routes it would learn from that peer: it is partial too, saying why."""
    st = sp.ctx.status
    for s in sp.sessions:
        peer = s.peer.ctx
        if peer is sp.ctx or not peer.status.unsupported:
            continue
        what = f"bgp peer {peer.name} is partial: routes learned from it may be missing"
        if what not in st.notes:
            st.notes.append(what)
        if st.status == "ok":
            st.status = "partial"


def _reselect(
    sp: Speaker,
    key: PrefixKey,
    tables: dict[tuple[str, str], Table],
    queue: deque[tuple[Speaker, PrefixKey]],
    adj: dict[int, Path] | None = None,
) -> None:
    """Best-path selection for `key` at `sp` (`adj`: its adj-RIB-in for `key`, when at hand)."""
    loc = sp.local.get(key) if sp.local else None
    if adj is None:
        adj = sp.adj_in.get(key)
    if loc:
        cands = [p for p in loc if not p.export_only]
        if adj:
            cands.extend(adj.values())
    else:
        cands = list(adj.values()) if adj else []
    new = best(cands, sp.acm, sp.multipath) if len(cands) > 1 else cands
    old = sp.best.get(key)
    if old is None:
        if not new:
            return
    elif len(new) == len(old) and (
        all(a is b for a, b in zip(new, old, strict=True))
        or [p.signature() for p in new] == [p.signature() for p in old]
    ):
        return
    if new:
        sp.best[key] = new
    else:
        sp.best.pop(key, None)
    changes = sp.changes
    n = changes[key] = changes.get(key, 0) + 1
    if n > MAX_CHANGES:
        sp.oscillating.add(key)
        st = sp.ctx.status
        st.status = "not-converged"
        msg = f"bgp route {prefix_text(*key)} oscillates (vrf {sp.vrf})"
        if msg not in st.notes:
            st.notes.append(msg)
        return
    queue.append((sp, key))
    if sp.aggregates:
        _update_aggregates(sp, key, tables, queue)


def _update_aggregates(
    sp: Speaker,
    key: PrefixKey,
    tables: dict[tuple[str, str], Table],
    queue: deque[tuple[Speaker, PrefixKey]],
) -> None:
    for agg, summary_only in sp.aggregates:
        if agg == key or not contains(agg, key):
            continue
        active = any(k != agg and contains(agg, k) for k in sp.best)
        have = any(p.aggregate for p in sp.local.get(agg, []))
        if summary_only:
            for k in sp.best:
                if k != agg and contains(agg, k):
                    sp.suppressed.add(k)
        if active and not have:
            p = Path(agg)
            p.local = True
            p.aggregate = True
            p.weight = 32768 if sp.ctx.dialect in CISCO_WEIGHT else 0
            p.local_pref = sp.default_lp
            sp.local.setdefault(agg, []).append(p)
            _reselect(sp, agg, tables, queue)
        elif not active and have:
            sp.local[agg] = [p for p in sp.local[agg] if not p.aggregate]
            _reselect(sp, agg, tables, queue)


def _originate(sp: Speaker, tables: dict[tuple[str, str], Table]) -> None:
    ctx = sp.ctx
    bgp = ctx.dev.bgp
    assert bgp is not None
    table = tables.get((ctx.name, sp.vrf))
    if table is None:
        return
    weight = 32768 if ctx.dialect in CISCO_WEIGHT else 0

    def add(key: PrefixKey, metric: int, origin: int, rm: str | None, proto: str) -> None:
        p = Path(key)
        p.local = True
        p.weight = weight
        p.origin = origin
        p.med = metric
        p.local_pref = sp.default_lp
        if rm is not None:
            a = Attrs(key, proto)
            a.metric = metric
            res = apply(ctx, rm, a)
            if res is None:
                return
            _attrs_to_path(res, p)
        sp.local.setdefault(key, []).append(p)

    for n in bgp.networks:
        if vrf_name(n.vrf) != sp.vrf:
            continue
        key = _pk(n.prefix)
        if key is None:
            continue
        rs = table.routes.get(key)
        if rs and rs[0].protocol not in ("bgp", "ibgp"):
            add(key, rs[0].metric, 0, n.route_map, rs[0].protocol)
    if sp.vrf == "default":
        for red in bgp.redistribute:
            protos = _REDIST.get(red.protocol.lower())
            if (
                protos is not None
                and red.protocol.lower() == "ospf"
                and ctx.dialect in CISCO_WEIGHT
            ):
                protos = ("ospf", "ospfIA")  # Cisco-like: internal OSPF routes unless `match`
            if protos is None:
                ctx.unsupported(f"bgp redistribute {red.protocol}")
                continue
            for key, rs in table.routes.items():
                r = rs[0]
                if r.protocol in protos:
                    add(key, r.metric, 2, red.route_map, r.protocol)
    if sp.junos:
        for key, rs in table.routes.items():
            r = rs[0]
            if r.protocol not in ("bgp", "ibgp") and key not in sp.local:
                p = Path(key)
                p.local = True
                p.export_only = True
                p.origin = 0 if r.protocol != "static" else 2
                p.local_pref = sp.default_lp
                p.communities = (r.protocol,)  # the source protocol, for `from protocol`
                sp.local.setdefault(key, []).append(p)


def _attrs_to_path(a: Attrs, p: Path) -> None:
    if a.local_pref is not None:
        p.local_pref = a.local_pref
    p.med = a.metric
    if a.weight is not None:
        p.weight = a.weight
    p.communities = a.communities
    p.as_path = a.as_path
    p.origin = a.origin


def _path_attrs(p: Path, proto: str) -> Attrs:
    a = Attrs(p.key, proto)
    a.local_pref = p.local_pref
    a.metric = p.med
    a.weight = p.weight
    a.communities = p.communities
    a.as_path = p.as_path
    a.origin = p.origin
    return a


def _export(sp: Speaker, s: Session, key: PrefixKey, bp: Path | None) -> Path | None:
    """What `sp` sends over session `s` for `key` (None: nothing / withdraw)."""
    if key in sp.suppressed:
        bp = None
    if bp is None:
        loc = sp.local.get(key)
        if sp.junos and loc:
            bp = loc[0]
        else:
            return None
    if bp.key[0] != s.nb.family:
        return None
    if bp.session == s.index:
        return None
    if not bp.local and not bp.ebgp and not s.ebgp:
        came = sp.by_index.get(bp.session)
        from_client = came is not None and came.nb.rr_client
        if not from_client and not s.nb.rr_client:
            return None  # iBGP split horizon
    comms = bp.communities if not bp.export_only else ()
    if "no-advertise" in comms:
        return None
    if s.ebgp and ("no-export" in comms or "local-as" in comms):
        return None
    out = bp.copy()
    out.communities = comms
    proto = "bgp" if not bp.local else "local"
    if bp.export_only:
        proto = bp.communities[0] if bp.communities else "static"
    if s.nb.pl_out is not None:
        from untapped.analyses.routing.policy import _prefix_list_match

        if not _prefix_list_match(sp.ctx, s.nb.pl_out, key):  # type: ignore[arg-type]
            return None
    nh_set: str | None = None
    if s.nb.rm_out is not None:
        res = apply(sp.ctx, s.nb.rm_out, _path_attrs(out, proto), default_accept=not bp.export_only)  # type: ignore[arg-type]
        if res is None:
            return None
        _attrs_to_path(res, out)
        nh_set = res.next_hop
    elif bp.export_only:
        return None
    my_as = s.nb.local_as or sp.asn
    if s.ebgp:
        out.as_path = (my_as, *out.as_path)
        out.next_hop = (s.nb.family, s.local_ip)
        if not bp.local:
            out.med = None if out.med == bp.med else out.med
        out.local_pref = 100
        out.originator = 0
    else:
        if bp.local or (s.nb.nhs and bp.ebgp):
            out.next_hop = (s.nb.family, s.local_ip)
        elif s.nb.nhs and not bp.ebgp and not bp.local:
            pass  # next-hop-self does not change reflected iBGP routes (IOS default)
        if not bp.local and not bp.ebgp and not out.originator:
            out.originator = bp.peer_rid
    if nh_set == "self":
        out.next_hop = (s.nb.family, s.local_ip)
    elif nh_set is not None and nh_set not in ("peer", "discard"):
        a = parse_address(nh_set)
        if a is not None:
            out.next_hop = a
    out.peer_rid = sp.rid
    out.local = False
    out.export_only = False
    out.aggregate = False
    return out


def _import(
    sp: Speaker,
    s: Session,
    key: PrefixKey,
    path: Path | None,
    tables: dict[tuple[str, str], Table],
) -> Path | None:
    """What `sp` keeps of a path received over its session `s`."""
    if path is None:
        return None
    nb = s.nb
    ebgp = s.ebgp
    if ebgp:
        if (nb.local_as or sp.asn) in path.as_path:
            return None
    elif path.originator and path.originator == sp.rid:
        return None
    p = replace(path, session=s.index, ebgp=ebgp, peer_ip=nb.ip, weight=nb.weight or 0)
    if ebgp:
        p.local_pref = sp.default_lp
    if nb.pl_in is None and nb.rm_in is None:  # no inbound policy
        nh = p.next_hop
        if nh is None:
            nh = p.next_hop = (nb.family, nb.ip)
        reach = sp.reach.get(nh)
        if reach is None:
            reach = sp.reach[nh] = _reachable(tables.get((sp.ctx.name, sp.vrf)), *nh)
        if not reach[0]:
            return None
        p.igp_metric = reach[1]
        return p
    if s.nb.pl_in is not None:
        from untapped.analyses.routing.policy import _prefix_list_match

        if not _prefix_list_match(sp.ctx, s.nb.pl_in, key):  # type: ignore[arg-type]
            return None
    if s.nb.rm_in is not None:
        res = apply(sp.ctx, s.nb.rm_in, _path_attrs(p, "bgp"))  # type: ignore[arg-type]
        if res is None:
            return None
        _attrs_to_path(res, p)
        if res.next_hop not in (None, "self", "peer", "discard"):
            a = parse_address(res.next_hop)  # type: ignore[arg-type]
            if a is not None:
                p.next_hop = a
    if p.next_hop is None:
        p.next_hop = (s.nb.family, s.nb.ip)
    reach = sp.reach.get(p.next_hop)
    if reach is None:
        reach = sp.reach[p.next_hop] = _reachable(tables.get((sp.ctx.name, sp.vrf)), *p.next_hop)
    ok, metric, _ = reach
    if not ok:
        return None
    p.igp_metric = metric
    return p


def _same_route(p: Path, q: Path) -> bool:
    """Whether learned path `p` gives the same RIB route as learned path `q`."""
    return (
        p.next_hop == q.next_hop
        and p.ebgp == q.ebgp
        and (p.med or 0) == (q.med or 0)
        and p.as_path == q.as_path
        and p.local_pref == q.local_pref
        and p.communities == q.communities
        and not p.local
    )


def _rib_lists(sp: Speaker) -> Iterator[tuple[PrefixKey, list[Route]]]:
    """The RIB routes of `sp` by prefix (a lazy speaker's best paths selected here)."""
    ctx = sp.ctx
    ad = ctx.ad
    name = ctx.name
    vrf = sp.vrf
    ad_ebgp = ad["ebgp"]
    ad_ibgp = ad["ibgp"]
    for key, paths in sp.best.items():
        if paths is _PENDING:
            cands = list(sp.adj_in[key].values())
            if len(cands) == 2 and _same_route(cands[1], cands[0]):
                # (learned paths) whichever wins, with its companion or not: the same route
                paths = cands[:1]
            elif len(cands) > 1:
                paths = best(cands, sp.acm, sp.multipath)
            else:
                paths = cands
            sp.best[key] = paths
        text = prefix_text(*key)
        routes: list[Route] = []
        last: Path | None = None
        for p in paths:
            if last is not None and _same_route(p, last):
                continue  # the same route as the previous one (one next hop, two reflectors)
            last = None if p.local else p
            if p.local:
                if p.aggregate:
                    routes.append(
                        Route(
                            name,
                            vrf,
                            text,
                            "aggregate",
                            None,
                            "Null0",
                            ad["bgp_local"],
                            0,
                            local_pref=p.local_pref,
                        )
                    )
                continue
            nh = address_text(*p.next_hop) if p.next_hop else None
            ebgp = p.ebgp
            routes.append(
                Route(
                    name,
                    vrf,
                    text,
                    "bgp" if ebgp else "ibgp",
                    nh,
                    None,
                    ad_ebgp if ebgp else ad_ibgp,
                    p.med or 0,
                    None,
                    0,
                    p.as_path,
                    p.local_pref,
                    p.communities,
                )
            )
        if routes:
            yield key, routes


__all__ = ["MAX_CHANGES", "compute", "parse_asn"]
