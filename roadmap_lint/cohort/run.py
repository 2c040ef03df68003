"""Every learner's row, at most ``jobs`` learners in flight, sorted so attention comes first.

A learner's check waits mostly on git (clones, fetches, listings) and on the server; its own
Python work is a few tens of milliseconds. Threads overlap the waits; the rows they return are
small (``Facts``), and each check's large result is dropped as soon as its facts are taken,
so memory stays flat however many learners the cohort holds.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed

from roadmap_lint.cohort.portfolio import CohortOptions, Row, assess
from roadmap_lint.cohort.roster import Learner

Progress = Callable[[int, int, Row], None]


def default_jobs() -> int:
    """One learner in flight per core this process may use."""
    usable = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return len(usable) if usable else os.cpu_count() or 1


def assess_all(
    learners: Iterable[Learner],
    options: CohortOptions,
    *,
    jobs: int,
    progress: Progress | None = None,
) -> list[Row]:
    """The rows of ``learners``, sorted by ``attention``; ``progress`` hears of each row."""
    chosen = list(learners)
    rows: list[Row] = []
    with ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="learner") as pool:
        pending = [pool.submit(assess, learner, options) for learner in chosen]
        for future in as_completed(pending):
            rows.append(future.result())
            if progress is not None:
                progress(len(rows), len(chosen), rows[-1])
    return sorted(rows, key=attention)


def attention(row: Row) -> tuple[bool, int, int, int, int, str]:
    """Who needs a mentor first: a learner who could not be read at all, then the most flags,
    errors and warnings, then the lowest score; ties by name."""
    facts = row.facts
    if facts is None:
        return (False, 0, 0, 0, 0, row.learner.name.casefold())
    return (
        True,
        -len(row.flags),
        -facts.errors,
        -facts.warnings,
        facts.score,
        row.learner.name.casefold(),
    )
