"""The naive peer of xla-matrix, for bench/run.py: what one would write by hand.

One nox session per environment (virtualenv backend, pip), running pytest; per cell a test
launches the scenario in a fresh `python -c` subprocess, exactly as the seed's spike test
does, and passes when the subprocess exits 0.
"""

from __future__ import annotations

from pathlib import Path

import nox

REPO = Path(__file__).resolve().parents[2]
ENVIRONMENTS = {
    "tf2.15": ["tensorflow-cpu==2.15.1"],
    "tf2.16-keras3": ["tensorflow-cpu==2.16.2", "keras==3.3.3"],
    "tf2.21-keras3": ["tensorflow-cpu==2.21.0", "keras==3.15.1"],
    "tf2.21-tfkeras": ["tensorflow-cpu==2.21.0"],
}
NO_DEPS = {"tf2.21-tfkeras": ["tf-keras==2.21.0"]}
ENV_VARS = {"tf2.21-tfkeras": {"TF_USE_LEGACY_KERAS": "1"}}


@nox.session(venv_backend="virtualenv")
@nox.parametrize("environment", list(ENVIRONMENTS))
def peer(session: nox.Session, environment: str) -> None:
    session.install(*ENVIRONMENTS[environment], "pytest")
    if environment in NO_DEPS:
        session.install("--no-deps", *NO_DEPS[environment])
    session.run(
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        str(Path(__file__).parent / "test_peer.py"),
        *session.posargs,
        env={"PYTHONPATH": str(REPO), **ENV_VARS.get(environment, {})},
    )
