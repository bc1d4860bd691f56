"""IOS detection is by evidence: IOS snippets score as cisco_ios, and snippets in the syntax of
the neighbouring vendors (NX-OS, IOS-XR, ASA, EOS, VRP, Junos, FRR) do not score enough for it.
The snippets are written for these tests in each vendor's documented style."""

from __future__ import annotations

import pytest

from untapped.collect.files import Artifact
from untapped.detect import THRESHOLD
from untapped.dialects import get

IOS = {
    "classic router": """\
version 15.2
service timestamps log datetime msec
hostname r1
interface FastEthernet0/0
 ip address 10.0.0.1 255.255.255.0
line vty 0 4
 transport input ssh
""",
    "catalyst access switch": """\
hostname sw1
spanning-tree extend system-id
interface GigabitEthernet1/0/1
 switchport trunk encapsulation dot1q
 switchport mode trunk
interface Vlan10
 ip address 10.1.10.1 255.255.255.0
 standby 1 ip 10.1.10.254
""",
    "no header, ACLs and static routes": """\
hostname edge
ip access-list extended INET-IN
 permit tcp any host 192.0.2.10 eq 443
ip route 0.0.0.0 0.0.0.0 192.0.2.1
enable secret 9 $9$abcdefghijklmn$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ
""",
    "zone-based firewall": """\
zone security INSIDE
zone-pair security IN-OUT source INSIDE destination OUTSIDE
 service-policy type inspect PM
banner motd ^CAuthorized use only^C
""",
}

OTHERS = {
    "nxos": """\
version 9.3(8) Bios:version 05.45
hostname n9k-1
feature bgp
feature interface-vlan
vrf context management
  ip route 0.0.0.0/0 10.0.0.1
interface Ethernet1/1
  no switchport
  ip address 10.1.1.1/24
interface mgmt0
  vrf member management
""",
    "iosxr": """\
!! IOS XR Configuration 7.5.2
hostname xr-pe1
interface GigabitEthernet0/0/0/0
 ipv4 address 10.2.2.1 255.255.255.0
route-policy PASS
  pass
end-policy
router static
 address-family ipv4 unicast
  0.0.0.0/0 10.2.2.254
""",
    "asa": """\
ASA Version 9.16(2)
hostname fw1
interface GigabitEthernet0/0
 nameif outside
 security-level 0
 ip address 192.0.2.2 255.255.255.0
access-list OUTSIDE-IN extended permit tcp any host 192.0.2.10 eq https
""",
    "eos": """\
hostname leaf1
service routing protocols model multi-agent
vrf instance PROD
interface Ethernet1
   no switchport
   ip address 10.3.3.1/31
interface Management1
   ip address 10.255.0.5/24
management api http-commands
   no shutdown
""",
    "vrp": """\
#
sysname HUAWEI-CE1
#
interface GigabitEthernet0/0/1
 ip address 10.4.4.1 255.255.255.0
#
info-center loghost 10.9.0.20
#
return
""",
    "junos": """\
system {
    host-name mx1;
}
interfaces {
    ge-0/0/0 {
        unit 0 {
            family inet {
                address 10.5.5.1/24;
            }
        }
    }
}
""",
    "frr": """\
frr version 8.4
frr defaults traditional
hostname r7
log syslog informational
interface eth0
 ip address 10.6.6.1/24
router ospf
 network 10.6.6.0/24 area 0
""",
}


def _score(text: str) -> float:
    return get("cisco_ios").sniff(text).score


@pytest.mark.parametrize("name", sorted(IOS))
def test_ios_snippets_are_ios(name: str) -> None:
    assert _score(IOS[name]) >= THRESHOLD, get("cisco_ios").sniff(IOS[name]).evidence


@pytest.mark.parametrize("name", sorted(OTHERS))
def test_other_vendors_are_not_ios(name: str) -> None:
    assert _score(OTHERS[name]) < THRESHOLD, get("cisco_ios").sniff(OTHERS[name]).evidence


def test_long_file_with_a_long_vlan_head_is_still_ios() -> None:
    head = "".join(f"vlan {v}\n name V{v}\n!\n" for v in range(1, 4000))
    tail = "interface GigabitEthernet1/0/1\n switchport trunk encapsulation dot1q\n"
    tail += "line vty 0 4\n transport input ssh\nend\n"
    assert _score(head + tail) >= THRESHOLD


def test_unindented_children_do_not_swallow_global_statements() -> None:
    text = (
        "hostname flat\n"
        "ip access-list standard FLAT\n"
        "permit 10.0.0.0 0.255.255.255\n"
        "deny any\n"
        "logging host 10.9.0.20\n"
        "permit host 10.1.1.1\n"
    )
    res = get("cisco_ios").parse(Artifact("flat.cfg", text))
    acl = res.device.acls["FLAT"]
    assert [e.action for e in acl.entries] == ["permit", "deny"]
    assert [h.address for h in res.device.logging.hosts] == ["10.9.0.20"]
    # after a global statement, a stray ACL entry is not attached to the closed block
    assert res.lines.unrecognized == 1
