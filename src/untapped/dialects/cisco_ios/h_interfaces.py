"""IOS interface-mode statements."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._ioslike.ios_delegated import (
    h_ip_address as h_ip_address,
)
from untapped.dialects._ioslike.ios_delegated import (
    h_tunnel as h_tunnel,
)
from untapped.dialects._ioslike.ios_delegated import (
    h_vrf_forwarding as h_vrf_forwarding,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_bandwidth as h_bandwidth,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_cdp_enable as h_cdp_enable,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_channel_group as h_channel_group,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_description as h_description,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_helper as h_helper,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_ip_flag as h_ip_flag,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_lldp as h_lldp,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_mtu as h_mtu,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_ospf_if as h_ospf_if,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_service_policy as h_service_policy,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_shutdown as h_shutdown,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_spanning_tree as h_spanning_tree,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_storm as h_storm,
)
from untapped.dialects._ioslike.ios_interfaces import (
    h_switchport as h_switchport,
)
from untapped.model.net import IfAddress, Interface, Tunnel

if TYPE_CHECKING:
    from untapped.dialects.cisco_ios.grammar import IosParser


def h_interface(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        p.device.interfaces.pop("".join(t[i:]), None)
        return None
    name = "".join(t[i : i + 2]) if len(t) > i + 1 and t[i + 1][:1].isdigit() else t[i]
    iface = p.device.interfaces.get(name)
    if iface is None:
        iface = Interface(name, p.device.span(ln))
        p.device.interfaces[name] = iface
    p.define("interface", name, ln)
    if name.lower().startswith("tunnel"):
        iface.tunnel = iface.tunnel or Tunnel()
    from untapped.dialects.cisco_ios.grammar import INTERFACE_MODE

    return INTERFACE_MODE, iface


def _end(p: IosParser, iface: Interface, ln: int) -> None:
    if ln > iface.span.last:
        iface.span = p.device.span(iface.span.line, ln)


def h_ipv6_address(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    if neg:
        iface.addresses6.clear()
        return None
    if "/" in t[i]:
        iface.addresses6.append(IfAddress(t[i]))
        return None
    if t[i] in ("autoconfig", "dhcp") or "link-local" in t[i:]:
        return None
    return UNRECOGNIZED


def h_unnumbered(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    iface.unnumbered = None if neg else t[i]


def h_access_group(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    name = t[i]
    direction = t[i + 1] if i + 1 < len(t) else "in"
    if neg:
        setattr(iface, f"acl_{direction}", None)
        return None
    if direction not in ("in", "out"):
        return UNRECOGNIZED
    setattr(iface, f"acl_{direction}", name)
    p.ref("ip access-list", name, f"interface ip access-group {direction}", ln)
    return None


def h_ipv6_traffic_filter(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    name, direction = t[i], t[i + 1]
    if not neg and direction in ("in", "out"):
        setattr(iface, f"acl6_{direction}", name)
        p.ref("ipv6 access-list", name, f"interface ipv6 traffic-filter {direction}", ln)


def h_policy_route_map(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    if neg:
        iface.policy_route_map = None
        return None
    iface.policy_route_map = t[i]
    p.ref("route-map", t[i], "interface ip policy route-map", ln)
    return None


def h_flow_monitor(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip flow monitor M input|output [sampler S]` (Flexible NetFlow binding)."""
    iface: Interface = obj
    name = t[i]
    direction = next((x for x in t[i + 1 :] if x in ("input", "output")), "input")
    if neg:
        iface.flow_monitors = [m for m in iface.flow_monitors if not m.startswith(name + " ")]
        return None
    iface.flow_monitors.append(f"{name} {direction}")
    p.ref("flow monitor", name, f"interface ip flow monitor {direction}", ln)
    if "sampler" in t:
        s = t[t.index("sampler") + 1]
        iface.sampler = s
        p.ref("sampler", s, "interface ip flow monitor sampler", ln)
    return None


def h_ip_flow(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    if t[i] == "monitor":
        return h_flow_monitor(p, t, i + 1, ln, neg, obj)
    if t[i] in ("ingress", "egress"):
        if neg:
            iface.flow_classic = [x for x in iface.flow_classic if x != t[i]]
        else:
            iface.flow_classic.append(t[i])
        return None
    return UNRECOGNIZED


def h_route_cache_flow(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    if not neg:
        iface.flow_classic.append("ingress")


def h_traffic_export(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """Interface `ip traffic-export apply PROFILE`."""
    iface: Interface = obj
    if t[i] == "apply" and not neg:
        iface.traffic_export = t[i + 1]
        p.ref("ip traffic-export profile", t[i + 1], "interface ip traffic-export apply", ln)
        return None
    return None if neg else UNRECOGNIZED


def h_wccp_if(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    if not neg:
        iface.wccp.append(" ".join(t[i:]))


def h_verify(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    iface.urpf = None if neg else " ".join(t[i:])
