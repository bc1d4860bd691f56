"""Write the tables derived from the package's own data, so that start-up need not derive them:

- src/untapped/detect_plans.json: how each shipped dialect's detection marker is found line by
  line (`detect_lines.line_plan`; analysing the 373 patterns with `sre_parse` took ~0.1 s);
- src/untapped/rules/catalog.json: the rule catalog as read from catalog.toml (tomllib took
  ~40 ms), with the SHA-256 of the TOML it was made from (another TOML is read as TOML).

    python -m untapped.tools.gentables [DIR]   # `make docs`; DIR: write there instead

Each table only saves time: a missing, stale or unreadable one is derived at start-up as before.
tests/detection/test_detect_plans.py and tests/report/test_catalog_cache.py fail when a shipped
table is not what this writes.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import msgspec

from untapped.detect_lines import line_plan
from untapped.detect_plans import FILE as PLANS_FILE
from untapped.detect_plans import Plan
from untapped.dialects import all_dialects
from untapped.dialects.base import MarkerSniffer
from untapped.rules.catalog import compile_catalog

CATALOG_FILE = Path(str(resources.files("untapped.rules").joinpath("catalog.json")))


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
    """detect_plans.json."""
    rows = [
        msgspec.json.encode(pattern) + b": " + msgspec.json.encode(plan)
        for pattern, plan in sorted(plans().items())
    ]
    return b"{\n" + b",\n".join(rows) + b"\n}\n"  # a marker per line: readable diffs


def render_catalog() -> bytes:
    """catalog.json."""
    toml = resources.files("untapped.rules").joinpath("catalog.toml").read_bytes()
    return compile_catalog(toml)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    plans_out, catalog_out = PLANS_FILE, CATALOG_FILE
    if args:
        plans_out, catalog_out = Path(args[0]) / PLANS_FILE.name, Path(args[0]) / "catalog.json"
    plans_out.write_bytes(render())
    catalog_out.write_bytes(render_catalog())
    print(f"wrote {plans_out} and {catalog_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
