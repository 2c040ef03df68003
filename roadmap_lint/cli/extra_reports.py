"""Reports written beside the main one, for CI: SARIF, the job summary, step outputs.

Each takes a file name; an empty name means "not wanted", so a wrapper such as the GitHub
Action can pass a variable that may be unset without any shell logic of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from roadmap_lint.check import CheckResult
from roadmap_lint.cli.common import output_stream
from roadmap_lint.core.findings import summarize
from roadmap_lint.reporting import write_reports


def write_extra_reports(
    results: Sequence[CheckResult],
    *,
    sarif: str | None,
    summary: str | None,
    github_output: str | None,
) -> None:
    if sarif:
        with output_stream(sarif) as stream:
            write_reports("sarif", results, stream, color=False)
    if summary:
        from roadmap_lint.reporting.markdown import job_summary

        _append(summary, "".join(job_summary(result) + "\n" for result in results))
    if github_output:
        _append(github_output, "".join(f"{k}={v}\n" for k, v in step_outputs(results).items()))


def step_outputs(results: Sequence[CheckResult]) -> dict[str, int]:
    """``errors``, ``warnings``, ``infos`` and ``score``, as the Action publishes them.

    Over several roadmaps the counts add up and the score is the lowest one.
    """
    counts = summarize([finding for result in results for finding in result.findings])
    return {
        "errors": counts["error"],
        "warnings": counts["warning"],
        "infos": counts["info"],
        "score": min(result.score() for result in results),
    }


def _append(path: str, text: str) -> None:
    """Append, as GitHub expects for ``$GITHUB_STEP_SUMMARY`` and ``$GITHUB_OUTPUT``."""
    with output_stream(path, append=True) as stream:
        stream.write(text)
