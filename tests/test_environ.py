"""#22 item 16: a switch exported in the user's shell never reaches a cell that does not set
it; what a cell inherits that can change its outcome is in its fingerprint and cache key."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.config.matrix import load_matrix
from harness.config.names import Cell
from harness.run.environ import behaviour_env, scrubbed
from harness.run.scheduler import child_environment, plan

from .conftest import MATRIX

PROJECT = """
[[config]]
name = "baseline"
role = "baseline"

[[config]]
name = "no-jit-fft"
role = "workaround"
env = { PTYCHO_JIT_FFT = "0" }
"""


@pytest.fixture
def project(tmp_path: Path):
    path = tmp_path / "xla-matrix.toml"
    path.write_text(PROJECT)
    return load_matrix(path)


def test_a_project_switch_in_the_shell_never_reaches_the_baseline(project, monkeypatch):
    monkeypatch.setenv("PTYCHO_JIT_FFT", "0")
    monkeypatch.setenv("USE_XLA_TRANSLATE", "0")
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
    scrub = scrubbed(project.config_variables)
    assert {"PTYCHO_JIT_FFT", "USE_XLA_TRANSLATE", "TF_XLA_FLAGS"} <= scrub
    baseline = child_environment({}, 1, None, scrub)
    assert "PTYCHO_JIT_FFT" not in baseline and "USE_XLA_TRANSLATE" not in baseline
    assert baseline["TF_CPP_MIN_LOG_LEVEL"] == "2", "what no config sets is inherited"
    workaround = child_environment({"PTYCHO_JIT_FFT": "0"}, 1, None, scrub)
    assert workaround["PTYCHO_JIT_FFT"] == "0"


def test_what_a_cell_inherits_is_in_its_spec_and_so_in_its_key(project, monkeypatch):
    monkeypatch.setenv("PTYCHO_JIT_FFT", "0")
    monkeypatch.setenv("TF_ENABLE_ONEDNN_OPTS", "0")
    monkeypatch.setenv("XLA_MATRIX_RUN_ID", "not a behaviour")
    matrix = load_matrix(MATRIX)
    env = matrix.environment("tf2.21-keras3")
    target = matrix.target("reference")
    (job,) = plan(
        project,
        [Cell(env.name, "reference", "n128-then-64", "baseline")],
        env,
        {"reference": target},
    )
    assert job.spec.inherited.get("TF_ENABLE_ONEDNN_OPTS") == "0"
    assert "PTYCHO_JIT_FFT" not in job.spec.inherited
    assert not any(k.startswith("XLA_MATRIX_") for k in job.spec.inherited)
    assert behaviour_env({"TF_X": "1", "PTYCHO_JIT_FFT": "0"}, scrub={"TF_X"}) == {}


def test_the_default_matrix_scrubs_every_switch_its_configs_set():
    matrix = load_matrix(MATRIX)
    assert {"USE_XLA_TRANSLATE", "TF_XLA_FLAGS"} <= matrix.config_variables
    assert matrix.config_variables <= scrubbed(matrix.config_variables)
