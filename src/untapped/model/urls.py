"""Vendor-neutral helpers for URLs and addresses named in configurations."""

from __future__ import annotations

import ipaddress


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


def address_host(url_or_addr: str) -> str | None:
    """The host of a URL (tftp://10.1.1.1/path, scp://user@host/x) or the address itself."""
    text = url_or_addr.strip("\"'")
    if "://" in text:
        rest = text.split("://", 1)[1]
        rest = rest.split("/", 1)[0]
        if "@" in rest:
            rest = rest.rsplit("@", 1)[1]
        if rest.startswith("["):
            return rest[1:].split("]", 1)[0]
        if rest.count(":") == 1:
            rest = rest.split(":", 1)[0]
        return rest or None
    return text or None


def url_scheme(url: str) -> str | None:
    text = url.strip("\"'")
    if "://" in text:
        return text.split("://", 1)[0].lower()
    if ":" in text and not _is_ip(text):
        return text.split(":", 1)[0].lower()  # flash:, bootflash:, nvram:
    return None
