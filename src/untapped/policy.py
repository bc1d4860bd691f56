"""The owner's policy, `untapped.toml`: owned networks, trusted receivers per channel kind, waivers.

An unknown key or a malformed value is an input error naming the file, line and key (contract §5).

`[report] salt = "..."` sets the salt of the `<redacted:HASH8>` tokens, so that a team sharing
reports gets comparable tokens; the `UNTAPPED_SALT` environment variable, when set, takes
precedence over it (an operator's override for one run or a CI job). See `untapped.redact`.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import ipaddress
import re
import tomllib
from pathlib import Path
from typing import Any

import msgspec

from untapped.errors import PolicyError

IPNet = ipaddress.IPv4Network | ipaddress.IPv6Network

# Which trusted list judges which channel kind.
TRUSTED_LISTS: dict[str, tuple[str, ...]] = {
    "collectors": (
        "flow-export",
        "mirror-erspan",
        "telemetry",
        "packet-capture",
        "traffic-export",
        "lawful-intercept",
    ),
    "log_hosts": ("syslog",),
    "snmp_managers": ("snmp-trap", "snmp-community"),
    "aaa_servers": ("aaa-server",),
    "ntp_servers": ("ntp",),
    "dns_servers": ("dns",),
    "archive_hosts": ("config-archive", "automation"),
    "tunnel_peers": ("tunnel", "ipsec-peer"),
    "mirror_ports": ("mirror-local",),
}
KIND_TO_LIST: dict[str, str] = {k: lst for lst, kinds in TRUSTED_LISTS.items() for k in kinds}
_TOP_KEYS = {"owner", "trusted", "waiver", "report"}


class Waiver(msgspec.Struct, frozen=True):
    rule: str
    device: str
    reason: str
    expires: _dt.date | None
    line: int

    def matches(self, rule: str, device: str) -> bool:
        return self.matches_rule(rule) and self.matches_device(device)

    def matches_rule(self, rule: str) -> bool:
        return fnmatch.fnmatchcase(rule, self.rule)

    def matches_device(self, device: str) -> bool:
        return fnmatch.fnmatchcase(device, self.device)

    def expired(self, today: _dt.date) -> bool:
        return self.expires is not None and self.expires < today


class TrustedEntry(msgspec.Struct, frozen=True):
    text: str
    network: IPNet | None  # None for host names and device:interface entries


class Policy(msgspec.Struct):
    file: str | None = None
    owner_networks: list[IPNet] = msgspec.field(default_factory=list)
    trusted: dict[str, list[TrustedEntry]] = msgspec.field(default_factory=dict)
    waivers: list[Waiver] = msgspec.field(default_factory=list)
    salt: str | None = None
    owner_inferred: bool = False
    # [owner] sensitive: subnets whose traffic must not reach an untrusted tap (tap exposure)
    sensitive: list[IPNet] = msgspec.field(default_factory=list)

    @property
    def given(self) -> bool:
        return self.file is not None

    def trusted_for(self, kind: str) -> list[TrustedEntry]:
        lst = KIND_TO_LIST.get(kind)
        return self.trusted.get(lst, []) if lst else []

    def waiver_for(self, rule: str, device: str) -> Waiver | None:
        for w in self.waivers:
            if w.matches(rule, device):
                return w
        return None


class WaiverIndex:
    """`Policy.waiver_for` for many findings: each waiver's rule pattern is matched once per rule,
    and the answer is remembered per (rule, device) (with 8 waivers, 49,509 findings made 800,000
    fnmatch calls, 0.5 s). Lives for one judgement: the memo is as large as the findings."""

    def __init__(self, waivers: list[Waiver]) -> None:
        self._waivers = waivers
        self._by_rule: dict[str, list[Waiver]] = {}
        self._memo: dict[tuple[str, str], Waiver | None] = {}

    def waiver_for(self, rule: str, device: str) -> Waiver | None:
        """The first waiver matching the rule and device, as `Policy.waiver_for`."""
        key = (rule, device)
        if key in self._memo:
            return self._memo[key]
        candidates = self._by_rule.get(rule)
        if candidates is None:
            candidates = self._by_rule[rule] = [w for w in self._waivers if w.matches_rule(rule)]
        got = next((w for w in candidates if w.matches_device(device)), None)
        self._memo[key] = got
        return got


def _line_of(text: str, key: str, section: str | None = None, nth: int = 0) -> int | None:
    """Best-effort line number of `key = ...` (within `[section]` when given)."""
    lines = text.splitlines()
    in_section = section is None
    seen = 0
    key_re = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for i, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("["):
            name = stripped.strip("[] \t")
            in_section = section is None or name == section
            if section and name == section and key == "":
                if seen == nth:
                    return i
                seen += 1
            continue
        if in_section and key and key_re.match(line):
            return i
    return None


def _block_line(text: str, section: str, nth: int, key: str) -> int | None:
    """Line of `key = ...` inside the nth `[[section]]` block, else of the block's header."""
    head = None
    seen = -1
    key_re = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for i, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            if head is not None:
                break
            if stripped.strip("[] \t") == section and stripped.startswith("[["):
                seen += 1
                if seen == nth:
                    head = i
            continue
        if head is not None and key_re.match(line):
            return i
    return head


_LOOKS_NUMERIC = re.compile(r"[0-9.:/]+")


def _network(text: str, value: object, file: str, line: int | None, key: str) -> IPNet:
    if not isinstance(value, str):
        raise PolicyError(
            file, line, key, f"expected an address or prefix as a string, got {value!r}"
        )
    try:
        return ipaddress.ip_network(value.strip(), strict=False)
    except ValueError:
        raise PolicyError(file, line, key, f"not an IP address or prefix: {value!r}") from None


def parse_policy(text: str, file: str = "untapped.toml") -> Policy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else None
        if line is None and "end of document" in str(exc):
            line = max(1, len(text.splitlines()))
        raise PolicyError(file, line, None, f"not valid TOML: {exc}") from None
    policy = Policy(file=file)
    for key in data:
        if key not in _TOP_KEYS:
            raise PolicyError(
                file,
                _line_of(text, "", key) or _line_of(text, key),
                key,
                "unknown key (expected owner, trusted, waiver, report)",
            )
    owner = data.get("owner", {})
    if not isinstance(owner, dict):
        raise PolicyError(file, _line_of(text, "owner"), "owner", "must be a table")
    for key, value in owner.items():
        line = _line_of(text, key, "owner")
        if key not in ("networks", "sensitive"):
            raise PolicyError(
                file, line, f"owner.{key}", "unknown key (expected networks, sensitive)"
            )
        if not isinstance(value, list):
            raise PolicyError(file, line, f"owner.{key}", "must be a list of prefixes")
        nets = [_network(text, v, file, line, f"owner.{key}") for v in value]
        if key == "networks":
            policy.owner_networks = nets
        else:
            policy.sensitive = nets
    trusted = data.get("trusted", {})
    if not isinstance(trusted, dict):
        raise PolicyError(file, _line_of(text, "trusted"), "trusted", "must be a table")
    for key, value in trusted.items():
        line = _line_of(text, key, "trusted")
        if key not in TRUSTED_LISTS:
            raise PolicyError(
                file,
                line,
                f"trusted.{key}",
                "unknown key (expected one of " + ", ".join(TRUSTED_LISTS) + ")",
            )
        if not isinstance(value, list):
            raise PolicyError(file, line, f"trusted.{key}", "must be a list")
        entries: list[TrustedEntry] = []
        for v in value:
            if not isinstance(v, str) or not v.strip():
                raise PolicyError(
                    file, line, f"trusted.{key}", f"entries must be strings, got {v!r}"
                )
            v = v.strip()
            if key == "mirror_ports":
                if ":" not in v:
                    raise PolicyError(
                        file, line, f"trusted.{key}", f"expected device:interface, got {v!r}"
                    )
                entries.append(TrustedEntry(v, None))
                continue
            try:
                entries.append(TrustedEntry(v, ipaddress.ip_network(v, strict=False)))
            except ValueError:
                if _LOOKS_NUMERIC.fullmatch(v) or not re.fullmatch(
                    r"[A-Za-z0-9][A-Za-z0-9.\-_]*", v
                ):
                    raise PolicyError(
                        file, line, f"trusted.{key}", f"not an address, prefix or host name: {v!r}"
                    ) from None
                entries.append(TrustedEntry(v.lower(), None))
        policy.trusted[key] = entries
    report = data.get("report", {})
    if not isinstance(report, dict):
        raise PolicyError(file, _line_of(text, "report"), "report", "must be a table")
    for key, value in report.items():
        line = _line_of(text, key, "report")
        if key != "salt":
            raise PolicyError(file, line, f"report.{key}", "unknown key (expected salt)")
        if not isinstance(value, str) or not value:
            raise PolicyError(file, line, "report.salt", "must be a non-empty string")
        policy.salt = value
    waivers = data.get("waiver", [])
    if not isinstance(waivers, list):
        raise PolicyError(
            file, _line_of(text, "waiver"), "waiver", "must be an array of tables [[waiver]]"
        )
    for n, w in enumerate(waivers):
        policy.waivers.append(_waiver(text, file, n, w))
    return policy


def _quoted_date(value: Any) -> bool:
    """A string holding an ISO date: the common slip of `expires = "2027-06-30"`."""
    try:
        _dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return isinstance(value, str)


def _waiver(text: str, file: str, n: int, w: Any) -> Waiver:
    head = _line_of(text, "", "waiver", nth=n)
    if not isinstance(w, dict):
        raise PolicyError(file, head, "waiver", "must be a table")
    allowed = {"rule", "device", "reason", "expires"}

    def at(key: str) -> int | None:
        return _block_line(text, "waiver", n, key) or head

    for key in w:
        if key not in allowed:
            raise PolicyError(
                file,
                at(key),
                f"waiver.{key}",
                "unknown key (expected rule, device, reason, expires)",
            )
    rule = w.get("rule")
    if not isinstance(rule, str) or not re.fullmatch(r"[A-Z]+-[0-9*?]+|\*", rule):
        raise PolicyError(
            file, at("rule"), "waiver.rule", f"expected a rule id such as EXF-008, got {rule!r}"
        )
    if not any(c in rule for c in "*?"):
        from untapped.rules.catalog import catalog

        if rule not in catalog():
            raise PolicyError(
                file, at("rule"), "waiver.rule", f"no rule {rule} (see `untapped rules`)"
            )
    device = w.get("device", "*")
    if not isinstance(device, str) or not device:
        raise PolicyError(file, at("device"), "waiver.device", "must be a device name or glob")
    reason = w.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise PolicyError(file, at("reason"), "waiver.reason", "a waiver needs a reason")
    expires = w.get("expires")
    if expires is not None and not (
        isinstance(expires, _dt.date) and not isinstance(expires, _dt.datetime)
    ):
        raise PolicyError(
            file,
            at("expires"),
            "waiver.expires",
            f"expected a date such as 2027-06-30, got {expires!r}"
            + (" (a TOML date is written without quotes)" if _quoted_date(expires) else ""),
        )
    return Waiver(rule, device, reason.strip(), expires, head or 0)


def load_policy(path: Path) -> Policy:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(
            str(path), None, None, f"cannot read policy: {exc.strerror or exc}"
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError(str(path), None, None, "policy file is not UTF-8") from None
    return parse_policy(text, str(path))
