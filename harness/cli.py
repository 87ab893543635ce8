"""The `xla-matrix` command: run cells, report, check one cell, bisect.

Each command is a short pipeline of plain steps (load matrix -> select cells -> run cells ->
judge -> report), so it reads top to bottom and each step can be tested alone.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from typing import Any

from harness import __version__, store
from harness.cells import (
    add_selection_arguments,
    parse_posargs,
    select_cells,
    select_environments,
    selection_from_args,
)
from harness.errors import UsageError
from harness.matrix import Environment, Matrix, load_matrix

DEFAULT_MATRIX = "matrix.toml"
DEFAULT_REPORTS = "reports"
LOCAL = "local"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xla-matrix", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"xla-matrix {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the cells of one environment with this interpreter")
    add_run_arguments(run)

    report = sub.add_parser("report", help="judge results and write the reports")
    report.add_argument("--run-dir", type=Path, help="run folder (default: reports/latest)")
    report.add_argument(
        "--merge", type=Path, nargs="+", metavar="DIR", help="merge results from these folders"
    )
    report.add_argument(
        "--out", type=Path, help="where to write the merged report (default: the run folder)"
    )
    report.add_argument("--quiet", action="store_true", help="do not print the table")
    return parser


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `run`; the noxfile validates posargs with the same parser."""
    add_matrix_argument(parser)
    parser.add_argument(
        "--environment-name",
        dest="env_name",
        metavar="NAME",
        help=f"the environment this interpreter is (default: {LOCAL})",
    )
    parser.add_argument(
        "--run-dir", type=Path, help="folder of this run (default: reports/<new run id>)"
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=None, help="cells at a time (default: number of cores)"
    )
    parser.add_argument("--timeout", type=float, help="seconds per cell (default: matrix settings)")
    parser.add_argument("--memory-mb", type=int, help="address-space cap per cell, in MiB")
    parser.add_argument(
        "--isolation",
        choices=("fork", "spawn"),
        help="fork: children of a server that imported TensorFlow once (default on Linux); spawn: a fresh interpreter per cell",
    )
    parser.add_argument(
        "--no-report", action="store_true", help="only write results (nox merges at the end)"
    )
    parser.add_argument(
        "--rerun", action="store_true", help="run every cell even if its cached result is current"
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the result cache"
    )
    parser.add_argument(
        "--cache-dir", type=Path, help="result cache (default: .cache beside the run folder)"
    )
    add_selection_arguments(parser)


def run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nox -s xla_matrix --", add_help=True)
    add_run_arguments(parser)
    return parser


def add_matrix_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--matrix",
        type=Path,
        default=Path(DEFAULT_MATRIX),
        help="matrix file (default: ./matrix.toml)",
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    try:
        args = parse_posargs(parser, argv)
        if args.command == "run":
            return cmd_run(args)
        if args.command == "report":
            return cmd_report(args)
        raise UsageError(f"unknown command {args.command!r}")
    except UsageError as exc:
        print(f"xla-matrix: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("xla-matrix: interrupted", file=sys.stderr)
        return 130


# --- run ------------------------------------------------------------------------------------


def resolve_environment(matrix: Matrix, name: str | None) -> Environment:
    if name is None or name == LOCAL:
        return Environment(
            name=LOCAL, tensorflow="installed", description="the current interpreter"
        )
    return matrix.environment(name)


def cmd_run(args: argparse.Namespace) -> int:
    from harness import runner
    from harness.cache import ResultCache
    from harness.progress import ProgressReporter

    matrix = load_matrix(args.matrix)
    selection = selection_from_args(args)
    environment = resolve_environment(matrix, args.env_name)
    # --environment in posargs names environments to run; here it may only confirm this one
    if selection.environments and environment.name not in selection.environments:
        select_environments(matrix, selection, [])  # validates the names
        print(f"xla-matrix: {environment.name} not selected, nothing to run")
        return 0
    from harness.cells import resolve_targets

    targets = resolve_targets(matrix, selection)
    cells = select_cells(matrix, selection, [environment])
    jobs_n = args.jobs or runner.cores()
    if jobs_n < 1:
        raise UsageError("--jobs must be at least 1")
    run_dir = args.run_dir or Path(DEFAULT_REPORTS) / store.new_run_id()
    run_dir.mkdir(parents=True, exist_ok=True)
    run_id = run_dir.name
    jobs = runner.plan(matrix, cells, environment, targets)
    plan_path = run_dir / "plan" / f"{environment.name}.json"
    plan: dict[str, Any] = {
        "run_id": run_id,
        "environment": environment.name,
        "cells": [{**j.cell.as_dict(), "role": j.role} for j in jobs],
        "settings": {
            "rtol": matrix.settings.rtol,
            "atol": matrix.settings.atol,
            "reference": "eager",
        },
        "started": runner.now(),
        "complete": False,
    }
    store.write_json_atomic(plan_path, plan)
    options = runner.RunOptions(
        run_dir=run_dir,
        jobs=jobs_n,
        timeout=args.timeout or matrix.settings.timeout,
        memory_mb=args.memory_mb,
        run_id=run_id,
    )
    if args.isolation:
        options.isolation = args.isolation
    the_runner = runner.Runner(options)
    interrupted: list[int] = []

    def on_signal(signum: int, frame: Any) -> None:
        interrupted.append(signum)
        the_runner.stop()

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    cache = None
    if not args.no_cache:
        cache = ResultCache(args.cache_dir or run_dir.parent / ".cache", args.memory_mb)
    reporter = ProgressReporter(
        len(jobs), f"{environment.name}: {len(jobs)} cells, {jobs_n} at a time"
    )
    records: list[dict[str, Any]] = []
    to_run = []
    try:
        with reporter:
            for job in jobs:
                job.cache_key = cache.key(job.spec) if cache else None
                cached = None
                if cache is not None and job.cache_key and not args.rerun:
                    cached = cache.restore(job.cache_key, run_dir, run_id)
                if cached is not None:
                    records.append(cached)
                    reporter.on_record(cached)
                else:
                    to_run.append(job)

            def on_record(record: dict[str, Any]) -> None:
                if cache is not None and record.get("cache_key"):
                    cache.put(record["cache_key"], record, run_dir)
                reporter.on_record(record)

            records += the_runner.run(to_run, on_record)
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
    plan.update(finished=runner.now(), complete=not interrupted)
    store.write_json_atomic(plan_path, plan)
    store.update_latest(run_dir)
    infra = [r for r in records if r["status"] == "infra"]
    if not args.no_report:
        report_dirs([run_dir], run_dir, quiet=False)
    if interrupted:
        print(
            f"xla-matrix: interrupted: {len(records)} of {len(jobs)} cells kept in {run_dir}",
            file=sys.stderr,
        )
        return 130
    if infra:
        print(
            f"xla-matrix: {len(infra)} cells could not run (infra), e.g. {infra[0]['id']}: {infra[0]['message']}",
            file=sys.stderr,
        )
        return 1
    return 0


# --- report ---------------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    if args.merge:
        dirs = list(args.merge)
        out = args.out or Path(DEFAULT_REPORTS) / f"merged-{store.new_run_id()}"
    else:
        run_dir = args.run_dir or Path(DEFAULT_REPORTS) / "latest"
        dirs = [run_dir]
        out = args.out or run_dir
    for d in dirs:
        if not d.is_dir():
            raise UsageError(f"no results folder {str(d)!r}")
    report_dirs(dirs, out, quiet=args.quiet)
    return 0


def report_dirs(dirs: list[Path], out: Path, quiet: bool) -> Any:
    from rich.console import Console

    from harness.report import build, terminal

    report = build.collect(dirs)
    written = build.write_files(report, out)
    console = Console(width=max(120, Console().width), stderr=False)
    if not quiet:
        terminal.render(console, report.tables, report.verdicts, report.meta)
        for problem in report.problems:
            console.print(f"[yellow]unreadable record:[/] {problem}")
        console.print(f"[dim]report: {', '.join(str(p) for p in written)}[/dim]", highlight=False)
    return report


if __name__ == "__main__":
    raise SystemExit(main())
