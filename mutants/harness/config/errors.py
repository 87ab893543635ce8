"""Errors the user can fix: printed as one line, exit code 2, never a traceback."""


class UsageError(Exception):
    """Bad input: a malformed matrix, an unknown name, a bad option."""

    exit_code = 2
