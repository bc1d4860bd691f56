"""BGP paths and best-path selection (RFC 4271 §9.1.2 with the vendors' documented steps).

Order (Cisco IOS/NX-OS/XR, Arista EOS, FRR; Junos, VRP and Comware skip weight unless set
— VRP/Comware "preferred-value" is the same idea and fills `weight`):
  0. next hop reachable (unresolvable paths are not candidates)
  1. highest weight
  2. highest local preference
  3. locally originated (network, redistribute, aggregate) over learned
  4. shortest AS path
  5. lowest origin (IGP < EGP < incomplete)
  6. lowest MED, compared only among paths from the same neighbouring AS unless
     always-compare-med (done "deterministically": MED decides inside each neighbour-AS group
     first, then the group winners are compared without MED)
  7. eBGP over iBGP
  8. lowest IGP metric to the next hop
  -- paths equal so far are multipath candidates (same AS path required, as Cisco does)
  9. lowest router id of the advertiser (the originator id for reflected paths)
 10. shortest cluster list
 11. lowest neighbour address
"""

from __future__ import annotations

import msgspec

from untapped.analyses.routing.addr import PrefixKey


class Path(msgspec.Struct, gc=False):
    """A BGP path (mutable while it is built; shared read-only once stored)."""

    key: PrefixKey
    as_path: tuple[int, ...] = ()
    origin: int = 0
    med: int | None = None
    local_pref: int = 100
    communities: tuple[str, ...] = ()
    next_hop: tuple[int, int] | None = None  # (family, ip); None: this router
    weight: int = 0
    ebgp: bool = False
    local: bool = False
    peer_ip: int = 0
    peer_rid: int = 0
    originator: int = 0
    cluster_len: int = 0
    igp_metric: int = 0
    session: int = -1  # session index it came from; -1 local
    aggregate: bool = False
    export_only: bool = False  # Junos: a non-BGP active route offered to export policies

    def copy(self) -> Path:
        return msgspec.structs.replace(self)

    def signature(self) -> tuple[object, ...]:
        return (
            self.as_path,
            self.origin,
            self.med,
            self.local_pref,
            self.communities,
            self.next_hop,
            self.weight,
            self.ebgp,
            self.local,
            self.peer_ip,
            self.originator,
            self.aggregate,
        )

    def neighbor_as(self) -> int:
        return self.as_path[0] if self.as_path else 0


def _tail(p: Path) -> tuple[int, ...]:
    return (p.originator or p.peer_rid, p.cluster_len, p.peer_ip)


def best(paths: list[Path], always_compare_med: bool = False, multipath: int = 1) -> list[Path]:
    """The best path first, then the multipath companions (at most `multipath` in all)."""
    n = len(paths)
    if n <= 1:
        return list(paths)
    cands: list[Path]
    if n == 2:  # the common case (two route reflectors), without loops
        a, b = paths
        ka = (-a.weight, -a.local_pref, 0 if a.local else 1, len(a.as_path), a.origin)
        kb = (-b.weight, -b.local_pref, 0 if b.local else 1, len(b.as_path), b.origin)
        if ka == kb:
            if not a.med and not b.med:  # MED 0 or none on both: the MED step keeps both
                pa = (0 if a.ebgp or a.local else 1, a.igp_metric)
                pb = (0 if b.ebgp or b.local else 1, b.igp_metric)
                if pa != pb:
                    return [a] if pa < pb else [b]
                if _tail(b) < _tail(a):
                    a, b = b, a
                if multipath > 1 and b.as_path == a.as_path and b.ebgp == a.ebgp and not b.local:
                    return [a, b]
                return [a]
            cands = [a, b]
        else:
            cands = [a] if ka < kb else [b]
    else:
        top: tuple[int, ...] | None = None
        cands = []
        for p in paths:
            k = (-p.weight, -p.local_pref, 0 if p.local else 1, len(p.as_path), p.origin)
            if top is None or k < top:
                top = k
                cands = [p]
            elif k == top:
                cands.append(p)
    if len(cands) == 1:
        pass
    elif always_compare_med:
        mmin = min(p.med or 0 for p in cands)
        cands = [p for p in cands if (p.med or 0) == mmin]
    else:
        groups: dict[int, list[Path]] = {}
        for p in cands:
            groups.setdefault(p.as_path[0] if p.as_path else 0, []).append(p)
        if len(groups) == 1:
            if any(p.med for p in cands):
                mmin = min(p.med or 0 for p in cands)
                cands = [p for p in cands if (p.med or 0) == mmin]
        else:
            cands = []
            for grp in groups.values():
                mmin = min(p.med or 0 for p in grp)
                cands.extend(p for p in grp if (p.med or 0) == mmin)
    if len(cands) > 1:
        cands = _post_med(cands)
    return _multipath(cands, multipath)


def _post_med(cands: list[Path]) -> list[Path]:
    """eBGP over iBGP, lowest IGP metric, then the tie-breakers (order only)."""
    post: tuple[int, ...] | None = None
    kept: list[Path] = []
    for p in cands:
        k2 = (0 if p.ebgp or p.local else 1, p.igp_metric)
        if post is None or k2 < post:
            post = k2
            kept = [p]
        elif k2 == post:
            kept.append(p)
    if len(kept) > 1:
        kept.sort(key=_tail)
    return kept


def _multipath(cands: list[Path], multipath: int) -> list[Path]:
    winner = cands[0]
    if multipath <= 1 or len(cands) == 1:
        return [winner]
    same = [
        p
        for p in cands[1:]
        if p.as_path == winner.as_path and p.ebgp == winner.ebgp and not p.local
    ]
    return [winner, *same[: multipath - 1]]
