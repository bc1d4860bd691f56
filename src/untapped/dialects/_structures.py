"""One vendor-neutral name per kind of named structure, for the definitions and references the
dialects record (`untapped refs`, docs/analyses.md "Structure types").

The dialects may call `define()`/`ref()` with the name their CLI uses; the parser helpers map it
here to the neutral name, so that the same kind of structure has the same type in every dialect
(an IOS-XR `route-policy`, a Junos `policy-statement` and a VRP `route-policy` are all
"route-map"). Types that exist in one family of CLIs only keep their own name."""

from __future__ import annotations

CANONICAL: dict[str, str] = {
    # routing policy
    "route-policy": "route-map",  # IOS-XR RPL, VRP/Comware route-policy
    "policy-statement": "route-map",  # Junos
    "prefix-set": "ip prefix-list",  # IOS-XR (v4 and v6 in one set)
    "prefix-list": "ip prefix-list",  # Junos policy-options prefix-list
    "ip-prefix": "ip prefix-list",  # VRP/Comware ip ip-prefix
    "ipv6-prefix": "ipv6 prefix-list",
    "as-path-set": "as-path access-list",  # IOS-XR
    "as-path": "as-path access-list",  # Junos
    "as-path-group": "as-path access-list",  # Junos
    "as-path-filter": "as-path access-list",  # VRP
    "community-set": "community-list",  # IOS-XR
    "community": "community-list",  # Junos
    "community-filter": "community-list",  # VRP
    "extcommunity-set": "extcommunity-list",  # IOS-XR
    "ip extcommunity-list": "extcommunity-list",
    # BGP
    "bgp neighbor-group": "bgp peer-group",  # IOS-XR
    "bgp group": "bgp peer-group",  # Junos
    "bgp template peer": "bgp peer-group",  # NX-OS
    # VRFs
    "routing-instance": "vrf",  # Junos
    "vpn-instance": "vrf",  # VRP/Comware
    "ip vpn-instance": "vrf",
    # IKE / IPsec
    "crypto isakmp profile": "ike profile",  # IOS
    "crypto ikev2 profile": "ike profile",  # IOS
    "ike peer": "ike profile",  # VRP, Comware 5
    "ike gateway": "ike profile",  # Junos
    "crypto keyring": "ike keyring",  # IOS
    "crypto ikev2 keyring": "ike keyring",  # IOS
    "ike keychain": "ike keyring",  # Comware
    "crypto ikev2 proposal": "ike proposal",  # IOS
    "crypto ikev2 policy": "ike policy",  # IOS
    "crypto ipsec transform-set": "ipsec proposal",  # IOS
    "crypto transform-set": "ipsec proposal",  # ASA
    "crypto ipsec ikev2 ipsec-proposal": "ipsec proposal",  # ASA
    "sa policy": "ipsec proposal",  # EOS ipsec sa policy
    "crypto ipsec profile": "ipsec profile",  # IOS, EOS
    "ipsec policy": "crypto map",  # VRP/Comware
    # event handlers (on-box automation)
    "event manager applet": "event handler",  # IOS, NX-OS
    "event-handler": "event handler",  # EOS
    "event policy": "event handler",  # Junos event-options policy
    "eaa policy": "event handler",  # Comware EAA monitor policy
    "ops assistant": "event handler",  # VRP OPS
    # traffic mirroring and flow export
    "analyzer": "monitor session",  # Junos analyzer
    "port-mirroring instance": "monitor session",  # Junos
    "flow-monitoring template": "flow record",  # Junos
    # security zones
    "security-zone": "zone security",  # Junos
}


def canonical(type_: str) -> str:
    return CANONICAL.get(type_, type_)
