"""Statements Comware recognises specifically that the model does not need, as a keyword tree
(one space per level; a path with children is a block with its own child table)."""

from __future__ import annotations

from untapped.dialects._ioslike.engine import Mode
from untapped.dialects._vrplike.grammar import ATTACH, load_tree

ATTACH_CMW = {
    **ATTACH,
    ("root", "line"): "line",
    ("root", "qos policy"): "policy",
    ("root", "hwtacacs scheme"): "scheme",
    ("root", "radius scheme"): "scheme",
    ("root", "domain"): "domain",
    ("root", "local-user"): "local-user",
    ("root", "ike keychain"): "ike keychain",
    ("root", "ike profile"): "ike profile",
    ("root", "ipsec transform-set"): "ipsec proposal",
    ("root", "rtm cli-policy"): "rtm",
    ("root", "scheduler job"): "scheduler job",
    ("root", "scheduler schedule"): "scheduler schedule",
}

TREE = """
router id
undo copyright-info enable
copyright-info enable
clock timezone
clock protocol
clock summer-time
irf mac-address persistent
irf auto-update enable
irf link-delay
irf member
irf domain
irf-port
 port group interface
lldp global enable
lldp enable
lldp compliance
stp global enable
stp enable
stp mode
stp instance
stp region-configuration
 region-name
 instance
 revision-level
 active region-configuration
stp bpdu-protection
stp pathcost-standard
stp vlan
stp edged-port
dhcp enable
dhcp snooping enable
dhcp server ip-pool
 network
 gateway-list
 dns-list
 domain-name
 expired
 forbidden-ip
 option
dhcp relay server-group
 ip
dhcp server forbidden-ip
ip ttl-expires enable
ip unreachables enable
ip redirects enable
ipv6
ip host
ip pool
load xml-configuration
load tr069-configuration
password-control enable
password-control length
password-control composition
password-control aging
password-control history
password-control login-attempt
password-control super
password-control complexity
user-group
 group-attribute
role default-role enable
role name
 rule
 description
 vlan policy deny
 interface policy deny
 vpn-instance policy deny
 permit vlan
 permit interface
 feature
public-key local create
public-key peer
ssh user
ssh server compatible-ssh1x
ssh server rekey-interval
ssh server authentication-retries
ssh server authentication-timeout
ssh server ipv6 enable
ssh server ipv6 acl
ssh server dscp
ssh server pki-domain
ssh client source
ssh client ipv6 source
ssh2 algorithm
ssh2 algorithm cipher
ssh2 algorithm mac
ssh2 algorithm key-exchange
ssh2 algorithm public-key
sftp server idle-timeout
ftp server acl
ftp server dscp
ftp timeout
telnet server acl
telnet server dscp
telnet server ipv6 enable
telnet client source
ip http acl
ip https acl
ip https ssl-server-policy
ip http dscp
web idle-timeout
hwtacacs nas-ip
radius nas-ip
radius session-control enable
radius dynamic-author server
 client
 port
radius-server client
ldap server
 ip
 login-dn
 login-password
 search-base-dn
ldap scheme
 authentication-server
 authorization-server
info-center source
info-center timestamp
info-center logfile
info-center logfile enable
info-center console channel
info-center monitor channel
info-center synchronous
info-center loghost source
info-center security-logfile
info-center trapbuffer
info-center format
info-center diagnostic-logfile
info-center trace-logfile
info-center logging suppress
info-center syslog
snmp-agent local-engineid
snmp-agent packet max-size
snmp-agent trap life
snmp-agent trap queue-size
snmp-agent trap if-mib
snmp-agent trap enable
snmp-agent log
snmp-agent source
snmp-agent calculate-password
snmp-agent remote
snmp-agent notification-log
snmp-agent context
snmp-agent inform
snmp-agent protocol
ntp-service enable
ntp-service refclock-master
ntp-service max-dynamic-sessions
ntp-service dscp
ntp-service ipv6
ntp-service inbound
ntp-service broadcast-client
ntp-service multicast-client
ntp-service acl
sntp enable
sntp authentication
dns source-interface
dns spoofing
dns trust-interface
ip domain
ip host
arp static
arp check
arp detection
arp source-suppression
arp timer
arp rate-limit
arp send-gratuitous-arp
gratuitous-arp-sending enable
gratuitous-arp-learning enable
mac-address timer
mac-address static
mac-address mac-learning
mac-address max-mac-count
link-aggregation global
link-aggregation load-sharing
loopback-detection enable
loopback-detection global
loopback-detection multi-port-mode
vlan-interface
undo vlan-interface
port-security enable
port-security timer
dot1x
dot1x authentication-method
mac-authentication
igmp-snooping
 enable vlan
 report-aggregation
 version
 fast-leave
 querier
 drop-unknown
multicast routing
ip multicast routing
pim
 c-bsr
 c-rp
 static-rp
igmp
 version
ipv6 route-static
ip route-static default-preference
ip vpn-instance
ospf
 silent-interface
 import-route
 default-route-advertise
 preference
 spf-schedule-interval
 lsa-generation-interval
 stub-router
 graceful-restart
 area
  authentication-mode
  stub
  nssa
  abr-summary
  description
 log-peer-change
 maximum load-balancing
 description
 filter-policy
 vpn-instance-capability
 opaque-capability
bgp
 group
 peer
 router-id
 graceful-restart
 address-family ipv4
  peer
  network
  import-route
  balance
  preference
  default-route imported
  reflector
  summary automatic
 address-family vpnv4
  peer
 address-family ipv6
  peer
  network
  import-route
 address-family l2vpn evpn
  peer
 ip vpn-instance
  peer
  group
  address-family ipv4
   peer
   network
   import-route
 log-peer-change
 compare-different-as-med
 timer keepalive
rip
 network
 version
 undo summary
 import-route
 silent-interface
isis
 network-entity
 is-level
 cost-style
 address-family ipv4
 is-name
vrrp
track
bfd
nqa entry
 type
  destination
  frequency
  source
  next-hop
  probe count
  reaction
nqa schedule
nqa server enable
nqa agent enable
qos
ip netstream export version
ip netstream export source
ip netstream timeout
ip netstream aggregation
ip netstream sampler
ip netstream export rate
ip netstream max-entry
sampler
sflow agent
sflow source
sflow version
ip-pool
monitor-link group
smart-link group
cfd enable
vcf-fabric
evi
l2vpn enable
vsi
 vxlan
 gateway
 description
 arp suppression
vxlan tunnel
mpls lsr-id
mpls ldp
mpls enable
tunnel global
ipsec sa
ipsec anti-replay
ike identity
ike keepalive
ike nat-keepalive
ike dpd
ike invalid-spi-recovery
ike proposal
pki domain
 certificate request
 public-key
 subject-dn
 common-name
 fqdn
 ip
 undo crl check
 crl check
pki entity
 common-name
 fqdn
 ip
 organization
 organization-unit
 country
 locality
 state
ssl server-policy
 pki-domain
 ciphersuite
 version
ssl client-policy
 pki-domain
 prefer-cipher
 version
aaa session-limit
aaa nas-id
aaa local-user
local-user-auto-delete
user-interface aux
user-interface con
ip urpf
ip forward-broadcast
ip option
mac-address
mirroring-group
port-isolate
poe
cpu-usage
memory-usage
transceiver
shutdown-interval
command-alias
alias
job
time-range
ipv6 prefix-list
ip as-path
ip community-list
ip extcommunity-list
ip ip-prefix
security-zone name
 import interface
zone-pair security
 packet-filter
object-group
 network
 service
 description
 0 network
 10 network
 20 network
 0 service
 10 service
 security-zone
 nat
nat address-group
 address
nat server
nat static
nat outbound
security-policy ip
 rule
  action
  source-zone
  destination-zone
  source-ip
  destination-ip
  service
  counting
  logging
attack-defense policy
 signature
 scan detect
 defense
 flood
 syn-flood
 icmp-flood
 udp-flood
attack-defense top-attack-statistics
session statistics
session aging-time
app-profile
inspect
wlan
port-group manual
 group-member
 port link-type
 port trunk permit vlan
 stp edged-port
 undo shutdown
interface
 port link-mode
 combo enable
 stp edged-port
 stp edged-port enable
 stp root-protection
 stp loop-protection
 stp port priority
 stp cost
 stp disable
 stp enable
 undo stp enable
 lldp
 lldp admin-status
 lldp compliance
 lldp management-address-format
 lldp tlv-enable
 lldp notification
 speed
 duplex
 flow-control
 jumboframe enable
 jumboframe
 broadcast-suppression
 multicast-suppression
 unicast-suppression
 storm-constrain
 loopback-detection enable
 loopback-detection action
 port-isolate enable
 port-security
 port hybrid vlan
 port hybrid pvid
 port trunk pvid
 port link-aggregation group
 link-aggregation mode
 link-aggregation selected-port
 dhcp select
 dhcp relay server-select
 dhcp relay server-address
 dhcp snooping trust
 dhcp snooping information enable
 ip verify source
 arp detection trust
 arp rate-limit
 arp proxy enable
 ip source binding
 ip urpf
 ip verify source
 ip forward-broadcast
 ip ttl-expires
 ipv6 address auto
 ipv6 nd
 ipv6 enable
 ospf
 ospf network-type
 ospf timer
 ospf dr-priority
 ospf cost
 ospf authentication-mode
 ospf bfd enable
 ospf mtu-enable
 ospf area
 ospf 1 area
 rip
 isis enable
 isis circuit-type
 isis circuit-level
 pim sm
 pim dm
 igmp enable
 igmp version
 igmp-snooping
 vrrp vrid
 vrrp ipv6 vrid
 bfd
 mpls enable
 mpls ldp enable
 mpls te enable
 poe enable
 poe priority
 poe max-power
 qos trust
 qos priority
 qos wrr
 qos sp
 qos lr
 qos gts
 qos apply
 qos map-table
 line-rate
 undo negotiation auto
 negotiation auto
 bandwidth
 ip netstream sampler
 ip netstream inbound
 ip netstream outbound
 sflow flow collector
 sflow flow max-header
 sflow sampling-rate
 sflow counter collector
 sflow counter interval
 sflow sampling-mode
 mac-address max-mac-count
 mac-address mac-learning
 mac-address static
 port-security max-mac-count
 dot1x
 mac-authentication
 undo dot1x
 tunnel-protocol
 source
 destination
 keepalive
 tunnel dfbit
 tunnel bandwidth
 tunnel discovery
 gre key
 tcp mss
 ip mtu
 mtu
 nat outbound
 nat server
 nat static
 ipsec apply policy
 ipsec apply
 link-protocol
 ppp
 ppp authentication-mode
 ppp chap
 ppp pap
 dialer
 shutdown
 vlan-type dot1q vid
 vlan-type
 vlan mapping
 qinq enable
 port access vlan
 port trunk permit vlan
 traffic-policy
 eee enable
 shutdown-interval
 port auto-power-down
 voice-vlan
 lacp period
 lacp system-priority
 default
 using
 ip address dhcp-alloc
 ipv6 address
 mad enable
 mad bfd enable
 irf-port
 snmp-agent trap enable
 undo snmp-agent trap enable
 undo lldp enable
 sflow
 loopback-detection
 standby
 vrrp
 ip binding vpn-instance
 description
acl
 rule
 description
 step
traffic classifier
 if-match
traffic behavior
 car
 remark
 filter
 accounting
 redirect
 mirror-to
qos policy
 classifier
line
 protocol inbound
 user-role
 screen-length
 history-command max-size
 idle-timeout
 authentication-mode
 set authentication password
 command accounting
 command authorization
 speed
 terminal type
 escape-key
 auto-execute command
 shell
user-interface
 protocol inbound
 user privilege level
 screen-length
 history-command max-size
 idle-timeout
 authentication-mode
 set authentication password
 speed
local-user
 access-limit
 state
 group
 authorization-attribute
 service-type
 password
 password-control
 description
 bind-attribute
 validity-datetime
 identity-group
hwtacacs scheme
 user-name-format
 timer response-timeout
 timer realtime-accounting
 timer quiet
 retry
 retry stop-accounting
 data-flow-format
 stop-accounting-buffer enable
radius scheme
 user-name-format
 timer response-timeout
 timer realtime-accounting
 timer quiet
 retry
 retry realtime-accounting
 retry stop-accounting
 server-type
 data-flow-format
 accounting-on enable
 attribute
 state primary
 state secondary
 security-policy-server
domain
 state
 access-limit
 idle-cut
 self-service-url
 authorization-attribute
 service-type
 ip-pool
 description
 dhcp
ike profile
 match remote identity
 match local address
 local-identity
 exchange-mode
 proposal
 dpd
 keychain
 certificate domain
 inside-vrf
 priority
 sa duration
ike keychain
 match local address
 priority
ipsec transform-set
 protocol
 encapsulation-mode
 esp encryption-algorithm
 esp authentication-algorithm
 ah authentication-algorithm
 pfs
ipsec policy
 transform-set
 security acl
 remote-address
 local-address
 ike-profile
 sa duration
 sa trigger-mode
 pfs
ipsec policy-template
 transform-set
 ike-profile
ipsec profile
 transform-set
 ike-profile
 sa duration
rtm cli-policy
 event
 action
 user-role
 commit
 running-time
 description
rtm environment
rtm scheduler suspend
scheduler job
 command
scheduler schedule
 job
 time at
 time once
 time repeating
 user-role
scheduler logfile size
telemetry
 sensor-group
  sensor path
 destination-group
  ipv4-address
  ipv6-address
 subscription
  sensor-group
  destination-group
  source-address
  dscp
grpc enable
grpc port
grpc idle-timeout
netconf log
netconf soap http acl
netconf ssh server port
snmp-agent mib-view
vlan
 name
 description
 port
 ip-subnet-vlan
 protocol-vlan
 igmp-snooping enable
 igmp-snooping drop-unknown
 arp detection enable
 dhcp snooping
 mac-address max-mac-count
 private-vlan
 voice vlan
 vlan-mapping
 remote-probe vlan enable
 undo igmp-snooping enable
"""


def register(m: dict[str, Mode]) -> None:
    load_tree(m, TREE, ATTACH_CMW)
