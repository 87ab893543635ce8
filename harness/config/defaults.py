"""Defaults shared by the command line, the pipeline, the judge and the noxfile, in one
place (so that neither imports the other for a constant)."""

from __future__ import annotations

from pathlib import Path

MATRIX = Path("matrix.toml")  # relative to the current directory, as nox's noxfile.py is
REPORTS = Path("reports")
LOCAL = "local"  # the environment name of "this interpreter"

# How outputs are judged (matrix.toml's [settings] lays its own over these)
REFERENCE = "eager"  # the config whose outputs the others are compared with
RTOL = 1e-3
ATOL = 1e-4
TIMEOUT_S = 300.0  # per cell
# what each cell keeps of its outputs for parity checks (arrays beyond it are subsampled)
OUTPUTS_MB = 0.25
# The steady state of every step (matrix.toml's [settings] steady_state): after the first
# predict, timed runs on fresh inputs until at least STEADY_RUNS ran and they took at least
# STEADY_SECONDS, stopping at STEADY_MAX_SECONDS of wall per step whatever is left
STEADY_RUNS = 4
STEADY_SECONDS = 0.05
STEADY_MAX_SECONDS = 1.0


def cap_bytes(megabytes: float) -> int:
    return int(megabytes * (1 << 20))


OUTPUTS_CAP_BYTES = cap_bytes(OUTPUTS_MB)
# A planned cell's spec holds this until launch; definition and cache digests cover it, so
# another value would make --resume and the cache rerun every cell.
PLANNED_CAP_BYTES = 1 << 20
