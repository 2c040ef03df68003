"""Cached pieces, memoised facts and the timeline agree with a naive whole-file reading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_lint.core.vocabulary import AREAS, STATUSES
from roadmap_lint.history import VersionParser, fold
from roadmap_lint.loading.document import parse_text
from roadmap_lint.model import build_roadmap
from tests.history.builders import roadmap, skill

NAMES = [f"Topic {n}" for n in range(8)]
START = dt.date(2026, 1, 1)

#: one skill's state: None (absent) or (area, status, has a project)
states = st.one_of(
    st.none(), st.tuples(st.sampled_from(AREAS[:3]), st.sampled_from(STATUSES), st.booleans())
)
versions = st.lists(st.lists(states, min_size=len(NAMES), max_size=len(NAMES)), max_size=8)


def render(version: list[Any], broken: bool) -> str:
    if broken:
        return "areas: [unclosed\n"
    skills = [
        skill(name, status, area=area, projects=["notes-api"] if applied else [])
        for name, state in zip(NAMES, version, strict=True)
        if state is not None
        for area, status, applied in [state]
    ]
    return roadmap(skills)


def naive(texts: list[tuple[dt.date, str]]) -> dict[str, list[tuple[dt.date, Any]]]:
    """Each skill's states, from a whole-file parse of every version."""
    tracks: dict[str, list[tuple[dt.date, Any]]] = {}
    seen: set[str] = set()
    for date, text in texts:
        document = parse_text(text, Path("roadmap.yml"))
        if not document.parsed:
            continue
        now = {
            s.name.casefold(): (s.area, s.name, s.status, s.bucket, bool(s.projects))
            for s in build_roadmap(document.data).skills()
        }
        for key in seen | set(now):
            track = tracks.setdefault(key, [])
            state = now.get(key)
            if (not track and state is not None) or (track and track[-1][1] != state):
                track.append((date, state))
        seen |= set(now)
    return tracks


@settings(max_examples=60, deadline=None)
@given(versions=versions, broken=st.sets(st.integers(0, 7)))
def test_fold_matches_a_naive_reading(versions: list[Any], broken: set[int]) -> None:
    texts = [
        (START + dt.timedelta(days=10 * n), render(version, n in broken))
        for n, version in enumerate(versions)
    ]
    parse = VersionParser()
    timeline, skipped = fold((date, parse(text)) for date, text in texts)
    assert skipped == len(broken & set(range(len(versions))))
    found = {
        key: [
            (date, None if s is None else (s.area, s.name, s.status, s.bucket, s.applied))
            for date, s in track.states
        ]
        for key, track in timeline.skills.items()
    }
    assert found == naive(texts)
