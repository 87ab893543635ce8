"""What goes into an environment's venv: its install steps.

A step is the arguments of one installer call (`pip install <step>`): the environment's
pins with what its targets need, the pins that go in without dependencies, the harness.
harness.install.venv builds venvs from them, for nox sessions and bisect probes alike.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from harness.config.matrix import Environment
from harness.config.secrets import has_secret

PROJECT = Path(__file__).resolve().parents[2]

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


@contextlib.contextmanager
def hidden_requirements(step: Step) -> Iterator[Step]:
    """The installer's arguments with every requirement that holds a credential (a URL's
    user part, a token in its path) moved into a requirements file read with -r: never on
    a command line, which nox prints and `ps` shows. The file is the user's alone (mkstemp)
    and is removed after the call."""
    secret = [a for a in step if not a.startswith("-") and has_secret(a)]
    if not secret:
        yield step
        return
    fd, path = tempfile.mkstemp(prefix="xla-matrix-requirements-", suffix=".txt")
    try:
        with os.fdopen(fd, "w") as f:
            f.write("".join(f"{req}\n" for req in secret))
        yield [*(a for a in step if a not in secret), "-r", path]
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
