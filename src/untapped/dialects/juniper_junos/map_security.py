"""Junos configuration tree -> model: security (IKE/IPsec)."""

from __future__ import annotations

from untapped.dialects.juniper_junos.mapping_base import EMPTY, MapperBase
from untapped.model.core import Secret
from untapped.model.net import (
    Tunnel,
)
from untapped.model.taps import (
    CryptoPeer,
    CryptoProposal,
)


class _SecurityMapper(MapperBase):
    def security(self) -> None:
        sec = self.root.get("security")
        if sec is None:
            return
        dev = self.dev
        ike = sec.get("ike") or EMPTY
        policies: dict[str, Secret | None] = {}
        gateways: dict[str, tuple[str | None, int, str | None]] = {}
        for pname, pn in ike.items("policy"):
            self.define("ike policy", pname, pn.line)
            psk = None
            for _fmt, fn in pn.items("pre-shared-key"):
                for val, _vn in fn.kids.items():
                    psk = self.secret(val, fn.leaf_line())
            policies[pname] = psk
            for prop in pn.vals("proposals"):
                self.ref("ike proposal", prop, "ike policy proposals", pn.line_of("proposals"))
        for pname, pn in ike.items("proposal"):
            self.define("ike proposal", pname, pn.line)
            dev.crypto_proposals.append(
                CryptoProposal(
                    pname,
                    self.span(pn.line),
                    "ike-proposal",
                    encryption=pn.vals("encryption-algorithm"),
                    integrity=pn.vals("authentication-algorithm"),
                    group=pn.vals("dh-group"),
                    auth=pn.val("authentication-method"),
                )
            )
        for gname, gn in ike.items("gateway"):
            self.define("ike gateway", gname, gn.line)
            pol = gn.val("ike-policy")
            if pol:
                self.ref("ike policy", pol, "ike gateway ike-policy", gn.leaf_line("ike-policy"))
            for addr, an in gn.items("address"):
                dev.crypto_peers.append(
                    CryptoPeer(
                        addr,
                        self.span(an.line),
                        f"ike gateway {gname}",
                        psk=policies.get(pol or ""),
                    )
                )
            gateways[gname] = (
                gn.val("address"),
                gn.leaf_line("address"),
                gn.val("external-interface"),
            )
        ipsec = sec.get("ipsec") or EMPTY
        for pname, pn in ipsec.items("proposal"):
            self.define("ipsec proposal", pname, pn.line)
            dev.crypto_proposals.append(
                CryptoProposal(
                    pname,
                    self.span(pn.line),
                    "ipsec-proposal",
                    encryption=pn.vals("encryption-algorithm"),
                    integrity=pn.vals("authentication-algorithm"),
                )
            )
        for vname, vn in ipsec.items("vpn"):
            self.define("ipsec vpn", vname, vn.line)
            gw = vn.val("ike", "gateway")
            if gw:
                self.ref("ike gateway", gw, "ipsec vpn ike gateway", vn.leaf_line("ike", "gateway"))
            if (bi := vn.val("bind-interface")) is not None:
                self.ref(
                    "interface", bi, "ipsec vpn bind-interface", vn.leaf_line("bind-interface")
                )
                it = dev.interfaces.get(bi)
                if it is not None and it.tunnel is None:
                    dest, dline, ext = gateways.get(gw or "", (None, 0, None))
                    it.tunnel = Tunnel(
                        source=ext,
                        destination=dest,
                        destination_line=dline if dest else 0,
                        mode="ipsec",
                        protection=vname,
                    )
            for peer in dev.crypto_peers:
                if gw and peer.context == f"ike gateway {gw}":
                    peer.transforms.append(f"ipsec vpn {vname}")
        for zname, zn in sec.items("zones", "security-zone"):
            self.define("security-zone", zname, zn.line)
            for ifname, inode in zn.items("interfaces"):
                self.ref("interface", ifname, "security-zone interfaces", inode.line)
