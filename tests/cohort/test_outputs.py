"""The grid in every format: the bundled example offline, the JSON against its schema, and
every learner-supplied string escaped (Markdown, HTML, CSV formulas)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from roadmap_lint.cohort.facts import Facts
from roadmap_lint.cohort.formats import FORMATS, Grid, write
from roadmap_lint.cohort.portfolio import Row
from roadmap_lint.cohort.roster import Learner
from tests.conftest import EXAMPLES, REPO_ROOT

HOSTILE = '=HYPERLINK("http://x")<script>alert(1)</script> @mentor #1 | ** `x`'


def _schema(name: str) -> dict[str, Any]:
    return json.loads((REPO_ROOT / "schemas" / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def validate_output(document: Any) -> None:
    report = _schema("report.schema.json")
    registry = Registry().with_resource(report["$id"], Resource.from_contents(report))
    Draft202012Validator(_schema("cohort-output.schema.json"), registry=registry).validate(document)


@pytest.mark.parametrize("output_format", FORMATS)
def test_the_example_cohort_runs_offline_in_every_format(cli: Any, output_format: str) -> None:
    run = cli(
        "cohort", str(EXAMPLES / "cohort.yml"), "--format", output_format, "--today", "2026-12-20"
    )
    assert run.code == 0, run.err
    for name in ("Ada Example", "Sam Beginner", "Lin Job-Seeker", "Noor Moved"):
        assert name in run.out
    assert "[4/4]" in run.err
    if output_format == "json":
        document = json.loads(run.out)
        validate_output(document)
        assert document["learners"][0]["name"] == "Noor Moved"  # unread first
        assert document["summary"] == {"learners": 4, "attention": 3, "unread": 1}


def _grid(name: str = HOSTILE) -> Grid:
    facts = Facts(
        level="beginner",
        stage=2,
        score=40,
        areas=dict.fromkeys(
            ("core_language", "api_design", "databases", "testing_security", "deployment_devops"),
            50,
        ),
        projects=2,
        started=1,
        done=0,
        signals={"tests": "present"},
        last_commit="2026-10-01T10:00:00+02:00",
        last_review=dt.date(2026, 9, 1),
        errors=1,
        warnings=2,
        rules=("claim-not-found",),
    )
    rows = [
        Row(Learner(name, "x/portfolio"), "failed", reason=f"server said {HOSTILE}"),
        Row(Learner(name, "y/portfolio"), "checked", dt.date(2026, 11, 25), facts, ("quiet",)),
    ]
    return Grid(f"cohort {HOSTILE}", dt.date(2026, 11, 25), 30, rows)


def _written(output_format: str) -> str:
    stream = io.StringIO()
    write(output_format, _grid(), stream)
    return stream.getvalue()


def test_markdown_escapes_every_learner_string() -> None:
    text = _written("markdown")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "@mentor" not in text and "#1" not in text  # no mention, no cross-reference
    assert "\\| \\*\\*" in text  # no cell broken open, no emphasis


def test_html_has_no_script_and_escapes_every_learner_string() -> None:
    text = _written("html")
    assert "<script" not in text.lower() and "&lt;script&gt;" in text
    assert "default-src 'none'" in text  # the page itself forbids scripts
    assert 'style="background: hsl(60, 70%, 80%)"' in text  # the heat map: 50 is yellow


def test_csv_cells_cannot_run_a_formula() -> None:
    rows = list(csv.reader(io.StringIO(_written("csv"))))
    assert rows[0][:3] == ["learner", "level", "stage"]
    assert {row[0] for row in rows[1:]} == {"'" + HOSTILE}
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_json_rows_match_the_schema_and_keep_strings_as_data() -> None:
    document = json.loads(_written("json"))
    validate_output(document)
    assert document["learners"][0]["name"] == HOSTILE
    assert document["learners"][1]["flags"] == ["quiet"]
