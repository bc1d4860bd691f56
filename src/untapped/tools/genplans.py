"""Write src/untapped/detect_plans.json: how each shipped dialect's detection marker is found line
by line (`detect_lines.line_plan`), so that start-up need not analyse 373 patterns with
`sre_parse` (~0.1 s per process).

    python -m untapped.tools.genplans [OUTPUT]    # `make docs`; OUTPUT defaults to the package's

tests/detection/test_detect_plans.py fails when the file is not what this writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec

from untapped.detect_lines import line_plan
from untapped.detect_plans import FILE, Plan
from untapped.dialects import all_dialects
from untapped.dialects.base import MarkerSniffer


def plans() -> dict[str, Plan | None]:
    out: dict[str, Plan | None] = {}
    for dialect in all_dialects():
        sniffer = getattr(dialect, "head_sniffer", None)
        if isinstance(sniffer, MarkerSniffer):
            for marker in sniffer.markers:
                if marker.pattern not in out:
                    out[marker.pattern] = line_plan(marker.pattern)
    return out


def render() -> bytes:
    rows = [
        msgspec.json.encode(pattern) + b": " + msgspec.json.encode(plan)
        for pattern, plan in sorted(plans().items())
    ]
    return b"{\n" + b",\n".join(rows) + b"\n}\n"  # a marker per line: readable diffs


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else FILE
    out.write_bytes(render())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
