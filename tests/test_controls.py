"""Each control target's verdict on the installed TensorFlow, with its XLA evidence.

Every assertion here holds in every environment (failure classes and stages, never a
Keras version's wording): CI runs this module under Keras 3 and again under Keras 2."""

from __future__ import annotations

import pytest
from packaging.version import Version

from .conftest import FIXTURES, judged, needs_tf, run_cells, switch_everywhere

pytestmark = [needs_tf, pytest.mark.tf, pytest.mark.versions]

CONFIGS = ["baseline", "no-xla-translate", "eager", "jit-compile"]
TARGETS = [
    "reference",
    "singleton",
    "xla-fragile",
    "inert-switch",
    "plain",
    "jit-fallback",
    "complex-dtype",
]
JIT = "jit-compile"


@pytest.fixture(scope="module")
def controls(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("controls")
    args = [a for c in CONFIGS for a in ("-c", c)] + [a for t in TARGETS for a in ("-t", t)]
    proc, records = run_cells(run_dir, *args, "-s", "n128-then-64")
    assert proc.returncode == 0, proc.stderr
    return records, judged(run_dir)


@pytest.mark.parametrize(
    ("target", "config", "expected"),
    [
        ("reference", "no-xla-translate", "not needed"),
        ("reference", "eager", "not needed"),
        ("reference", "jit-compile", "holds"),
        # the non-XLA warp (ImageProjectiveTransformV3) is compiled anyway where Keras
        # compiles everything, and XLA has no kernel for it
        ("reference", f"no-xla-translate @ {JIT}", "harmful"),
        ("singleton", "no-xla-translate", "broken"),
        ("singleton", "eager", "broken"),
        ("xla-fragile", "no-xla-translate", "needed"),
        ("xla-fragile", "eager", "needed"),
        ("xla-fragile", "jit-compile", "breaks"),
        ("xla-fragile", f"no-xla-translate @ {JIT}", "ineffective"),
        ("xla-fragile", f"eager @ {JIT}", "needed"),
        ("inert-switch", "no-xla-translate", "inert"),
        ("inert-switch", f"no-xla-translate @ {JIT}", "inert"),
        ("plain", "eager", "vacuous"),
        ("plain", "jit-compile", "holds"),
        ("jit-fallback", "no-xla-translate", "not needed"),
        ("jit-fallback", "jit-compile", "holds"),
        ("jit-fallback", f"no-xla-translate @ {JIT}", "harmful"),
    ],
)
def test_control_verdicts(controls, target, config, expected):
    _, verdicts = controls
    v = verdicts[(target, config)]
    assert v.verdict == expected, v.reason


def test_the_spike_s_switch_is_judged_only_where_the_code_reads_it(controls):
    records, verdicts = controls
    assert "plain/n128-then-64/no-xla-translate" not in records
    assert not [key for key in verdicts if key[0] == "plain" and "no-xla" in key[1]]


def test_jit_fallback_fails_only_with_the_switch_and_jit_compile(controls):
    records, verdicts = controls
    for config in ("baseline", "no-xla-translate", "jit-compile"):
        assert records[f"jit-fallback/n128-then-64/{config}"].passed, config
    both = records[f"jit-fallback/n128-then-64/no-xla-translate@{JIT}"]
    assert (both.status, both.failure_class) == ("fail", "xla-unsupported-op")
    assert (both.stage.name, both.stage.step) == ("predict", 1)
    reason = verdicts[("jit-fallback", f"no-xla-translate @ {JIT}")].reason
    assert reason.startswith(f"{JIT} alone passes")


def test_singleton_fails_at_the_n64_step_under_every_config(controls):
    records, _ = controls
    for config in CONFIGS:
        r = records[f"singleton/n128-then-64/{config}"]
        assert r.status == "fail"
        # The non-XLA warp loses the static patch size, so the stale 128 x 128 probe is only
        # caught when predicting; everywhere else the functional build already rejects it.
        expected = "predict" if config == "no-xla-translate" else "build"
        assert (r.stage.name, r.stage.step, r.stage.N) == (expected, 2, 64)
        assert r.failure_class == "shape-mismatch", r.message
        # the stale 128 x 128 probe meets N=64 (Keras 3: "Dimensions must be equal, but are
        # 64 and 128"; Keras 2: "Incompatible shapes: [128,128] vs. [4,64,64]")
        assert "64" in r.message and "128" in r.message, r.message


def test_xla_fragile_fails_on_the_unsupported_op(controls):
    records, _ = controls
    r = records["xla-fragile/n128-then-64/baseline"]
    assert r.failure_class == "xla-unsupported-op"
    assert "ImageProjectiveTransformV3" in r.message
    assert (r.stage.name, r.stage.step) == ("predict", 1)


def test_complex_dtype_breaks_at_build_only_under_keras_3_before_3_6(controls):
    """A layer declared `dtype=tf.complex64`: Keras 3 before 3.6.0 refuses it at the first
    build in every config (broken: not an XLA failure); Keras 2 and Keras 3.6+ run it, with
    no XLA computation on CPU (vacuous)."""
    records, verdicts = controls
    configs = [c for c in CONFIGS if c != "no-xla-translate"]  # the spike's switch: not read
    cells = [records[f"complex-dtype/n128-then-64/{c}"] for c in configs]
    keras = cells[0].fingerprint["keras"]
    refused = cells[0].fingerprint["keras_flavour"] == "keras3" and Version(keras) < Version("3.6")
    for r in cells:
        if refused:
            assert (r.status, r.failure_class) == ("fail", "value"), r.message
            assert (r.stage.name, r.stage.step, r.stage.N) == ("build", 1, 128)
            assert "complex64" in r.message
        else:
            assert r.passed, r.message
    expected = "broken" if refused else "vacuous"
    v = verdicts[("complex-dtype", "eager")]
    assert v.verdict == expected, (keras, v.reason)


def test_xla_evidence_nonzero_where_xla_ran_and_zero_under_eager(controls):
    records, _ = controls
    for target in ("reference", "inert-switch"):
        assert records[f"{target}/n128-then-64/baseline"].xla.modules >= 2
        assert records[f"{target}/n128-then-64/eager"].xla.modules == 0
    assert records["reference/n128-then-64/no-xla-translate"].xla.modules == 0
    assert records["inert-switch/n128-then-64/no-xla-translate"].xla.modules >= 2
    assert records["plain/n128-then-64/baseline"].xla.modules == 0
    assert records["plain/n128-then-64/jit-compile"].xla.modules >= 2
    assert all(s.jit_compile is True for s in records["plain/n128-then-64/jit-compile"].steps)


def test_outputs_agree_with_eager_across_translation_paths(controls):
    _, verdicts = controls
    for config, expected in (("no-xla-translate", "not needed"), ("jit-compile", "holds")):
        v = verdicts[("reference", config)]
        assert v.verdict == expected, v.reason
        assert v.outputs_checked and "unchecked" not in v.reason, v.reason  # agreed with eager


def test_an_uncompiled_models_jit_compile_resolves_by_keras_version(controls):
    """Keras 2 (bundled or tf-keras) leaves an uncompiled model's jit_compile None, Keras 3
    resolves it to False on CPU; the jit-compile config's True is read back everywhere."""
    records, _ = controls
    baseline = records["plain/n128-then-64/baseline"]
    flavour = baseline.fingerprint["keras_flavour"]
    expected = False if flavour == "keras3" else None
    assert flavour in ("keras2", "keras3", "tf-keras"), flavour
    assert [s.jit_compile for s in baseline.steps] == [expected, expected], flavour
    forced = records["plain/n128-then-64/jit-compile"]
    assert [s.jit_compile for s in forced.steps] == [True, True]


@pytest.fixture(scope="module")
def fooling(tmp_path_factory):
    """Targets built to fool a judge that does not check its evidence (fixtures/verdict_cases)."""
    run_dir = tmp_path_factory.mktemp("fooling")
    targets = ("verdict_cases:random_noise", "verdict_cases:switch_scales_outputs")
    args = [a for c in CONFIGS for a in ("-c", c)] + [a for t in targets for a in ("-t", t)]
    args += ["--target-path", str(FIXTURES), "-s", "n128-then-64"]
    # the fixtures read USE_XLA_TRANSLATE: the switch applies to them too
    matrix = switch_everywhere(run_dir / "matrix.toml")
    proc, records = run_cells(run_dir / "run", *args, matrix=matrix)
    assert proc.returncode == 0, proc.stderr
    return records, judged(run_dir / "run")


def test_a_seeded_random_op_without_xla_is_vacuous_never_wrong_output(fooling):
    _, verdicts = fooling
    for config in ("no-xla-translate", "eager"):
        v = verdicts[("verdict_cases.random_noise", config)]
        assert v.verdict == "vacuous", v.reason


def test_an_output_change_with_eager_failing_is_unchecked_never_not_needed(fooling):
    records, verdicts = fooling
    eager = records["verdict_cases.switch_scales_outputs/n128-then-64/eager"]
    assert (eager.status, eager.stage.name) == ("fail", "build")
    v = verdicts[("verdict_cases.switch_scales_outputs", "no-xla-translate")]
    assert v.verdict == "wrong output", v.reason
    assert "outputs unchecked: eager fail" in v.reason and "one of the two is wrong" in v.reason
    assert not v.outputs_checked


def test_every_control_shows_what_matrix_toml_expects_of_it(controls):
    """matrix.toml's `expect` is data the run and the report go by: each control gives
    its expected verdict here (complex-dtype only where Keras refuses complex64 layers)."""
    from harness.config.matrix import load_matrix
    from harness.report.controls import check, expectations

    from .conftest import MATRIX

    records, verdicts = controls
    every = expectations(load_matrix(MATRIX))
    # recompiling's is checked where its steady state is (tests/test_cost_cells.py)
    assert set(every) == set(TARGETS) - {"reference"} | {"recompiling"}
    expected = {target: e for target, e in every.items() if target in TARGETS}
    checks = check(expected, verdicts.values())
    fp = records["complex-dtype/n128-then-64/baseline"].fingerprint
    refused = fp["keras_flavour"] == "keras3" and Version(fp["keras"]) < Version("3.6")
    held = {target for target, c in checks.items() if c.held}
    assert held == set(expected) - (set() if refused else {"complex-dtype"}), {
        t: c.line for t, c in checks.items()
    }
