"""Junos configuration tree -> model: interfaces, units and VLANs."""

from __future__ import annotations

from untapped.dialects._structures import CANONICAL
from untapped.dialects.juniper_junos.mapping_base import EMPTY, MapperBase, _inherit
from untapped.dialects.juniper_junos.tree import APPLY_KEYS, Node
from untapped.model.core import Span
from untapped.model.net import (
    IfAddress,
    Interface,
    Tunnel,
    Vlan,
)

_NOT_INTERFACES = frozenset(
    {"interface-range", "traceoptions", "apply-groups", "apply-groups-except"}
)
_TUNNEL_IFDS = ("gr-", "ip-", "lt-", "fti")


def _first(node: Node) -> str | None:
    """The first value below a node (`Node.val()` without a path)."""
    for k in node.kids:
        return k
    return None


class _InterfacesMapper(MapperBase):
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
        file = self.file
        defs = self._defs
        itype = CANONICAL.get("interface", "interface")
        for name, node in ifs.kids.items():
            if name in _NOT_INTERFACES or name.startswith("<"):
                continue
            # define() inline: one per device and unit (the hot loop of big configurations)
            defs.setdefault((itype, name), []).append(node.line)
            kids = node.kids
            phys = Interface(name, Span(file, node.line))
            if (d := kids.get("description")) is not None:
                phys.description = _first(d)
            phys.shutdown = "disable" in kids
            if (m := kids.get("mtu")) is not None and (mtu := _first(m)) and mtu.isdigit():
                phys.mtu = int(mtu)
            dev.interfaces[name] = phys
            if (units := kids.get("unit")) is not None:
                for unit, un in units.kids.items():
                    if unit not in APPLY_KEYS:
                        self.unit(name, unit, un, node)

    def unit(self, ifd: str, unit: str, un: Node, ifnode: Node) -> None:
        full = f"{ifd}.{unit}"
        self._defs.setdefault((CANONICAL.get("interface", "interface"), full), []).append(un.line)
        it = Interface(full, Span(self.file, un.line))
        kids = un.kids
        if (d := kids.get("description")) is not None:
            it.description = _first(d)
        it.shutdown = "disable" in kids or "disable" in ifnode.kids
        fam = kids.get("family")
        if fam is not None:
            fkids = fam.kids
            if (mtu := fam.val("inet", "mtu")) and mtu.isdigit():
                it.mtu = int(mtu)
            inet = fkids.get("inet")
            if inet is not None:
                self._family(it, full, "inet", inet)
            inet6 = fkids.get("inet6")
            if inet6 is not None:
                self._family(it, full, "inet6", inet6)
            es = fkids.get("ethernet-switching")
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
        tun = kids.get("tunnel")
        if tun is not None or ifd.startswith(_TUNNEL_IFDS):
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
            ftype = {"inet": "ip access-list", "inet6": "ipv6 access-list"}.get(
                famname, "firewall filter"
            )
            for direction, attr in (("input", attrs[0]), ("output", attrs[1])):
                f = filt.val(direction)
                if f is not None:
                    setattr(it, attr, f)
                    line = filt.leaf_line(direction)
                    self.ref(ftype, f, f"interface family {famname} filter {direction}", line)
                    self.filter_users.setdefault(f, []).append((full, direction))
                for f in filt.vals(f"{direction}-list"):
                    self.ref(
                        ftype,
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
