"""Remote sources: a bare, blobless, shallow clone in a per-user cache, refreshed by fetch.

Only the tree and the few blobs a scan reads are ever downloaded, those blobs in one batch.
When the learner is named (authorship is measured), the clone also gets its whole history
of commits, without their trees or blobs (`--filter=tree:0 --unshallow`): the author of every
commit for a fraction of what a full clone costs. The token reaches git through
`GIT_CONFIG_COUNT` variables, not `-c` arguments: it then never appears on a command line
(visible to every user of the machine) or in an error, and the lazy blob fetches git starts on
its own inherit it along with the git layer's protocol restrictions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from roadmap_lint.git import GitError, network_env, run_git
from roadmap_lint.scanning.access import RemoteSettings, basic_credentials
from roadmap_lint.scanning.gitread import GitRepo, PathChunks, ScanError
from roadmap_lint.scanning.local import Listing, open_git


@contextmanager
def open_url(
    url: str, settings: RemoteSettings, *, history: bool = False, each: PathChunks | None = None
) -> Iterator[Listing]:
    """Clone ``url`` (or refresh the cached clone) and list its HEAD tree; with ``history``,
    fetch every commit too (see the module's docstring). ``each`` is as in `open_git`.

    The listing reads blobs lazily, so it is only valid inside the ``with`` block.
    """
    env = remote_env(url, settings)
    with cache_root(settings) as root:
        target = root / _cache_name(url)
        try:
            note = None
            if (target / "HEAD").is_file():
                note = _refresh(target, env, history)
            else:
                _clone(url, root, target, env, _SHALLOW)
            if history and (target / "shallow").is_file():
                note = _unshallow(target, env) or note
            listing = open_git(GitRepo(target, "HEAD", env=env, partial=True), note, each=each)
        except (GitError, ScanError) as error:
            raise _explained(settings.redact(str(error)), url) from None
        yield listing


#: What git says when the server was never reached (no network, a wrong host, a firewall).
_UNREACHABLE = (
    "could not resolve host",
    "failed to connect",
    "couldn't connect",
    "connection refused",
    "connection timed out",
    "network is unreachable",
    "no route to host",
    "operation timed out",
)


def _explained(reason: str, url: str) -> ScanError:
    """The clone's failure, saying so plainly when the server could not be reached at all."""
    if not any(phrase in reason.casefold() for phrase in _UNREACHABLE):
        return ScanError(reason)
    host = urlsplit(url).hostname or url.split("@")[-1].split(":")[0]
    return ScanError(
        f"{host} could not be reached ({reason})",
        hint="check the network connection or proxy; a local copy can be scanned by its path",
    )


def github_clone_url(owner_name: str, settings: RemoteSettings) -> str:
    return f"{settings.github_url.rstrip('/')}/{owner_name}.git"


def remote_env(url: str, settings: RemoteSettings) -> dict[str, str]:
    """What every git process reaching ``url`` adds to its environment: the token (only for
    the GitHub server), and the transports it may use (plain http only where that server
    uses it); without them the git layer lets git reach no other repository."""
    return {**git_config_env(_auth(url, settings)), **_transports(url, settings)}


def git_config_env(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """``GIT_CONFIG_COUNT``/``KEY_n``/``VALUE_n`` for ``pairs`` (the git layer drops any
    the caller's environment set)."""
    env = {"GIT_CONFIG_COUNT": str(len(pairs))}
    for index, (key, value) in enumerate(pairs):
        env[f"GIT_CONFIG_KEY_{index}"] = key
        env[f"GIT_CONFIG_VALUE_{index}"] = value
    return env


def _transports(url: str, settings: RemoteSettings) -> dict[str, str]:
    """The usual transports; plain http too for a GitHub server configured that way (an
    internal Enterprise)."""
    server = settings.github_url.rstrip("/") + "/"
    if server.startswith("http://") and url.startswith(server):
        return network_env("http")
    return network_env()


def _auth(url: str, settings: RemoteSettings) -> list[tuple[str, str]]:
    server = settings.github_url.rstrip("/") + "/"
    if not settings.token or not url.startswith(server):
        return []
    return [
        (f"http.{server}.extraheader", f"AUTHORIZATION: basic {basic_credentials(settings.token)}")
    ]


#: A project's clone: its tree at HEAD, without blobs until a scan reads them.
_SHALLOW = ("--depth=1",)


def _clone(
    url: str, root: Path, target: Path, env: dict[str, str], extra: tuple[str, ...] = ()
) -> None:
    staging = Path(tempfile.mkdtemp(prefix=".clone-", dir=root))
    try:
        args = ["clone", "--bare", "--filter=blob:none", *extra, "--no-tags", "--quiet"]
        run_git(root, [*args, "--", url, str(staging / "repo.git")], env=env)
        try:
            (staging / "repo.git").rename(target)
        except OSError:  # another process cloned it meanwhile: use theirs
            if not (target / "HEAD").is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _refresh(target: Path, env: dict[str, str], history: bool) -> str | None:
    """Fetch the remote HEAD into the cached clone; on failure keep the copy, with a note.

    A shallow fetch sends the tip commit and its tree again even when nothing changed, so the
    remote's HEAD is read first (`ls-remote`, no pack at all): an unchanged project, the
    usual case when a mentor checks a cohort again, costs one short request. A clone that
    has its history keeps it: only a shallow one, for a run that needs none, is fetched
    shallow again."""
    listed = run_git(target, ["ls-remote", "origin", "HEAD"], env=env, check=False)
    remote_head = listed.stdout.decode("ascii", "replace").split("\t", 1)[0]
    if listed.returncode == 0 and remote_head and remote_head == _head(target, env):
        return None
    shallow = not history and (target / "shallow").is_file()
    extra = _SHALLOW if shallow else ()
    done = run_git(target, _refresh_args(target, env, extra), env=env, check=False)
    if done.returncode == 0:
        return None
    stamp = target / "shallow" if (target / "shallow").is_file() else target / "HEAD"
    when = dt.datetime.fromtimestamp(stamp.stat().st_mtime, dt.timezone.utc)
    return f"could not refresh the cached clone from {when:%Y-%m-%d}; scanned it as it was"


def _unshallow(target: Path, env: dict[str, str]) -> str | None:
    """Fetch the rest of the history's commits (no trees, no blobs); a note when it fails."""
    args = ["fetch", "--unshallow", "--filter=tree:0", "--no-tags", "--quiet", "origin"]
    done = run_git(target, args, env=env, check=False)
    return None if done.returncode == 0 else "could not fetch the history: authorship unknown"


@contextmanager
def cache_root(settings: RemoteSettings) -> Iterator[Path]:
    """The folder of cached clones (a temporary one, for this block, without a cache)."""
    if settings.cache_dir is not None:
        root = settings.cache_dir / "repos"
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ScanError(
                f"cannot use the clone cache {root}: {error.strerror or error}"
                " (set XDG_CACHE_HOME to a folder you may write to)"
            ) from None
        yield root
        return
    with tempfile.TemporaryDirectory(prefix="roadmap-lint-") as temporary:
        yield Path(temporary)


def _cache_name(url: str) -> str:
    """A folder name per URL: readable, and unique through a hash of the whole URL."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", url.rstrip("/").rsplit("/", 1)[-1])
    slug = slug.removesuffix(".git").strip(".-")[:40] or "repo"
    return f"{slug}-{hashlib.sha256(url.encode()).hexdigest()[:16]}.git"


def remote_refs(url: str, settings: RemoteSettings, *names: str) -> dict[str, str]:
    """``ref → commit`` for the refs ``names`` (``HEAD``, ``refs/heads/x``) of ``url``, from one
    `git ls-remote`, which reads the server's list of refs and downloads nothing."""
    with cache_root(settings) as root:
        try:
            done = run_git(root, ["ls-remote", "--", url, *names], env=remote_env(url, settings))
        except GitError as error:
            raise _explained(settings.redact(str(error)), url) from None
    pairs = (line.split("\t", 1) for line in done.stdout.decode("utf-8", "replace").splitlines())
    return {name: sha for sha, name in (p for p in pairs if len(p) == 2)}


@contextmanager
def history_clone(url: str, settings: RemoteSettings, head: str | None) -> Iterator[Path]:
    """A bare, blobless clone of ``url`` with every commit and tree (the history a roadmap's
    rules read), cloned or refreshed in the cache; not fetched again when its HEAD is already
    ``head`` (the remote's, from `remote_refs`). Blobs are fetched by whoever reads them
    (``git.objects.fetch_missing``)."""
    env = remote_env(url, settings)
    with cache_root(settings) as root:
        target = root / _cache_name(url)
        try:
            if not (target / "HEAD").is_file():
                _clone(url, root, target, env)
            elif head is None or _head(target, env) != head:
                run_git(target, _refresh_args(target, env, ()), env=env)
        except GitError as error:
            raise _explained(settings.redact(str(error)), url) from None
        yield target


@contextmanager
def branch_clone(url: str, settings: RemoteSettings, branch: str, tip: str) -> Iterator[Path]:
    """A bare repository in the cache holding the last commit of ``url``'s ``branch``, fetched
    only when the copy there is not already ``tip``; the commit is ``refs/heads/<branch>``."""
    env = remote_env(url, settings)
    ref = f"refs/heads/{branch}"
    with cache_root(settings) as root:
        target = root / _cache_name(f"{url}#{branch}")
        try:
            if not (target / "HEAD").is_file():
                run_git(root, ["init", "--quiet", "--bare", str(target)])
            if _rev(target, ref, env) != tip:
                args = ["fetch", "--quiet", "--no-tags", "--depth=1", "--", url, f"+{ref}:{ref}"]
                run_git(target, args, env=env)
        except GitError as error:
            raise _explained(settings.redact(str(error)), url) from None
        yield target


def _refresh_args(target: Path, env: dict[str, str], extra: tuple[str, ...]) -> list[str]:
    branch = run_git(target, ["symbolic-ref", "HEAD"], env=env).stdout.decode().strip()
    args = ["fetch", *extra, "--filter=blob:none", "--no-tags", "--quiet", "origin"]
    return [*args, f"+HEAD:{branch}"]


def _head(target: Path, env: dict[str, str]) -> str | None:
    return _rev(target, "HEAD", env)


def _rev(target: Path, revision: str, env: dict[str, str]) -> str | None:
    done = run_git(target, ["rev-parse", "--verify", "--quiet", revision], env=env, check=False)
    return done.stdout.decode().strip() or None
