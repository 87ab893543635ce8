"""What a target needs installed in one environment: its requires, its pins for that
environment, and TensorFlow companions resolved from the shipped table (companions.toml).

A companion (tensorflow-probability) is a package whose version follows TensorFlow's without
declaring it: named without a version in `requires`, it becomes the release that matches the
environment's TensorFlow, plus what it needs beside it (tf-keras, without dependencies).

Stdlib-only: the noxfile resolves installs with it in nox's own interpreter.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

from harness.matrix import Environment, Target
from harness.typed import from_dict

TABLE = Path(__file__).resolve().parent / "companions.toml"
# name, then optional [extras], then the rest (a version specifier, a marker or a URL)
_REQUIREMENT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)", re.S)


@dataclass(frozen=True)
class Match:
    """One TensorFlow minor's companion releases."""

    requires: tuple[str, ...] = ()
    no_deps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    companion: dict[str, dict[str, Match]] = field(default_factory=dict)
    modules: dict[str, str] = field(default_factory=dict)  # import name -> distribution


@dataclass(frozen=True)
class Needs:
    """What one target needs installed in one environment."""

    target: str
    requirements: tuple[str, ...] = ()  # with dependencies, resolved with the env's pins
    no_deps: tuple[str, ...] = ()  # afterwards, without dependencies
    problem: str | None = None  # why the target cannot run in this environment (infra)

    @property
    def empty(self) -> bool:
        return not (self.requirements or self.no_deps)


def canonical(name: str) -> str:
    """PEP 503 normalised distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def split_requirement(req: str) -> tuple[str, str, str]:
    """(canonical name, extras, the rest) of a requirement string."""
    m = _REQUIREMENT.fullmatch(req)
    if not m:
        return canonical(req.strip()), "", ""
    return canonical(m.group(1)), m.group(2) or "", m.group(3).strip()


@cache
def load_table(path: Path = TABLE) -> Table:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    table: Table = from_dict(Table, data, str(path.name))
    return Table(
        {canonical(k): v for k, v in table.companion.items()},
        table.modules,
    )


def distributions(table: Table | None = None) -> list[str]:
    """Every distribution the table can install (for the cells' fingerprint)."""
    table = table or load_table()
    names = set(table.companion)
    for matches in table.companion.values():
        for match in matches.values():
            names.update(split_requirement(r)[0] for r in (*match.requires, *match.no_deps))
    return sorted(names)


def distribution_for(module: str, table: Table | None = None) -> str:
    """The distribution to install for a missing top-level module (a guess for the hint)."""
    table = table or load_table()
    top = module.split(".")[0]
    return table.modules.get(top, top.replace("_", "-"))


def companion_problem(req: str, table: Table | None = None) -> str | None:
    """Why a requirement may not be written this way (checked before anything installs)."""
    table = table or load_table()
    name, extras, _ = split_requirement(req)
    if name in table.companion and extras:
        return (
            f"{req!r}: a companion is installed without extras (tensorflow-probability[tf] "
            f"pulls the full tensorflow wheel beside tensorflow-cpu); write {name!r}, the "
            "harness adds what it needs for each TensorFlow"
        )
    return None


def needs(target: Target, environment: Environment, table: Table | None = None) -> Needs:
    """Resolve the target's requirements for this environment."""
    table = table or load_table()
    requirements: list[str] = []
    no_deps: list[str] = []
    already = {split_requirement(r)[0] for r in environment.requirements_no_deps()}
    for req in target.requirements_for(environment):
        name, _, rest = split_requirement(req)
        matches = table.companion.get(name)
        if matches is None:
            requirements.append(req)
            continue
        match = matches.get(environment.tf_minor)
        if match is None:
            known = ", ".join(k for k in matches if k != "nightly")
            return Needs(
                target.name,
                problem=(
                    f"no known {name} release for TensorFlow {environment.tensorflow} "
                    f"(companions.toml knows {known}, nightly)"
                ),
            )
        # a version written by the target wins over the table's; what it needs beside it stays
        requirements += [
            req if rest and split_requirement(r)[0] == name else r for r in match.requires
        ]
        for extra in match.no_deps:
            if split_requirement(extra)[0] not in already:
                no_deps.append(extra)
    return Needs(target.name, tuple(dict.fromkeys(requirements)), tuple(dict.fromkeys(no_deps)))
