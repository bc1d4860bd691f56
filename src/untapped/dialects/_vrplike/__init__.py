"""Machinery shared by the VRP-like dialects (Huawei VRP, H3C Comware): `#`-separated blocks,
`undo` negation, `return`, and the handlers of the statements both vendors spell alike."""
