"""Connected, local and static routes."""

from __future__ import annotations

from collections.abc import Iterator

from untapped.analyses.routing import distance
from untapped.analyses.routing.addr import (
    PrefixKey,
    address_text,
    bits,
    is_discard,
    parse_address,
    parse_prefix,
    prefix_text,
)
from untapped.analyses.routing.context import DeviceCtx, vrf_name
from untapped.analyses.routing.model import Route
from untapped.analyses.routing.rib import Table

Keyed = tuple[str, PrefixKey, Route]  # (vrf, prefix, route)


def connected(ctx: DeviceCtx) -> Iterator[Keyed]:
    """A connected route per up interface subnet, a local route per address (a host-length
    address gives the connected route only)."""
    dev = ctx.dev
    for a in ctx.addrs:
        itf = dev.interfaces.get(a.interface)
        line = itf.span.line if itf is not None else 0
        key = (a.family, a.net, a.plen)
        yield (
            a.vrf,
            key,
            Route(
                ctx.name,
                a.vrf,
                prefix_text(*key),
                "connected",
                None,
                a.interface,
                ctx.ad["connected"],
                0,
                line=line,
            ),
        )
        width = bits(a.family)
        if a.plen < width:
            lkey = (a.family, a.ip, width)
            yield (
                a.vrf,
                lkey,
                Route(
                    ctx.name,
                    a.vrf,
                    prefix_text(*lkey),
                    "local",
                    None,
                    a.interface,
                    ctx.ad["local"],
                    0,
                    line=line,
                ),
            )


def statics(
    ctx: DeviceCtx, tables: dict[tuple[str, str], Table], final: bool = False
) -> Iterator[Keyed]:
    """Static routes whose next hop is usable now: discard routes always; interface routes when
    the interface is up; next-hop routes when the next hop resolves (recursively) in the RIB of
    the next hop's VRF through a route other than the static route's own prefix."""
    for sr in ctx.dev.static_routes:
        key = parse_prefix(sr.prefix)
        if key is None:
            if final:
                ctx.status.notes.append(
                    f"static route {sr.prefix!r} (line {sr.span.line}) unparsed"
                )
            continue
        vrf = vrf_name(sr.vrf)
        ad = distance.static_distance(ctx.dialect, sr.distance)
        text = prefix_text(*key)
        if is_discard(sr.interface) and sr.next_hop is None:
            yield (
                vrf,
                key,
                Route(
                    ctx.name, vrf, text, "static", None, sr.interface, ad, 0, sr.tag, sr.span.line
                ),
            )
            continue
        itf = None
        if sr.interface is not None:
            itf = ctx.interface(sr.interface)
            if itf is None or itf not in ctx.up:
                continue
        nh_text = None
        nh_vrf = vrf_name(sr.nh_vrf) if sr.nh_vrf is not None else vrf
        if sr.next_hop is not None:
            nh = parse_address(sr.next_hop)
            if nh is None:
                continue
            nh_text = address_text(*nh)
            if itf is None:
                table = tables.get((ctx.name, nh_vrf))
                if table is None or table.lpm(nh[0], nh[1], exclude=key) is None:
                    continue
        elif itf is None:
            continue
        yield (
            vrf,
            key,
            Route(
                ctx.name,
                vrf,
                text,
                "static",
                nh_text,
                itf,
                ad,
                0,
                sr.tag,
                sr.span.line,
                next_hop_vrf=nh_vrf if nh_vrf != vrf else None,
            ),
        )
