"""Statements the IOS grammar recognises specifically but the model does not need, per mode.

Vendor knowledge as data: each entry is a token path; a line whose tokens start with the path is
recognized. Keep entries specific (two tokens or more where the first word is generic).

The statement paths live in known.txt beside this module (one per line, under [SECTION]
headers); each section becomes a tuple of this module.
"""

from __future__ import annotations

from untapped.dialects._ioslike.known_data import load_sections

_SECTIONS = load_sections(__package__, "known.txt")
GLOBAL: tuple[str, ...] = _SECTIONS["GLOBAL"]
INTERFACE: tuple[str, ...] = _SECTIONS["INTERFACE"]
LINE: tuple[str, ...] = _SECTIONS["LINE"]
ROUTER_COMMON: tuple[str, ...] = _SECTIONS["ROUTER_COMMON"]
BGP: tuple[str, ...] = _SECTIONS["BGP"]
VRF: tuple[str, ...] = _SECTIONS["VRF"]
VLAN: tuple[str, ...] = _SECTIONS["VLAN"]
VLAN_DATABASE: tuple[str, ...] = _SECTIONS["VLAN_DATABASE"]
IP_SLA_OPERATIONS: tuple[str, ...] = _SECTIONS["IP_SLA_OPERATIONS"]
IP_SLA: tuple[str, ...] = _SECTIONS["IP_SLA"]
TRACK: tuple[str, ...] = _SECTIONS["TRACK"]
CRYPTO_DYNAMIC_MAP: tuple[str, ...] = _SECTIONS["CRYPTO_DYNAMIC_MAP"]
DEVICE_TRACKING_POLICY: tuple[str, ...] = _SECTIONS["DEVICE_TRACKING_POLICY"]
VLAN_CONFIGURATION: tuple[str, ...] = _SECTIONS["VLAN_CONFIGURATION"]
CTS: tuple[str, ...] = _SECTIONS["CTS"]
SDWAN: tuple[str, ...] = _SECTIONS["SDWAN"]
SDWAN_INTERFACE: tuple[str, ...] = _SECTIONS["SDWAN_INTERFACE"]
SDWAN_TUNNEL: tuple[str, ...] = _SECTIONS["SDWAN_TUNNEL"]
SDWAN_OMP: tuple[str, ...] = _SECTIONS["SDWAN_OMP"]
SDWAN_SYSTEM: tuple[str, ...] = _SECTIONS["SDWAN_SYSTEM"]
SDWAN_SECURITY_IPSEC: tuple[str, ...] = _SECTIONS["SDWAN_SECURITY_IPSEC"]
SDWAN_SSLPROXY: tuple[str, ...] = _SECTIONS["SDWAN_SSLPROXY"]
SDWAN_POLICY: tuple[str, ...] = _SECTIONS["SDWAN_POLICY"]
SDWAN_BFD_COLOR: tuple[str, ...] = _SECTIONS["SDWAN_BFD_COLOR"]
ENDPOINT_TRACKER: tuple[str, ...] = _SECTIONS["ENDPOINT_TRACKER"]
BGP_TEMPLATE: tuple[str, ...] = _SECTIONS["BGP_TEMPLATE"]
DIAL_PEER: tuple[str, ...] = _SECTIONS["DIAL_PEER"]
VOICE_SERVICE: tuple[str, ...] = _SECTIONS["VOICE_SERVICE"]
VOICE_MISC: tuple[str, ...] = _SECTIONS["VOICE_MISC"]
SIP_UA: tuple[str, ...] = _SECTIONS["SIP_UA"]
DHCP_POOL: tuple[str, ...] = _SECTIONS["DHCP_POOL"]
REDUNDANCY: tuple[str, ...] = _SECTIONS["REDUNDANCY"]
CRYPTO_PKI: tuple[str, ...] = _SECTIONS["CRYPTO_PKI"]
VIRTUAL_SERVICE: tuple[str, ...] = _SECTIONS["VIRTUAL_SERVICE"]
INTERFACE_SUB_BLOCK: tuple[str, ...] = _SECTIONS["INTERFACE_SUB_BLOCK"]
APP_HOSTING: tuple[str, ...] = _SECTIONS["APP_HOSTING"]
