"""Every kind of bad input gets a finding or one clear error line, never a traceback."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from tests.support.cli import Run
from tests.support.lint import MINIMAL

FLAGS = ("--no-scan", "--no-history", "--today", "2026-11-25", "--format", "json")

ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(8)
)


def findings_of(run: Run) -> list[tuple[str, int, int]]:
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(run.out)["findings"]]


def assert_clean_failure(run: Run) -> None:
    assert "Traceback" not in run.out + run.err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(b"", [("RL002", 1, 1)], id="empty"),
        pytest.param(b"# only a comment\n", [("RL002", 1, 1)], id="only-comments"),
        pytest.param(b"- a\n- b\n", [("RL002", 1, 1)], id="top-level-list"),
        pytest.param(b"just text\n", [("RL002", 1, 1)], id="top-level-scalar"),
        pytest.param(b"version: 1\nprofile:\n\tlevel: x\n", [("RL001", 3, 1)], id="tabs"),
        pytest.param(b'version: "1\n', [("RL001", 1, 10)], id="unclosed-quote"),
        pytest.param(ALIAS_BOMB.encode(), [("RL001", 1, 32)], id="alias-bomb"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [("RL001", 3, 1)], id="binary"),
        pytest.param(
            codecs.BOM_UTF16_LE + "version: 1\n".encode("utf-16-le"), [("RL001", 1, 1)], id="utf-16"
        ),
        pytest.param(b"version: 1\nname: caf\xe9\n", [("RL001", 2, 10)], id="latin-1"),
        pytest.param(
            b"a: !!python/object/apply:os.system [echo]\n", [("RL001", 1, 4)], id="python-tag"
        ),
        pytest.param(
            b"a: " + b"[" * 100 + b"]" * 100 + b"\n", [("RL001", 1, 68)], id="deep-nesting"
        ),
    ],
)
def test_unreadable_content_is_a_finding(tmp_path: Path, cli, content: bytes, expected) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_bytes(content)
    run = cli("check", str(path), *FLAGS, "--select", "RL001,RL002")
    assert_clean_failure(run)
    assert run.code == 1
    assert findings_of(run)[:1] == expected


def test_duplicate_key_is_a_finding(tmp_path: Path, cli) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_text(MINIMAL + "profile: {level: beginner}\n")
    run = cli("check", str(path), *FLAGS)
    assert ("RL003", 9, 1) in findings_of(run)
    assert run.code == 1


def test_huge_file_is_a_finding_read_only_up_to_the_cap(tmp_path: Path, cli) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_bytes(b"a: " + b"x" * (5 * 1024 * 1024) + b"\n")
    run = cli("check", str(path), *FLAGS)
    assert findings_of(run) == [("RL001", 1, 1)]
    assert "larger than 1024 KiB" in json.loads(run.out)["findings"][0]["message"]


def test_wrong_typed_threshold_is_a_schema_finding(tmp_path: Path, cli) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_text(MINIMAL + "lint:\n  thresholds: {monthly_days: soon}\n")
    run = cli("check", str(path), *FLAGS, "--select", "RL002")
    assert findings_of(run) == [("RL002", 10, 30)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "missing.yml"), "missing.yml: no such file"),
        (("check", "."), "is a folder, not a regular file"),
        (("check", "--select", "RL999"), "unknown rule 'RL999'"),
        (("check", "--select", "essential-overlaod"), "did you mean 'essential-overload'?"),
        (("check", "--today", "yesterday"), "--today 'yesterday' is not a date"),
        (("rules", "RL000"), "unknown rule 'RL000'"),
    ],
)
def test_user_errors_are_one_line_exit_2(tmp_path: Path, cli, monkeypatch, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "roadmap.yml").write_text(MINIMAL)
    run = cli(*args)
    assert run.code == 2
    assert message in run.err
    assert run.err.count("\n") == 1
    assert_clean_failure(run)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "--formt", "json"), "Did you mean '--format'?"),
        (("chek",), "Did you mean 'check'?"),
        (("check", "--format", "yaml"), "'yaml' is not one of"),
        (("check", "--format", "jsn"), "'jsn' is not one of 'text', 'json'"),
        (("check", "--format", "jsn"), "Did you mean 'json'?"),
        (("cohort", "--format", "htm"), "Did you mean 'html'?"),
        (("init", "--level", "begginer"), "Did you mean 'beginner'?"),
        (("review", "--cadence", "montly"), "Did you mean 'monthly'?"),
        (("completion", "zhs"), "Did you mean 'zsh'?"),
    ],
)
def test_usage_errors_exit_2_with_a_suggestion(cli, args, message) -> None:
    run = cli(*args)
    assert run.code == 2
    assert message in run.err
    assert_clean_failure(run)


def test_no_roadmap_here(tmp_path: Path, cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = cli("check")
    assert run.code == 2
    assert "no roadmap.yml in this folder" in run.err and "roadmap-lint init" in run.err
