"""Statements VRP recognises specifically that the model does not need, as a keyword tree
(one space per level; a path with children is a block with its own child table)."""

from __future__ import annotations

from untapped.dialects._ioslike.engine import Mode
from untapped.dialects._vrplike.grammar import ATTACH, load_tree

ATTACH_VRP = {
    **ATTACH,
    ("root", "aaa"): "aaa",
    ("root", "hwtacacs-server template"): "hwtacacs",
    ("root", "radius-server template"): "radius",
    ("root", "radius-server group"): "radius",
    ("root", "ops"): "ops",
    ("root", "grpc"): "grpc",
    ("root", "configuration file auto-save"): "auto-save",
    ("aaa", "authentication-scheme"): "aaa scheme",
    ("aaa", "authorization-scheme"): "aaa scheme",
    ("aaa", "accounting-scheme"): "aaa scheme",
    ("aaa", "domain"): "aaa domain",
    ("ops", "assistant"): "assistant",
    ("grpc", "grpc server"): "grpc server",
    ("grpc", "grpc client"): "grpc server",
}

TREE = """
aaa
 accounting-mode
 accounting-scheme
  accounting
  accounting-mode
 authentication-mode
 authentication-scheme
  accounting-scheme
  authening
  authentication-mode
  authentication-scheme
 authorization-scheme
  accounting-mode
  accounting-scheme
  authorization-mode
 default-password
 default-user-name
 domain
  accounting-scheme
  accounting-start-delay
  authentication-scheme
  authorization-scheme
  dns primary-ip
  hwtacacs-server ht
  idle-cut
  ip-pool
  ipv6 nd
  ipv6-pool
  l2tp-group
  mac-authentication
  multicast bas-policy
  multicast unicast-reservable-bandwidth
  multicast-profile
  ppp address-release
  prefix-assign-mode
  qos-profile
  radius-server
  radius-server group
  radius-server template1
  user-basic-service-ip-type
  user-group
  value-added-service
  vpn-instance
  web-server
 ip-pool
 local-user
 local-user a
 local-user b
 local-user c
 local-user client
 local-user huawei
 local-user rtb
 local-user user1-huawei
 multicast-list
 multicast-profile
  multicast-list
 radius-server group
 task-group
  task
 user-group
  task-group
abs-pfc
 priority
access
 cipher-suite
 self-signed
access-type
 authentication-method
 multicast copy
accounting-scheme
 accounting-mode
accounting-service-policy
acl
 description
 rule
admin
aftr-name
ai-service
 ai-ecn
  ai-ecn
  assign
 buffer
 inof
  authentication-mode
  default-zone
  hard-zoning
  inof
  peer
  role
  service-address
  zone
   host
 mice-elephant-flow
  assign
  flex-buffer
  mice-flow
 npcc
  assign
allow
any-flow
 collector
 enable
apn
 ipv6
  apn-id
   apn-field
   app-group
   index
   statistics
   template
   user-group
  isolate-group
   vpn-instance
area
 network
arp static
assign
authentication-profile
 access-domain
 dot1x-access-profile
authentication-scheme
 authentication-mode
bfd
 commit
 delay-up
 discriminator
 dot1q
 min-echo-rx-interval
 min-rx-interval
 min-tx-interval
 mpls-passive
 ospfv3
 process-interface-status
 process-pst
 qinq
 router-id
bfd-track-manager
 group
  bfd
bgp
 advertise
 bgp dynamic-session-limit
 confederation
 graceful-restart
 group
 import-rib
 import-route
  peer
 ip route-static
 ipv4-family
  auto-frr
  bestroute
  peer
  policy
  reflector
  tunnel-selector
 ipv4-family flow
  peer
 ipv4-family labeled-unicast
  import-route
  network
  peer
 ipv4-family mdt
  peer
  policy
 ipv4-family multicast
  network
  peer
  synchronization
 ipv4-family mvpn
  peer
  policy
  reflect
 ipv4-family sr-policy
  peer
 ipv4-family unicast
  auto-frr
  bestroute
  dampening
  filter-policy
  hierarchy-convergence
  import-rib
  import-route
  ipv6-family unicast
  maximum
  network
  nexthop
  peer
  reflect
  reflector
  segment-routing ipv6
  summary
  synchronization
  unicast-route
 ipv4-family vpn-instance
  advertise
  aggregate
  auto-frr
  bestroute
  import-rib
  import-route
  maximum
  network
  peer
  route-select
  segment-routing ipv6
 ipv4-family vpn-target
  peer
 ipv4-flow
  peer
  policy
 ipv4-labeled-unicast
  import-rib
  peer
 ipv4-multicast
  import-route
  peer
 ipv6 route-static
 ipv6-family
  peer
  policy
 ipv6-family flow
  peer
 ipv6-family mvpn
  peer
  policy
 ipv6-family unicast
  auto-frr
  bestroute
  hierarchy-convergence
  import-route
  maximum
  network
  peer
  preference
  segment-routing ipv6
  synchronization
  unicast-route
 ipv6-family vpn-instance
  advertise
  auto-frr
  import-route
  maximum
  network
  peer
  preference
  route-select
  segment-routing ipv6
 ipv6-flow
  peer
  policy
 l2vpn-ad-family
  peer
  policy
  signaling
  tunnel-selector
 l2vpn-family
  auto-frr
  bestroute
  peer
  policy
  segment-routing ipv6
  timer
  tunnel-selector
  vpn-orf
 link-state-family
  peer
 network
  peer
 peer
  ipv4-family unicast
  peer
  synchronization
 policy
 private-4-byte-as
 router-id
 rpd-family
  peer
 segment-routing global-block
 segment-routing ipv6
 synchronization
  network
  peer
 vpn-instance
  peer
bidirectional
 backward
 forward
 hard-pipe
bier
 sub-domain
  bfr-id
  bfr-prefix
  encapsulation-type
  end-bier
  protocol
bier ipv6
bind
bpdu-tunnel
br-ipv6-address
bridge-domain
 esi
 evi
 evpn
  route-distinguisher
  vpn-target
 evpn binding
 igmp snooping
 igmp-snooping enable
 igmp-snooping proxy
 igmp-snooping signal-synch
 ipv6 nd
 l2 binding
 mac-learn-style
 split-horizon
 umr
 vpls-to-evpn
 vxlan vni
car
ccc
cfm enable
 ccm-interval
 cfm md
 evpn vpn-instance
  route-distinguisher
  vpn-target
 ma
 map
 mep
 mpls
 mpls l2vpn
 mpls lsr-id
 remote-mep
cfm md
 cfm md
  ma
   map
 ma
  ccm-interval
  delay-measure
  eth-test
  loss-measure
  map
  mep
  remote-mep
  test-id
 map
 mep
 remote-mep
cfm trigger
cfm version
channel-set
clock bits-type
clock source
clock ssm-control
collector
 source
control-word
controller
 aps
 channel-set
 code
 cpos-trunk
 e1
 sdh-alarm
 shutdown
 using
cpu-defend
 car
cpu-defend-policy
dcb pfc
 adjust
 group-member
 priority
dcn
 auto-report
 ne-ip
delay-measure
description
dfs-group
 authentication-mode
 dual-active
 m-lag
 priority
dhcp check-server-pkt
dhcp enable
dhcp snooping
dhcp-server
 dhcp-server
 release-agent
dhcpv6 duid
dhcpv6 export
dhcpv6-server
 dhcpv6-server
diffserv
 ip-dscp-inbound
 ip-dscp-outbound
dldp enable
dldp unidirectional-shutdown
dldp work-mode
dmr-prefix
dns domain
 vlan batch
dns resolve
dns server
dns-server
domain
 accounting-scheme
 authentication-scheme
 idle-cut
 ip route-static
 ip-pool
 ipv6-pool
 l2tp-group
 prefix-assign-mode
 radius-server group
 vpn-instance
dot1x-access-profile
 dot1x timer
dot1x-template
drop-profile
 color
 ecn
ds-lite
 ds-lite
  section
 local-ipv6
 port-range
 remote-ipv6
 section
 service-instance-group
dsa
e-trunk
 authentication-mode
 description
 e-trunk
 peer-address
 peer-ipv6
 priority
 security-key
 timer
e1
ecc
efm enable
emdi
 emdi
  emdi
erps
 control-vlan
 guard-timer
 protected-instance
 sub-ring
 tc-notify
 tc-protection
 version
 wtr-timer
esqm
evpl
 evpn binding
 local-service-id
 segment-routing ipv6
evpn
 bypass-vxlan
 df-election
 esi
  evpn redundancy-mode
 irb-reoriginated
 l3-reoriginate
 local-remote
 mac-duplication
 timer
 vlan-extend
 vpws-df-election
evpn enhancement
evpn redundancy-mode
evpn source-address
 cfm md
 ma
  delay-measure
  eth-test
  loss-measure
  map
  mep
  remote-mep
  test-id
evpn vpn-instance
 apply-label
 etree
 inclusive-provider-tunnel
  leaf
  root
   mldp
    root-ip
 local-remote
 pbb
 remote
 route-distinguisher
 segment-routing ipv6
 tnl-policy
 vpn-target
evpn-overlay
explicit-path
 next
fec-list
 fec-node
flex-algo
 affinity
 color
 metric-type
 priority
flexe
 binding
 flexe-bandwidth
 flexe-clientid
 flexe-groupnum
flow-queue
 queue
flow-route
 apply
 if-match
flow-wred
ftp server
ftp server-source
gateway
global-gre
grpc
 grpc
  server
  server-port
  source-ip
  ssl-policy
  ssl-verify
gtsm
gvrp
http
 client
 service
http-redirect-profile
 web-server
hwtacacs
hwtacacs-server template
 hwtacacs-server accounting
 hwtacacs-server authentication
 hwtacacs-server authorization
 hwtacacs-server shared-key
iccp
 mlacp
 peer-ip
ifit
 dcn-instance
  aging-time
  interval
  node-id
  role
  traffic behavior
   delay-measure
  traffic classifier
   if-match
  traffic policy
   classifier
  transit-port
 encapsulation
 instance
  binding
  flow
  interval
  measure-mode
 instance-ht16
  binding
  delay-measure
  flow
  interval
 node-id
 work-mode
  service-type
igmp
 ssm-mapping
igmp snooping
igmp-snooping enable
 mpls
 mpls lsr-id
igmp-snooping send-query
ike dpd
ike peer
 ike-proposal
 pre-shared-key
 remote-address
 sa
ike proposal
 authentication-algorithm
 authentication-method
 dh
 encryption-algorithm
 integrity-algorithm
ima
import-route
 area
  network
  nssa
info-center channel
info-center enable
info-center logfile
info-center loghost
info-center source
instance
interface
 abs-pfc
 access-type
  arp-trigger
  authentication-method
  authentication-method-ipv6
  client-option82
  ip-trigger
  ipv6-trigger
  nd-trigger
 admin-vrrp
 ais
 als
 anycast-gateway
 aps
 arp broadcast
 arp broadcast-detect
 arp collect
 arp direct-route
 arp distribute-gateway
 arp expire-time
 arp generate-rd-table
 arp proxy
 arp-proxy
 atm
 authentication-profile
 bandwidth
 bas
  access-delay
  access-type
  arp-trigger
  authentication-method
  authentication-method-ipv6
  client-option82
  default-password-template
  default-user-name-template
  dhcp session-mismatch
  ip-trigger
  ipv6-trigger
  multicast copy
  nd-trigger
  qos-profile
  user-policy
  wlan-switch
 basic-slice
 bgp
  peer
 binding
 bit-error-detection
 bpdu-tunnel
 bridge-domain
 bypass
 carrier
 cfm md
  ma
   delay-measure
   loss-measure
   map
   mep
   remote-mep
   test-id
 clock priority
 clock ssm
 clock synchronization
 control-flap
 control-vid
 dcb abs-pfc
 dcb pfc
 dcn
 description
 destination
 dfs-group
 dhcp
 dhcp relay
 dhcp select
 dhcp server
 dhcp snooping
 dhcpv6 relay
 direct-route
 discriminator
 distribute-weight
 dldp compatible-mode
 dldp enable
 dot1q
 e-trunk
 e1
 efm enable
 efm error-frame
 efm error-frame-second
 encapsulation
 erps
 es
 esi
 esqm
 eth-trunk
 evpl
 evpn binding
 evpn e-tree-leaf
 evpn stp-ring-id
 fr
 gre
 gvrp
 ifit
 igmp enable
 igmp snooping
 igmp ssm-mapping
 igmp static-group
 igmp version
 igmp-snooping backup-report
 igmp-snooping static-router-port
 interface
  ip address
 ip address
  vlan-type
 ip binding
 ip netstream
 ip relay
 ip route-static
 ip topology
 ip urpf
 ip-trunk
 ipfpm
 ipsec policy
 ipv4-prefix
 ipv6 address
 ipv6 enable
 ipv6 nd
 ipv6 netstream
 ipv6 route-static
 ipv6 security
 ipv6 topology
 ipv6-enable
 ipv6-prefix
 isis authentication-mode
 isis bfd
 isis circuit-level
 isis circuit-type
 isis cost
 isis dis-priority
 isis enable
 isis ipv6
 isis link-quality
 isis peer
 isis prefix-sid
 isis process-id
 isis topology
 keepalive
 l2 binding
 l2-multicast limit
 l2-multicast static-group
 l2protocol-tunnel
 l2tpv3 instance
  l2tpv3 static
 lacp m-lag
 lacp max
 lacp mixed-rate
 lacp preempt
 lacp priority
 lacp system-id
 lacp timeout
 lacp track
 link-detect
 link-protocol
 link-quality
 local-ce
 long-distance
 loop-detect
 m-lag
 mac-address
 mac-address learning
 mac-security-profile
 map
 match
 max
 mice-elephant-flow
 mka
 mlacp
 mld enable
 mld snooping
 mld ssm-mapping
 mld static-group
 mld version
 mode
 mpls
 mpls ccc
 mpls l2vc
 mpls l2vpn
 mpls ldp
 mpls rsvp-te
 mpls static-l2vc
 mpls te
 mpls-tp
  cc
  me
 mtu
 multicast authorization-enable
 multicast bas-policy
 multicast boundary
 multicast ipv6
 multicast user-aggregation
 multicast-nat
 nat bind
 negotiation
 network-slice
 nhrp enable
 nhrp entry
 nhrp redirect
 nhrp registration
 nhrp shortcut
 npcc
 ntp manycast-client
 ntp-service manycast-client
 ospf bfd
 ospf cost
 ospf dr-priority
 ospf enable
 ospf frr
 ospf network-type
 ospf prefix-sid
 ospf smart-discover
 ospf source
 ospf timer
 ospfv3
 ospfv3 cost
 ospfv3 dr-priority
 ospfv3 frr
 ospfv3 network-type
 peer-link
 phy-number
 pim bsr-boundary
 pim dm
 pim ipsec
 pim ipv6
 pim silent
 pim sm
 pim-ipv6
  static-rp
 pip-source
 port default
 port hybrid
 port link-type
 port mux-vlan
 port trunk
 port vlan
 port vlan-mapping
 port vlan-stacking
 port-isolate
 port-master
 port-mirroring
 port-observing
 port-queue
 portswitch
 pos-trunk
 ppp authentication-mode
 ppp chap
 ppp mp
 ppp mp-global
 pppoe-server
 ptp enable
 ptp notslave
 ptp udp-egress
 ptp-adaptive atr
 pvc
  map
   pvc
 qinq
 qos drr
 qos hard-pipe
 qos lr
 qos queue
 qos-profile
 qppb-policy
 remote-backup-profile
 return
 rewrite
 rip authentication-mode
 rip bfd
 rip enable
 rip version
 ripng
 rmon history
 rmon statistics
 rmon-statistics
 set transfer-mode
 shutdown
  ip address
 smart
 smart-clock
 smart-link
 source
 split-horizon
 ssh client
 stamp
 static-route
 statistic
 storm
 stp binding
 stp bpdu
 stp disable
 stp edged-port
 stp enable
 stp instance
 stp process
 stp root-protection
 stp tc-snooping
 stp vlan
 stp vpls-subinterface
 te link-attribute-application
  delay
  link
 te metric
 timer
 track monitor-group
 traffic queue
 traffic-policy
 trap-threshold
 trunkport
 trust
 tunnel-protocol
 user-vlan
 ve-group
 vlan-type
 vni
 vrrp recover-delay
 vrrp vrid
 vrrp6 recover-delay
 vrrp6 vrid
 vxlan anycast-gateway
 vxlan multicast-group
 wavelength-channel
interface gigabitethernet
 access-type
 admin-vrrp
 authentication-method
 bas
 eth-trunk
 ip address
 ip binding
 isis enable
 isis link-quality
 link-quality
 port trunk
 ptp-adaptive atr
 quit
 remote-backup-profile
 shutdown
 user-vlan
 vlan-type
 vrrp recover-delay
 vrrp vrid
interface global-mp-group
 isis enable
interface ima-group
 mpls l2vc
 pvc
 shutdown
interface loopback
 ip address
 isis enable
 pim sm
interface loopback0
 ip address
 isis enable
interface loopback1
 binding
 ip address
 ip binding
 ipv6 address
 ipv6 enable
 isis ipv6
interface loopback2
 ip address
interface mp-group
 discriminator
 ip address
interface nve
 pip-source
 vni
interface serial
 fast-alarm-detect
 link-protocol
 mpls l2vc
 mpls l2vpn
interface serviceif
 ip address
 track monitor-location-group
interface tunnel
 destination
 ip address
 mpls te
 tunnel-protocol
interface virtual-template
 ppp authentication-mode
ioam
 action-type
 collector
 device-id
 enable
 namespace-id
 profile
  policy
   acl
   action-type
ip address
 isis enable
 pim sm
 ssh client
ip as-path-filter
ip community-filter
ip direct-routing-table
ip frr
ip host
ip import-rib
ip ip-prefix
ip ipv6-prefix
ip netstream
ip path
ip pool
 dhcp-server
 dns-list
 dns-server
 excluded-ip-address
 gateway
 gateway-list
 lease
 netbios-name-server
 network
 option
 remote-backup-profile
 section
 server
 vpn-instance
ip route-static
 arp-proxy
 interface
 ip address
 return
 shutdown
ip rpf-route-static
ip topology
ip vpn-instance
 apn-id-ipv6
 apply-label
  multicast ipv6
  mvpn
   c-multicast
   ipmsi-tunnel
    mldp
   rpt-spt
   sender-enable
  vpn-target
 bfd
 diffserv-mode
 explicit-path
  next
 ipv4-family
  apply-label
  arp vlink-direct-route
  auto-discovery
  evpn mpls
  export
  import
  multicast inband-signaling
  multicast mvpn
  multicast routing-enable
  multicast-domain
  mvpn
   auto-discovery
   c-multicast
   export
   import
   inter-area-segmented
   ipmsi-tunnel
    bier
    bier sub-domain
    mldp
    mpls te
     p2mp-template
    mpls-te
     p2mp-template
    vxlan static
   ipv6 underlay
   multicast extranet
   rpt-spt
   sender-enable
   spmsi-tunnel
    group
    holddown-time
    switch-delay
   spt-only
   src-dt4
   vpn-target
  route-distinguisher
  tnl-policy
  vpn
  vpn-target
 ipv6-family
  apply-label
  evpn mpls
  export
  import
  multicast ipv6
  mvpn
   auto-discovery
   c-multicast
   ipmsi-tunnel
    bier
    mldp
    mpls te
     p2mp-template
   ipv6 underlay
   rpt-spt
   sender-enable
   spmsi-tunnel
    group
    holddown-time
    switch-delay
   src-dt6
   vpn-target
  route-distinguisher
  tnl-policy
  vpn
  vpn-target
 mpls
  mpls rsvp-te
  mpls te
 mpls l2vpn
 mpls lsr-id
 multicast ipv6
 multicast routing-enable
 mvpn
  auto-discovery
  c-multicast
  ipmsi-tunnel
   mldp
  rpt-spt
  sender-enable
 route-distinguisher
 tnl-policy
 vpn-id
 vpn-target
 vxlan vni
ipsec policy
 ike-peer
 local-address
 proposal
 security
ipsec policy-template
 ike-peer
 proposal
 security
ipsec proposal
 ah
 encapsulation-mode
 esp
 transform
ipsec sa
 proposal
 sa
ipv4-family
 peer
 policy
ipv4-family unicast
 import-route
 l2vpn-family
  peer
 network
 peer
 synchronization
ipv4-family vpn-instance
 import-route
ipv6
ipv6 address
ipv6 enable
 segment-routing ipv6
ipv6 frr
ipv6 host
ipv6 netstream
ipv6 pool
 dhcpv6-server
 dns-server
 option-s46
 prefix
ipv6 prefix
 link-address
 lock
 map
 map-rule
 pd-unshare-only
 prefix
 slaac-unshare-only
ipv6 route-static
 return
ipv6 rpf-route-static
ipv6 topology
isis
 advertise
 avoid-microloop
 bfd
 bgp-ls
 bier enable
 cost-style
 flex-algo
 frr
  loop-free-alternate
  ti-lfa
 graceful-restart
 import-route
 interface
 ip address
 ipv6 address
 ipv6 advertise
 ipv6 avoid-microloop
 ipv6 bfd
 ipv6 enable
 ipv6 frr
  loop-free-alternate
  ti-lfa
 ipv6 import-route
 ipv6 metric-delay
 ipv6 preference
 ipv6 topology
 ipv6 traffic-eng
 is-level
 isis enable
 mpls ldp
 multi-instance
 network-entity
 segment-routing global-block
 segment-routing ipv6
 segment-routing mpls
 shutdown
 summary
 timer
 topology
 traffic-eng level-1
 traffic-eng level-1-2
 traffic-eng level-2
keychain
 key-id
  algorithm
  default
  key-string
  receive-time
  send-time
 receive-tolerance
 tcp-algorithm-id
 tcp-kind
l2-multicast instance
 import-channel
 multicast-instance
 user-instance
l2protocol-tunnel
l2tp
l2tp-group
 allow
 qos scheduling-mode
 start
 tunnel authentication
 tunnel name
 tunnel password
 tunnel source
 tunnel timer
l2tpv3 enable
l2tpv3 pw
 destination
 l2tpv3 local
 l2tpv3 remote
 source
l2vpn-ad-family
 peer
 policy
l2vpn-family
 peer
lacp e-trunk
lacp priority
layer3-subscriber
license
 active
link-address
link-protocol
lldp enable
lldp management-address
lldp transmit
lldp trap-interval
lns-group
 bind
load-balance ecmp
load-balance packet
local-aaa-server
 user
loop-detection
lost-measure
ma
 map
 mep
 remote-mep
mac-security-profile
 macsec
 mka
mandatory-chap
map
 rule-prefix
map-e
 br-ipv6-address
 map-rule
map-t
 dmr-prefix
 map-rule
mld
 ssm-mapping
mld snooping
mld-snooping enable
mldp-p2mp-tunnel
monitor-group
 binding
 monitor
 trigger-up-delay
monitor-link
 port
 port eth-trunk
 timer
monitor-location-group
 service-location
mpls
 label
 lsp-trigger
 mpls bfd
 mpls bfd-trigger
 mpls bfd-trigger-tunnel
 mpls ldp
 mpls mldp
 mpls oam
 mpls rsvp-te
 mpls te
mpls l2vc
mpls l2vpn
 bidirectional
  backward
  forward
 ce
  connection
 mpls l2vpn
 route-distinguisher
 vpls
 vpn-target
mpls ldp
 graceful-restart
 ipv4-family
  auto-frr
  mldp
 lsr-id
 mldp
 mpls ldp
 remote-ip
 session
mpls lsr-id
 mpls
  lsp-trigger
  mpls te
 mpls l2vpn
mpls oam
mpls switch-l2vc
mpls te
 bandwidth
 bfd
 bypass-attributes
 destination
  path
 fast-reroute
 record-route
mpls-oam
 mpls oam
mpls-tp
 cc
 me
msdp
 originating-rp
 peer
 static-rpf-peer
multicast bas-policy
 policy
  channel
   group
  unspecified-channel
multicast extranet
multicast ipv6
 c-multicast
 ipmsi-to-spmsi
 ipmsi-tunnel
  bier
  bier sub-domain
 ipv6 underlay
 rpt-spt
 sender-enable
 spmsi-tunnel
  group
  holddown-time
  switch-delay
 src-dt6
multicast load-splitting
multicast mvpn
multicast routing-enable
 qos-profile
  user-queue
multicast vpn-public
 c-multicast
 ipmsi-to-spmsi
 ipmsi-tunnel
  bier
  bier sub-domain
 ipv6 underlay
 multicast extranet
 rpt-spt
 sender-enable
 spmsi-tunnel
  group
  holddown-time
  switch-delay
 src-dt4
multicast-nat
 multicast-nat
multicastbandwidth
 multicast-list
nat instance
 nat address-group
  section
 nat alg
 nat allow-access
 nat bind
 nat filter
 nat outbound
 nat server
 nat server-mode
 port-range
 redirect
 section
 service-instance-group
nat ip-pool
 nat alarm
 nat-instance
 section
nat static-mapping
 global-pool
  section
 inside-pool
  section
 static-mapping
nat64
 nat64
  section
 service-instance-group
network
network-entity
network-slice
 color
 description
nhrp enable
nqa group
 nqa test-instance
 operator
nqa ipfpm
 authentication-mode
 color-flag
 dcp
 instance
  dcp
  delay-measure
  description
  flow
  loss-measure
  tlp
 mcp
 protocol
nqa reflector
nqa server
nqa stamp
nqa test-flow
 bandwidth
 cir
 color-mode
 sac
 traffic-policing
 traffic-type
 udp
 vlan
nqa test-instance
 datasize
 destination-address
 destination-port
 dns-server
 duration
 forwarding-simulation
 frequency
 interval
 jitter-codec
 measure
 probe-count
 rate
 start
 test-flow
 test-type
 timeout
 ttl
nqa twamp
 reflector
 server
  tcp
nqa twamp-light
 client
  test-session
 responder
  test-session
 sender
  test
nqa-jitter
nqa-server
ntp authentication
ntp authentication-keyid
ntp refclock-master
ntp server
ntp trusted
ntp unicast-server
ntp-service authentication
ntp-service authentication-keyid
ntp-service refclock-master
ntp-service reliable
ntp-service server
ntp-service sync-interval
ntp-service unicast-server
oam
 attribute
 cc
oam-mgr
 oam-bind
observe-port
ops
 assistant
  condition
  execute
ospf
 advertise
 area
  authentication-mode
  filter
  mpls-te enable
  network
   network
  nexthop
  nssa
  sham-link
  stub
  vlink-peer
 bfd
 cfm md
  ma
   ais
   loss-measure
   map
   mep
   remote-mep
   test-id
 default
 description
 domain-id
 enable
 filter-policy
 flex-algo
 frr
  loop-free-alternate
  ti-lfa
 graceful-restart
 import-route
 lsa-arrival-interval
 lsa-originate-interval
 ma
  delay-measure
  loss-measure
  map
  mep
  remote-mep
  test-id
 maximum
 network
 nexthop
 opaque-capability
  area
  mpls-te enable
  network
 preference
 return
 router-id
 segment-routing global-block
 segment-routing mpls
 spf-schedule-interval
 static-lsp
 stub-router
 vpn-instance-capability
ospf valid-ttl-hops
ospfv3
 area
  nssa
 authentication-mode
 bfd
 filter-policy
 frr
  loop-free-alternate
 import-route
 ipsec sa
 network
 router-id
 segment-routing ipv6
 vpn-instance-capability
packet
 capture
  aging-time
 collector
 export
path-constraint
 attribute
pce-client
 capability
 connect-server
peer-address
peer-backup
 return
peer-public-key
pim
 anycast-rp
  local-address
  peer
 bsr-policy
 c-bsr
 c-rp
 ipsec unicast-message
 rpf
 rpf-frr
 source-policy
 ssm-policy
 static-rp
 traffic select
pim ipv6
 anycast-rp
  local-address
  peer
 c-bsr
 c-rp
 ssm-policy
 static-rp
pim vpn-instance
 c-bsr
 c-rp
 source-lifetime
 static-rp
pim-ipv6
 anycast-rp
  local-address
  peer
 bsr-policy
 c-bsr
 c-rp
 source-lifetime
 source-policy
 ssm-policy
 static-rp
pki domain
 pki cmp
  cmp
pki entity
 common-name
 country
 email
 fqdn
 ip-address
 organization
 organization-unit
 state
pki import-certificate
 pki-domain
 ssl
pki realm
pm
 pm-server
  path
  protocol
  retry
  username
 statistics
port default
port link-type
port trunk
port-group
 group-member
port-wred
 color
portswitch
ppp authentication-mode
prefix
prepaid-profile
 accounting-scheme
 authentication-scheme
 password
 quota-out
 radius-server group
 threshold
ptp clock-source
ptp device-type
ptp domain
ptp enable
ptp passive-measure
ptp profile
ptp-adaptive acr
ptp-adaptive atr
ptp-adaptive device-type
ptp-adaptive domain
ptp-adaptive dscp
ptp-adaptive enable
ptp-adaptive local-ip
ptp-adaptive remote-server1-ip
ptp-adaptive time
public-key-code
pvc
 map
pw-aps
 remote-aps
 role
pw-template
 atm-pack-overtime
 bfd-detect
 control-word
 idle-code
 jitter-buffer
 peer-address
 tdm-encapsulation-number
 tnl-policy
qos buffer
qos car
qos-profile
 car
 user-queue
qppb
 qos-local-id
radius
radius-attribute
radius-server accounting
radius-server authentication
radius-server authorization
radius-server group
 radius-attribute
 radius-server accounting
 radius-server attribute
 radius-server authentication
 radius-server calling-station-id
 radius-server class-as-car
 radius-server retransmit
 radius-server shared-key
 radius-server shared-key-cipher
 radius-server source
 radius-server traffic-unit
 radius-server type
 radius-server user-name
radius-server shared-key-cipher
radius-server template
 radius-server accounting
 radius-server authentication
 radius-server shared-key
radius-server type
rail-group
 group-member
receive-tolerance
 key-id
  algorithm
  default
  key-string
  receive-time
  send-time
region-name
remote-backup-profile
 acct-session-id
 backup-id
 e-trunk
 ip-pool
 nas
 peer-backup
 rui-slave
 service-type
 traffic backup
 vrrp vrid
 vrrp-id
 vrrp6-id
remote-backup-service
 batch-backup
 bind
 ip-pool
 ipv6-pool
 l2tp-tunnel
 peer
 peer-ipv6
 protect
 radius-authorization
 track interface
 track monitor-group
remote-ip
return
rip
 bfd
 default-cost
 filter-policy
 import-route
 network
 summary
 version
ripng
 import-route
 ipsec sa
rmon alarm
rmon event
route
route-distinguisher
 apply-label
 vpn-target
route-policy
 apply
 if-match
router
 bfd
rsa
 peer-public-key
 public-key-code
  ssh-rsa
sbfd
 destination
 reflector
section
segment
 classifier
 rule
segment-policy
segment-routing
 ipv4 adjacency
 on-demand
  candidate-path
  constraint-template
  dynamic-computation-seq
 segment-list
  index
 sr-te
  binding-sid
  candidate-path
   segment-list
  diffserv-mode
  mtu
 sr-te-policy
  color
  endpoint
 tunnel-prefer
segment-routing ipv6
 compress-16
 encapsulation
 locator
  opcode
   backup-opcode
   bypass
   cache
   encapsulation
   inner-type
 locator-bfd
 mapping-policy
  match-type
   default
   index
   ipv4 default
 opcode
 proxy
 segment-list
  index
 smart-policy-route
  spr-policy
   cmi
   delay
   jitter
   loss
   srv6-te-policy
 srv6-te
  bfd
  binding-sid
  candidate-path
   network-slice
   segment-list
  encapsulation-mode
  endpoint
  ifit
  igp
  isis ipv6
  match-type
   default
   index
 srv6-te-policy
segment-routing policy
 max-cumulation
 metric-type
service-group
service-ha
service-instance-group
 remote-backup-service
 service-location
service-location
 location
 remote-backup
 vrrp vrid
service-policy
 accounting-scheme
 authentication-scheme
 prepaid-profile
 radius-server group
 rate-limit
 service-group
set flexe
sftp server
shutdown
 ip address
 isis enable
 mpls
 mpls ldp
 pim sm
 port link-type
slot
 idle-code-e1
 ip netstream
 ipv6 netstream
 multicast bas-policy
 sysname
sm2
smart-link
 flush
 port
 restore
 smart-link
 timer
snetconf
snmp-agent
snmp-agent community
snmp-agent group
snmp-agent local-engineid
snmp-agent mib-view
snmp-agent password
snmp-agent protocol
snmp-agent proxy
snmp-agent remote-engineid
snmp-agent sys-info
snmp-agent target-host
snmp-agent trap
snmp-agent usm-user
ssh authorization-type
ssh client
ssh ipv6
ssh server
ssh server-source
ssh user
ssl
 pki-domain
static-cr-lsp
static-rp
static-user
stelnet server
stp bpdu-protection
stp bridge-address
stp enable
stp instance
stp mode
stp pathcost-standard
stp process
 stp enable
 stp instance
 stp link-share-protection
 stp pathcost-standard
 stp region-configuration
  instance
  region-name
stp region-configuration
 instance
 region-name
stp v-stp
stp vlan
sysname
 bfd
 ip netstream
 stp enable
 stp instance
 stp mode
 stp pathcost-standard
 vlan batch
system resource
tcp
 binding
 key-id
  send-id
tcp-algorithm-id
tcp-kind
te attribute
te ipv6-router-id
telemetry
 destination-group
  ipv4-address
  ipv6-address
 sensor-group
  sensor-path
   filter
    op-field
 subscription
  destination-group
  sensor-group
telnet server
telnet server-source
traffic behavior
 car
 deny
 ds-lite
 http-redirect
 https-redirect
 multicast-nat
 nat bind
 nat64
 permit
 redirect
 remark
 service-class
 statistics
 tariff-level
 traffic-analysis
 traffic-policy
 traffic-statistic
 vlan-mapping
traffic classifier
 if-match
traffic policy
 classifier
 share-mode
 statistic
 statistics
traffic-analysis
traffic-policy
traffic-segment
 segment-member
tunnel name
tunnel password
tunnel-policy
 mpls-tp
  cc
  me
 tunnel binding
 tunnel select-seq
tunnel-selector
 apply
user
user-bind
user-group
user-group-queue
 shaping
user-interface con
 authentication-mode
user-interface maximum-vty
user-interface vty
 acl
 authentication-mode
 history-command
 idle-timeout
 protocol
 screen-length
 user
using
value-added-service
 accounting-scheme
 accounting-service-policy
 accounting-together
 rate-limit-mode
 tariff-level
 traffic-separate
 user-group
vlan
 access-vlan
 aggregate-vlan
 dhcp snooping
 igmp snooping
 igmp-snooping enable
 ipv4 source
 mld snooping
 mux-vlan
 subordinate
 trunk
 unknown-multicast
vlan batch
vlan instance
 instance
vlan-type
vrrp recover-delay
vrrp vrid
 admin-vrrp
 vrrp vrid
vsi
 admin-vsi
 bgp-ad
  vpls-id
  vpn-target
 e-tree
  root-vlan
 encapsulation
 explicit-path
  next
 igmp-snooping enable
 igmp-snooping proxy
 igmp-snooping querier
 igmp-snooping static-router-port
 igmp-snooping version
 ignore-ac-state
 inclusive-provider-tunnel
  leaf
   primary-root
  root
   bfd
   data-switch
   mldp
    root-ip
   mpls-te
    p2mp
 interface-status-change
 l2-multicast backup-query
 l2-multicast backup-report
 l2-multicast limit
 loop-detect
 mac-withdraw
 mld-snooping enable
 pbb
 pwsignal
  broadcast-suppression
  hard-pipe
  interface-status-change
  l2-multicast limit
  mac-withdraw
  multicast-suppression
  npe-upe
  peer
   esi
   loop-detect
   stp cost
   stp enable
  protect-group
   peer
   protect-mode
   reroute
  route-distinguisher
  site
   best-site
   site-id
  site-range
  unknown-unicast-suppression
  upe-npe
  vpn-target
  vsi-id
 suppression
 tnl-policy
vsi btv
 igmp-snooping enable
 igmp-snooping proxy
 pwsignal
  peer
  vsi-id
vsi cpe
 pwsignal
  peer
  vsi-id
vsi e1
 pwsignal
  peer
  route-distinguisher
  site
  vpn-target
  vsi-id
vsi evc-vsi
 pwsignal
  peer
  vsi-id
vsi s1
 pwsignal
  peer
  vsi-id
 track admin-vsi
vsi v1
 pwsignal
  peer
  route-distinguisher
  site
  vpn-target
  vsi-id
vsm
vxlan vni
web-auth-server
 traffic-policy
 web-auth-server
xpl
 apply
 else
  approve
  refuse
 elseif
  approve
 end-filter
 end-list
 endif
 if
  approve
  call
"""


def register(m: dict[str, Mode]) -> None:
    load_tree(m, TREE, ATTACH_VRP)
