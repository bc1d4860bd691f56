"""Administrative distances (route preferences) per dialect, as data.

Sources: the vendors' documentation of default administrative distance / route preference:
Cisco IOS, IOS-XE, IOS-XR, NX-OS, ASA and Arista EOS, FRR (zebra), Juniper Junos ("route
preference"), Huawei VRP and H3C Comware ("route preference"). Keys:

- connected, local, static: directly connected subnets, the device's own addresses, static routes
- ospf (intra-area), ospfIA (inter-area), ospfE (external type 1/2, NSSA)
- ebgp, ibgp, bgp_local (aggregates and locally originated BGP routes)

Values are the defaults; a configured distance (static route distance / preference, OSPF
`distance`) overrides them.
"""

from __future__ import annotations

CISCO = {
    "connected": 0,
    "local": 0,
    "static": 1,
    "ospf": 110,
    "ospfIA": 110,
    "ospfE": 110,
    "ebgp": 20,
    "ibgp": 200,
    "bgp_local": 200,
}

DISTANCES: dict[str, dict[str, int]] = {
    "cisco_ios": CISCO,
    "cisco_iosxr": CISCO,
    "cisco_nxos": CISCO,
    "cisco_asa": CISCO,
    # Arista EOS: `distance bgp 200 200 200` by default (external, internal, local).
    "arista_eos": {**CISCO, "ebgp": 200, "ibgp": 200, "bgp_local": 200},
    # FRR zebra: kernel 0, connected 0, static 1, ospf 110, ebgp 20, ibgp 200.
    "frr": CISCO,
    # Junos route preferences: direct/local 0, static 5, OSPF internal 10, OSPF AS external 150,
    # BGP 170 (internal and external), aggregate 130.
    "juniper_junos": {
        "connected": 0,
        "local": 0,
        "static": 5,
        "ospf": 10,
        "ospfIA": 10,
        "ospfE": 150,
        "ebgp": 170,
        "ibgp": 170,
        "bgp_local": 130,
    },
    # Huawei VRP: direct 0, static 60, OSPF 10, OSPF ASE/NSSA 150, BGP (IBGP/EBGP) 255.
    "huawei_vrp": {
        "connected": 0,
        "local": 0,
        "static": 60,
        "ospf": 10,
        "ospfIA": 10,
        "ospfE": 150,
        "ebgp": 255,
        "ibgp": 255,
        "bgp_local": 255,
    },
    # H3C Comware: direct 0, static 60, OSPF 10, O_ASE/O_NSSA 150, BGP 255 (local 130).
    "h3c_comware": {
        "connected": 0,
        "local": 0,
        "static": 60,
        "ospf": 10,
        "ospfIA": 10,
        "ospfE": 150,
        "ebgp": 255,
        "ibgp": 255,
        "bgp_local": 130,
    },
}

# Dialects whose static routes default to a preference other than 1: a StaticRoute whose distance
# is the model's default (1) takes the dialect's default instead.
STATIC_DEFAULT_NOT_ONE = frozenset({"juniper_junos", "huawei_vrp", "h3c_comware"})


def table(dialect: str) -> dict[str, int]:
    return DISTANCES.get(dialect, CISCO)


def static_distance(dialect: str, configured: int) -> int:
    if dialect in STATIC_DEFAULT_NOT_ONE and configured == 1:
        return table(dialect)["static"]
    return configured


# OSPF reference bandwidth (Mbit/s) by default: 100 Mbit/s almost everywhere; NX-OS 40 Gbit/s.
REFERENCE_BANDWIDTH: dict[str, int] = {"cisco_nxos": 40_000}
# Junos lo0, VRP and Comware LoopBack interfaces have OSPF cost 0.
LOOPBACK_COST_ZERO = frozenset({"juniper_junos", "huawei_vrp", "h3c_comware"})
# Arista EOS and FRR give every interface cost 10 by default (no bandwidth-derived cost).
FIXED_OSPF_COST: dict[str, int] = {"arista_eos": 10, "frr": 10}

# Default interface bandwidth (kbit/s) by interface name prefix (lower case), longest first.
# IOS gives tunnels 100 kbit/s and serial lines 1,544 kbit/s (T1).
_BANDWIDTH = (
    ("hundredgig", 100_000_000),
    ("hu", 100_000_000),
    ("fortygig", 40_000_000),
    ("fo", 40_000_000),
    ("twentyfivegig", 25_000_000),
    ("twe", 25_000_000),
    ("tengig", 10_000_000),
    ("te", 10_000_000),
    ("xe-", 10_000_000),
    ("et-", 40_000_000),
    ("xge", 10_000_000),
    ("10ge", 10_000_000),
    ("100ge", 100_000_000),
    ("40ge", 40_000_000),
    ("25ge", 25_000_000),
    ("gigabit", 1_000_000),
    ("gi", 1_000_000),
    ("ge", 1_000_000),
    ("fastethernet", 100_000),
    ("fa", 100_000),
    ("ethernet", 10_000),
    ("loopback", 8_000_000),
    ("lo", 8_000_000),
    ("vlan", 1_000_000),
    ("vlanif", 1_000_000),
    ("port-channel", 2_000_000),
    ("eth-trunk", 2_000_000),
    ("bundle-ether", 2_000_000),
    ("ae", 2_000_000),
    ("serial", 1_544),
    ("tunnel", 100),
)
# OSPF interface costs are 16-bit (RFC 2328 §C.3); a computed cost above it is capped.
MAX_OSPF_COST = 65_535


def bandwidth(dialect: str, interface: str, configured: int | None = None) -> int:
    """The interface bandwidth in kbit/s: the configured `bandwidth`, or the default of its type."""
    if configured:
        return configured
    low = interface.lower()
    if dialect in ("cisco_nxos", "arista_eos") and low.startswith("eth"):
        return 10_000_000
    if dialect in ("huawei_vrp", "h3c_comware") and low.startswith(("ge", "gigabitethernet")):
        return 1_000_000
    for prefix, bw in _BANDWIDTH:
        if low.startswith(prefix):
            return bw
    return 1_000_000


def ospf_cost(
    dialect: str, interface: str, reference_mbps: int | None, configured_kbps: int | None = None
) -> int:
    """The OSPF cost an interface gets without `ip ospf cost`: reference bandwidth / interface
    bandwidth, at least 1 and at most 65,535."""
    low = interface.lower()
    if low.startswith(("lo", "loopback")) and dialect in LOOPBACK_COST_ZERO:
        return 0
    if reference_mbps is None and dialect in FIXED_OSPF_COST:
        return FIXED_OSPF_COST[dialect]
    ref = reference_mbps or REFERENCE_BANDWIDTH.get(dialect, 100)
    if low.startswith(("lo", "loopback")):
        return 1
    cost = ref * 1000 // max(1, bandwidth(dialect, interface, configured_kbps))
    return min(MAX_OSPF_COST, max(1, cost))
