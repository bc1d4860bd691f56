"""The control plane and data plane computed from configurations: RIBs, FIBs, topology.

The contract between the control plane (this package: `compute`) and the data-plane analyses
(trace, reach, tap exposure) is `model.DataPlane`.

    compute(devices, layer1=None, max_iterations=100) -> DataPlane
"""

from __future__ import annotations

from untapped.analyses.routing.engine import compute
from untapped.analyses.routing.model import DataPlane, DeviceStatus, FibEntry, L3Edge, Route
from untapped.analyses.routing.topology import infer_edges, load_layer1

__all__ = [
    "DataPlane",
    "DeviceStatus",
    "FibEntry",
    "L3Edge",
    "Route",
    "compute",
    "infer_edges",
    "load_layer1",
]
