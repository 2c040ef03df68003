"""The scan's mutable records compare by their fields, as the dataclasses they replace did."""

from __future__ import annotations

import pytest

from roadmap_lint.scanning.ci import Pipeline
from roadmap_lint.scanning.dependencies import Dependencies


def test_records_with_equal_fields_are_equal_and_show_them() -> None:
    first, second = Pipeline(".github/workflows/ci.yml"), Pipeline(".github/workflows/ci.yml")
    assert first == second
    second.steps.append("actions/checkout")
    assert first != second
    assert "steps=['actions/checkout']" in repr(second)


def test_records_of_other_types_are_never_equal_nor_hashable() -> None:
    assert Dependencies() != Pipeline("ci.yml")
    assert Dependencies() != object()
    with pytest.raises(TypeError):
        hash(Dependencies())
