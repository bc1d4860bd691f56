"""Known Junos statement paths (see `schema` for the notation)."""

GRAMMAR = r"""
version *
system
  host-name *
  domain-name *
  domain-search *
  time-zone *
  location ...
  backup-router * ...
  default-address-selection
  no-redirects
  no-redirects-ipv6
  no-ping-record-route
  no-ping-time-stamp
  no-multicast-echo
  internet-options ...
  ports console|auxiliary ...
  arp ...
  auto-snapshot
  commit synchronize|persist-groups-inheritance|delta-export|fast-synchronize
  commit server ...
  management-instance
  dump-on-panic
  max-configurations-on-flash *
  max-configuration-rollbacks *
  compress-configuration-files
  processes ...
  name-server *
    routing-instance *
    source-address *
  name-resolution ...
  static-host-mapping *
    inet|inet6|alias|sysid *
  authentication-order *
  root-authentication
    encrypted-password *
    plain-text-password
    ssh-rsa|ssh-ecdsa|ssh-ed25519|ssh-dsa *
      from *
  login
    message *
    announcement *
    retry-options ...
    idle-timeout *
    password ...
    deny-sources ...
    class *
      permissions *
      allow-commands *
      deny-commands *
      allow-configuration *
      deny-configuration *
      allow-configuration-regexps *
      allow-commands-regexps *
      deny-commands-regexps *
      access-start|access-end *
      allowed-days *
      configuration-breadcrumbs
      allow-sources|deny-sources *
      deny-configuration-regexps *
      idle-timeout *
      login-alarms
      login-tip
      logical-system *
      security-role *
      no-hidden-commands
      allow-hidden-commands
      cli prompt *
    user *
      uid *
      class *
      full-name *
      cli prompt *
      authentication
        encrypted-password *
        plain-text-password
        ssh-rsa|ssh-ecdsa|ssh-ed25519|ssh-dsa *
          from *
  services
    ssh
      root-login *
      protocol-version *
      connection-limit|rate-limit|max-sessions-per-connection|client-alive-count-max|client-alive-interval|port *
      ciphers|macs|key-exchange|hostkey-algorithm *
      no-tcp-forwarding
      allow-tcp-forwarding
      access-disable-external
      no-challenge-response
      no-password-authentication
      no-public-keys
      no-passwords
      tcp-forwarding
      no-passwords
      sftp-server
      authentication-order *
      log-key-changes
      fingerprint-hash *
    telnet
      connection-limit|rate-limit|port *
      authentication-order *
    ftp
      connection-limit|rate-limit|port *
    finger
      connection-limit|rate-limit *
    tftp-server ...
    xnm-clear-text
      connection-limit|rate-limit *
    xnm-ssl
      local-certificate|connection-limit|rate-limit *
    netconf
      ssh
        port|connection-limit|rate-limit *
      rfc-compliant
      yang-compliant
      notification ...
      traceoptions ...
    rest
      http
        port|addresses *
      https
        port|addresses|server-certificate|tls-version|cipher-list *
      control
        allowed-sources *
        connection-limit *
      enable-explorer
    web-management
      http
        port|interface *
      https
        port|interface|local-certificate|pki-local-certificate|system-generated-certificate *
        system-generated-certificate
      management-url *
      session ...
      limits ...
    extension-service
      request-response
        grpc
          clear-text
            port|address *
          ssl
            port|address|local-certificate|hot-reloading|mutual-authentication ...
          max-connections *
          skip-authentication
          routing-instance *
      notification ...
      traceoptions ...
    dhcp ...
    dhcp-local-server ...
    dns ...
    flow-tap-dtcp
      ssh
        connection-limit|rate-limit *
    service-deployment ...
    outbound-ssh
      client *
        device-id *
        secret *
        services *
        *
          port *
          retry|timeout *
  syslog
    archive ...
    user *
      * *
      match *
    host *
      * *
      port *
      facility-override *
      log-prefix *
      source-address *
      routing-instance *
      match *
      structured-data
        brief
      explicit-priority
      transport *
    file *
      * *
      archive ...
      match *
      structured-data
      explicit-priority
    console
      * *
    source-address *
    routing-instance *
    time-format ...
    log-rotate-frequency *
  tacplus-server *
    secret *
    port|timeout|source-address|routing-instance *
    single-connection
  radius-server *
    secret *
    port|accounting-port|timeout|retry|source-address|routing-instance|max-outstanding-requests *
  tacplus-options ...
  radius-options ...
  accounting
    events *
    enhanced-avs-max *
    destination
      tacplus
        server *
          secret *
          port|timeout|source-address *
          single-connection
      radius
        server *
          secret *
          port|accounting-port|timeout|retry|source-address *
  ntp
    server *
      key|version|routing-instance *
      prefer
      nts
    peer *
      key|version *
      prefer
    boot-server *
    broadcast *
      key|version|ttl|routing-instance-name *
    interval-range *
    restrict *
      mask *
      noquery
    authentication-key *
      type|value *
    trusted-key *
    source-address *
      routing-instance *
    broadcast-client
    multicast-client ...
    threshold ...
  archival
    configuration
      transfer-on-commit
      transfer-interval *
      archive-sites *
        password *
      routing-instance *
  scripts
    op
      file *
        source|description|arguments|command|checksum ...
      allow-url-for-python
      refresh
      traceoptions ...
    commit
      file *
        source|checksum ...
        optional
      allow-transients
      traceoptions ...
    event
      file *
        source|checksum ...
    language *
    synchronize
  license ...
  configuration-database ...
  extensions ...
  fips ...
  ddos-protection ...
  master-password ...
  tracing
    destination-override
      syslog
        host *
  proxy ...
  phone-home ...
chassis
  aggregated-devices
    ethernet
      device-count *
    sonet ...
  fpc *
    pic *
      tunnel-services
        bandwidth *
      number-of-ports *
      port * ...
      port-mirror-instance *
      sampling-instance *
      max-queues-per-interface *
      pic-mode *
    sampling-instance *
    port-mirror-instance *
    inline-services ...
  redundancy ...
  network-services *
  alarm ...
  cluster ...
  routing-engine ...
  craft-lockout
  config-button ...
  dump-on-panic
  tfeb ...
  fabric ...
  auto-image-upgrade
interfaces
  interface-range *
    member *
    member-range * to *
    &ifbody
  traceoptions ...
  *
    &ifbody
@ifbody
  description *
  disable
  mtu *
  vlan-tagging
  flexible-vlan-tagging
  stacked-vlan-tagging
  native-vlan-id *
  encapsulation *
  speed *
  link-mode *
  mac *
  no-traps
  traps
  per-unit-scheduler
  hierarchical-scheduler ...
  hold-time up|down *
  hold-time up * down *
  gigether-options ...
  enable
  ether-options ...
  aggregated-ether-options ...
  fastether-options ...
  optics-options ...
  sonet-options ...
  serial-options ...
  esi ...
  redundant-ether-options ...
  auto-negotiation
  no-auto-negotiation
  damping ...
  tunnel-services
  tunnel ...
  unit *
    description *
    disable
    vlan-id *
    vlan-id-list *
    vlan-tags outer|inner *
    vlan-tags outer * inner *
    input-vlan-map ...
    output-vlan-map ...
    input-vlan-map
    output-vlan-map
    encapsulation *
    point-to-point
    mtu *
    bandwidth *
    no-traps
    traps
    proxy-arp ...
    peer-unit *
    tunnel
      source|destination|routing-instance|ttl|key *
      encapsulation gre|udp|vxlan-gpe|ipip
      encapsulation gre|udp|vxlan-gpe|ipip source|destination address *
      routing-instance
        destination *
      allow-fragmentation
      do-not-fragment
      path-mtu-discovery
    family inet|inet6|iso|mpls|ethernet-switching|bridge|inet-vpn|ccc|vpls|any|tcc
      address *
        primary
        preferred
        virtual-gateway-address *
        virtual-link-local-address *
        broadcast *
        destination *
        arp * ...
        vrrp-group|vrrp-inet6-group *
          virtual-address|virtual-inet6-address|priority|advertise-interval|fast-interval|authentication-type|authentication-key *
          accept-data
          preempt
          no-preempt
          no-accept-data
          track ...
        ndp * ...
      unnumbered-address *
        preferred-source-address *
      description *
      destination-udp-port *
      dhcpv6-client
        client-type|client-ia-type|vendor-id|update-server|req-option|prefix-delegating|rapid-commit ...
        client-identifier duid-type *
      vlan-id *
      vlan-id-list *
      storm-control *
      recovery-timeout *
      mtu *
      no-redirects
      filter
        input|output *
        input-list|output-list *
        group *
      sampling
        input
        output
      rpf-check ...
      policer ...
      dhcp ...
      dhcp-client ...
      targeted-broadcast ...
      service ...
      primary
      interface-mode *
      port-mode *
      vlan
        members *
      native-vlan-id *
      dad-disable
      accounting ...
    dial-options ...
routing-options
  &ro
routing-instances
  *
    instance-type *
    description *
    interface *
      protect-interface|any ...
    route-distinguisher *
    vrf-target *
      import|export *
    vrf-target import|export *
    vrf-import *
    vrf-export *
    vrf-table-label
      source-class-usage
    no-vrf-advertise
    no-vrf-propagate-ttl
    vtep-source-interface *
    l2vpn-id *
    routing-options
      &ro
    protocols
      &protocols
    forwarding-options ...
    bridge-domains
      &bd
    vlans
      &vlan
    switch-options
      &swopt
    system ...
    services ...
    multicast-snooping-options ...
    provider-tunnel ...
    snmp ...
    access ...
@ro
  autonomous-system *
    loops|asdot-notation|independent-domain ...
    asdot-notation
    independent-domain ...
  router-id *
  route-distinguisher-id *
  static
    &static
  rib *
    static
      &static
    aggregate ...
    generate ...
    martians ...
    multipath ...
    policy-multipath ...
    import-policy *
    maximum-paths ...
    maximum-prefixes ...
  aggregate
    defaults ...
    route *
      ...
  generate
    defaults ...
    route *
      ...
  martians ...
  interface-routes
    rib-group ...
    family inet|inet6
      export
        point-to-point
        lan
  rib-groups *
    import-rib *
    export-rib *
    import-policy *
  forwarding-table
    export *
    ecmp-fast-reroute
    no-ecmp-fast-reroute
    chained-composite-next-hop ...
    traceoptions ...
    indirect-next-hop
    unicast-reverse-path ...
  graceful-restart ...
  nonstop-routing
  multipath ...
  resolution
    rib *
      resolution-ribs *
      import *
      inet-resolution-ribs|inet6-resolution-ribs *
    preserve-nexthop-hierarchy
  validation
    group *
      max-sessions *
      session *
        refresh-time|hold-time|port|local-address|preference|record-lifetime|routing-instance ...
    notification-rib *
    static ...
    traceoptions ...
  bmp
    station *
      local-port|station-port|priority|station-address|connection-mode|route-monitoring|initiation-message|monitor|statistics-timeout|hold-down|local-address|routing-instance ...
      route-monitoring ...
    ...
  srlg *
    srlg-value|srlg-cost ...
  dynamic-tunnels ...
  auto-export ...
  instance-import *
  instance-export *
  ppm ...
  options ...
  traceoptions ...
  protect ...
  flow ...
  confederation ...
  source-routing ...
  maximum-paths ...
  maximum-prefixes ...
  med-igp-update-interval *
  transport-class ...
  fate-sharing ...
@static
  defaults
    preference|metric|tag|as-path|community|no-readvertise|readvertise|resolve|no-resolve|retain|no-retain|install|no-install|active|passive ...
  route *
    next-hop *
    qualified-next-hop *
      preference|metric|interface|tag ...
    discard
    reject
    receive
    next-table *
    preference|metric|tag|tag2|as-path|community|color|lsp-next-hop|static-lsp-next-hop|bfd-liveness-detection ...
    no-readvertise
    readvertise
    resolve
    no-resolve
    retain
    no-retain
    install
    no-install
    active
    passive
    no-fate-sharing
protocols
  &protocols
@protocols
  bgp
    &bgp
    group *
      &bgp
      neighbor *
        &bgp
  ospf|ospf3
    &ospf
    realm ipv6-unicast|ipv4-unicast|ipv4-multicast|ipv6-multicast
      &ospf
  isis
    interface *
      level *
        disable|metric|te-metric|passive|priority|hello-interval|hold-time|ipv4-unicast-metric|ipv6-unicast-metric|hello-authentication-key|hello-authentication-type|post-convergence-lfa ...
      passive ...
      point-to-point
      disable
      family ...
      bfd-liveness-detection ...
      node-link-protection
      link-protection
      hello-padding ...
      lsp-interval|csnp-interval|mesh-group|ldp-synchronization ...
    level *
      disable|wide-metrics-only|authentication-key|authentication-type|preference|external-preference|prefix-export-limit|no-csnp-authentication|no-hello-authentication|no-psnp-authentication ...
    export *
    import *
    reference-bandwidth *
    overload ...
    overload
    no-ipv6-routing
    no-ipv4-routing
    ignore-attached-bit
    topologies ...
    traceoptions ...
    lsp-lifetime *
    spf-options ...
    source-packet-routing ...
    backup-spf-options ...
    graceful-restart ...
    rib-group ...
    traffic-engineering ...
    disable
    level|interface ...
  mpls
    interface *
      disable
      admin-group *
      srlg *
    label-switched-path *
      to|from|install|no-install-to-address|primary|secondary|metric|bandwidth|priority|preference|no-cspf|adaptive|ldp-tunneling|admin-group|auto-bandwidth|fast-reroute|link-protection|node-link-protection|optimize-timer|retry-timer|description|disable|standby|least-fill|most-fill|random|p2mp|lsp-attributes|record|no-record|hop-limit|no-decrement-ttl|soft-preemption|in-place-lsp-bandwidth-update|self-ping-duration|no-self-ping|conditional-metric|optimize-hold-dead-delay|cross-credibility-cspf|revert-timer|policing ...
    path *
      *
        strict
        loose
    admin-groups *
      *
    statistics ...
    traceoptions ...
    optimize-adaptive-teardown ...
    ipv6-tunneling
    icmp-tunneling
    no-propagate-ttl
    no-decrement-ttl
    explicit-null
    label-range ...
    smart-optimize-timer *
    optimize-timer *
    priority ...
    log-updown ...
    auto-bandwidth ...
    expand-loose-hop
    admin-group ...
    diffserv-te ...
    static-label-switched-path ...
    label-history
    log-lsp-history
    optimize-aggressive
    path-mtu ...
    preference *
    record
    traffic-engineering ...
    advertise-hold-time *
  rsvp
    interface *
      disable|bandwidth|link-protection|authentication-key|aggregate|no-aggregate|hello-interval|subscription|update-threshold ...
    ...
  ldp
    interface *
      disable ...
    ...
  lldp
    interface *
      disable
    disable
    port-id-subtype ...
    port-description-type ...
    management-address ...
    advertisement-interval|hold-multiplier|transmit-delay|lldp-configuration-notification-interval|neighbour-port-info-display ...
    traceoptions ...
  lldp-med ...
  evpn
    encapsulation *
    extended-vni-list *
    vni-options
      vni *
        vrf-target *
          export|import *
        vrf-target export|import *
    default-gateway *
    multicast-mode *
    ip-prefix-routes
      advertise *
      encapsulation *
      vni *
      export *
      import *
      route-attributes ...
    irb-symmetric-routing
      vni *
    no-core-isolation
    duplicate-mac-detection ...
    remote-ip-host-routes ...
    interface *
    mac-ip-table-size ...
    designated-forwarder-election-hold-time ...
    extended-vlan-list *
    traceoptions ...
  igmp-snooping
    vlan *
      interface * ...
      immediate-leave
      proxy ...
      query-interval|robust-count ...
    ...
  mld-snooping ...
  router-advertisement
    interface *
      prefix *
        on-link|no-onlink|autonomous|no-autonomous|valid-lifetime|preferred-lifetime ...
      max-advertisement-interval|min-advertisement-interval|managed-configuration|other-stateful-configuration|default-lifetime|hop-limit|link-mtu|reachable-time|retransmit-timer|no-managed-configuration|no-other-stateful-configuration|current-hop-limit|virtual-router-only ...
  rstp|mstp|vstp|stp
    interface *
      mode|cost|priority|edge|no-root-port|disable|bpdu-timeout-action ...
      edge
      no-root-port
    vlan *
      interface * ...
      bridge-priority|hello-time|max-age|forward-delay ...
      interface *
        mode|cost|priority|edge ...
    bridge-priority|hello-time|max-age|forward-delay|bpdu-block-on-edge|disable|configuration-name|revision-level|max-hops|system-identifier|extended-system-id|force-version ...
    msti ...
    bpdu-block-on-edge
    disable
  pim ...
  igmp ...
  mld ...
  msdp ...
  bfd ...
  rip|ripng ...
  vrrp ...
  l2circuit ...
  l2vpn ...
  vpls ...
  pcep ...
  source-packet-routing ...
  sflow
    agent-id|source-ip|polling-interval|sample-rate|adaptive-sample-rate ...
    collector *
      udp-port ...
    interfaces *
      polling-interval|sample-rate ...
    sample-rate ...
  connections ...
  dcbx ...
  layer2-control ...
  ethernet-switching ...
  oam ...
  ppp ...
  protection-group ...
  neighbor-discovery ...
  mvpn ...
  amt ...
  uplink-failure-detection ...
  bgp-ls ...
@bgp
  type *
  peer-as *
  local-as *
    private|loops|alias|no-prepend-global-as ...
  local-address *
  local-preference *
  description *
  import *
  export *
  authentication-key *
  authentication-algorithm|authentication-key-chain *
  cluster *
  multihop
    ttl *
    no-nexthop-change
  multihop ttl *
  multipath
    multiple-as
  multipath multiple-as
  hold-time *
  passive
  shutdown
  log-updown
  remove-private ...
  as-override
  advertise-peer-as
  advertise-inactive
  advertise-external ...
  no-advertise-peer-as
  allow *
  damping
  mtu-discovery
  metric-out *
    igp|minimum-igp ...
  preference *
  bfd-liveness-detection ...
  graceful-restart ...
  keep *
  out-delay *
  path-selection *
  path-selection
    always-compare-med
    cisco-non-deterministic
    external-router-id
    med-plus-igp ...
    as-path-ignore
    l2vpn-use-bgp-rules
  forwarding-context *
  neighbor-description *
  traceoptions ...
  tcp-mss *
  accept-remote-nexthop
  vpn-apply-export
  precision-timers
  drop-path-attributes *
  output-queue-priority ...
  bgp-error-tolerance ...
  peer-as-list ...
  egress-te ...
  enforce-first-as
  advertise-from-main-vpn-tables
  bmp ...
  ipsec-sa *
  local-interface *
  unconfigured-peer-graceful-restart ...
  rib-group ...
  disable
  family *
    *
      prefix-limit ...
      accepted-prefix-limit ...
      add-path ...
      loops *
      rib-group *
      extended-nexthop
      extended-nexthop-color
      extended-nexthop-tunnel
      withdraw-priority ...
      topology ...
      nexthop-resolution ...
      damping
      resolve-vpn
      output-queue-priority ...
      aigp ...
      signaling ...
      route-refresh-priority ...
      protection
      graceful-restart ...
      delay-route-advertisements ...
      rib ...
      local-ipv4-address *
      template ...
      no-install
      legacy-redirect-ip-action ...
  allow ...
@ospf
  area *
    interface *
      passive ...
      passive
      metric|te-metric|priority|hello-interval|dead-interval|retransmit-interval|transit-delay|interface-type|ldp-synchronization|poll-interval|flood-reduction|ipsec-sa|demand-circuit|node-link-protection|link-protection|no-interface-state-traps|neighbor|topology|post-convergence-lfa|strict-bfd|lsa-filter|secondary|dynamic-neighbors|mtu ...
      authentication
        md5 *
          key *
          start-time *
        simple-password *
        keychain ...
      bfd-liveness-detection ...
      disable
      no-neighbor-down-notification
      no-advertise-adjacency-segment
    stub ...
    stub
      no-summaries
      default-metric *
      default-metric * no-summaries
    nssa ...
    nssa
      no-summaries
      default-lsa ...
      summaries
      area-range ...
    area-range *
      restrict
      exact
      override-metric *
      override-metric * restrict
    network-summary-export *
    network-summary-import *
    inter-area-prefix-export *
    inter-area-prefix-import *
    authentication-type *
    virtual-link ...
    label-switched-path ...
    no-context-identifier-advertisement
    context-identifier ...
  export *
  import *
  reference-bandwidth *
  overload ...
  overload
  rib-group ...
  traceoptions ...
  spf-options ...
  traffic-engineering ...
  external-preference|preference|prefix-export-limit|domain-id|domain-vpn-tag|route-type-community|no-rfc-1583|sham-link|sham-link-remote|graceful-restart|no-nssa-abr|disable|backup-spf-options|source-packet-routing|database-protection|lsa-refresh-interval|topology|intra-area-prefix-export ...
  no-rfc-1583
  disable
  enable
bridge-domains
  &bd
@bd
  *
    vlan-id *
    vlan-id-list *
    domain-type *
    vlan-tags outer * inner *
    interface *
    routing-interface *
    description *
    vxlan ...
    bridge-options ...
    forwarding-options ...
    no-local-switching
    isolated-vlan|community-vlans ...
vlans
  &vlan
@vlan
  *
    vlan-id *
    vlan-id-list *
    l3-interface *
    description *
    interface *
      mapping ...
    vxlan
      vni *
      ingress-node-replication
      multicast-group *
      encapsulate-inner-vlan
      decapsulate-accept-inner-vlan
      static-remote-vtep-list ...
    forwarding-options ...
    switch-options ...
    no-local-switching
    isolated-vlan|community-vlans|private-vlan|vlan-name|dot1q-tunneling|filter|mac-table-size|mac-limit|no-mac-learning ...
    filter
      input|output *
switch-options
  &swopt
@swopt
  vtep-source-interface *
  route-distinguisher *
  vrf-target *
    auto
    import|export *
  vrf-target import|export *
  vrf-import *
  vrf-export *
  interface *
    interface-mac-limit *
      packet-action ...
    interface-mac-limit packet-action *
    no-mac-learning
    ...
  mac-table-aging-time|mac-table-size|mac-notification|voip|service-id|remote-vtep-list|remote-vtep-v6-list|mac-ip-table-size|ovsdb-managed|no-mac-learning ...
  mac-table-size ...
policy-options
  rtf-prefix-list * *
  prefix-list *
    *
    apply-path *
    description *
  route-filter-list *
    * *
    * * *
    * *
      accept|reject
  community *
    members *
    invert-match
  as-path *
    ...
  as-path-group *
    as-path * *
    as-path *
      ...
  condition *
    if-route-exists ...
    if-route-exists
      *
      table *
      address-family ...
  tunnel-attribute *
    remote-end-point *
    tunnel-type *
    tunnel-color|protocol ...
  mac-list ...
  defaults ...
  application-maps ...
  damping *
    half-life|reuse|suppress|max-suppress|disable ...
  policy-statement *
    term *
      &psterm
    &psterm
@psterm
  from
    &psfrom
  to
    &psfrom
  then
    accept
    reject
    next-term|next policy|next
    next term
    next policy
    default-action accept|reject
    community *
      *
    local-preference *
      add|subtract *
    local-preference add|subtract *
    metric *
      add|subtract|igp|minimum-igp|expression ...
    metric add|subtract *
    metric2|tag|tag2|preference|preference2|color|color2|origin|priority|bgp-output-queue-priority|aigp-originate|aigp-adjust|cos-next-hop-map|source-class|destination-class|forwarding-class|label-allocation|label|multipath-resolve|no-entropy-label-capability|resolution-map|add-path|prefix-segment|analyze|no-route-localize|map-to-interface|install-to-fib|no-install-to-fib ...
    as-path-prepend *
    as-path-expand ...
    next-hop *
    external ...
    load-balance *
    install-nexthop ...
    trace
    validation-state *
    tunnel-attribute ...
    aigp-originate ...
@psfrom
  protocol *
  prefix-list *
  prefix-list-filter * *
  route-filter * *
  route-filter * * *
  route-filter * * * *
  route-filter *
    *
      *
      accept|reject|next
  route-filter-list *
  source-address-filter * ...
  community *
  community-count * *
  as-path *
  as-path-group *
  policy *
  interface *
  neighbor *
  next-hop *
  family *
  instance *
  rib *
  area *
  tag|tag2|metric|metric2|local-preference|preference|preference2|origin|color|color2|level|aggregate-contributor|validation-database|rtf-prefix-list|route-type|state|validation-state|condition|external|next-hop-type|aigp-contributor|prefix-length-range|multicast-scope|mpls-label|traffic-engineering|source-address-filter ...
  external
    type *
  route-type *
firewall
  family inet|inet6|ethernet-switching|bridge|any|mpls|vpls|ccc|inet-vpn
    filter *
      &filter
    fast-update-filter ...
    service-filter ...
    simple-filter ...
    dialer-filter ...
  filter *
    &filter
  policer *
    if-exceeding
      bandwidth-limit|bandwidth-percent|burst-size-limit ...
    then
      discard
      loss-priority|forwarding-class ...
    filter-specific
    logical-interface-policer
    logical-bandwidth-policer
    physical-interface-policer
    shared-bandwidth-policer
  three-color-policer ...
  hierarchical-policer ...
  interface-set *
    *
  load-balance-group ...
@filter
  interface-specific
  physical-interface-filter
  instance-shared
  enhanced-mode
  filter-specific
  accounting-profile *
  description *
  term *
    filter *
    from
      source-address|destination-address|address|source-prefix-list|destination-prefix-list|prefix-list *
        except
      source-address|destination-address|address|source-prefix-list|destination-prefix-list|prefix-list *
      protocol|protocol-except|next-header|next-header-except|ip-protocol|ip-protocol-except *
      port|source-port|destination-port|port-except|source-port-except|destination-port-except *
      icmp-type|icmp-code|icmp-type-except|icmp-code-except|icmp6-type|icmp6-code *
      tcp-flags|tcp-initial|tcp-established|is-fragment|first-fragment|fragment-flags|fragment-offset|fragment-offset-except ...
      dscp|dscp-except|precedence|precedence-except|traffic-class|ttl|ttl-except|hop-limit|hop-limit-except|packet-length|packet-length-except|forwarding-class|forwarding-class-except|loss-priority|interface|interface-set|interface-group|destination-class|source-class|ip-options|ip-options-except|extension-header|payload-protocol|ether-type|vlan-ether-type|user-vlan-id|learn-vlan-id|source-mac-address|destination-mac-address|ip-source-address|ip-destination-address|ip-version|flexible-match-range|flexible-match-mask|service-filter-hit|apply-groups|last-fragment|exp|gbp-src-id|gbp-dst-id ...
      tcp-established
      destination-port-range-optimize
      source-port-range-optimize
      tcp-initial
      is-fragment
      first-fragment
    then
      accept
      discard
      reject ...
      reject
      count *
      log
      syslog
      sample
      next term
      next-term
      port-mirror
      port-mirror-instance *
      next-ip|next-ip6|next-interface ...
      routing-instance *
      policer|three-color-policer|forwarding-class|loss-priority|dscp|traffic-class|service-accounting|packet-mode|decapsulate|encapsulate|service-filter-hit|virtual-channel|hierarchical-policer|analyzer|vlan|load-balance ...
      next *
      traffic-class ...
      filter ...
security
  policies
    from-zone * to-zone *
      policy *
        &secpol
    global
      policy *
        &secpol
    default-policy *
    policy-rematch ...
    pre-id-default-policy ...
  zones
    security-zone *
      interfaces *
        host-inbound-traffic
          system-services *
            except
          protocols *
            except
      host-inbound-traffic
        system-services *
          except
        protocols *
          except
      address-book ...
      tcp-rst
      screen *
      description *
      application-tracking
    functional-zone ...
  address-book *
    address *
      *
      dns-name ...
      range-address ...
      wildcard-address ...
      description *
    address * *
    address-set *
      address *
      address-set *
      description *
    attach
      zone *
    description *
  screen
    ids-option *
      ...
      icmp ...
      ip ...
      tcp ...
      udp ...
      limit-session ...
    trap ...
  nat
    source|destination|static
      pool *
        address * ...
        address *
          to *
          port *
        routing-instance *
        port ...
        overflow-pool|address-shared|address-persistent|address-pooling|host-address-base|description ...
      rule-set *
        from|to ...
        description *
        rule *
          match
            source-address|destination-address|source-address-name|destination-address-name|destination-port|source-port|protocol|application ...
            destination-port *
              to *
          then
            source-nat|destination-nat|static-nat ...
            source-nat
              interface ...
              pool *
                persistent-nat ...
              off
            destination-nat ...
            static-nat
              prefix *
                routing-instance *
              prefix-name ...
              inet ...
          description *
      address-persistent
      interface ...
      port-randomization ...
      pool-utilization-alarm ...
      pool-default-port-range ...
    proxy-arp
      interface *
        address *
          to *
    proxy-ndp ...
  ike
    proposal *
      authentication-method|dh-group|authentication-algorithm|encryption-algorithm|lifetime-seconds|description ...
    policy *
      mode *
      proposals *
      proposal-set *
      pre-shared-key ascii-text|hexadecimal *
      pre-shared-key *
      certificate ...
      description *
      reauth-frequency *
    gateway *
      ike-policy *
      address *
      external-interface *
      local-address *
      dead-peer-detection ...
      dead-peer-detection
        interval|threshold|always-send|optimized|probe-idle-tunnel ...
      no-nat-traversal
      nat-keepalive *
      version *
      local-identity ...
      remote-identity ...
      dynamic ...
      general-ikeid
      aaa ...
      tcp-encap-profile ...
      fragmentation ...
    traceoptions ...
    respond-bad-spi ...
  ipsec
    proposal *
      protocol|authentication-algorithm|encryption-algorithm|lifetime-seconds|lifetime-kilobytes|description ...
    policy *
      perfect-forward-secrecy
        keys *
      proposals *
      proposal-set *
      description *
    vpn *
      bind-interface *
      df-bit *
      establish-tunnels *
      vpn-monitor ...
      ike
        gateway *
        ipsec-policy *
        proxy-identity ...
        no-anti-replay
        install-interval|idle-time ...
      traffic-selector ...
      multi-sa ...
      copy-outer-dscp
      passive-mode-tunneling
      udp-encapsulate ...
    vpn-monitor-options ...
    security-association ...
    traceoptions ...
  key-chain *
    key *
      secret *
      start-time *
      algorithm ...
    tolerance *
    description *
  authentication-key-chains
    key-chain *
      key *
        secret *
        start-time *
        algorithm|key-name|options ...
      tolerance *
      description *
  flow ...
  alg ...
  application-tracking ...
  log ...
  forwarding-options ...
  pki ...
  certificates ...
  ssh-known-hosts ...
  idp ...
  utm ...
  dynamic-address ...
  user-identification ...
  traceoptions ...
@secpol
  match
    source-address|destination-address|application|source-identity|dynamic-application|from-zone|to-zone|url-category|source-end-user-profile *
    source-address-excluded|destination-address-excluded
  then
    permit
      application-services ...
      tunnel ...
      destination-address ...
      firewall-authentication ...
    permit ...
    deny
    reject ...
    reject
    count ...
    count
    log
      session-init
      session-close
  scheduler-name *
  description *
applications
  application *
    protocol|destination-port|source-port|inactivity-timeout|icmp-type|icmp-code|icmp6-type|icmp6-code|rpc-program-number|uuid|application-protocol|ether-type|description|alg ...
    term *
      protocol|destination-port|source-port|inactivity-timeout|icmp-type|icmp-code|icmp6-type|icmp6-code|rpc-program-number|uuid|alg|application-protocol ...
  application-set *
    application *
    application-set *
    description *
class-of-service
  classifiers
    dscp|dscp-ipv6|exp|ieee-802.1|inet-precedence|ieee-802.1ad *
      import *
      forwarding-class *
        loss-priority *
          code-points *
  rewrite-rules
    dscp|dscp-ipv6|exp|ieee-802.1|inet-precedence|ieee-802.1ad *
      import *
      forwarding-class *
        loss-priority *
          code-point *
  code-point-aliases ...
  forwarding-classes
    class *
      queue-num|priority|no-loss ...
    queue *
      *
        priority ...
    queue * * ...
  schedulers *
    buffer-dynamic-threshold *
    transmit-rate|buffer-size|priority|excess-rate|excess-priority|drop-profile-map|shaping-rate|explicit-congestion-notification ...
    transmit-rate *
      exact
      remainder
  scheduler-maps *
    forwarding-class *
      scheduler *
  drop-profiles ...
  interfaces *
    scheduler-map|forwarding-class|shaping-rate|forwarding-class-set|output-traffic-control-profile|congestion-notification-profile ...
    unit *
      classifiers ...
      rewrite-rules ...
      scheduler-map|forwarding-class|shaping-rate|output-traffic-control-profile ...
    classifiers ...
    rewrite-rules ...
  host-outbound-traffic
    forwarding-class *
    dscp-code-point *
    ieee-802.1 ...
  traffic-control-profiles ...
  forwarding-class-sets ...
  forwarding-policy ...
  system-defaults ...
  tri-color
  restricted-queues ...
  routing-instances ...
  shared-buffer ...
  congestion-notification-profile ...
forwarding-options
  port-mirroring
    &pm
    instance *
      &pm
  analyzer *
    input
      ingress|egress
        interface *
        vlan *
    output
      interface *
      vlan *
      ip-address *
      routing-instance ...
  sampling
    &samp
    instance *
      &samp
  storm-control-profiles *
    all ...
    all
      bandwidth-percentage|bandwidth-level|burst-size ...
      no-broadcast|no-multicast|no-unknown-unicast|no-registered-multicast|no-unregistered-multicast ...
    action-shutdown
  dhcp-relay ...
  helpers ...
  family inet|inet6|mpls|ethernet-switching ...
  hash-key ...
  load-balance ...
  enhanced-hash-key ...
  packet-capture
    file
      filename|files|size *
      world-readable
      no-world-readable
    maximum-capture-size *
    disable
  monitoring ...
  accounting ...
  next-hop-group ...
  rpf-loose-mode-discard ...
  vxlan-routing ...
@pm
  input
    rate|run-length|maximum-packet-length ...
  family inet|inet6|vpls|ccc|any
    input
      rate|run-length|maximum-packet-length ...
    output
      &pmout
  output
    &pmout
@pmout
  interface *
    next-hop *
  next-hop *
  ip-address *
  no-filter-check
  next-hop-group *
  server-profile ...
@samp
  input
    rate|run-length|max-packets-per-second|maximum-packet-length ...
    family ...
  family inet|inet6|mpls
    input
      rate|run-length|max-packets-per-second|maximum-packet-length ...
    output
      &sampout
  output
    &sampout
  traceoptions ...
  disable
@sampout
  flow-server *
    port *
    version *
    version9
      template *
    version-ipfix
      template *
    autonomous-system-type|aggregation|local-dump|no-local-dump|source-address|dscp|forwarding-class|routing-instance ...
  inline-jflow
    source-address *
    flow-export-rate *
  interface *
    source-address *
    engine-id|engine-type ...
  file ...
  extension-service *
  aggregate-export-interval|flow-active-timeout|flow-inactive-timeout ...
snmp
  description *
  location *
  contact *
  name *
  engine-id ...
  interface *
  filter-interfaces
    interfaces *
    all-internal-interfaces
  filter-duplicates
  community *
    authorization *
    view *
    clients *
      restrict
    client-list-name *
    routing-instance *
      clients *
    logical-system ...
  client-list *
    *
      restrict
  view *
    oid *
      include|exclude
  trap-group *
    version *
    categories *
      otn-alarms|sonet-alarms ...
    targets *
    destination-port *
    routing-instance *
    logical-system ...
  trap-options
    source-address *
    agent-address *
    routing-instance ...
    enterprise-oid
    context-oid
  routing-instance-access
    access-list ...
  v3
    usm
      local-engine
        user *
          authentication-md5|authentication-sha|authentication-sha224|authentication-sha256|authentication-sha384|authentication-sha512|authentication-none
            authentication-key *
          privacy-des|privacy-3des|privacy-aes128|privacy-none
            privacy-key *
          authentication-none
          privacy-none
      remote-engine ...
    vacm
      security-to-group
        security-model *
          security-name *
            group *
      access
        group *
          default-context-prefix
            &vacmsm
          context-prefix *
            &vacmsm
    target-address *
      address *
      port *
      tag-list *
      address-mask *
      routing-instance *
      target-parameters *
      timeout|retry-count ...
    target-parameters *
      parameters
        message-processing-model *
        security-model *
        security-level *
        security-name *
      notify-filter *
    notify *
      type *
      tag *
    notify-filter *
      oid * ...
    snmp-community *
      community-name *
      security-name *
      tag *
  rmon ...
  health-monitor ...
  arp ...
  nonvolatile ...
  traceoptions ...
  stats-cache-lifetime *
  logical-system-trap-filter
  if-count-with-filter-interfaces
services
  flow-tap
    interface *
    tunnel-interface *
    family ...
  dynamic-flow-capture
    capture-group *
      content-destination *
        address *
        ttl|hard-limit|soft-limit ...
      control-source *
        source-addresses *
        service-port *
        shared-key *
        allowed-destinations *
        notification-targets ...
      interfaces *
      input-packet-rate-threshold|pic-memory-threshold|duplicates-dropped-periodicity|max-duplicates ...
    g-duplicates-dropped-periodicity|g-max-duplicates ...
  flow-monitoring
    version9|version-ipfix
      template *
        flow-active-timeout|flow-inactive-timeout|template-refresh-rate|option-refresh-rate|nexthop-learning|tunnel-observation|observation-domain-id|flow-key ...
        ipv4-template
        ipv6-template
        mpls-template ...
        mpls-ipv4-template ...
        bridge-template
        template-refresh-rate ...
        option-refresh-rate ...
  rpm
    probe *
      test *
        probe-type|target|target-address|probe-count|probe-interval|test-interval|source-address|routing-instance|destination-port|dscp-code-points|data-size|data-fill|history-size|moving-average-size|hardware-timestamp|one-way-hardware-timestamp|thresholds|traps|next-hop|destination-interface|ttl ...
        target address|url *
        thresholds ...
    probe-server ...
    probe-limit ...
    twamp ...
  service-set *
    ipsec-vpn-options ...
    tcp-mss *
    interface-service ...
    next-hop-service ...
    jflow-log ...
    nat-rules|stateful-firewall-rules|ipsec-vpn-rules|ids-rules|service-order|syslog ...
  nat ...
  stateful-firewall ...
  ssl-proxy ...
  application-identification ...
  rtlog ...
  security-intelligence ...
  advanced-anti-malware ...
  analytics
    streaming-server *
      remote-address *
      remote-port *
    export-profile *
      local-address|local-port|reporting-rate|format|transport|dscp|forwarding-class ...
    sensor *
      server-name *
      export-name *
      resource *
      resource-filter *
      polling-interval *
    traceoptions ...
  ipsec-vpn ...
  adaptive-services-pics ...
  inline-monitoring
    template *
      template-id|observation-domain-id|template-refresh-rate|option-template-id|option-refresh-rate|flow-export-rate ...
    instance *
      template-name *
      maximum-clip-length *
      collector *
        source-address *
        destination-address *
        destination-port *
        sampling-rate *
        dscp|forwarding-class|routing-instance ...
event-options
  policy *
    events *
    within *
      trigger ...
      events *
      not ...
    attributes-match
      * * *
    then
      execute-commands
        commands *
        output-filename *
        destination *
          retry-count|retry-interval ...
        output-format *
        user-name *
      upload
        filename *
          destination *
          user-name *
          transfer-delay|retry-count ...
      event-script *
        arguments ...
        destination *
        output-format *
        user-name *
      raise-trap
      ignore
      change-configuration ...
      priority-override ...
  destinations *
    archive-sites *
      password *
    transfer-delay *
  event-script
    file *
      source *
      checksum ...
      python-script-user *
      refresh ...
    refresh
    traceoptions ...
  generate-event *
    time-interval *
    time-of-day *
    no-drift
    start-time *
  traceoptions ...
  redundancy-event ...
  max-policies *
access
  radius-server *
    secret *
    port|accounting-port|timeout|retry|source-address|routing-instance ...
  profile ...
  address-assignment ...
poe ...
ethernet-switching-options ...
multi-chassis ...
virtual-chassis ...
access-profile *
@vacmsm
  security-model *
    security-level *
      read-view|write-view|notify-view *
"""
