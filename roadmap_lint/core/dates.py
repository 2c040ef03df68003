"""Dates that cannot overflow or fail to parse.

Day counts come from the roadmap (``lint.thresholds``, ``lint.history``) and dates from flags
(``--today 0001-03-01``); Python's calendar ends at years 1 and 9999, and a ``timedelta`` at
a billion days. Counting back past the start of the calendar gives its first day instead.
"""

from __future__ import annotations

import datetime as dt
import re

_EPOCH = dt.datetime(1970, 1, 1)
_OFFSET = re.compile(r"[+-][0-9]{4}")


def days_before(day: dt.date, days: int) -> dt.date:
    """``day`` minus ``days`` days, or ``date.min`` when that lies before the calendar starts."""
    if days >= (day - dt.date.min).days:
        return dt.date.min
    return day - dt.timedelta(days=days)


def commit_date(stamp: str | None) -> dt.date | None:
    """The calendar day of an ISO 8601 time from git (``%cI``), as the committer saw it.

    Only the date part is read: git records offsets up to ``+9959``, which no ``datetime``
    accepts. None when there is no stamp or its year lies outside 1 to 9999.
    """
    try:
        return dt.date.fromisoformat(stamp.strip()[:10]) if stamp else None
    except ValueError:
        return None


def git_time(raw: str) -> str | None:
    """A commit time as git stores it (``<seconds> <+hhmm>``, what ``--date=raw`` prints) in
    ISO 8601 as the committer's clock showed it, exactly as ``%cI`` would print it.

    Read from the raw form because git itself stops with "Timestamp before Unix epoch" on a
    local time before 1970, and a ``datetime`` takes no offset beyond a day. None when there is
    no such time in Python's calendar (a year after 9999).
    """
    seconds, _, offset = raw.strip().partition(" ")
    if not seconds.isdigit() or not _OFFSET.fullmatch(offset):
        return None
    shift = (int(offset[1:3]) * 60 + int(offset[3:5])) * 60 * (-1 if offset[0] == "-" else 1)
    try:
        local = _EPOCH + dt.timedelta(seconds=int(seconds) + shift)
    except OverflowError:
        return None
    return f"{local.isoformat(timespec='seconds')}{offset[:3]}:{offset[3:]}"
