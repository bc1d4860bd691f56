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

# the structure type of a filter by family (docs/analyses.md "Structure types")
FILTER_TYPES = {"ipv4": "ip access-list", "ipv6": "ipv6 access-list"}
# `then` actions after which the packet is not accepted by the term itself
_NON_ACCEPTING = ("next", "routing-instance", "next-interface", "next-ip", "next-ip6")
_ICMP_TYPES = {
    "echo-reply": 0,
    "unreachable": 3,
    "source-quench": 4,
    "redirect": 5,
    "echo-request": 8,
    "router-advertisement": 9,
    "router-solicit": 10,
    "time-exceeded": 11,
    "parameter-problem": 12,
    "timestamp": 13,
    "timestamp-reply": 14,
    "info-request": 15,
    "info-reply": 16,
    "mask-request": 17,
    "mask-reply": 18,
}

_V4_NETS: dict[str, tuple[str, str] | None] = {}


def _v4_wildcard(a: str) -> tuple[str, str] | None:
    """The network address and host mask of an IPv4 `address/length` (`10.1.2.3/24` ->
    ('10.1.2.0', '0.0.0.255')), as `ipaddress.ip_network(a, strict=False)` gives them; None
    where that raises. Plain dotted quads with a decimal length are computed directly, anything
    else goes to `ipaddress`; results are kept (the same prefixes recur across terms and files)."""
    hit = _V4_NETS.get(a, False)
    if hit is not False:
        return hit  # type: ignore[return-value]
    out: tuple[str, str] | None = None
    base, _, plen = a.partition("/")
    parts = base.split(".")
    fast = len(parts) == 4 and plen.isascii() and plen.isdigit() and int(plen) <= 32
    value = 0
    if fast:
        for p in parts:
            if not (p.isascii() and p.isdigit()) or len(p) > 3 or (p[0] == "0" and p != "0"):
                fast = False
                break
            octet = int(p)
            if octet > 255:
                fast = False
                break
            value = value << 8 | octet
    if fast:
        host = (1 << (32 - int(plen))) - 1
        net = value & ~host
        out = (
            f"{net >> 24}.{net >> 16 & 255}.{net >> 8 & 255}.{net & 255}",
            f"{host >> 24}.{host >> 16 & 255}.{host >> 8 & 255}.{host & 255}",
        )
    else:
        try:
            n = ipaddress.ip_network(a, strict=False)
            out = (str(n.network_address), str(n.hostmask))
        except ValueError:
            out = None
    if len(_V4_NETS) > 65536:
        _V4_NETS.clear()
    _V4_NETS[a] = out
    return out


# `then` action modifiers that do not change which packets the term matches or what becomes of
# them (accounting, logging, rate limits, marking)
_MODIFIERS = frozenset(
    {
        "count",
        "policer",
        "three-color-policer",
        "forwarding-class",
        "loss-priority",
        "dscp",
        "traffic-class",
        "sample",
        "service-accounting",
    }
)
_FLAG_NAMES = frozenset({"fin", "syn", "rst", "push", "ack", "urgent"})
_FLAG_BITS = {"push": "psh", "urgent": "urg"}


def _tcp_flags(vals: list[str]) -> tuple[str, ...]:
    """`tcp-flags "syn & !ack"` -> ("+syn", "-ack"); () for forms with `|` or parentheses."""
    text = " ".join(vals).strip('"')
    if not text or "|" in text or "(" in text:
        return ()
    out: list[str] = []
    for part in text.replace("&", " ").split():
        neg = part.startswith("!")
        name = part.lstrip("!").lower()
        if name not in _FLAG_NAMES:
            return ()
        out.append(("-" if neg else "+") + _FLAG_BITS.get(name, name))
    return tuple(out)


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
        self.define(FILTER_TYPES.get(family, "firewall filter"), name, fn.line)
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
        tk = tn.kids
        frm = tk.get("from") or EMPTY
        then = tk.get("then") or EMPTY
        fk = frm.kids
        tnk = then.kids
        # the values under each `from` condition, read once (`Node.vals` of each key)
        fv = {k: list(n.kids) for k, n in fk.items()}
        action = "other"
        if "accept" in tnk:
            action = "permit"
        elif "discard" in tnk or "reject" in tnk:
            action = "deny"
        elif not any(k in tnk for k in _NON_ACCEPTING):
            action = "permit"  # a term without a terminating action accepts
        protos = fv.get("protocol") or fv.get("next-header") or []
        src, src_any = self._addrs(frm, "source-address", "source-prefix-list")
        dst, dst_any = self._addrs(frm, "destination-address", "destination-prefix-list")
        sports, sports_any = self._port_lists(fv.get("source-port") or [])
        dports, dports_any = self._port_lists(fv.get("destination-port") or [])
        for key in ("prefix-list", "source-prefix-list", "destination-prefix-list"):
            for pl in fv.get(key) or ():
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
            src_ports=sports,
            dst_ports=dports,
            log="log" in tnk or "syslog" in tnk,
            src_any=src_any,
            dst_any=dst_any,
            src_ports_any=sports_any,
            dst_ports_any=dports_any,
            established="tcp-established" in fk,
            inactive=tn.inactive,
        )
        if "tcp-initial" in fk:
            entry.tcp_flags = ("+syn", "-ack")
        if "tcp-flags" in fk:
            flags = _tcp_flags(fv["tcp-flags"])
            if flags and not entry.tcp_flags:
                entry.tcp_flags = flags
        icmp = fv.get("icmp-type") or []
        icmp_num = _ICMP_TYPES.get(icmp[0]) if len(icmp) == 1 else None
        if icmp_num is None and len(icmp) == 1 and icmp[0].isdigit():
            icmp_num = int(icmp[0])
        if icmp_num is not None and protos in (["icmp"], ["1"]):
            entry.icmp_type = icmp_num
        multi = [
            k
            for k, pk in (
                ("source-address", "source-prefix-list"),
                ("destination-address", "destination-prefix-list"),
            )
            if fv.get(k) and fv.get(pk)
        ]
        extra: list[str] = []
        actions: list[tuple[str, tuple[str, ...]]] = []
        for key, kn in tnk.items():
            vals = tuple(kn.kids)
            if key in ("accept", "discard", "reject", "log", "syslog"):
                continue
            if key not in _MODIFIERS:  # actions that change the packet's fate stay visible
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
        for key in fk:
            if key == "icmp-type" and entry.icmp_type is not None:
                continue
            if key == "tcp-flags" and entry.tcp_flags and "tcp-initial" not in fk:
                continue
            unread = (key == "source-port" and sports is None and not sports_any) or (
                key == "destination-port" and dports is None and not dports_any
            )
            if unread:
                extra.append(" ".join((key, *fv[key])))  # a port the model cannot read
                continue
            if key not in (
                "protocol",
                "next-header",
                "source-address",
                "destination-address",
                "source-port",
                "destination-port",
                "source-prefix-list",
                "destination-prefix-list",
                "tcp-established",
                "tcp-initial",
            ):
                extra.append(" ".join((key, *fv[key])))
        for key in multi:  # an address list and a prefix-list together: both must match
            extra.append(" ".join((key, *fv[key])))
        entry.extra = tuple(extra)
        return entry, actions

    def _addrs(self, frm: Node, key: str, plkey: str) -> tuple[AddrMatch, tuple[AddrMatch, ...]]:
        """One address condition, or a list of alternatives (longest match; `except` negates)."""
        if key not in frm.kids and plkey not in frm.kids:
            return AddrMatch("any"), ()
        addrs = frm.vals(key)
        pls = frm.vals(plkey)
        if (
            len(addrs) + len(pls) <= 1
            and not any(frm.has(key, a, "except") for a in addrs)
            and not any(frm.has(plkey, x, "except") for x in pls)
        ):
            return self._addr(frm, key, plkey), ()
        if addrs:
            alts = []
            for a in addrs:
                m = self._one_addr(a)
                if m is None:
                    return AddrMatch("any"), ()
                alts.append(
                    AddrMatch(m.kind, m.address, m.wildcard, negate=frm.has(key, a, "except"))
                )
            return AddrMatch("any"), tuple(alts)
        return AddrMatch("any"), tuple(
            AddrMatch("group", name=x, negate=frm.has(plkey, x, "except")) for x in pls
        )

    @staticmethod
    def _one_addr(a: str) -> AddrMatch | None:
        if a in ("0.0.0.0/0", "::/0"):
            return AddrMatch("any")
        if "/" in a:
            base, _, plen = a.partition("/")
            if ":" in base:
                return AddrMatch("wildcard", base, plen)
            wc = _v4_wildcard(a)
            if wc is None:
                return None
            return AddrMatch("wildcard", wc[0], wc[1])
        try:
            ipaddress.ip_address(a)
        except ValueError:
            return None
        return AddrMatch("host", a)

    def _port_lists(self, vals: list[str]) -> tuple[PortMatch | None, tuple[PortMatch, ...]]:
        """One port condition, or alternatives (`destination-port [ 22 830 1024-65535 ]`);
        (None, ()) when a value cannot be read (the caller keeps it as text)."""
        if len(vals) <= 1 or not any("-" in v for v in vals):
            single = self._ports(vals)
            if single is None or (single.op == "eq" and len(single.ports) != len(vals)):
                return None, ()
            return single, ()
        alts: list[PortMatch] = []
        for v in vals:
            one = self._ports([v])
            if one is None:
                return None, ()
            alts.append(one)
        return None, tuple(alts)

    def _addr(self, frm: Node, key: str, plkey: str) -> AddrMatch:
        addrs = frm.vals(key)
        if len(addrs) == 1 and addrs[0] not in ("0.0.0.0/0", "::/0"):
            a = addrs[0]
            if "/" in a:
                base, _, plen = a.partition("/")
                if ":" in base:
                    return AddrMatch("wildcard", base, plen)
                wc = _v4_wildcard(a)
                if wc is None:
                    return AddrMatch("any")
                return AddrMatch("wildcard", wc[0], wc[1])
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
