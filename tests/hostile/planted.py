"""Repositories whose configuration names programs, for the corpus and the git-hardening test.

Every setting git reads to run a program points at a script from ``repos.plant``, which leaves
a marker named after the setting when it runs. The repositories are partial clones with their
blobs missing and a signed HEAD commit, so that a lazy fetch, a signature check, a filter or a
hook would each have its chance to start the program.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from tests.hostile.repos import DATE, plant
from tests.support.gitrepo import git, make_repo, write_head_commit

FILES = {
    "README.md": "# notes\n",
    "tests/test_notes.py": "def test_x():\n    pass\n",
    "requirements.txt": "psycopg2\n",
    ".gitattributes": "* filter=evil diff=evil merge=evil\n",
}

#: Hooks git could run while reading, fetching or maintaining a repository.
HOOKS = (
    "reference-transaction",
    "post-checkout",
    "post-index-change",
    "fsmonitor-watchman",
    "pre-auto-gc",
    "post-merge",
    "pre-commit",
    "post-rewrite",
)

#: setting → value, where ``{p}`` is a planted program named after the setting.
PROGRAM_SETTINGS = {
    "core.fsmonitor": "{p}",
    "core.pager": "{p}",
    "core.editor": "{p}",
    "core.sshCommand": "{p}",
    "core.askPass": "{p}",
    "core.alternateRefsCommand": "{p}",
    "core.gitProxy": "{p}",
    "pager.log": "{p}",
    "pager.ls-files": "{p}",
    "log.showSignature": "true",
    "gpg.program": "{p}",
    "gpg.ssh.program": "{p}",
    "gpg.ssh.defaultKeyCommand": "{p}",
    "gpg.x509.program": "{p}",
    "credential.helper": "!{p}",
    "diff.external": "{p}",
    "diff.evil.textconv": "{p}",
    "diff.evil.command": "{p}",
    "filter.evil.clean": "{p}",
    "filter.evil.smudge": "{p}",
    "filter.evil.process": "{p}",
    "filter.evil.required": "true",
    "merge.evil.driver": "{p}",
    "uploadpack.packObjectsHook": "{p}",
    "sequence.editor": "{p}",
    "gc.auto": "1",
    "maintenance.auto": "true",
    "protocol.allow": "always",
    "protocol.ext.allow": "always",
}


def program_config(folder: Path, settings: dict[str, str] = PROGRAM_SETTINGS) -> list[str]:
    """``key=value`` lines for ``settings``, each program planted in ``folder``."""
    return [
        f"{key}={value.replace('{p}', plant(folder, key)) if '{p}' in value else value}"
        for key, value in settings.items()
    ]


def hostile_repo(folder: Path, path: Path, *, bare: bool, files: Mapping[str, str] = FILES) -> Path:
    """A partial clone at ``path`` whose configuration (directly and through includes) names
    planted programs, whose promisor remotes would run programs to fetch, and whose HEAD is a
    signed commit. Returns the git directory."""
    source = make_repo(folder / ".source" / path.name, files, date=DATE)
    git(source, "config", "uploadpack.allowFilter", "true")
    args = ["clone", "-q", "--filter=blob:none", "--no-checkout"]
    git(folder, *args, *(["--bare"] if bare else []), f"file://{source}", str(path))
    git_dir = path if bare else path / ".git"
    if not bare:
        git(path, "read-tree", "HEAD")  # an index without a single blob behind it
    _sign_head(git_dir)
    _plant_hooks(folder, git_dir)
    _write_config(folder, git_dir, source)
    return git_dir


def _sign_head(git_dir: Path) -> None:
    """Replace HEAD by a commit with a (bogus) signature, which `log --show-signature` checks."""
    tree = git(git_dir, "rev-parse", "HEAD^{tree}")
    parent = git(git_dir, "rev-parse", "HEAD")
    stamp = "T <t@example.invalid> 1761955200 +0000"
    signature = "-----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----"
    body = (
        f"tree {tree}\nparent {parent}\nauthor {stamp}\ncommitter {stamp}\n"
        f"gpgsig {signature}\n\nsigned\n"
    )
    write_head_commit(git_dir, body)


def _plant_hooks(folder: Path, git_dir: Path) -> None:
    hooks = git_dir / "hooks"
    hooks.mkdir(exist_ok=True)
    for name in HOOKS:
        (hooks / name).symlink_to(plant(folder, f"hook-{name}"))


def _write_config(folder: Path, git_dir: Path, source: Path) -> None:
    included = folder / f"included-{git_dir.name}.config"
    included.write_text(_section_text(program_config(folder, {"core.fsmonitor": "{p}"})))
    lines = [
        *program_config(folder),
        f"core.hooksPath={git_dir / 'hooks'}",
        f"include.path={included}",
        f"includeIf.gitdir:/.path={included}",
        "core.repositoryFormatVersion=1",
        "uploadpack.allowFilter=true",  # so that a file:// clone of it works at all
        "extensions.partialClone=origin",
        f"remote.origin.url=ext::{plant(folder, 'ext-transport')} %S",
        f"remote.origin.uploadpack={plant(folder, 'remote.origin.uploadpack')}",
        "remote.origin.promisor=true",
        "remote.origin.partialCloneFilter=blob:none",
        f"remote.mirror.url={source}",
        f"remote.mirror.uploadpack={plant(folder, 'remote.mirror.uploadpack')}",
        "remote.mirror.promisor=true",
        f"remote.proxied.url=git://127.0.0.1:9/{source.name}",
        "remote.proxied.promisor=true",
    ]
    (git_dir / "config").write_text(_section_text(lines))


def _section_text(lines: list[str]) -> str:
    """``a.b.c=v`` lines as a git config file (subsection names quoted)."""
    text = []
    for line in lines:
        key, value = line.split("=", 1)
        section, _, name = key.rpartition(".")
        head, _, sub = section.partition(".")
        header = f'[{head} "{sub}"]' if sub else f"[{head}]"
        text.append(f"{header}\n\t{name} = {value}\n")
    return "".join(text)


def in_portfolio(layout: str) -> Callable[[Path], str]:
    """A recipe that builds the hostile repository in ``layout`` and returns its `repo:` value.

    ``bare``: a bare repository committed as plain files inside the portfolio; ``working``: a
    working copy beside the roadmap; ``subfolder``: a folder inside such a working copy.
    """

    def build(folder: Path) -> str:
        if layout == "bare":
            hostile_repo(folder, folder / "projects" / "notes.git", bare=True)
            return "./projects/notes.git"
        if layout == "working":
            hostile_repo(folder, folder / "notes", bare=False)
            return "./notes"
        hostile_repo(folder, folder / "mono", bare=False)
        (folder / "mono" / "tests").mkdir()  # on disk too, though nothing is checked out
        return "./mono/tests"

    return build
