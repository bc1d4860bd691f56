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

# Default interface bandwidth (Mbit/s) by interface name prefix (lower case), longest first.
_BANDWIDTH = (
    ("hundredgig", 100_000),
    ("hu", 100_000),
    ("fortygig", 40_000),
    ("fo", 40_000),
    ("twentyfivegig", 25_000),
    ("twe", 25_000),
    ("tengig", 10_000),
    ("te", 10_000),
    ("xe-", 10_000),
    ("et-", 40_000),
    ("xge", 10_000),
    ("10ge", 10_000),
    ("100ge", 100_000),
    ("40ge", 40_000),
    ("25ge", 25_000),
    ("gigabit", 1000),
    ("gi", 1000),
    ("ge", 1000),
    ("fastethernet", 100),
    ("fa", 100),
    ("ethernet", 10),
    ("loopback", 8000),
    ("lo", 8000),
    ("vlan", 1000),
    ("vlanif", 1000),
    ("port-channel", 2000),
    ("eth-trunk", 2000),
    ("bundle-ether", 2000),
    ("ae", 2000),
    ("serial", 2),
    ("tunnel", 1),
)


def bandwidth(dialect: str, interface: str) -> int:
    low = interface.lower()
    if dialect in ("cisco_nxos", "arista_eos") and low.startswith("eth"):
        return 10_000
    if dialect in ("huawei_vrp", "h3c_comware") and low.startswith(("ge", "gigabitethernet")):
        return 1000
    for prefix, bw in _BANDWIDTH:
        if low.startswith(prefix):
            return bw
    return 1000


def ospf_cost(dialect: str, interface: str, reference_mbps: int | None) -> int:
    low = interface.lower()
    if low.startswith(("lo", "loopback")) and dialect in LOOPBACK_COST_ZERO:
        return 0
    if reference_mbps is None and dialect in FIXED_OSPF_COST:
        return FIXED_OSPF_COST[dialect]
    ref = reference_mbps or REFERENCE_BANDWIDTH.get(dialect, 100)
    if low.startswith(("lo", "loopback")):
        return 1
    return max(1, ref // max(1, bandwidth(dialect, interface)))
