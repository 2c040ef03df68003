"""SARIF output: valid against the official schema, rule codes as ids, stable fingerprints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from roadmap_lint import rules
from roadmap_lint.reporting import sarif
from tests.conftest import EXAMPLES, REPO_ROOT
from tests.support.reference import reference_file

TODAY = "2026-11-25"
EXAMPLE_ROADMAPS = sorted(
    path
    for path in EXAMPLES.rglob("*.y*ml")
    if not {"workflows", "projects"} & set(path.relative_to(EXAMPLES).parts)
)
BROKEN = {
    "not-yaml.yml": "profile: [unclosed\n",
    "schema.yml": "version: 1\nprofile: {level: guru}\nareas: {}\n",
    "empty.yml": "",
}


@pytest.fixture(scope="module")
def validator() -> Any:
    """The OASIS SARIF 2.1.0 schema (errata01), from the shared reference folder."""
    schema = json.loads(reference_file("sarif-schema-2.1.0.json").read_text("utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="module")
def schemastore_validator() -> Any:
    """SchemaStore's copy (draft-07), the one ``$schema`` names and most uploaders check."""
    schema = json.loads(reference_file("sarif-schema-2.1.0.schemastore.json").read_text("utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def _sarif(cli: Any, *args: str) -> dict[str, Any]:
    run = cli("check", *args, "--format", "sarif", "--today", TODAY, "--fail-on", "never")
    assert run.code == 0, run.err
    return json.loads(run.out)


def _assert_valid(validator: Any, log: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_examples_exist() -> None:
    assert EXAMPLE_ROADMAPS, "no example roadmap found under examples/"


@pytest.mark.parametrize("roadmap", EXAMPLE_ROADMAPS, ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_every_example_is_valid_sarif(
    cli: Any,
    validator: Any,
    schemastore_validator: Any,
    roadmap: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(REPO_ROOT)  # as in a workflow: paths relative to the repository root
    relative = roadmap.relative_to(REPO_ROOT)
    log = _sarif(cli, str(relative))
    _assert_valid(validator, log)
    _assert_valid(schemastore_validator, log)
    run = log["runs"][0]
    codes = [rule.CODE for rule in rules.RULES]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == codes
    for result in run["results"]:
        assert result["ruleId"] in codes
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == relative.as_posix()


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_roadmaps_are_valid_sarif(
    cli: Any, validator: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(BROKEN[name], encoding="utf-8")
    log = _sarif(cli, name)
    _assert_valid(validator, log)
    results = log["runs"][0]["results"]
    assert results
    assert all(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == name for r in results
    )


def test_rule_help_is_the_docstring() -> None:
    from roadmap_lint.rules.docs import doc, summary

    for rule in rules.RULES:
        descriptor = sarif._descriptor(rule)
        assert descriptor["help"]["text"] == doc(rule)
        assert descriptor["shortDescription"]["text"] == summary(rule)
        assert len(descriptor["properties"]["tags"]) <= 10  # code scanning keeps 10


def test_severities_map_to_sarif_levels(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("roadmap.yml").write_text((EXAMPLES / "portfolio/roadmap.yml").read_text("utf-8"), "utf-8")
    findings = json.loads(
        cli("check", "--no-scan", "--format", "json", "--today", TODAY, "--fail-on", "never").out
    )["findings"]
    results = _sarif(cli, "--no-scan")["runs"][0]["results"]
    expected = {"error": "error", "warning": "warning", "info": "note"}
    by_rule = {f["rule"]: expected[f["severity"]] for f in findings}
    assert {r["ruleId"]: r["level"] for r in results} == by_rule
    descriptors = {rule.CODE: sarif._descriptor(rule) for rule in rules.RULES}
    for rule in rules.RULES:
        assert (
            descriptors[rule.CODE]["defaultConfiguration"]["level"] == expected[rule.SEVERITY.value]
        )


def test_fingerprints_survive_edits_above_the_finding(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = "version: 1\nprofile: {level: guru, stage: 99}\nareas: {}\n"
    Path("roadmap.yml").write_text(text, encoding="utf-8")
    before = _sarif(cli, "roadmap.yml", "--no-scan")["runs"][0]["results"]
    Path("roadmap.yml").write_text("# a comment\n\n" + text, encoding="utf-8")
    after = _sarif(cli, "roadmap.yml", "--no-scan")["runs"][0]["results"]

    def prints(results: list[dict[str, Any]]) -> list[str]:
        return [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in results]

    assert prints(before) == prints(after)
    assert len(set(prints(before))) == len(before), "two results share a fingerprint"
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after]
    assert lines == [
        r["locations"][0]["physicalLocation"]["region"]["startLine"] + 2 for r in before
    ]


def test_results_stay_within_code_scanning_limits(
    cli: Any, validator: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sarif, "MAX_RESULTS", 3)
    monkeypatch.chdir(tmp_path)
    skills = "".join(f"      - {{name: S{n}, status: nope{n}}}\n" for n in range(8))
    Path("roadmap.yml").write_text(
        f"version: 1\nareas:\n  databases:\n    skills:\n{skills}", encoding="utf-8"
    )
    log = _sarif(cli, "roadmap.yml", "--no-scan")
    _assert_valid(validator, log)
    run = log["runs"][0]
    assert len(run["results"]) == 3
    assert {r["level"] for r in run["results"]} == {"error"}
    note = run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
    assert "left out" in note


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("roadmap.yml", "roadmap.yml"),
        ("./docs/road map.yml", "docs/road%20map.yml"),
        (".github/roadmap.yml", ".github/roadmap.yml"),
    ],
)
def test_artifact_uris(path: str, uri: str) -> None:
    assert sarif.artifact_uri(path) == uri
