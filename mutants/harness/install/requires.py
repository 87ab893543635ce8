"""Install what the selected targets need into an environment's venv, target by target.

Each target's requirements are resolved together with the environment's pins (so that
tensorflow-cpu, Keras and numpy stay as the environment says), then its no-deps companions
(tf-keras) go in without dependencies. A target whose requirements cannot be installed there
is named with the requirement at fault and the installer's own reason (a version that does
not exist, a conflict, a registry that did not answer); its cells in this environment become
infra, the other targets and environments run.

A venv is reused between runs: a stamp in it records what the last run installed for its
targets, so an unchanged run makes no installer call, and a run that wants less (no more
`--with pandas`) first removes what the last one added: a package must never be found only
because an earlier run left it there. A failed install is never remembered as final: a run
after one whose stamp names a rejected target tries again (the registry may answer now).

Stdlib-only and independent of nox: the noxfile passes an `Installer` that runs its
session's commands.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from harness.config.companions import Needs
from harness.config.matrix import Environment
from harness.config.typed import ShapeError, from_dict
from harness.install.steps import floating
from harness.results.untrusted import printable

STAMP = ".xla-matrix-targets.json"
# what is kept of the installer's words: lines, characters per line, characters in the message
DETAIL_LINES = 20
DETAIL_LINE_CHARS = 300
REASON_CHARS = 600


class InstallFailed(Exception):
    """The installer refused; `output` is what it printed (untrusted text)."""

    def __init__(self, output: str = "") -> None:
        super().__init__("the installer failed")
        self.output = output


class Installer(Protocol):
    def install(self, args: list[str]) -> None:
        """Run the installer with these arguments; raises InstallFailed when it fails."""
        ...

    def installed(self) -> dict[str, str]:
        """The venv's distributions, canonical name -> version."""
        ...

    def uninstall(self, names: list[str]) -> None: ...

    def log(self, message: str) -> None: ...


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
    kept: list[str] = []  # what the last run added and this one still wants
    if same and old is not None:
        installer.log(
            "trying again what the last run could not install for "
            + ", ".join(sorted(old.rejected))
        )
        kept = list(old.added)
    elif old is not None and old.added:
        have = installer.installed()
        stale = [name for name in old.added if name in have]
        if stale:
            installer.log(
                f"removing what the last run installed for its targets: {' '.join(stale)}"
            )
            installer.uninstall(stale)
            with contextlib.suppress(InstallFailed):
                installer.install(pins)  # whatever the environment itself needed back
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
        accepted = _unique([*accepted, *need.requirements])
    after = installer.installed()
    added = sorted({*kept, *(name for name in after if name not in before)})
    stamp = Stamp(key, added, {name: why.message for name, why in failed.items()})
    stamp_path.write_text(json.dumps(asdict(stamp), indent=1))
    return {**unavailable, **failed}


def _unique(args: list[str]) -> list[str]:
    """The arguments once each, in order: two targets that need the same package must not
    make the installer's command line say it twice."""
    return list(dict.fromkeys(args))


# uv's and pip's lines that say why, in the order they print them
_ERROR = re.compile(r"^\s*(error|ERROR|\u00d7)[:\s]")  # pip marks some errors with a cross
_CAUSE = re.compile(r"^\s*(caused by|cause|hint|help|\u2570\u2500\u25b6)\s*:?\s*", re.I)
# lines that say nothing about why: progress, what was installed, which interpreter
_NOISE = re.compile(
    r"^\s*(Using Python|Resolved|Prepared|Installed|Uninstalled|Audited|Downloading|"
    r"Downloaded|Building|Built|Collecting|Requirement already|[+~-] \S)"
)
# a failure to resolve: another choice of requirements may install (not a network failure)
_RESOLUTION = re.compile(
    r"No solution found|ResolutionImpossible|conflicting dependencies|"
    r"Could not find a version that satisfies|No matching distribution found|unsatisfiable"
)


def installer_reason(output: str) -> tuple[str, ...]:
    """The installer's informative lines (its error and each cause), printable and bounded;
    the last few lines of its output when it printed no error line."""
    lines = [printable(line).rstrip() for line in output.splitlines()]
    start = next((i for i, line in enumerate(lines) if _ERROR.match(line)), None)
    if start is None:
        lines = [line for line in lines if line.strip() and not _NOISE.match(line)][-5:]
        start = 0
    found: list[str] = []
    for line in lines[start:]:
        if not line.strip() or _NOISE.match(line):
            continue
        text = _CAUSE.sub("", _ERROR.sub("", line, count=1), count=1).strip()
        if not text:
            continue
        cause = bool(_CAUSE.match(line) or _ERROR.match(line))
        if found and not cause and line.startswith((" ", "\t")):
            found[-1] = f"{found[-1]} {text}"  # a cause continued on the next line
        else:
            found.append(text)
    return tuple(_clip(line, DETAIL_LINE_CHARS) for line in found[:DETAIL_LINES])


def _clip(text: str, limit: int) -> str:
    """At most `limit` characters; the middle goes (a cause's root is often last)."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    half = (limit - 5) // 2
    return f"{text[:half]} ... {text[-half:]}"


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
    detail = installer_reason(output)
    if detail:
        reason = detail[0] if len(detail) == 1 else f"{detail[0]}: {'; '.join(detail[1:])}"
        line = f"{line}: {_clip(reason, REASON_CHARS)}"
    return Unavailable(line, detail)


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
    if not _RESOLUTION.search(failure.output):
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
