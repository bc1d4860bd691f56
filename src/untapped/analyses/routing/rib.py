"""Route tables inside the computation: prefix key -> best routes, with longest-prefix match by
probing the prefix lengths present (no radix rebuild per iteration)."""

from __future__ import annotations

from collections.abc import Iterable

from untapped.analyses.routing.addr import PrefixKey, network_of
from untapped.analyses.routing.model import Route

# A protocol's routes by (device, VRF), each list in the order produced.
Grouped = dict[tuple[str, str], list[tuple[PrefixKey, Route]]]


class Table:
    """One RIB (device, VRF): prefix -> routes (ECMP: several)."""

    __slots__ = ("_lens", "routes")

    def __init__(self) -> None:
        self.routes: dict[PrefixKey, list[Route]] = {}
        self._lens: dict[int, list[int]] | None = None

    def add(self, key: PrefixKey, route: Route) -> None:
        self.routes.setdefault(key, []).append(route)
        self._lens = None

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
    (equal-cost multipath)."""
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
                cur.append(r)
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
