"""The `xla-matrix` command: run cells, report, check one cell, bisect.

Each command is a short pipeline of plain steps (load matrix -> select cells -> run cells ->
judge -> report), so it reads top to bottom and each step can be tested alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from harness import __version__
from harness.config import defaults
from harness.config.errors import ExitCode, UsageError
from harness.config.selection import add_matrix_argument, add_selection_arguments, parse_posargs
from harness.results import store

if TYPE_CHECKING:
    from harness.config.matrix import Matrix
    from harness.drift.culprit import Options
    from harness.report.model import Report
    from harness.results.costs import Spread


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

    from harness.repro import reproducer as repro

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
    from harness.report.formats import FORMATS

    report.add_argument(
        "--format",
        choices=list(FORMATS),
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
    add_culprit_arguments(report)
    return parser


def add_culprit_arguments(parser: argparse.ArgumentParser) -> None:
    """`report --check --bisect`: from each changed verdict to the build that changed it."""
    g = parser.add_argument_group("drift to culprit (with --check)")
    g.add_argument(
        "--bisect",
        action="store_true",
        help="bisect each changed cell of a nightly environment between the newest earlier "
        "run where its expected verdict held and this run's build; drift.json gets one line "
        "per changed cell",
    )
    g.add_argument(
        "--bisect-max",
        type=int,
        default=3,
        metavar="N",
        help="bisect at most N changed cells (default: 3); the others say the cap was reached",
    )
    g.add_argument(
        "--bisect-budget",
        type=float,
        default=3600.0,
        metavar="SECONDS",
        help="no probe starts after this many seconds (default: 3600)",
    )
    g.add_argument(
        "--bisect-dist",
        default="tf-nightly",
        metavar="NAME",
        help="the distribution whose builds are bisected (default: tf-nightly); an "
        "environment where it floats (tf-nightly with no build, an unpinned pin) is bisected",
    )
    g.add_argument(
        "--history",
        type=Path,
        metavar="DIR",
        help="past runs (folders with verdicts.json, or entries this option keeps): read for "
        "--bisect, and this run is added (default: read the run folder's parent, add nothing)",
    )
    g.add_argument(
        "--venvs",
        type=Path,
        default=Path(".nox/bisect-envs"),
        help="where the probed builds' venvs are cached (default: .nox/bisect-envs)",
    )
    g.add_argument(
        "--index-url",
        metavar="URL",
        help="package index to list and install builds from (default: as bisect's)",
    )


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
        "--no-report",
        action="store_true",
        help="only write results (nox merges at the end); the report's exit codes are the report's",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="one line per cell as it finishes (default: only unexpected failures, a counter "
        "and a summary)",
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
        help="record this target's cells as infra with REASON without running them",
    )
    parser.add_argument(
        "--infra-targets",
        type=Path,
        metavar="FILE",
        help="as --infra-target, for each target of FILE (JSON: the noxfile writes it for the "
        "targets whose requirements could not be installed, with the installer's reason)",
    )
    add_selection_arguments(parser)


def add_fail_on_argument(parser: argparse.ArgumentParser) -> None:
    from harness.judge.vocabulary import PROBE_VERDICTS, WORKAROUND_VERDICTS

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
            from harness.repro.reproducer import cmd_repro

            return cmd_repro(args)
        raise UsageError(f"unknown command {args.command!r}")
    except UsageError as exc:  # one line, whatever a record or an installer put in it
        from harness.results.untrusted import printable

        print(f"xla-matrix: error: {printable(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("xla-matrix: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
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
        return ExitCode.INTERNAL


# --- run ------------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from harness.run import pipeline

    return pipeline.run(args)


# --- report ---------------------------------------------------------------------------------


def report_matrix(args: argparse.Namespace) -> Matrix | None:
    """The matrix a report judges by: --matrix, $XLA_MATRIX_FILE, ./matrix.toml, or none."""
    from harness.config.matrix import load_matrix, matrix_file

    found = args.matrix or matrix_file(defaults.MATRIX if defaults.MATRIX.is_file() else None)
    return None if found is None else load_matrix(found)


def cmd_report(args: argparse.Namespace) -> int:
    from harness.drift import expected as drift
    from harness.report.build import exit_code, report_dirs

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
    history_folder_problem(args.history)
    expected = drift.load_expected(args.check) if args.check else None
    expected_costs = drift.load_expected_costs(args.check) if args.check else {}
    matrix = report_matrix(args)
    finder_options = culprit_options(args, out, matrix) if args.bisect else None
    quiet = args.quiet or bool(args.check)
    report = report_dirs(dirs, out, quiet=quiet, fmt=args.format, matrix=matrix)
    if args.write_expected:
        count = drift.write_expected(
            args.write_expected, report.verdicts, ", ".join(d.resolve().name for d in dirs)
        )  # run ids, not this machine's paths: the file is committed
        print(
            f"xla-matrix: {count} expected verdicts written to {args.write_expected}",
            file=sys.stderr,
        )
    code = exit_code(report, args.fail_on)
    changed = False
    if expected is not None:
        changed = check_expected(
            expected, report, out, finder_options, args.history, dirs, args.summary, expected_costs
        )
    if args.history:
        from harness.results import history

        kept = history.keep(args.history, report.verdicts_file)
        print(f"xla-matrix: this run kept in the history as {kept}", file=sys.stderr)
    if code == ExitCode.NOTHING_RAN:
        return code
    return ExitCode.VERDICT if changed else code


def history_folder_problem(history_dir: Path | None) -> None:
    """--history names a folder (made when missing): anything else is one line before the
    report is judged or written."""
    if history_dir is None:
        return
    if history_dir.is_symlink() or (history_dir.exists() and not history_dir.is_dir()):
        raise UsageError(f"--history {str(history_dir)!r}: not a folder")
    for parent in history_dir.parents:
        if parent.exists() and not parent.is_dir():
            raise UsageError(f"--history {str(history_dir)!r}: {str(parent)!r} is not a folder")


def check_expected(
    expected: dict[str, str],
    report: Report,
    out: Path,
    finder_options: Options | None,
    history_dir: Path | None,
    dirs: list[Path],
    summary: Path | None = None,
    expected_costs: dict[str, tuple[int, Spread]] | None = None,
) -> bool:
    """--check: one line per verdict of the run's plan that differs from its expectation
    (followed to its culprit with --bisect), per steady-state ratio that moved beyond the
    noise (not followed: `bisect --bad-if slower=F` does that) and per problem with the
    results, on stdout, in drift.json and drift.md, and appended to `summary`. True when
    there is any."""
    from harness.drift import expected as drift
    from harness.drift.culprit import Culprit, follow, write_files
    from harness.report.markdown import printable

    planned = drift.planned_keys(report.expected) if report.expected else None
    found, outside = drift.compare(expected, drift.verdict_map(report.verdicts), planned)
    if outside:
        print(
            f"xla-matrix: {outside} expected verdicts are outside this run's plan, not compared",
            file=sys.stderr,
        )
    slower = drift.compare_costs(expected_costs or {}, drift.cost_map(report.verdicts), planned)
    speeds = [
        Culprit(
            f"{c.key} (N={c.N})",
            drift.ratio_text(c.old),
            drift.ratio_text(c.new),
            reason="the steady-state ratio moved beyond the noise",
        )
        for c in slower
    ]
    if finder_options is not None and found:
        texts = [
            line.text() for line in follow(found, report, finder_options, history_dir, [*dirs, out])
        ]
    else:
        texts = [str(change) for change in found]
        for text in texts:
            print(printable(text))
        lines = [Culprit(c.key, c.old, c.new) for c in found]
        write_files(out, [*lines, *speeds], done=True, problems=report.problems)
    for change in slower:
        print(printable(str(change)))
        texts.append(str(change))
    for problem in report.problems:
        print(f"problem: {printable(problem)}")
    if summary:
        with open(summary, "a") as f:
            f.write(drift.summary(texts, report.problems))
    return bool(found or slower or report.problems)


def culprit_options(args: argparse.Namespace, out: Path, matrix: Matrix | None) -> Options:
    """--bisect's options, checked before anything is judged, listed or installed."""
    from harness.bisect.index import Index
    from harness.drift.culprit import Options

    if matrix is None:
        raise UsageError("--bisect needs the matrix the run came from (--matrix)")
    if not args.check:
        raise UsageError("--bisect needs --check (the expected verdicts it bisects from)")
    if args.bisect_max < 0:
        raise UsageError(f"--bisect-max must be 0 or more, got {args.bisect_max}")
    if not args.bisect_budget > 0:
        raise UsageError(f"--bisect-budget must be positive, got {args.bisect_budget}")
    return Options(
        matrix=matrix,
        index=Index.from_environment(args.index_url),
        venvs=args.venvs,
        out=out,
        dist=args.bisect_dist,
        max_cells=args.bisect_max,
        budget_s=args.bisect_budget,
    )


if __name__ == "__main__":
    raise SystemExit(main())
