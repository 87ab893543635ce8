"""Install what the selected targets need into an environment's venv, target by target.

Each target's requirements are resolved together with the environment's pins (so that
tensorflow-cpu, Keras and numpy stay as the environment says), then its no-deps companions
(tf-keras) go in without dependencies. A target whose requirements cannot be installed there
is named with the requirement at fault and the installer's own reason (a version that does
not exist, a conflict, a registry that did not answer); its cells in this environment become
infra, the other targets and environments run.

A venv is reused between runs: a stamp in it records what the last runs installed for their
targets, so an unchanged run makes no installer call. A run whose targets want something else
installs the difference (the installer keeps what is there and already fits), then removes
what no selected target needs any more: of what target installs added, each distribution
that neither the environment nor a selected target's requirements reach through the
dependencies the venv's distributions declare (`still_needed`). A package must never be
found only because an earlier run left it there (no more `--with pandas`: pandas goes, and
what only it needed). A failed install is never remembered as final: a run after one whose
stamp names a rejected target tries again (the registry may answer now).

Independent of nox: the noxfile passes an `Installer` that runs its session's commands.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from packaging.markers import InvalidMarker, UndefinedComparison, UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement, Requirement

from harness.config.companions import Needs, canonical
from harness.config.matrix import Environment
from harness.config.secrets import redact
from harness.config.typed import ShapeError, from_dict
from harness.install.output import (
    InstallFailed,
    installer_reason,
    is_resolution_failure,
    reason_line,
)
from harness.install.steps import floating

STAMP = ".xla-matrix-targets.json"


class Installer(Protocol):
    def install(self, args: list[str]) -> None:
        """Run the installer with these arguments; raises InstallFailed when it fails."""
        ...

    def installed(self) -> dict[str, str]:
        """The venv's distributions, canonical name -> version."""
        ...

    def dependencies(self) -> Dependencies:
        """What the venv's distributions declare they need (DEPENDENCIES_SCRIPT's output)."""
        ...

    def uninstall(self, names: list[str]) -> None: ...

    def log(self, message: str) -> None: ...


@dataclass(frozen=True)
class Dependencies:
    """A venv's distributions as the removal step reads them: each one's Requires-Dist, and
    the values its markers are evaluated with (the venv's interpreter's, not this one's)."""

    requires: dict[str, tuple[str, ...]]  # canonical name -> requirement strings
    markers: dict[str, str] = field(default_factory=dict)


# Printed by the venv's own interpreter (the standard library only): its distributions'
# Requires-Dist and the marker values of PEP 508 (as packaging.markers.default_environment).
DEPENDENCIES_SCRIPT = """
import json, os, platform, re, sys
from importlib import metadata
v = sys.implementation.version
version = f"{v.major}.{v.minor}.{v.micro}"
if v.releaselevel != "final":
    version += v.releaselevel[0] + str(v.serial)
markers = {
    "implementation_name": sys.implementation.name,
    "implementation_version": version,
    "os_name": os.name,
    "platform_machine": platform.machine(),
    "platform_release": platform.release(),
    "platform_system": platform.system(),
    "platform_version": platform.version(),
    "python_full_version": platform.python_version(),
    "platform_python_implementation": platform.python_implementation(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "sys_platform": sys.platform,
}
requires = {}
for d in metadata.distributions():
    if d.metadata["Name"]:
        name = re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower()
        requires.setdefault(name, []).extend(d.requires or [])
print(json.dumps({"requires": requires, "markers": markers}))
"""


def read_dependencies(text: str) -> Dependencies:
    """DEPENDENCIES_SCRIPT's output (its last line)."""
    data = json.loads(text.strip().splitlines()[-1])
    return Dependencies(
        {name: tuple(reqs) for name, reqs in data["requires"].items()}, data["markers"]
    )


def still_needed(roots: Iterable[str], venv: Dependencies) -> set[str]:
    """The installed distributions (canonical names) that the requirements `roots` reach,
    themselves included, through what each installed distribution declares it needs (its
    extras' needs where it is required with extras; markers evaluated for the venv)."""
    todo: list[tuple[str, frozenset[str]]] = []
    for root in roots:
        if root.startswith("-"):
            continue  # an installer option (--pre, --no-deps)
        try:
            req = Requirement(root)
        except InvalidRequirement:
            todo.append((canonical(root), frozenset()))
            continue
        todo.append((canonical(req.name), frozenset(req.extras)))
    needed: set[str] = set()
    expanded: set[tuple[str, str]] = set()
    while todo:
        name, extras = todo.pop()
        if name not in venv.requires:
            continue  # not installed: nothing below it here
        needed.add(name)
        for extra in ("", *sorted(extras)):
            if (name, extra) in expanded:
                continue
            expanded.add((name, extra))
            for text in venv.requires[name]:
                try:
                    req = Requirement(text)
                    if req.marker and not req.marker.evaluate({**venv.markers, "extra": extra}):
                        continue
                except (
                    InvalidRequirement,
                    InvalidMarker,
                    UndefinedComparison,
                    UndefinedEnvironmentName,
                ):
                    continue
                todo.append((canonical(req.name), frozenset(req.extras)))
    return needed


@dataclass(frozen=True)
class Unavailable:
    """Why a target's cells cannot run in an environment: one line for the table, and the
    installer's informative lines as it wrote them (for the record and the cell's log)."""

    message: str
    detail: tuple[str, ...] = ()


@dataclass
class UnavailableFile:
    """What the noxfile hands `xla-matrix run` (--infra-targets FILE): target -> why."""

    targets: dict[str, Unavailable] = field(default_factory=dict)


@dataclass
class Stamp:
    """What the last run installed for its targets, kept in the venv."""

    key: str
    added: list[str] = field(default_factory=list)  # distributions the target installs added
    # target -> why not installable: never final, the next run tries it again
    rejected: dict[str, str] = field(default_factory=dict)


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
) -> dict[str, Unavailable]:
    """Install every target's needs; returns {target: why its cells are infra here}.

    `base` is the environment's own install steps (part of the stamp's key: a venv whose
    pins changed installs its targets' needs again).
    """
    unavailable = {n.target: Unavailable(n.problem) for n in needs if n.problem}
    wanted = [n for n in needs if not n.problem and not n.empty]
    stamp_path = venv / STAMP
    key = _key(environment, base, wanted)
    old = read_stamp(stamp_path)
    same = old is not None and old.key == key and not floating(environment)
    if same and old is not None and not old.rejected:
        installer.log("target requirements unchanged since the last run, not reinstalling")
        return unavailable
    pre = ["--pre"] if environment.nightly else []
    pins = [*pre, *environment.requirements()]
    if same and old is not None:
        installer.log(
            "trying again what the last run could not install for "
            + ", ".join(sorted(old.rejected))
        )
    stamp_path.unlink(missing_ok=True)
    before = installer.installed()
    failed: dict[str, Unavailable] = {}
    accepted: list[str] = []
    for need in wanted:
        if need.requirements:
            try:
                installer.install(_unique([*pins, *accepted, *need.requirements]))
            except InstallFailed as exc:
                failed[need.target] = _why(environment, need, accepted, installer, pins, exc)
                continue
        if need.no_deps:
            try:
                installer.install(["--no-deps", *pre, *need.no_deps])
            except InstallFailed as exc:
                what = f"{' '.join(need.no_deps)} (without dependencies)"
                failed[need.target] = unavailable_because(what, environment, exc.output)
                continue
        accepted = _unique([*accepted, *need.requirements, *need.no_deps])
    after = installer.installed()
    # what target installs added, this run or an earlier one, and is still there
    earlier = set(old.added) if old is not None else set()
    added = sorted((earlier | (set(after) - set(before))) & set(after))
    stale = _stale(environment, accepted, added, after, installer)
    if stale:
        installer.log(f"removing what no selected target needs any more: {' '.join(stale)}")
        installer.uninstall(stale)
        with contextlib.suppress(InstallFailed):
            installer.install(pins)  # whatever the environment itself needed back
    kept = [name for name in added if name not in stale]
    stamp = Stamp(key, kept, {name: why.message for name, why in failed.items()})
    stamp_path.write_text(json.dumps(asdict(stamp), indent=1))
    return {**unavailable, **failed}


def _stale(
    environment: Environment,
    accepted: list[str],
    added: list[str],
    installed: dict[str, str],
    installer: Installer,
) -> list[str]:
    """Of what target installs added, what neither the environment nor an installed
    target's requirements reach any more (everything else installed counts as wanted)."""
    if not added:
        return []
    roots = [
        *environment.requirements(),
        *environment.requirements_no_deps(),
        *accepted,
        *(name for name in installed if name not in added),
    ]
    needed = still_needed(roots, installer.dependencies())
    return [name for name in added if name not in needed]


def _unique(args: list[str]) -> list[str]:
    """The arguments once each, in order: two targets that need the same package must not
    make the installer's command line say it twice."""
    return list(dict.fromkeys(args))


def unavailable_because(what: str, environment: Environment, output: str) -> Unavailable:
    """`could not install X in env (pins: ...): <the installer's reason>`: neutral, since
    the reason may be a version that does not exist or a registry that did not answer as
    well as a conflict with the pins."""
    pins = " ".join(environment.requirements())
    return _with_reason(f"could not install {what} in {environment.name} (pins: {pins})", output)


def environment_unavailable(environment: Environment, output: str) -> Unavailable:
    """Why an environment's own install failed, with the installer's reason."""
    pins = " ".join(environment.requirements())
    return _with_reason(f"could not install environment {environment.name} ({pins})", output)


def _with_reason(line: str, output: str) -> Unavailable:
    detail = tuple(redact(d) for d in installer_reason(output))
    if detail:
        line = f"{line}: {reason_line(detail)}"
    return Unavailable(redact(line), detail)


def _why(
    environment: Environment,
    need: Needs,
    accepted: list[str],
    installer: Installer,
    pins: list[str],
    failure: InstallFailed,
) -> Unavailable:
    """The requirement at fault where the resolver refused: each is tried alone with the
    pins, as a dry run (only on the failure path). Any other failure (the registry did not
    answer) names the target's requirements as they were asked for."""
    reqs = need.requirements
    together = ", ".join(repr(r) for r in reqs)
    if not is_resolution_failure(failure.output):
        return unavailable_because(together, environment, failure.output)
    if len(reqs) == 1 and not accepted:
        return unavailable_because(repr(reqs[0]), environment, failure.output)
    for req in reqs:
        try:
            installer.install(_unique(["--dry-run", *pins, req]))
        except InstallFailed as exc:
            return unavailable_because(repr(req), environment, exc.output)
    if accepted:
        return unavailable_because(
            f"{together} together with the other targets' requirements",
            environment,
            failure.output,
        )
    return unavailable_because(f"{together} together", environment, failure.output)
