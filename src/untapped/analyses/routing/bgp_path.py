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

from untapped.analyses.routing.addr import PrefixKey


class Path:
    __slots__ = (
        "aggregate",
        "as_path",
        "cluster_len",
        "communities",
        "ebgp",
        "export_only",
        "igp_metric",
        "key",
        "local",
        "local_pref",
        "med",
        "next_hop",
        "origin",
        "originator",
        "peer_ip",
        "peer_rid",
        "session",
        "weight",
    )

    def __init__(self, key: PrefixKey) -> None:
        self.key = key
        self.as_path: tuple[int, ...] = ()
        self.origin = 0
        self.med: int | None = None
        self.local_pref = 100
        self.communities: tuple[str, ...] = ()
        self.next_hop: tuple[int, int] | None = None  # (family, ip); None: this router
        self.weight = 0
        self.ebgp = False
        self.local = False
        self.peer_ip = 0
        self.peer_rid = 0
        self.originator = 0
        self.cluster_len = 0
        self.igp_metric = 0
        self.session = -1  # session index it came from; -1 local
        self.aggregate = False
        self.export_only = False  # Junos: a non-BGP active route offered to export policies

    def copy(self) -> Path:
        p = Path.__new__(Path)
        p.key = self.key
        p.as_path = self.as_path
        p.origin = self.origin
        p.med = self.med
        p.local_pref = self.local_pref
        p.communities = self.communities
        p.next_hop = self.next_hop
        p.weight = self.weight
        p.ebgp = self.ebgp
        p.local = self.local
        p.peer_ip = self.peer_ip
        p.peer_rid = self.peer_rid
        p.originator = self.originator
        p.cluster_len = self.cluster_len
        p.igp_metric = self.igp_metric
        p.session = self.session
        p.aggregate = self.aggregate
        p.export_only = self.export_only
        return p

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


def _pre_med(p: Path) -> tuple[int, ...]:
    return (-p.weight, -p.local_pref, 0 if p.local else 1, len(p.as_path), p.origin)


def _post_med(p: Path) -> tuple[int, ...]:
    return (0 if p.ebgp or p.local else 1, p.igp_metric)


def _tail(p: Path) -> tuple[int, ...]:
    return (p.originator or p.peer_rid, p.cluster_len, p.peer_ip)


def best(paths: list[Path], always_compare_med: bool = False, multipath: int = 1) -> list[Path]:
    """The best path first, then the multipath companions (at most `multipath` in all)."""
    if not paths:
        return []
    if len(paths) == 1:
        return list(paths)
    pre = [_pre_med(p) for p in paths]
    top = min(pre)
    cands = [p for p, k in zip(paths, pre, strict=True) if k == top]
    if len(cands) == 1:
        pass
    elif always_compare_med:
        mmin = min(p.med or 0 for p in cands)
        cands = [p for p in cands if (p.med or 0) == mmin]
    else:
        groups: dict[int, list[Path]] = {}
        for p in cands:
            groups.setdefault(p.neighbor_as(), []).append(p)
        cands = []
        for grp in groups.values():
            mmin = min(p.med or 0 for p in grp)
            cands.extend(p for p in grp if (p.med or 0) == mmin)
    if len(cands) > 1:
        posts = [_post_med(p) for p in cands]
        post = min(posts)
        cands = [p for p, k in zip(cands, posts, strict=True) if k == post]
        cands.sort(key=_tail)
    winner = cands[0]
    if multipath <= 1:
        return [winner]
    same = [
        p
        for p in cands[1:]
        if p.as_path == winner.as_path and p.ebgp == winner.ebgp and not p.local
    ]
    return [winner, *same[: multipath - 1]]
