"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning (and any other SARIF viewer).

Every rule is described in ``tool.driver.rules`` with its docstring as help; every finding is a
result on the roadmap file, located from the repository's root (``%SRCROOT%``, the way code
scanning reads a relative location). Code scanning matches alerts across runs by
``partialFingerprints``, so those hash what a finding is about (rule, file from the root, JSON
pointer), never its line or wording or the folder the command ran in: editing the file above
it, rewording a message or running from another folder keeps the same alert.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, TextIO

from roadmap_lint import __version__
from roadmap_lint.core.files import path_in_url
from roadmap_lint.core.findings import Finding, Severity
from roadmap_lint.core.jsontext import dumps

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult
    from roadmap_lint.rules.base import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/roadmap-lint/roadmap-lint"
RULES_DOC_URI = INFORMATION_URI + "/blob/main/docs/rules.md"
FINGERPRINT_KEY = "roadmapLint/v1"
EVIDENCE_KEY = "roadmapLint/evidence"
#: The base every location is relative to. Its absolute address is left out on purpose: it
#: is a folder of the machine that ran the check, and code scanning needs only the name.
SOURCE_ROOT = "%SRCROOT%"
_SOURCE_ROOT_DESCRIPTION = "The top of the repository that holds the roadmap."

#: GitHub code scanning keeps only the first 5,000 results of a run (25,000 are accepted).
MAX_RESULTS = 5_000
#: Long texts from a hostile roadmap must not push the upload past GitHub's 10 MB limit.
MAX_MESSAGE = 2_000

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_CATEGORIES = {"RL0": "file", "RL1": "staleness", "RL2": "balance", "RL3": "evidence"}


def report(result: CheckResult, stream: TextIO, *, color: bool) -> None:
    stream.write(dumps(sarif_log(result)))


def report_many(results: Sequence[CheckResult], stream: TextIO, *, color: bool) -> None:
    """Several roadmaps in one log: one run holding every roadmap's results, as code
    scanning accepts one run per tool and category."""
    logs = [sarif_log(result) for result in results]
    run = logs[0]["runs"][0]
    for log in logs[1:]:
        run["results"] += log["runs"][0]["results"]
    stream.write(dumps(logs[0]))


def sarif_log(result: CheckResult) -> dict[str, Any]:
    """The whole SARIF log for one check run, as plain data."""
    from roadmap_lint import rules

    index = {rule.CODE: position for position, rule in enumerate(rules.RULES)}
    kept = sorted(result.findings, key=lambda f: -f.severity.rank)[:MAX_RESULTS]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "roadmap-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(rule) for rule in rules.RULES],
            }
        },
        "invocations": [_invocation(result, len(result.findings) - len(kept), index)],
        "originalUriBaseIds": {SOURCE_ROOT: {"description": {"text": _SOURCE_ROOT_DESCRIPTION}}},
        "columnKind": "unicodeCodePoints",
        "results": _results(kept, index),
    }
    if result.scans:
        run["properties"] = {EVIDENCE_KEY: _evidence(result)}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _evidence(result: CheckResult) -> dict[str, dict[str, str]]:
    """Project → signal → strength, for every signal a readable project shows: SARIF has no
    place for evidence itself, so it rides in the run's property bag."""
    return {
        project_id: {
            name: signal.strength or "" for name, signal in scan.signals.items() if signal.present
        }
        for project_id, scan in (result.scans or {}).items()
        if scan.error is None
    }


def _descriptor(rule: Rule) -> dict[str, Any]:
    from roadmap_lint.rules.docs import doc, summary

    return {
        "id": rule.CODE,
        "name": rule.NAME,
        "shortDescription": {"text": summary(rule)},
        "fullDescription": {"text": summary(rule)},
        "help": {"text": doc(rule), "markdown": doc(rule)},
        "helpUri": f"{RULES_DOC_URI}#{rule.CODE.lower()}-{rule.NAME}",
        "defaultConfiguration": {"level": _LEVELS[rule.SEVERITY]},
        "properties": {"tags": ["roadmap", _CATEGORIES.get(rule.CODE[:3], "other")]},
    }


def _invocation(result: CheckResult, dropped: int, index: dict[str, int]) -> dict[str, Any]:
    invocation: dict[str, Any] = {"executionSuccessful": True}
    overrides = _overrides(result, index)
    if overrides:
        invocation["ruleConfigurationOverrides"] = overrides
    if dropped:
        note = f"{dropped} less severe findings left out: code scanning shows {MAX_RESULTS} at most"
        invocation["toolExecutionNotifications"] = [{"level": "warning", "message": {"text": note}}]
    return invocation


def _overrides(result: CheckResult, index: dict[str, int]) -> list[dict[str, Any]]:
    """The severities ``lint.severity`` changed, as SARIF's run-time rule configuration."""
    from roadmap_lint import rules

    changed = []
    for rule in rules.RULES:
        chosen = result.settings.selection.severity_of(rule)
        if chosen != rule.SEVERITY:
            configuration = {"enabled": False} if chosen is None else {"level": _LEVELS[chosen]}
            descriptor = {"id": rule.CODE, "index": index[rule.CODE]}
            changed.append({"descriptor": descriptor, "configuration": configuration})
    return changed


def _results(findings: list[Finding], index: dict[str, int]) -> list[dict[str, Any]]:
    seen: Counter[str] = Counter()
    results = []
    for finding in findings:
        identity = "\0".join((finding.rule, finding.file, finding.pointer))
        seen[identity] += 1
        results.append(_result(finding, index, f"{identity}\0{seen[identity]}"))
    return results


def _result(finding: Finding, index: dict[str, int], identity: str) -> dict[str, Any]:
    text = finding.message + (f"\nHint: {finding.hint}" if finding.hint else "")
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": _LEVELS[finding.severity],
        "message": {"text": _clip(text)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {
                        "uri": artifact_uri(finding.file),
                        "uriBaseId": SOURCE_ROOT,
                    },
                    "region": {"startLine": finding.line, "startColumn": finding.column},
                }
            }
        ],
        "partialFingerprints": {
            FINGERPRINT_KEY: hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()
        },
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if finding.pointer:
        result["properties"] = {"pointer": _clip(finding.pointer)}
    return result


def artifact_uri(path: str) -> str:
    """The file, whose path is from the repository's root, as a relative URI reference."""
    return path_in_url(PurePosixPath(path.replace("\\", "/")).as_posix())


def _clip(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"
