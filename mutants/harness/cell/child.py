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

from harness.cell.preflight import missing_module
from harness.config.typed import to_dict
from harness.results.records import CellSpec, ChildFacts, ExceptionInfo, Stage, Step
from harness.results.store import write_json_atomic

TRACEBACK_LINES = 120


class Progress:
    """Where the cell is: kept in the result and mirrored to a file the parent can read
    when the child dies without writing a result (crash, timeout)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.stage = Stage("start")

    def enter(self, name: str, step: int | None = None, n: int | None = None) -> None:
        self.stage = Stage(name, step, n)
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


def make_inputs(n: int, gridsize: int, batch: int, seed: int, step: int) -> list[Any]:
    """The seed's inputs: diffraction (b, N, N, g^2) and positions (b, 1, 2, g^2), random normal.

    A target can bring its own: `inputs = "package.module:callable"` with this signature."""
    import numpy as np

    rng = np.random.default_rng([seed, step])
    c = gridsize * gridsize
    return [
        rng.standard_normal((batch, n, n, c)).astype(np.float32),
        rng.standard_normal((batch, 1, 2, c)).astype(np.float32),
    ]


def as_model(built: Any) -> Any:
    """Factories may return a model or a tuple whose first item is the model to run."""
    model = built[0] if isinstance(built, tuple | list) and built else built
    if not callable(getattr(model, "predict", None)):
        raise TypeError(f"factory returned {type(model).__name__}, not a Keras model")
    return model


def run_cell(spec: CellSpec, tf: Any = None) -> ChildFacts:
    """Run one cell and write its result file. `tf` is given when TensorFlow is already
    imported (fork mode); otherwise it is imported here, after the config's variables."""
    from harness.cell import evidence

    started = time.perf_counter()
    progress = Progress(spec.stage_path)
    config, scenario, target = spec.config, spec.scenario, spec.target
    facts = ChildFacts(
        cell=spec.cell,
        applied={
            "env": dict(spec.env),
            "run_functions_eagerly": config.run_functions_eagerly,
            "jit_compile": config.jit_compile,
            "threads": spec.threads,
        },
        pid=os.getpid(),
    )
    timings = facts.timings
    dump_dir = spec.dump_dir
    facts_hook = None
    t_scenario: float | None = None
    try:
        apply_env(spec)
        progress.enter("import")
        t0 = time.perf_counter()
        if tf is None:
            import tensorflow as tf
        timings["import_s"] = time.perf_counter() - t0
        facts.fingerprint = evidence.fingerprint(tf, target.requires)
        if spec.threads:
            try:
                tf.config.threading.set_intra_op_parallelism_threads(spec.threads)
                tf.config.threading.set_inter_op_parallelism_threads(spec.threads)
            except RuntimeError:  # already initialised (fork mode sets it in the server)
                pass
        if config.run_functions_eagerly:
            tf.config.run_functions_eagerly(True)

        progress.enter("target")
        t0 = time.perf_counter()
        if target.path:
            path = Path(target.path).expanduser().resolve()
            if not path.is_dir():
                raise FileNotFoundError(f"target path {target.path!r} does not exist")
            sys.path.insert(0, str(path))
        factory = load_callable(target.factory)
        setup = load_callable(target.setup) if target.setup else None
        inputs_for = load_callable(target.inputs) if target.inputs else make_inputs
        facts_hook = getattr(
            sys.modules.get(getattr(factory, "__module__", "")), "xla_matrix_facts", None
        )
        facts.target_facts = target_facts(facts_hook)
        timings["target_import_s"] = time.perf_counter() - t0

        t_scenario = time.perf_counter()
        all_outputs: list[list[tuple[str, Any]]] = []
        for step, n in enumerate(scenario.sizes, start=1):
            record = Step(step=step, N=n)
            facts.steps.append(record)
            if scenario.clear_session:
                tf.keras.backend.clear_session()
            tf.keras.utils.set_random_seed(scenario.seed)
            progress.enter("build", step, n)
            t0 = time.perf_counter()
            if setup is not None:
                setup(n, scenario.gridsize)
            model = as_model(factory(n, scenario.gridsize))
            if config.jit_compile is not None:
                model.jit_compile = config.jit_compile
            record.build_s = time.perf_counter() - t0
            inputs = inputs_for(n, scenario.gridsize, scenario.batch, scenario.seed, step)
            progress.enter("predict", step, n)
            t0 = time.perf_counter()
            outputs = model.predict(inputs, verbose=0)
            record.predict_s = time.perf_counter() - t0
            record.jit_compile = _resolved_jit_compile(model)
            flat = evidence.flatten_outputs(outputs)
            record.outputs = [evidence.digest(o) for _, o in flat]
            all_outputs.append(flat)
            if dump_dir:
                record.xla_modules_total = len(evidence.xla_modules(dump_dir))
        timings["scenario_s"] = time.perf_counter() - t_scenario
        if spec.outputs_path:
            facts.outputs = evidence.save_outputs(
                spec.outputs_path, all_outputs, spec.outputs_cap_bytes
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
        facts.stage = progress.stage
        if dump_dir:
            facts.xla_modules = evidence.xla_modules(dump_dir)
        timings["total_s"] = time.perf_counter() - started
        if not facts.fingerprint:
            facts.fingerprint = evidence.fingerprint(None, target.requires)
        write_json_atomic(spec.result_path, facts.to_json())
    return facts


def target_facts(facts: Any) -> dict[str, Any]:
    """Facts a target module reports about itself through `xla_matrix_facts()`."""
    if not callable(facts):
        return {}
    try:
        return dict(facts())
    except Exception as exc:  # noqa: BLE001 - a broken hook is itself a fact
        return {"facts_error": f"{type(exc).__name__}: {exc}"}


def _resolved_jit_compile(model: Any) -> Any:
    try:
        value = model.jit_compile
    except Exception:  # noqa: BLE001 - older Keras has no such property
        return "n/a"
    return value if isinstance(value, bool | str) or value is None else str(value)


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
