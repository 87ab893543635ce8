"""Test targets: a project's own pytest nodes run in every cell instead of a factory.

In a matrix file a test target is a `[[target]]` with `pytest = [...]` (pytest's arguments:
node ids, files, folders, `-k`/`-m` expressions) and a `path`, the folder pytest runs in
(its rootdir, conftest.py and settings are the project's). On the command line it is
`--target "pytest:ARGS"` with `--target-path DIR`, ARGS split as a shell would.

A test target has one scenario, `pytest` (the tests choose their own sizes): the scenarios
of the selection apply to factory targets only. Everything else (configs, requires, --with,
companions, the preflight, the judge, bisect) is as for any target. docs/test-targets.md.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from harness.config.errors import UsageError
from harness.config.matrix import (
    PYTEST_REQUIREMENT,
    TEST_SCENARIO,
    Scenario,
    Target,
    requirement_name,
)

PREFIX = "pytest:"


def is_test_spec(name: str) -> bool:
    """True for a command-line target `pytest:ARGS`."""
    return name.startswith(PREFIX)


def test_target_name(args: list[str]) -> str:
    """A file-safe name for a command-line test target: `pytest.tests.test_x.py..test_a`."""
    text = "pytest." + "_".join(args)
    return re.sub(r"[^A-Za-z0-9_.+-]", ".", text)[:64].rstrip(".")


def adhoc_test_target(spec: str, path: str | None) -> Target:
    """The target of `--target pytest:ARGS --target-path DIR`."""
    try:
        args = shlex.split(spec[len(PREFIX) :])
    except ValueError as exc:
        raise UsageError(f"--target {spec!r}: {exc}") from None
    if not args:
        raise UsageError(
            f"--target {spec!r}: name the tests, e.g. pytest:tests/test_model.py::test_multi_n"
        )
    if not path:
        raise UsageError(
            f"--target {spec!r}: a test target needs --target-path, the folder pytest runs in"
        )
    return Target(
        name=test_target_name(args),
        path=path,
        pytest=tuple(args),
        requires=(PYTEST_REQUIREMENT,),
        description=f"pytest {shlex.join(args)}",
    )


def with_requirements(target: Target, extra: tuple[str, ...]) -> tuple[str, ...]:
    """The target's requires with `extra` added; pytest stays once, the target's own
    spelling of it first."""
    requires = list(dict.fromkeys([*target.requires, *extra]))
    if target.is_test:
        pytests = [r for r in requires if requirement_name(r) == PYTEST_REQUIREMENT]
        if len(pytests) > 1 and PYTEST_REQUIREMENT in pytests:
            requires.remove(PYTEST_REQUIREMENT)
    return tuple(requires)


def scenarios_of(target: Target, scenarios: list[Scenario]) -> list[Scenario]:
    """The scenarios a target runs: a test target its one, a factory target the selection's."""
    if target.is_test:
        return [TEST_SCENARIO]
    return [s for s in scenarios if s.name != TEST_SCENARIO.name]


def own_packages_at(path: str | Path) -> frozenset[str]:
    """Top-level modules a test target's folder holds itself (its packages and modules, at
    its root and under src/): a ModuleNotFoundError naming one of them is the target's own
    module not found, not a dependency to install."""
    root = Path(path).expanduser()
    names = set()
    for folder in (root, root / "src"):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.suffix == ".py" and entry.stem.isidentifier():
                names.add(entry.stem)
            elif entry.is_dir() and (entry / "__init__.py").is_file() and entry.name.isidentifier():
                names.add(entry.name)
    return frozenset(names)
