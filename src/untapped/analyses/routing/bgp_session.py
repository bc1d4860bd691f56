"""BGP sessions: the neighbour statements of each speaker (per device and VRF, peer groups
inherited) and the sessions that form between two speakers whose statements match each other
over reachable addresses; next-hop reachability."""

from __future__ import annotations

from collections import defaultdict

from untapped.analyses.routing.addr import PrefixKey, parse_address
from untapped.analyses.routing.bgp_path import Path
from untapped.analyses.routing.context import DeviceCtx, vrf_name
from untapped.analyses.routing.rib import Table
from untapped.model.net import BgpNeighbor


def parse_asn(text: str | None) -> int | None:
    if text is None:
        return None
    t = text.strip()
    if "." in t:
        hi, _, lo = t.partition(".")
        if hi.isdigit() and lo.isdigit():
            return int(hi) * 65536 + int(lo)
        return None
    return int(t) if t.isdigit() else None


class Neighbor:
    """A neighbour statement with its peer-group inherited."""

    __slots__ = (
        "family",
        "ip",
        "kind",
        "line",
        "local_as",
        "multihop",
        "nhs",
        "pl_in",
        "pl_out",
        "remote_as",
        "rm_in",
        "rm_out",
        "rr_client",
        "update_source",
        "weight",
    )

    def __init__(self, nb: BgpNeighbor, group: BgpNeighbor | None, fam: int, ip: int) -> None:
        def pick(attr: str) -> object:
            v = getattr(nb, attr)
            if (v is None or v is False) and group is not None:
                return getattr(group, attr)
            return v

        self.ip = ip
        self.family = fam
        ras = pick("remote_as")
        self.kind = None
        self.remote_as = None
        if isinstance(ras, str):
            if ras.lower() in ("internal", "external"):
                self.kind = ras.lower()
            else:
                self.remote_as = parse_asn(ras)
        self.update_source = pick("update_source")
        self.rm_in = pick("route_map_in")
        self.rm_out = pick("route_map_out")
        self.pl_in = pick("prefix_list_in")
        self.pl_out = pick("prefix_list_out")
        self.nhs = bool(pick("next_hop_self"))
        self.rr_client = bool(pick("route_reflector_client"))
        w = pick("weight")
        self.weight = w if isinstance(w, int) else None
        self.multihop = pick("ebgp_multihop") is not None or pick("ttl_security") is not None
        self.local_as = parse_asn(pick("local_as"))  # type: ignore[arg-type]
        self.line = nb.span.line


class Session:
    __slots__ = ("ebgp", "index", "local_ip", "nb", "peer", "reverse", "speaker")

    @property
    def export_class(self) -> tuple[object, ...]:
        """What `_export` reads of the session, besides its index (checked apart)."""
        nb = self.nb
        return (
            nb.family,
            nb.rr_client,
            self.ebgp,
            nb.pl_out,
            nb.rm_out,
            nb.local_as,
            nb.nhs,
            self.local_ip,
        )

    def __init__(self, index: int, speaker: Speaker, peer: Speaker, nb: Neighbor, local_ip: int):
        self.index = index
        self.speaker = speaker
        self.peer = peer
        self.nb = nb
        self.local_ip = local_ip
        self.ebgp = False
        self.reverse = -1


class Speaker:
    __slots__ = (
        "acm",
        "adj_in",
        "aggregates",
        "asn",
        "best",
        "by_index",
        "changes",
        "ctx",
        "default_lp",
        "junos",
        "local",
        "multipath",
        "neighbors",
        "oscillating",
        "reach",
        "rid",
        "sessions",
        "suppressed",
        "vrf",
    )

    def __init__(self, ctx: DeviceCtx, vrf: str, asn: int) -> None:
        self.ctx = ctx
        self.vrf = vrf
        self.asn = asn
        bgp = ctx.dev.bgp
        assert bgp is not None
        self.rid = 0
        rid = parse_address(bgp.router_id) if bgp.router_id else None
        if rid is not None:
            self.rid = rid[1]
        else:
            loops = [a.ip for a in ctx.addrs if a.family == 4 and a.interface.lower()[:2] == "lo"]
            alls = [a.ip for a in ctx.addrs if a.family == 4]
            self.rid = max(loops or alls or [0])
        self.neighbors: list[Neighbor] = []
        self.sessions: list[Session] = []
        self.local: dict[PrefixKey, list[Path]] = {}
        self.adj_in: dict[PrefixKey, dict[int, Path]] = {}
        self.best: dict[PrefixKey, list[Path]] = {}
        self.changes: dict[PrefixKey, int] = {}
        self.multipath = bgp.multipath or 1
        self.acm = bgp.always_compare_med
        self.default_lp = bgp.default_local_pref or 100
        self.aggregates = [
            (k, a.summary_only)
            for a in bgp.aggregates
            if vrf_name(a.vrf) == vrf and (k := _pk(a.prefix)) is not None
        ]
        self.suppressed: set[PrefixKey] = set()
        self.junos = ctx.dialect == "juniper_junos"
        self.oscillating: set[PrefixKey] = set()
        self.by_index: dict[int, Session] = {}
        self.reach: dict[tuple[int, int], tuple[bool, int, bool]] = {}


def _pk(text: str) -> PrefixKey | None:
    from untapped.analyses.routing.addr import parse_prefix

    return parse_prefix(text)


def _speakers(ctxs: dict[str, DeviceCtx]) -> list[Speaker]:
    out: list[Speaker] = []
    for ctx in ctxs.values():
        bgp = ctx.dev.bgp
        if bgp is None:
            continue
        asn = parse_asn(bgp.asn)
        if asn is None:
            ctx.unsupported(f"bgp {bgp.asn!r} (line {bgp.span.line}): AS number not understood")
            continue
        groups = {n.address: n for n in bgp.neighbors if n.is_group}
        by_vrf: dict[str, Speaker] = {}
        for nb in bgp.neighbors:
            if nb.is_group or nb.shutdown:
                continue
            addr = parse_address(nb.address)
            if addr is None:
                ctx.unsupported(f"bgp neighbor {nb.address} (line {nb.span.line}): unnumbered")
                continue
            fams = nb.activated
            if any(("vpn" in f or "evpn" in f or "l2vpn" in f) for f in fams):
                ctx.unsupported(f"bgp neighbor {nb.address} (line {nb.span.line}): vpn families")
            vrf = vrf_name(nb.vrf)
            sp = by_vrf.get(vrf)
            if sp is None:
                sp = by_vrf[vrf] = Speaker(ctx, vrf, asn)
            grp = groups.get(nb.peer_group) if nb.peer_group else None
            sp.neighbors.append(Neighbor(nb, grp, addr[0], addr[1]))
        for v in [vrf_name(x.vrf) for x in bgp.networks] + [
            vrf_name(a.vrf) for a in bgp.aggregates
        ]:
            if v not in by_vrf:
                by_vrf[v] = Speaker(ctx, v, asn)
        if bgp.redistribute and "default" not in by_vrf:
            by_vrf["default"] = Speaker(ctx, "default", asn)
        out.extend(by_vrf.values())
    return out


def _reachable(table: Table | None, fam: int, ip: int) -> tuple[bool, int, bool]:
    """(reachable, IGP metric, on a connected subnet)."""
    if table is None:
        return False, 0, False
    host = table.routes.get((fam, ip, 32 if fam == 4 else 128))  # the longest match, if any
    if host:
        r = host[0]
    else:
        found = table.lpm(fam, ip)
        if found is None:
            return False, 0, False
        r = found[1][0]
    if r.next_hop_interface is not None and r.next_hop_ip is None and r.protocol == "static":
        from untapped.analyses.routing.addr import is_discard

        if is_discard(r.next_hop_interface):
            return False, 0, False
    return True, r.metric, r.protocol in ("connected", "local")


def _local_address(sp: Speaker, nb: Neighbor, table: Table | None) -> int | None:
    ctx = sp.ctx
    if isinstance(nb.update_source, str):
        itf = ctx.interface(nb.update_source)
        if itf is None:
            a = parse_address(nb.update_source)
            return a[1] if a is not None else None
        for a2 in ctx.addrs:
            if a2.interface == itf and a2.family == nb.family and not a2.secondary:
                return a2.ip
        return None
    for a2 in ctx.addrs:  # the interface on the neighbour's subnet
        if a2.family == nb.family and a2.vrf == sp.vrf:
            if a2.net == (nb.ip >> ((32 if a2.family == 4 else 128) - a2.plen)) << (
                (32 if a2.family == 4 else 128) - a2.plen
            ):
                return a2.ip
    if table is None:
        return None
    found = table.lpm(nb.family, nb.ip)
    if found is None:
        return None
    r = found[1][0]
    itf_name = r.next_hop_interface
    if itf_name is None and r.next_hop_ip is not None:
        nh = parse_address(r.next_hop_ip)
        f2 = table.lpm(nh[0], nh[1]) if nh is not None else None
        itf_name = f2[1][0].next_hop_interface if f2 is not None else None
    for a2 in ctx.addrs:
        if a2.interface == itf_name and a2.family == nb.family and not a2.secondary:
            return a2.ip
    return None


def _sessions(speakers: list[Speaker], tables: dict[tuple[str, str], Table]) -> None:
    owners: dict[tuple[int, int, str], list[Speaker]] = defaultdict(list)
    for sp in speakers:
        for a in sp.ctx.addrs:
            if a.vrf == sp.vrf:
                owners[(a.family, a.ip, a.vrf)].append(sp)
    index = 0
    pending: dict[tuple[int, int, int, int], Session] = {}
    for sp in speakers:
        table = tables.get((sp.ctx.name, sp.vrf))
        for nb in sp.neighbors:
            local_ip = _local_address(sp, nb, table)
            if local_ip is None:
                continue
            ok, _, connected = _reachable(table, nb.family, nb.ip)
            if not ok:
                continue
            for peer in owners.get((nb.family, nb.ip, sp.vrf), []):
                if peer is sp:
                    continue
                my_as = nb.local_as or sp.asn
                if nb.remote_as is not None and nb.remote_as != peer.asn:
                    continue
                if nb.kind == "internal" and peer.asn != my_as:
                    continue
                if nb.kind == "external" and peer.asn == my_as:
                    continue
                if nb.remote_as is None and nb.kind is None and not sp.junos:
                    continue
                if nb.remote_as is None and nb.kind is None and peer.asn != my_as:
                    continue
                ebgp = peer.asn != my_as
                if ebgp and not nb.multihop and not connected:
                    continue
                s = Session(index, sp, peer, nb, local_ip)
                s.ebgp = ebgp
                index += 1
                # the two ends: (my address, peer address) must match the peer's statement
                pending[(nb.family, local_ip, nb.ip, id(sp))] = s
    by_pair: dict[tuple[int, int, int], list[Session]] = defaultdict(list)
    for (fam, lip, pip, _), s in pending.items():
        by_pair[(fam, lip, pip)].append(s)
    for (fam, lip, pip), ss in by_pair.items():
        for s in ss:
            if s.reverse >= 0:
                continue
            for t in by_pair.get((fam, pip, lip), []):
                if t.speaker is s.peer and t.peer is s.speaker:
                    s.reverse = t.index
                    t.reverse = s.index
                    break
    for ss in by_pair.values():
        for s in ss:
            if s.reverse >= 0:
                s.speaker.sessions.append(s)
                s.speaker.by_index[s.index] = s
