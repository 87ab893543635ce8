"""`xla-matrix bisect` and `xla-matrix check`: their options and their pipelines.

    xla-matrix bisect --good 2.15.1 --bad 2.21.0 -t T -s S -c C [--keras auto|legacy] [--bad-if ...]
    xla-matrix bisect --nightly --good-date 20260901 --bad-date 20261020 -t T -s S -c C
    xla-matrix bisect --package keras --good 3.9.2 --bad 3.3.3 -e tf2.16-keras3 -t T -s S -c C
    xla-matrix check -t T -s S -c C [--context P] [--bad-if ...]  # git bisect run: 0 good, 1 bad, 125 skip

bisect: the cell -> what moves (`Subject`: one distribution, alone or within one matrix
environment) -> the versions between the endpoints (from the index) -> search, each probe a
cached venv and one cell run -> bisect.json. --good newer than --bad looks for a fix.
Input errors are found before anything is listed or installed.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from packaging.utils import canonicalize_name

from harness.bisect.index import (
    INDEX_URL_VARIABLE,
    Index,
    builds_between,
    date_range,
    index_releases,
    nightlies_between,
    release_range,
    releases_between,
)
from harness.bisect.judge import BadIf
from harness.bisect.probe import (
    NIGHTLIES,
    RELEASES,
    TENSORFLOWS,
    CellQuery,
    dependents,
    moved,
    pinned_environment,
    probe_environment,
    probe_version,
    requirement_name,
    run_cell,
    tensorflow_dist,
)
from harness.bisect.search import (
    GIT_BISECT_EXIT,
    SKIP,
    BisectError,
    BisectResult,
    Outcome,
    Step,
    max_steps,
    search,
)
from harness.config import companions, defaults
from harness.config.errors import UsageError
from harness.config.matrix import (
    TEST_SCENARIO_NAME,
    Environment,
    Matrix,
    Role,
    Target,
    load_matrix,
)
from harness.config.selection import add_matrix_argument, add_selection_arguments, adhoc_target
from harness.results import store
from harness.results.untrusted import printable

# PEP 508 distribution names
_NAME = re.compile(r"[A-Z0-9]([A-Z0-9._-]*[A-Z0-9])?", re.IGNORECASE)


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `check`; `bisect` has these and its own."""
    add_matrix_argument(parser)
    add_selection_arguments(parser)
    parser.add_argument(
        "--bad-if",
        default="fail",
        help="fail (default: the cell does not pass), timeout or oom (it hits that limit; "
        "otherwise a timed-out or out-of-memory cell is skipped, not judged), "
        "verdict=<verdict> or stage=<stage> (a cell that fails before it is skipped), "
        "slower=<factor> (its steady-state predict time against its comparison cell's, "
        "beyond the noise; skipped where there is no ratio)",
    )
    parser.add_argument(
        "--context",
        metavar="PROBE",
        help="run the workaround within this context probe (e.g. jit-compile) and judge it "
        "against the probe alone, as the report's `config @ PROBE` column does",
    )
    parser.add_argument("--timeout", type=float, help="seconds per cell (default: matrix settings)")
    parser.add_argument("--run-dir", type=Path, help="where results and logs go")


def add_bisect_arguments(parser: argparse.ArgumentParser) -> None:
    add_check_arguments(parser)
    parser.add_argument(
        "--package",
        metavar="NAME",
        help="the distribution whose releases are bisected (default: TensorFlow: "
        "tensorflow-cpu, tf-nightly with --nightly, the -e environment's own); any other "
        "(keras, tf-keras, numpy, ...) is bisected within the -e environment",
    )
    parser.add_argument(
        "--good",
        help="a release where the cell is good (newer than --bad: find the fix, the first "
        "release where it turns good)",
    )
    parser.add_argument("--bad", help="a release where the cell is bad")
    parser.add_argument("--pre", action="store_true", help="include pre-releases between them")
    parser.add_argument(
        "--keras",
        choices=("auto", "legacy"),
        default="auto",
        help="legacy: tf-keras with TF_USE_LEGACY_KERAS=1",
    )
    parser.add_argument("--nightly", action="store_true", help="bisect tf-nightly builds by date")
    parser.add_argument("--good-date", metavar="YYYYMMDD")
    parser.add_argument("--bad-date", metavar="YYYYMMDD")
    parser.add_argument(
        "--venvs", default=".nox/bisect-envs", help="where the probed versions' venvs are cached"
    )
    parser.add_argument(
        "--index-url",
        metavar="URL",
        help=f"package index to list and install versions from (default: {INDEX_URL_VARIABLE}, "
        "UV_DEFAULT_INDEX, UV_INDEX_URL or PIP_INDEX_URL, else PyPI); credentials in it go "
        f"in a header and are never printed (nox -s bisect moves it to {INDEX_URL_VARIABLE}: "
        "nox prints its command lines)",
    )


def cell_query(args: argparse.Namespace, environment: bool = False) -> CellQuery:
    """The one cell of the command line: exactly one target, scenario and config, known to
    the matrix, with a --bad-if that can judge it. `environment`: -e names the environment
    a bisect holds (check runs in this interpreter's)."""
    if args.environments and not environment:
        raise UsageError(
            "--environment: check runs the cell in this interpreter's environment "
            "(git bisect run moves the code, not the pins)"
        )
    if args.shard:
        raise UsageError("--shard: bisect and check run one cell")
    matrix = load_matrix(args.matrix)
    _test_target_defaults(matrix, args)
    for name, values in (
        ("--target", args.targets),
        ("--scenario", args.scenarios),
        ("--config", args.configs),
    ):
        if len(values) != 1:
            raise UsageError(f"{name}: give exactly one (got {len(values)})")
    if args.timeout is not None and not args.timeout > 0:
        raise UsageError(f"--timeout must be positive, got {args.timeout}")
    bad_if = BadIf.parse(args.bad_if)
    query = CellQuery(
        matrix,
        target=args.targets[0],
        scenario=args.scenarios[0],
        config=args.configs[0],
        bad_if=bad_if,
        target_path=args.target_path,
        timeout=args.timeout,
        with_=tuple(args.with_),
        context=args.context or "",
        inputs=getattr(args, "inputs", None),
    )
    query.cells()  # unknown names end here, before anything is listed or installed
    if bad_if.needs_baseline and matrix.config(query.config).role == "baseline":
        raise UsageError(f"--bad-if {bad_if.kind}=... needs a workaround or probe --config")
    return query


def _test_target_defaults(matrix: Matrix, args: argparse.Namespace) -> None:
    """A test target has one scenario (`pytest`), and its cell is the baseline's unless
    --config names another: `--target factory-tests` alone is a whole query."""
    if len(args.targets) != 1 or (args.scenarios and args.configs):
        return
    if not adhoc_target(matrix, args.targets[0], args.target_path).is_test:
        return
    args.scenarios = args.scenarios or [TEST_SCENARIO_NAME]
    baseline = [c.name for c in matrix.configs.values() if c.role == Role.BASELINE]
    args.configs = args.configs or baseline


@dataclass(frozen=True)
class Subject:
    """What a bisect moves: one distribution, either alone (TensorFlow, each version in an
    environment of its own) or within a matrix environment whose other pins stay."""

    dist: str  # canonical name
    env: Environment | None = None
    keras: str = "auto"  # without env: --keras

    @property
    def nightly(self) -> bool:
        return self.dist == NIGHTLIES

    def environment(self, matrix: Matrix, version: str) -> Environment:
        if self.env is None:
            return probe_environment(matrix, self.dist, version, self.keras)
        return pinned_environment(self.env, self.dist, version)

    def where(self) -> str:
        """Where the versions are probed, for the header line."""
        if self.env is None:
            return ""
        if self.dist in TENSORFLOWS:
            return f" in {self.env.name} (its other pins held)"
        tf = f"{tensorflow_dist(self.env)} {self.env.build or self.env.tensorflow}"
        return f" in {self.env.name} ({tf} and its other pins held)"


def subject(args: argparse.Namespace, matrix: Matrix) -> Subject:
    """--package, -e, --nightly and --keras as one Subject; a UsageError for a combination
    that contradicts itself."""
    if len(args.environments) > 1:
        raise UsageError(
            f"--environment: bisect holds the pins of one environment (got {len(args.environments)})"
        )
    env = matrix.environment(args.environments[0]) if args.environments else None
    dist = None
    if args.package is not None:
        if not _NAME.fullmatch(args.package):
            raise UsageError(
                f"--package {args.package!r}: a distribution name only (the versions are "
                "--good and --bad)"
            )
        dist = canonicalize_name(args.package)
    if args.nightly and dist not in (None, NIGHTLIES):
        raise UsageError(
            f"--nightly bisects tf-nightly builds, --package {dist} another distribution: "
            "give one of them"
        )
    if (args.good_date or args.bad_date) and not (args.nightly or dist == NIGHTLIES):
        raise UsageError("--good-date and --bad-date are for tf-nightly builds (--nightly)")
    if env is not None and args.keras != "auto":
        raise UsageError(
            f"--keras {args.keras}: environment {env.name} says which Keras (its keras is "
            f'"{env.keras}"); name a tf-keras environment with -e instead'
        )
    if dist is None:
        dist = NIGHTLIES if args.nightly else tensorflow_dist(env) if env else RELEASES
    if env is not None and dist in TENSORFLOWS and dist != tensorflow_dist(env):
        raise UsageError(
            f"--package {dist}: environment {env.name} installs TensorFlow from "
            f"{tensorflow_dist(env)}, not {dist}"
            + (" (drop --nightly)" if args.nightly and not env.nightly else "")
        )
    if env is None and dist not in (RELEASES, NIGHTLIES):
        raise UsageError(
            f"--package {dist}: name the environment whose other pins stay, "
            "-e NAME (e.g. -e tf2.16-keras3)"
        )
    return Subject(dist, env, args.keras)


def versions_to_probe(
    args: argparse.Namespace, moving: Subject, index: Index
) -> tuple[list[str], bool]:
    """(versions from --good to --bad oldest first, fix): the endpoints are checked before
    the index is asked. `fix` when the good end is the newer one."""
    dates = args.good_date or args.bad_date
    if moving.nightly and (args.nightly or dates):
        if not (args.good_date and args.bad_date):
            raise UsageError("--nightly needs --good-date and --bad-date")
        if args.good or args.bad:
            raise UsageError("give --good-date and --bad-date, or --good and --bad: not both")
        _, _, fix = date_range(args.good_date, args.bad_date)
        available = index_releases(NIGHTLIES, index)
        return nightlies_between(args.good_date, args.bad_date, available), fix
    if not (args.good and args.bad):
        raise UsageError("give --good and --bad (or --nightly with --good-date and --bad-date)")
    oldest, newest, fix = release_range(args.good, args.bad)
    available = index_releases(moving.dist, index)
    if moving.nightly:  # exact builds, and the last build of each day between them
        return builds_between(str(oldest), str(newest), available), fix
    return releases_between(args.good, args.bad, available, args.pre, moving.dist), fix


def report_lines(result: BisectResult, dist: str, seconds: float, out: Path) -> list[str]:
    """The answer: the two versions around the change, what could not be tested, the cost."""
    before, after = result.labels
    lines = [f"last {before}: {result.before}", f"first {after}: {result.after}"]
    if result.fix:
        lines[-1] += f" (the fix: the first {dist} release where the cell is good)"
    reasons = {s.version: s.outcome.summary for s in result.steps if s.outcome.label == SKIP}
    if result.skipped_between:  # the reasons in full are on their probe lines above
        shown = [f"{v} ({short(reasons.get(v, ''))})" for v in result.skipped_between]
        lines.append(f"skipped in between: {', '.join(shown)}")
    others = [v for v in reasons if v not in result.skipped_between]
    if others:
        lines.append(f"also skipped: {', '.join(others)}")
    if result.stopped:
        lines.append(f"stopped early: {result.stopped}")
    lines.append(f"{len(result.steps)} probes in {seconds:.0f} s; results and logs under {out}")
    return lines


def short(reason: str, limit: int = 64) -> str:
    """A reason's head (up to its first colon), for a second mention of it."""
    head = reason.split(": ", 1)[0]
    return head if len(head) <= limit else head[: limit - 3] + "..."


def named_by(env: Environment, target: Target, dist: str) -> bool:
    """Whether the environment's pins or the target's requirements there name `dist`."""
    need = companions.needs(target, env)
    texts = [*env.requirements(), *env.requirements_no_deps(), *need.requirements, *need.no_deps]
    return any(requirement_name(t) == dist for t in texts)


def cmd_bisect(args: argparse.Namespace) -> int:
    query = cell_query(args, environment=True)
    moving = subject(args, query.matrix)
    index = Index.from_environment(args.index_url)
    versions, fix = versions_to_probe(args, moving, index)
    out = Path(args.run_dir or defaults.REPORTS / f"bisect-{store.new_run_id()}")
    venvs = Path(args.venvs)
    started = time.monotonic()

    def say(text: str) -> None:
        # probe lines quote cells' messages and the installer's output: untrusted text
        print(printable(index.redact(text)), flush=True)

    change = "fix (the first version where it turns good)" if fix else "regression"
    say(
        f"bisecting {len(versions)} {moving.dist} versions {versions[0]} .. {versions[-1]}"
        f"{moving.where()} from {index.shown}, looking for a {change}: at most "
        f"{max_steps(len(versions))} probes; {query.label} bad if {query.bad_if}"
    )

    target = query.resolved_target()
    unrelated = moving.env is not None and not named_by(moving.env, target, moving.dist)
    reference: list[Step] = []  # the first probe with packages: what "also moved" is against
    also: dict[str, list[str]] = {}

    def ready(venv: Path) -> None:
        """Once, in the first probe's venv: a package nothing there needs gets a warning."""
        nonlocal unrelated
        if unrelated and moving.env is not None and not dependents(venv, moving.dist):
            say(
                f"warning: {moving.dist} is not a pin of {moving.env.name}, not a requirement "
                f"of target {target.name}, and nothing installed beside it depends on it: "
                "its versions may not change this cell"
            )
        unrelated = False

    def probe(version: str) -> Outcome:
        env = moving.environment(query.matrix, version)
        outcome = probe_version(
            env,
            version,
            query,
            venvs,
            index,
            out / version,
            dist=moving.dist,
            pre=env.nightly or args.pre,
            held=moving.dist if moving.env is not None else None,
            ready=ready,
        )
        outcome.summary = index.redact(outcome.summary)
        say(f"  {version:<24} {outcome.label:<5} {outcome.summary}")
        if outcome.installed and not reference:
            reference.append(Step(version, outcome))
        elif outcome.installed:
            also[version] = moved(outcome.installed, reference[0].outcome.installed, moving.dist)
            if also[version]:
                more = len(also[version]) - 5
                rest = f" (+{more} more in bisect.json)" if more > 0 else ""
                say(
                    f"  {'':<24} also moved (against {reference[0].version}): "
                    f"{', '.join(also[version][:5])}{rest}"
                )
        return outcome

    def document(steps: list[Step], outcome: str, **found: object) -> dict[str, object]:
        return {
            "package": moving.dist,
            "dist": moving.dist,
            "environment": moving.env.name if moving.env else None,
            "index": index.shown,
            "cell": [query.target, query.scenario, query.config, query.context],
            "bad_if": str(query.bad_if),
            "change": "fix" if fix else "regression",
            "versions": versions,
            "outcome": index.redact(outcome),
            **found,
            "seconds": round(time.monotonic() - started, 1),
            "also_moved_against": reference[0].version if reference else None,
            "steps": [
                {
                    "version": s.version,
                    "outcome": s.outcome.label,
                    "summary": s.outcome.summary,
                    "cells": s.outcome.cells,
                    "installed": s.outcome.installed,
                    "also_moved": also.get(s.version, []),
                }
                for s in steps
            ],
        }

    try:
        result = search(versions, probe, fix=fix)
    except BisectError as exc:  # the ends do not bracket a change: what they showed is kept
        store.write_json_atomic(out / "bisect.json", document(exc.steps, str(exc)))
        say(f"{len(exc.steps)} probes; results and logs under {out}")
        raise
    seconds = time.monotonic() - started
    for line in report_lines(result, moving.dist, seconds, out):
        say(line)
    before, after = result.labels
    found = {
        f"last_{before}": result.before,
        f"first_{after}": result.after,
        "skipped": result.skipped_between,
    }
    store.write_json_atomic(out / "bisect.json", document(result.steps, "found", **found))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """One cell with the current interpreter, for `git bisect run`: 0 good, 1 bad, 125 skip.
    Never an exit code that aborts `git bisect run` (>= 128): a harness failure skips."""
    try:
        query = cell_query(args)
        run_dir = args.run_dir or Path(tempfile.mkdtemp(prefix="xla-matrix-check-"))
        outcome = run_cell(Path(sys.executable), query, run_dir, {})
    except UsageError:
        raise
    except Exception as exc:  # noqa: BLE001 - any harness failure: cannot test this commit
        print(f"xla-matrix check: skip: {type(exc).__name__}: {exc}", file=sys.stderr)
        return GIT_BISECT_EXIT[SKIP]
    print(printable(f"xla-matrix check: {outcome.label}: {outcome.summary} (log: {run_dir})"))
    return GIT_BISECT_EXIT[outcome.label]
