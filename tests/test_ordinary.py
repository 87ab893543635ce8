"""docs/adopting-an-ordinary-model.md: a real project no one here wrote (CSBDeep's CARE
U-Net, segmentation-models' U-Net), adopted through the documented commands: a single-input
model with no inputs hook, from PyPI with its own dependencies. Narrowed to one environment
and a few configs; the packages come from the package index."""

from __future__ import annotations

import pytest

from .conftest import nox
from .examples import example, with_option

pytestmark = [pytest.mark.slow, pytest.mark.network, pytest.mark.tf]
ONE = ["-c", "baseline", "-c", "eager", "-c", "jit-compile", "--no-contexts", "--no-cache"]


def _run(checkout, documented_commands, session: str = "xla_matrix(tf2.21-keras3)"):
    (documented,) = [c for c in documented_commands if c.argv[0] == "nox"]
    posargs = with_option(
        documented.posargs, "--target-path", str(checkout / "docs/examples/ordinary")
    )
    return nox(checkout, "-s", session, "--", *posargs, *ONE, timeout=1800)


def test_care_through_its_glue_gets_verdicts_no_inputs_hook(checkout_copy):
    proc = _run(checkout_copy, example("care").commands)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "target careglue.create_model" in out
    assert "inputs made for the model's input signature" not in proc.stderr  # in the cell log
    assert "vacuous" in out and "holds" in out, out[-3000:]


def test_a_factory_that_takes_a_shape_is_refused_in_one_line(checkout_copy):
    (documented,) = [c for c in example("care-refused").commands if c.argv[0] == "nox"]
    proc = nox(checkout_copy, *documented.argv[1:], "--no-cache", timeout=1800)
    out = proc.stdout + proc.stderr
    line = next(
        (
            x
            for x in out.splitlines()
            if "csbdeep.internals.nets.custom_unet: 1 cell infra: factory" in x
        ),
        None,
    )
    assert line is not None, out[-3000:]
    assert "neither (N, gridsize) nor (N)" in line


def test_segmentation_models_through_its_glue_gets_verdicts(checkout_copy):
    proc = _run(checkout_copy, example("segmentation-models").commands, "xla_matrix(tf2.15)")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "target smglue.create_model" in out
