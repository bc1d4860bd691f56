"""The fixed-point computation: connected -> static -> OSPF -> BGP -> main RIBs, repeated until
the RIBs stop changing. A RIB state seen before (a cycle) or `max_iterations` reached without a
fixed point is reported (`DataPlane.converged` False, devices whose RIBs still changed marked
`not-converged`) instead of looping."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from untapped.analyses.collector import collector_paused
from untapped.analyses.routing import fib
from untapped.analyses.routing.addr import PrefixKey
from untapped.analyses.routing.connected_static import connected, statics
from untapped.analyses.routing.context import DeviceCtx
from untapped.analyses.routing.model import DataPlane, L3Edge, Route
from untapped.analyses.routing.rib import Grouped, Part, Table, merge, part_sums, select
from untapped.analyses.routing.topology import Layer1, infer_edges
from untapped.model.device import Device

# (device, vrf, prefix, route) items, or the same already grouped by (device, vrf)
Candidates = Iterable[tuple[str, str, PrefixKey, Route]] | Grouped
# A protocol: (device contexts, edges, current main RIBs) -> candidate routes.
ProtocolFn = Callable[
    [dict[str, DeviceCtx], list[L3Edge], dict[tuple[str, str], Table]], Candidates
]


def _protocols() -> list[ProtocolFn]:
    """The dynamic protocols computed, in order (each reads the RIBs of the previous round)."""
    import importlib

    out: list[ProtocolFn] = []
    for name in PROTOCOL_MODULES:
        try:
            mod = importlib.import_module(f"untapped.analyses.routing.{name}")
        except ImportError:  # pragma: no cover - a protocol module not written yet
            continue
        out.append(mod.compute)
    return out


PROTOCOL_MODULES = ("ospf", "bgp")
PRODUCES = {
    "ospf": frozenset({"ospf", "ospfIA", "ospfE1", "ospfE2"}),
    "bgp": frozenset({"bgp", "ibgp", "aggregate"}),
}


def _ospf_reads(ctxs: dict[str, DeviceCtx]) -> frozenset[str] | None:
    """The route protocols OSPF reads from the RIBs (redistribution); None: all of them."""
    out: set[str] = set()
    for ctx in ctxs.values():
        for o in ctx.dev.ospf:
            if (o.default_originate and not o.default_originate_always) or o.export_policies:
                return None
            for red in o.redistribute:
                p = red.protocol.lower()
                out.update({"direct": ("connected",), "bgp": ("bgp", "ibgp")}.get(p, (p,)))
    return frozenset(out)


READS = {"ospf": _ospf_reads}


def _input_signature(
    by_proto: dict[str, int], produced: frozenset[str], reads: frozenset[str] | None = None
) -> int:
    """A fingerprint of the routes a protocol reads: those of `reads`, or (None) all the routes
    it does not produce itself. Route hashes include the device and VRF."""
    total = 0
    for proto, h in by_proto.items():
        if (proto in reads) if reads is not None else (proto not in produced):
            total = (total + hash((proto, h))) & 0xFFFFFFFFFFFFFFFF
    return total


def _mark_unsupported(ctx: DeviceCtx, supported: set[str]) -> None:
    dev = ctx.dev
    for rp in dev.other_routing:
        ctx.unsupported(f"{rp.protocol} {rp.process} (line {rp.span.line})")
    for o in dev.ospf:
        if o.process.lower() in ("ospf3", "ospfv3"):
            ctx.unsupported(f"ospfv3 {o.process} (line {o.span.line})")
    if "ospf" not in supported:
        for o in dev.ospf:
            ctx.unsupported(f"ospf {o.process} (line {o.span.line})")
    if "bgp" not in supported and dev.bgp is not None:
        ctx.unsupported(f"bgp {dev.bgp.asn} (line {dev.bgp.span.line})")


def _tables_from(
    ctxs: dict[str, DeviceCtx], parts: dict[tuple[str, str], list[tuple[Part, dict[str, int]]]]
) -> dict[tuple[str, str], Table]:
    tables: dict[tuple[str, str], Table] = {}
    for name, ctx in ctxs.items():
        for vrf in ctx.vrfs():
            tables[(name, vrf)] = merge(parts.get((name, vrf), []))
    for dv, items in parts.items():
        if dv not in tables:
            tables[dv] = merge(items)
    return tables


def _add_statics(ctxs: dict[str, DeviceCtx], tables: dict[tuple[str, str], Table]) -> None:
    """Static routes resolve against the RIB that includes the statics installed so far."""
    for ctx in ctxs.values():
        if not ctx.dev.static_routes:
            continue
        installed: set[tuple[str, PrefixKey, Route]] = set()
        for _ in range(8):
            new = [s for s in statics(ctx, tables) if s not in installed]
            if not new:
                break
            for vrf, key, r in new:
                installed.add((vrf, key, r))
                t = tables.setdefault((ctx.name, vrf), Table())
                select([(key, r)], into=t)


def _snapshot(
    tables: dict[tuple[str, str], Table],
) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """Fingerprints (order-independent sums of the cached route hashes) per table and per
    protocol, from the sums the tables were merged with where known."""
    out: dict[tuple[str, str], int] = {}
    by_proto: dict[str, int] = {}
    get = by_proto.get
    for dv, t in tables.items():
        sums = t.sums
        if sums is None:
            sums = t.sums = part_sums(t.routes)
        total = 0
        for proto, h in sums.items():
            total += h
            by_proto[proto] = get(proto, 0) + h
        out[dv] = total & 0xFFFFFFFFFFFFFFFF
    return out, by_proto


def compute(
    devices: list[Device],
    layer1: Layer1 | None = None,
    max_iterations: int = 100,
    with_fib: bool = True,
) -> DataPlane:
    """Converged RIBs (and FIBs) of `devices`. The cyclic garbage collector is paused meanwhile:
    the computation makes millions of small acyclic objects, and the collector's passes over
    them cost more than the computation itself."""
    with collector_paused():
        return _compute(devices, layer1, max_iterations, with_fib)


def _compute(
    devices: list[Device],
    layer1: Layer1 | None,
    max_iterations: int,
    with_fib: bool,
) -> DataPlane:
    ctxs: dict[str, DeviceCtx] = {}
    for dev in devices:
        if dev.name in ctxs:  # two files with one host name: keep the first, say so
            ctxs[dev.name].status.notes.append(f"another file has the same name: {dev.file}")
            continue
        ctxs[dev.name] = DeviceCtx(dev)
    edges = infer_edges([c.dev for c in ctxs.values()], layer1)
    protocols = _protocols()
    supported = {fn.__module__.rsplit(".", 1)[-1] for fn in protocols}
    for ctx in ctxs.values():
        _mark_unsupported(ctx, supported)

    items: dict[tuple[str, str], list[tuple[PrefixKey, Route]]] = {}
    for ctx in ctxs.values():
        for vrf, key, r in connected(ctx):
            items.setdefault((ctx.name, vrf), []).append((key, r))
    base: dict[tuple[str, str], tuple[Part, dict[str, int]]] = {}
    for dv, its in items.items():
        part = select(its).routes
        base[dv] = (part, part_sums(part))

    tables = _tables_from(ctxs, {dv: [p] for dv, p in base.items()})
    _add_statics(ctxs, tables)
    seen: dict[int, int] = {}
    # A protocol whose inputs (the routes of the other protocols) did not change since its last
    # run gives the same routes: reuse them.
    cache: dict[ProtocolFn, tuple[int, dict[tuple[str, str], tuple[Part, dict[str, int]]]]] = {}
    history: list[dict[tuple[str, str], int]] = []
    converged = not protocols
    iterations = 0
    prev, by_proto = _snapshot(tables)
    for it in range(1, max_iterations + 1):
        iterations = it
        cands: dict[tuple[str, str], list[tuple[Part, dict[str, int]]]] = {
            dv: [p] for dv, p in base.items()
        }
        all_cached = it > 1
        for fn in protocols:
            mod = fn.__module__.rsplit(".", 1)[-1]
            produced = PRODUCES.get(mod, frozenset())
            reads = READS[mod](ctxs) if mod in READS else None
            sig = _input_signature(by_proto, produced, reads)
            hit = cache.get(fn)
            if hit is not None and hit[0] == sig:
                out = hit[1]
            else:
                all_cached = False
                if "bgp" in produced:
                    _reset_oscillation(ctxs)
                out = {dv: (p, part_sums(p)) for dv, p in _grouped(fn(ctxs, edges, tables)).items()}
                cache[fn] = (sig, out)
            for dv, ps in out.items():
                have = cands.get(dv)
                if have is None:
                    cands[dv] = [ps]
                else:
                    have.append(ps)
        if all_cached:  # the same inputs give the same tables: a fixed point
            converged = True
            break
        new = _tables_from(ctxs, cands)
        _add_statics(ctxs, new)
        snap, by_proto = _snapshot(new)
        tables = new
        if snap == prev:
            converged = True
            break
        sig = hash(frozenset((dv, hash(v)) for dv, v in snap.items()))
        if sig in seen:  # a state seen before: the computation cycles
            _mark_changing(ctxs, [*history[seen[sig] :], snap])
            break
        seen[sig] = len(history)
        history.append(snap)
        prev = snap
    else:
        _mark_changing(ctxs, history[-2:])

    # one sort of every prefix of the network, then each table's prefixes by their rank
    every: set[PrefixKey] = set()
    for t in tables.values():
        every.update(t.routes)
    rank = {key: i for i, key in enumerate(sorted(every))}.__getitem__
    ribs = {dv: _ordered(t, rank) for dv, t in tables.items()}
    own = {(a_ctx.name, a.vrf, a.ip) for a_ctx in ctxs.values() for a in a_ctx.addrs}
    fibs = fib.build(tables, own) if with_fib else {}
    status = {name: ctx.status for name, ctx in ctxs.items()}
    if any(st.status == "not-converged" for st in status.values()):
        converged = False
    dp = DataPlane(ribs, fibs, edges, status, iterations, converged)
    for ctx in ctxs.values():
        for itf, vrf in ctx.iface_vrf.items():
            dp.iface_vrf[(ctx.name, itf)] = vrf
    fib.owners(dp, [(c.name, a.interface, a.family, a.ip) for c in ctxs.values() for a in c.addrs])
    return dp


def _reset_oscillation(ctxs: dict[str, DeviceCtx]) -> None:
    """Forget the oscillations a protocol reported in the previous round (the RIBs it read
    have changed since)."""
    for ctx in ctxs.values():
        st = ctx.status
        if st.status == "not-converged":
            st.status = "partial" if st.unsupported else "ok"
            st.notes = [n for n in st.notes if "oscillates" not in n]


def _mark_changing(ctxs: dict[str, DeviceCtx], states: list[dict[tuple[str, str], int]]) -> None:
    changing: set[str] = set()
    for a, b in itertools.pairwise(states):
        for dv in set(a) | set(b):
            if a.get(dv) != b.get(dv):
                changing.add(dv[0])
    for name in sorted(changing):
        st = ctxs[name].status
        st.status = "not-converged"
        msg = "routes did not converge (oscillation or iteration limit)"
        if msg not in st.notes:
            st.notes.append(msg)


def _grouped(routes: Candidates) -> Grouped:
    """A protocol's routes by (device, VRF), folded (see `rib.Part`); routes given one by one
    are folded here."""
    if isinstance(routes, dict):
        return routes
    items: dict[tuple[str, str], list[tuple[PrefixKey, Route]]] = {}
    last: tuple[str, str] | None = None
    cur: list[tuple[PrefixKey, Route]] = []
    for dname, vrf, key, r in routes:
        if last is None or dname != last[0] or vrf != last[1]:
            last = (dname, vrf)
            got = items.get(last)
            if got is None:
                got = items[last] = []
            cur = got
        cur.append((key, r))
    return {dv: select(its).routes for dv, its in items.items()}


def _ordered(t: Table, rank: Callable[[PrefixKey], int]) -> list[Route]:
    """Routes by prefix (family, address, length: `rank`), then protocol and next hop."""
    out: list[Route] = []
    add = out.append
    routes = t.routes
    for key in sorted(routes, key=rank):
        rs = routes[key]
        # the routes of one key share their prefix: order them by the rest
        if len(rs) == 1:
            add(rs[0])
        elif len(rs) == 2:  # `_route_order` inlined for the common case of one protocol
            a, b = rs
            if a.protocol == b.protocol:
                an = a.next_hop_ip or ""
                bn = b.next_hop_ip or ""
                swap = bn < an or (
                    bn == an and (b.next_hop_interface or "") < (a.next_hop_interface or "")
                )
            else:
                swap = _route_order(b) < _route_order(a)
            if swap:
                add(b)
                add(a)
            else:
                out.extend(rs)
        else:
            out.extend(sorted(rs, key=_route_order))
    return out


def _route_order(r: Route) -> tuple[object, ...]:
    return (r.protocol, r.next_hop_ip or "", r.next_hop_interface or "")
