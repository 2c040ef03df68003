"""Corpus cases about reaching other repositories and GitHub: tokens, homes and caches, the
API's answers, and manifests whose names would have broken the blob reader."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.hostile.case import CHECK, NO_PASSWD_ENTRY, OFFLINE, SCANNED, Case, roadmap_file
from tests.hostile.repos import DATE, roadmap_with_repo
from tests.support.gitrepo import make_repo
from tests.support.lint import MINIMAL

SHA = "5" * 40
API = "/repos/ada/notes"
VIA_API = ("scan", "ada/notes", "--via", "api", "--format", "json")
ON_THE_SERVER = {"GITHUB_API_URL": "{api}"}
#: A token of no shape GitHub uses: masking by shape would miss it.
ODD_TOKEN = "Odd.Token-" + "q8Zr" * 6
CLOSED = "git://127.0.0.1:9/notes.git"


def _answers(
    commit: object = None, tree: object = None, blob: object = None
) -> dict[str, tuple[int, str]]:
    """A repository holding `requirements.txt` (``redis``), as GitHub's API shows it; each
    argument replaces one answer."""
    good_commit = {"sha": SHA, "commit": {"committer": {"date": "2026-05-06T07:08:09Z"}}}
    entry = {"path": "requirements.txt", "type": "blob", "sha": "6" * 40, "size": 6}
    good_tree = {"sha": SHA, "tree": [entry], "truncated": False}
    good_blob = {"content": "cmVkaXMK", "encoding": "base64"}
    return {
        f"{API}/commits/HEAD": (200, _text(good_commit if commit is None else commit)),
        f"{API}/git/trees/{SHA}?recursive=1": (200, _text(good_tree if tree is None else tree)),
        f"{API}/git/blobs/{'6' * 40}": (200, _text(good_blob if blob is None else blob)),
    }


def _text(answer: object) -> str:
    return answer if isinstance(answer, str) else json.dumps(answer)


def _api_case(name: str, says: str, **answers: object) -> Case:
    return Case(
        f"api-{name}",
        roadmap_file(MINIMAL),
        VIA_API,
        2,
        says,
        env=ON_THE_SERVER,
        answers=_answers(**answers),
    )


def _committed_project(folder: Path) -> None:
    """A roadmap committed in the case folder, naming a local repository."""
    make_repo(folder / "notes", {"tests/test_a.py": "def test_a(): pass\n"}, date=DATE)
    (folder / "roadmap.yml").write_text(roadmap_with_repo("./notes"), encoding="utf-8")
    make_repo(folder, {"roadmap.yml": roadmap_with_repo("./notes")}, date=DATE)


def _newline_manifests(folder: Path) -> None:
    """One project whose manifest path holds a newline (the old blob reader's requests fell
    out of step), and a healthy one that must be read all the same."""
    odd = "x\ny z/requirements.txt"
    make_repo(folder / "odd", {odd: "psycopg2\n", "package.json": '{"dependencies": {}}'})
    make_repo(folder / "good", {"requirements.txt": "redis\n"}, date=DATE)
    projects = "".join(
        f"  - {{id: {name}, repo: ./{name}, status: in_progress, expects: [{signal}]}}\n"
        for name, signal in (("odd", "database"), ("good", "cache"))
    )
    (folder / "roadmap.yml").write_text(MINIMAL + "projects:\n" + projects, encoding="utf-8")


def _with_file(name: str) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        (folder / name).write_text("not a folder\n")
        (folder / "roadmap.yml").write_text(roadmap_with_repo(CLOSED), encoding="utf-8")

    return build


NO_HOME = {"HOME": None, "XDG_CACHE_HOME": None, NO_PASSWD_ENTRY: "1"}

TOKEN_CASES = [
    Case(
        "token-with-a-trailing-newline",
        roadmap_file(MINIMAL),
        VIA_API,
        0,
        "requirements.txt#redis",
        never=ODD_TOKEN,
        env={**ON_THE_SERVER, "GITHUB_TOKEN": ODD_TOKEN + "\n"},
        answers=_answers(),
    ),
    Case(
        "token-with-a-space-inside",
        roadmap_file(MINIMAL),
        OFFLINE,
        2,
        "GITHUB_TOKEN does not hold a usable token",
        never="secret part",
        env={"GITHUB_TOKEN": "visible secret part"},
    ),
    Case(
        "token-with-a-quote-inside",
        roadmap_file(MINIMAL),
        OFFLINE,
        2,
        "GH_TOKEN does not hold a usable token",
        never="quoted",
        env={"GITHUB_TOKEN": None, "GH_TOKEN": 'tok"quoted"value'},
    ),
    Case(
        "token-too-short-to-be-one",
        roadmap_file(MINIMAL),
        OFFLINE,
        2,
        "at least 8",
        env={"GITHUB_TOKEN": "abc"},
    ),
    Case(
        "token-of-another-shape-in-a-repo-url",
        roadmap_file(roadmap_with_repo(f"https://127.0.0.1:9/x.git?t={ODD_TOKEN}")),
        SCANNED,
        0,
        "repo-unreachable",
        never=ODD_TOKEN,
        env={"GITHUB_TOKEN": ODD_TOKEN},
    ),
    Case(
        "token-of-another-shape-echoed-by-the-api",
        roadmap_file(MINIMAL),
        ("review", "{dir}/roadmap.yml", "--repo", "ada/notes", "--no-scan", "--no-history"),
        2,
        "401",
        never=ODD_TOKEN,
        env={**ON_THE_SERVER, "GITHUB_TOKEN": ODD_TOKEN},
        answers={API: (401, json.dumps({"message": f"Bad credentials: {ODD_TOKEN}"}))},
    ),
]

HOME_CASES = [
    Case(
        "no-home-and-no-password-entry-check",
        _committed_project,
        CHECK,
        0,
        '"available": true',
        env=NO_HOME,
    ),
    Case(
        "no-home-and-no-password-entry-remote-project",
        roadmap_file(roadmap_with_repo(CLOSED)),
        SCANNED,
        0,
        "repo-unreachable",
        env=NO_HOME,
    ),
    Case(
        "no-home-and-a-tilde-repo",
        roadmap_file(roadmap_with_repo("~/projects/notes")),
        SCANNED,
        0,
        "no home folder",
        env=NO_HOME,
    ),
    Case(
        "clone-cache-is-a-file",
        _with_file("cache"),
        SCANNED,
        0,
        "cannot use the clone cache",
        env={"XDG_CACHE_HOME": "{dir}/cache"},
    ),
]

API_CASES = [
    Case(
        "api-closed-port-scan",
        roadmap_file(MINIMAL),
        VIA_API,
        2,
        "http://127.0.0.1:9",
        env={"GITHUB_API_URL": "http://127.0.0.1:9"},
    ),
    Case(
        "api-closed-port-review",
        roadmap_file(MINIMAL),
        ("review", "{dir}/roadmap.yml", "--repo", "ada/notes", "--no-scan", "--no-history"),
        2,
        "http://127.0.0.1:9",
        env={"GITHUB_API_URL": "http://127.0.0.1:9"},
    ),
    _api_case("commit-field-is-text", "committer is missing", commit={"sha": SHA, "commit": "x"}),
    _api_case("commit-without-sha", "sha is None", commit={}),
    _api_case("commit-is-a-list", "got an array", commit=[SHA]),
    _api_case("html-page-with-200", "not JSON", commit="<!DOCTYPE html><title>hi</title>"),
    _api_case(
        "tree-size-is-text",
        "'huge'",
        tree={"tree": [{"path": "a", "type": "blob", "sha": SHA, "size": "huge"}]},
    ),
    _api_case("tree-is-an-object", "a tree", tree={"tree": {"a": 1}}),
    _api_case("tree-truncated-is-text", "truncated flag", tree={"tree": [], "truncated": "yes"}),
    _api_case("tree-path-is-a-number", "a tree entry", tree={"tree": [{"path": 7}]}),
    _api_case("blob-content-is-a-number", "content is 7", blob={"content": 7}),
]

MANIFEST_CASES = [
    Case(
        "manifest-path-with-a-newline",
        _newline_manifests,
        SCANNED,
        0,
        "y z/requirements.txt#psycopg2",
    ),
]

REMOTE_CASES = [*TOKEN_CASES, *HOME_CASES, *API_CASES, *MANIFEST_CASES]
