"""The control plane and data plane computed from configurations: RIBs, FIBs, topology.

The contract between the control plane (this package: `compute`) and the data-plane analyses
(trace, reach, tap exposure) is `model.DataPlane`.
"""
