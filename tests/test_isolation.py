"""Fork mode gives the same results as spawn mode, cell for cell."""

from __future__ import annotations

import json

import pytest

from harness.run.launchers import FORK_SUPPORTED

from .conftest import MATRIX, needs_tf, run_cells

pytestmark = [
    needs_tf,
    pytest.mark.tf,
    pytest.mark.skipif(not FORK_SUPPORTED, reason="fork mode needs Linux"),
]

ARGS = [
    # a model that passes and one that fails in XLA: what either isolation must keep alike
    *("-t", "reference", "-t", "xla-fragile"),
    *(
        "-c",
        "baseline",
        "-c",
        "no-xla-translate",
        "-c",
        "eager",
        "-c",
        "jit-compile",
        "-c",
        "autojit",
    ),
    *("-s", "n128-then-64-b8"),
]


def comparable(record: dict) -> dict:
    """Everything a verdict depends on; timings and paths aside."""
    return {
        "status": record.status,
        "failure_class": record.failure_class,
        "stage": record.stage,
        "message": record.message.split(" compile graph ")[0],  # graph names carry trace counters
        "xla_modules": record.xla.modules,
        "jit_compile": [s.jit_compile for s in record.steps],
        "outputs": json.dumps([s.outputs for s in record.steps], sort_keys=True),
    }


def test_fork_and_spawn_give_identical_results(tmp_path):
    fork_proc, fork = run_cells(tmp_path / "fork", *ARGS, "--isolation", "fork", "--no-cache")
    spawn_proc, spawn = run_cells(tmp_path / "spawn", *ARGS, "--isolation", "spawn", "--no-cache")
    assert fork_proc.returncode == spawn_proc.returncode == 0, fork_proc.stderr + spawn_proc.stderr
    assert len(fork) == len(spawn) == 14  # 2 targets x (5 configs + 2 workarounds @ jit-compile)
    assert {r.isolation for r in fork.values()} == {"fork"}
    assert {r.isolation for r in spawn.values()} == {"spawn"}
    for key in spawn:
        assert comparable(fork[key]) == comparable(spawn[key]), key
    # the autojit probe's TF_XLA_FLAGS, set after the server imported TensorFlow, took effect
    autojit = fork["reference/n128-then-64-b8/autojit"].xla.modules
    assert autojit > fork["reference/n128-then-64-b8/baseline"].xla.modules > 0


def test_import_time_variables_force_spawn(tmp_path):
    matrix = tmp_path / "matrix.toml"
    text = MATRIX.read_text()
    text += '\n[[config]]\nname = "onednn-off"\nrole = "workaround"\nenv = { TF_ENABLE_ONEDNN_OPTS = "0" }\n'
    matrix.write_text(text)
    proc, records = run_cells(
        tmp_path / "run", "-t", "plain", "-s", "n128-then-64", "-c", "onednn-off", matrix=matrix
    )
    assert proc.returncode == 0, proc.stderr
    assert records["plain/n128-then-64/baseline"].isolation == "fork"
    assert records["plain/n128-then-64/onednn-off"].isolation == "spawn"
