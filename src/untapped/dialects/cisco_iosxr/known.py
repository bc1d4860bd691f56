"""IOS-XR statements recognized but not modelled, as data (known.txt beside this module)."""

from __future__ import annotations

from untapped.dialects._ioslike.known_data import load_sections

_S = load_sections(__package__, "known.txt")
PROTO_WORDS: tuple[str, ...] = _S["PROTO_WORDS"]
BLOCKS: tuple[str, ...] = _S["BLOCKS"]
ROOT: tuple[str, ...] = _S["ROOT"]
ROOT_2: tuple[str, ...] = _S["ROOT_2"]
ROOT_3: tuple[str, ...] = _S["ROOT_3"]
IF: tuple[str, ...] = _S["IF"]
OSPF: tuple[str, ...] = _S["OSPF"]
BGP: tuple[str, ...] = _S["BGP"]
BGP_AF_WORDS: tuple[str, ...] = _S["BGP_AF_WORDS"]
NEIGHBOR_WORDS: tuple[str, ...] = _S["NEIGHBOR_WORDS"]
NBR: tuple[str, ...] = _S["NBR"]
NBR_AF: tuple[str, ...] = _S["NBR_AF"]
POLICY_CLASS_ACTIONS: tuple[str, ...] = _S["POLICY_CLASS_ACTIONS"]
LINE: tuple[str, ...] = _S["LINE"]
