"""The management plane: accounts, AAA, SNMP, logging, time, names, lines and services."""

from __future__ import annotations

import msgspec

from untapped.model.core import Secret, Span


class User(msgspec.Struct):
    name: str
    span: Span
    privilege: int | None = None
    secret: Secret | None = None
    role: str | None = None  # role / class / user-group
    nopassword: bool = False
    service_types: list[str] = msgspec.field(default_factory=list)  # telnet, ssh, ftp, terminal...
    ssh_key: bool = False


class EnablePassword(msgspec.Struct):
    span: Span
    secret: Secret
    level: int = 15
    is_secret: bool = True  # `enable secret` (hashed) vs `enable password`


class AaaServer(msgspec.Struct):
    """A TACACS+ / RADIUS / LDAP server."""

    protocol: str  # tacacs+, radius, ldap
    address: str
    span: Span
    name: str | None = None
    vrf: str | None = None
    port: int | None = None
    key: Secret | None = None
    source_interface: str | None = None
    group: str | None = None
    roles: list[str] = msgspec.field(
        default_factory=list
    )  # authentication/authorization/accounting


class AaaServerGroup(msgspec.Struct):
    name: str
    protocol: str
    span: Span
    servers: list[str] = msgspec.field(default_factory=list)  # names or addresses
    vrf: str | None = None
    source_interface: str | None = None


class AaaMethodList(msgspec.Struct, frozen=True):
    """`aaa authentication login default group tacacs+ local`, accounting, authorization."""

    service: str  # authentication, authorization, accounting
    kind: str  # login, enable, exec, commands 15, network, ppp, dot1x, ...
    name: str  # default or list name
    methods: tuple[str, ...]
    line: int


class Aaa(msgspec.Struct):
    new_model: bool | None = None
    methods: list[AaaMethodList] = msgspec.field(default_factory=list)
    servers: list[AaaServer] = msgspec.field(default_factory=list)
    groups: list[AaaServerGroup] = msgspec.field(default_factory=list)
    login_block: bool = False
    password_min_length: int | None = None


class SnmpCommunity(msgspec.Struct):
    secret: Secret
    span: Span
    access: str = "ro"  # ro, rw
    view: str | None = None
    acl: str | None = None
    acl6: str | None = None
    vrf: str | None = None


class SnmpView(msgspec.Struct):
    name: str
    span: Span
    included: list[str] = msgspec.field(default_factory=list)  # OID subtrees or MIB names
    excluded: list[str] = msgspec.field(default_factory=list)


class SnmpGroup(msgspec.Struct):
    name: str
    span: Span
    version: str = "v3"  # v1, v2c, v3
    security: str | None = None  # noauth, auth, priv
    read_view: str | None = None
    write_view: str | None = None
    notify_view: str | None = None
    acl: str | None = None


class SnmpUser(msgspec.Struct):
    name: str
    span: Span
    group: str | None = None
    version: str = "v3"
    auth: str | None = None  # md5, sha, sha-256...
    priv: str | None = None  # des, 3des, aes 128...
    acl: str | None = None
    secret: Secret | None = None


class SnmpHost(msgspec.Struct):
    address: str
    span: Span
    version: str | None = None
    kind: str = "trap"  # trap, inform
    community: Secret | None = None  # or v3 user name as plain secret-free string in `user`
    user: str | None = None
    vrf: str | None = None
    port: int | None = None


class Snmp(msgspec.Struct):
    communities: list[SnmpCommunity] = msgspec.field(default_factory=list)
    views: list[SnmpView] = msgspec.field(default_factory=list)
    groups: list[SnmpGroup] = msgspec.field(default_factory=list)
    users: list[SnmpUser] = msgspec.field(default_factory=list)
    hosts: list[SnmpHost] = msgspec.field(default_factory=list)
    enabled: bool | None = None
    versions: list[str] = msgspec.field(default_factory=list)  # when the dialect states them
    source_interface: str | None = None
    location: str | None = None
    contact: str | None = None
    traps: bool = False


class LogHost(msgspec.Struct):
    address: str
    span: Span
    vrf: str | None = None
    transport: str = "udp"  # udp, tcp, tls
    port: int | None = None
    level: str | None = None
    source_interface: str | None = None


class Logging(msgspec.Struct):
    hosts: list[LogHost] = msgspec.field(default_factory=list)
    enabled: bool | None = None  # `no logging on` -> False
    trap_level: str | None = None
    buffered: bool | None = None
    buffer_size: int | None = None
    console_level: str | None = None
    source_interface: str | None = None
    timestamps: bool = False
    config_change: bool = False  # archive log config / logging enable
    login_success: bool = False
    login_failure: bool = False


class NtpServer(msgspec.Struct):
    address: str
    span: Span
    vrf: str | None = None
    key: int | None = None
    prefer: bool = False
    peer: bool = False
    source_interface: str | None = None


class Ntp(msgspec.Struct):
    servers: list[NtpServer] = msgspec.field(default_factory=list)
    authenticate: bool = False
    keys: list[int] = msgspec.field(default_factory=list)
    trusted_keys: list[int] = msgspec.field(default_factory=list)
    source_interface: str | None = None
    master: bool = False
    access_groups: list[tuple[str, str]] = msgspec.field(default_factory=list)  # (kind, acl)


class DnsServer(msgspec.Struct):
    address: str
    span: Span
    vrf: str | None = None


class Dns(msgspec.Struct):
    servers: list[DnsServer] = msgspec.field(default_factory=list)
    domain: str | None = None
    lookup: bool | None = None
    server_enabled: bool = False  # the box serves DNS (`ip dns server`)


class Line(msgspec.Struct):
    """A management access line (con, aux, vty range) or its vendor equivalent."""

    kind: str  # con, aux, vty, tty
    first: int
    last: int
    span: Span
    transport_input: list[str] | None = None  # None: not configured (platform default)
    transport_output: list[str] | None = None
    access_class_in: str | None = None
    access_class_out: str | None = None
    access_class6_in: str | None = None
    exec_timeout: int | None = None  # seconds; 0 = never
    login: str | None = None  # local, authentication LIST, none...
    login_list: str | None = None
    password: Secret | None = None
    no_exec: bool = False
    privilege: int | None = None
    session_limit: int | None = None
    authorization: list[str] = msgspec.field(default_factory=list)
    accounting: list[str] = msgspec.field(default_factory=list)


class Service(msgspec.Struct):
    """A service on the box that is on or off: key like `http`, `https`, `telnet`, `ssh`,
    `finger`, `pad`, `tcp-small-servers`, `udp-small-servers`, `password-encryption`,
    `call-home`, `smart-install`, `guestshell`, `app-hosting`, `bootp`, `identd`, `source-route`,
    `cdp`, `lldp`, `tftp-server`, `ftp-server`, `netconf`, `restconf`, `grpc`, `config` ..."""

    name: str
    enabled: bool
    line: int
    port: int | None = None
    acl: str | None = None
    vrf: str | None = None
    detail: str | None = None


class Banner(msgspec.Struct):
    kind: str  # motd, login, exec, incoming
    span: Span
    text: str


class SshSettings(msgspec.Struct):
    version: int | None = None
    timeout: int | None = None
    retries: int | None = None
    port: int | None = None
    ciphers: list[str] = msgspec.field(default_factory=list)
    macs: list[str] = msgspec.field(default_factory=list)
    kex: list[str] = msgspec.field(default_factory=list)
    key_bits: int | None = None
    acl: str | None = None
    source_interface: str | None = None


class KeyChainKey(msgspec.Struct):
    id: int
    line: int
    secret: Secret | None = None
    send_lifetime: bool = False
    accept_lifetime: bool = False


class KeyChain(msgspec.Struct):
    name: str
    span: Span
    keys: list[KeyChainKey] = msgspec.field(default_factory=list)
