"""The RIB merge of folded parts is `select` over the concatenation of their routes: the same
routes, the same prefix order, the same per-protocol hash sums (the parts holding protocols of
their own, as the engine's sources do: connected/local, OSPF, BGP)."""

from __future__ import annotations

import random

from untapped.analyses.routing.model import Route
from untapped.analyses.routing.rib import merge, part_sums, select


def _route(
    i: int, proto: str, ad: int, metric: int, hop: int
) -> tuple[tuple[int, int, int], Route]:
    key = (4, i << 8, 24)
    return key, Route("r1", "default", f"10.0.{i}.0/24", proto, f"192.0.2.{hop}", None, ad, metric)


def test_merge_equals_select_over_the_concatenation() -> None:
    rnd = random.Random(7)
    families = [
        [("connected", 0), ("local", 0)],
        [("ospf", 110), ("ospfIA", 110), ("ospfE2", 110)],
        [("ibgp", 200), ("aggregate", 200), ("bgp", 20)],
    ]
    for _ in range(300):
        sources = []
        for protos in rnd.sample(families, rnd.randint(1, 3)):
            items = []
            for _ in range(rnd.randint(0, 12)):
                proto, ad = rnd.choice(protos)
                items.append(
                    _route(rnd.randint(0, 9), proto, ad, rnd.choice((0, 1, 2)), rnd.randint(1, 3))
                )
            sources.append(items)
        flat = [it for items in sources for it in items]
        want = select(flat)
        parts = []
        for items in sources:
            part = select(items).routes
            parts.append((part, part_sums(part)))
        got = merge(parts)
        assert list(got.routes.items()) == list(want.routes.items())
        sums = got.sums if got.sums is not None else part_sums(got.routes)
        assert sums == part_sums(want.routes)


def test_a_grown_list_is_a_new_list() -> None:
    """Tables may share route lists with a protocol's cached output: never grown in place."""
    key, a = _route(1, "ospf", 110, 2, 1)
    _, b = _route(1, "ospf", 110, 2, 2)
    part = select([(key, a)]).routes
    shared = part[key]
    table = merge([(part, part_sums(part))])
    select([(key, b)], into=table)
    assert shared == [a]
    assert table.routes[key] == [a, b]
