"""A small generator of IOS configurations for the store tests (our own text, vendor-doc style).

`write_network(root, n, variant)` writes n device configs; variant "base" or "changed" (the
changed one adds an external ERSPAN session, swaps a syslog host for a foreign one, adds a
privilege-15 account, an ACL line and a flow-monitor binding on device 0).
"""

from __future__ import annotations

from pathlib import Path

SECRETS = {
    "enable": "$9$Qm1nAbCdEfGh$abcdefghijklmnopqrstuvwxyz0123456789ABCDE",
    "user": "$9$nfW2q3e4r5t6y7$ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwv",
    "user7": "0822455D0A16544541",
    "community_ro": "Zq7ReadOnlyCommunity",
    "community_rw": "Wr1teC0mmunityXy",
    "trap": "TrapC0mmStr1ng",
    "tacacs": "060506324F41584B56",
    "radius": "RadiusSharedK3y",
    "bgp": "BgpPeerS3cretPw",
    "psk": "IsakmpPr3SharedKey",
    "ntp": "NtpAuthK3yValue",
    "ospf": "OspfMd5K3y",
    "line": "LinePassw0rdVty",
    "keychain": "KeyChainStr1ngA",
}


def device_config(i: int, variant: str = "base", interfaces: int = 8) -> str:
    s = SECRETS
    name = f"r{i:04d}"
    net = f"10.{i // 250}.{i % 250}"
    out = [
        "!",
        "version 17.3",
        f"hostname {name}",
        "!",
        f"enable secret 9 {s['enable']}",
        f"username netops privilege 15 secret 9 {s['user']}",
        f"username monitor privilege 1 password 7 {s['user7']}",
        "aaa new-model",
        "aaa authentication login default group tacacs+ local",
        "!",
    ]
    if variant == "changed" and i == 0:
        out.append("username support privilege 15 secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0")
    for k in range(interfaces):
        out += [
            f"interface GigabitEthernet0/{k}",
            f" description link {k} of {name}",
            f" ip address {net}.{k * 4 + 1} 255.255.255.252",
        ]
        if k == 0:
            out.append(" ip access-group MGMT-IN in")
        if variant == "changed" and i == 0 and k == 1:
            out.append(" ip flow monitor FM-MAIN input")
        out.append("!")
    out += [
        "ip access-list extended MGMT-IN",
        " permit tcp 10.0.0.0 0.255.255.255 any eq 22",
    ]
    if variant == "changed" and i == 0:
        out.append(" permit tcp host 203.0.113.5 any eq 22")
    out += [" deny ip any any log", "!"]
    out += [
        "flow exporter EXP-MAIN",
        " destination 10.9.0.10",
        " transport udp 2055",
        "!",
        "flow monitor FM-MAIN",
        " exporter EXP-MAIN",
        " record netflow ipv4 original-input",
        "!",
    ]
    syslog = "198.51.100.99" if variant == "changed" and i == 0 else "10.9.0.20"
    out += [
        f"logging host {syslog}",
        f"snmp-server community {s['community_ro']} RO 10",
        f"snmp-server community {s['community_rw']} RW 10",
        f"snmp-server host 10.9.0.30 version 2c {s['trap']}",
        "ntp authenticate",
        f"ntp authentication-key 1 md5 {s['ntp']}",
        "ntp server 10.9.0.50 key 1",
        "ip name-server 10.9.0.53",
        "tacacs server TAC1",
        " address ipv4 10.9.0.40",
        f" key 7 {s['tacacs']}",
        "!",
        f"radius-server host 10.9.0.41 key {s['radius']}",
        "key chain KC1",
        " key 1",
        f"  key-string {s['keychain']}",
        "!",
        f"crypto isakmp key {s['psk']} address 192.0.2.9",
        "!",
        "router bgp 65000",
        " neighbor 10.9.0.1 remote-as 65001",
        f" neighbor 10.9.0.1 password {s['bgp']}",
        "!",
    ]
    if variant == "changed" and i == 0:
        out += [
            "monitor session 7 type erspan-source",
            " source interface GigabitEthernet0/2 both",
            " destination",
            "  erspan-id 7",
            "  ip address 192.0.2.77",
            f"  origin ip address {net}.1",
            "!",
        ]
    out += [
        "line vty 0 4",
        f" password 7 {s['line']}",
        " transport input ssh",
        "!",
        "end",
    ]
    return "\n".join(out) + "\n"


POLICY = """[owner]
networks = ["10.0.0.0/8"]

[trusted]
collectors = ["10.9.0.10"]
log_hosts = ["10.9.0.20"]
snmp_managers = ["10.9.0.30"]
aaa_servers = ["10.9.0.40", "10.9.0.41"]
ntp_servers = ["10.9.0.50"]
dns_servers = ["10.9.0.53"]
"""


def write_network(
    root: Path, n: int, variant: str = "base", interfaces: int = 8, policy: bool = True
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"r{i:04d}.cfg").write_text(device_config(i, variant, interfaces))
    if policy:
        (root / "untapped.toml").write_text(POLICY)
    return root
