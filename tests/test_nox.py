"""The noxfile: sessions generated from matrix.toml, bad input stops with exit 2."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from .conftest import REPO

pytestmark = pytest.mark.skipif(
    shutil.which("nox") is None and not shutil.which(sys.executable), reason="nox missing"
)


def nox(*args: str, cwd=REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nox", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_nox_lists_one_readable_session_per_environment():
    proc = nox("-l", "--json")
    assert proc.returncode == 0, proc.stderr
    default = [s["session"] for s in json.loads(proc.stdout)]
    assert default == [
        "xla_matrix(tf2.15)",
        "xla_matrix(tf2.16-keras3)",
        "xla_matrix(tf2.21-keras3)",
        "xla_matrix(tf2.21-tfkeras)",
    ]
    proc = nox("-l", "--json", "-s", "xla_matrix", "xla_matrix_full", "report", "tests", "lint")
    sessions = {s["session"]: s for s in json.loads(proc.stdout)}
    assert sessions["xla_matrix(tf2.15)"]["call_spec"] == {"environment": "tf2.15"}
    assert "xla_matrix_full(tf2.12)" in sessions and "xla_matrix_full(nightly)" in sessions
    assert {"report", "tests", "lint"} <= set(sessions)
    assert "quick" in sessions["xla_matrix(tf2.15)"]["tags"]
    assert "full" in sessions["xla_matrix_full(tf2.15)"]["tags"]
    assert "gpu" in sessions["xla_matrix_full(tf2.21-keras3-gpu)"]["tags"]


def test_unknown_posarg_name_stops_nox_before_installing(tmp_path):
    proc = nox("-s", "xla_matrix(tf2.15)", "--", "--scenario", "n999")
    assert proc.returncode == 2
    assert "xla-matrix: error: unknown scenario 'n999'; valid: n128-then-64," in proc.stderr
    assert "uv pip install" not in proc.stderr and "pip install" not in proc.stderr


def test_malformed_matrix_stops_nox_with_one_line(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(REPO / "harness", project / "harness")
    shutil.copy(REPO / "noxfile.py", project / "noxfile.py")
    (project / "matrix.toml").write_text(
        (REPO / "matrix.toml").read_text().replace('name = "tf2.12"', 'name = "tf2.15"')
    )
    proc = nox("-l", cwd=project)
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("xla-matrix: error:")]
    assert errors == [
        f"xla-matrix: error: {project / 'matrix.toml'}: environment.tf2.15: duplicate environment name 'tf2.15'"
    ]


@pytest.mark.skipif(
    shutil.which("nvidia-smi") is not None, reason="a GPU machine runs the GPU environments"
)
def test_gpu_environment_is_skipped_with_a_reason_where_no_gpu_is_visible():
    proc = nox("-s", "xla_matrix_full(tf2.21-keras3-gpu)", "--", "-t", "plain", "-c", "baseline")
    assert proc.returncode == 0, proc.stderr
    assert "skipped: tf2.21-keras3-gpu needs a GPU: nvidia-smi not found" in proc.stderr
    assert "Running session report" not in proc.stderr
    assert "pip install" not in proc.stderr


def test_gpu_environment_installs_tensorflow_with_cuda():
    from harness.matrix import load_matrix

    env = load_matrix(REPO / "matrix.toml").environment("tf2.21-keras3-gpu")
    assert env.requirements() == ["tensorflow[and-cuda]==2.21.0", "keras==3.15.1"]
    assert env.tags == ["gpu", "keras3"]
