"""Parent side: launch cells in isolation, under timeouts, a few at a time.

Never imports TensorFlow. Each cell is a child process in a session of its own (so the whole
process group can be killed), with its output going to a log file and its result coming
back as a JSON file. Every finished cell is written to disk at once: nothing is lost when
a run is interrupted.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from harness import store
from harness.cells import Cell
from harness.classify import Exit, classify, describe_stage
from harness.matrix import Config, Environment, Matrix, Scenario, Target

# Variables a config may set: scrubbed from the inherited environment so that a user's
# shell cannot leak a workaround into the baseline.
ALWAYS_SCRUBBED = ("USE_XLA_TRANSLATE", "TF_XLA_FLAGS", "XLA_FLAGS", "TF_USE_LEGACY_KERAS")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class Job:
    """One cell, ready to launch: what the child needs, nothing more."""

    cell: Cell
    role: str
    spec: dict[str, Any]
    env: dict[str, str]  # variables this cell sets on top of the scrubbed environment


@dataclass
class RunOptions:
    run_dir: Path
    python: str = sys.executable
    jobs: int = 1
    timeout: float = 300.0
    memory_mb: int | None = None
    run_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


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
    for cell in cells:
        config: Config = matrix.config(cell.config)
        scenario: Scenario = matrix.scenario(cell.scenario)
        target = targets[cell.target]
        env = {**environment.cell_env(), **config.env}
        spec = {
            "cell": cell.as_dict(),
            "config": {
                "name": config.name,
                "run_functions_eagerly": config.run_functions_eagerly,
                "jit_compile": config.jit_compile,
            },
            "scenario": {
                "name": scenario.name,
                "sizes": list(scenario.sizes),
                "gridsize": scenario.gridsize,
                "batch": scenario.batch,
                "clear_session": scenario.clear_session,
                "seed": scenario.seed,
            },
            "target": {
                "name": target.name,
                "factory": target.factory,
                "path": target.path,
                "setup": target.setup,
                "adapter": target.adapter,
            },
            "env": env,
        }
        jobs.append(Job(cell, config.role, spec, env))
    return jobs


def child_environment(job: Job, threads: int, dump_dir: str | None) -> dict[str, str]:
    scrub = set(ALWAYS_SCRUBBED)
    env = {k: v for k, v in os.environ.items() if k not in scrub}
    env.update(job.env)
    flags = job.env.get("XLA_FLAGS", "")
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


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """Kill the child and everything it started (it leads its own session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


def _limit_memory(megabytes: int | None) -> Callable[[], None] | None:
    if not megabytes:
        return None

    def apply() -> None:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


class Runner:
    """Runs jobs with a bounded number of children at a time; interruptible."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self.stopping = threading.Event()
        self._procs: dict[int, subprocess.Popen[bytes]] = {}
        self._lock = threading.Lock()

    def stop(self) -> None:
        """Stop launching, kill the running children (their cells are marked interrupted)."""
        self.stopping.set()
        with self._lock:
            for proc in self._procs.values():
                _kill_group(proc)

    def run(
        self, jobs: list[Job], on_record: Callable[[dict[str, Any]], None]
    ) -> list[dict[str, Any]]:
        records: list[dict[str, Any]] = []
        threads = threads_per_cell(self.options.jobs)
        pending = list(jobs)
        with ThreadPoolExecutor(max_workers=max(1, self.options.jobs)) as pool:
            running: set[Future[dict[str, Any]]] = set()
            while pending or running:
                while pending and len(running) < self.options.jobs and not self.stopping.is_set():
                    running.add(pool.submit(self.run_one, pending.pop(0), threads))
                if not running:
                    break
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    record = future.result()
                    records.append(record)
                    on_record(record)
        return records

    def run_one(self, job: Job, threads: int) -> dict[str, Any]:
        opts = self.options
        cell = job.cell
        log_path = store.log_path(opts.run_dir, cell)
        log_path.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="xla-matrix-cell-"))
        dump_dir = work / "xla-dump"
        spec = dict(job.spec)
        spec.update(
            result_path=str(work / "result.json"),
            stage_path=str(work / "stage.json"),
            dump_dir=str(dump_dir),
            threads=threads,
        )
        spec_path = work / "spec.json"
        spec_path.write_text(json.dumps(spec, indent=1))
        env = child_environment(job, threads, str(dump_dir))
        cmd = [opts.python, "-m", "harness.child", str(spec_path)]
        started = now()
        t0 = time.perf_counter()
        exit = Exit(returncode=None)
        with open(log_path, "wb") as log:
            log.write(f"# xla-matrix cell {cell.id}\n# {' '.join(cmd)}\n".encode())
            for key, value in sorted(job.env.items()):
                log.write(f"# {key}={value}\n".encode())
            log.flush()
            try:
                proc = subprocess.Popen(
                    cmd,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    env=env,
                    start_new_session=True,
                    preexec_fn=_limit_memory(opts.memory_mb),
                )
            except OSError as exc:
                exit = Exit(returncode=None, result_error=None)
                proc = None
                launch_error = f"could not start {opts.python}: {exc.strerror}"
            else:
                launch_error = None
                with self._lock:
                    self._procs[proc.pid] = proc
                try:
                    proc.wait(timeout=opts.timeout)
                    exit.returncode = proc.returncode
                except subprocess.TimeoutExpired:
                    exit.timed_out = True
                    _kill_group(proc)
                    proc.wait()
                    exit.returncode = proc.returncode
                finally:
                    _kill_group(proc)  # nothing the cell started outlives it
                    with self._lock:
                        self._procs.pop(proc.pid, None)
                exit.interrupted = self.stopping.is_set() and not exit.timed_out
                exit.memory_capped = bool(opts.memory_mb)
        wall = time.perf_counter() - t0
        raw, exit.result_error = store.read_json(work / "result.json")
        stage, _ = store.read_json(work / "stage.json")
        if launch_error:
            record = store.make_record(
                cell,
                job.role,
                status="infra",
                failure_class="launch",
                message=launch_error,
                stage=None,
            )
        else:
            c = classify(raw, exit, stage, opts.timeout)
            record = store.make_record(
                cell,
                job.role,
                status=c.status,
                failure_class=c.failure_class,
                message=c.message,
                stage=c.stage,
            )
        record.update(
            run_id=opts.run_id,
            started=started,
            finished=now(),
            log=str(log_path.relative_to(opts.run_dir)),
            exit={
                "returncode": exit.returncode,
                "timed_out": exit.timed_out,
                "interrupted": exit.interrupted,
            },
            isolation="spawn",
        )
        record["stage_text"] = describe_stage(record.get("stage"))
        store.attach_child_facts(record, raw)
        record["timings"]["wall_s"] = round(wall, 3)
        record.update(opts.extra)
        store.write_record(opts.run_dir, record)
        shutil.rmtree(work, ignore_errors=True)
        return record
