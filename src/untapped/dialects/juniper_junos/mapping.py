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

from untapped.dialects.juniper_junos.map_filters import _FiltersMapper
from untapped.dialects.juniper_junos.map_interfaces import _InterfacesMapper
from untapped.dialects.juniper_junos.map_routing import _RoutingMapper
from untapped.dialects.juniper_junos.map_security import _SecurityMapper
from untapped.dialects.juniper_junos.map_system import _SystemMapper
from untapped.dialects.juniper_junos.map_taps import _TapsMapper
from untapped.dialects.juniper_junos.mapping_base import EMPTY, MapperBase
from untapped.model.core import Definition
from untapped.model.device import Device


class Mapper(
    _InterfacesMapper,
    _RoutingMapper,
    _FiltersMapper,
    _SystemMapper,
    _TapsMapper,
    _SecurityMapper,
    MapperBase,
):
    """The Junos configuration tree mapped into the vendor-neutral Device, section by section."""

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
