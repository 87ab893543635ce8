"""The child side of a cell: apply the config, run the scenario on the target, write the result.

Runs inside the environment's interpreter, in a process of its own. It reports facts (what
happened, where, with which XLA evidence); the parent classifies and judges. The result
travels as a JSON file written atomically; stdout and stderr only feed the cell's log.

Usage: python -m harness.cell.child SPEC.json
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from harness.cell import backend, evidence
from harness.cell.preflight import missing_module
from harness.config.matrix import STEADY_OFF, SteadyState
from harness.config.typed import to_dict
from harness.results.records import CellSpec, ChildFacts, ExceptionInfo, Stage, SteadyRuns, Step
from harness.results.store import write_json_atomic

TRACEBACK_LINES = 120


class Progress:
    """Where the cell is: kept in the result and mirrored to a file the parent can read
    when the child dies without writing a result (crash, timeout)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.stage = Stage("start")

    def enter(
        self, name: str, step: int | None = None, n: int | None = None, node: str | None = None
    ) -> None:
        self.stage = Stage(name, step, n, node)
        print(f"[xla-matrix] stage {self.stage.text}", flush=True)
        if self.path:
            write_json_atomic(self.path, to_dict(self.stage))


def load_callable(ref: str) -> Any:
    module_name, _, attr = ref.partition(":")
    obj: Any = importlib.import_module(module_name)
    for part in attr.split("."):
        obj = getattr(obj, part)
    if not callable(obj):
        raise TypeError(f"{ref} is not callable")
    return obj


def apply_env(spec: CellSpec) -> None:
    """Variables that must precede `import tensorflow` (already set when spawned)."""
    os.environ.update(spec.env)


def start_facts(spec: CellSpec, **applied: Any) -> ChildFacts:
    """The facts a cell starts from: what it applies of its config, said the same way by
    model cells and test cells (`applied` adds what one kind applies beyond the other)."""
    config = spec.config
    return ChildFacts(
        cell=spec.cell,
        applied={
            "env": dict(spec.env),
            "run_functions_eagerly": config.run_functions_eagerly,
            "jit_compile": config.jit_compile,
            "threads": spec.threads,
            **applied,
        },
        pid=os.getpid(),
    )


def import_stage(spec: CellSpec, facts: ChildFacts, progress: Progress, tf: Any) -> Any:
    """The import stage of every cell: the config's variables, then TensorFlow (already
    imported in a forked cell), the fingerprint, and the thread pools and eager switch."""
    apply_env(spec)
    progress.enter("import")
    t0 = time.perf_counter()
    if tf is None:
        tf = backend.import_tensorflow()
    facts.timings["import_s"] = time.perf_counter() - t0
    facts.fingerprint = evidence.fingerprint(tf, spec.target.requires)
    facts.fingerprint["inherited"] = dict(spec.inherited)
    backend.configure(tf, threads=spec.threads, eagerly=spec.config.run_functions_eagerly)
    return tf


def exception_record(exc: BaseException, own: frozenset[str] = frozenset()) -> ExceptionInfo:
    tb = traceback.format_exception(type(exc), exc, exc.__traceback__)
    lines = "".join(tb).splitlines()
    if len(lines) > TRACEBACK_LINES:
        lines = [*lines[:20], "...", *lines[-(TRACEBACK_LINES - 21) :]]
    message = getattr(exc, "message", None)
    if not isinstance(message, str):
        message = str(exc)
    missing = missing_module(exc, own)
    return ExceptionInfo(
        type=type(exc).__name__,
        module=type(exc).__module__,
        message=message,
        traceback="\n".join(lines),
        missing_module=missing[0] if missing else None,
        missing_kind=missing[1] if missing else None,
    )


class Recorder(backend.Watcher):
    """The facts of each step of the scenario: stage, timings, jit_compile, output digests,
    XLA modules so far; the outputs themselves, to save once the scenario is done. Beside
    them (docs/cost.md), per step: the XLA compilations and traced graphs of the build and
    first predict and of the steady state, XLA's compile time, the RSS high-water mark."""

    def __init__(
        self,
        facts: ChildFacts,
        progress: Progress,
        dump_dir: str | None,
        tf: Any = None,
        budget: SteadyState = STEADY_OFF,
    ) -> None:
        self.facts = facts
        self.progress = progress
        self.dump_dir = dump_dir
        self.tf = tf
        self.budget = budget
        self.outputs: list[list[tuple[str, Any]]] = []
        # modules the steady states compiled: never part of the cell's XLA evidence
        self.steady_modules: set[str] = set()
        self._seen = self._counts()

    def _counts(self) -> tuple[dict[str, tuple[int, int]] | None, set[str] | None]:
        """The XLA compilations (None: no dump folder) and traced graphs (None: not listed
        by this TensorFlow) so far."""
        modules = evidence.compilations(self.dump_dir) if self.dump_dir else None
        return modules, backend.traced_graphs(self.tf) if self.tf is not None else None

    def _since(self) -> tuple[set[str] | None, float | None, int | None]:
        """(XLA compilations, their compile seconds, traced graphs) since the last count."""
        (modules_before, graphs_before), (modules, graphs) = self._seen, self._counts()
        self._seen = (modules, graphs)
        traces = None if graphs is None or graphs_before is None else len(graphs - graphs_before)
        if modules is None or modules_before is None:
            return None, None, traces
        new = set(modules) - set(modules_before)
        spent = sum(modules[m][1] - modules[m][0] for m in new) / 1e9
        return new, round(spent, 4), traces

    def step(self, step: int, n: int) -> None:
        self.facts.steps.append(
            Step(step=step, N=n, rss_before_mb=round(evidence.peak_rss_mb(), 1))
        )
        self._seen = self._counts()

    def enter(self, stage: str, step: int, n: int) -> None:
        self.progress.enter(stage, step, n)

    def built(self, step: int, n: int, model: Any, seconds: float) -> None:
        self.facts.steps[-1].build_s = seconds

    def fed(self, step: int, n: int, inputs: Any, made: bool) -> None:
        origin = "made for the model's input signature" if made else "from the inputs hook"
        print(f"[xla-matrix] inputs {origin}: {backend.describe_inputs(inputs)}", flush=True)

    def predicted(self, step: int, n: int, model: Any, outputs: Any, seconds: float) -> None:
        record = self.facts.steps[-1]
        record.predict_s = seconds
        record.jit_compile = backend.resolved_jit_compile(model)
        flat = evidence.flatten_outputs(outputs)
        record.outputs = [evidence.digest(o) for _, o in flat]
        self.outputs.append(flat)
        if self.dump_dir:
            modules = evidence.xla_modules(self.dump_dir, self.steady_modules)
            record.xla_modules_total = len(modules)
        new, record.compile_s, record.traces = self._since()
        record.compiles = None if new is None else len(new)
        record.rss_mb = round(evidence.peak_rss_mb(), 1)

    def _warmed(self) -> None:
        """The warm-up run is done: what it compiled or traced is not counted."""
        new, _, _ = self._since()
        self.steady_modules |= new or set()

    def settled(self, step: int, n: int, model: Any, fresh: Any) -> None:
        """The step's steady state, within the matrix's budget (docs/cost.md)."""
        if not self.budget.on:
            return
        seconds, error = backend.predict_steadily(model, fresh, self.budget, self._warmed)
        record = self.facts.steps[-1]
        new, _, traces = self._since()  # after the warm-up
        self.steady_modules |= new or set()
        runs = [round(s, 6) for s in seconds]
        record.steady = SteadyRuns(runs, None if new is None else len(new), traces, error)
        record.rss_mb = round(evidence.peak_rss_mb(), 1)


def run_cell(spec: CellSpec, tf: Any = None) -> ChildFacts:
    """Run one cell and write its result file. `tf` is given when TensorFlow is already
    imported (fork mode); otherwise it is imported here, after the config's variables.
    A test target's cell runs its pytest session instead (harness.cell.pytest_cell)."""
    if spec.target.is_test:
        from harness.cell.pytest_cell import run_test_cell

        return run_test_cell(spec, tf)
    started = time.perf_counter()
    progress = Progress(spec.stage_path)
    config, scenario, target = spec.config, spec.scenario, spec.target
    facts = start_facts(spec)
    timings = facts.timings
    dump_dir = spec.dump_dir
    facts_hook = None
    t_scenario: float | None = None
    recorder: Recorder | None = None
    try:
        tf = import_stage(spec, facts, progress, tf)

        progress.enter("target")
        t0 = time.perf_counter()
        if target.path:
            path = Path(target.path).expanduser().resolve()
            if not path.is_dir():
                raise FileNotFoundError(f"target path {target.path!r} does not exist")
            sys.path.insert(0, str(path))
        factory = load_callable(target.factory)
        setup = load_callable(target.setup) if target.setup else None
        inputs_for = load_callable(target.inputs) if target.inputs else None
        facts_hook = getattr(
            sys.modules.get(getattr(factory, "__module__", "")), "xla_matrix_facts", None
        )
        facts.target_facts = target_facts(facts_hook)
        timings["target_import_s"] = time.perf_counter() - t0

        t_scenario = time.perf_counter()
        recorder = Recorder(facts, progress, dump_dir, tf, spec.steady_state)
        backend.run_scenario(
            tf,
            factory,
            sizes=scenario.sizes,
            gridsize=scenario.gridsize,
            batch=scenario.batch,
            seed=scenario.seed,
            clear_session=scenario.clear_session,
            jit_compile=config.jit_compile,
            setup=setup,
            inputs=inputs_for,
            watch=recorder,
        )
        timings["scenario_s"] = time.perf_counter() - t_scenario
        if spec.outputs_path:
            facts.outputs = evidence.save_outputs(
                spec.outputs_path, recorder.outputs, spec.outputs_cap_bytes
            )
        progress.enter("done")
        facts.completed = True
    except BaseException as exc:  # noqa: BLE001 - every failure is a fact to report
        facts.exception = exception_record(exc, target.own_packages)
        if isinstance(exc, KeyboardInterrupt):
            facts.interrupted = True
    finally:
        if t_scenario is not None:  # a failing scenario did real work until it failed
            timings.setdefault("scenario_s", time.perf_counter() - t_scenario)
        facts.target_facts.update(target_facts(facts_hook))  # what it learnt while building
        if target.path:
            facts.target_files = imported_from(target.path)
        facts.stage = progress.stage
        if dump_dir:
            steady = recorder.steady_modules if recorder else ()
            facts.xla_modules = evidence.xla_modules(dump_dir, steady)
        timings["total_s"] = time.perf_counter() - started
        if not facts.fingerprint:
            facts.fingerprint = evidence.fingerprint(None, target.requires)
        write_json_atomic(spec.result_path, facts.to_json())
    return facts


def imported_from(path: str) -> list[str]:
    """The Python files under `path` (relative, sorted) that this process has imported: what
    the result cache checks its static reading of the target's imports against."""
    root = Path(path).expanduser().resolve()
    found = set()
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            resolved = Path(file).resolve()
            if resolved.is_relative_to(root):
                found.add(resolved.relative_to(root).as_posix())
    return sorted(found)


def target_facts(facts: Any) -> dict[str, Any]:
    """Facts a target module reports about itself through `xla_matrix_facts()`."""
    if not callable(facts):
        return {}
    try:
        return dict(facts())
    except Exception as exc:  # noqa: BLE001 - a broken hook is itself a fact
        return {"facts_error": f"{type(exc).__name__}: {exc}"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m harness.cell.child SPEC.json", file=sys.stderr)
        return 2
    spec = CellSpec.from_json(json.loads(Path(argv[0]).read_text()))
    run_cell(spec)
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: TensorFlow's atexit handlers can hang or crash after an
    # XLA failure, and the result is already on disk.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
