"""What the routing analyses produce: routes, forwarding entries, layer-3 edges, device status.

`DataPlane` is the interface between the control plane (RIB computation) and the analyses that
forward packets over it (trace, reach, tap exposure). Addresses are ints inside; text only at the
edges (`Route.prefix`, `FibEntry.next_hop_ip`) so that the JSON of contract §4 is a direct dump.
"""

from __future__ import annotations

from typing import Literal

import msgspec

# Contract §4 protocols.
Protocol = Literal[
    "connected",
    "local",
    "static",
    "ospf",
    "ospfIA",
    "ospfE1",
    "ospfE2",
    "bgp",
    "ibgp",
    "isis",
    "rip",
    "eigrp",
    "aggregate",
]

# What a FIB entry does with a packet.
Action = Literal["forward", "receive", "drop", "unknown"]


class Route(msgspec.Struct, frozen=True, cache_hash=True, gc=False):
    """One main-RIB route (the best ones only; equal-cost paths are separate entries)."""

    device: str
    vrf: str  # "default" for the global table
    prefix: str  # canonical "10.1.0.0/24", "2001:db8::/64"
    protocol: str  # one of Protocol
    next_hop_ip: str | None
    next_hop_interface: str | None  # "Null0" (or the vendor's discard name) for discard routes
    admin_distance: int
    metric: int
    tag: int | None = None
    line: int = 0  # the configuration line the route comes from, where one does (0: none)
    # BGP attributes (empty for the others)
    as_path: tuple[int, ...] = ()
    local_pref: int | None = None
    communities: tuple[str, ...] = ()
    next_hop_vrf: str | None = None  # the VRF the next hop is resolved in, when not `vrf`


class FibEntry(msgspec.Struct, frozen=True, gc=False):
    """A forwarding decision for a prefix: the route resolved down to an interface."""

    prefix: str
    action: str  # one of Action
    interface: str | None  # outgoing interface for "forward"
    next_hop_ip: str | None  # resolved next hop (None when the destination is on-link)
    route: Route  # the main-RIB route this entry comes from


class L3Edge(msgspec.Struct, frozen=True):
    """Two interfaces in one subnet (inferred), or cabled together (layer-1 file)."""

    device1: str
    interface1: str
    address1: str
    device2: str
    interface2: str
    address2: str
    subnet: str
    source: str = "inferred"  # "inferred" | "layer1"


class DeviceStatus(msgspec.Struct):
    """Whether the routes of a device can be trusted; answers that touch a device whose status
    is not `ok` say unknown."""

    device: str
    status: str = "ok"  # "ok" | "partial" | "not-converged" | "unknown-dialect"
    unsupported: list[str] = msgspec.field(default_factory=list)  # e.g. "eigrp 10 (line 120)"
    notes: list[str] = msgspec.field(default_factory=list)


class DataPlane:
    """The computed network. Built by `untapped.analyses.routing.compute(devices)`.

    - `ribs[(device, vrf)]`: the main RIB (best routes) of each device and VRF.
    - `fibs[(device, vrf)]`: the same resolved to forwarding entries (recursive next hops followed,
      discard routes as `drop`, local addresses as `receive`).
    - `edges`: layer-3 adjacency; `status`: per device.
    - `lookup(device, vrf, address)`: longest-prefix match in the FIB (list: ECMP), [] if none.
    - `interface_vrf(device, interface)`: the VRF an interface sits in.
    - `owner_of(address)`: (device, interface) pairs that own an address.
    """

    def __init__(
        self,
        ribs: dict[tuple[str, str], list[Route]],
        fibs: dict[tuple[str, str], list[FibEntry]],
        edges: list[L3Edge],
        status: dict[str, DeviceStatus],
        iterations: int = 0,
        converged: bool = True,
    ) -> None:
        self.ribs = ribs
        self.fibs = fibs
        self.edges = edges
        self.status = status
        self.iterations = iterations
        self.converged = converged
        self.owners: dict[tuple[int, int], list[tuple[str, str]]] = {}  # (family, ip) -> owners
        self.iface_vrf: dict[tuple[str, str], str] = {}  # (device, interface) -> VRF
        self._radix: dict[tuple[str, str], object] = {}

    def lookup(self, device: str, vrf: str, address: str | int) -> list[FibEntry]:
        """Longest-prefix match of `address` (text, or an int: IPv4 when < 2**32) in the FIB of
        `device`/`vrf`: the entries of the matching prefix (several: ECMP), [] when none."""
        from untapped.analyses.routing.fib import lookup

        return lookup(self, device, vrf, address)

    def interface_vrf(self, device: str, interface: str) -> str:
        """The VRF an interface sits in ("default" for the global table)."""
        return self.iface_vrf.get((device, interface), "default")

    def owner_of(self, address: str | int) -> list[tuple[str, str]]:
        """(device, interface) pairs that own `address` (text, or an int)."""
        from untapped.analyses.routing.fib import address_key

        key = address_key(address)
        return list(self.owners.get(key, [])) if key is not None else []
