"""`xla-matrix run` as a pipeline of plain steps, each taking the previous one's value:

    load_context -> plan_jobs -> take_done -> take_unavailable -> take_cached -> preflight
    -> run_jobs -> finish

Read top to bottom; each step can be tested alone. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.config import defaults
from harness.config.errors import ExitCode, UsageError
from harness.config.matrix import Environment, Matrix, load_matrix
from harness.config.selection import (
    resolve_targets,
    select_cells,
    select_environments,
    selection_from_args,
)
from harness.config.typed import ShapeError, from_dict
from harness.install.requires import Unavailable, UnavailableFile
from harness.report import controls
from harness.results import store
from harness.results.records import (
    CellRecord,
    ExceptionInfo,
    FailureClass,
    Plan,
    PlannedCell,
    PlanSettings,
    Provenance,
    StageName,
    Status,
)
from harness.run import scheduler
from harness.run.cache import (
    ResultCache,
    definition_digest,
    harness_digest,
    package_versions,
    source_digest,
)
from harness.run.classify import (
    CONTRACT_ERROR,
    informative_line,
    missing_dependency,
    target_import_line,
)
from harness.run.environ import scrubbed
from harness.run.progress import ProgressReporter

# picks the Keras that `tf.keras` is (tf-keras) before TensorFlow is imported
LEGACY_KERAS = "TF_USE_LEGACY_KERAS"


@dataclass
class Context:
    args: argparse.Namespace
    matrix: Matrix
    environment: Environment
    run_dir: Path
    jobs: list[scheduler.Job] = field(default_factory=list)
    to_run: list[scheduler.Job] = field(default_factory=list)
    records: list[CellRecord] = field(default_factory=list)
    plan: Plan | None = None
    interrupted: bool = False
    runner: scheduler.Runner | None = None

    @property
    def run_id(self) -> str:
        return self.run_dir.name

    @property
    def plan_path(self) -> Path:
        shard = self.args.shard.replace("/", "-of-") if self.args.shard else ""
        return (
            self.run_dir
            / "plan"
            / f"{self.environment.name}{'.shard-' + shard if shard else ''}.json"
        )


def resolve_environment(matrix: Matrix, name: str | None) -> Environment:
    """A matrix environment, or `local`: this interpreter as it is. Which Keras `tf.keras`
    is belongs to the interpreter (the shell's TF_USE_LEGACY_KERAS, as bisect's tf-keras
    probes and a tf-keras venv set it): it is the local environment's own variable, applied
    to every cell, where any other inherited config variable is scrubbed."""
    if name is None or name == defaults.LOCAL:
        legacy = os.environ.get(LEGACY_KERAS)
        return Environment(
            name=defaults.LOCAL,
            tensorflow="installed",
            env={LEGACY_KERAS: legacy} if legacy else {},
            description="the current interpreter",
        )
    return matrix.environment(name)


def resolve_run_dir(args: argparse.Namespace) -> Path:
    if args.resume:
        run_dir = args.run_dir or defaults.REPORTS / "latest"
        if not run_dir.is_dir():
            raise UsageError(f"--resume: no run folder {str(run_dir)!r}")
        return run_dir.resolve()
    return args.run_dir or defaults.REPORTS / store.new_run_id()


def load_context(args: argparse.Namespace) -> Context | None:
    """Matrix, environment and run folder; None when this environment is not selected."""
    matrix = load_matrix(args.matrix)
    environment = resolve_environment(matrix, args.env_name)
    selection = selection_from_args(args)
    if selection.environments and environment.name not in selection.environments:
        select_environments(matrix, selection, [])  # still reject unknown names
        print(f"xla-matrix: {environment.name} not selected, nothing to run")
        return None
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.repeat < 1:
        raise UsageError("--repeat must be at least 1")
    controls.expectations(matrix)  # an unknown verdict in a control's expect stops here
    resolve_targets(matrix, selection)  # names, paths, requirements: before any folder is made
    run_dir = resolve_run_dir(args)
    run_dir.mkdir(parents=True, exist_ok=True)
    store.update_latest(run_dir)  # from the start: a run killed outright is found by --resume
    return Context(args, matrix, environment, run_dir)


def plan_jobs(ctx: Context) -> Context:
    """Every selected cell as a job; the plan is written first so that a cell that never
    reports shows as missing, never as passed."""
    selection = selection_from_args(ctx.args)
    cells = select_cells(ctx.matrix, selection, [ctx.environment])
    ctx.jobs = scheduler.plan(
        ctx.matrix, cells, ctx.environment, resolve_targets(ctx.matrix, selection)
    )
    old = store.read_plan(ctx.plan_path)
    planned = [
        PlannedCell(**vars(j.cell), role=j.role, definition=definition_digest(j.spec))
        for j in ctx.jobs
    ]
    if ctx.args.resume and old is not None:
        forget_redefined(ctx.run_dir, old, planned)
    settings = ctx.matrix.settings
    ctx.plan = Plan(
        environment=ctx.environment.name,
        cells=planned,
        run_id=ctx.run_id,
        settings=PlanSettings(
            settings.rtol,
            settings.atol,
            settings.reference,
            sorted(t.name for t in ctx.matrix.targets.values() if t.control),
        ),
        started=(old.started if old else "") or store.now(),
        provenance=provenance(ctx.jobs),
    )
    store.write_json_atomic(ctx.plan_path, ctx.plan.to_json())
    return ctx


def forget_redefined(run_dir: Path, old: Plan, planned: list[PlannedCell]) -> None:
    """--resume after matrix.toml changed: a cell whose definition is not the one its result
    was obtained with loses that result (before the new plan is written, so that a resume
    stopped before rerunning it still reruns it)."""
    before = {c.cell: c.definition for c in old.cells}
    for cell in planned:
        was = before.get(cell.cell)
        if was and was != cell.definition:
            store.result_path(run_dir, cell.cell).unlink(missing_ok=True)


def provenance(jobs: list[scheduler.Job]) -> Provenance:
    """The packages of this environment and the source hashes of the harness and of the
    targets the run plans, so that drift can tell later what moved."""
    targets = {job.spec.target.name: job.spec.target for job in jobs}
    return Provenance(
        harness=harness_digest(),
        targets={name: source_digest(t) for name, t in sorted(targets.items())},
        packages=package_versions(),
    )


def take_done(ctx: Context, reporter: ProgressReporter) -> Context:
    """--resume: keep the cells this run already settled; run the rest (missing,
    interrupted, infra: a failed install or launch may well work this time)."""
    if not ctx.args.resume:
        ctx.to_run = list(ctx.jobs)
        return ctx
    ctx.to_run = []
    for job in ctx.jobs:
        record, _ = store.read_record(store.result_path(ctx.run_dir, job.cell))
        if record is not None and store.settled(record):
            ctx.records.append(record)
            reporter.on_record(record, note="kept")
        else:
            ctx.to_run.append(job)
    return ctx


def settle(
    ctx: Context,
    jobs: list[scheduler.Job],
    status: Status,
    message: str,
    failure_class: FailureClass | None,
    stage: StageName,
    reporter: ProgressReporter,
    exception: ExceptionInfo | None = None,
    where: str = "",
) -> None:
    """Record these jobs without running them (harness.results.store.write_not_run), and
    take them off the run; with `where`, one line says why for all of them."""
    records = []
    for job in jobs:
        record = store.write_not_run(
            ctx.run_dir,
            job.cell,
            job.role,
            status,
            message,
            failure_class,
            stage,
            run_id=ctx.run_id,
            exception=exception,
        )
        ctx.records.append(record)
        records.append(record)
    if where:
        reporter.not_run(where, records, message)
    else:
        for record in records:
            reporter.on_record(record)
    ctx.to_run = [job for job in ctx.to_run if job not in jobs]


def parse_unavailable(values: list[str], path: Path | None = None) -> dict[str, Unavailable]:
    """--infra-target NAME=REASON, and --infra-targets FILE (the noxfile's, for targets it
    could not install, with the installer's own lines; read as any file: untrusted)."""
    out: dict[str, Unavailable] = {}
    if path is not None:
        data, problem = store.read_json(path)
        if data is None and problem is None:
            problem = "no such file"
        try:
            if problem:
                raise ShapeError("infra targets", problem)
            out.update(from_dict(UnavailableFile, data, "infra targets").targets)
        except ShapeError as exc:
            raise UsageError(f"--infra-targets {str(path)!r}: {exc}") from None
    for value in values:
        name, sep, reason = value.partition("=")
        if not (sep and name and reason):
            raise UsageError(f"--infra-target must look like NAME=REASON, got {value!r}")
        out[name] = Unavailable(reason)
    return out


def take_unavailable(ctx: Context, reporter: ProgressReporter) -> Context:
    """Targets whose requirements could not be installed here: their cells are infra, with
    the installer's reason in each record and log."""
    unavailable = parse_unavailable(ctx.args.infra_target, ctx.args.infra_targets)
    for name, why in unavailable.items():
        jobs = [job for job in ctx.to_run if job.cell.target == name]
        exception = (
            ExceptionInfo("InstallError", message="\n".join(why.detail)) if why.detail else None
        )
        settle(
            ctx,
            jobs,
            Status.INFRA,
            why.message,
            FailureClass.INSTALL,
            StageName.INSTALL,
            reporter,
            exception,
            where=f"{ctx.environment.name} / {name}",
        )
    return ctx


def preflight(ctx: Context, reporter: ProgressReporter) -> Context:
    """Import each target that has cells to run once in this environment: a module that is
    not installed, an ImportError from an installed one, or a hook of a signature the
    scenario cannot call makes that target's cells infra with one line, without running
    them."""
    assert ctx.runner is not None
    targets = list({job.spec.target.name: job.spec.target for job in ctx.to_run}.values())
    if not targets:
        return ctx
    t0 = time.perf_counter()
    try:
        result = ctx.runner.preflight(targets, ctx.environment.cell_env(), ctx.environment.name)
    except scheduler.Stopped:
        result = None
    wall = time.perf_counter() - t0
    if ctx.interrupted:  # no cell starts after a stop
        message = "interrupted before it started (during the preflight)"
        settle(ctx, list(ctx.to_run), Status.INTERRUPTED, message, None, StageName.START, reporter)
        return ctx
    if result is None:
        reporter.print(f"{ctx.environment.name}: preflight did not report; running the cells")
        return ctx
    imports = sum(c.seconds for c in result.checks)
    reporter.detail(
        f"{ctx.environment.name}: preflight of {len(targets)} target(s): {wall:.1f} s, of which "
        f"{ctx.runner.server_start_s:.1f} s starting the fork server the cells share and "
        f"{imports:.1f} s importing the targets"
    )
    for check in result.checks:
        if check.missing_module and check.missing_kind == "dependency":
            line = missing_dependency(check.missing_module, ctx.matrix.path.name)
            failure_class = FailureClass.MISSING_DEPENDENCY
        elif check.missing_module and check.missing_kind == "target":
            line = (
                f"ModuleNotFoundError loading the target: No module named "
                f"{check.missing_module!r} (check its name and path)"
            )
            failure_class = FailureClass.TARGET_IMPORT
        elif check.error_type == CONTRACT_ERROR:  # a hook the scenario cannot call
            line = informative_line(check.message)
            failure_class = FailureClass.TARGET_CONTRACT
        elif check.import_error:  # a name or submodule missing from an installed package
            line = target_import_line(check.error_type or "ImportError", check.message)
            failure_class = FailureClass.IMPORT_INCOMPATIBLE
        elif check.collect_error:  # a test target's tests could not be collected
            line = target_import_line(check.error_type or "CollectError", check.message)
            failure_class = FailureClass.TARGET_IMPORT
        else:  # anything else: the cells report it, each with its config applied
            continue
        jobs = [job for job in ctx.to_run if job.cell.target == check.target]
        exception = ExceptionInfo(
            check.error_type or "ImportError",
            message=check.message,
            missing_module=check.missing_module,
            missing_kind=check.missing_kind,
        )
        settle(
            ctx,
            jobs,
            Status.INFRA,
            line,
            failure_class,
            StageName.PREFLIGHT,
            reporter,
            exception,
            where=f"{ctx.environment.name} / {check.target}",
        )
    return ctx


def take_cached(ctx: Context, cache: ResultCache | None, reporter: ProgressReporter) -> Context:
    """Cells whose inputs have not changed since a cached result are not run again."""
    if cache is None:
        return ctx
    remaining = []
    for job in ctx.to_run:
        job.cache_key = cache.key(job.spec)
        cached = (
            None
            if ctx.args.rerun
            else cache.restore(job.cache_key, job.spec, ctx.run_dir, ctx.run_id)
        )
        if cached is None:
            remaining.append(job)
        else:
            ctx.records.append(cached)
            reporter.on_record(cached)
    ctx.to_run = remaining
    return ctx


def make_runner(ctx: Context) -> scheduler.Runner:
    options = scheduler.RunOptions(
        run_dir=ctx.run_dir,
        jobs=ctx.args.jobs or scheduler.cores(),
        timeout=ctx.args.timeout or ctx.matrix.settings.timeout,
        memory_mb=ctx.args.memory_mb,
        repeat=ctx.args.repeat,
        outputs_cap_bytes=ctx.matrix.settings.outputs_cap_bytes,
        run_id=ctx.run_id,
        matrix_name=ctx.matrix.path.name,
        scrub=scrubbed(ctx.matrix.config_variables),
    )
    if ctx.args.isolation:
        options.isolation = ctx.args.isolation
    return scheduler.Runner(options)


@contextlib.contextmanager
def stop_on_signals(ctx: Context) -> Iterator[None]:
    """SIGINT or SIGTERM, from the preflight to the last cell: stop the children, start no
    cell, keep what finished."""
    assert ctx.runner is not None
    the_runner = ctx.runner

    def on_signal(signum: int, frame: Any) -> None:
        ctx.interrupted = True
        the_runner.stop()

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


def run_jobs(ctx: Context, cache: ResultCache | None, reporter: ProgressReporter) -> Context:
    """Run what is left (under stop_on_signals)."""
    assert ctx.runner is not None

    said: set[str] = set()

    def on_record(record: CellRecord) -> None:
        if cache is not None and record.cache_key:
            why = cache.put(record.cache_key, record, ctx.run_dir)
            if why and record.cell.target not in said:  # once per target
                said.add(record.cell.target)
                reporter.print(f"{ctx.environment.name} / {record.cell.target}: {why}")
        reporter.on_record(record)

    reporter.start_running()
    ctx.records += ctx.runner.run(ctx.to_run, on_record)
    return ctx


def finish(ctx: Context) -> int:
    """Mark the plan, point reports/latest here, report, and choose the exit code
    (harness.config.errors.ExitCode): with --no-report, judging and its codes are the
    report's (nox runs it once for every environment)."""
    assert ctx.plan is not None
    ctx.plan.finished = store.now()
    ctx.plan.complete = not ctx.interrupted
    store.write_json_atomic(ctx.plan_path, ctx.plan.to_json())
    store.update_latest(ctx.run_dir)
    code: int = ExitCode.OK
    if not ctx.args.no_report or ctx.interrupted:
        from harness.report.build import exit_code, report_dirs

        report = report_dirs(
            [ctx.run_dir], ctx.run_dir, quiet=ctx.args.no_report, matrix=ctx.matrix
        )
        if not ctx.args.no_report and not ctx.interrupted:
            code = exit_code(report, ctx.args.fail_on)
    if ctx.interrupted:
        print(
            f"xla-matrix: interrupted: {len(ctx.records)} of {len(ctx.jobs)} cells kept in {ctx.run_dir}; "
            f"the report is marked incomplete; run again with --resume to finish",
            file=sys.stderr,
        )
        return ExitCode.INTERRUPTED
    return code


def run(args: argparse.Namespace) -> int:
    ctx = load_context(args)
    if ctx is None:
        return 0
    ctx = plan_jobs(ctx)
    cache = None
    if not args.no_cache and args.repeat == 1:
        cache = ResultCache(
            args.cache_dir or ctx.run_dir.parent / ".cache",
            args.memory_mb,
            scrubbed(ctx.matrix.config_variables),
        )
    jobs_n = args.jobs or scheduler.cores()
    reporter = ProgressReporter(
        len(ctx.jobs),
        f"{ctx.environment.name}: {len(ctx.jobs)} cells, {jobs_n} at a time",
        name=ctx.environment.name,
        expected_failures=controls.expected_failures(ctx.matrix),
        verbose=args.verbose,
    )
    with reporter:
        ctx = take_done(ctx, reporter)
        ctx = take_unavailable(ctx, reporter)
        ctx = take_cached(ctx, cache, reporter)
        ctx.runner = make_runner(ctx)
        try:
            with stop_on_signals(ctx):
                ctx = preflight(ctx, reporter)
                ctx = run_jobs(ctx, cache, reporter)
        finally:
            ctx.runner.close()
    return finish(ctx)
