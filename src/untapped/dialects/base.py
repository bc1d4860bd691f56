"""The Dialect protocol: what every vendor dialect provides, and the feature vocabulary.

A dialect declares the features it populates; the conformance suite (tests/dialects) checks each
declared feature against the dialect's golden cases and fails on an undeclared feature that is
silently empty. Analyses read `Device.features` to say "unknown" instead of passing silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

import msgspec

from untapped.collect.files import Artifact
from untapped.model.device import ParseResult

# Feature name -> the Device fields it covers.
FEATURES: dict[str, tuple[str, ...]] = {
    "hostname": ("name",),
    "interfaces": ("interfaces",),
    "vlans": ("vlans",),
    "vrfs": ("vrfs",),
    "static_routes": ("static_routes",),
    "ospf": ("ospf",),
    "bgp": ("bgp",),
    "acls": ("acls",),
    "object_groups": ("object_groups",),
    "prefix_lists": ("prefix_lists",),
    "route_maps": ("route_maps",),
    "qos_policies": ("class_maps", "policy_maps"),
    "users": ("users", "enable"),
    "aaa": ("aaa",),
    "snmp": ("snmp",),
    "logging": ("logging",),
    "ntp": ("ntp",),
    "dns": ("dns",),
    "lines": ("lines",),
    "services": ("services",),
    "ssh": ("ssh",),
    "banners": ("banners",),
    "key_chains": ("key_chains",),
    "mirror": ("mirror_sessions",),
    "flow_export": ("flow_exporters", "flow_monitors"),
    "traffic_export": ("traffic_exports",),
    "capture": ("captures",),
    "lawful_intercept": ("lawful_intercept",),
    "archive": ("archives",),
    "automation": ("automations",),
    "tunnels": ("interfaces",),
    "crypto": ("crypto_peers", "crypto_proposals"),
    "telemetry": ("telemetry",),
    "wccp": ("wccp",),
    "auto_config": ("auto_config", "boot"),
    "call_home": ("call_home",),
    "references": ("definitions", "references"),
}


class Sniff(msgspec.Struct, frozen=True):
    """How strongly a text looks like a dialect, and the evidence (marker descriptions)."""

    score: float
    evidence: tuple[str, ...] = ()


class Dialect(Protocol):
    name: str
    title: str
    features: frozenset[str]

    def sniff(self, text: str) -> Sniff: ...

    def parse(self, artifact: Artifact) -> ParseResult: ...


class Marker(msgspec.Struct, frozen=True):
    """A line pattern that is evidence for (positive weight) or against (negative) a dialect."""

    pattern: str
    weight: float
    why: str


def _top_alternatives(pattern: str) -> list[str]:
    """Split a regex at its top-level `|` (outside groups and character classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    cur: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


_SPECIAL = frozenset("\\.^$*+?{}[]()|")
_QUANT = frozenset(("*", "+", "?", "{"))


def _line_anchored_body(pattern: str) -> str | None:
    """The pattern without its `^` when every top-level alternative starts with `^` (so it can
    only match at a line start), else None."""
    alts = _top_alternatives(pattern)
    if not all(a.startswith("^") for a in alts):
        return None
    return "|".join(a[1:] for a in alts)


class MarkerSniffer:
    """Score a text by line markers (vendor knowledge as data). Only the first `window` lines are
    read; each marker counts once. The score is the sum of the weights of the markers seen.

    Speed: markers anchored at line starts (`^...`, the usual case) are tested together in one
    pass over the head (one compiled alternation of zero-width lookaheads, tried only at line
    starts); a line where one marker matched is re-tested for the other markers, so the result is
    exactly that of searching each marker separately. Other markers are searched one by one."""

    def __init__(self, markers: list[Marker], window: int = 3000) -> None:
        self.markers = markers
        self.window = window
        self._res = [(re.compile(m.pattern, re.MULTILINE), m) for m in markers]
        anchored: list[int] = []
        bodies: list[str] = []
        for k, m in enumerate(markers):
            body = _line_anchored_body(m.pattern)
            if body is None:
                continue
            anchored.append(k)
            for j, alt in enumerate(_top_alternatives(body)):
                # A branch that starts with a plain literal character is skipped by the regex
                # engine with one comparison; others are zero-width lookaheads.
                if alt[:1] and alt[0] not in _SPECIAL and alt[1:2] not in _QUANT:
                    # the empty named group comes last: it must be the last group closed
                    bodies.append(f"{re.escape(alt[0])}(?={alt[1:]})(?P<m{k}_{j}>)")
                else:
                    bodies.append(f"(?=(?P<m{k}_{j}>{alt}))")
        self._anchored = anchored
        self._after = {k: anchored[j + 1 :] for j, k in enumerate(anchored)}
        self._loose = [k for k in range(len(markers)) if k not in set(anchored)]
        self._combined: re.Pattern[str] | None = None
        if bodies:
            try:
                # a literal "\\n" prefix lets the regex engine skip to line starts at C speed
                self._combined = re.compile("\\n(?:" + "|".join(bodies) + ")", re.MULTILINE)
            except re.error:  # e.g. a marker with its own named groups: search one by one
                self._loose = list(range(len(markers)))
                self._anchored = []
                self._after = {}

    def __call__(self, text: str) -> Sniff:
        head = text if len(text) < 200_000 else text[:200_000]
        if self.window:
            cut = 0
            for _ in range(self.window):
                cut = head.find("\n", cut + 1)
                if cut < 0:
                    break
            if cut > 0:
                head = head[:cut]
        res = self._res
        seen: set[int] = set()
        if self._combined is not None:
            todo = len(self._anchored)
            lined = "\n" + head  # position p + 1 of `lined` is position p of `head`
            for mt in self._combined.finditer(lined):
                name = mt.lastgroup
                if name is None:
                    continue
                first = int(name[1:].split("_", 1)[0])
                seen.add(first)
                pos = mt.start() + 1
                # markers tried before `first` failed on this line; later ones may match it too
                for k in self._after[first]:
                    if k not in seen and res[k][0].match(lined, pos):
                        seen.add(k)
                if len(seen) >= todo:
                    break
        for k in self._loose:
            if res[k][0].search(head):
                seen.add(k)
        score = 0.0
        evidence: list[str] = []
        for k, (_, m) in enumerate(res):
            if k in seen:
                score += m.weight
                evidence.append(f"{m.why} ({m.weight:+g})")
        return Sniff(score, tuple(evidence))


class MarkerDialect:
    """The shape most dialects share: a marker sniffer (evidence as data) and a parse function.
    A package then only states its name, features, markers and parser."""

    def __init__(
        self,
        name: str,
        title: str,
        features: frozenset[str],
        markers: list[Marker],
        parse: Callable[[Artifact], ParseResult],
    ) -> None:
        self.name = name
        self.title = title
        self.features = features
        self._sniff = MarkerSniffer(markers)
        self._parse = parse

    def sniff(self, text: str) -> Sniff:
        return self._sniff(text)

    def parse(self, artifact: Artifact) -> ParseResult:
        return self._parse(artifact)
