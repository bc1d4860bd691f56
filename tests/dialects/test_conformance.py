"""The conformance suite every registered dialect must pass (in the spirit of napalm's
BaseTestGetters): each dialect declares the features it populates; each declared feature must be
filled by at least one golden case of that dialect, and a case that exercises a feature must get
it filled — a feature a case exercises but the dialect does not declare fails."""

from __future__ import annotations

from typing import Any

import pytest

from tests.dialects.golden import cases
from tests.dialects.test_golden import parse_case
from untapped.dialects import FEATURES, get, names


def filled(device: Any, feature: str) -> bool:
    for field in FEATURES[feature]:
        value = getattr(device, field)
        if feature == "tunnels":
            if any(i.tunnel is not None for i in device.interfaces.values()):
                return True
            continue
        if feature == "hostname":
            return bool(device.hostname_line)
        if value not in (None, "", [], {}, False) and not _empty_struct(value):
            return True
    return False


def _empty_struct(value: Any) -> bool:
    if hasattr(value, "__struct_fields__"):
        return all(
            getattr(value, f) in (None, "", [], {}, False, 0) for f in value.__struct_fields__
        )
    return False


@pytest.mark.parametrize("dialect", names())
def test_declared_features_are_known(dialect: str) -> None:
    unknown = set(get(dialect).features) - set(FEATURES)
    assert not unknown, f"{dialect} declares unknown features {unknown}"


@pytest.mark.parametrize("dialect", names())
def test_every_declared_feature_is_shown_by_a_case(dialect: str) -> None:
    mine = [c for c in cases() if c.dialect == dialect]
    assert mine, f"{dialect} has no golden cases"
    devices = [parse_case(c)[1].device for c in mine]
    missing = [f for f in sorted(get(dialect).features) if not any(filled(d, f) for d in devices)]
    assert not missing, f"{dialect} declares {missing} but no golden case fills them"


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.id)
def test_exercised_features_are_declared_and_filled(case: Any) -> None:
    dialect = get(case.dialect)
    device = parse_case(case)[1].device
    for feature in case.exercises:
        assert feature in FEATURES, f"unknown feature {feature} in {case.id}/case.toml"
        assert feature in dialect.features, f"{case.id} exercises {feature}, not declared"
        assert filled(device, feature), f"{case.id} exercises {feature} but the model is empty"
