"""Reports written beside the main one, for CI: SARIF, the job summary, step outputs.

Each takes a file name; an empty name means "not wanted", so a wrapper such as the GitHub
Action can pass a variable that may be unset without any shell logic of its own.
"""

from __future__ import annotations

from roadmap_lint.analysis.score import roadmap_score
from roadmap_lint.check import CheckResult
from roadmap_lint.cli.common import output_stream
from roadmap_lint.core.findings import summarize
from roadmap_lint.reporting import get_reporter


def write_extra_reports(
    result: CheckResult, *, sarif: str | None, summary: str | None, github_output: str | None
) -> None:
    if sarif:
        with output_stream(sarif) as stream:
            get_reporter("sarif")(result, stream, color=False)
    if summary:
        from roadmap_lint.reporting.markdown import job_summary

        _append(summary, job_summary(result) + "\n")
    if github_output:
        _append(github_output, "".join(f"{k}={v}\n" for k, v in step_outputs(result).items()))


def step_outputs(result: CheckResult) -> dict[str, int]:
    """``errors``, ``warnings``, ``infos`` and ``score``, as the Action publishes them."""
    counts = summarize(result.findings)
    return {
        "errors": counts["error"],
        "warnings": counts["warning"],
        "infos": counts["info"],
        "score": roadmap_score(result.model, result.scans, result.findings),
    }


def _append(path: str, text: str) -> None:
    """Append, as GitHub expects for ``$GITHUB_STEP_SUMMARY`` and ``$GITHUB_OUTPUT``."""
    with output_stream(path, append=True) as stream:
        stream.write(text)
