"""Each control target's verdict on the installed TensorFlow, with its XLA evidence."""

from __future__ import annotations

import pytest

from harness.verdicts import Tolerance, derive_verdicts

from .conftest import needs_tf, run_cells

pytestmark = [needs_tf, pytest.mark.tf]

CONFIGS = ["baseline", "no-xla-translate", "eager", "jit-compile"]
TARGETS = ["reference", "singleton", "xla-fragile", "inert-switch", "plain"]


@pytest.fixture(scope="module")
def controls(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("controls")
    args = [a for c in CONFIGS for a in ("-c", c)] + [a for t in TARGETS for a in ("-t", t)]
    proc, records = run_cells(run_dir, *args, "-s", "n128-then-64")
    assert proc.returncode == 0, proc.stderr
    verdicts = {
        (v.target, v.config): v for v in derive_verdicts(list(records.values()), Tolerance())
    }
    return records, verdicts


@pytest.mark.parametrize(
    ("target", "config", "expected"),
    [
        ("reference", "no-xla-translate", "not needed"),
        ("reference", "eager", "not needed"),
        ("reference", "jit-compile", "holds"),
        ("singleton", "no-xla-translate", "broken"),
        ("singleton", "eager", "broken"),
        ("xla-fragile", "no-xla-translate", "needed"),
        ("xla-fragile", "eager", "needed"),
        ("xla-fragile", "jit-compile", "breaks"),
        ("inert-switch", "no-xla-translate", "inert"),
        ("plain", "no-xla-translate", "vacuous"),
        ("plain", "jit-compile", "holds"),
    ],
)
def test_control_verdicts(controls, target, config, expected):
    _, verdicts = controls
    v = verdicts[(target, config)]
    assert v.verdict == expected, v.reason


def test_singleton_fails_at_the_n64_step_under_every_config(controls):
    records, _ = controls
    for config in CONFIGS:
        r = records[f"singleton/n128-then-64/{config}"]
        assert r.status == "fail"
        # The non-XLA warp loses the static patch size, so the stale 128 x 128 probe is only
        # caught when predicting; everywhere else the functional build already rejects it.
        expected = "predict" if config == "no-xla-translate" else "build"
        assert (r.stage.name, r.stage.step, r.stage.N) == (expected, 2, 64)
        assert r.failure_class == "shape-mismatch"
        assert "Dimensions must be equal, but are 64 and 128" in r.message


def test_xla_fragile_fails_on_the_unsupported_op(controls):
    records, _ = controls
    r = records["xla-fragile/n128-then-64/baseline"]
    assert r.failure_class == "xla-unsupported-op"
    assert "ImageProjectiveTransformV3" in r.message
    assert (r.stage.name, r.stage.step) == ("predict", 1)


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
    for config in ("no-xla-translate", "jit-compile"):
        assert verdicts[("reference", config)].verdict != "wrong output"
