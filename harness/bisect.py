"""Bisecting TensorFlow upgrades: the first release (or nightly build) where a cell changes.

    xla-matrix bisect --good 2.15.1 --bad 2.21.0 -t T -s S -c C [--keras auto|legacy] [--bad-if ...]
    xla-matrix bisect --nightly --good-date 20260901 --bad-date 20261020 -t T -s S -c C
    xla-matrix check -t T -s S -c C [--bad-if ...]      # for `git bisect run`: 0 good, 1 bad, 125 skip

Versions come from the package index (PEP 691 JSON of the simple API), ordered with
packaging.version; each probed version gets a cached venv. A version that cannot be
installed or imported is skipped, like git bisect's exit 125, and the search goes on.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from packaging.version import InvalidVersion, Version

from harness import store
from harness.errors import UsageError
from harness.matrix import Matrix, load_matrix
from harness.records import CellRecord, Status
from harness.verdicts import Tolerance, derive_verdicts
from harness.vocabulary import PROBE_VERDICTS, WORKAROUND_VERDICTS

GOOD, BAD, SKIP = "good", "bad", "skip"
GIT_BISECT_EXIT = {GOOD: 0, BAD: 1, SKIP: 125}
DEFAULT_INDEX = "https://pypi.org/simple"
REPO = Path(__file__).resolve().parent.parent


# --- what counts as bad -----------------------------------------------------------------


@dataclass(frozen=True)
class BadIf:
    """`fail` (the cell does not pass), `verdict=<verdict>` or `stage=<stage name>`."""

    kind: str
    value: str | None = None

    @classmethod
    def parse(cls, text: str) -> BadIf:
        if text == "fail":
            return cls("fail")
        kind, sep, value = text.partition("=")
        if sep and kind == "verdict" and value in {*WORKAROUND_VERDICTS, *PROBE_VERDICTS}:
            return cls("verdict", value)
        if sep and kind == "stage" and value in ("import", "target", "build", "predict"):
            return cls("stage", value)
        raise UsageError(
            f"--bad-if {text!r}: use fail, verdict=<{'|'.join(WORKAROUND_VERDICTS)}> or stage=<build|predict|import|target>"
        )

    @property
    def needs_baseline(self) -> bool:
        return self.kind == "verdict"

    def __str__(self) -> str:
        return self.kind if self.value is None else f"{self.kind}={self.value}"


@dataclass
class Outcome:
    label: str  # good, bad, skip
    summary: str
    cells: list[str] = field(default_factory=list)


def judge(
    records: list[CellRecord], config: str, bad_if: BadIf, tol: Tolerance | None = None
) -> Outcome:
    """Good, bad or skip for one probed version, from its cell records."""
    cell = next((r for r in records if r.cell.config == config), None)
    if cell is None:
        return Outcome(SKIP, "no result for the cell")
    cells = [r.id for r in records]
    evidence = f"{cell.status}" + (
        f" at {cell.stage_text}: {cell.message}" if not cell.passed else ""
    )
    evidence += f" [xla modules {cell.xla_modules}]"
    if cell.status in (Status.INFRA, Status.MISSING, Status.INTERRUPTED):
        return Outcome(SKIP, f"cannot judge: {cell.message}", cells)
    if bad_if.kind == "fail":
        return Outcome(BAD if not cell.passed else GOOD, evidence, cells)
    if bad_if.kind == "stage":
        stage = cell.stage.name if cell.stage else None
        bad = not cell.passed and stage == bad_if.value
        return Outcome(BAD if bad else GOOD, evidence, cells)
    verdicts = [v for v in derive_verdicts(records, tol or Tolerance()) if v.config == config]
    if not verdicts:
        return Outcome(
            SKIP, f"no verdict for {config} (is it a workaround or probe config?)", cells
        )
    v = verdicts[0]
    if v.verdict in ("infra", "missing"):
        return Outcome(SKIP, f"verdict {v.verdict}: {v.reason}", cells)
    return Outcome(
        BAD if v.verdict == bad_if.value else GOOD, f"verdict {v.verdict}: {v.reason}", cells
    )


# --- the search -------------------------------------------------------------------------


class BisectError(UsageError):
    """The endpoints do not bracket a change."""


@dataclass
class Step:
    version: str
    outcome: Outcome


@dataclass
class BisectResult:
    last_good: str
    first_bad: str
    steps: list[Step]
    skipped_between: list[str]


def search(versions: list[str], probe: Callable[[str], Outcome]) -> BisectResult:
    """Binary search between versions[0] (said good) and versions[-1] (said bad).

    Both ends are checked first. A skipped version is stepped around, as git bisect does.
    """
    if len(versions) < 2:
        raise BisectError("need at least two versions to bisect")
    steps: list[Step] = []

    def run(i: int) -> str:
        outcome = probe(versions[i])
        steps.append(Step(versions[i], outcome))
        return outcome.label

    good_end, bad_end = run(0), run(len(versions) - 1)
    if SKIP in (good_end, bad_end):
        which = versions[0] if good_end == SKIP else versions[-1]
        raise BisectError(
            f"cannot test endpoint {which}: {steps[0 if good_end == SKIP else 1].outcome.summary}"
        )
    if good_end == BAD and bad_end == GOOD:
        raise BisectError(
            f"a good version found after a bad one: {versions[0]} is bad and {versions[-1]} is good "
            "(swap --good and --bad to find where it got fixed)"
        )
    if good_end == BAD:
        raise BisectError(f"--good {versions[0]} is already bad: nothing to find (all bad)")
    if bad_end == GOOD:
        raise BisectError(
            f"--good {versions[0]} and --bad {versions[-1]} are both good: nothing to find"
        )
    lo, hi = 0, len(versions) - 1
    skipped: set[int] = set()
    while True:
        candidates = [i for i in range(lo + 1, hi) if i not in skipped]
        if not candidates:
            break
        middle = (lo + hi) / 2
        i = min(candidates, key=lambda k: (abs(k - middle), k))
        label = run(i)
        if label == SKIP:
            skipped.add(i)
        elif label == BAD:
            hi = i
        else:
            lo = i
    return BisectResult(
        versions[lo], versions[hi], steps, [versions[i] for i in sorted(skipped) if lo < i < hi]
    )


def max_steps(n: int) -> int:
    """Probes a search over n versions needs without skips: both ends, then log2."""
    return 2 + math.ceil(math.log2(max(1, n - 1)))


# --- versions from the package index ----------------------------------------------------


def index_url() -> str:
    return (
        os.environ.get("UV_INDEX_URL") or os.environ.get("PIP_INDEX_URL") or DEFAULT_INDEX
    ).rstrip("/")


def index_versions(dist: str) -> list[tuple[Version, bool]]:
    """(version, yanked) of every release file of `dist` on the index."""
    request = urllib.request.Request(
        f"{index_url()}/{dist}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            data = json.load(response)
    except OSError as exc:
        raise UsageError(f"cannot list {dist} versions from {index_url()}: {exc}") from None
    yanked: dict[Version, list[bool]] = {}
    prefix = re.compile(rf"{re.escape(dist.replace('-', '_'))}-([^-]+)-", re.I)
    for f in data.get("files", []):
        m = prefix.match(f.get("filename", ""))
        if not m:
            continue
        try:
            version = Version(m.group(1))
        except InvalidVersion:
            continue
        yanked.setdefault(version, []).append(bool(f.get("yanked")))
    found = {v: all(flags) for v, flags in yanked.items()}  # yanked when every file is
    return sorted(found.items())


def releases_between(
    good: str, bad: str, available: list[tuple[Version, bool]], pre: bool = False
) -> list[str]:
    try:
        g, b = Version(good), Version(bad)
    except InvalidVersion as exc:
        raise UsageError(f"not a version: {exc}") from None
    known = {v for v, _ in available}
    for name, v in (("--good", g), ("--bad", b)):
        if v not in known:
            near = (
                ", ".join(str(x) for x, _ in available if x.release[:2] == v.release[:2]) or "none"
            )
            raise UsageError(
                f"{name} {v}: no such tensorflow-cpu release on the index (same minor: {near})"
            )
    if g >= b:
        raise UsageError(f"--good {g} must be older than --bad {b}")
    return [
        str(v)
        for v, yanked in available
        if g <= v <= b and not yanked and (pre or not v.is_prerelease or v in (g, b))
    ]


def nightlies_between(
    good_date: str, bad_date: str, available: list[tuple[Version, bool]]
) -> list[str]:
    for name, d in (("--good-date", good_date), ("--bad-date", bad_date)):
        if not re.fullmatch(r"20\d{6}", d):
            raise UsageError(f"{name} {d!r}: expected YYYYMMDD")
    if good_date >= bad_date:
        raise UsageError(f"--good-date {good_date} must be before --bad-date {bad_date}")
    picked = []
    for v, yanked in available:
        m = re.search(r"dev(\d{8})", str(v))
        if m and good_date <= m.group(1) <= bad_date and not yanked:
            picked.append((m.group(1), str(v)))
    by_date: dict[str, str] = {}
    for date, name in sorted(picked):
        by_date[date] = name  # the last build of a day
    versions = [by_date[d] for d in sorted(by_date)]
    if len(versions) < 2:
        raise UsageError(f"fewer than two tf-nightly builds between {good_date} and {bad_date}")
    return versions


# --- probing one version ----------------------------------------------------------------


def keras_pin(matrix: Matrix, version: str) -> str | None:
    """Keras 3 floats to the newest release unless pinned: take the matrix's pin for the same
    TensorFlow minor, where it has one."""
    minor = Version(version).release[:2]
    for env in matrix.environments.values():
        keras3 = env.keras == "keras3" and env.keras_version and not env.nightly
        if keras3 and Version(env.tensorflow).release[:2] == minor:
            return env.keras_version
    return None


def requirements(
    matrix: Matrix, dist: str, version: str, keras: str
) -> tuple[list[str], list[str], dict[str, str]]:
    """(requirements, no-deps requirements, cell environment) for one probed version."""
    reqs = [f"{dist}=={version}"]
    legacy_possible = dist == "tensorflow-cpu" and Version(version) >= Version("2.16")
    if keras == "legacy" and (legacy_possible or dist == "tf-nightly"):
        tf_keras = (
            f"tf-keras~={'.'.join(map(str, Version(version).release[:2]))}.0"
            if dist != "tf-nightly"
            else "tf-keras-nightly"
        )
        return reqs, [tf_keras], {"TF_USE_LEGACY_KERAS": "1"}
    pin = keras_pin(matrix, version) if dist == "tensorflow-cpu" else None
    if pin:
        reqs.append(f"keras=={pin}")
    return reqs, [], {}


def uv() -> str | None:
    found = shutil.which("uv")
    if found:
        return found
    try:
        from uv import find_uv_bin

        return find_uv_bin()
    except ImportError:
        return None


def ensure_venv(
    root: Path, name: str, reqs: list[str], no_deps: list[str], pre: bool
) -> Path | str:
    """The cached venv's python, or the reason it could not be made."""
    venv = root / name
    python = venv / "bin" / "python"
    stamp = venv / ".xla-matrix-bisect"
    want = json.dumps([reqs, no_deps])
    if python.exists() and stamp.is_file() and stamp.read_text() == want:
        return python
    env = {**os.environ, "UV_COMPILE_BYTECODE": "1"}
    uv_bin = uv()
    pre_args = ["--pre"] if pre else []
    try:
        if uv_bin:
            run = [uv_bin, "pip", "install", "-q", "-p", str(python)]
            subprocess.run(
                [uv_bin, "venv", "-q", "--allow-existing", "-p", sys.executable, str(venv)],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            )
        else:
            run = [str(python), "-m", "pip", "install", "-q", "--compile"]
            subprocess.run(
                [sys.executable, "-m", "venv", str(venv)],
                check=True,
                capture_output=True,
                text=True,
            )
        subprocess.run(
            [*run, *pre_args, *reqs], check=True, capture_output=True, text=True, env=env
        )
        if no_deps:
            subprocess.run(
                [*run, "--no-deps", *pre_args, *no_deps],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            )
        subprocess.run([*run, "-e", str(REPO)], check=True, capture_output=True, text=True, env=env)
    except subprocess.CalledProcessError as exc:
        lines = (exc.stderr or exc.stdout or "").strip().splitlines()
        return f"could not install {' '.join(reqs + no_deps)}: {lines[-1] if lines else exc}"
    stamp.write_text(want)
    return python


def run_cell_in(
    python: Path, args: argparse.Namespace, run_dir: Path, cell_env: dict[str, str]
) -> list[CellRecord]:
    configs = ["-c", args.config[0]]
    cmd = [
        str(python),
        "-m",
        "harness",
        "run",
        "--matrix",
        str(args.matrix),
        "--run-dir",
        str(run_dir),
        "--environment-name",
        "local",
        "--no-report",
        "--no-cache",
        "-j",
        "1",
        *[a for t in args.targets for a in ("-t", t)],
        *[a for s in args.scenarios for a in ("-s", s)],
        *configs,
    ]
    if args.target_path:
        cmd += ["--target-path", args.target_path]
    if args.timeout:
        cmd += ["--timeout", str(args.timeout)]
    log = run_dir / "bisect-run.log"
    run_dir.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as f:
        subprocess.run(
            cmd, stdout=f, stderr=subprocess.STDOUT, env={**os.environ, **cell_env}, cwd=os.getcwd()
        )
    records, _ = store.load_records([run_dir])
    return records


def validate_cell_args(args: argparse.Namespace) -> None:
    for name, values in (
        ("--target", args.targets),
        ("--scenario", args.scenarios),
        ("--config", args.config),
    ):
        if len(values) != 1:
            raise UsageError(f"{name}: give exactly one (got {len(values)})")


def cmd_bisect(args: argparse.Namespace) -> int:
    from harness.cells import Selection, select_cells

    validate_cell_args(args)
    bad_if = BadIf.parse(args.bad_if)
    matrix = load_matrix(args.matrix)
    select_cells(
        matrix,
        Selection(
            configs=args.config,
            scenarios=args.scenarios,
            targets=args.targets,
            target_path=args.target_path,
        ),
        [],
    )
    if bad_if.needs_baseline and matrix.config(args.config[0]).role == "baseline":
        raise UsageError("--bad-if verdict=... needs a workaround or probe --config")
    if args.nightly:
        if not (args.good_date and args.bad_date):
            raise UsageError("--nightly needs --good-date and --bad-date")
        dist = "tf-nightly"
        versions = nightlies_between(args.good_date, args.bad_date, index_versions(dist))
    else:
        if not (args.good and args.bad):
            raise UsageError("give --good and --bad (or --nightly with --good-date and --bad-date)")
        dist = "tensorflow-cpu"
        versions = releases_between(args.good, args.bad, index_versions(dist), pre=args.pre)
    out = Path(args.run_dir or Path("reports") / f"bisect-{store.new_run_id()}")
    venvs = Path(args.venvs)
    print(
        f"bisecting {len(versions)} {dist} versions {versions[0]} .. {versions[-1]}: at most {max_steps(len(versions))} probes; bad if {bad_if}",
        flush=True,
    )

    def probe(version: str) -> Outcome:
        reqs, no_deps, cell_env = requirements(matrix, dist, version, args.keras)
        name = f"{dist}-{version}" + ("-legacy" if no_deps else "")
        python = ensure_venv(venvs, name, reqs, no_deps, pre=args.nightly or args.pre)
        if isinstance(python, str):
            outcome = Outcome(SKIP, python)
        else:
            records = run_cell_in(python, args, out / version, cell_env)
            outcome = judge(records, args.config[0], bad_if)
        print(f"  {version:<24} {outcome.label:<5} {outcome.summary}", flush=True)
        return outcome

    try:
        result = search(versions, probe)
    except BisectError as exc:
        print(f"xla-matrix: error: {exc}", file=sys.stderr)
        return 2
    print(f"last good: {result.last_good}")
    print(f"first bad: {result.first_bad}")
    if result.skipped_between:
        print(
            f"skipped (could not install or import) in between: {', '.join(result.skipped_between)}"
        )
    print(f"{len(result.steps)} probes; results and logs under {out}")
    store.write_json_atomic(
        out / "bisect.json",
        {
            "dist": dist,
            "bad_if": str(bad_if),
            "versions": versions,
            "last_good": result.last_good,
            "first_bad": result.first_bad,
            "skipped": result.skipped_between,
            "steps": [
                {
                    "version": s.version,
                    "outcome": s.outcome.label,
                    "summary": s.outcome.summary,
                    "cells": s.outcome.cells,
                }
                for s in result.steps
            ],
        },
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """One cell in the current environment, for `git bisect run`: 0 good, 1 bad, 125 skip."""
    validate_cell_args(args)
    bad_if = BadIf.parse(args.bad_if)
    load_matrix(args.matrix)
    run_dir = (
        Path(args.run_dir) if args.run_dir else Path(tempfile.mkdtemp(prefix="xla-matrix-check-"))
    )
    records = run_cell_in(Path(sys.executable), args, run_dir, {})
    outcome = judge(records, args.config[0], bad_if)
    print(f"xla-matrix check: {outcome.label}: {outcome.summary} (log: {run_dir})")
    return GIT_BISECT_EXIT[outcome.label]


def add_cell_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--matrix", type=Path, default=Path("matrix.toml"))
    parser.add_argument(
        "-t", "--target", dest="targets", action="append", default=[], metavar="NAME"
    )
    parser.add_argument(
        "-s", "--scenario", dest="scenarios", action="append", default=[], metavar="NAME"
    )
    parser.add_argument(
        "-c", "--config", dest="config", action="append", default=[], metavar="NAME"
    )
    parser.add_argument("--target-path", metavar="DIR")
    parser.add_argument(
        "--bad-if", default="fail", help="fail (default), verdict=<verdict> or stage=<stage>"
    )
    parser.add_argument("--timeout", type=float)
    parser.add_argument("--run-dir", type=Path)


def add_bisect_arguments(parser: argparse.ArgumentParser) -> None:
    add_cell_arguments(parser)
    parser.add_argument("--good", help="a tensorflow-cpu release that is good")
    parser.add_argument("--bad", help="a later tensorflow-cpu release that is bad")
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
