"""Where an automation command sends or fetches data: `tftp A put F`, `ftp A`, `copy F
tftp://A/...`, `sftp A`, `scp F user@A:/path` (VRP OPS assistants, Comware EAA/scheduler)."""

from __future__ import annotations

from untapped.dialects._ioslike.addr import is_ip
from untapped.model.urls import address_host

_XFER = {"tftp", "ftp", "sftp", "scp", "http", "https"}


def action_url(command: str) -> tuple[str | None, str | None]:
    """(url, host) of the remote end of a CLI command, or (None, None)."""
    toks = command.strip().strip("\"'").split()
    if not toks:
        return None, None
    for tok in toks:
        if "://" in tok:
            return tok, address_host(tok)
    first = toks[0].lower()
    if first in _XFER:
        rest = toks[1:]
        if rest and rest[0].lower() in ("ipv6", "-a", "-i", "client-source"):
            rest = rest[1:]
        host = next((x for x in rest if is_ip(x)), None)
        if host is None and rest and not rest[0].startswith("-"):
            host = rest[0]
        if host is None:
            return None, None
        files = [x for x in rest if x not in (host,) and x.lower() not in ("put", "get")]
        path = files[-1] if files else ""
        return f"{first}://{host}/{path.lstrip('/')}", host
    for tok in toks:
        if "@" in tok and ":" in tok.split("@", 1)[1]:
            host = tok.split("@", 1)[1].split(":", 1)[0]
            return f"scp://{tok}", host
    return None, None
