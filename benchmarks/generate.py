"""Generate a realistic N-device Cisco IOS / IOS-XE network for benchmarks (deterministic).

    python benchmarks/generate.py OUT_DIR [--devices N] [--seed S] [--lines L]

Each device has about L lines (default 700) using every construct the IOS dialect handles:
interfaces (addresses, ACLs, flow monitors, policy routing, tunnels), VLANs, VRFs, OSPF, BGP with
neighbors and route-maps, prefix-lists, long ACLs, object-groups, AAA, SNMP, logging, NTP, DNS,
lines, banners, SPAN/ERSPAN sessions, Flexible NetFlow, crypto (IKEv2/IPsec, crypto maps), EEM,
archive, QoS. The same seed always gives the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path


def _ip(r: random.Random, net: int = 10) -> str:
    return f"{net}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def device(idx: int, r: random.Random, target: int) -> str:
    host = f"r{idx:05d}"
    site = idx % 250
    lo = f"10.255.{idx // 250}.{idx % 250 + 1}"
    out: list[str] = []
    add = out.append
    ext = out.extend
    ext(
        [
            "!",
            f"! generated device {idx}",
            "!",
            f"version {r.choice(['15.2', '15.9', '16.12', '17.3', '17.9'])}",
            "service timestamps debug datetime msec localtime show-timezone",
            "service timestamps log datetime msec localtime show-timezone",
            "service password-encryption",
            "no service pad",
            f"hostname {host}",
            "!",
            "boot-start-marker",
            "boot-end-marker",
            "!",
            "enable secret 9 $9$Z2VuZXJhdGVk$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
            f"username admin{idx % 7} privilege 15 secret 9 $9$c2FsdA$0123456789abcdefghijklmnopqrstu",
            "aaa new-model",
            "aaa group server tacacs+ TACACS",
            " server name TAC-1",
            " server name TAC-2",
            "aaa authentication login default group TACACS local",
            "aaa authorization exec default group TACACS local",
            "aaa accounting commands 15 default start-stop group TACACS",
            "tacacs server TAC-1",
            f" address ipv4 10.9.0.{40 + r.randrange(2)}",
            " key 7 045802150C2E1D1C5A",
            "tacacs server TAC-2",
            " address ipv4 10.9.1.41",
            " key 7 045802150C2E1D1C5A",
            "!",
            "ip cef",
            "no ip domain lookup",
            "ip domain name bench.example.net",
            "ip name-server 10.9.0.53",
            "!",
        ]
    )
    vrfs = [f"VRF{v}" for v in range(r.randrange(1, 4))]
    for v in vrfs:
        ext(
            [
                f"vrf definition {v}",
                f" rd 65000:{r.randrange(1, 999)}",
                " !",
                " address-family ipv4",
                f"  route-target export 65000:{r.randrange(1, 999)}",
                f"  route-target import 65000:{r.randrange(1, 999)}",
                " exit-address-family",
                "!",
            ]
        )
    vlans = sorted(r.sample(range(2, 4000), 8))
    add("vlan " + ",".join(str(v) for v in vlans))
    add("!")
    ext(
        [
            "flow record FR",
            " match ipv4 source address",
            " match ipv4 destination address",
            " match transport source-port",
            " match transport destination-port",
            " collect counter bytes long",
            " collect counter packets long",
            "flow exporter FE",
            f" destination 10.9.0.{10 + r.randrange(3)}",
            " source Loopback0",
            " transport udp 2055",
            "flow monitor FM",
            " exporter FE",
            " record FR",
            " cache timeout active 60",
            "!",
            "crypto ikev2 proposal P1",
            " encryption aes-cbc-256",
            " integrity sha256",
            " group 14",
            "crypto ikev2 policy POL1",
            " proposal P1",
            "crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac",
            " mode tunnel",
            "crypto ipsec profile IPP",
            " set transform-set TS",
            f"crypto isakmp key BenchPreShared address 10.100.{site}.1",
            "crypto map CM 10 ipsec-isakmp",
            f" set peer 10.100.{site}.1",
            " set transform-set TS",
            " match address ACL-VPN",
            "!",
            "interface Loopback0",
            f" ip address {lo} 255.255.255.255",
            "!",
        ]
    )
    # Interfaces: roughly 40% of the device.
    n_if = max(4, target * 38 // 100 // 9)
    for n in range(n_if):
        kind = r.random()
        name = f"GigabitEthernet0/{n // 48}/{n % 48}"
        add(f"interface {name}")
        add(f" description link {n} to peer {r.randrange(10000)}")
        if kind < 0.5:
            add(f" ip address 10.{site}.{n}.{r.choice([1, 2])} 255.255.255.252")
            if vrfs and r.random() < 0.3:
                out.insert(len(out) - 1, f" vrf forwarding {r.choice(vrfs)}")
            add(f" ip access-group ACL-IN-{n % 6} in")
            add(" ip flow monitor FM input")
            add(" ip ospf network point-to-point")
            add(f" ip ospf cost {r.randrange(1, 100)}")
            if n % 11 == 0:
                add(" ip policy route-map RM-PBR")
            add(" no ip redirects")
            add(" no ip proxy-arp")
        elif kind < 0.85:
            add(" switchport mode access")
            add(f" switchport access vlan {r.choice(vlans)}")
            add(" spanning-tree portfast")
            add(" spanning-tree bpduguard enable")
            add(" switchport port-security")
            add(" switchport port-security maximum 2")
            add(" storm-control broadcast level 1.00")
        else:
            add(" switchport mode trunk")
            add(" switchport trunk allowed vlan " + ",".join(str(v) for v in vlans[:4]))
            add(" switchport trunk native vlan 999")
            add(f" channel-group {n % 8 + 1} mode active")
            if r.random() < 0.3:
                add(" shutdown")
        add("!")
    for t in range(2):
        ext(
            [
                f"interface Tunnel{t}",
                f" ip address 172.16.{site}.{t * 4 + 1} 255.255.255.252",
                " tunnel source Loopback0",
                f" tunnel destination 10.100.{site}.{t + 2}",
                " tunnel protection ipsec profile IPP",
                "!",
            ]
        )
    ext(
        [
            "router ospf 1",
            f" router-id {lo}",
            " passive-interface default",
            " auto-cost reference-bandwidth 100000",
            f" network 10.{site}.0.0 0.0.255.255 area 0",
            " network 10.255.0.0 0.0.255.255 area 0",
            "!",
            "router bgp 65000",
            f" bgp router-id {lo}",
            " bgp log-neighbor-changes",
        ]
    )
    peers = [_ip(r) for _ in range(max(4, target // 60))]
    for p in peers:
        ext(
            [
                f" neighbor {p} remote-as {r.randrange(64512, 65535)}",
                f" neighbor {p} description peer {p}",
                f" neighbor {p} update-source Loopback0",
            ]
        )
    add(" !")
    add(" address-family ipv4")
    for p in peers:
        ext(
            [
                f"  neighbor {p} activate",
                f"  neighbor {p} route-map RM-IN in",
                f"  neighbor {p} route-map RM-OUT out",
            ]
        )
    ext([" exit-address-family", "!"])
    for s in range(r.randrange(3, 8)):
        add(f"ip route 10.{r.randrange(256)}.{s}.0 255.255.255.0 10.{site}.0.{s + 2}")
    add("!")
    for s in range(max(6, target // 50)):
        add(f"ip prefix-list PL-IN seq {5 * (s + 1)} permit 10.{r.randrange(256)}.0.0/16 le 24")
    ext(
        [
            "ip prefix-list PL-OUT seq 5 permit 10.0.0.0/8 le 32",
            "!",
            "route-map RM-IN permit 10",
            " match ip address prefix-list PL-IN",
            f" set local-preference {r.randrange(100, 300)}",
            "route-map RM-IN deny 100",
            "route-map RM-OUT permit 10",
            " match ip address prefix-list PL-OUT",
            " set community 65000:100 additive",
            "route-map RM-PBR permit 10",
            " match ip address ACL-PBR",
            f" set ip next-hop 10.{site}.250.1",
            "!",
            "object-group network OG-SERVERS",
        ]
    )
    for _ in range(6):
        add(f" host {_ip(r)}")
    add("!")
    # ACLs: fill the rest of the budget, leaving room for the fixed tail (~80 lines).
    remaining = target - len(out) - 80
    per_acl = max(4, remaining // 7)
    protos = ["tcp", "udp"]
    ports = ["22", "53", "80", "123", "161", "443", "514", "3389", "8080", "8443"]
    for a in range(6):
        add(f"ip access-list extended ACL-IN-{a}")
        add(f" remark inbound filter {a}")
        for k in range(per_acl):
            seq = 10 * (k + 1)
            choice = k % 5
            if choice == 0:
                add(f" {seq} permit {r.choice(protos)} any host {_ip(r)} eq {r.choice(ports)}")
            elif choice == 1:
                add(
                    f" {seq} permit tcp 10.{r.randrange(256)}.0.0 0.0.255.255 "
                    f"10.{r.randrange(256)}.{r.randrange(256)}.0 0.0.0.255 range 1024 65535"
                )
            elif choice == 2:
                add(f" {seq} deny ip host {_ip(r)} any log")
            elif choice == 3:
                add(f" {seq} permit tcp any host {_ip(r)} eq {r.choice(ports)} log")
            else:
                add(f" {seq} permit icmp any any echo-reply")
        add(f" {10 * (per_acl + 1)} deny ip any any log")
    ext(
        [
            "ip access-list extended ACL-PBR",
            " 10 permit tcp 10.0.0.0 0.255.255.255 any eq 80",
            "ip access-list extended ACL-VPN",
            f" 10 permit ip 10.{site}.0.0 0.0.255.255 10.200.0.0 0.0.255.255",
            "ip access-list standard ACL-MGMT",
            " 10 permit 10.9.0.0 0.0.0.255",
            " 20 deny any log",
            "!",
        ]
    )
    for a in range(r.randrange(2, 5)):
        add(f"access-list {100 + a} permit ip 10.{a}.0.0 0.0.255.255 any")
    ext(
        [
            "!",
            "class-map match-any CM-VOICE",
            " match dscp ef",
            "policy-map PM-QOS",
            " class CM-VOICE",
            "  priority percent 20",
            " class class-default",
            "  fair-queue",
            "!",
            "snmp-server community BenchRO RO ACL-MGMT",
            "snmp-server location bench",
            "snmp-server contact noc@bench.example.net",
            "snmp-server view V1 iso included",
            "snmp-server group G1 v3 priv read V1",
            f"snmp-server host 10.9.0.{30 + r.randrange(2)} version 2c BenchRO",
            "snmp-server enable traps snmp linkdown linkup",
            "logging buffered 64000",
            "logging trap informational",
            "logging source-interface Loopback0",
            f"logging host 10.9.0.{20 + r.randrange(2)}",
            f"logging host 10.9.1.{20 + r.randrange(2)}",
            "ntp source Loopback0",
            "ntp server 10.9.0.50 prefer",
            "ntp server 10.9.0.51",
            "ip ssh version 2",
            "no ip http server",
            "no ip http secure-server",
            "!",
            "monitor session 1 source interface GigabitEthernet0/0/1 both",
            "monitor session 1 destination interface GigabitEthernet0/0/2",
            "monitor session 2 type erspan-source",
            " source interface GigabitEthernet0/0/3 rx",
            " no shutdown",
            " destination",
            "  erspan-id 20",
            "  ip address 10.9.0.10",
            f"  origin ip address {lo}",
            "!",
            "archive",
            " log config",
            "  logging enable",
            "  hidekeys",
            f" path scp://backup@10.9.0.60/{host}-$t",
            " write-memory",
            "!",
            "event manager applet SAVE-ON-CHANGE",
            ' event syslog pattern "CONFIG_I"',
            ' action 1.0 cli command "enable"',
            ' action 2.0 cli command "write memory"',
            "!",
            "banner motd ^C",
            f"{host}: authorised access only",
            "All activity is logged.",
            "^C",
            "!",
            "line con 0",
            " exec-timeout 5 0",
            " logging synchronous",
            "line vty 0 4",
            " access-class ACL-MGMT in",
            " exec-timeout 10 0",
            " transport input ssh",
            "line vty 5 15",
            " access-class ACL-MGMT in",
            " transport input ssh",
            "!",
            "end",
        ]
    )
    return "\n".join(out) + "\n"


def generate(out_dir: Path, devices: int, seed: int = 1, lines: int = 700) -> int:
    """Write `devices` configs into out_dir; return the total number of lines written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    for idx in range(devices):
        r = random.Random(seed * 1_000_003 + idx)
        text = device(idx, r, lines)
        total += text.count("\n")
        (out_dir / f"r{idx:05d}.cfg").write_text(text, encoding="utf-8")
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--devices", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lines", type=int, default=700, help="target lines per device")
    args = ap.parse_args()
    total = generate(args.out, args.devices, args.seed, args.lines)
    print(
        f"{args.devices} devices, {total:,} lines ({total / args.devices:.0f}/device) in {args.out}"
    )


if __name__ == "__main__":
    main()
