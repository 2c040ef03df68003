"""What a hostile case is, and the command lines most cases run."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

CHECK = ("check", "{dir}/roadmap.yml", "--today", "2026-11-25", "--format", "json")
OFFLINE = (*CHECK, "--no-scan", "--no-history")
SCANNED = (*CHECK, "--no-history")
RENDER = ("render", "{dir}/roadmap.yml", "--today", "2026-11-25", "--no-history")
#: The token every case runs with; it must never show in any output.
TOKEN = "ghp_" + "S3cr3tT0k3nValue" * 3


#: The reason most process cases give: their peak memory is measured for the whole process.
MEMORY = "a memory ceiling"
#: In a case's variables, a program's name: the process runs as a user id that has no entry in
#: the password database (``pwd.getpwuid`` fails, as in many containers).
NO_PASSWD_ENTRY = "ROADMAP_LINT_TEST_NO_PASSWD_ENTRY"


def _nothing(folder: Path) -> None:
    pass


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], None]
    args: tuple[str, ...] = OFFLINE
    code: int = 1
    says: str = ""
    #: text that must appear nowhere in the output (a secret, a file's content)
    never: str = ""
    #: variables for the run (``{dir}`` is the case's folder, ``{api}`` the address of a
    #: local HTTP server giving ``answers``); None removes one
    env: Mapping[str, str | None] = field(default_factory=dict)
    #: what that server answers: request path → (status, body)
    answers: Mapping[str, tuple[int, str]] = field(default_factory=dict)
    #: files (relative to the case's folder) the run may create or change
    writes: tuple[str, ...] = ()
    #: why the case needs a process of its own; empty runs it inside the test's process
    process: str = ""
    #: undoes what the run must not see undone by pytest (a read-only folder)
    clean_up: Callable[[Path], None] = _nothing


def roadmap_file(content: str | bytes) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        path = folder / "roadmap.yml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    return build
