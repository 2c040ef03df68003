"""Properties over generated roadmaps: checking never raises and every report keeps its shape."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from roadmap_lint.check import CheckOptions, run_check
from roadmap_lint.core.vocabulary import AREAS, SIGNALS
from roadmap_lint.reporting import FORMATS, get_reporter
from tests.conftest import REPO_ROOT

OUTPUT_SCHEMA = json.loads((REPO_ROOT / "schemas" / "output.schema.json").read_text())
VALIDATOR = Draft202012Validator(OUTPUT_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)

# Mostly well-typed values, sometimes anything: the rules must cope with both.
anything = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
words = st.text(alphabet="abcdefgh-_@<>`{} ", min_size=1, max_size=10)
dates = st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31))


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(strategy, strategy, strategy, anything)


skill = st.fixed_dictionaries(
    {
        "name": maybe(words),
        "status": maybe(st.sampled_from(["comfortable", "fragile", "theoretical"])),
    },
    optional={
        "bucket": maybe(st.sampled_from(["essential_now", "useful_next", "optional_later"])),
        "stage": maybe(st.integers(0, 9)),
        "projects": maybe(st.lists(st.sampled_from(["a", "b", "zz"]), max_size=3)),
        "major_tool": maybe(st.booleans()),
        "reason": maybe(st.sampled_from(["a", "b", "zz"])),
        "ignore": maybe(st.lists(st.sampled_from(["RL302", "RL2", "nope"]), max_size=2)),
    },
)
project = st.fixed_dictionaries(
    {"id": maybe(st.sampled_from(["a", "b", "c"])), "repo": maybe(st.just("."))},
    optional={
        "kind": maybe(st.sampled_from(["independent", "tutorial", "course"])),
        "status": maybe(st.sampled_from(["planned", "in_progress", "done"])),
        "completed": maybe(dates),
        "areas": maybe(st.lists(st.sampled_from([*AREAS, "other"]), max_size=3)),
        "expects": maybe(st.lists(st.sampled_from(SIGNALS), max_size=3, unique=True)),
    },
)
review = st.fixed_dictionaries(
    {
        "date": maybe(dates),
        "kind": maybe(st.sampled_from(["monthly", "quarterly", "annual", "project"])),
    },
    optional={
        "project": maybe(words),
        "next_focus": maybe(words),
        "removed": maybe(st.lists(words, max_size=2)),
    },
)
area = st.fixed_dictionaries(
    {}, optional={"next": maybe(words), "skills": maybe(st.lists(skill, max_size=4))}
)
roadmap = st.fixed_dictionaries(
    {
        "version": maybe(st.just(1)),
        "profile": maybe(
            st.fixed_dictionaries(
                {"level": maybe(st.sampled_from(["beginner", "intermediate", "job-seeking"]))},
                optional={
                    "languages": maybe(st.lists(words, max_size=3)),
                    "stage": maybe(st.integers(0, 9)),
                },
            )
        ),
        "areas": maybe(st.fixed_dictionaries({name: area for name in AREAS})),
    },
    optional={
        "projects": maybe(st.lists(project, max_size=4)),
        "reviews": maybe(st.lists(review, max_size=3)),
        "lint": maybe(
            st.fixed_dictionaries(
                {},
                optional={
                    "thresholds": maybe(
                        st.dictionaries(
                            st.sampled_from(["essential_max", "monthly_days"]), st.integers(-2, 9)
                        )
                    )
                },
            )
        ),
    },
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(roadmap)
def test_any_roadmap_checks_and_reports_in_every_format(
    tmp_path: Path, data: dict[str, Any]
) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run_check(
        CheckOptions(roadmap=path, today=dt.date(2026, 11, 25), scan=False, history=False)
    )
    VALIDATOR.validate(result.to_json())
    for name in FORMATS:
        get_reporter(name)(result, io.StringIO(), color=False)
    for finding in result.findings:
        assert finding.line >= 1 and finding.column >= 1


MENTION = __import__("re").compile(r"(?<![A-Za-z0-9`])@[A-Za-z0-9]")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(roadmap, st.sampled_from(["monthly", "quarterly", "annual", "project"]))
def test_any_roadmap_renders_a_review_without_live_mentions(
    tmp_path: Path, data: dict[str, Any], cadence: str
) -> None:
    from roadmap_lint.review.service import ReviewOptions, draft_reviews

    path = tmp_path / "roadmap.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    options = ReviewOptions(
        roadmap=path, today=dt.date(2026, 11, 25), cadence=cadence, scan=False, history=False
    )
    _, drafts = draft_reviews(options)
    for draft in drafts:
        assert not MENTION.search(draft.body), draft.body
        assert "<script" not in draft.body.lower()
