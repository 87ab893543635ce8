"""The noxfile: sessions generated from matrix.toml, bad input stops with exit 2."""

from __future__ import annotations

import json
import shutil

from .conftest import REPO, copy_checkout, nox


def test_nox_lists_one_readable_session_per_environment():
    proc = nox(REPO, "-l", "--json")
    assert proc.returncode == 0, proc.stderr
    default = [s["session"] for s in json.loads(proc.stdout)]
    assert default == [
        "xla_matrix(tf2.15)",
        "xla_matrix(tf2.16-keras3)",
        "xla_matrix(tf2.21-keras3)",
        "xla_matrix(tf2.21-tfkeras)",
    ]
    proc = nox(
        REPO, "-l", "--json", "-s", "xla_matrix", "xla_matrix_full", "report", "tests", "lint"
    )
    sessions = {s["session"]: s for s in json.loads(proc.stdout)}
    assert sessions["xla_matrix(tf2.15)"]["call_spec"] == {"environment": "tf2.15"}
    assert "xla_matrix_full(tf2.12)" in sessions and "xla_matrix_full(nightly)" in sessions
    assert {"report", "tests", "lint"} <= set(sessions)
    assert "quick" in sessions["xla_matrix(tf2.15)"]["tags"]
    assert "full" in sessions["xla_matrix_full(tf2.15)"]["tags"]
    assert "gpu" in sessions["xla_matrix_full(tf2.21-keras3-gpu)"]["tags"]


def test_unknown_posarg_name_stops_nox_before_installing(checkout_copy):
    proc = nox(checkout_copy, "-s", "xla_matrix(tf2.15)", "--", "--scenario", "n999")
    assert proc.returncode == 2
    assert "xla-matrix: error: unknown scenario 'n999'; valid: n128-then-64," in proc.stderr
    assert "uv pip install" not in proc.stderr and "pip install" not in proc.stderr


def test_malformed_matrix_stops_nox_with_one_line(tmp_path):
    project = copy_checkout(tmp_path / "project")
    (project / "matrix.toml").write_text(
        (REPO / "matrix.toml").read_text().replace('name = "tf2.12"', 'name = "tf2.15"')
    )
    proc = nox(project, "-l")
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("xla-matrix: error:")]
    assert errors == [
        f"xla-matrix: error: {project / 'matrix.toml'}: environment.tf2.15: duplicate environment name 'tf2.15'"
    ]


def test_gpu_environment_is_skipped_with_a_reason_where_no_gpu_is_visible(checkout_copy, tmp_path):
    # nvidia-smi is looked up on PATH: a PATH without one is a machine without a GPU
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("uv", "git"):
        if shutil.which(tool):
            (bin_dir / tool).symlink_to(shutil.which(tool))
    proc = nox(
        checkout_copy,
        "-s",
        "xla_matrix_full(tf2.21-keras3-gpu)",
        "--",
        *("-t", "plain", "-c", "baseline"),
        env={"PATH": str(bin_dir)},
    )
    assert proc.returncode == 0, proc.stderr
    assert "skipped: tf2.21-keras3-gpu needs a GPU: nvidia-smi not found" in proc.stderr
    assert "Running session report" not in proc.stderr
    assert "pip install" not in proc.stderr


def test_gpu_environment_installs_tensorflow_with_cuda():
    from harness.config.matrix import load_matrix

    env = load_matrix(REPO / "matrix.toml").environment("tf2.21-keras3-gpu")
    assert env.requirements() == ["tensorflow[and-cuda]==2.21.0", "keras==3.15.1"]
    assert env.tags == ["gpu", "keras3"]


def test_environment_posarg_runs_only_that_environments_session(checkout_copy):
    """`-- --environment NAME` on the sessions: the others skip with the reason before
    installing; an unknown name stops nox with one line."""
    proc = nox(checkout_copy, "-s", "xla_matrix(tf2.21-keras3)", "--", "--environment", "tf2.15")
    assert proc.returncode == 0, proc.stderr
    assert "skipped: tf2.21-keras3 not selected by --environment" in proc.stderr
    assert "pip install" not in proc.stderr
    proc = nox(checkout_copy, "-s", "xla_matrix(tf2.21-keras3)", "--", "--environment", "tf2.99")
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("xla-matrix: error:")]
    assert len(errors) == 1, proc.stderr
    assert errors[0].startswith("xla-matrix: error: unknown environment 'tf2.99'; valid: tf2.15, ")
