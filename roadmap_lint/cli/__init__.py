"""Command-line entry point: argv and environment in, an exit code out.

Only this package touches ``sys.argv``, environment variables, exit codes and colours;
everything it calls is a plain function.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from roadmap_lint import __version__
from roadmap_lint.core.errors import UserError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
BUG_REPORT_URL = "https://github.com/roadmap-lint/roadmap-lint/issues"


def main(argv: Sequence[str] | None = None) -> int:
    """Run roadmap-lint with ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    _utf8_output()
    if args in (["--version"], ["-V"]):
        # Answered before importing click or anything else, so it costs only Python's start-up.
        print(f"roadmap-lint {__version__}")
        return EXIT_OK
    try:
        return _dispatch(args)
    except UserError as error:
        _error_line(str(error), error.hint)
    except KeyboardInterrupt:
        _error_line("interrupted")
        return 130
    except Exception as error:
        if "--verbose" in args or "-v" in args:
            import traceback  # only on the failure path

            traceback.print_exc()
        _error_line(
            f"internal error: {type(error).__name__}: {error}",
            f"this is a bug in roadmap-lint {__version__}; please report it at {BUG_REPORT_URL}"
            " with the output of the same command run with --verbose",
        )
    return EXIT_ERROR


def run() -> None:
    """Console-script entry point.

    Once the output is flushed, the process ends without the interpreter's teardown (as mypy
    does): freeing every module and object costs about 8 ms, a twentieth of a whole scan, and
    nothing is left to clean up by then (files are closed, git processes waited for).
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # a reader that went away, a stream already closed
        code = code or EXIT_ERROR
    os._exit(code)


def _utf8_output() -> None:
    """Write UTF-8 whatever the locale says: under ``LC_ALL=C`` Python may pick ASCII and stop
    at the first "é" of a roadmap. What UTF-8 cannot carry either (a file name's undecodable
    byte) is written as an escape instead of stopping the run."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):  # not a text file, or already written to
            continue


def _dispatch(args: list[str]) -> int:
    if args[:1] == ["scan"]:
        # The usual forms of `scan` (what hooks and CI steps run) skip click's import.
        from roadmap_lint.cli.scan_run import plain_arguments, run

        plain = plain_arguments(args[1:])
        if plain is not None:
            return run(**plain)
    import click

    from roadmap_lint.cli.app import cli

    try:
        result = cli.main(args=args, prog_name="roadmap-lint", standalone_mode=False)
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.exceptions.Abort:
        _error_line("aborted")
        return EXIT_ERROR
    except click.ClickException as error:
        error.show()
        return EXIT_ERROR
    return result if isinstance(result, int) else EXIT_OK


def _error_line(message: str, hint: str = "") -> None:
    from roadmap_lint.cli.environment import environment_secrets  # only on failure
    from roadmap_lint.core.secrets import redact, safe

    secrets = environment_secrets()
    line = f"roadmap-lint: error: {message}"
    if hint:
        line += f" (hint: {hint})"
    # One line, always: a newline from a file name could otherwise forge a CI workflow command.
    print(safe(redact(line, secrets)), file=sys.stderr)
