"""VRP/Comware handlers: ACL rules and MQC (traffic classifier / behavior / policy)."""

from __future__ import annotations

from typing import Any

import msgspec

from untapped.dialects._ioslike.addr import (
    ICMP_TYPES,
    is_ip,
    is_ipv4,
    len_to_wildcard,
    port_number,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._vrplike.base import P, kw
from untapped.model.filters import (
    Acl,
    AclEntry,
    AddrMatch,
    ClassMap,
    PolicyMap,
    PolicyMapClass,
    PortMatch,
)
from untapped.model.net import (
    Interface,
)
from untapped.redact import redact_text


# ---- ACLs -----------------------------------------------------------------------------------
def _acl_kind(name: str, word: str | None) -> str:
    if word in ("basic",):
        return "standard"
    if word in ("advanced", "advance"):
        return "extended"
    if word in ("mac", "link", "ethernet-frame"):
        return "mac"
    if name.isdigit():
        n = int(name)
        if 2000 <= n < 3000:
            return "standard"
        if 3000 <= n < 4000:
            return "extended"
        if 4000 <= n < 5000:
            return "mac"
        return "other"
    return "extended"


def h_acl(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """VRP `acl [number] N`, `acl name NAME [N|basic|advanced]`, `acl ipv6 [number] N`;
    Comware `acl number N [name NAME]`, `acl basic|advanced N|name NAME`, `acl ipv6 ...`,
    `acl mac N`."""
    low = [x.lower() for x in t]
    v6 = "ipv6" in low[i : i + 2]
    j = i + (1 if low[i] == "ipv6" else 0)
    word: str | None = None
    if low[j] in ("number",):
        j += 1
    elif low[j] in ("basic", "advanced", "mac", "link", "user", "wlan"):
        word = low[j]
        j += 1
    if low[j] == "name":
        j += 1
        name = t[j]
        nxt = low[j + 1] if j + 1 < len(t) else None
        if nxt in ("basic", "advanced", "advance"):
            word = nxt
        elif nxt and nxt.isdigit():
            word = _acl_kind(nxt, None).replace("standard", "basic").replace("extended", "advanced")
    else:
        name = t[j]
        if not name.isdigit():
            return UNRECOGNIZED
        alias = kw(low, "name", j + 1)
        if alias:
            p.define(
                "ipv6 access-list" if v6 else "ip access-list", t[low.index("name", j + 1) + 1], ln
            )
    if neg:
        return None
    kind = "ipv6" if v6 else _acl_kind(name, word)
    acls = p.device.acls
    acl = acls.get(name)
    if acl is None:
        acl = Acl(
            name,
            p.device.span(ln),
            kind=kind,  # type: ignore[arg-type]
            family="ipv6" if v6 else ("mac" if kind == "mac" else "ipv4"),
        )
        acls[name] = acl
    p.define("ipv6 access-list" if v6 else "ip access-list", name, ln)
    return p.modes["acl"], acl


_PROTOS = frozenset(
    {
        "ip",
        "ipv6",
        "tcp",
        "udp",
        "icmp",
        "icmpv6",
        "gre",
        "ospf",
        "igmp",
        "ipinip",
        "sctp",
        "esp",
        "ah",
    }
)


def _rule_addr(t: list[str], j: int, v6: bool) -> tuple[AddrMatch, int]:
    a = t[j]
    if a.lower() == "any":
        return AddrMatch("any"), j + 1
    if "/" in a:
        addr, _, plen = a.partition("/")
        if v6:
            return AddrMatch("wildcard", addr, plen), j + 1
        n = int(plen)
        return (
            AddrMatch("host", addr) if n == 32 else AddrMatch("wildcard", addr, len_to_wildcard(n))
        ), j + 1
    if j + 1 < len(t):
        w = t[j + 1]
        if w == "0":
            return AddrMatch("host", a), j + 2
        if is_ipv4(w):
            return (AddrMatch("host", a) if w == "0.0.0.0" else AddrMatch("wildcard", a, w)), j + 2
        if w.isdigit() and v6:
            return AddrMatch("wildcard", a, w), j + 2
        if w.isdigit() and int(w) <= 32:
            n = int(w)
            return (
                AddrMatch("host", a) if n == 32 else AddrMatch("wildcard", a, len_to_wildcard(n))
            ), j + 2
    return AddrMatch("host", a), j + 1


_VRP_PORTS = {
    "dns": 53,
    "ntp": 123,
    "snmp": 161,
    "snmptrap": 162,
    "syslog": 514,
    "tftp": 69,
    "https": 443,
    "bootps": 67,
    "bootpc": 68,
    "ssh": 22,
    "radius": 1812,
    "telnet": 23,
    "www": 80,
    "http": 80,
}


def _port(tok: str) -> int | None:
    got = port_number(tok)
    return got if got is not None else _VRP_PORTS.get(tok.lower())


def _rule_ports(t: list[str], j: int) -> tuple[PortMatch, int]:
    op = t[j].lower()
    if op == "range":
        a, b = _port(t[j + 1]), _port(t[j + 2])
        if a is None or b is None:
            raise ValueError(t[j + 1])
        return PortMatch("range", (a, b)), j + 3
    if op in ("eq", "neq", "lt", "gt"):
        v = _port(t[j + 1])
        if v is None:
            raise ValueError(t[j + 1])
        return PortMatch(op, (v,)), j + 2  # type: ignore[arg-type]
    raise ValueError(op)


def h_rule(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Acl) -> Any:
    """`rule [N] permit|deny [PROTO] [source A W|any] [destination A W|any] [source-port OP P]
    [destination-port OP P] [icmp-type T [C]] [tcp-flag ...] [vpn-instance V] [logging]
    [time-range T] [fragment] [dscp D] ...`."""
    j = i
    seq = None
    if t[j].isdigit():
        seq = int(t[j])
        j += 1
    if neg:
        if seq is not None:
            obj.entries = [e for e in obj.entries if e.seq != seq]
        return None
    act = t[j].lower()
    if act == "remark":
        obj.entries.append(AclEntry(p.device.span(ln), p.text, "remark", seq))
        return None
    if act not in ("permit", "deny"):
        return UNRECOGNIZED
    j += 1
    v6 = obj.family == "ipv6"
    entry = AclEntry(p.device.span(ln), redact_text(p.text), act, seq)  # type: ignore[arg-type]
    entry.protocol = "ipv6" if v6 else "ip"
    extra: list[str] = []
    n = len(t)
    if j < n:
        low = t[j].lower()
        if low in _PROTOS or low.isdigit():
            entry.protocol = low
            j += 1
    while j < n:
        k = t[j].lower()
        if k == "source":
            entry.src, j = _rule_addr(t, j + 1, v6)
        elif k == "destination":
            entry.dst, j = _rule_addr(t, j + 1, v6)
        elif k == "source-port":
            entry.src_ports, j = _rule_ports(t, j + 1)
        elif k == "destination-port":
            entry.dst_ports, j = _rule_ports(t, j + 1)
        elif k == "icmp-type":
            j += 1
            if t[j].isdigit():
                entry.icmp_type = int(t[j])
                j += 1
                if j < n and t[j].isdigit():
                    entry.icmp_code = int(t[j])
                    j += 1
            else:
                entry.icmp_name = t[j]
                known = ICMP_TYPES.get(t[j].lower())
                if known is not None:
                    entry.icmp_type, entry.icmp_code = known
                j += 1
        elif k in ("logging", "log"):
            entry.log = True
            j += 1
        elif k == "counting":  # statistics: no condition
            j += 1
        elif k in ("fragment", "fragment-type"):
            entry.fragments = True
            j += 1 if k == "fragment" else 2
        elif k == "dscp":
            entry.dscp = t[j + 1]
            j += 2
        elif k in ("tcp-flag", "established"):
            if k == "established":
                entry.established = True
                j += 1
            else:
                flags = []
                j += 1
                while j < n and t[j].lower() in (
                    "ack",
                    "fin",
                    "psh",
                    "rst",
                    "syn",
                    "urg",
                    "established",
                ):
                    if t[j].lower() == "established":
                        entry.established = True
                    else:
                        flags.append(t[j].lower())
                    j += 1
                entry.tcp_flags = tuple(flags)
        elif k in ("time-range", "vpn-instance", "precedence", "tos", "ttl") or k in (
            "source-mac",
            "destination-mac",
            "vlan-id",
            "igmp-type",
            "ttl-expired",
            "packet-length",
            "none-first-fragment",
            "first-fragment",
            "type",
        ):
            extra.append(" ".join(t[j : j + 2]))
            j += (
                2
                if k not in ("counting", "none-first-fragment", "first-fragment", "ttl-expired")
                else 1
            )
        else:
            extra.append(t[j])  # a condition the model keeps as text
            j += 1
    entry.extra = tuple(extra)
    obj.entries.append(entry)
    return None


def h_acl_description(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Acl) -> Any:
    return None


# ---- MQC (traffic classifier / behavior / policy) -----------------------------------------
def h_classifier(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    if neg:
        return None
    cm = ClassMap(name, p.device.span(ln))
    low = [x.lower() for x in t[i + 1 :]]
    cm.match_all = "and" in low or (p.classifier_and_default and "or" not in low)
    p.device.class_maps[name] = cm
    p.define("class-map", name, ln)
    return p.modes["classifier"], cm


def h_cls_if_match(p: P, t: list[str], i: int, ln: int, neg: bool, obj: ClassMap) -> Any:
    if neg:
        return None
    k = t[i].lower()
    vals = tuple(t[i + 1 :])
    if k == "acl":
        if vals and vals[0].lower() == "name":
            vals = vals[1:]
        obj.matches.append(("access-group", vals))
        p.ref("ip access-list", vals[0], "traffic classifier if-match acl", ln)
    elif k == "ipv6" and vals and vals[0].lower() == "acl":
        obj.matches.append(("access-group ipv6", vals[1:]))
        p.ref("ipv6 access-list", vals[-1], "traffic classifier if-match ipv6 acl", ln)
    else:
        obj.matches.append((k, vals))
    return None


def h_behavior(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    if neg:
        return None
    acts: list[tuple[str, tuple[str, ...]]] = []
    p.behaviors[name] = acts
    p.define("traffic behavior", name, ln)
    return p.modes["behavior"], acts


def h_beh_redirect(p: P, t: list[str], i: int, ln: int, neg: bool, obj: list[Any]) -> Any:
    """`redirect [vpn-instance V] ip-nexthop A [...]`, `redirect nexthop A`, `redirect next-hop A`
    (Comware), `redirect ipv6-nexthop A`, `redirect interface IF`, `redirect vpn-instance V`."""
    if neg:
        return None
    vals = [x for x in t[i:]]
    hops = [x for x in vals if is_ip(x)]
    low = [x.lower() for x in vals]
    vrf = kw(low, "vpn-instance")
    if hops:
        out: tuple[str, ...] = tuple(hops)
        if vrf:
            out = (*out, "vrf", vals[low.index("vpn-instance") + 1])
        obj.append(("redirect", out))
        return None
    if "interface" in low:
        j = low.index("interface") + 1
        obj.append(("redirect", ("interface", "".join(vals[j:]))))
        return None
    obj.append(("redirect", tuple(vals)))
    return None


def h_beh_mirror_observe(p: P, t: list[str], i: int, ln: int, neg: bool, obj: list[Any]) -> Any:
    """VRP `mirroring to observe-port N` / `mirror to observe-port N`."""
    if neg:
        return None
    index = t[-1] if t[-1].isdigit() else "1"
    obj.append(("mirror", ("observe-port", index)))
    return None


def h_beh_mirror_to(p: P, t: list[str], i: int, ln: int, neg: bool, obj: list[Any]) -> Any:
    """Comware `mirror-to interface IF` / `mirror-to cpu`."""
    if neg:
        return None
    if t[i].lower() == "interface":
        obj.append(("mirror", ("".join(t[i + 1 :]),)))
    elif t[i].lower() == "cpu":
        obj.append(("mirror", ("cpu",)))
    else:
        return UNRECOGNIZED
    return None


def h_beh_action(p: P, t: list[str], i: int, ln: int, neg: bool, obj: list[Any]) -> Any:
    """`permit`, `deny`, `filter permit|deny`, `car ...`, `remark ...`, `statistic enable`."""
    if not neg:
        k = t[0].lower()
        obj.append(("police" if k == "car" else k, tuple(t[1:])))
    return None


def h_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    if neg:
        return None
    pm = PolicyMap(name, p.device.span(ln))
    p.device.policy_maps[name] = pm
    p.define("policy-map", name, ln)
    return p.modes["policy"], pm


def h_pol_classifier(p: P, t: list[str], i: int, ln: int, neg: bool, obj: PolicyMap) -> Any:
    """`classifier C behavior B [precedence N]`."""
    if neg:
        return None
    c = t[i]
    if t[i + 1].lower() != "behavior":
        return UNRECOGNIZED
    b = t[i + 2]
    pc = PolicyMapClass(c, ln)
    obj.classes.append(pc)
    p.policy_links.append((pc, b))
    p.ref("class-map", c, "traffic policy classifier", ln)
    p.ref("traffic behavior", b, "traffic policy behavior", ln)
    return None


def resolve_policies(p: P) -> None:
    """Give each policy class its behavior's actions; observe-port mirrors resolve to the port."""
    for pc, b in p.policy_links:
        acts = p.behaviors.get(b, [])
        out: list[tuple[str, tuple[str, ...]]] = []
        for k, vals in acts:
            if k == "mirror" and vals and vals[0] == "observe-port":
                sess = p.mirrors.get(vals[1])
                dest = next(
                    (d.value for d in (sess.destinations if sess else []) if d.kind == "interface"),
                    None,
                )
                out.append(("mirror", (dest,) if dest else vals))
            elif k == "redirect" and len(vals) == 2 and vals[0] == "interface":
                # a redirect into a tunnel goes where the tunnel goes
                iface = _find_interface(p, vals[1])
                tun = iface.tunnel if iface is not None else None
                if tun is not None and tun.destination:
                    out.append((k, (tun.destination, "interface", iface.name)))  # type: ignore[union-attr]
                else:
                    out.append((k, vals))
            else:
                out.append((k, vals))
        pc.actions = out
    policy_filters(p)


# ---- traffic policies as packet filters ----------------------------------------------------
def _filter_action(actions: list[tuple[str, tuple[str, ...]]]) -> str | None:
    """The permit/deny a behavior gives (VRP `permit`/`deny`, Comware `filter permit|deny`)."""
    for k, vals in actions:
        if k in ("permit", "deny") and not vals:
            return k
        if k == "filter" and vals and vals[0].lower() in ("permit", "deny"):
            return vals[0].lower()
    return None


def policy_filters(p: P) -> None:
    """Each traffic policy whose behaviors permit or deny becomes a packet filter: an `Acl` of
    kind "filter" per address family, named `traffic-policy P` (`traffic-policy P ipv6`), whose
    entries are the rules of the ACLs its classifiers match, in evaluation order (classifiers in
    the order of the policy, if-match clauses in order, rules first-match), each with the
    action the packet receives; packets no classifier matches are forwarded (default permit).
    An interface that applies the policy gets the filter as acl_in/acl_out (acl6_in/acl6_out)
    when no ACL filter is bound there already.

    What a `deny` rule of a matched ACL does differs: VRP discards the packet whatever the
    behavior (`p.class_acl_deny == "drop"`); on Comware it depends on the platform (the clause
    or the rule is skipped, or the behavior applies), so such rules make the filter inexact."""
    dev = p.device
    built: dict[str, dict[str, str]] = {}
    for pm in dev.policy_maps.values():
        if pm.kind != "qos":
            continue
        acts = [_filter_action(pc.actions) for pc in pm.classes]
        if not any(acts):
            continue
        fams: dict[str, Acl] = {}

        for pc, act in zip(pm.classes, acts, strict=True):
            action = act or "permit"  # other behaviors forward the packet (or redirect it)
            cm = dev.class_maps.get(pc.class_name)
            if cm is None:
                continue
            matches = cm.matches
            inexact_class = cm.match_all and len(matches) > 1
            for k, vals in matches:
                fam = "ipv6" if k == "access-group ipv6" else "ipv4"
                if k in ("access-group", "access-group ipv6") and vals and not inexact_class:
                    acl = dev.acls.get(vals[-1] if fam == "ipv6" else vals[0])
                    if acl is not None and acl.family in ("ipv4", "ipv6"):
                        _class_rules(
                            p, _family_acl(fams, pm, acl.family), acl, pc.class_name, action
                        )
                        continue
                span = dev.span(pc.line)
                text = f"classifier {pc.class_name} if-match {k} {' '.join(vals)}".strip()
                why = "classifier with operator and" if inexact_class else f"if-match {k}"
                fams_for = (
                    ("ipv4", "ipv6") if k not in ("access-group", "access-group ipv6") else (fam,)
                )
                for f in fams_for:
                    entry = AclEntry(span, text, action, protocol="ipv6" if f == "ipv6" else "ip")  # type: ignore[arg-type]
                    if k != "any" or inexact_class:
                        entry.extra = (why,)
                    _family_acl(fams, pm, f).entries.append(entry)
        for acl in fams.values():
            dev.acls[acl.name] = acl
        built[pm.name] = {fam: acl.name for fam, acl in fams.items()}
    if not built:
        return
    for iface in dev.interfaces.values():
        for direction, pol in (("in", iface.service_policy_in), ("out", iface.service_policy_out)):
            names = built.get(pol or "")
            if not names:
                continue
            for fam, name in names.items():
                attr = f"acl{'6' if fam == 'ipv6' else ''}_{direction}"
                if getattr(iface, attr) is None:
                    setattr(iface, attr, name)


def _family_acl(fams: dict[str, Acl], pm: PolicyMap, fam: str) -> Acl:
    got = fams.get(fam)
    if got is None:
        name = f"traffic-policy {pm.name}" + (" ipv6" if fam == "ipv6" else "")
        got = Acl(name, pm.span, kind="filter", family=fam, default_action="permit")  # type: ignore[arg-type]
        fams[fam] = got
    return got


def _class_rules(p: P, out: Acl, acl: Acl, cls: str, action: str) -> None:
    has_deny = any(e.action == "deny" for e in acl.entries)
    for e in acl.entries:
        if e.action not in ("permit", "deny"):
            continue
        entry = msgspec.structs.replace(
            e,
            text=f"classifier {cls} acl {acl.name}: {e.text}",
            action=action if e.action == "permit" else "deny",
        )
        if has_deny and p.class_acl_deny != "drop":
            entry.extra = (*e.extra, "ACL deny rule in a traffic classifier")
        out.entries.append(entry)


def _find_interface(p: P, name: str) -> Interface | None:
    ifaces = p.device.interfaces
    got: Interface | None = ifaces.get(name)
    if got is not None:
        return got
    low = name.lower().replace(" ", "")
    for key, iface in ifaces.items():
        if key.lower() == low:
            found: Interface = iface
            return found
    return None
