"""Forwarding entries: main-RIB routes resolved down to an interface, and longest-prefix match."""

from __future__ import annotations

from typing import Any

import radix

from untapped.analyses.routing.addr import (
    address_text,
    is_discard,
    packed,
    parse_address,
)
from untapped.analyses.routing.model import DataPlane, FibEntry, Route
from untapped.analyses.routing.rib import Table

MAX_DEPTH = 8


def address_key(address: str | int) -> tuple[int, int] | None:
    if isinstance(address, int):
        return (4 if address < 1 << 32 else 6, address)
    return parse_address(address)


def _resolve(
    route: Route,
    tables: dict[tuple[str, str], Table],
    own: set[tuple[str, str, int]],
    depth: int,
) -> list[tuple[str, str | None, str | None]]:
    """(action, interface, next hop) triples for one route."""
    if route.protocol in ("connected", "local"):
        return [
            ("receive" if route.protocol == "local" else "forward", route.next_hop_interface, None)
        ]
    if is_discard(route.next_hop_interface):
        return [("drop", None, None)]
    nh_text = route.next_hop_ip
    if nh_text is None:
        if route.next_hop_interface is not None:
            return [("forward", route.next_hop_interface, None)]
        return [("unknown", None, None)]
    if route.next_hop_interface is not None:
        return [("forward", route.next_hop_interface, nh_text)]
    nh = parse_address(nh_text)
    if nh is None or depth >= MAX_DEPTH:
        return [("unknown", None, None)]
    vrf = route.next_hop_vrf or route.vrf
    table = tables.get((route.device, vrf))
    found = table.lpm(nh[0], nh[1]) if table is not None else None
    if found is None:
        return [("unknown", None, None)]
    out: list[tuple[str, str | None, str | None]] = []
    for via in found[1]:
        if via is route:
            continue
        if via.protocol in ("connected", "local"):
            if via.protocol == "local" or (route.device, vrf, nh[1]) in own:
                out.append(("receive", via.next_hop_interface, None))
            else:
                out.append(("forward", via.next_hop_interface, nh_text))
            continue
        for act, itf, hop in _resolve(via, tables, own, depth + 1):
            out.append((act, itf, hop if hop is not None else nh_text))
    return list(dict.fromkeys(out)) or [("unknown", None, None)]


def build(
    tables: dict[tuple[str, str], Table], own: set[tuple[str, str, int]]
) -> dict[tuple[str, str], list[FibEntry]]:
    fibs: dict[tuple[str, str], list[FibEntry]] = {}
    for dv, table in tables.items():
        entries: list[FibEntry] = []
        for key, routes in table.routes.items():
            for r in routes:
                if (
                    r.protocol == "connected"
                    and key[2] == (32 if key[0] == 4 else 128)
                    and (dv[0], dv[1], key[1]) in own
                ):
                    entries.append(FibEntry(r.prefix, "receive", r.next_hop_interface, None, r))
                    continue
                for act, itf, hop in _resolve(r, tables, own, 0):
                    entries.append(FibEntry(r.prefix, act, itf, hop, r))
        fibs[dv] = entries
    return fibs


def _tree(dp: DataPlane, device: str, vrf: str) -> Any:
    tree = dp._radix.get((device, vrf))
    if tree is None:
        tree = radix.Radix()
        for e in dp.fibs.get((device, vrf), []):
            node = tree.add(e.prefix)
            node.data.setdefault("e", []).append(e)
        dp._radix[(device, vrf)] = tree
    return tree


def lookup(dp: DataPlane, device: str, vrf: str, address: str | int) -> list[FibEntry]:
    key = address_key(address)
    if key is None:
        return []
    node = _tree(dp, device, vrf).search_best(packed=packed(*key))
    if node is None:
        return []
    return list(node.data.get("e", []))


def owners(dp: DataPlane, items: list[tuple[str, str, int, int]]) -> None:
    """Fill `dp.owners` from (device, interface, family, ip)."""
    for dev, itf, fam, ip in items:
        dp.owners.setdefault((fam, ip), []).append((dev, itf))


__all__ = ["address_key", "address_text", "build", "lookup", "owners"]
