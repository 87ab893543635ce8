"""TensorFlow as a cell drives it: the one module of harness/ that imports TensorFlow or Keras.

It holds the scenario loop (`run_scenario`: for each N, clear the session, seed, build, set
jit_compile, predict) and every call whose spelling depends on the TensorFlow or Keras
version: importing TensorFlow and Keras, threads and eager functions, which Keras `tf.keras`
is, the devices, a model's resolved jit_compile. The child, the preflight, the evidence and
the fork server talk to TensorFlow through it alone (pyproject.toml's import contract).

TensorFlow is imported only when `import_tensorflow` is called: the parent imports cell/'s
specs, never TensorFlow.

A reproducer (`xla-matrix repro`) copies the loop and what it calls from this module's
source into its repro.py (harness.repro.reproducer.BACKEND_COPIED), so that a cell filed
upstream runs the very loop the cell ran, without xla-matrix installed: this module imports
nothing but the standard library (numpy and TensorFlow inside its functions), and its code
names nothing of the package it comes from (tests/test_layers.py checks both).
"""

from __future__ import annotations

import sys
import time
from typing import Any


def import_tensorflow() -> Any:
    """The TensorFlow module, imported now unless it already is (set the config's variables
    before: TensorFlow reads some at import)."""
    import tensorflow as tf

    return tf


def tensorflow_imported() -> bool:
    return "tensorflow" in sys.modules


def load_keras(tf: Any) -> str | None:
    """Load the Keras that `tf.keras` names (lazy until first used); it creates no TensorFlow
    state. None when it loaded, else why not."""
    try:
        _ = tf.keras.layers.Layer
    except Exception as exc:  # noqa: BLE001 - the cells will report it themselves
        return str(exc)
    return None


def configure(tf: Any, *, threads: int | None = None, eagerly: bool = False) -> None:
    """Threads per op and between ops, and tf.functions run eagerly, before any model."""
    if threads:
        try:
            tf.config.threading.set_intra_op_parallelism_threads(threads)
            tf.config.threading.set_inter_op_parallelism_threads(threads)
        except RuntimeError:  # already initialised (a forked cell's server set them)
            pass
    if eagerly:
        tf.config.run_functions_eagerly(True)


def tensorflow_version(tf: Any) -> str:
    return str(tf.__version__)


def keras_module(tf: Any) -> str | None:
    """The module `tf.keras` really is (keras, keras.api._v2.keras, tf_keras ...); None when
    it cannot be resolved."""
    try:
        return str(tf.keras.__name__)
    except Exception:  # noqa: BLE001 - tf.keras is lazy and can fail to resolve
        return None


def devices(tf: Any) -> list[str]:
    return [f"{d.device_type}:{d.name}" for d in tf.config.list_physical_devices()]


def resolved_jit_compile(model: Any) -> Any:
    """What the model will compile with: True, False, "auto" (Keras 3), None; "n/a" where
    the Keras has no such property."""
    try:
        value = model.jit_compile
    except Exception:  # noqa: BLE001 - older Keras has no such property
        return "n/a"
    return value if isinstance(value, bool | str) or value is None else str(value)


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


class Watcher:
    """What sees a scenario run: where it is, and each step's model and outputs."""

    def step(self, step: int, n: int) -> None:
        """Step `step` (N=`n`) begins: before its session is cleared."""

    def enter(self, stage: str, step: int, n: int) -> None:
        """The scenario enters `stage` ("build" or "predict") of the step."""

    def built(self, step: int, n: int, model: Any, seconds: float) -> None:
        """The model is built (setup, factory and jit_compile took `seconds`)."""

    def predicted(self, step: int, n: int, model: Any, outputs: Any, seconds: float) -> None:
        """The model predicted `outputs` in `seconds`."""

    def settled(self, step: int, n: int, model: Any, fresh: Any) -> None:
        """After the step's first predict: the model, and `fresh(k)` making fresh inputs of
        the step's shape for k = 1, 2, ... (the child times its steady state with them,
        `predict_steadily`)."""


MAX_STEADY_RUNS = 1000  # whatever the budget says


def as_batch(inputs: Any) -> Any:
    """Inputs as `predict` hands them to the model's predict function: lists as tuples (its
    data adapter's `lists_to_tuples`), so that `predict_on_batch` runs the very function
    `predict` traced instead of tracing another (Keras 3 keys its trace by that nesting)."""
    if isinstance(inputs, dict):
        return {key: as_batch(value) for key, value in inputs.items()}
    if isinstance(inputs, list | tuple):
        return tuple(as_batch(value) for value in inputs)
    return inputs


def predict_steadily(model: Any, fresh: Any, budget: Any) -> tuple[list[float], str | None]:
    """The steady state of a model that has predicted once: `predict_on_batch` on `fresh(k)`
    (k = 1, 2, ...: fresh inputs of the same shape), each run's wall time, until at least
    `budget.runs` ran and they took at least `budget.seconds`; stopped when the steady state
    has taken `budget.max_seconds` of wall (making inputs included). An exception stops it
    and is returned as text: the steady state never decides how the scenario ends."""
    times: list[float] = []
    start = time.perf_counter()
    try:
        while len(times) < MAX_STEADY_RUNS:
            x = as_batch(fresh(len(times) + 1))
            t0 = time.perf_counter()
            model.predict_on_batch(x)
            times.append(time.perf_counter() - t0)
            if len(times) >= budget.runs and sum(times) >= budget.seconds:
                break
            if time.perf_counter() - start >= budget.max_seconds:
                break
    except Exception as exc:  # noqa: BLE001 - a fact about the steady state, not the cell
        return times, f"{type(exc).__name__}: {exc}"[:500]
    return times, None


def traced_graphs(tf: Any) -> set[str] | None:
    """Names of the graphs traced so far (`__inference_*` functions of the eager context,
    tf.data's own left out), or None where TensorFlow does not list them."""
    try:
        from tensorflow.python.eager import context

        names = context.context().list_function_names()
    except Exception:  # noqa: BLE001 - a private API: absent or changed in some versions
        return None
    return {
        str(n)
        for n in names
        if str(n).startswith("__inference_") and not str(n).startswith("__inference_Dataset_")
    }


def run_scenario(
    tf: Any,
    factory: Any,
    *,
    sizes: list[int] | tuple[int, ...],
    gridsize: int,
    batch: int,
    seed: int,
    clear_session: bool = True,
    jit_compile: bool | None = None,
    setup: Any = None,
    inputs: Any = make_inputs,
    watch: Watcher | None = None,
) -> None:
    """The scenario: for each N, in this process, clear the session, seed, build the model
    (setup(N, gridsize), then factory(N, gridsize)), force jit_compile unless it is None,
    and predict on inputs(N, gridsize, batch, seed, step). An exception stops it where it
    happened; `watch` knows the stage, and gets each step's model with a maker of fresh
    inputs for it, inputs(N, gridsize, batch, seed + k, step)."""
    watch = watch or Watcher()
    for step, n in enumerate(sizes, start=1):
        watch.step(step, n)
        if clear_session:
            tf.keras.backend.clear_session()
        tf.keras.utils.set_random_seed(seed)
        watch.enter("build", step, n)
        t0 = time.perf_counter()
        if setup is not None:
            setup(n, gridsize)
        model = as_model(factory(n, gridsize))
        if jit_compile is not None:
            model.jit_compile = jit_compile
        watch.built(step, n, model, time.perf_counter() - t0)
        x = inputs(n, gridsize, batch, seed, step)
        watch.enter("predict", step, n)
        t0 = time.perf_counter()
        outputs = model.predict(x, verbose=0)
        watch.predicted(step, n, model, outputs, time.perf_counter() - t0)

        def fresh(k: int, n: int = n, step: int = step) -> Any:
            return inputs(n, gridsize, batch, seed + k, step)

        watch.settled(step, n, model, fresh)
