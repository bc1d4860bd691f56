"""Route tables inside the computation: prefix key -> best routes, with longest-prefix match by
probing the prefix lengths present (no radix rebuild per iteration)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

from untapped.analyses.routing.addr import PrefixKey, network_of
from untapped.analyses.routing.model import Route

# Routes by prefix, "folded": each list is what `select` keeps of it alone (the routes of one
# protocol with one admin distance and metric, no two equal).
Part = dict[PrefixKey, list[Route]]
# A protocol's routes by (device, VRF).
Grouped = dict[tuple[str, str], Part]


class Table:
    """One RIB (device, VRF): prefix -> routes (ECMP: several)."""

    __slots__ = ("_lens", "routes", "sums")

    def __init__(self) -> None:
        self.routes: dict[PrefixKey, list[Route]] = {}
        self._lens: dict[int, list[int]] | None = None
        # per protocol, the sum of the route hashes (None: not known, computed on demand)
        self.sums: dict[str, int] | None = {}

    def lengths(self, family: int) -> list[int]:
        if self._lens is None:
            lens: dict[int, set[int]] = {4: set(), 6: set()}
            for fam, _, plen in self.routes:
                lens[fam].add(plen)
            self._lens = {f: sorted(v, reverse=True) for f, v in lens.items()}
        return self._lens[family]

    def lpm(
        self, family: int, address: int, exclude: PrefixKey | None = None
    ) -> tuple[PrefixKey, list[Route]] | None:
        routes = self.routes
        for plen in self.lengths(family):
            key = (family, network_of(family, address, plen), plen)
            if key == exclude:
                continue
            found = routes.get(key)
            if found:
                return key, found
        return None


def select(candidates: Iterable[tuple[PrefixKey, Route]], into: Table | None = None) -> Table:
    """The main RIB from candidate routes: lowest admin distance, then lowest metric; ties kept
    (equal-cost multipath). The route lists of a table are never changed in place (they may be
    shared with a protocol's cached output): a new list replaces one that grows."""
    table = into if into is not None else Table()
    best = table.routes
    get = best.get
    for key, r in candidates:
        cur = get(key)
        if not cur:
            best[key] = [r]
            continue
        c = cur[0]
        rd = r.admin_distance
        cd = c.admin_distance
        if rd < cd or (rd == cd and r.metric < c.metric):
            best[key] = [r]
        elif rd == cd and r.metric == c.metric and r not in cur:
            if r.protocol == c.protocol:
                best[key] = [*cur, r]
    table._lens = None
    table.sums = None
    return table


def part_sums(part: Part) -> dict[str, int]:
    """Per protocol, the sum of the hashes of the routes of a folded part (each list holds the
    routes of one protocol)."""
    lists = part.values()
    protos = {rs[0].protocol for rs in lists}
    if len(protos) == 1:  # one protocol (most protocol outputs): one pass in C
        return {protos.pop(): sum(map(hash, chain.from_iterable(lists)))}
    sums: dict[str, int] = {}
    get = sums.get
    for rs in lists:
        h = hash(rs[0]) if len(rs) == 1 else sum(map(hash, rs))
        proto = rs[0].protocol
        sums[proto] = get(proto, 0) + h
    return sums


def merge(parts: list[tuple[Part, dict[str, int]]]) -> Table:
    """The main RIB from folded parts (each with its `part_sums`), in order: the same table as
    `select` over the concatenation of their routes, provided no protocol has routes in two
    parts (true of the engine's sources: connected/local, OSPF, BGP; a fold drops a route of the
    first protocol that an equal-cost route of another protocol precedes, which a route of that
    protocol in an earlier part would have kept). Parts whose prefixes are new to the table are
    added whole; the others prefix by prefix."""
    table = Table()
    best = table.routes
    sums: dict[str, int] | None = {}
    for part, psums in parts:
        if not part:
            continue
        if not best or best.keys().isdisjoint(part):
            best.update(part)
        else:
            sums = None
            select(((key, r) for key, rs in part.items() for r in rs), into=table)
            continue
        if sums is not None:
            for proto, h in psums.items():
                sums[proto] = sums.get(proto, 0) + h
    table.sums = sums
    table._lens = None
    return table


def signature(tables: dict[tuple[str, str], Table]) -> int:
    """An order-independent fingerprint of all RIBs (to detect a fixed point or a cycle)."""
    total = 0
    for (dev, vrf), t in tables.items():
        h = hash((dev, vrf))
        for key, routes in t.routes.items():
            for r in routes:
                total = (total + hash((h, key, r))) & 0xFFFFFFFFFFFFFFFF
    return total
