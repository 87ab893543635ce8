"""TensorFlow as a cell drives it: the one module of harness/ that imports TensorFlow or Keras.

It holds the scenario loop (`run_scenario`: for each N, clear the session, seed, build, set
jit_compile, predict) and every call whose spelling depends on the TensorFlow or Keras
version: importing TensorFlow and Keras, threads and eager functions, which Keras `tf.keras`
is, the devices, a model's resolved jit_compile, a model's input signature (`model.input`:
KerasTensors whose shape is a TensorShape and dtype a DType in Keras 2, tuples and strings in
Keras 3). The child, the preflight, the evidence and
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


class TargetContractError(TypeError):
    """The target does not fit what the scenario drives it by (a factory that takes neither
    signature, a model with no input signature and no inputs hook): says nothing about the
    model or XLA."""


# What a hook is called with: the full form, or the form without gridsize (meaningless for
# most models). A hook is called with the first form its signature takes (`accepting`).
FACTORY_FORMS = (("N", "gridsize"), ("N",))
INPUTS_FORMS = (("N", "gridsize", "batch", "seed", "step"), ("N", "batch", "seed", "step"))


def accepting(fn: Any, forms: tuple[tuple[str, ...], ...], what: str) -> tuple[str, ...]:
    """The form (argument names) `fn` is called with: the one its positional parameters are
    named after (`n` counts as N, the rest optional), else, its first parameter named N, the
    one with as many arguments as it has required ones, else the full form for `*args`.
    Anything else raises TargetContractError: a library's function of other arguments
    (`custom_unet(input_shape, ...)`) fed N would fail as if the model were broken."""
    import inspect

    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):  # a callable without a signature: called as before
        return forms[0]
    params = list(signature.parameters.values())
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    required = [p for p in positional if p.default is p.empty]
    keywords = [p.name for p in params if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    if not keywords:
        names = tuple("N" if p.name == "n" else p.name for p in positional)
        for form in forms:
            if names[: len(form)] == form and len(required) <= len(form):
                return form
        for form in forms:
            if names[:1] == ("N",) and len(required) == len(form):
                return form
        if any(p.kind is p.VAR_POSITIONAL for p in params) and len(required) <= len(forms[0]):
            return forms[0]
    name = getattr(fn, "__qualname__", None) or type(fn).__name__
    module = getattr(fn, "__module__", None)
    listed = [*positional, *(p for p in params if p.name in keywords)][:3]
    shown = [p.name if p.default is p.empty else f"{p.name}=..." for p in listed]
    shown += ["..."] if len(listed) < len(params) else []
    expected = " nor ".join(f"({', '.join(form)})" for form in forms)
    raise TargetContractError(
        f"{what} {module + ':' if module else ''}{name} takes ({', '.join(shown)}), "
        f"neither {expected}: name its first parameter N, or wrap it in a few lines of glue"
    )


def caller(fn: Any, forms: tuple[tuple[str, ...], ...], what: str) -> Any:
    """`fn` as a function of all the arguments by name, calling it with the form it takes."""
    form = accepting(fn, forms, what)

    def call(**values: Any) -> Any:
        return fn(*(values[name] for name in form))

    return call


def signature_inputs(model: Any, n: int, batch: int, seed: int, step: int) -> Any:
    """Random inputs for `model.input` (one, a list, a dict by name), seeded per step, of the
    declared shapes and dtypes: a `None` dimension is the batch first, N anywhere else;
    floats normal, integers 0 or 1 (an index any embedding has), booleans random."""
    import numpy as np

    try:
        structure = model.input
    except (AttributeError, ValueError):  # Keras 3 raises either, Keras 2 AttributeError
        structure = None
    if structure is None:
        raise TargetContractError(
            f"the model ({type(model).__name__}) declares no inputs: a subclassed or "
            "Sequential model that is built on its first call needs an inputs hook "
            "(inputs = 'module:fn' in the matrix file, or --inputs module:fn)"
        )
    rng = np.random.default_rng([seed, step])

    def one(tensor: Any) -> Any:
        if isinstance(tensor, dict):
            return {key: one(value) for key, value in tensor.items()}
        if isinstance(tensor, list | tuple):
            return [one(value) for value in tensor]
        dims = list(tensor.shape)
        shape = tuple((batch if i == 0 else n) if d is None else int(d) for i, d in enumerate(dims))
        dtype = str(getattr(tensor.dtype, "name", tensor.dtype))
        if dtype.startswith(("int", "uint")):
            return rng.integers(0, 2, shape).astype(dtype)
        if dtype == "bool":
            return rng.integers(0, 2, shape).astype(bool)
        if dtype.startswith("complex"):
            real = rng.standard_normal(shape) + 1j * rng.standard_normal(shape)
            return real.astype(dtype)
        if dtype.startswith(("float", "bfloat", "half", "double")):
            values = rng.standard_normal(shape)
            known = dtype in ("float16", "float32", "float64")
            return values.astype(dtype if known else "float32")  # Keras casts the rest
        name = getattr(tensor, "name", "?")
        raise TargetContractError(
            f"input {name!r} has dtype {dtype}: random values of it cannot be made up; give "
            "the target an inputs hook (inputs = 'module:fn' or --inputs module:fn)"
        )

    return one(structure)


def describe_inputs(inputs: Any) -> str:
    """`name (1, 128, 128, 1) float32, ...`: what a step was fed, for the cell's log."""
    if isinstance(inputs, dict):
        return ", ".join(f"{k} {describe_inputs(v)}" for k, v in inputs.items())
    if isinstance(inputs, list | tuple):
        return "[" + ", ".join(describe_inputs(v) for v in inputs) + "]"
    shape = getattr(inputs, "shape", None)
    return f"{tuple(shape) if shape is not None else '?'} {getattr(inputs, 'dtype', '?')}"


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

    def fed(self, step: int, n: int, inputs: Any, made: bool) -> None:
        """The step's inputs are ready; `made`: from the model's signature, not a hook."""

    def predicted(self, step: int, n: int, model: Any, outputs: Any, seconds: float) -> None:
        """The model predicted `outputs` in `seconds`."""

    def settled(self, step: int, n: int, model: Any, fresh: Any) -> None:
        """After the first predict: `fresh(k)` makes new inputs of its shape (k = 1, 2, ...)."""


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


def predict_steadily(
    model: Any, fresh: Any, budget: Any, warmed: Any = None
) -> tuple[list[float], str | None]:
    """The steady state of a model that has predicted once: `predict_on_batch` on `fresh(k)`
    (k = 1, 2, ...: fresh inputs of the same shape), each run's wall time, until at least
    `budget.runs` ran and they took at least `budget.seconds`; stopped when the steady state
    has taken `budget.max_seconds` of wall (making inputs included). `warmed()` is called
    after the first run, the warm-up (Keras 3 hands a single input to `predict`'s function
    bare and to `predict_on_batch`'s in a tuple: a trace of its own, once). An exception
    stops it and is returned as text: the steady state never decides how the scenario ends."""
    times: list[float] = []
    start = time.perf_counter()
    try:
        while len(times) < MAX_STEADY_RUNS:
            x = as_batch(fresh(len(times) + 1))
            t0 = time.perf_counter()
            model.predict_on_batch(x)
            times.append(time.perf_counter() - t0)
            if warmed is not None and len(times) == 1:
                warmed()
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
    inputs: Any = None,
    watch: Watcher | None = None,
) -> None:
    """The scenario: for each N, in this process, clear the session, seed, build the model
    (setup, then the factory, each called with (N, gridsize) or (N), as its signature takes),
    force jit_compile unless it is None, and predict on the inputs: the `inputs` hook's,
    called with (N, gridsize, batch, seed, step) or (N, batch, seed, step), else random ones
    for the model's own input signature (`signature_inputs`). An exception stops it where it
    happened; `watch` knows the stage, and gets a maker of fresh inputs (seed + k). A hook
    of another signature raises TargetContractError before anything is built."""
    watch = watch or Watcher()
    build = caller(factory, FACTORY_FORMS, "factory")
    prepare = caller(setup, FACTORY_FORMS, "setup") if setup is not None else None
    feed = caller(inputs, INPUTS_FORMS, "inputs") if inputs is not None else None
    for step, n in enumerate(sizes, start=1):
        values = {"N": n, "gridsize": gridsize, "batch": batch, "seed": seed, "step": step}
        watch.step(step, n)
        if clear_session:
            tf.keras.backend.clear_session()
        tf.keras.utils.set_random_seed(seed)
        watch.enter("build", step, n)
        t0 = time.perf_counter()
        if prepare is not None:
            prepare(**values)
        model = as_model(build(**values))
        if jit_compile is not None:
            model.jit_compile = jit_compile
        watch.built(step, n, model, time.perf_counter() - t0)
        x = signature_inputs(model, n, batch, seed, step) if feed is None else feed(**values)
        watch.fed(step, n, x, feed is None)
        watch.enter("predict", step, n)
        t0 = time.perf_counter()
        outputs = model.predict(x, verbose=0)
        watch.predicted(step, n, model, outputs, time.perf_counter() - t0)

        def fresh(k: int, model: Any = model, values: dict[str, int] = values) -> Any:
            if feed is None:
                return signature_inputs(model, values["N"], batch, seed + k, values["step"])
            return feed(**{**values, "seed": seed + k})

        watch.settled(step, n, model, fresh)


# What Keras reads jit_compile in when it builds the function it compiles: calling the
# property first makes Keras 2's test function (which reads `_jit_compile`) forced too.
_COMPILED_FUNCTIONS = ("make_train_function", "make_test_function", "make_predict_function")


def keras_models(tf: Any) -> list[Any]:
    """The Model classes of every Keras loaded: the one `tf.keras` names, and keras or
    tf_keras if something imported them beside it."""
    found = []
    candidates = [lambda: tf.keras.Model]
    for name in ("keras", "tf_keras"):
        module = sys.modules.get(name)
        if module is not None:
            candidates.append(lambda module=module: module.Model)
    for get in candidates:
        try:
            model = get()
        except Exception:  # noqa: BLE001 - a Keras that does not load has no models to force
            continue
        if isinstance(model, type) and model not in found:
            found.append(model)
    return found


def force_jit_compile(tf: Any, value: bool) -> list[str]:
    """Force `jit_compile` to `value` on every model of every Keras loaded, built before or
    after: the class's `jit_compile` property is wrapped so that whatever a test or
    `compile()` sets, Keras's own setter gets `value` (Keras still refuses where it refuses:
    Keras 3 for a model with a layer that does not support XLA, or under op determinism;
    Keras 2 on Apple silicon), and the functions Keras compiles read it. What a test calls
    outside them (`model(x)`, its own tf.function) is left as the test wrote it. Idempotent;
    returns the classes patched now."""
    patched = []
    for model in keras_models(tf):
        for klass in model.__mro__:
            prop = klass.__dict__.get("jit_compile")
            if not isinstance(prop, property) or prop.fset is None:
                continue
            if not getattr(prop, "forced_by_cell", False):
                klass.jit_compile = _forcing_property(prop, value)
                patched.append(f"{klass.__module__}.{klass.__qualname__}")
            break
        for name in _COMPILED_FUNCTIONS:
            for klass in model.__mro__:
                function = klass.__dict__.get(name)
                if callable(function):
                    if not getattr(function, "forced_by_cell", False):
                        setattr(klass, name, _reading_jit_first(function))
                    break
    return patched


def _forcing_property(prop: property, value: bool) -> property:
    def get(self: Any) -> Any:
        current = prop.fget(self) if prop.fget else None
        # once Keras settled on a value (its own refusal included), ask no more
        if current != value and self.__dict__.get("_cell_jit_compile", object()) != current:
            prop.fset(self, value)
            current = prop.fget(self) if prop.fget else value
            self.__dict__["_cell_jit_compile"] = current
        return current

    def set_(self: Any, _requested: Any) -> None:
        prop.fset(self, value)
        self.__dict__["_cell_jit_compile"] = prop.fget(self) if prop.fget else value

    return _ForcedProperty(get, set_, None, prop.__doc__)


class _ForcedProperty(property):
    """A `jit_compile` property this module put in place (found again, never wrapped twice)."""

    forced_by_cell = True


def _reading_jit_first(function: Any) -> Any:
    def make(self: Any, *args: Any, **kwargs: Any) -> Any:
        _ = self.jit_compile
        return function(self, *args, **kwargs)

    make.forced_by_cell = True  # type: ignore[attr-defined]
    make.__name__ = getattr(function, "__name__", "make_function")
    make.__doc__ = function.__doc__
    return make
