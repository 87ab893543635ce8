"""An ordinary model without an inputs hook: inputs made for its own input signature, factories
and hooks called with the arguments their signatures take, and one infra line for a target
the scenario cannot drive."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest

from harness.cell import backend
from harness.cell.backend import (
    FACTORY_FORMS,
    INPUTS_FORMS,
    TargetContractError,
    accepting,
    signature_inputs,
)
from harness.config.errors import UsageError
from harness.config.matrix import load_matrix
from harness.config.selection import Selection, resolve_targets
from harness.run.classify import CONTRACT_ERROR

from .conftest import FIXTURES, MATRIX, REPO, needs_tf, run_cells
from .examples import example

FULL, SHORT = FACTORY_FORMS


def test_a_factory_is_called_with_what_its_signature_takes():
    def create_model(N, gridsize): ...
    def create_model_n(n): ...
    def with_options(N, channels=1): ...
    def positional(n, g): ...
    def defaults(N=128, gridsize=2): ...
    def star(*args): ...

    assert accepting(create_model, FACTORY_FORMS, "factory") == FULL
    assert accepting(create_model_n, FACTORY_FORMS, "factory") == SHORT
    assert accepting(with_options, FACTORY_FORMS, "factory") == SHORT, "not gridsize"
    assert accepting(positional, FACTORY_FORMS, "factory") == FULL
    assert accepting(defaults, FACTORY_FORMS, "factory") == FULL
    assert accepting(star, FACTORY_FORMS, "factory") == FULL
    assert accepting(lambda n, gridsize: None, FACTORY_FORMS, "factory") == FULL


def test_an_inputs_hook_may_leave_out_gridsize():
    def spike(N, gridsize, batch, seed, step): ...
    def short(N, batch, seed, step): ...
    def last_optional(N, gridsize, batch, seed, step=1): ...

    assert accepting(spike, INPUTS_FORMS, "inputs") == INPUTS_FORMS[0]
    assert accepting(short, INPUTS_FORMS, "inputs") == INPUTS_FORMS[1]
    assert accepting(last_optional, INPUTS_FORMS, "inputs") == INPUTS_FORMS[0]


@pytest.mark.parametrize(
    "signature",
    [
        "def f(backbone_name='vgg16', input_shape=(None, None, 3), classes=1): ...",
        "def f(input_shape, n_classes=1): ...",
        "def f(input_shape, last_activation, n_depth=2): ...",
        "def f(size): ...",
        "def f(size, gridsize): ...",
        "def f(): ...",
        "def f(a, b, c): ...",
        "def f(N, *, channels): ...",
    ],
)
def test_a_factory_that_takes_neither_form_is_one_line_naming_both(signature):
    namespace: dict[str, Any] = {"__name__": "project.models"}
    exec(signature, namespace)
    with pytest.raises(TargetContractError) as caught:
        accepting(namespace["f"], FACTORY_FORMS, "factory")
    message = str(caught.value)
    assert "\n" not in message and len(message) < 240, "the informative line keeps it whole"
    assert message.startswith("factory project.models:f takes (")
    assert "), neither (N, gridsize) nor (N): name its first parameter N" in message
    assert "(, " not in message
    assert TargetContractError.__name__ == CONTRACT_ERROR, "classify names it without importing"


@dataclass
class FakeTensor:
    """What model.input holds, as Keras 2 (shape with None, a DType with .name) or 3 has it."""

    shape: tuple[int | None, ...]
    dtype: Any = "float32"
    name: str = "x"


@dataclass
class DType:
    name: str


@dataclass
class FakeModel:
    input: Any


def test_none_dimensions_are_the_batch_first_and_n_everywhere_else():
    model = FakeModel(FakeTensor((None, None, None, 3)))
    x = signature_inputs(model, n=64, batch=8, seed=0, step=1)
    assert (x.shape, x.dtype) == ((8, 64, 64, 3), np.float32)
    fixed = signature_inputs(FakeModel(FakeTensor((2, 128, None))), n=64, batch=8, seed=0, step=1)
    assert fixed.shape == (2, 128, 64), "declared dimensions are kept, the batch's too"


def test_structures_and_dtypes_follow_the_signature_seeded_per_step():
    model = FakeModel(
        {
            "image": FakeTensor((None, 16, 16, 1), DType("float16")),
            "tokens": FakeTensor((None, None), DType("int32")),
            "mask": FakeTensor((None, 4), "bool"),
            "pair": [FakeTensor((None, 2), "complex64"), FakeTensor((None, 2), "bfloat16")],
        }
    )
    x = signature_inputs(model, n=32, batch=2, seed=0, step=1)
    assert list(x) == ["image", "tokens", "mask", "pair"]
    assert (x["image"].shape, x["image"].dtype) == ((2, 16, 16, 1), np.float16)
    assert (x["tokens"].shape, x["tokens"].dtype) == ((2, 32), np.int32)
    assert set(np.unique(x["tokens"])) <= {0, 1}, "an index every embedding table has"
    assert x["mask"].dtype == np.bool_
    assert x["pair"][0].dtype == np.complex64 and np.abs(x["pair"][0].imag).sum() > 0
    assert x["pair"][1].dtype == np.float32, "numpy has no bfloat16: Keras casts"
    again = signature_inputs(model, n=32, batch=2, seed=0, step=1)
    other = signature_inputs(model, n=32, batch=2, seed=0, step=2)
    assert np.array_equal(again["image"], x["image"])
    assert not np.array_equal(other["image"], x["image"])


def test_a_two_input_signature_gets_the_spike_s_arrays():
    """Inputs made in signature order with the spike's generator: a ptycho-style model
    declared without a hook gets the very arrays the spike fed it."""
    from harness.targets.ptycho import make_inputs

    model = FakeModel([FakeTensor((None, 128, 128, 4)), FakeTensor((None, 1, 2, 4))])
    made = signature_inputs(model, n=128, batch=1, seed=0, step=1)
    spike = make_inputs(128, 2, 1, 0, 1)
    assert all(np.array_equal(a, b) for a, b in zip(made, spike, strict=True))


@pytest.mark.parametrize("structure", [None, "raises"])
def test_a_model_without_a_signature_asks_for_an_inputs_hook(structure):
    class NoInputs:
        @property
        def input(self):
            if structure == "raises":
                raise AttributeError("Sequential model has no defined inputs yet.")
            return None

    with pytest.raises(TargetContractError, match=r"needs an inputs hook .*--inputs module:fn"):
        signature_inputs(NoInputs(), n=64, batch=1, seed=0, step=1)
    with pytest.raises(TargetContractError, match=r"'text' has dtype string"):
        signature_inputs(FakeModel(FakeTensor((None,), "string", "text")), 64, 1, 0, 1)


def test_inputs_on_the_command_line_replace_every_selected_target_s():
    matrix = load_matrix(MATRIX)
    chosen = resolve_targets(
        matrix, Selection(targets=["plain", "pkg.mod:fn"], inputs="pkg.data:make_inputs")
    )
    assert {t.inputs for t in chosen.values()} == {"pkg.data:make_inputs"}
    assert resolve_targets(matrix, Selection(targets=["pkg.mod:fn"]))["pkg.mod.fn"].inputs is None
    ptycho = resolve_targets(matrix, Selection(targets=["ptycho"]))["ptycho"]
    assert ptycho.inputs == "harness.targets.ptycho:make_inputs", "the adapter brings its own"
    with pytest.raises(UsageError, match=r"--inputs must look like package.module:callable"):
        resolve_targets(matrix, Selection(targets=["plain"], inputs="make_inputs"))


def test_the_backend_names_every_helper_the_loop_calls_for_the_reproducer():
    """repro.py copies run_scenario and what it calls (reproducer.BACKEND_COPIED): every
    function or class of backend the loop reaches, directly or through another, is listed."""
    import ast
    import inspect

    from harness.repro.reproducer import BACKEND_COPIED

    def own(name: str) -> bool:
        return getattr(getattr(backend, name, None), "__module__", None) == backend.__name__

    reached, todo = set(), ["run_scenario"]
    while todo:
        name = todo.pop()
        reached.add(name)
        tree = ast.parse(inspect.getsource(getattr(backend, name)))
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        todo += [n for n in names if own(n) and n not in reached]
    assert reached <= set(BACKEND_COPIED), reached - set(BACKEND_COPIED)


# --- real models in real cells --------------------------------------------------------------


@pytest.fixture(scope="module")
def ordinary_run(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("ordinary")
    # README's own-model command names the single-input model and the fixtures' folder
    (documented,) = [c for c in example("own-model").commands if c.argv[0] == "nox"]
    args = documented.posargs
    assert args[args.index("--target-path") + 1] == str(FIXTURES.relative_to(REPO))
    args[args.index("--target-path") + 1] = str(FIXTURES)
    targets = ["ordinary:several", "ordinary:by_name", "ordinary:unbuilt"]
    targets += ["ordinary:wants_a_shape"]
    proc, records = run_cells(
        run_dir,
        *args,
        *(a for t in targets for a in ("-t", t)),
        *("-s", "n128-then-64-b8", "-c", "baseline"),
    )
    return run_dir, proc, {key.split("/")[0]: r for key, r in records.items()}


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_ordinary_models_run_on_inputs_made_for_their_signature(ordinary_run):
    run_dir, _, records = ordinary_run
    single = records["ordinary.single"]
    assert single.status == "pass", single.message
    assert [o["shape"] for s in single.steps for o in s.outputs] == [
        [8, 128, 128, 1],
        [8, 64, 64, 1],
    ], "batch from the scenario, the open height and width from N"
    log = (run_dir / single.log).read_text()
    assert "inputs made for the model's input signature: (8, 128, 128, 1) float32" in log
    several = records["ordinary.several"]
    assert several.status == "pass", several.message
    assert "[(8, 64, 64, 3) float32, (8, 64) int32]" in (run_dir / several.log).read_text()
    by_name = records["ordinary.by_name"]
    assert by_name.status == "pass", by_name.message
    text = (run_dir / by_name.log).read_text()
    assert "image (8, 128, 128, 2) float32, mask (8, 128, 128, 1) bool" in text


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_the_steady_state_runs_on_fresh_inputs_made_for_the_signature(ordinary_run):
    """docs/cost.md: inputs made the same way for seeds seed + 1, ... of the step's shape,
    so that nothing traces or compiles again."""
    _, _, records = ordinary_run
    for name in ("ordinary.single", "ordinary.several", "ordinary.by_name"):
        for s in records[name].steps:
            assert s.steady is not None and s.steady.error is None, (name, s.steady)
            assert s.steady.seconds and (s.steady.compiles, s.steady.traces) == (0, 0), name


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_a_target_the_scenario_cannot_drive_is_infra_in_one_line(ordinary_run):
    _, proc, records = ordinary_run
    unbuilt = records["ordinary.unbuilt"]
    assert (unbuilt.status, unbuilt.failure_class) == ("infra", "target-contract")
    assert "declares no inputs" in unbuilt.message and "--inputs module:fn" in unbuilt.message
    assert unbuilt.message.endswith("(build step 1 (N=128))")
    shape = records["ordinary.wants_a_shape"]
    assert (shape.status, shape.failure_class, shape.stage.name) == (
        "infra",
        "target-contract",
        "preflight",
    ), "named once per environment, before any cell runs"
    assert shape.message == (
        "factory ordinary:wants_a_shape takes (input_shape, n_classes=...), neither (N, gridsize) "
        "nor (N): "
        "name its first parameter N, or wrap it in a few lines of glue"
    )
    # said once for the environment's cells of it, as the preflight names every refusal
    said = re.findall(
        r"ordinary\.wants_a_shape: \d+ cells? infra: factory ordinary:wants_a_shape", proc.stderr
    )
    assert len(said) == 1, proc.stderr
    assert all("\n" not in r.message for r in records.values())


@needs_tf
@pytest.mark.tf
def test_an_inputs_hook_from_the_command_line_without_gridsize(tmp_path):
    _, records = run_cells(
        tmp_path / "run",
        *("-t", "ordinary:single", "--inputs", "ordinary:named_inputs"),
        *("--target-path", str(FIXTURES), "-s", "n128-then-64", "-c", "baseline"),
    )
    (record,) = records.values()
    assert record.status == "pass", record.message
    assert record.spec.target.inputs == "ordinary:named_inputs"
    assert "inputs from the inputs hook: (1, 128, 128, 1) float32" in (
        (tmp_path / "run" / record.log).read_text()
    )


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_a_reproducer_makes_the_inputs_the_cell_made(ordinary_run, tmp_path):
    """repro.py copies the loop with signature_inputs: outside the harness, an ordinary
    model without an inputs hook runs on the inputs its cell ran on."""
    import os
    import subprocess
    import sys

    from .conftest import run_cli

    run_dir, _, records = ordinary_run
    record = records["ordinary.several"]
    proc = run_cli("repro", record.id, "--run-dir", str(run_dir))
    assert proc.returncode == 0, proc.stderr
    script = run_dir / "repro" / record.cell.environment / record.cell.filename / "repro.py"
    assert "def signature_inputs(" in script.read_text()
    done = subprocess.run(
        [sys.executable, "-I", str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"},
    )
    assert done.returncode == 0 and "[repro] passed" in done.stdout, done.stdout + done.stderr
