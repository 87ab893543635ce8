"""Install what the selected targets need into an environment's venv, target by target.

Each target's requirements are resolved together with the environment's pins (so that
tensorflow-cpu, Keras and numpy stay as the environment says), then its no-deps companions
(tf-keras) go in without dependencies. A target whose requirements cannot be installed there
is named with the requirement at fault; its cells in this environment become infra, the
other targets and environments run.

A venv is reused between runs: a stamp in it records what the last run installed for its
targets, so an unchanged run makes no installer call, and a run that wants less (no more
`--with pandas`) first removes what the last one added: a package must never be found only
because an earlier run left it there.

Stdlib-only and independent of nox: the noxfile passes an `Installer` that runs its
session's commands.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from harness.companions import Needs
from harness.install import floating
from harness.matrix import Environment
from harness.typed import ShapeError, from_dict

STAMP = ".xla-matrix-targets.json"


class Installer(Protocol):
    def install(self, args: list[str]) -> bool:
        """Run the installer with these arguments; False when it fails."""
        ...

    def installed(self) -> dict[str, str]:
        """The venv's distributions, canonical name -> version."""
        ...

    def uninstall(self, names: list[str]) -> None: ...

    def log(self, message: str) -> None: ...


@dataclass
class Stamp:
    """What the last run installed for its targets, kept in the venv."""

    key: str
    added: list[str] = field(default_factory=list)  # distributions the target installs added
    rejected: dict[str, str] = field(default_factory=dict)  # target -> why not installable


def _key(environment: Environment, base: list[list[str]], wanted: list[Needs]) -> str:
    payload = [base, environment.requirements(), [asdict(n) for n in wanted]]
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def read_stamp(path: Path) -> Stamp | None:
    try:
        return from_dict(Stamp, json.loads(path.read_text()), "stamp")
    except (OSError, ValueError, ShapeError):
        return None


def install_needs(
    environment: Environment,
    needs: list[Needs],
    installer: Installer,
    venv: Path,
    base: list[list[str]],
) -> dict[str, str]:
    """Install every target's needs; returns {target: why its cells are infra here}.

    `base` is the environment's own install steps (part of the stamp's key: a venv whose
    pins changed installs its targets' needs again).
    """
    rejected = {n.target: n.problem for n in needs if n.problem}
    wanted = [n for n in needs if not n.problem and not n.empty]
    stamp_path = venv / STAMP
    key = _key(environment, base, wanted)
    old = read_stamp(stamp_path)
    if old is not None and old.key == key and not floating(environment):
        installer.log("target requirements unchanged since the last run, not reinstalling")
        return {**rejected, **old.rejected}
    pre = ["--pre"] if environment.nightly else []
    pins = [*pre, *environment.requirements()]
    if old is not None and old.added:
        have = installer.installed()
        stale = [name for name in old.added if name in have]
        if stale:
            installer.log(
                f"removing what the last run installed for its targets: {' '.join(stale)}"
            )
            installer.uninstall(stale)
            installer.install(pins)  # whatever the environment itself needed back
    stamp_path.unlink(missing_ok=True)
    before = installer.installed()
    failed: dict[str, str] = {}
    accepted: list[str] = []
    for need in wanted:
        if need.requirements and not installer.install([*pins, *accepted, *need.requirements]):
            failed[need.target] = _why(environment, need, accepted, installer, pins)
            continue
        if need.no_deps and not installer.install(["--no-deps", *pre, *need.no_deps]):
            failed[need.target] = (
                f"could not install {' '.join(need.no_deps)} (without dependencies) in "
                f"{environment.name}"
            )
            continue
        accepted += need.requirements
    after = installer.installed()
    added = sorted(name for name in after if name not in before)
    stamp = Stamp(key, added, failed)
    stamp_path.write_text(json.dumps(asdict(stamp), indent=1))
    return {**rejected, **failed}


def _why(
    environment: Environment,
    need: Needs,
    accepted: list[str],
    installer: Installer,
    pins: list[str],
) -> str:
    """One line naming the requirement that cannot go beside the environment's pins
    (each is tried alone with the pins, as a dry run; only on the failure path)."""
    where = f"beside {environment.name}'s pins ({' '.join(environment.requirements())})"
    if len(need.requirements) == 1 and not accepted:
        return f"could not install {need.requirements[0]!r} {where}"
    for req in need.requirements:
        if not installer.install(["--dry-run", *pins, req]):
            return f"could not install {req!r} {where}"
    together = ", ".join(repr(r) for r in need.requirements)
    if accepted:
        return (
            f"could not install {together} together with the other targets' requirements "
            f"in {environment.name}"
        )
    return f"could not install {together} together {where}"
