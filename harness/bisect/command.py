"""`xla-matrix bisect` and `xla-matrix check`: their options and their pipelines.

    xla-matrix bisect --good 2.15.1 --bad 2.21.0 -t T -s S -c C [--keras auto|legacy] [--bad-if ...]
    xla-matrix bisect --nightly --good-date 20260901 --bad-date 20261020 -t T -s S -c C
    xla-matrix check -t T -s S -c C [--context P] [--bad-if ...]  # git bisect run: 0 good, 1 bad, 125 skip

bisect: the cell -> the versions between the endpoints (from the index) -> search, each
probe a cached venv and one cell run -> bisect.json. Input errors are found before
anything is listed or installed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from harness import defaults, install, store
from harness.bisect.index import (
    Index,
    date_range,
    index_releases,
    nightlies_between,
    release_range,
    releases_between,
)
from harness.bisect.probe import (
    NIGHTLIES,
    RELEASES,
    BadIf,
    CellQuery,
    ensure_venv,
    probe_environment,
    probe_steps,
    run_cell,
)
from harness.bisect.search import GIT_BISECT_EXIT, SKIP, Outcome, max_steps, search
from harness.cells import add_selection_arguments
from harness.errors import UsageError
from harness.matrix import load_matrix


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `check`; `bisect` has these and its own."""
    parser.add_argument(
        "--matrix",
        type=Path,
        default=defaults.MATRIX,
        help="matrix file (default: ./matrix.toml)",
    )
    add_selection_arguments(parser)
    parser.add_argument(
        "--bad-if", default="fail", help="fail (default), verdict=<verdict> or stage=<stage>"
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
    parser.add_argument(
        "--index-url",
        metavar="URL",
        help="package index to list and install versions from (default: UV_DEFAULT_INDEX, "
        "UV_INDEX_URL or PIP_INDEX_URL, else PyPI); credentials in it go in a header and "
        "are never printed",
    )


def cell_query(args: argparse.Namespace) -> CellQuery:
    """The one cell of the command line: exactly one target, scenario and config, known to
    the matrix, with a --bad-if that can judge it."""
    if args.environments:
        raise UsageError(
            "--environment: bisect and check choose the environment (each probed version, "
            "or this interpreter)"
        )
    if args.shard:
        raise UsageError("--shard: bisect and check run one cell")
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
    matrix = load_matrix(args.matrix)
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
    )
    query.cells()  # unknown names end here, before anything is listed or installed
    if bad_if.needs_baseline and matrix.config(query.config).role == "baseline":
        raise UsageError("--bad-if verdict=... needs a workaround or probe --config")
    return query


def versions_to_probe(args: argparse.Namespace, index: Index) -> tuple[str, list[str]]:
    """(distribution, versions from --good to --bad): the endpoints are checked before the
    index is asked."""
    if args.nightly:
        if not (args.good_date and args.bad_date):
            raise UsageError("--nightly needs --good-date and --bad-date")
        date_range(args.good_date, args.bad_date)
        available = index_releases(NIGHTLIES, index)
        return NIGHTLIES, nightlies_between(args.good_date, args.bad_date, available)
    if not (args.good and args.bad):
        raise UsageError("give --good and --bad (or --nightly with --good-date and --bad-date)")
    release_range(args.good, args.bad)
    available = index_releases(RELEASES, index)
    return RELEASES, releases_between(args.good, args.bad, available, pre=args.pre)


def cmd_bisect(args: argparse.Namespace) -> int:
    query = cell_query(args)
    index = Index.from_environment(args.index_url)
    dist, versions = versions_to_probe(args, index)
    out = Path(args.run_dir or defaults.REPORTS / f"bisect-{store.new_run_id()}")
    venvs = Path(args.venvs)

    def say(text: str) -> None:
        print(index.redact(text), flush=True)

    say(
        f"bisecting {len(versions)} {dist} versions {versions[0]} .. {versions[-1]} from "
        f"{index.url}: at most {max_steps(len(versions))} probes; {query.label} bad if "
        f"{query.bad_if}"
    )

    target = query.resolved_target()

    def probe(version: str) -> Outcome:
        env = probe_environment(query.matrix, dist, version, args.keras)
        try:
            name, steps = probe_steps(env, target, pre=env.nightly or args.pre)
        except ValueError as exc:  # no known companion release for this TensorFlow
            python: Path | str = str(exc)
        else:
            python = ensure_venv(venvs / name, steps, index, floating=install.floating(env))
        if isinstance(python, str):
            outcome = Outcome(SKIP, python)
        else:
            outcome = run_cell(python, query, out / version, env.cell_env(), index)
        outcome.summary = index.redact(outcome.summary)
        say(f"  {version:<24} {outcome.label:<5} {outcome.summary}")
        return outcome

    result = search(versions, probe)
    say(f"last good: {result.last_good}")
    say(f"first bad: {result.first_bad}")
    if result.skipped_between:
        say(
            f"skipped (could not install or import) in between: {', '.join(result.skipped_between)}"
        )
    say(f"{len(result.steps)} probes; results and logs under {out}")
    store.write_json_atomic(
        out / "bisect.json",
        {
            "dist": dist,
            "index": index.url,
            "cell": [query.target, query.scenario, query.config, query.context],
            "bad_if": str(query.bad_if),
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
    print(f"xla-matrix check: {outcome.label}: {outcome.summary} (log: {run_dir})")
    return GIT_BISECT_EXIT[outcome.label]
