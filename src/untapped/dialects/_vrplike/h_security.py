"""VRP/Comware handlers: IKE/IPsec, AAA servers and local users, public keys, key chains, grammar helpers."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import (
    is_ip,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED, Mode
from untapped.dialects._vrplike.base import P, kw, secret_after
from untapped.model.core import Secret
from untapped.model.mgmt import (
    User,
)
from untapped.model.taps import (
    CryptoPeer,
    CryptoProposal,
)


# ---- IKE / IPsec ----------------------------------------------------------------------------
def _proposal(p: P, name: str, kind: str, ln: int) -> CryptoProposal:
    for got in p.device.crypto_proposals:
        if got.name == name and got.kind == kind:
            found: CryptoProposal = got
            return found
    cp = CryptoProposal(name, p.device.span(ln), kind)
    p.device.crypto_proposals.append(cp)
    return cp


def h_ike_proposal(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.define("ike proposal", t[i], ln)
    return p.modes["ike proposal"], _proposal(p, t[i], "ike-proposal", ln)


def h_ipsec_proposal(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ipsec proposal P` (VRP) / `ipsec transform-set T` (Comware)."""
    if neg:
        return None
    kind = "transform-set" if t[i - 1].lower() == "transform-set" else "ipsec-proposal"
    p.define("ipsec proposal", t[i], ln)
    return p.modes["ipsec proposal"], _proposal(p, t[i], kind, ln)


def h_prop_enc(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoProposal) -> Any:
    if not neg:
        obj.encryption.extend(x.lower() for x in t[i:])
    return None


def h_prop_integ(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoProposal) -> Any:
    if not neg:
        obj.integrity.extend(x.lower() for x in t[i:])
    return None


def h_prop_dh(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoProposal) -> Any:
    if not neg:
        obj.group.extend(x.lower() for x in t[i:])
    return None


def h_prop_auth(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoProposal) -> Any:
    obj.auth = None if neg else t[i].lower()
    return None


def h_ike_peer(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """VRP `ike peer X [v1|v2]`: a CryptoPeer filled by `remote-address` / `pre-shared-key`."""
    if neg:
        return None
    peer = CryptoPeer("", p.device.span(ln), f"ike peer {t[i]}")
    p.device.crypto_peers.append(peer)
    p.define("ike peer", t[i], ln)
    return p.modes["ike peer"], peer


def h_peer_remote(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoPeer) -> Any:
    """`remote-address [ipv6] A [vpn-instance V]` / `remote-address vpn-instance V A`."""
    if neg:
        return None
    addrs = [x for x in t[i:] if is_ip(x)]
    if not addrs:
        return UNRECOGNIZED
    vrf = kw(t, "vpn-instance", i)
    if obj.address:  # a second remote address: another peer with the same settings
        other = CryptoPeer(addrs[0], p.device.span(ln), obj.context, vrf, obj.psk)
        p.device.crypto_peers.append(other)
        return None
    obj.address = addrs[0]
    obj.vrf = vrf
    return None


def h_peer_psk(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoPeer) -> Any:
    """`pre-shared-key [cipher|simple] K`."""
    if neg:
        return None
    sec = secret_after(p, t, i, ln)
    for peer in p.device.crypto_peers:
        if peer.context == obj.context:
            peer.psk = sec
    return None


def h_peer_proposal(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoPeer) -> Any:
    if not neg:
        obj.transforms.extend(t[i:])
        for x in t[i:]:
            p.ref("ike proposal", x, "ike peer ike-proposal", ln)
    return None


def h_ipsec_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ipsec policy P N isakmp|manual|template T` / `ipsec policy-template T N`."""
    if neg or len(t) <= i + 1:
        return None
    name = t[i]
    p.define("crypto map", name, ln)
    holder = {"name": f"ipsec policy {name} {t[i + 1]}", "line": ln, "peer": None}
    return p.modes["ipsec policy"], holder


def h_pol_ike_peer(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    if not neg:
        p.ref("ike peer", t[i], "ipsec policy ike-peer", ln)
    return None


def h_pol_ike_profile(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    """Comware `ike-profile NAME` of an IPsec policy."""
    if not neg:
        p.ref("ike profile", t[i], "ipsec policy ike-profile", ln)
    return None


def h_pol_remote(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    """Comware `remote-address A` / VRP manual `tunnel remote A`."""
    if neg:
        return None
    addr = next((x for x in t[i:] if is_ip(x)), None)
    if addr is None:
        return UNRECOGNIZED
    p.device.crypto_peers.append(
        CryptoPeer(addr, p.device.span(ln), obj["name"], kw(t, "vpn-instance", i))
    )
    return None


def h_pol_acl(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    """`security acl N` (VRP/Comware)."""
    if not neg:
        name = t[-1]
        p.ref("ip access-list", name, "ipsec policy security acl", ln)
        for peer in p.device.crypto_peers:
            if peer.context == obj["name"]:
                peer.acl = name
    return None


def h_pol_proposal(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    if not neg:
        for x in t[i:]:
            p.ref("ipsec proposal", x, "ipsec policy proposal", ln)
    return None


def finish_crypto(p: P) -> None:
    p.device.crypto_peers = [c for c in p.device.crypto_peers if c.address]


# ---- helpers for grammars -------------------------------------------------------------------
def known_tree(mode: Mode, text: str) -> Mode:
    """Register KNOWN statements given one per line (blank lines and `#` comments ignored)."""
    for raw in text.splitlines():
        s = raw.strip()
        if s and not s.startswith("#"):
            mode.known(s)
    return mode


# ---- AAA servers and local users (shared helpers; the statements differ per vendor) --------
def aaa_group(p: P, name: str, protocol: str, ln: int) -> Any:
    from untapped.model.mgmt import AaaServerGroup

    for g in p.device.aaa.groups:
        if g.name == name and g.protocol == protocol:
            return g
    g = AaaServerGroup(name, protocol, p.device.span(ln))
    p.device.aaa.groups.append(g)
    p.define("aaa server group", name, ln)
    return g


def aaa_server(
    p: P,
    group: Any,
    addr: str,
    role: str,
    ln: int,
    port: int | None = None,
    vrf: str | None = None,
    key: Secret | None = None,
) -> Any:
    from untapped.model.mgmt import AaaServer

    for s in p.device.aaa.servers:
        if (
            s.group == group.name
            and s.address == addr
            and s.vrf == vrf
            and s.protocol == group.protocol
        ):
            if role not in s.roles:
                s.roles.append(role)
            if key is not None:
                s.key = key
            return s
    s = AaaServer(group.protocol, addr, p.device.span(ln), vrf=vrf, port=port, key=key)
    s.group = group.name
    s.roles.append(role)
    p.device.aaa.servers.append(s)
    if addr not in group.servers:
        group.servers.append(addr)
    if vrf and group.vrf is None:
        group.vrf = vrf
    return s


def aaa_group_key(p: P, group: Any, key: Secret) -> None:
    """A template/scheme-wide shared key: given to its servers now and at the end of the file."""
    p.group_keys[(group.name, group.protocol)] = key


def finish_aaa(p: P) -> None:
    for s in p.device.aaa.servers:
        if s.key is None:
            k = p.group_keys.get((s.group, s.protocol))
            if k is not None:
                s.key = k


def local_user(p: P, name: str, ln: int) -> User:
    for got in p.device.users:
        if got.name == name:
            found: User = got
            return found
    u = User(name, p.device.span(ln))
    p.device.users.append(u)
    return u


PASSWORD_KINDS = {
    "irreversible-cipher": "irreversible",
    "cipher": "cipher",
    "simple": "plain",
    "hash": "hash",
}


# ---- public keys ----------------------------------------------------------------------------
def h_peer_key(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`rsa|dsa|ecc peer-public-key NAME [encoding-type ...]` opens a key view."""
    if neg:
        return None
    return p.modes["peer key"], None


def h_key_code(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`public-key-code begin`: hex lines up to `public-key-code end`."""
    p.take_block(lambda raw: raw.strip().lower().startswith("public-key-code end"))
    return None


# ---- key chains ---------------------------------------------------------------------------
def h_keychain(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`keychain NAME [mode absolute|periodic ...]`."""
    from untapped.model.mgmt import KeyChain

    if neg:
        return None
    kc = p.device.key_chains.get(t[i])
    if kc is None:
        kc = KeyChain(t[i], p.device.span(ln))
        p.device.key_chains[t[i]] = kc
    p.define("key chain", t[i], ln)
    return p.modes["keychain"], kc


def h_keychain_key(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`key-id N` (VRP) / `key N` (Comware)."""
    from untapped.model.mgmt import KeyChainKey

    if neg:
        return None
    key = KeyChainKey(int(t[i]), ln)
    obj.keys.append(key)
    return p.modes["keychain key"], key


def h_key_string(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`key-string [cipher|plain|simple] K`."""
    if not neg:
        obj.secret = secret_after(p, t, i, ln)
    return None


def h_key_lifetime(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`send-time|send-lifetime ...` / `receive-time|accept-lifetime ...`."""
    if t[0].lower().startswith("send") or (len(t) > 1 and t[1].lower().startswith("send")):
        obj.send_lifetime = not neg
    else:
        obj.accept_lifetime = not neg
    return None
