"""Evidence against a dialect that the IOS-XR and ASA dialects share: lines neither of them ever
has (FRR headers, NX-OS/EOS, classic IOS headers, VRP/Comware, F5 tmsh)."""

from __future__ import annotations

from untapped.dialects.base import Marker

# Lines only VRP/Comware, EOS or F5 configurations have: evidence against IOS-XR, ASA and FRR.
NOT_VRP_EOS_F5: list[Marker] = [
    Marker(
        r"^sysname \S+|^(undo |info-center |ip vpn-instance |user-interface )", -6.0, "VRP/Comware"
    ),
    Marker(
        r"^interface (Vlanif|Eth-Trunk|LoopBack|XGigabitEthernet|GE\d|10GE\d)", -3.0, "VRP names"
    ),
    Marker(
        r"^(ip routing|service routing protocols model|spanning-tree mode|transceiver )",
        -3.0,
        "EOS",
    ),
    Marker(r"^(ltm|sys|gtm|apm) \S+", -4.0, "F5 tmsh"),
]

NOT_XR_OR_ASA: list[Marker] = [
    Marker(r"^(frr version|frr defaults)", -6.0, "FRR header"),
    Marker(
        r"^(feature |vrf context |vrf instance|daemon TerminAttr|management api)", -4.0, "NX-OS/EOS"
    ),
    Marker(r"^version 1[0-9]\.[0-9]+\s*$|^boot-start-marker", -3.0, "IOS header"),
    *NOT_VRP_EOS_F5,
]
