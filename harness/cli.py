"""The `xla-matrix` command: run cells, report, check one cell, bisect.

Each command is a short pipeline of plain steps (load matrix -> select cells -> run cells ->
judge -> report), so it reads top to bottom and each step can be tested alone.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from harness import __version__, defaults, store
from harness.cells import add_selection_arguments, parse_posargs
from harness.errors import UsageError

if TYPE_CHECKING:
    from harness.matrix import Matrix


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xla-matrix", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"xla-matrix {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the cells of one environment with this interpreter")
    add_run_arguments(run)

    from harness.bisect.command import add_bisect_arguments, add_check_arguments

    bisect = sub.add_parser("bisect", help="find the first TensorFlow release where a cell changes")
    add_bisect_arguments(bisect)
    check = sub.add_parser(
        "check", help="run one cell here, for git bisect run: exit 0 good, 1 bad, 125 skip"
    )
    add_check_arguments(check)

    from harness import repro

    repro_parser = sub.add_parser(
        "repro",
        help="write a reproducer of one cell (requirements, repro.py, HLO) to file upstream",
    )
    repro.add_arguments(repro_parser)

    report = sub.add_parser("report", help="judge results and write the reports")
    report.add_argument(
        "--matrix",
        type=Path,
        help="the matrix whose rules judge the results: tolerance, reference, roles, controls "
        "(default: $XLA_MATRIX_FILE, else ./matrix.toml; without either, the run's plans "
        "where they agree)",
    )
    report.add_argument("--run-dir", type=Path, help="run folder (default: reports/latest)")
    report.add_argument(
        "--merge", type=Path, nargs="+", metavar="DIR", help="merge results from these folders"
    )
    report.add_argument(
        "--out", type=Path, help="where to write the merged report (default: the run folder)"
    )
    report.add_argument("--quiet", action="store_true", help="do not print the table")
    report.add_argument(
        "--format",
        choices=("md", "json", "junit", "html"),
        help="print the report in this format instead of the table (all are written anyway)",
    )
    report.add_argument(
        "--write-expected",
        nargs="?",
        const=Path("expected.toml"),
        type=Path,
        metavar="PATH",
        help="record these verdicts as the expected ones (default: expected.toml)",
    )
    add_fail_on_argument(report)
    report.add_argument(
        "--check",
        nargs="?",
        const=Path("expected.toml"),
        type=Path,
        metavar="PATH",
        help="exit 1 and print one line per verdict that differs from PATH (default: expected.toml)"
        " and one per problem with the results",
    )
    report.add_argument(
        "--summary",
        type=Path,
        metavar="FILE",
        help="with --check: append what changed to FILE as escaped Markdown (e.g. $GITHUB_STEP_SUMMARY)",
    )
    return parser


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `run`; the noxfile validates posargs with the same parser."""
    add_matrix_argument(parser)
    parser.add_argument(
        "--environment-name",
        dest="env_name",
        metavar="NAME",
        help=f"the environment this interpreter is (default: {defaults.LOCAL})",
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
        "--resume",
        action="store_true",
        help="finish an interrupted run: run only its missing cells (--run-dir, default reports/latest)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="K",
        help="run each cell K times; a cell whose outcome varies is flaky, never pass",
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
    add_fail_on_argument(parser)
    parser.add_argument(
        "--infra-target",
        action="append",
        default=[],
        metavar="NAME=REASON",
        help="record this target's cells as infra with REASON without running them "
        "(the noxfile passes it for a target whose requirements could not be installed)",
    )
    add_selection_arguments(parser)


def add_fail_on_argument(parser: argparse.ArgumentParser) -> None:
    from harness.vocabulary import PROBE_VERDICTS, WORKAROUND_VERDICTS

    parser.add_argument(
        "--fail-on",
        action="append",
        default=[],
        metavar="VERDICT",
        choices=list(dict.fromkeys([*WORKAROUND_VERDICTS, *PROBE_VERDICTS])),
        help="exit 1 when this verdict appears for a target that is not a control (repeatable)",
    )


def run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nox -s xla_matrix --", add_help=True)
    add_run_arguments(parser)
    return parser


def add_matrix_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--matrix",
        type=Path,
        default=defaults.MATRIX,
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
        if args.command in ("bisect", "check"):
            from harness.bisect import command

            return command.cmd_bisect(args) if args.command == "bisect" else command.cmd_check(args)
        if args.command == "repro":
            from harness.repro import cmd_repro

            return cmd_repro(args)
        raise UsageError(f"unknown command {args.command!r}")
    except UsageError as exc:
        print(f"xla-matrix: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("xla-matrix: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one line for the user, the traceback to a file
        import tempfile
        import traceback

        with tempfile.NamedTemporaryFile(
            "w", prefix="xla-matrix-error-", suffix=".txt", delete=False
        ) as f:
            traceback.print_exc(file=f)
        print(
            f"xla-matrix: internal error: {type(exc).__name__}: {exc} (traceback: {f.name})",
            file=sys.stderr,
        )
        return 3


# --- run ------------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from harness import workflow

    return workflow.run(args)


# --- report ---------------------------------------------------------------------------------


def report_matrix(args: argparse.Namespace) -> Matrix | None:
    """The matrix a report judges by: --matrix, $XLA_MATRIX_FILE, ./matrix.toml, or none."""
    from harness.matrix import load_matrix

    if args.matrix is not None:
        return load_matrix(args.matrix)
    named = os.environ.get("XLA_MATRIX_FILE")
    if named:
        return load_matrix(named)
    return load_matrix(defaults.MATRIX) if defaults.MATRIX.is_file() else None


def cmd_report(args: argparse.Namespace) -> int:
    from harness import drift
    from harness.decision import fail_on_exit
    from harness.report.build import report_dirs
    from harness.untrusted import printable

    if args.merge:
        dirs = store.find_run_dirs(args.merge)
        out = args.out or defaults.REPORTS / f"merged-{store.new_run_id()}"
    else:
        run_dir = args.run_dir or defaults.REPORTS / "latest"
        if not run_dir.is_dir():
            raise UsageError(f"no results folder {str(run_dir)!r}")
        dirs = [run_dir]
        out = args.out or run_dir
    if args.summary and not args.check:
        raise UsageError("--summary goes with --check")
    expected = drift.load_expected(args.check) if args.check else None
    quiet = args.quiet or bool(args.check)
    report = report_dirs(dirs, out, quiet=quiet, fmt=args.format, matrix=report_matrix(args))
    if args.write_expected:
        count = drift.write_expected(
            args.write_expected, report.verdicts, ", ".join(map(str, dirs))
        )
        print(
            f"xla-matrix: {count} expected verdicts written to {args.write_expected}",
            file=sys.stderr,
        )
    failed = fail_on_exit(report.verdicts, args.fail_on, report.controls)
    if expected is not None:
        lines = drift.changes(expected, drift.verdict_map(report.verdicts))
        for line in lines:
            print(line)
        for problem in report.problems:
            print(f"problem: {printable(problem)}")
        if args.summary:
            with open(args.summary, "a") as f:
                f.write(drift.summary(lines, report.problems))
        return 1 if lines or report.problems else failed
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
