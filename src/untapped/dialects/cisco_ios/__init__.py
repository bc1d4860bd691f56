"""Cisco IOS and IOS-XE."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects.base import Marker, MarkerSniffer, Sniff
from untapped.dialects.cisco_ios.grammar import FEATURES, IosParser
from untapped.model.device import ParseResult

MARKERS = [
    # ---- headers of `show running-config` --------------------------------------------------
    Marker(r"^version 1[0-9]\.[0-9]+\s*$", 3.0, "'version 1x.y' header (IOS/IOS-XE)"),
    Marker(r"^!RANCID-CONTENT-TYPE: cisco\s*$", 4.0, "RANCID content type cisco (IOS)"),
    Marker(r"^Building configuration\.\.\.", 1.0, "'Building configuration...' (IOS show run)"),
    Marker(r"^Current configuration : \d+ bytes", 2.0, "'Current configuration : N bytes'"),
    Marker(r"^boot-start-marker", 3.0, "boot-start-marker"),
    Marker(r"^hostname \S+", 0.5, "hostname"),
    Marker(r"^end\s*$", 0.5, "'end'"),
    # ---- global statements only IOS prints this way ----------------------------------------
    Marker(
        r"^(no )?service (timestamps|password-encryption|pad|tcp-keepalives-(in|out)"
        r"|config|compress-config|sequence-numbers|call-home|internal|nagle"
        r"|(tcp|udp)-small-servers|finger|counters|slave-log|unsupported-transceiver)",
        1.5,
        "IOS 'service' statements",
    ),
    Marker(r"^ip (cef|subnet-zero|classless)\s*$", 1.0, "ip cef / subnet-zero / classless"),
    Marker(
        r"^no ip (domain[- ]lookup|http (secure-)?server|source-route|bootp server)",
        0.5,
        "no ip domain-lookup / http server",
    ),
    Marker(r"^ip http (secure-)?server\s*$|^ip http authentication ", 1.0, "ip http server"),
    Marker(r"^aaa new-model", 1.0, "aaa new-model"),
    Marker(r"^ip (tacacs|radius) source-interface ", 1.0, "ip tacacs/radius source-interface"),
    Marker(r"^enable (secret|password) (\d+ )?\S+\s*$", 1.5, "enable secret/password (IOS form)"),
    Marker(
        r"^username \S+ (privilege \d+ )?(secret|password) [05789] \S+\s*$",
        1.0,
        "username with type-N secret (IOS form)",
    ),
    Marker(r"^line (con|vty|aux) \d", 1.5, "line con/vty/aux N"),
    Marker(r"^ +transport input (ssh|telnet|none|all)", 0.5, "transport input"),
    Marker(r"^ +exec-timeout \d+ \d+\s*$", 0.5, "exec-timeout M S"),
    Marker(r"^ip ssh (version|time-out|authentication-retries) ", 1.0, "ip ssh settings"),
    Marker(r"^banner (motd|login|exec|incoming|slip-ppp) \^C", 2.0, "banner with ^C delimiter"),
    Marker(r"^(license udi|platform |redundancy\s*$)", 1.0, "IOS platform lines"),
    Marker(r"^snmp-server community \S+ (RO|RW)\b", 1.0, "snmp-server community RO/RW"),
    Marker(
        r"^ip route (vrf \S+ )?\d+\.\d+\.\d+\.\d+ \d+\.\d+\.\d+\.\d+ ", 1.0, "ip route with netmask"
    ),
    Marker(r"^ip vrf \S+\s*$|^vrf definition \S+\s*$", 1.0, "ip vrf / vrf definition"),
    Marker(r"^ip access-list extended ", 2.0, "ip access-list extended"),
    Marker(r"^ip access-list standard ", 0.5, "ip access-list standard"),
    Marker(r"^access-list \d+ (permit|deny|remark) ", 1.0, "numbered access-list"),
    Marker(
        r"^ip (dhcp (pool|excluded-address)|inspect|nat inside source) ",
        1.0,
        "ip dhcp pool / nat / inspect",
    ),
    Marker(
        r"^(zone security |zone-pair security |policy-map type inspect |parameter-map type )",
        2.0,
        "zone-based firewall",
    ),
    Marker(
        r"^class-map (type inspect )?(match-any|match-all) \S+",
        1.0,
        "class-map match-any/match-all",
    ),
    Marker(
        r"^(crypto (isakmp|ikev2|pki trustpoint|pki certificate chain|ipsec transform-set)"
        r"|crypto map \S+ \d+ ipsec-isakmp)",
        1.5,
        "IOS crypto",
    ),
    Marker(
        r"^(ip sla \d+\s*$|track \d+ (interface \S+ (line-protocol|ip routing)|ip (route|sla)"
        r"|list ))",
        1.0,
        "ip sla / track",
    ),
    Marker(r"^ +(icmp-echo|udp-jitter|tcp-connect|http get) ", 0.5, "ip sla operation"),
    Marker(
        r"^ip community-list ((standard|expanded) \S+|\d+) (permit|deny) ",
        1.0,
        "ip community-list",
    ),
    Marker(
        r"^ +(template|inherit) peer-(session|policy) |^snmp-server (ifindex persist|packetsize)",
        1.0,
        "BGP peer templates / IOS snmp-server settings",
    ),
    Marker(r"^ip as-path access-list \d+ (permit|deny)", 1.0, "numbered as-path access-list"),
    Marker(r"^object-group (network|service) \S+\s*$", 1.0, "object-group network/service"),
    Marker(
        r"^(dial-peer voice |voice service |telephony-service|sip-ua\s*$|voice-port )",
        1.5,
        "IOS voice",
    ),
    Marker(
        r"^(vtp (mode|domain) |spanning-tree extend system-id|mls qos)", 1.0, "Catalyst switching"
    ),
    Marker(r"^archive\s*$|^kron (policy-list|occurrence) ", 1.0, "archive / kron"),
    Marker(r"^(router (ospf|bgp|eigrp) \d|ip vrf \S+|vrf definition \S+)", 0.5, "routing"),
    Marker(r"^route-map \S+ (permit|deny) \d+\s*$", 0.25, "route-map"),
    # ---- interface and router sub-statements -------------------------------------------------
    Marker(
        r"^interface (FastEthernet|GigabitEthernet|TenGigabitEthernet|TwentyFiveGigE"
        r"|FortyGigabitEthernet|HundredGigE|Serial|Dialer|Virtual-Template|Multilink|ATM"
        r"|Async|Cellular|Embedded-Service-Engine|Virtual-Access|AppGigabitEthernet)"
        r"\d+(/\d+){0,2}(\.\d+)?(:\d+)?\s*$",
        1.5,
        "IOS interface names",
    ),
    Marker(
        r"^interface (Port-channel\d+|Ethernet0)(\.\d+)?\s*$",
        1.0,
        "Port-channel / Ethernet0 interface",
    ),
    Marker(r"^ +ip address \d+\.\d+\.\d+\.\d+ \d+\.\d+\.\d+\.\d+", 1.0, "ip address with netmask"),
    Marker(r"^ +ip vrf forwarding ", 1.5, "ip vrf forwarding"),
    Marker(r"^ +vrf forwarding ", 0.5, "vrf forwarding"),
    Marker(r"^ +encapsulation dot1Q \d+", 1.5, "encapsulation dot1Q"),
    Marker(r"^ +switchport trunk encapsulation dot1q", 1.5, "switchport trunk encapsulation"),
    Marker(r"^ ?(switchport mode|spanning-tree portfast)", 0.5, "switchport"),
    Marker(
        r"^ +standby (\d+ )?(ip|priority|preempt|track|version|authentication|timers)\b",
        1.5,
        "HSRP standby",
    ),
    Marker(
        r"^ +(no )?ip (virtual-reassembly|tcp adjust-mss|nbar |flow (ingress|egress)"
        r"|route-cache|mroute-cache)",
        1.0,
        "IOS interface ip features",
    ),
    Marker(r"^ +(no )?negotiation auto", 1.0, "negotiation auto"),
    Marker(
        r"^ +ip ospf (message-digest-key|authentication-key|cost|network|priority"
        r"|hello-interval|dead-interval) ",
        0.5,
        "ip ospf interface settings",
    ),
    Marker(r"^ +tunnel protection ipsec profile ", 1.0, "tunnel protection"),
    Marker(
        r"^ +network \d+\.\d+\.\d+\.\d+ \d+\.\d+\.\d+\.\d+ area ", 1.0, "ospf network with wildcard"
    ),
    Marker(r"^ +network \d+\.\d+\.\d+\.\d+ mask \d+", 1.0, "bgp network mask"),
    Marker(r"^ +address-family ipv4 vrf \S+", 1.0, "address-family ipv4 vrf"),
    # ---- evidence against: other vendors ----------------------------------------------------
    Marker(r"^[!#]RANCID-CONTENT-TYPE: (?!cisco\s*$)", -6.0, "RANCID type of another dialect"),
    Marker(r"^(feature |vrf context )", -4.0, "NX-OS 'feature'/'vrf context'"),
    Marker(r"^ vrf member |^interface mgmt0", -3.0, "NX-OS vrf member / mgmt0"),
    Marker(r"^username \S+ password \d \S+ +role ", -2.0, "NX-OS username role"),
    Marker(r"^(nameif |security-level )|^ nameif |^ASA Version", -5.0, "ASA nameif"),
    Marker(r"^(ipv4 access-list|router static|route-policy |end-policy)", -4.0, "IOS-XR syntax"),
    Marker(r"^ ipv4 address |^interface \S+\d+/\d+/\d+/\d+|^!! IOS XR", -3.0, "IOS-XR interfaces"),
    Marker(r"^(vrf instance|daemon TerminAttr|management api)", -4.0, "EOS syntax"),
    Marker(
        r"^(transceiver qsfp|ip virtual-router|mlag configuration|interface Management1"
        r"|interface Port-Channel\d|service routing protocols model)",
        -3.0,
        "EOS statements",
    ),
    Marker(r"^username \S+ privilege \d+ role ", -2.0, "EOS username role"),
    Marker(
        r"^ +ip address \d+\.\d+\.\d+\.\d+/\d+|^ip route (vrf \S+ )?\d+\.\d+\.\d+\.\d+/\d+",
        -2.0,
        "addresses in prefix/length form",
    ),
    Marker(r"^(slb |vrrp-a )|^ +(untagged|tagged) |^hostname \"", -3.0, "A10 / ProCurve syntax"),
    Marker(r"^(sysname |#\s*$|return\s*$|info-center )", -4.0, "VRP/Comware syntax"),
    Marker(r"^(frr version|frr defaults)", -6.0, "FRR header"),
    Marker(
        r"^(log (syslog|file|stdout)|router ospf\s*$|exit-vrf\s*$)|^ (no )?bgp ebgp-requires-policy"
        r"|^interface (eth\d|ens\d|enp\d|lo\s*$)",
        -3.0,
        "FRR/Linux statements",
    ),
]


class CiscoIos:
    name = "cisco_ios"
    title = "Cisco IOS / IOS-XE"
    features = FEATURES

    def __init__(self) -> None:
        self._sniff = MarkerSniffer(MARKERS)
        self._deep = MarkerSniffer(MARKERS, window=0)

    @property
    def head_sniffer(self) -> MarkerSniffer:
        """What `sniff` is on a text no longer than the sniffer's window (detect_lines)."""
        return self._sniff

    def sniff(self, text: str) -> Sniff:
        found = self._sniff(text)
        if found.score >= 2.0 or text.count("\n", 0, 400_000) <= self._sniff.window:
            return found
        # a long file whose head is not conclusive (e.g. thousands of `vlan` blocks first): look
        # at its tail as well
        sample = text if len(text) <= 200_000 else text[:100_000] + "\n" + text[-100_000:]
        deeper = self._deep(sample)
        return deeper if deeper.score > found.score else found

    def parse(self, artifact: Artifact) -> ParseResult:
        return IosParser(artifact).run()


DIALECT = CiscoIos()
