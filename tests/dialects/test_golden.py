"""Every dialect golden case: parse input.*, compare the model, line accounting and diagnostics
with expected.json (rewritten only by --update-golden)."""

from __future__ import annotations

import pytest

from tests.conftest import check_golden
from tests.dialects.golden import Case, cases
from untapped.collect.files import read_artifact
from untapped.detect import detect
from untapped.dialects import get
from untapped.model.serialize import device_to_builtins, to_builtins


def parse_case(case: Case):  # type: ignore[no-untyped-def]
    art = read_artifact(case.input, case.input.name)
    assert not hasattr(art, "message"), art
    return art, get(case.dialect).parse(art)  # type: ignore[arg-type]


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.id)
def test_golden(case: Case, update_golden: bool) -> None:
    _art, result = parse_case(case)
    lines = result.lines
    assert lines.total == lines.recognized + lines.unrecognized + lines.blank_or_comment
    unrec = [d for d in result.diagnostics if d.kind == "unrecognized"]
    assert len(unrec) == lines.unrecognized
    actual = {
        "device": device_to_builtins(result.device),
        "lines": to_builtins(lines),
        "diagnostics": to_builtins(result.diagnostics),
    }
    check_golden(case.dir / "expected.json", actual, update_golden)


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.id)
def test_detected_as_own_dialect(case: Case) -> None:
    art, _ = parse_case(case)
    if (case.dir / "no-detect").exists():
        pytest.skip("fragment too small to detect on purpose")
    assert detect(art.text).dialect == case.dialect  # type: ignore[union-attr]


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.id)
def test_refs_and_acl_lines_golden(case: Case, update_golden: bool) -> None:
    """Reference integrity and unreachable ACL lines over every dialect golden case: together the
    cases of a dialect cover every structure type it records (refs.json beside expected.json)."""
    from untapped.cli_analysis import acl_lines_document, refs_document

    actual = {
        "refs": refs_document(str(case.input), jobs=1),
        "acl_lines": acl_lines_document(str(case.input), jobs=1),
    }
    check_golden(case.dir / "refs.json", actual, update_golden)
