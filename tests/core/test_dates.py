"""Dates that cannot overflow: raw git times, ISO stamps, counting days back."""

from __future__ import annotations

import datetime as dt

import pytest

from roadmap_lint.core.dates import commit_date, days_before, git_time


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("1772366400 +0000", "2026-03-01T12:00:00+00:00"),
        ("1772366400 -0130", "2026-03-01T10:30:00-01:30"),
        ("1761955200 +9959", "2025-11-05T03:59:00+99:59"),  # git accepts it; datetime does not
        ("2000 -9959", "1969-12-27T20:34:20-99:59"),  # git itself will not print it with %cI
        ("253402300800 +0000", None),  # the year 10000
        ("18446744073709551615 +0000", None),
        ("12 +00", None),
        ("", None),
    ],
)
def test_raw_git_times_read_as_the_committer_saw_them(raw: str, iso: str | None) -> None:
    assert git_time(raw) == iso


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2026-05-06T07:08:09Z", dt.date(2026, 5, 6)),
        ("2025-11-05T03:59:00+99:59", dt.date(2025, 11, 5)),
        ("10000-01-01T00:00:00+00:00", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_commit_dates_are_the_date_part(stamp: str | None, day: dt.date | None) -> None:
    assert commit_date(stamp) == day


def test_counting_back_stops_at_the_start_of_the_calendar() -> None:
    assert days_before(dt.date(2026, 11, 25), 92) == dt.date(2026, 8, 25)
    assert days_before(dt.date(1, 3, 1), 730) == dt.date.min
    assert days_before(dt.date(2026, 11, 25), 10**30) == dt.date.min
