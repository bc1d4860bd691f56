"""The data-plane analyses over a computed `DataPlane`: `trace` (one packet, hop by hop), `reach`
(all packets from one location to another, symbolically) and tap exposure (which subnets'
traffic each mirror, capture, export and redirect channel copies)."""
