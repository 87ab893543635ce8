"""Parent side: launch cells in isolation, under timeouts, a few at a time.

Each cell is a child process in a session of its own (so the whole
process group can be killed), with its output going to a log file and its result coming
back as a JSON file. Every finished cell is written to disk at once: nothing is lost when
a run is interrupted.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from harness.cell.preflight import PreflightResult, PreflightSpec
from harness.config import defaults
from harness.config.matrix import Environment, Matrix, Role, Target
from harness.config.names import Cell
from harness.config.typed import ShapeError, from_dict, to_dict
from harness.results import store, untrusted
from harness.results.records import (
    CellRecord,
    CellSpec,
    ChildFacts,
    ExitInfo,
    FailureClass,
    Outputs,
    Stage,
    Status,
)
from harness.run.classify import Exit, classify, combine_repeats
from harness.run.environ import ALWAYS_SCRUBBED, behaviour_env, scrubbed
from harness.run.launchers import (
    FORK_SUPPORTED,
    IMPORT_TIME_VARS,
    ForkServer,
    Launched,
    Reaper,
    ServerGone,
    SpawnLauncher,
)

# Variables a config may set: scrubbed from the inherited environment so that a user's
# shell cannot leak a workaround into the baseline.


@dataclass
class Job:
    """One cell, ready to launch: what the child needs, nothing more."""

    cell: Cell
    role: Role
    spec: CellSpec
    env: dict[str, str]  # variables this cell sets on top of the scrubbed environment
    # the environment's own variables, set before TensorFlow is imported
    import_env: dict[str, str] = field(default_factory=dict)
    cache_key: str | None = None
    repeat: int = 1  # runs of the cell; 2 for the cell that measures identity noise

    @property
    def forkable(self) -> bool:
        """False when the config changes a variable TensorFlow reads at import."""
        return not (set(self.job_config_env()) & IMPORT_TIME_VARS)

    def job_config_env(self) -> dict[str, str]:
        return {k: v for k, v in self.env.items() if self.import_env.get(k) != v}


@dataclass
class RunOptions:
    run_dir: Path
    python: str = sys.executable
    jobs: int = 1
    timeout: float = defaults.TIMEOUT_S
    memory_mb: int | None = None
    repeat: int = 1
    outputs_cap_bytes: int = defaults.OUTPUTS_CAP_BYTES
    isolation: str = "fork" if FORK_SUPPORTED else "spawn"
    run_id: str = ""
    matrix_name: str = "matrix.toml"  # named in the hint for a missing dependency
    scrub: frozenset[str] = ALWAYS_SCRUBBED  # never inherited from the shell (run.environ)


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def threads_per_cell(jobs: int) -> int:
    """TensorFlow's own thread pools, sized so that cells x threads is about the core count."""
    return max(1, cores() // max(1, jobs))


def plan(
    matrix: Matrix,
    cells: Iterable[Cell],
    environment: Environment,
    targets: dict[str, Target],
) -> list[Job]:
    jobs = []
    cells = list(cells)
    noise = noise_cells(matrix, cells)
    inherited = behaviour_env(scrub=scrubbed(matrix.config_variables))
    for cell in cells:
        # which targets a config applies to chose the cells; the cell itself (and its cache
        # key) is the same whichever others it applies to
        config = replace(matrix.config(cell.config), targets=())
        if cell.context:
            config = config.within(matrix.config(cell.context))
        env = {**environment.cell_env(), **config.env}
        spec = CellSpec(
            cell=cell,
            config=config,
            scenario=matrix.scenario(cell.scenario),
            target=targets[cell.target],
            env=env,
            inherited=inherited,
            steady_state=matrix.settings.steady,
        )
        repeat = 2 if cell in noise else 1
        jobs.append(Job(cell, config.role, spec, env, environment.cell_env(), repeat=repeat))
    return jobs


def noise_cells(matrix: Matrix, cells: list[Cell]) -> set[Cell]:
    """Per environment and target, the cell run twice to measure identity noise: how far
    two compilations of the same code give the same HLO there (harness.results.outcome).
    The context probe alone compiles the most, so it is chosen where it is planned; else
    the baseline. The first scenario of the plan, for each."""
    chosen: dict[tuple[str, str], Cell] = {}
    for cell in cells:
        if cell.context:
            continue
        config = matrix.config(cell.config)
        rank = 0 if config.context else 1 if config.role == Role.BASELINE else None
        if rank is None:
            continue
        key = (cell.environment, cell.target)
        best = chosen.get(key)
        if best is None or (best.scenario == cell.scenario and rank < _rank(matrix, best)):
            chosen[key] = cell
    return set(chosen.values())


def _rank(matrix: Matrix, cell: Cell) -> int:
    return 0 if matrix.config(cell.config).context else 1


def child_environment(
    variables: dict[str, str],
    threads: int,
    dump_dir: str | None,
    scrub: frozenset[str] = ALWAYS_SCRUBBED,
) -> dict[str, str]:
    """The scrubbed inherited environment, then `variables`, the XLA dump and thread caps."""
    env = {k: v for k, v in os.environ.items() if k not in scrub}
    env.update(variables)
    flags = variables.get("XLA_FLAGS", "")
    if dump_dir:
        flags = f"{flags} --xla_dump_to={dump_dir}".strip()
    if flags:
        env["XLA_FLAGS"] = flags
    env.update(
        OMP_NUM_THREADS=str(threads),
        TF_NUM_INTRAOP_THREADS=str(threads),
        TF_NUM_INTEROP_THREADS=str(threads),
        PYTHONUNBUFFERED="1",
    )
    return env


class Stopped(Exception):
    """The run is stopping: a cell that has not started yet is not started."""


class Runner:
    """Runs jobs with a bounded number of children at a time; interruptible."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self.stopping = threading.Event()
        self._running: dict[int, Launched] = {}
        self._lock = threading.Lock()
        self._spawn = SpawnLauncher(options.python)
        self._servers: dict[frozenset[tuple[str, str]], ForkServer | None] = {}
        self._reaper = Reaper()
        self.server_start_s = 0.0  # of the preflight's wall: starting the cells' fork server

    def stop(self) -> None:
        """Stop launching, kill the running children (their cells are marked interrupted)."""
        self.stopping.set()
        with self._lock:
            for launched in self._running.values():
                launched.kill()

    def _server_for(self, job: Job, threads: int) -> ForkServer | None:
        """The fork server for this job's import-time variables (None: spawn instead)."""
        if not job.forkable:
            return None
        return self._server(job.import_env, job.cell.environment, threads)

    def _server(
        self, import_env: dict[str, str], environment: str, threads: int
    ) -> ForkServer | None:
        if self.options.isolation != "fork":
            return None
        key = frozenset(import_env.items())
        with self._lock:
            if self.stopping.is_set():
                raise Stopped
            if key not in self._servers:
                env = child_environment(import_env, threads, None, self.options.scrub)
                name = "forkserver" + (f"-{len(self._servers)}" if self._servers else "")
                log = self.options.run_dir / "logs" / environment / f"_{name}.log"
                self._servers[key] = ForkServer(self.options.python, env, log)
            server = self._servers[key]
        if server is None:
            return None
        try:
            if server.wait_ready(max(120.0, self.options.timeout), self.stopping) is None:
                raise Stopped
        except (ServerGone, TimeoutError) as exc:
            with self._lock:
                self._servers[key] = None
            print(
                f"xla-matrix: fork server unavailable ({exc}); spawning cells instead",
                file=sys.stderr,
            )
            return None
        return server

    def preflight(
        self, targets: list[Target], import_env: dict[str, str], environment: str
    ) -> PreflightResult | None:
        """Import each target once in this environment's interpreter (forked from the
        server the cells will use, else spawned); None when the preflight itself did not
        report (the cells then report for themselves)."""
        threads = threads_per_cell(self.options.jobs)
        work = Path(tempfile.mkdtemp(prefix="xla-matrix-preflight-"))
        spec_path = work / "spec.json"
        result_path = work / "result.json"
        spec = PreflightSpec(targets=targets, result_path=str(result_path))
        spec_path.write_text(json.dumps(to_dict(spec)))
        env = child_environment(import_env, threads, None, self.options.scrub)
        log_path = self.options.run_dir / "logs" / environment / "_preflight.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(log_path, "wb") as log:
                t0 = time.perf_counter()
                server = self._server(import_env, environment, threads)
                self.server_start_s = time.perf_counter() - t0
                launched = None
                if server is not None:
                    with contextlib.suppress(ServerGone):
                        launched = server.start(spec_path, env, log_path, None, preflight=True)
                with self._lock:  # stop() kills it like a cell; nothing starts after a stop
                    if self.stopping.is_set():
                        if launched is not None:
                            launched.kill()
                        raise Stopped
                    if launched is None:
                        launched = self._spawn.start(
                            spec_path, env, log, None, module="harness.cell.preflight"
                        )
                    self._running[launched.pid] = launched
                try:
                    launched.wait(self.options.timeout)
                except (TimeoutError, ServerGone):
                    return None
                finally:
                    launched.kill()
                    with self._lock:
                        self._running.pop(launched.pid, None)
            data, error = store.read_json(result_path)
            if error or data is None:
                return None
            try:
                result: PreflightResult = from_dict(
                    PreflightResult, data, "preflight", strict=False
                )
            except ShapeError:
                return None
            return result
        except OSError:
            return None
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def close(self) -> None:
        for server in self._servers.values():
            if server is not None:
                server.close(kill=self.stopping.is_set())
        self._reaper.close()

    def run(self, jobs: list[Job], on_record: Callable[[CellRecord], None]) -> list[CellRecord]:
        records: list[CellRecord] = []
        threads = threads_per_cell(self.options.jobs)
        pending = list(jobs)
        try:
            with ThreadPoolExecutor(max_workers=max(1, self.options.jobs)) as pool:
                running: set[Future[CellRecord]] = set()
                while pending or running:
                    while (
                        pending and len(running) < self.options.jobs and not self.stopping.is_set()
                    ):
                        running.add(pool.submit(self.run_one, pending.pop(0), threads))
                    if not running:
                        break
                    done, running = wait(running, return_when=FIRST_COMPLETED)
                    for future in done:
                        record = future.result()
                        records.append(record)
                        on_record(record)
        finally:
            self.close()
        return records

    def _launch(
        self, job: Job, spec_path: Path, env: dict[str, str], log_path: Path, log: Any, threads: int
    ) -> tuple[Launched, str]:
        server = self._server_for(job, threads)
        if self.stopping.is_set():
            raise Stopped
        if server is not None:
            try:
                return server.start(spec_path, env, log_path, self.options.memory_mb), "fork"
            except ServerGone as exc:
                log.write(f"# fork server gone ({exc}); spawned instead\n".encode())
                log.flush()
        return self._spawn.start(spec_path, env, log, self.options.memory_mb), "spawn"

    def run_one(self, job: Job, threads: int) -> CellRecord:
        """Run the cell (K times with --repeat), write its record, return it."""
        attempts = []
        for attempt in range(1, max(self.options.repeat, job.repeat) + 1):
            if attempt > 1 and self.stopping.is_set():
                break
            if attempt > self.options.repeat and not attempts[0].passed:
                # the identity-noise rerun compares two passing compilations: a cell that
                # failed, hung or could not run says nothing of it and is not run again
                break
            attempts.append(
                self._patient_attempt(job, threads, f".r{attempt}" if attempt > 1 else "")
            )
        record = combine_repeats(attempts) if len(attempts) > 1 else attempts[0]
        store.write_record(self.options.run_dir, record)
        return record

    def _patient_attempt(self, job: Job, threads: int, suffix: str) -> CellRecord:
        """One attempt; a timeout is retried once with twice the time before it is judged
        (a loaded machine is not a hanging model)."""
        first = self._attempt(job, threads, suffix, self.options.timeout)
        if first.status is not Status.TIMEOUT or self.stopping.is_set():
            return first
        second = self._attempt(job, threads, f"{suffix}.retry", 2 * self.options.timeout)
        second.notes.append(
            f"timed out after {self.options.timeout:g} s at {first.stage_text} "
            f"(log {first.log}); retried with {2 * self.options.timeout:g} s"
        )
        return second

    def _attempt(self, job: Job, threads: int, suffix: str, timeout: float) -> CellRecord:
        opts = self.options
        cell = job.cell
        log_path = store.log_path(opts.run_dir, cell, suffix)
        log_path.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="xla-matrix-cell-"))
        dump_dir = work / "xla-dump"
        spec = replace(
            job.spec,
            result_path=str(work / "result.json"),
            stage_path=str(work / "stage.json"),
            dump_dir=str(dump_dir),
            outputs_path=str(work / "outputs.npz"),
            outputs_cap_bytes=opts.outputs_cap_bytes,
            threads=threads,
        )
        spec_path = work / "spec.json"
        spec_path.write_text(json.dumps(spec.to_json(), indent=1))
        env = child_environment(job.env, threads, str(dump_dir), self.options.scrub)
        env["TMPDIR"] = str(work / "tmp")  # autograph's generated files go with the cell
        (work / "tmp").mkdir()
        started = store.now()
        t0 = time.perf_counter()
        exit = Exit(returncode=None)
        launch_error = None
        isolation = "spawn"
        with open(log_path, "wb") as log:
            log.write(f"# xla-matrix cell {cell.id}\n".encode())
            for key, value in sorted(job.env.items()):
                log.write(f"# {key}={value}\n".encode())
            log.flush()
            try:
                if self.stopping.is_set():
                    raise Stopped
                launched, isolation = self._launch(job, spec_path, env, log_path, log, threads)
            except Stopped:
                exit.interrupted = True  # never started
            except OSError as exc:
                launch_error = f"could not start {opts.python}: {exc.strerror or exc}"
            else:
                self._reaper.watch(launched.pid)
                with self._lock:
                    self._running[launched.pid] = launched
                if self.stopping.is_set():  # stop() came between the launch and the line above
                    launched.kill()
                try:
                    exit.returncode = launched.wait(timeout)
                except TimeoutError:
                    exit.timed_out = True
                    launched.kill()
                    with contextlib.suppress(TimeoutError, ServerGone):
                        exit.returncode = launched.wait(30)
                except ServerGone as exc:
                    launch_error = str(exc)
                finally:
                    launched.kill()  # nothing the cell started outlives it
                    with self._lock:
                        self._running.pop(launched.pid, None)
                    self._reaper.forget(launched.pid)
                # a stop ends the cell early: its timeout or crash is an interruption
                exit.interrupted = self.stopping.is_set()
                exit.memory_capped = bool(opts.memory_mb)
        wall = time.perf_counter() - t0
        untrusted.cap_file(log_path)
        if exit.memory_capped:  # the evidence an oom verdict needs
            with contextlib.suppress(OSError, untrusted.Refused):
                exit.log_tail = untrusted.read_tail(log_path.parent, log_path.name, 40)
        facts, exit.result_error = read_facts(work / "result.json")
        stage = read_stage(work / "stage.json")
        if launch_error:
            record = store.new_record(
                cell, job.role, Status.INFRA, launch_error, failure_class=FailureClass.LAUNCH
            )
            record.stage = stage
        else:
            c = classify(facts, exit, stage, timeout, opts.matrix_name)
            record = store.new_record(cell, job.role, c.status, c.message, c.failure_class)
            record.stage = c.stage
        record.run_id = opts.run_id
        record.started = started
        record.finished = store.now()
        record.log = str(log_path.relative_to(opts.run_dir))
        record.exit = ExitInfo(exit.returncode, exit.timed_out, exit.interrupted)
        record.isolation = isolation
        record.cache_key = job.cache_key
        record.attach(facts)
        if suffix in ("", ".retry"):
            if facts is not None and facts.outputs is not None:
                record.outputs = keep_outputs(work / facts.outputs.file, facts, opts.run_dir, cell)
            if not record.passed:
                record.xla_dump = keep_hlo(dump_dir, opts.run_dir, cell)
        record.spec = job.spec
        record.timings["wall_s"] = round(wall, 3)
        shutil.rmtree(work, ignore_errors=True)
        return record


def keep_outputs(src: Path, facts: ChildFacts, run_dir: Path, cell: Cell) -> Outputs | None:
    """Move the child's output arrays beside the cell's record."""
    assert facts.outputs is not None
    dest = store.outputs_path(run_dir, cell)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(src, dest)
    except OSError:
        return None
    return replace(facts.outputs, file=str(dest.relative_to(run_dir)))


def keep_hlo(dump_dir: Path, run_dir: Path, cell: Cell) -> str | None:
    """A failing cell keeps the HLO text of what XLA compiled (for its reproducer)."""
    texts = sorted(dump_dir.glob("module_*.before_optimizations.txt"))
    if not texts:
        return None
    dest = store.dump_path(run_dir, cell)
    dest.mkdir(parents=True, exist_ok=True)
    for text in texts:
        shutil.copyfile(text, dest / text.name)
    return str(dest.relative_to(run_dir))


def read_facts(path: Path) -> tuple[ChildFacts | None, str | None]:
    """The child's result file: (facts, None), (None, None) when absent, (None, why) when
    it cannot be read or has the wrong shape."""
    data, error = store.read_json(path)
    if error or data is None:
        return None, error
    try:
        return ChildFacts.from_json(data), None
    except ShapeError as exc:
        return None, f"malformed: {exc}"


def read_stage(path: Path) -> Stage | None:
    """The last stage the child announced, if it left a readable one."""
    data, _ = store.read_json(path)
    try:
        return from_dict(Stage, data, "stage", strict=False)
    except ShapeError:
        return None
