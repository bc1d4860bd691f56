"""From the (active, group-expanded) Junos tree to the vendor-neutral model.

Choices worth knowing:
- A logical unit is an Interface named `<ifd>.<unit>` (`ge-0/0/0.0`); the physical device is an
  Interface too (description, disable), without addresses.
- Firewall filters are Acls of kind `filter`, one entry per term. A filter whose terms intercept
  traffic (`port-mirror`, `port-mirror-instance`, `next-ip`, `next-ip6`, `routing-instance`,
  `next-interface`) is ALSO a PolicyMap (kind `filter`) with `mirror` / `redirect` actions per
  term, bound (service_policy_in/out) to every unit that applies the filter, so the channels
  analysis shows filter-based forwarding and mirroring like any traffic policy.
- SNMP `clients [...]` or `client-list-name L` is the community's access list: `acl` is the
  client-list name, or `clients` for an inline list.
- A `snmp trap-group` name is the community sent in its traps: it is kept as a Secret.
- `forwarding-options port-mirroring` (and instances) is a MirrorSession whose sources are the
  units whose filters say `port-mirror` / `port-mirror-instance`; `output ... next-hop A` is an
  `ip` destination (kind `other`: Junos forwards the copies to that next hop), a plain output
  interface a local one. `analyzer` gives local, `vlan` (RSPAN, VLAN name resolved to its id)
  or `ip-address` (kind `gre`) destinations.
- `services flow-tap`, `system services flow-tap-dtcp`, login-class permissions `flow-tap*` and
  `services dynamic-flow-capture` are LawfulIntercept entries (flow-tap, dtcp, dfc).
- Script `source` URLs are AutoConfig (`script-source`: code pulled from the network); event
  policies that `upload` or send `execute-commands` output to `destinations` are Automations
  whose actions carry the archive-site URL (passwords in URLs replaced by redaction tokens).
- Inactive statements never reach this module (pruned before, reported as warnings).
"""

from __future__ import annotations

import ipaddress

from untapped.dialects.juniper_junos.reader import redact_junos
from untapped.dialects.juniper_junos.tree import Node
from untapped.model.core import Definition, Reference, Secret, Span
from untapped.model.device import Device
from untapped.model.filters import (
    Acl,
    AclEntry,
    AddrMatch,
    CommunityList,
    PolicyMap,
    PolicyMapClass,
    PortMatch,
    PrefixList,
    PrefixListEntry,
    RouteMap,
    RouteMapClause,
)
from untapped.model.mgmt import (
    AaaMethodList,
    AaaServer,
    Banner,
    DnsServer,
    LogHost,
    NtpServer,
    Service,
    SnmpCommunity,
    SnmpGroup,
    SnmpHost,
    SnmpUser,
    SnmpView,
    User,
)
from untapped.model.net import (
    Bgp,
    BgpNeighbor,
    IfAddress,
    Interface,
    Ospf,
    OspfArea,
    RoutingProcess,
    StaticRoute,
    Tunnel,
    Vlan,
    Vrf,
)
from untapped.model.taps import (
    AutoConfig,
    Automation,
    AutomationAction,
    ConfigArchive,
    CryptoPeer,
    CryptoProposal,
    FlowExporter,
    LawfulIntercept,
    MirrorDestination,
    MirrorSession,
    MirrorSource,
    PacketCapture,
    Telemetry,
)
from untapped.model.urls import address_host, url_scheme
from untapped.redact import token

EMPTY = Node(0)

PORTS = {
    "ssh": 22,
    "telnet": 23,
    "ftp": 21,
    "ftp-data": 20,
    "smtp": 25,
    "domain": 53,
    "dns": 53,
    "http": 80,
    "https": 443,
    "bgp": 179,
    "ntp": 123,
    "snmp": 161,
    "snmptrap": 162,
    "syslog": 514,
    "tacacs": 49,
    "tacacs-ds": 49,
    "radius": 1812,
    "radacct": 1813,
    "tftp": 69,
    "bootps": 67,
    "bootpc": 68,
    "ldap": 389,
    "netconf": 830,
    "finger": 79,
    "pop3": 110,
    "imap": 143,
    "kerberos-sec": 88,
    "xnm-clear-text": 3221,
    "xnm-ssl": 3220,
}

INTERCEPT_ACTIONS = (
    "port-mirror",
    "port-mirror-instance",
    "next-ip",
    "next-ip6",
    "routing-instance",
    "next-interface",
)

# Login classes every Junos system has without defining them.
PREDEFINED_CLASSES = frozenset({"super-user", "operator", "read-only", "unauthorized"})


def secret_kind(value: str) -> str:
    if value.startswith("$9$"):
        return "cipher"
    if value.startswith("$1$"):
        return "md5"
    if value.startswith("$5$"):
        return "sha256"
    if value.startswith(("$6$", "$2", "$sha1$")):
        return "hash"
    if value.startswith("$8$"):
        return "cipher"
    return "plain"


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


def _port(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return PORTS.get(text)


class Mapper:
    def __init__(self, file: str, root: Node) -> None:
        self.root = root
        self.file = file
        self.dev = Device(name="", file=file, dialect="juniper_junos")
        self._defs: dict[tuple[str, str], list[int]] = {}
        self._refs: list[Reference] = []
        self._secret_lines: set[int] = set()
        self.filter_users: dict[str, list[tuple[str, str]]] = {}  # filter -> [(unit, dir)]
        self.sample_filters: set[str] = set()
        self._asn: str | None = None
        self._captures: list[PacketCapture] = []
        self._router_id: str | None = None

    # ---- helpers ----------------------------------------------------------------------------
    def span(self, line: int) -> Span:
        return Span(self.file, line)

    def define(self, type_: str, name: str, line: int) -> None:
        self._defs.setdefault((type_, name), []).append(line)

    def ref(self, type_: str, name: str, context: str, line: int) -> None:
        self._refs.append(Reference(type_, name, context, line))

    def secret(self, value: str, line: int, kind: str | None = None) -> Secret:
        self._secret_lines.add(line)
        return Secret(value, kind or secret_kind(value))

    def url(self, url: str, line: int) -> tuple[str, Secret | None]:
        """A URL with its password (`scheme://user:pass@host/...`) replaced by a redaction token,
        and that password as a Secret."""
        if "://" not in url:
            return url, None
        scheme, rest = url.split("://", 1)
        auth, sep, hostpart = rest.rpartition("@")
        if not sep or ":" not in auth:
            return url, None
        user, _, pw = auth.partition(":")
        secret = self.secret(pw, line, "plain")
        return f"{scheme}://{user}:{token(pw)}@{hostpart}", secret

    def groups(self, uses: list[tuple[str, Node]]) -> None:
        """Configuration groups: definitions, and `apply-groups` / `apply-groups-except` uses."""
        for name, gn in self.root.items("groups"):
            if not name.startswith("<"):
                self.define("group", name, gn.line)
        for key, node in uses:
            for name, nn in node.kids.items():
                self.ref("group", name, key, nn.line)

    def run(self) -> Device:
        r = self.root
        dev = self.dev
        sysn = r.get("system") or EMPTY
        if (hn := sysn.val("host-name")) is not None:
            dev.name = hn
            dev.hostname_line = sysn.leaf_line("host-name")
        if not dev.name:
            base = self.file.rsplit("/", 1)[-1]
            for suffix in (".cfg", ".conf", ".txt", ".set"):
                if base.lower().endswith(suffix):
                    base = base[: -len(suffix)]
            dev.name = base
        dev.version = r.val("version")
        if "routing-options" in r.kids:
            self._asn = r.val("routing-options", "autonomous-system")
            self._router_id = r.val("routing-options", "router-id")
        dev.domain = sysn.val("domain-name")
        if "management-instance" in sysn.kids:
            dev.mgmt_vrf = "mgmt_junos"
        top = r.kids
        if "interfaces" in top:
            self.interfaces()
        if "vlans" in top:
            self.vlans()
        if "routing-instances" in top:
            self.routing_instances()
        if "routing-options" in top:
            self.routing_options(top["routing-options"], None)
        if "protocols" in top:
            self.protocols(top["protocols"], None)
        if "policy-options" in top:
            self.policy_options()
        if "firewall" in top:
            self.firewall()
        if "system" in top:
            self.system(sysn)
        if "snmp" in top:
            self.snmp()
        if "forwarding-options" in top:
            self.forwarding_options()
        if "services" in top:
            self.services()
        if "event-options" in top:
            self.event_options()
        if "security" in top:
            self.security()
        if "access" in top:
            for addr, an in r.items("access", "radius-server"):
                self._aaa("radius", addr, an, ["access"])
        if self.filter_users:
            self.bind_filters()
        sampled = any(i.flow_classic for i in dev.interfaces.values())
        for cap in self._captures:
            cap.interfaces = [i.name for i in dev.interfaces.values() if i.flow_classic]
        for exp in dev.flow_exporters:
            exp.applied = sampled
        dev.definitions = [Definition(t, n, tuple(ls)) for (t, n), ls in self._defs.items()]
        dev.references = self._refs
        dev.secret_lines = sorted(self._secret_lines)
        return dev

    # ---- interfaces -------------------------------------------------------------------------
    def interface_ranges(self, ifs: Node) -> None:
        """`interface-range R { member X; member-range A to B; ...config }`: the range's
        statements apply to each member (statements of the member itself win)."""
        for rname, rn in ifs.items("interface-range"):
            self.define("interface-range", rname, rn.line)
            members = [m for m in rn.vals("member") if "*" not in m and "[" not in m]
            for first, fn in rn.items("member-range"):
                last = fn.val("to")
                if last is None:
                    continue
                head, _, lo = first.rpartition("/")
                head2, _, hi = last.rpartition("/")
                if head == head2 and lo.isdigit() and hi.isdigit() and int(hi) - int(lo) < 512:
                    members.extend(f"{head}/{n}" for n in range(int(lo), int(hi) + 1))
            body = {k: v for k, v in rn.kids.items() if k not in ("member", "member-range")}
            for m in members:
                node = ifs.kids.get(m)
                if node is None:
                    node = ifs.kids[m] = Node(rn.line)
                _inherit(node, body)

    def interfaces(self) -> None:
        ifs = self.root.get("interfaces")
        if ifs is None:
            return
        if "interface-range" in ifs.kids:
            self.interface_ranges(ifs)
        dev = self.dev
        for name, node in ifs.kids.items():
            if name in ("interface-range", "traceoptions", "apply-groups", "apply-groups-except"):
                continue
            if name.startswith("<"):
                continue
            self.define("interface", name, node.line)
            phys = Interface(name, self.span(node.line))
            phys.description = node.val("description")
            phys.shutdown = node.has("disable")
            if (mtu := node.val("mtu")) and mtu.isdigit():
                phys.mtu = int(mtu)
            dev.interfaces[name] = phys
            for unit, un in node.items("unit"):
                self.unit(name, unit, un, node)

    def unit(self, ifd: str, unit: str, un: Node, ifnode: Node) -> None:
        full = f"{ifd}.{unit}"
        self.define("interface", full, un.line)
        it = Interface(full, self.span(un.line))
        if "description" in un.kids:
            it.description = un.val("description")
        it.shutdown = "disable" in un.kids or "disable" in ifnode.kids
        if "family" in un.kids and (mtu := un.val("family", "inet", "mtu")) and mtu.isdigit():
            it.mtu = int(mtu)
        fam = un.kids.get("family") or EMPTY
        inet = fam.kids.get("inet")
        if inet is not None:
            self._family(it, full, "inet", inet)
        inet6 = fam.kids.get("inet6")
        if inet6 is not None:
            self._family(it, full, "inet6", inet6)
        es = fam.kids.get("ethernet-switching")
        if es is not None:
            it.switchport = True
            mode = es.val("interface-mode") or es.val("port-mode")
            it.switchport_mode = mode or "access"
            members = es.vals("vlan", "members")
            if members:
                if it.switchport_mode == "trunk":
                    it.trunk_vlans = ",".join(members)
                elif members[0].isdigit():
                    it.access_vlan = int(members[0])
                else:
                    it.extra["vlan"] = members[0]
        tun = un.kids.get("tunnel")
        if tun is not None or ifd.startswith(("gr-", "ip-", "lt-", "fti")):
            tnode = tun or EMPTY
            src = tnode.val("source")
            dst = tnode.val("destination")
            if src or dst:
                mode = (
                    "gre" if ifd.startswith("gr-") else "ipip" if ifd.startswith("ip-") else "other"
                )
                it.tunnel = Tunnel(
                    source=src,
                    destination=dst,
                    destination_line=tnode.leaf_line("destination") if dst else 0,
                    mode=mode,
                    vrf=tnode.val("routing-instance", "destination"),
                )
        self.dev.interfaces[full] = it

    def _family(self, it: Interface, full: str, famname: str, fn: Node) -> None:
        """`family inet|inet6` of a unit: addresses, filters, sampling."""
        kids = fn.kids
        addrs = kids.get("address")
        if addrs is not None:
            target = it.addresses if famname == "inet" else it.addresses6
            for addr in addrs.kids:
                target.append(IfAddress(addr, False))
        if "unnumbered-address" in kids and (un_addr := fn.val("unnumbered-address")):
            it.unnumbered = un_addr
            self.ref("interface", un_addr, "unnumbered-address", fn.leaf_line("unnumbered-address"))
        if "dhcp" in kids or "dhcp-client" in kids:
            it.dhcp = True
        filt = kids.get("filter")
        if filt is not None:
            attrs = ("acl_in", "acl_out") if famname == "inet" else ("acl6_in", "acl6_out")
            for direction, attr in (("input", attrs[0]), ("output", attrs[1])):
                f = filt.val(direction)
                if f is not None:
                    setattr(it, attr, f)
                    line = filt.leaf_line(direction)
                    self.ref(
                        "firewall filter", f, f"interface family {famname} filter {direction}", line
                    )
                    self.filter_users.setdefault(f, []).append((full, direction))
                for f in filt.vals(f"{direction}-list"):
                    self.ref(
                        "firewall filter",
                        f,
                        f"interface family {famname} filter {direction}-list",
                        filt.line_of(f"{direction}-list"),
                    )
                    self.filter_users.setdefault(f, []).append((full, direction))
        samp = kids.get("sampling")
        if samp is not None:
            if "input" in samp.kids and "ingress" not in it.flow_classic:
                it.flow_classic.append("ingress")
            if "output" in samp.kids and "egress" not in it.flow_classic:
                it.flow_classic.append("egress")

    def vlans(self) -> None:
        vl = self.root.get("vlans")
        if vl is None:
            return
        for name, node in vl.kids.items():
            vid = node.val("vlan-id")
            self.define("vlan", name, node.line)
            if vid is None or not vid.isdigit():
                continue
            self.dev.vlans[int(vid)] = Vlan(int(vid), self.span(node.line), name=name)
            if (l3 := node.val("l3-interface")) is not None:
                self.ref("interface", l3, "vlan l3-interface", node.leaf_line("l3-interface"))

    # ---- routing ----------------------------------------------------------------------------
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
            if an.has("stub"):
                area.kind = "totally-stub" if an.has("stub", "no-summaries") else "stub"
            elif an.has("nssa"):
                area.kind = "nssa"
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
        nb = BgpNeighbor(addr, self.span(nn.line), vrf=vrf)
        chain = [nn, *parents]

        def inh(key: str) -> str | None:
            for node in chain:
                v = node.val(key)
                if v is not None:
                    return v
            return None

        def inh_list(key: str) -> list[str]:
            for node in chain:
                v = node.vals(key)
                if v:
                    return v
            return []

        nb.remote_as = inh("peer-as")
        nb.description = nn.val("description")
        nb.update_source = inh("local-address")
        for p in nn.vals("import"):
            self.ref("policy-statement", p, "bgp import", nn.line_of("import"))
        for p in nn.vals("export"):
            self.ref("policy-statement", p, "bgp export", nn.line_of("export"))
        imp = inh_list("import")
        exp = inh_list("export")
        nb.route_map_in = imp[0] if imp else None
        nb.route_map_out = exp[0] if exp else None
        if (key := nn.val("authentication-key")) is not None:
            nb.password = self.secret(key, nn.leaf_line("authentication-key"))
        elif (key := inh("authentication-key")) is not None:
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

    # ---- policy ------------------------------------------------------------------------------
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
            else:
                cl.sets.append((key, vals))
        _ = tname
        return cl

    # ---- firewall filters ----------------------------------------------------------------------
    def firewall(self) -> None:
        fw = self.root.get("firewall")
        if fw is None:
            return
        for name, fn in fw.items("filter"):
            self.filter(name, fn, "ipv4")
        for famname, famn in fw.items("family"):
            family = {"inet": "ipv4", "inet6": "ipv6"}.get(famname, "mac")
            for name, fn in famn.items("filter"):
                self.filter(name, fn, family)
        for name, pn in fw.items("policer"):
            self.define("policer", name, pn.line)

    def filter(self, name: str, fn: Node, family: str) -> None:
        self.define("firewall filter", name, fn.line)
        acl = Acl(name, self.span(fn.line), kind="filter", family=family)  # type: ignore[arg-type]
        pmap: PolicyMap | None = None
        for tname, tn in fn.items("term"):
            entry, actions = self.term(name, tname, tn)
            acl.entries.append(entry)
            if actions:
                if pmap is None:
                    pmap = PolicyMap(name, self.span(fn.line), kind="filter")
                pmap.classes.append(PolicyMapClass(tname, tn.line, actions))
        self.dev.acls[name] = acl
        if pmap is not None:
            self.dev.policy_maps[name] = pmap

    def term(
        self, fname: str, tname: str, tn: Node
    ) -> tuple[AclEntry, list[tuple[str, tuple[str, ...]]]]:
        frm = tn.get("from") or EMPTY
        then = tn.get("then") or EMPTY
        action = "other"
        if then.has("accept"):
            action = "permit"
        elif then.has("discard") or then.has("reject"):
            action = "deny"
        elif not then.kids:
            action = "permit"  # a term without actions accepts
        protos = frm.vals("protocol") or frm.vals("next-header")
        src = self._addr(frm, "source-address", "source-prefix-list")
        dst = self._addr(frm, "destination-address", "destination-prefix-list")
        for key in ("prefix-list", "source-prefix-list", "destination-prefix-list"):
            for pl in frm.vals(key):
                self.ref(
                    "prefix-list",
                    pl,
                    f"firewall filter {fname} term {tname} from {key}",
                    frm.line_of(key),
                )
        entry = AclEntry(
            self.span(tn.line),
            f"term {tname}",
            action,  # type: ignore[arg-type]
            protocol=protos[0] if len(protos) == 1 else ("ip" if not protos else ",".join(protos)),
            src=src,
            dst=dst,
            src_ports=self._ports(frm.vals("source-port")),
            dst_ports=self._ports(frm.vals("destination-port") or frm.vals("port")),
            log=then.has("log") or then.has("syslog"),
        )
        extra: list[str] = []
        actions: list[tuple[str, tuple[str, ...]]] = []
        for key, kn in then.kids.items():
            vals = tuple(kn.kids)
            if key in ("accept", "discard", "reject", "log", "syslog"):
                continue
            extra.append(" ".join((key, *vals)))
            if key in ("port-mirror", "port-mirror-instance"):
                # copies go to `forwarding-options port-mirroring` (or the named instance)
                actions.append(("mirror", ("port-mirroring", *vals)))
            elif key in ("next-ip", "next-ip6"):
                actions.append(("redirect", vals))
            elif key == "routing-instance":
                hops: list[str] = []
                for v in vals:
                    self.ref(
                        "routing-instance",
                        v,
                        f"firewall filter {fname} then routing-instance",
                        kn.line,
                    )
                    # where the instance sends the traffic: its default route's next hop
                    hops.extend(
                        sr.next_hop
                        for sr in self.dev.static_routes
                        if sr.vrf == v and sr.prefix in ("0.0.0.0/0", "::/0") and sr.next_hop
                    )
                actions.append(("redirect", ("routing-instance", *vals, *hops)))
            elif key == "sample":
                self.sample_filters.add(fname)
            elif key == "next-interface":
                actions.append(("redirect", ("interface", *vals)))
            elif key == "count":
                pass
            elif key == "policer":
                for v in vals:
                    self.ref("policer", v, f"firewall filter {fname} then policer", kn.line)
        for key in frm.kids:
            if key not in (
                "protocol",
                "next-header",
                "source-address",
                "destination-address",
                "source-port",
                "destination-port",
                "port",
                "source-prefix-list",
                "destination-prefix-list",
            ):
                extra.append(" ".join((key, *frm.vals(key))))
        entry.extra = tuple(extra)
        return entry, actions

    def _addr(self, frm: Node, key: str, plkey: str) -> AddrMatch:
        addrs = frm.vals(key)
        if len(addrs) == 1 and addrs[0] not in ("0.0.0.0/0", "::/0"):
            a = addrs[0]
            if "/" in a:
                base, _, plen = a.partition("/")
                if ":" in base:
                    return AddrMatch("wildcard", base, plen)
                try:
                    net = ipaddress.ip_network(a, strict=False)
                    return AddrMatch("wildcard", str(net.network_address), str(net.hostmask))
                except ValueError:
                    return AddrMatch("any")
            return AddrMatch("host", a)
        pls = frm.vals(plkey)
        if len(pls) == 1 and not addrs:
            return AddrMatch("group", name=pls[0])
        return AddrMatch("any")

    @staticmethod
    def _ports(vals: list[str]) -> PortMatch | None:
        if not vals:
            return None
        nums: list[int] = []
        for v in vals:
            if "-" in v and v.replace("-", "").isdigit():
                lo, hi = v.split("-", 1)
                if len(vals) == 1:
                    return PortMatch("range", (int(lo), int(hi)))
                continue
            p = _port(v)
            if p is not None:
                nums.append(p)
        return PortMatch("eq", tuple(nums)) if nums else None

    def bind_filters(self) -> None:
        """Filters that intercept traffic are bound as policies to the units that apply them."""
        for fname, users in self.filter_users.items():
            if fname in self.sample_filters:
                for unit, direction in users:
                    it = self.dev.interfaces.get(unit)
                    flow = "ingress" if direction == "input" else "egress"
                    if it is not None and flow not in it.flow_classic:
                        it.flow_classic.append(flow)
            if fname not in self.dev.policy_maps:
                continue
            for unit, direction in users:
                it = self.dev.interfaces.get(unit)
                if it is None:
                    continue
                if direction == "input":
                    it.service_policy_in = fname
                else:
                    it.service_policy_out = fname

    # ---- system -------------------------------------------------------------------------------
    def system(self, s: Node) -> None:
        dev = self.dev
        keys = s.kids
        for addr, an in s.items("name-server"):
            dev.dns.servers.append(
                DnsServer(addr, self.span(an.line), vrf=an.val("routing-instance"))
            )
        dev.dns.domain = s.val("domain-name")
        # users
        if "root-authentication" in keys or "login" in keys:
            ra = s.get("root-authentication")
            if ra is not None:
                u = User("root", self.span(ra.line), role="super-user", privilege=15)
                if (pw := ra.val("encrypted-password")) is not None:
                    u.secret = self.secret(pw, ra.leaf_line("encrypted-password"))
                u.ssh_key = any(
                    ra.has(k) for k in ("ssh-rsa", "ssh-ecdsa", "ssh-ed25519", "ssh-dsa")
                )
                dev.users.append(u)
            login = s.get("login") or EMPTY
            for uname, un in login.items("user"):
                u = User(uname, self.span(un.line), role=un.val("class"))
                auth = un.get("authentication") or EMPTY
                if (pw := auth.val("encrypted-password")) is not None:
                    u.secret = self.secret(pw, auth.leaf_line("encrypted-password"))
                u.ssh_key = any(
                    auth.has(k) for k in ("ssh-rsa", "ssh-ecdsa", "ssh-ed25519", "ssh-dsa")
                )
                if (cls := u.role) is not None:
                    if cls not in PREDEFINED_CLASSES:  # Junos built-ins need no definition
                        self.ref("login class", cls, "login user class", un.leaf_line("class"))
                    if cls == "super-user":
                        u.privilege = 15
                    elif cls == "read-only":
                        u.privilege = 1
                dev.users.append(u)
            for cname, cn in login.items("class"):
                self.define("login class", cname, cn.line)
                perms = cn.vals("permissions")
                tap = [p for p in perms if p.startswith("flow-tap")]
                if tap:
                    dev.lawful_intercept.append(
                        LawfulIntercept(
                            "flow-tap",
                            cname,
                            self.span(cn.line_of("permissions")),
                            detail="login class permissions " + " ".join(tap),
                        )
                    )
            if (msg := login.val("message")) is not None:
                dev.banners.append(Banner("motd", self.span(login.leaf_line("message")), msg))
            if (msg := login.val("announcement")) is not None:
                dev.banners.append(Banner("exec", self.span(login.leaf_line("announcement")), msg))
        # AAA
        if (
            "authentication-order" in keys
            or "tacplus-server" in keys
            or "radius-server" in keys
            or "accounting" in keys
        ):
            order = s.vals("authentication-order")
            if order:
                dev.aaa.methods.append(
                    AaaMethodList(
                        "authentication",
                        "login",
                        "default",
                        tuple(order),
                        s.line_of("authentication-order"),
                    )
                )
            for proto, key in (("tacacs+", "tacplus-server"), ("radius", "radius-server")):
                for addr, an in s.items(key):
                    self._aaa(proto, addr, an, ["authentication"])
            acct = s.get("accounting", "destination")
            if acct is not None:
                for proto, key in (("tacacs+", "tacplus"), ("radius", "radius")):
                    for addr, an in acct.items(key, "server"):
                        self._aaa(proto, addr, an, ["accounting"])
        # syslog
        if "syslog" in keys:
            sl = s.get("syslog") or EMPTY
            src = sl.val("source-address")
            dev.logging.source_interface = src
            for addr, hn in sl.items("host"):
                h = LogHost(
                    addr,
                    self.span(hn.line),
                    vrf=hn.val("routing-instance") or sl.val("routing-instance"),
                )
                h.port = _port(hn.val("port"))
                h.source_interface = hn.val("source-address")
                if (tr := hn.val("transport")) is not None:
                    h.transport = tr
                levels = [lv for fac, fn in hn.kids.items() if fac in FACILITIES for lv in fn.kids]
                h.level = levels[0] if levels else None
                dev.logging.hosts.append(h)
            if sl.kids:
                dev.logging.enabled = True
            if sl.has("file"):
                dev.logging.buffered = True
        # trace messages sent to a remote syslog host
        if "tracing" in keys:
            for addr, tn in s.items("tracing", "destination-override", "syslog", "host"):
                dev.logging.hosts.append(LogHost(addr, self.span(tn.line), level="tracing"))
        # ntp
        if "ntp" in keys:
            ntp = s.get("ntp") or EMPTY
            for kind, peer in (("server", False), ("peer", True)):
                for addr, nn in ntp.items(kind):
                    srv = NtpServer(
                        addr, self.span(nn.line), vrf=nn.val("routing-instance"), peer=peer
                    )
                    if (k := nn.val("key")) and k.isdigit():
                        srv.key = int(k)
                    srv.prefer = nn.has("prefer")
                    dev.ntp.servers.append(srv)
            for kid, kn in ntp.items("authentication-key"):
                if kid.isdigit():
                    dev.ntp.keys.append(int(kid))
                if (v := kn.val("value")) is not None:
                    self.secret(v, kn.leaf_line("value"))
            dev.ntp.trusted_keys = [int(k) for k in ntp.vals("trusted-key") if k.isdigit()]
            dev.ntp.authenticate = bool(dev.ntp.trusted_keys)
            dev.ntp.source_interface = ntp.val("source-address")
        # services
        if "services" in keys:
            self.system_services(s.get("services"))
        # archival
        if "archival" in keys:
            arch = s.get("archival", "configuration")
            if arch is not None:
                kind = (
                    "transfer-on-commit"
                    if arch.has("transfer-on-commit")
                    else "transfer-interval"
                    if arch.has("transfer-interval")
                    else "archive"
                )
                for raw_url, un in arch.items("archive-sites"):
                    url, url_pw = self.url(raw_url, un.line)
                    pw = un.val("password")
                    secret = self.secret(pw, un.leaf_line("password")) if pw else url_pw
                    dev.archives.append(
                        ConfigArchive(
                            url,
                            self.span(un.line),
                            kind=kind,
                            host=address_host(url) if "://" in url else None,
                            scheme=url_scheme(url),
                            vrf=arch.val("routing-instance"),
                            password=secret,
                        )
                    )
        # scripts
        if "scripts" in keys:
            scripts = s.get("scripts") or EMPTY
            for kind in ("op", "commit", "event"):
                for fname, fn in scripts.items(kind, "file"):
                    auto = Automation(fname, self.span(fn.line), kind=f"{kind}-script")
                    src = fn.val("source")
                    if src is not None:
                        src = self.url(src, fn.leaf_line("source"))[0]
                    if src is not None and "://" in src:
                        self._script_source(fname, src, fn.leaf_line("source"))
                    dev.automations.append(auto)

    def _script_source(self, name: str, url: str, line: int) -> None:
        """A script whose `source` is a URL: code pulled from the network (`request system
        scripts refresh-from`, `refresh`)."""
        self.dev.auto_config.append(
            AutoConfig(
                "script-source",
                self.span(line),
                url=url,
                host=address_host(url),
                detail=f"script {name}",
            )
        )

    def _aaa(self, proto: str, addr: str, an: Node, roles: list[str]) -> None:
        srv = AaaServer(proto, addr, self.span(an.line), roles=list(roles))
        if (sec := an.val("secret")) is not None:
            srv.key = self.secret(sec, an.leaf_line("secret"))
        srv.port = _port(an.val("port"))
        srv.source_interface = an.val("source-address")
        srv.vrf = an.val("routing-instance")
        self.dev.aaa.servers.append(srv)

    def system_services(self, sv: Node | None) -> None:
        if sv is None:
            return
        dev = self.dev
        simple = {
            "ssh": "ssh",
            "telnet": "telnet",
            "ftp": "ftp-server",
            "finger": "finger",
            "tftp-server": "tftp-server",
            "xnm-clear-text": "xnm-clear-text",
            "xnm-ssl": "xnm-ssl",
            "rest": "rest",
            "extension-service": "extension-service",
            "outbound-ssh": "outbound-ssh",
            "dhcp": "dhcp-server",
            "dhcp-local-server": "dhcp-server",
            "dns": "dns-server",
        }
        for key, name in simple.items():
            n = sv.get(key)
            if n is not None:
                port = _port(n.val("port") or n.val("http", "port") or n.val("https", "port"))
                dev.services[name] = Service(name, True, n.line, port=port)
        grpc = sv.get("extension-service", "request-response", "grpc")
        if grpc is not None:
            clear = grpc.get("clear-text")
            tls = grpc.get("ssl")
            port = _port((clear or tls or EMPTY).val("port"))
            dev.services["grpc"] = Service(
                "grpc", True, grpc.line, port=port, detail="clear-text" if clear else "tls"
            )
        nc = sv.get("netconf")
        if nc is not None:
            dev.services["netconf"] = Service(
                "netconf", True, nc.line, port=_port(nc.val("ssh", "port"))
            )
        wm = sv.get("web-management")
        if wm is not None:
            for proto in ("http", "https"):
                pn = wm.get(proto)
                if pn is not None:
                    dev.services[proto] = Service(proto, True, pn.line, port=_port(pn.val("port")))
        ft = sv.get("flow-tap-dtcp")
        if ft is not None:
            dev.services["flow-tap-dtcp"] = Service("flow-tap-dtcp", True, ft.line)
            dev.lawful_intercept.append(
                LawfulIntercept(
                    "dtcp",
                    "flow-tap-dtcp",
                    self.span(ft.line),
                    detail="system services flow-tap-dtcp",
                )
            )
        ssh = sv.get("ssh")
        if ssh is not None:
            pv = ssh.vals("protocol-version")
            if pv == ["v2"]:
                dev.ssh.version = 2
            elif pv:
                dev.ssh.version = 1
            dev.ssh.port = _port(ssh.val("port"))
            dev.ssh.ciphers = ssh.vals("ciphers")
            dev.ssh.macs = ssh.vals("macs")
            dev.ssh.kex = ssh.vals("key-exchange")
            if (rl := ssh.val("root-login")) is not None:
                dev.services["ssh"].detail = f"root-login {rl}"
        for cname, cn in sv.items("outbound-ssh", "client"):
            if (sec := cn.val("secret")) is not None:
                self.secret(sec, cn.leaf_line("secret"))
            for host, hn in cn.kids.items():
                if _is_ip(host):
                    auto = Automation(
                        cname, self.span(cn.line), kind="outbound-ssh", trigger="always"
                    )
                    auto.actions.append(
                        AutomationAction(
                            hn.line,
                            "outbound-ssh",
                            f"outbound-ssh {host}",
                            url=f"ssh://{host}",
                            host=host,
                        )
                    )
                    dev.automations.append(auto)

    # ---- SNMP ---------------------------------------------------------------------------------
    def snmp(self) -> None:
        sn = self.root.get("snmp")
        if sn is None:
            return
        snmp = self.dev.snmp
        snmp.enabled = True
        snmp.location = sn.val("location")
        snmp.contact = sn.val("contact")
        for cl, cn in sn.items("client-list"):
            self.define("snmp client-list", cl, cn.line)
        for com, cn in sn.items("community"):
            auth = cn.val("authorization") or "read-only"
            c = SnmpCommunity(self.secret(com, cn.line, "plain"), self.span(cn.line))
            c.access = "rw" if auth == "read-write" else "ro"
            c.view = cn.val("view")
            if c.view:
                self.ref("snmp view", c.view, "snmp community view", cn.leaf_line("view"))
            if (clname := cn.val("client-list-name")) is not None:
                c.acl = clname
                self.ref(
                    "snmp client-list",
                    clname,
                    "snmp community client-list-name",
                    cn.leaf_line("client-list-name"),
                )
            elif cn.vals("clients"):
                c.acl = "clients"
            c.vrf = cn.val("routing-instance")
            snmp.communities.append(c)
        for vname, vn in sn.items("view"):
            self.define("snmp view", vname, vn.line)
            v = SnmpView(vname, self.span(vn.line))
            for oid, on in vn.items("oid"):
                (v.excluded if on.has("exclude") else v.included).append(oid)
            snmp.views.append(v)
        for gname, gn in sn.items("trap-group"):
            version = gn.val("version")
            for addr, tn in gn.items("targets"):
                h = SnmpHost(addr, self.span(tn.line), version=version, kind="trap")
                h.community = self.secret(gname, gn.line, "plain")
                h.vrf = gn.val("routing-instance")
                snmp.hosts.append(h)
            snmp.traps = True
        if (ti := sn.val("trap-options", "source-address")) is not None:
            snmp.source_interface = ti
        v3 = sn.get("v3")
        if v3 is not None:
            snmp.versions = ["v3"]
            for uname, un in v3.items("usm", "local-engine", "user"):
                u = SnmpUser(uname, self.span(un.line))
                for k, kn in un.kids.items():
                    if k.startswith("authentication-"):
                        u.auth = k.split("-", 1)[1]
                        if (key := kn.val("authentication-key")) is not None:
                            u.secret = self.secret(key, kn.leaf_line("authentication-key"))
                    elif k.startswith("privacy-"):
                        u.priv = k.split("-", 1)[1]
                        if (key := kn.val("privacy-key")) is not None:
                            self.secret(key, kn.leaf_line("privacy-key"))
                snmp.users.append(u)
            for _tname, tn in v3.items("target-address"):
                taddr = tn.val("address")
                if taddr is None:
                    continue
                h = SnmpHost(taddr, self.span(tn.line), version="v3", kind="trap")
                h.vrf = tn.val("routing-instance")
                h.port = _port(tn.val("port"))
                params = tn.val("target-parameters")
                h.user = v3.val("target-parameters", params or "", "parameters", "security-name")
                h.user = h.user or params
                snmp.hosts.append(h)
            vacm = v3.get("vacm") or EMPTY
            for gname, gn in vacm.items("access", "group"):
                g = SnmpGroup(gname, self.span(gn.line))
                for _model, mn in gn.items("default-context-prefix", "security-model"):
                    for level, ln in mn.items("security-level"):
                        g.security = {
                            "none": "noauth",
                            "authentication": "auth",
                            "privacy": "priv",
                        }.get(level, level)
                        g.read_view = ln.val("read-view")
                        g.write_view = ln.val("write-view")
                        g.notify_view = ln.val("notify-view")
                snmp.groups.append(g)

    # ---- forwarding-options: mirroring and sampling -----------------------------------------------
    def forwarding_options(self) -> None:
        fo = self.root.get("forwarding-options")
        if fo is None:
            return
        pm = fo.get("port-mirroring")
        if pm is not None:
            self._port_mirror("port-mirroring", pm)
            for iname, inode in pm.items("instance"):
                self.define("port-mirroring instance", iname, inode.line)
                self._port_mirror(iname, inode)
        for aname, an in fo.items("analyzer"):
            self.define("analyzer", aname, an.line)
            ms = MirrorSession(aname, self.span(an.line))
            inp = an.get("input") or EMPTY
            for d, direction in (("ingress", "rx"), ("egress", "tx")):
                for ifname, inn in inp.items(d, "interface"):
                    ms.sources.append(MirrorSource("interface", ifname, direction, inn.line))  # type: ignore[arg-type]
                for vl, vn in inp.items(d, "vlan"):
                    ms.sources.append(MirrorSource("vlan", vl, direction, vn.line))  # type: ignore[arg-type]
            out = an.get("output") or EMPTY
            for ifname, on in out.items("interface"):
                ms.destinations.append(MirrorDestination("interface", ifname, on.line))
            for vl, vn in out.items("vlan"):
                ms.kind = "rspan-source"
                vid = self.root.val("vlans", vl, "vlan-id")
                if vid is not None and vid.isdigit() and int(vid) in self.dev.vlans:
                    self.dev.vlans[int(vid)].remote_span = True
                self.ref("vlan", vl, "analyzer output vlan", vn.line)
                ms.destinations.append(MirrorDestination("vlan", vid or vl, vn.line))
            for ip, ipn in out.items("ip-address"):
                ms.kind = "gre"
                ms.destinations.append(MirrorDestination("ip", ip, ipn.line))
            self.dev.mirror_sessions.append(ms)
        pc = fo.get("packet-capture")
        if pc is not None and not pc.has("disable"):
            cap = PacketCapture("packet-capture", self.span(pc.line))
            cap.destination = pc.val("file", "filename")
            self._captures.append(cap)
            self.dev.captures.append(cap)
        samp = fo.get("sampling")
        if samp is not None:
            self._sampling("sampling", samp)
            for iname, inode in samp.items("instance"):
                self.define("sampling instance", iname, inode.line)
                self._sampling(iname, inode)

    def _port_mirror(self, name: str, pm: Node) -> None:
        sources = self._filter_sources("port-mirror", name)
        for fam, fn in pm.items("family"):
            out = fn.get("output") or pm.get("output")
            if out is None:
                continue
            ms = MirrorSession(name if fam == "inet" else f"{name} {fam}", self.span(fn.line))
            ms.sources = list(sources)
            for ifname, on in out.items("interface"):
                hops = on.vals("next-hop")
                for hop in hops:
                    ms.kind = "other"
                    ms.destinations.append(MirrorDestination("ip", hop, on.leaf_line("next-hop")))
                if not hops:
                    ms.destinations.append(MirrorDestination("interface", ifname, on.line))
                self.ref("interface", ifname, "port-mirroring output interface", on.line)
            for hop, hn in out.items("next-hop"):
                ms.kind = "other"
                ms.destinations.append(MirrorDestination("ip", hop, hn.line))
            for ip, ipn in out.items("ip-address"):
                ms.kind = "other"
                ms.destinations.append(MirrorDestination("ip", ip, ipn.line))
            self.dev.mirror_sessions.append(ms)

    def _filter_sources(self, action: str, instance: str) -> list[MirrorSource]:
        """Interfaces whose filters send traffic to port-mirroring (or to the instance)."""
        out: list[MirrorSource] = []
        for fname, pmap in self.dev.policy_maps.items():
            hit = False
            for cls in pmap.classes:
                for act, vals in cls.actions:
                    if act == "mirror" and (
                        (instance == "port-mirroring" and vals == ("port-mirroring",))
                        or (len(vals) > 1 and vals[1] == instance)
                    ):
                        hit = True
            if not hit:
                continue
            for unit, direction in self.filter_users.get(fname, []):
                out.append(MirrorSource("interface", unit, "rx" if direction == "input" else "tx"))
            if not self.filter_users.get(fname):
                out.append(MirrorSource("filter", fname))
        for ifname, it in self.dev.interfaces.items():
            _ = ifname, it
        return out

    def _sampling(self, name: str, sn: Node) -> None:
        for fam, fn in sn.items("family"):
            out = fn.get("output") or sn.get("output")
            if out is None:
                continue
            for addr, an in out.items("flow-server"):
                version = an.val("version") or ("ipfix" if an.has("version-ipfix") else None)
                exp = FlowExporter(
                    name if fam == "inet" else f"{name} {fam}",
                    self.span(an.line),
                    protocol="ipfix"
                    if version in ("ipfix", "10") or an.has("version-ipfix")
                    else "jflow",
                    destination=addr,
                    destination_line=an.line,
                    port=_port(an.val("port")),
                    version=version,
                )
                inl = out.get("inline-jflow") or EMPTY
                exp.source = inl.val("source-address") or out.val("source-address")
                exp.vrf = an.val("routing-instance")
                self.dev.flow_exporters.append(exp)

    # ---- services ---------------------------------------------------------------------------------
    def services(self) -> None:
        sv = self.root.get("services")
        if sv is None:
            return
        dev = self.dev
        ft = sv.get("flow-tap")
        if ft is not None:
            detail = " ".join(f"{k} {' '.join(v.kids)}".strip() for k, v in ft.kids.items())
            dev.lawful_intercept.append(
                LawfulIntercept("flow-tap", "flow-tap", self.span(ft.line), detail=detail or None)
            )
        dfc = sv.get("dynamic-flow-capture")
        if dfc is not None:
            for gname, gn in dfc.items("capture-group") or [("dynamic-flow-capture", dfc)]:
                dest = None
                for cname, cn in gn.items("content-destination"):
                    dest = cn.val("address") or dest
                    _ = cname
                dev.lawful_intercept.append(
                    LawfulIntercept("dfc", gname, self.span(gn.line), destination=dest)
                )
        fm = sv.get("flow-monitoring")
        if fm is not None:
            for ver in ("version9", "version-ipfix"):
                for tname, tn in fm.items(ver, "template"):
                    self.define("flow-monitoring template", tname, tn.line)
        for iname, inode in sv.items("inline-monitoring", "instance"):
            self.define("inline-monitoring instance", iname, inode.line)
            for cname, cn in inode.items("collector"):
                dest = cn.val("destination-address")
                if dest is None:
                    continue
                dev.flow_exporters.append(
                    FlowExporter(
                        f"{iname} {cname}",
                        self.span(cn.line),
                        protocol="ipfix",
                        destination=dest,
                        destination_line=cn.leaf_line("destination-address"),
                        port=_port(cn.val("destination-port")),
                        source=cn.val("source-address"),
                        vrf=cn.val("routing-instance"),
                        version="inline-monitoring",
                    )
                )
        an = sv.get("analytics")
        if an is not None:
            profiles = {n: pn for n, pn in an.items("export-profile")}
            for name, sn in an.items("streaming-server"):
                self.define("streaming-server", name, sn.line)
                addr = sn.val("remote-address")
                if addr is None:
                    continue
                proto = None
                for _pname, pn in profiles.items():
                    proto = pn.val("transport") or proto
                dev.telemetry.append(
                    Telemetry(
                        name,
                        addr,
                        self.span(sn.line),
                        port=_port(sn.val("remote-port")),
                        protocol=proto or "udp",
                        encoding=next((pn.val("format") for pn in profiles.values()), None),
                    )
                )
            for sname, sn in an.items("sensor"):
                for srv in sn.vals("server-name"):
                    self.ref("streaming-server", srv, "analytics sensor server-name", sn.line)
                for prof in sn.vals("export-name"):
                    self.ref("export-profile", prof, "analytics sensor export-name", sn.line)
                _ = sname
            for pname, pn in profiles.items():
                self.define("export-profile", pname, pn.line)
        for name, rn in sv.items("rpm", "probe"):
            self.define("rpm probe", name, rn.line)

    # ---- event-options ---------------------------------------------------------------------------
    def event_options(self) -> None:
        eo = self.root.get("event-options")
        if eo is None:
            return
        dests: dict[str, list[str]] = {}
        for dname, dn in eo.items("destinations"):
            self.define("event destination", dname, dn.line)
            urls: list[str] = []
            for raw_url, un in dn.items("archive-sites"):
                urls.append(self.url(raw_url, un.line)[0])
                if (pw := un.val("password")) is not None:
                    self.secret(pw, un.leaf_line("password"))
            dests[dname] = urls
        for pname, pn in eo.items("policy"):
            self.define("event policy", pname, pn.line)
            auto = Automation(
                pname,
                self.span(pn.line),
                kind="event-policy",
                trigger=" ".join(pn.vals("events")) or None,
            )
            then = pn.get("then") or EMPTY
            for cmd, cn in then.items("execute-commands", "commands"):
                auto.actions.append(AutomationAction(cn.line, "cli", redact_junos(cmd)))
            for key in ("execute-commands", "upload"):
                up = then.get(key)
                if up is None:
                    continue
                if key == "upload":
                    for fname, fn in up.items("filename"):
                        for dname in fn.vals("destination"):
                            self.ref(
                                "event destination",
                                dname,
                                "event policy upload",
                                fn.line_of("destination"),
                            )
                            for url in dests.get(dname, []):
                                auto.actions.append(
                                    AutomationAction(
                                        fn.line,
                                        "copy",
                                        f"upload filename {fname} destination {dname}",
                                        url=url,
                                        host=address_host(url),
                                    )
                                )
                else:
                    for dname in up.vals("destination"):
                        self.ref(
                            "event destination",
                            dname,
                            "event policy execute-commands",
                            up.line_of("destination"),
                        )
                        for url in dests.get(dname, []):
                            auto.actions.append(
                                AutomationAction(
                                    up.line_of("destination"),
                                    "copy",
                                    f"execute-commands output to {dname}",
                                    url=url,
                                    host=address_host(url),
                                )
                            )
            for sname, sn in then.items("event-script"):
                auto.actions.append(AutomationAction(sn.line, "script", f"event-script {sname}"))
                for dname in sn.vals("destination"):
                    self.ref(
                        "event destination",
                        dname,
                        "event policy event-script",
                        sn.line_of("destination"),
                    )
                    for url in dests.get(dname, []):
                        auto.actions.append(
                            AutomationAction(
                                sn.line,
                                "copy",
                                f"event-script {sname} output to {dname}",
                                url=url,
                                host=address_host(url),
                            )
                        )
            if then.has("raise-trap"):
                auto.actions.append(
                    AutomationAction(then.line_of("raise-trap"), "snmp-trap", "raise-trap")
                )
            self.dev.automations.append(auto)
        for sname, sn in eo.items("event-script", "file"):
            auto = Automation(sname, self.span(sn.line), kind="event-script")
            if (src := sn.val("source")) is not None and "://" in src:
                src = self.url(src, sn.leaf_line("source"))[0]
                self._script_source(sname, src, sn.leaf_line("source"))
            self.dev.automations.append(auto)
        for gname, gn in eo.items("generate-event"):
            self.define("generate-event", gname, gn.line)

    # ---- security (IKE/IPsec) -----------------------------------------------------------------------
    def security(self) -> None:
        sec = self.root.get("security")
        if sec is None:
            return
        dev = self.dev
        ike = sec.get("ike") or EMPTY
        policies: dict[str, Secret | None] = {}
        gateways: dict[str, tuple[str | None, int, str | None]] = {}
        for pname, pn in ike.items("policy"):
            self.define("ike policy", pname, pn.line)
            psk = None
            for _fmt, fn in pn.items("pre-shared-key"):
                for val, _vn in fn.kids.items():
                    psk = self.secret(val, fn.leaf_line())
            policies[pname] = psk
            for prop in pn.vals("proposals"):
                self.ref("ike proposal", prop, "ike policy proposals", pn.line_of("proposals"))
        for pname, pn in ike.items("proposal"):
            self.define("ike proposal", pname, pn.line)
            dev.crypto_proposals.append(
                CryptoProposal(
                    pname,
                    self.span(pn.line),
                    "ike-proposal",
                    encryption=pn.vals("encryption-algorithm"),
                    integrity=pn.vals("authentication-algorithm"),
                    group=pn.vals("dh-group"),
                    auth=pn.val("authentication-method"),
                )
            )
        for gname, gn in ike.items("gateway"):
            self.define("ike gateway", gname, gn.line)
            pol = gn.val("ike-policy")
            if pol:
                self.ref("ike policy", pol, "ike gateway ike-policy", gn.leaf_line("ike-policy"))
            for addr, an in gn.items("address"):
                dev.crypto_peers.append(
                    CryptoPeer(
                        addr,
                        self.span(an.line),
                        f"ike gateway {gname}",
                        psk=policies.get(pol or ""),
                    )
                )
            gateways[gname] = (
                gn.val("address"),
                gn.leaf_line("address"),
                gn.val("external-interface"),
            )
        ipsec = sec.get("ipsec") or EMPTY
        for pname, pn in ipsec.items("proposal"):
            self.define("ipsec proposal", pname, pn.line)
            dev.crypto_proposals.append(
                CryptoProposal(
                    pname,
                    self.span(pn.line),
                    "ipsec-proposal",
                    encryption=pn.vals("encryption-algorithm"),
                    integrity=pn.vals("authentication-algorithm"),
                )
            )
        for vname, vn in ipsec.items("vpn"):
            self.define("ipsec vpn", vname, vn.line)
            gw = vn.val("ike", "gateway")
            if gw:
                self.ref("ike gateway", gw, "ipsec vpn ike gateway", vn.leaf_line("ike", "gateway"))
            if (bi := vn.val("bind-interface")) is not None:
                self.ref(
                    "interface", bi, "ipsec vpn bind-interface", vn.leaf_line("bind-interface")
                )
                it = dev.interfaces.get(bi)
                if it is not None and it.tunnel is None:
                    dest, dline, ext = gateways.get(gw or "", (None, 0, None))
                    it.tunnel = Tunnel(
                        source=ext,
                        destination=dest,
                        destination_line=dline if dest else 0,
                        mode="ipsec",
                        protection=vname,
                    )
            for peer in dev.crypto_peers:
                if gw and peer.context == f"ike gateway {gw}":
                    peer.transforms.append(f"ipsec vpn {vname}")
        for zname, zn in sec.items("zones", "security-zone"):
            self.define("security-zone", zname, zn.line)
            for ifname, inode in zn.items("interfaces"):
                self.ref("interface", ifname, "security-zone interfaces", inode.line)


def _inherit(node: Node, body: dict[str, Node]) -> None:
    """Copy the statements of `body` that `node` does not have (recursively)."""
    for key, src in body.items():
        have = node.kids.get(key)
        if have is None:
            node.kids[key] = _copy(src)
        elif src.kids:
            _inherit(have, src.kids)


def _copy(node: Node, depth: int = 0) -> Node:
    out = Node(node.line)
    if depth < 32:
        out.kids = {k: _copy(v, depth + 1) for k, v in node.kids.items()}
    return out


FACILITIES = frozenset(
    {
        "any",
        "authorization",
        "change-log",
        "conflict-log",
        "daemon",
        "dfc",
        "external",
        "firewall",
        "ftp",
        "interactive-commands",
        "kernel",
        "ntp",
        "pfe",
        "security",
        "user",
    }
)
