"""Junos configuration tree -> model: routing instances, static routes, OSPF, BGP, policy-options."""

from __future__ import annotations

import ipaddress

from untapped.dialects.juniper_junos.mapping_base import EMPTY, MapperBase, _is_ip, secret_kind
from untapped.dialects.juniper_junos.tree import Node
from untapped.model.core import Secret, Span
from untapped.model.filters import (
    CommunityList,
    PrefixList,
    PrefixListEntry,
    RouteMap,
    RouteMapClause,
)
from untapped.model.net import (
    Bgp,
    BgpNeighbor,
    Ospf,
    OspfArea,
    OspfRange,
    RoutingProcess,
    StaticRoute,
    Vrf,
)


class _RoutingMapper(MapperBase):
    def routing_instances(self) -> None:
        ris = self.root.get("routing-instances")
        if ris is None:
            return
        for name, node in ris.kids.items():
            if name.startswith("<"):
                continue
            self.define("routing-instance", name, node.line)
            vrf = Vrf(name, self.span(node.line))
            vrf.rd = node.val("route-distinguisher")
            tgt = node.get("vrf-target")
            if tgt is not None:
                for k, v in tgt.kids.items():
                    if k in ("import", "export"):
                        (vrf.import_targets if k == "import" else vrf.export_targets).extend(v.kids)
                    else:
                        vrf.import_targets.append(k)
                        vrf.export_targets.append(k)
            for key, attr in (("vrf-import", "import_map"), ("vrf-export", "export_map")):
                pols = node.vals(key)
                if pols:
                    setattr(vrf, attr, pols[0])
                    for p in pols:
                        self.ref(
                            "policy-statement", p, f"routing-instance {key}", node.line_of(key)
                        )
            self.dev.vrfs[name] = vrf
            for ifname, inode in node.items("interface"):
                self.ref("interface", ifname, "routing-instance interface", inode.line)
                it = self.dev.interfaces.get(ifname) or self.dev.interfaces.get(f"{ifname}.0")
                if it is not None:
                    it.vrf = name
            self.routing_options(node.get("routing-options"), name)
            self.protocols(node.get("protocols"), name)
            if name in ("mgmt_junos",):
                self.dev.mgmt_vrf = name

    def routing_options(self, ro: Node | None, vrf: str | None) -> None:
        if ro is None:
            return
        self.static(ro.get("static"), vrf)
        for rib, rn in ro.items("rib"):
            _ = rib
            self.static(rn.get("static"), vrf)

    def static(self, st: Node | None, vrf: str | None) -> None:
        if st is None:
            return
        for prefix, rn in st.items("route"):
            sr = StaticRoute(prefix, self.span(rn.line), vrf=vrf)
            hops = rn.vals("next-hop")
            if hops:
                hop = hops[0]
                if _is_ip(hop):
                    sr.next_hop = hop
                else:
                    sr.interface = hop
            elif q := rn.vals("qualified-next-hop"):
                sr.next_hop = q[0] if _is_ip(q[0]) else None
            elif rn.has("discard"):
                sr.interface = "discard"
            elif rn.has("reject"):
                sr.interface = "reject"
            if (nt := rn.val("next-table")) is not None:
                sr.nh_vrf = nt.rsplit(".", 2)[0] if "." in nt else nt
            if (pref := rn.val("preference")) and pref.isdigit():
                sr.distance = int(pref)
            if (tag := rn.val("tag")) and tag.isdigit():
                sr.tag = int(tag)
            sr.permanent = rn.has("retain")
            self.dev.static_routes.append(sr)

    def protocols(self, pr: Node | None, vrf: str | None) -> None:
        if pr is None:
            return
        for proto, pn in pr.kids.items():
            if proto == "ospf":
                self.ospf(pn, vrf)
            elif proto == "bgp":
                self.bgp(pn, vrf)
            elif proto in ("isis", "ospf3", "rip", "ripng", "ldp", "rsvp", "mpls", "pim", "evpn"):
                self.dev.other_routing.append(
                    RoutingProcess(proto, proto, self.span(pn.line), vrf=vrf)
                )

    def ospf(self, pn: Node, vrf: str | None) -> None:
        o = Ospf("ospf", self.span(pn.line), vrf=vrf)
        for aid, an in pn.items("area"):
            area = OspfArea(aid)
            # Junos ABRs originate a default into a stub area only with `default-metric`, into
            # an NSSA only with `default-lsa` (type 3 with no-summaries, else type 7).
            # The options may sit on one line (`stub default-metric 10 no-summaries;`, a chain
            # of nodes) or in a block: read the words of the subtree in order.
            for kind in ("stub", "nssa"):
                sub = an.kids.get(kind)
                if sub is None:
                    continue
                words = _words(sub)
                area.kind = ("totally-" if "no-summaries" in words else "") + kind
                dm = words.index("default-metric") if "default-metric" in words else -1
                area.default_lsa = dm >= 0 if kind == "stub" else "default-lsa" in words
                if area.default_lsa and 0 <= dm < len(words) - 1 and words[dm + 1].isdigit():
                    area.default_cost = int(words[dm + 1])
                break
            # area-range PREFIX [restrict] [override-metric N] [exact]
            for rng, rn in an.items("area-range"):
                pref = _v4_prefix(rng)
                if pref is None:
                    continue
                words = _words(rn)
                om = words.index("override-metric") if "override-metric" in words else -1
                cost = (
                    int(words[om + 1])
                    if 0 <= om < len(words) - 1 and words[om + 1].isdigit()
                    else None
                )
                area.ranges.append(OspfRange(pref, "restrict" not in words, cost))
            o.areas[aid] = area
            for ifname, inode in an.items("interface"):
                self.ref("interface", ifname, "ospf area interface", inode.line)
                if inode.has("passive"):
                    o.passive.append(ifname)
                it = self.dev.interfaces.get(ifname)
                if it is not None:
                    it.ospf_area = aid
                    if (m := inode.val("metric")) and m.isdigit():
                        it.ospf_cost = int(m)
                    if inode.has("passive"):
                        it.ospf_passive = True
                    if inode.has("authentication"):
                        it.ospf_auth = True
                if inode.has("authentication"):
                    for _k, kn in (inode.get("authentication") or EMPTY).items("md5"):
                        if (key := kn.val("key")) is not None:
                            self.secret(key, kn.leaf_line("key"))
        for pol in pn.vals("export"):
            self.ref("policy-statement", pol, "ospf export", pn.line_of("export"))
            o.export_policies.append(pol)
        for pol in pn.vals("import"):
            self.ref("policy-statement", pol, "ospf import", pn.line_of("import"))
        self.dev.ospf.append(o)

    def bgp(self, pn: Node, vrf: str | None) -> None:
        dev = self.dev
        if dev.bgp is None:
            dev.bgp = Bgp(self._asn or "", self.span(pn.line))
            dev.bgp.router_id = self._router_id
        bgp = dev.bgp
        if vrf is not None and vrf not in bgp.vrfs:
            bgp.vrfs.append(vrf)
        for pol_key in ("import", "export"):
            for p in pn.vals(pol_key):
                self.ref("policy-statement", p, f"bgp {pol_key}", pn.line_of(pol_key))
        for gname, gn in pn.items("group"):
            self.define("bgp group", gname, gn.line)
            grp = self._neighbor(gname, gn, vrf, [pn])
            grp.is_group = True
            bgp.neighbors.append(grp)
            for addr, nn in gn.items("neighbor"):
                nb = self._neighbor(addr, nn, vrf, [gn, pn])
                nb.peer_group = gname
                bgp.neighbors.append(nb)
        for addr, nn in pn.items("neighbor"):
            bgp.neighbors.append(self._neighbor(addr, nn, vrf, [pn]))

    def _neighbor(self, addr: str, nn: Node, vrf: str | None, parents: list[Node]) -> BgpNeighbor:
        """A neighbor or group; unset statements are inherited from the enclosing group and
        the protocol level, as Junos does."""
        nb = BgpNeighbor(addr, Span(self.file, nn.line), vrf=vrf)
        chain = [nn, *parents]
        nb.remote_as = _inherited(chain, "peer-as")
        nb.description = nn.val("description")
        nb.update_source = _inherited(chain, "local-address")
        for p in nn.vals("import"):
            self.ref("policy-statement", p, "bgp import", nn.line_of("import"))
        for p in nn.vals("export"):
            self.ref("policy-statement", p, "bgp export", nn.line_of("export"))
        # the first import / export policy of the nearest level that has any
        nb.route_map_in = _inherited(chain, "import")
        nb.route_map_out = _inherited(chain, "export")
        if (key := nn.val("authentication-key")) is not None:
            nb.password = self.secret(key, nn.leaf_line("authentication-key"))
        elif (key := _inherited(chain, "authentication-key")) is not None:
            nb.password = Secret(key, secret_kind(key))
        if (hops := nn.val("multihop", "ttl")) and hops.isdigit():
            nb.ebgp_multihop = int(hops)
        elif nn.has("multihop"):
            nb.ebgp_multihop = 255
        if (la := nn.val("local-as")) is not None:
            nb.local_as = la
        nb.shutdown = nn.has("shutdown")
        if nn.has("cluster"):
            nb.route_reflector_client = True
        fams = nn.vals("family")
        nb.activated = [f"{f} {s}" for f in fams for s in nn.vals("family", f)] or []
        return nb

    def policy_options(self) -> None:
        po = self.root.get("policy-options")
        if po is None:
            return
        dev = self.dev
        for name, pn in po.items("prefix-list"):
            self.define("prefix-list", name, pn.line)
            fam = "ipv4"
            pl = PrefixList(name, self.span(pn.line))
            for pfx, en in pn.kids.items():
                if pfx in ("apply-path", "apply-groups"):
                    continue
                if ":" in pfx:
                    fam = "ipv6"
                pl.entries.append(PrefixListEntry(en.line, "permit", pfx))
            pl.family = fam  # type: ignore[assignment]
            dev.prefix_lists[name] = pl
        for name, pn in po.items("route-filter-list"):
            self.define("route-filter-list", name, pn.line)
        for name, cn in po.items("community"):
            self.define("community", name, cn.line)
            cl = CommunityList(name, self.span(cn.line))
            for m in cn.vals("members"):
                cl.entries.append(("permit", m))
            dev.community_lists[name] = cl
        for name, an in po.items("as-path"):
            self.define("as-path", name, an.line)
            cl = CommunityList(name, self.span(an.line), kind="as-path")
            for regex in an.kids:
                cl.entries.append(("permit", regex))
            dev.community_lists[name] = cl
        for name, an in po.items("as-path-group"):
            self.define("as-path-group", name, an.line)
        for name, sn in po.items("policy-statement"):
            self.define("policy-statement", name, sn.line)
            rm = RouteMap(name, self.span(sn.line), kind="policy-statement")
            seq = 0
            for tname, tn in sn.items("term"):
                seq += 10
                rm.clauses.append(self._clause(name, tname, tn, seq))
            if sn.has("from") or sn.has("then"):
                seq += 10
                rm.clauses.append(self._clause(name, "", sn, seq))
            dev.route_maps[name] = rm

    def _clause(self, pname: str, tname: str, tn: Node, seq: int) -> RouteMapClause:
        cl = RouteMapClause(self.span(tn.line), seq=seq)
        frm = tn.get("from") or EMPTY
        for key, kn in frm.kids.items():
            vals = tuple(kn.kids)
            if key == "prefix-list" or key == "prefix-list-filter":
                names = tuple(v for v in vals)
                for v in names:
                    self.ref("prefix-list", v, f"policy-statement {pname} from {key}", kn.line)
                cl.matches.append(("ip address prefix-list", names))
            elif key == "community":
                for v in vals:
                    self.ref("community", v, f"policy-statement {pname} from community", kn.line)
                cl.matches.append(("community", vals))
            elif key == "as-path":
                for v in vals:
                    self.ref("as-path", v, f"policy-statement {pname} from as-path", kn.line)
                cl.matches.append(("as-path", vals))
            elif key == "policy":
                for v in vals:
                    self.ref(
                        "policy-statement", v, f"policy-statement {pname} from policy", kn.line
                    )
                cl.matches.append(("policy", vals))
            elif key == "route-filter":
                for pfx, rn in kn.kids.items():
                    cl.matches.append(("route-filter", (pfx, *rn.kids)))
            elif key == "interface":
                cl.matches.append(("interface", vals))
            else:
                cl.matches.append((key, vals))
        then = tn.get("then") or EMPTY
        if then.has("reject"):
            cl.action = "deny"
        for key, kn in then.kids.items():
            vals = tuple(kn.kids)
            if key in ("accept", "reject"):
                continue
            if key == "next-hop":
                cl.sets.append(("ip next-hop", vals))
            elif key == "community":
                for op, on in kn.kids.items():
                    for c in on.kids:
                        self.ref(
                            "community", c, f"policy-statement {pname} then community {op}", on.line
                        )
                    cl.sets.append(("community", (op, *on.kids)))
            elif key == "local-preference":
                cl.sets.append(("local-preference", vals))
            elif key == "metric":
                cl.sets.append(("metric", vals))
            elif key == "external" and (et := kn.get("type")) is not None:
                cl.sets.append(("metric-type", tuple(et.kids)))
            else:
                cl.sets.append((key, vals))
        _ = tname
        return cl


def _inherited(chain: list[Node], key: str) -> str | None:
    """The first value of `key` on the nearest level of `chain` (neighbor, group, protocol)
    that has one."""
    for node in chain:
        kn = node.kids.get(key)
        if kn is not None:
            for v in kn.kids:
                return v
    return None


def _words(node: Node) -> list[str]:
    """Every key of a subtree, depth first in configuration order."""
    out: list[str] = []
    stack = [iter(node.kids.items())]
    while stack:
        for key, kid in stack[-1]:
            out.append(key)
            stack.append(iter(kid.kids.items()))
            break
        else:
            stack.pop()
    return out


def _v4_prefix(text: str) -> str | None:
    """'10.1.0.0/16' -> the IPv4 network (host bits cleared); None otherwise."""
    try:
        net = ipaddress.ip_network(text, strict=False)
    except ValueError:
        return None
    return str(net) if net.version == 4 else None
