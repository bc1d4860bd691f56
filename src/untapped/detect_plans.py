"""How each shipped detection marker is found line by line (`detect_lines.line_plan`), read from
`detect_plans.json` beside this module. That file is written by `python -m
untapped.tools.gentables` (`make docs`); tests/detection/test_detect_plans.py fails when it is not
what the markers give. A marker missing from it (edited or added since) is analysed at start-up:
the table saves time, never changes a result."""

from __future__ import annotations

from pathlib import Path

import msgspec

# (regex, found after a blank line, anchored at a line start, the characters such a line starts
# with or None, a literal every match contains or None): how one marker is found line by line;
# None: it is searched in the whole text
Plan = tuple[tuple[str, bool, bool, str | None, str | None], ...]
FILE = Path(__file__).with_name("detect_plans.json")


def load() -> dict[str, Plan | None]:
    try:
        data = FILE.read_bytes()
    except OSError:  # not installed with the package: every marker is analysed at start-up
        return {}
    try:
        return msgspec.json.decode(data, type=dict[str, Plan | None])
    except msgspec.MsgspecError:  # written by another version: analysed at start-up instead
        return {}


PLANS = load()
