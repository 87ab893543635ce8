"""What a command exits with, and the errors the user can fix (one line, exit 2, never a
traceback)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The exit status of every xla-matrix command, and of the nox sessions that run one
    (docs/exit-codes.md): as pytest's, the outcome of the harness, not of the models. What
    the verdicts say is in the reports; `--fail-on VERDICT` makes one of them a failure."""

    OK = 0  # ran and judged, whatever the verdicts; infra in some environments included
    VERDICT = 1  # --fail-on: that verdict appeared outside the controls; --check: one changed
    USAGE = 2  # bad input (an option, a name, the matrix file): nothing ran
    INTERNAL = 3  # a bug in the harness: one line, the traceback in a file
    NOTHING_RAN = 4  # no cell could run (all infra: no environment installed ...)
    INTERRUPTED = 130  # Ctrl-C or SIGTERM: what finished is kept, --resume finishes the run


class UsageError(Exception):
    """Bad input: a malformed matrix, an unknown name, a bad option."""

    exit_code = ExitCode.USAGE
