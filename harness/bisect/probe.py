"""One probed version: its environment, a cached venv, one cell run there, judged.

A probed version is a matrix `Environment`, so its pins, the pins that go in without
dependencies and the cells' variables are the matrix's own. Either a TensorFlow version in
an environment of its own (tensorflow-cpu==V or tf-nightly==<build>; Keras 3 pinned as
matrix.toml pins it for the same TensorFlow minor, `--keras legacy` meaning tf-keras), or
one package of a matrix environment held at V while every other pin, the target's
requirements and its companions stay as that environment has them (`pinned_environment`).
Its venv comes from the one builder (harness.install.venv: installed once, made again from
scratch when unfinished); the run's provenance says which version really got installed, and
harness.bisect.judge says what the cell's records mean.

`check` runs the same cell with the current interpreter, for `git bisect run`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from harness.bisect.index import (
    EXTRA_INDEX_VARIABLES,
    INDEX_URL_VARIABLE,
    INDEX_VARIABLES,
    Index,
)
from harness.bisect.judge import BadIf, judge
from harness.bisect.search import SKIP, Outcome
from harness.config import companions
from harness.config.errors import UsageError
from harness.config.matrix import Environment, Matrix, Target, unknown_name
from harness.config.names import Cell, config_label
from harness.config.selection import Selection, resolve_targets, select_cells
from harness.install.steps import Step, environment_steps
from harness.install.steps import floating as floating_env
from harness.install.venv import ensure, is_installed, sandboxed
from harness.results import store

RELEASES, NIGHTLIES = "tensorflow-cpu", "tf-nightly"
TENSORFLOWS = (RELEASES, NIGHTLIES, "tensorflow")  # the distributions an environment's TF is
# tf-keras declares the full `tensorflow` wheel: it goes in without dependencies (matrix.py)
NO_DEPS = ("tf-keras", "tf-keras-nightly")


# --- the environment of a probed version ------------------------------------------------


def keras3_pin(matrix: Matrix, version: str) -> str | None:
    """Keras 3 floats to the newest release unless pinned: the matrix's pin for the same
    TensorFlow minor, where it has one."""
    minor = Version(version).release[:2]
    for env in matrix.environments.values():
        keras3 = env.keras == "keras3" and env.keras_version and not env.nightly
        if keras3 and Version(env.tensorflow).release[:2] == minor:
            return env.keras_version
    return None


def probe_steps(
    env: Environment, target: Target, pre: bool, held: str | None = None
) -> tuple[str, list[Step]]:
    """(venv name, install steps) for a probed version: the environment's, with what the
    target requires there (companions resolved for its TensorFlow), or a ValueError naming
    why the target cannot run on it.

    `held`: a distribution the environment pins at the probed version; a requirement of it
    by the target or a companion gives way to that pin, and tf-keras goes in without
    dependencies wherever it is pinned."""
    need = companions.needs(target, env)
    if need.problem:
        raise ValueError(need.problem)
    held = canonicalize_name(held) if held else None
    requirements, no_deps = list(need.requirements), list(need.no_deps)
    if held:
        requirements = [r for r in requirements if requirement_name(r) != held]
        no_deps = [r for r in no_deps if requirement_name(r) != held]
    steps = environment_steps(env, extra_requirements=requirements, pre=pre)
    if held in NO_DEPS:
        moved = [r for r in steps[0] if requirement_name(r) == held]
        steps[0] = [r for r in steps[0] if r not in moved]
        no_deps = [*moved, *no_deps]
    if no_deps:
        steps.insert(-1, ["--no-deps", *no_deps])
    if not (requirements or no_deps):
        return env.name, steps
    return f"{env.name}-{hashlib.sha256(repr(steps[:-1]).encode()).hexdigest()[:8]}", steps


def probe_environment(matrix: Matrix, dist: str, version: str, keras: str) -> Environment:
    """The environment that installs `version` of `dist` (tensorflow-cpu or tf-nightly).

    keras "legacy": tf-keras of the same minor (tf-keras-nightly for a nightly) with
    TF_USE_LEGACY_KERAS=1, from TF 2.16 on (before, Keras 2 is what TensorFlow bundles)."""
    name = f"{dist}-{version}"
    if dist == NIGHTLIES:
        if keras == "legacy":
            return Environment(
                name=f"{name}-legacy", tensorflow="nightly", build=version, keras="tf-keras"
            )
        return Environment(name=name, tensorflow="nightly", build=version)
    v = Version(version)
    if keras == "legacy" and v >= Version("2.16"):
        minor = ".".join(map(str, v.release[:2]))
        return Environment(
            name=f"{name}-legacy", tensorflow=version, keras="tf-keras", keras_version=f"{minor}.*"
        )
    pin = keras3_pin(matrix, version)
    if pin:
        return Environment(name=name, tensorflow=version, keras="keras3", keras_version=pin)
    return Environment(name=name, tensorflow=version)


def tensorflow_dist(env: Environment) -> str:
    """The distribution the environment installs TensorFlow from."""
    if env.nightly:
        return NIGHTLIES
    return "tensorflow" if env.device == "gpu" else RELEASES


def pinned_environment(env: Environment, dist: str, version: str) -> Environment:
    """A matrix environment with `dist` at `version`, everything else the environment's:
    its own TensorFlow distribution as that TensorFlow (tf-nightly as that build; the
    companions follow it), Keras 3 or tf-keras as the environment's Keras pin, any other
    distribution as a pin (replacing the environment's own requirement of it)."""
    name = f"{env.name}-{canonicalize_name(dist)}-{version}"
    canonical = canonicalize_name(dist)
    if canonical == tensorflow_dist(env):
        if env.nightly:
            return replace(env, name=name, build=version)
        return replace(env, name=name, tensorflow=version)
    pins = tuple(p for p in env.pins if requirement_name(p) != canonical)
    keras = {"keras3": "keras", "tf-keras": NO_DEPS[1] if env.nightly else NO_DEPS[0]}
    if keras.get(env.keras) == canonical:
        return replace(env, name=name, keras_version=version, pins=pins)
    return replace(env, name=name, pins=(*pins, f"{dist}=={version}"))


def requirement_name(requirement: str) -> str | None:
    try:
        return canonicalize_name(Requirement(requirement).name)
    except InvalidRequirement:
        return None


def floats(env: Environment, dist: str) -> bool:
    """True when the environment installs whatever build of `dist` is newest on the day it
    runs (tf-nightly without a build, or a pin without an exact version): its runs differ
    by that build, which is what drift bisects."""
    name = canonicalize_name(dist)
    for text in env.requirements():
        try:
            req = Requirement(text)
        except InvalidRequirement:
            continue
        if canonicalize_name(req.name) == name:
            return not any(
                s.operator in ("==", "===") and "*" not in s.version for s in req.specifier
            )
    return False


# --- its venv -------------------------------------------------------------------------------


def ensure_venv(
    venv: Path,
    steps: list[Step],
    index: Index,
    *,
    floating: bool = False,
    rebuild: bool = False,
) -> Path | str:
    """The probe's venv from the one builder (harness.install.venv), installing from
    `index`: its credentials reach the installer in its environment and never the log."""
    return ensure(
        venv,
        steps,
        environ=index.installer_environment(),
        redact=index.redact,
        floating=floating,
        rebuild=rebuild,
        sandbox=True,
    )


def site_packages(venv: Path) -> list[Path]:
    return sorted(venv.glob("lib/python*/site-packages"))


def dependents(venv: Path, dist: str) -> list[str]:
    """The distributions installed in `venv` that require `dist` (read from their metadata,
    markers evaluated for this interpreter, the venv's own; any extra counts)."""
    from importlib import metadata

    want = canonicalize_name(dist)
    found = set()
    for d in metadata.distributions(path=[str(p) for p in site_packages(venv)]):
        name = d.metadata["Name"]
        if not name or canonicalize_name(name) == want:
            continue
        extras = ["", *(d.metadata.get_all("Provides-Extra") or [])]
        for text in d.requires or []:
            try:
                req = Requirement(text)
            except InvalidRequirement:
                continue
            if canonicalize_name(req.name) == want and (
                req.marker is None or any(req.marker.evaluate({"extra": e}) for e in extras)
            ):
                found.add(canonicalize_name(name))
    return sorted(found)


# --- one cell there -------------------------------------------------------------------------


@dataclass(frozen=True)
class CellQuery:
    """The one cell bisect and check run (with the baseline a verdict compares it with):
    the config alone, or within a context probe (`context`, e.g. jit-compile), where a
    workaround is compared with the probe alone."""

    matrix: Matrix
    target: str
    scenario: str
    config: str
    bad_if: BadIf = BadIf("fail")  # noqa: RUF009 - frozen: one instance is safely shared
    target_path: str | None = None
    timeout: float | None = None
    with_: tuple[str, ...] = ()  # requirements added to the target (--with)
    context: str = ""  # a context probe the config runs within ("" for none)
    inputs: str | None = None  # the inputs hook of an ad-hoc target (--inputs)

    def selection(self) -> Selection:
        return Selection(
            configs=[self.config],
            scenarios=[self.scenario],
            targets=[self.target],
            target_path=self.target_path,
            inputs=self.inputs,
            with_=list(self.with_),
            contexts=bool(self.context),
        )

    def resolved_target(self) -> Target:
        """The target as cells get it: its requires (and --with's) included."""
        return next(iter(resolve_targets(self.matrix, self.selection()).values()))

    @property
    def label(self) -> str:
        return config_label(self.config, self.context, " @ ")

    def check_context(self) -> None:
        """A context is a context probe of the matrix, and only workarounds run within it."""
        if not self.context:
            return
        contexts = [c.name for c in self.matrix.contexts()]
        if self.context not in contexts:
            raise unknown_name("context", self.context, contexts)
        if self.matrix.config(self.config).role != "workaround":
            raise UsageError(
                f"--context {self.context}: only a workaround config runs within a context "
                f"({self.config} is a {self.matrix.config(self.config).role})"
            )

    def cells(self) -> list[Cell]:
        """Its cells, named as a run with this interpreter (`local`) names them; unknown
        names are a UsageError."""
        from harness.run.pipeline import resolve_environment  # the one meaning of `local`

        self.check_context()
        return select_cells(self.matrix, self.selection(), [resolve_environment(self.matrix, None)])

    def run_arguments(self, run_dir: Path) -> list[str]:
        args = [
            "--matrix",
            str(self.matrix.path),
            "--run-dir",
            str(run_dir),
            "--no-report",
            "--no-cache",
            *([] if self.context else ["--no-contexts"]),
            "-j",
            "1",
            "-t",
            self.target,
            "-s",
            self.scenario,
            "-c",
            self.config,
        ]
        if self.target_path:
            args += ["--target-path", self.target_path]
        args += [a for req in self.with_ for a in ("--with", req)]
        if self.inputs:
            args += ["--inputs", self.inputs]
        if self.timeout:
            args += ["--timeout", str(self.timeout)]
        return args


def installed(run_dir: Path) -> dict[str, str]:
    """Every distribution in the venv a run ran in, by canonical name, from its plan's
    provenance (recorded before any cell ran)."""
    plans, _ = store.load_plans([run_dir])
    return dict(
        sorted({k: v for plan in plans for k, v in plan.provenance.packages.items()}.items())
    )


def moved(packages: dict[str, str], reference: dict[str, str], held: str) -> list[str]:
    """`name old -> new` for each distribution other than `held` (and the harness) whose
    version differs from `reference`'s."""
    lines = []
    for name in sorted(packages.keys() | reference.keys()):
        old, new = reference.get(name), packages.get(name)
        if old != new and name not in (held, "xla-matrix"):
            lines.append(f"{name} {old or '(none)'} -> {new or '(none)'}")
    return lines


def same_version(a: str, b: str) -> bool:
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


def run_cell(
    python: Path,
    query: CellQuery,
    run_dir: Path,
    cell_env: dict[str, str],
    index: Index | None = None,
    sandbox: bool = False,
) -> Outcome:
    """Run the query's cells with `python` into `run_dir` and judge them.

    Records an earlier run left there for these cells are removed first: a run that writes
    nothing (it crashed, or could not start) is skip, never judged by a stale result.

    `sandbox` (a probe: a build of the index and the target's code run there) runs it in
    `run_dir` as its working folder, without the CI runner's variables (its environment
    and summary files, its tokens) or the index's credentials: a probe inside a job that
    then saves caches and uploads artifacts must not reach them by those names."""
    cells = query.cells()
    for cell in cells:
        store.result_path(run_dir, cell).unlink(missing_ok=True)
        store.outputs_path(run_dir, cell).unlink(missing_ok=True)
        with contextlib.suppress(NotADirectoryError):  # the run itself says why, below
            (run_dir / "plan" / f"{cell.environment}.json").unlink(missing_ok=True)
    run_dir.mkdir(parents=True, exist_ok=True)
    log = run_dir / "bisect-run.log"
    if sandbox:
        run_dir = run_dir.resolve()
        if query.target_path:
            query = replace(query, target_path=str(Path(query.target_path).resolve()))
        hidden = (INDEX_URL_VARIABLE, *INDEX_VARIABLES, *EXTRA_INDEX_VARIABLES)
        environ, cwd = sandboxed(os.environ, hidden), run_dir
    else:
        environ, cwd = dict(os.environ), Path.cwd()
    with open(log, "w") as f:
        proc = subprocess.run(
            [str(python), "-m", "harness", "run", *query.run_arguments(run_dir)],
            stdout=f,
            stderr=subprocess.STDOUT,
            env={**environ, **cell_env},
            cwd=cwd,
        )
    if index is not None and index.secrets:
        log.write_text(index.redact(log.read_text(errors="replace")))
    records = [
        r for c in cells if (r := store.read_record(store.result_path(run_dir, c), run_dir)[0])
    ]
    settings = query.matrix.settings
    outcome = judge(records, query.config, query.bad_if, settings, query.context, query.timeout)
    if not records:
        outcome.summary += f" (the run exited {proc.returncode}; log: {log})"
    return outcome


# --- one probed version -------------------------------------------------------------------


def probe_version(
    env: Environment,
    version: str,
    query: CellQuery,
    venvs: Path,
    index: Index,
    run_dir: Path,
    *,
    dist: str,
    pre: bool,
    held: str | None = None,
    ready: Callable[[Path], None] | None = None,
) -> Outcome:
    """`version` of `dist` probed in `env`: its venv under `venvs` (installed once), the
    query's cell run there into `run_dir` and judged, with every distribution the run saw.

    A skip that may come from the venv rather than the version (TensorFlow would not import,
    the run wrote nothing, the venv holds another version of `dist`) in a venv installed
    earlier rebuilds it from scratch and probes again, once; one that stays names the venv.
    `ready` sees the venv before the cell runs."""
    try:
        name, steps = probe_steps(env, query.resolved_target(), pre=pre, held=held)
    except ValueError as exc:  # no known companion release for this TensorFlow
        return Outcome(SKIP, str(exc))
    venv, floating = venvs / name, floating_env(env)

    def attempt(rebuild: bool) -> Outcome:
        python = ensure_venv(venv, steps, index, floating=floating, rebuild=rebuild)
        if isinstance(python, str):
            return Outcome(SKIP, python)
        if ready is not None:
            ready(venv)
        outcome = run_cell(python, query, run_dir, env.cell_env(), index, sandbox=True)
        outcome.installed = installed(run_dir)
        got = outcome.installed.get(canonicalize_name(dist))
        if (got or outcome.label != SKIP) and not (got and same_version(got, version)):
            return Outcome(
                SKIP,
                f"the probe ran {dist} {got or '(not installed)'}, not {version}",
                outcome.cells,
                outcome.installed,
                venv_fault=True,
            )
        return outcome

    warm = not floating and is_installed(venv, steps)
    outcome = attempt(rebuild=False)
    if not outcome.venv_fault:
        return outcome
    if not warm:  # installed just now: a rebuild would give the same
        outcome.summary += f" (venv {venv})"
        return outcome
    first = outcome.summary
    outcome = attempt(rebuild=True)
    if outcome.venv_fault:
        outcome.summary += f" (venv {venv}, rebuilt from scratch once)"
    else:
        outcome.summary += f" (venv rebuilt from scratch after: {first})"
    return outcome
