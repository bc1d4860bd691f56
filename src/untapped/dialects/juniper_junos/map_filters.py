"""Junos configuration tree -> model: firewall filters and their bindings."""

from __future__ import annotations

import ipaddress

from untapped.dialects.juniper_junos.mapping_base import EMPTY, MapperBase, _port
from untapped.dialects.juniper_junos.tree import Node
from untapped.model.filters import (
    Acl,
    AclEntry,
    AddrMatch,
    PolicyMap,
    PolicyMapClass,
    PortMatch,
)


class _FiltersMapper(MapperBase):
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
