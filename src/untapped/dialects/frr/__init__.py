"""FRRouting (frr.conf and per-daemon files; SONiC and Cumulus Linux ship it)."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.markers import NOT_VRP_EOS_F5
from untapped.dialects.base import Marker, MarkerDialect
from untapped.dialects.frr.features import FEATURES
from untapped.model.device import ParseResult

MARKERS = [
    Marker(r"^frr (version|defaults) ", 6.0, "'frr version/defaults' header"),
    Marker(r"^service integrated-vtysh-config", 3.0, "integrated vtysh config"),
    Marker(r"^(ip|ipv6) forwarding\s*$", 2.0, "zebra 'ip forwarding'"),
    Marker(r"^(pbr-map \S+ seq \d+|nexthop-group \S+|  ?bmp targets )", 3.0, "PBR / NHG / BMP"),
    Marker(r"^(bgp as-path access-list|bgp (large-|ext)?community-list) ", 3.0, "bgp lists"),
    Marker(r"^log (syslog|stdout|file \S+|timestamp precision|commands)", 2.5, "FRR log"),
    Marker(r"^line vty\s*$", 2.0, "'line vty' without range"),
    Marker(r"^password \S+\s*$", 1.0, "vty password"),
    Marker(r"^\s+ip address \d+\.\d+\.\d+\.\d+/\d+", 1.0, "ip address as prefix"),
    Marker(r"^ipv6 route |^ip route \S+/\d+ ", 2.0, "static route as prefix"),
    Marker(r"^exit\s*$", 1.75, "'exit' closing top-level blocks (vtysh output)"),
    Marker(r"^ ?exit-vrf\s*$|^ exit-address-family", 0.5, "exit-vrf / exit-address-family"),
    Marker(r"^\s+neighbor \S+ interface( |$)", 2.0, "BGP unnumbered"),
    Marker(r"^\s+neighbor \S+ remote-as (external|internal)", 2.0, "remote-as external/internal"),
    Marker(r"^\s+no bgp ebgp-requires-policy", 2.5, "bgp ebgp-requires-policy"),
    Marker(r"^\s+address-family (ipv4|ipv6) unicast\s*$", 1.0, "address-family ... unicast"),
    Marker(r"^\s+redistribute (sharp|table|kernel|babel|openfabric)\b", 2.0, "FRR-only sources"),
    Marker(r"^(ipv6 )?access-list \S+ (seq \d+ )?(permit|deny) \S+/\d+", 2.0, "zebra access-list"),
    Marker(r"^(ip table range|allow-external-route-update|router-id \S+\s*$)", 1.5, "zebra"),
    Marker(
        r"^ traffic-eng\s*$|^ srv6\s*$|^ peer \S+( multihop| local-address| vrf|\s*$)",
        1.5,
        "pathd/bfdd",
    ),
    Marker(r"^router (ospf6|babel|openfabric|pim6?)\b|^ ipv6 ospf6 ", 2.0, "FRR daemons"),
    Marker(r"^router (isis|rip|ripng|eigrp) \S*|^router ospf\s*$", 1.0, "router block"),
    Marker(r"^debug (bgp|ospf|ospf6|zebra|isis|pim|bfd|static|pbr|mgmt|vrrp|rip)", 1.0, "debug"),
    Marker(
        # Linux names never hold a slash (ethernet0/0 is a router's)
        r"^(interface|int) (lo|swp[^\s/]*|eth[^\s/]*|[^\s/]+-eth\d+|br[^\s/]*|bond[^\s/]*"
        r"|vlan\d+|peerlink[^\s/]*)( vrf \S+)?\s*$",
        2.0,
        "Linux interface names",
    ),
    Marker(r"^interface (Ethernet|GigabitEthernet|FastEthernet|Serial)\d", -1.5, "IOS names"),
    Marker(r"^hostname \S+", 0.25, "hostname"),
    Marker(r"^iface \S+", 3.0, "Cumulus ifupdown2 stanza"),
    Marker(r"^auto \S+", 0.5, "ifupdown2 'auto'"),
    Marker(r"^net (add|del) ", 5.0, "Cumulus NCLU"),
    Marker(r"^(bfd|segment-routing|mpls ldp)\s*$", 2.0, "FRR bfdd/pathd/ldpd"),
    Marker(r"^\s+network \d\S*/\d+ area \S+\s*$", 1.5, "ospf network as prefix"),
    Marker(r"^\s+network \d\S*/\d+\s*$", 1.0, "router network as prefix"),
    Marker(r"^ip prefix-list \S+ (permit|deny) ", 1.0, "prefix-list without seq"),
    Marker(r"^allow-external-route-update", 2.0, "zebra allow-external-route-update"),
    Marker(r"^router bgp \d+ vrf \S+", 2.0, "router bgp ASN vrf V"),
    Marker(r"^router bgp \d+", 0.5, "router bgp"),
    Marker(r"^\s+neighbor \S+ update-source (lo\d*|\S+-eth\d+)\s*$", 1.5, "Linux update-source"),
    Marker(
        r"^\s+neighbor \S+ update-source (\d+\.\d+\.\d+\.\d+|[0-9a-fA-F:]*:[0-9a-fA-F:]*)\s*$",
        1.5,
        "update-source given as an address (Zebra lineage; Cisco/Arista take an interface)",
    ),
    Marker(r"^(conf t|configure terminal)\s*$", 1.0, "vtysh 'conf t'"),
    Marker(r"^(ip|ipv6) import-table ", 2.0, "zebra import-table"),
    Marker(r"\w-eth\d+\b", 1.5, "topotest interface names"),
    Marker(r"^int \S+\s*$", 2.0, "abbreviated 'int'"),
    Marker(r"^\s+ospf6? router-id ", 2.0, "'ospf router-id'"),
    Marker(r"^[!#]RANCID-CONTENT-TYPE: ", -6.0, "RANCID header (RANCID does not collect FRR)"),
    Marker(r"^!BATFISH_FORMAT: (?!(cumulus|frr))", -6.0, "declared format of another vendor"),
    Marker(r"^\s+redistribute (floating-ip|ip-nat|vip)\b", -4.0, "A10 ACOS redistribution"),
    Marker(r"^version 1[0-9]\.[0-9]+\s*$|^boot-start-marker", -4.0, "IOS header"),
    Marker(r"^(ASA Version|nameif |: Saved)|^ nameif ", -6.0, "ASA"),
    Marker(r"^(ipv4 access-list|route-policy |end-policy|router static\s*$)", -5.0, "IOS-XR"),
    Marker(
        r"^(feature |vrf context |vrf instance|daemon TerminAttr|management api)", -4.0, "NX-OS/EOS"
    ),
    Marker(r"^line (con|vty|aux) \d", -2.0, "IOS line ranges"),
    *NOT_VRP_EOS_F5,
    Marker(
        r"^interface (Management1|Ethernet\d+(/\d+)*|Port-Channel\d+)\s*$", -2.5, "EOS/NX-OS names"
    ),
    Marker(r"^interface \S+\n {3}[a-z]", -2.0, "3-space indentation (EOS)"),
    Marker(r"use-vrf |^line console\s*$|^ip route vrf ", -2.0, "NX-OS/EOS forms"),
    Marker(r"^(ntp server|snmp-server|logging host|logging \d)", -2.0, "not an FRR statement"),
]


def _parse(artifact: Artifact) -> ParseResult:
    from untapped.dialects.frr.grammar import FrrParser  # on first use: startup stays light

    return FrrParser(artifact).run()


# The integrated configuration and the per-daemon files FRR (and Quagga before it) reads and
# writes: `vtysh -c "write memory"` saves `frr.conf`, or one `<daemon>.conf` per daemon.
FILE_NAMES = frozenset(
    f"{d}.conf"
    for d in (
        "frr",
        "quagga",
        "zebra",
        "bgpd",
        "ospfd",
        "ospf6d",
        "ripd",
        "ripngd",
        "isisd",
        "fabricd",
        "pimd",
        "pim6d",
        "ldpd",
        "bfdd",
        "staticd",
        "sharpd",
        "pbrd",
        "vrrpd",
        "eigrpd",
        "babeld",
        "nhrpd",
        "pathd",
        "mgmtd",
    )
)

DIALECT = MarkerDialect(
    "frr", "FRRouting (incl. SONiC / Cumulus frr.conf)", FEATURES, MARKERS, _parse, FILE_NAMES
)
