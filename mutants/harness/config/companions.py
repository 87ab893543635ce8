"""What a target needs installed in one environment: its requires, its pins for that
environment, and TensorFlow companions resolved from the shipped table (companions.toml).

A companion (tensorflow-probability) is a package whose version follows TensorFlow's without
declaring it: named without a version in `requires`, it becomes the release that matches the
environment's TensorFlow, plus what it needs beside it (tf-keras, without dependencies).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

from harness.config.matrix import Environment, Target
from harness.config.typed import from_dict

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


def distribution_for(
    module: str, table: Table | None = None, venvs: Iterable[Path] | None = None
) -> str:
    """The distribution to install for a missing module, for the hint: the one that provides
    it where it is installed (this interpreter, or a venv beside this one: another
    environment of the same nox run; for a top-level module, the only name metadata maps),
    else the table's (a dotted name before its top-level package), else the module's own
    name."""
    table = table or load_table()
    parts = module.split(".")
    if len(parts) == 1:  # metadata knows top-level modules only (google.X: many providers)
        sites = sibling_venvs() if venvs is None else venvs
        for providers in (_providers(), *map(_providers_in, sites)):
            found = providers.get(module, ())
            if len(found) == 1:
                return found[0]
    for end in range(len(parts), 0, -1):
        name = ".".join(parts[:end])
        if name in table.modules:
            return table.modules[name]
    return parts[0].replace("_", "-")


def dependency_name(module: str, table: Table | None = None) -> str:
    """The name a missing-dependency line shows: the table's dotted name where one matches
    (google.protobuf), else the top-level package."""
    table = table or load_table()
    parts = module.split(".")
    for end in range(len(parts), 1, -1):
        if ".".join(parts[:end]) in table.modules:
            return ".".join(parts[:end])
    return parts[0]


@cache
def _providers() -> dict[str, tuple[str, ...]]:
    """This interpreter's top-level modules -> the distributions that provide them."""
    found = metadata.packages_distributions().items()
    return {k: tuple(dict.fromkeys(map(canonical, v))) for k, v in found}


def sibling_venvs(prefix: Path | None = None, limit: int = 32) -> list[Path]:
    """The site-packages of the venvs beside this interpreter's (`prefix`; nox keeps one per
    session in .nox/); none outside a venv."""
    if prefix is None:
        if sys.prefix == sys.base_prefix:
            return []
        prefix = Path(sys.prefix)
    here = prefix.resolve()
    found = sorted(here.parent.glob("*/lib/python3*/site-packages"))
    return [p for p in found if here not in p.parents][:limit]


@cache
def _providers_in(site: Path) -> dict[str, tuple[str, ...]]:
    """As importlib.metadata.packages_distributions, for another venv's site-packages:
    top_level.txt where the distribution has one, else the first part of its files."""
    out: dict[str, list[str]] = {}
    try:
        dists = list(metadata.distributions(path=[str(site)]))
    except OSError:
        return {}
    for dist in dists:
        name = dist.metadata["Name"] if dist.metadata else None
        if not name:
            continue
        tops = (dist.read_text("top_level.txt") or "").split()
        if not tops:
            tops = [
                Path(str(f)).parts[0].removesuffix(".py")
                for f in dist.files or ()
                if len(Path(str(f)).parts) > 1 or str(f).endswith(".py")
            ]
        for top in dict.fromkeys(t for t in tops if t.isidentifier()):
            out.setdefault(top, []).append(canonical(name))
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


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
