"""Defaults shared by the command line, the pipeline and the noxfile, in one place (so that
neither imports the other for a constant)."""

from __future__ import annotations

from pathlib import Path

MATRIX = Path("matrix.toml")  # relative to the current directory, as nox's noxfile.py is
REPORTS = Path("reports")
LOCAL = "local"  # the environment name of "this interpreter"
