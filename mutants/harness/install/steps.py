"""What goes into an environment's venv, and a stamp that skips installing it again.

A step is the arguments of one installer call (`pip install <step>`). The noxfile runs the
steps through `session.install` (one venv per session); bisect runs them through uv or pip
(one venv per probed version). Both leave the same stamp in the venv: a hash of the steps
and of pyproject.toml (the harness goes in editable, with its dependencies), so a warm rerun
makes no installer call at all. A floating environment (tf-nightly without an exact build)
is always reinstalled: the same requirement names a new build every day.

Stdlib-only: the noxfile imports it in nox's own interpreter, before any venv exists.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from harness.config.matrix import Environment

PROJECT = Path(__file__).resolve().parents[2]
STAMP = ".xla-matrix-installed"
# Byte-compile at install: these machines set PYTHONDONTWRITEBYTECODE=1, and importing
# TensorFlow from source costs 7-15 s instead of 2.5-4 s.
INSTALL_ENV = {"UV_COMPILE_BYTECODE": "1"}

Step = list[str]


def environment_steps(
    env: Environment,
    extras: str = "",
    extra_requirements: Iterable[str] = (),
    *,
    pre: bool | None = None,
    project: Path = PROJECT,
) -> list[Step]:
    """The environment's pins (Keras pinned: it floats to the newest 3.x otherwise) with
    extra requirements (what the selected targets need, e.g. tensorflow-probability), the
    pins that go in without dependencies (tf-keras), then the harness, editable.

    `pre` allows pre-releases in the first two steps (default: for tf-nightly only)."""
    pre_args = ["--pre"] if (env.nightly if pre is None else pre) else []
    steps = [[*pre_args, *env.requirements(), *extra_requirements]]
    if env.requirements_no_deps():
        steps.append(["--no-deps", *pre_args, *env.requirements_no_deps()])
    steps.append(["-e", f"{project}{extras}"])
    return steps


def floating(env: Environment) -> bool:
    """True when the environment's requirements name a different build from day to day."""
    return env.nightly and env.build is None


def stamp_key(steps: list[Step], project: Path = PROJECT) -> str:
    try:
        pyproject = (project / "pyproject.toml").read_text()
    except OSError:
        pyproject = ""
    return hashlib.sha256(repr([steps, pyproject]).encode()).hexdigest()


def is_installed(venv: Path, steps: list[Step], project: Path = PROJECT) -> bool:
    stamp = venv / STAMP
    return stamp.is_file() and stamp.read_text() == stamp_key(steps, project)


def install_once(
    venv: Path,
    steps: list[Step],
    install: Callable[[Step], object],
    *,
    floating: bool = False,
    project: Path = PROJECT,
) -> bool:
    """Run each step through `install` unless the venv already got exactly these steps.
    True when it installed. The stamp goes before the first step and comes back only after
    the last one succeeded, so a venv left half-installed is never taken as current."""
    if not floating and is_installed(venv, steps, project):
        return False
    stamp = venv / STAMP
    stamp.unlink(missing_ok=True)
    for step in steps:
        install(step)
    stamp.write_text(stamp_key(steps, project))
    return True
