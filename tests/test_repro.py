"""Reproducers: a cell rebuilt outside the harness fails (or passes) as the cell did."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from harness.repro import reproducer as repro
from harness.run.classify import failure_class, informative_line

from .conftest import needs_tf, run_cells, run_cli
from .examples import example

pytestmark = [needs_tf, pytest.mark.tf, pytest.mark.versions]


@pytest.fixture(scope="module")
def cells(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("repro")
    proc, records = run_cells(
        run_dir, "-t", "xla-fragile", "-t", "reference", "-c", "baseline", "-s", "n128-then-64"
    )
    assert proc.returncode == 0, proc.stderr
    return run_dir, records


def run_repro(run_dir, record, tmp_path) -> tuple[subprocess.CompletedProcess[str], str]:
    proc = run_cli("repro", record.id, "--run-dir", str(run_dir))
    assert proc.returncode == 0, proc.stderr
    folder = run_dir / "repro" / record.cell.environment / record.cell.filename
    script = (folder / "repro.py").read_text()
    assert "harness" not in re.sub(r"#.*|xla-matrix", "", script), (
        "repro.py must not need the harness"
    )
    # the environment's own interpreter, isolated: no harness on its path, another folder
    done = subprocess.run(
        [sys.executable, "-I", str(folder / "repro.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"},
    )
    return done, script


def test_repro_of_the_xla_fragile_baseline_fails_like_the_cell(cells, tmp_path):
    run_dir, records = cells
    record = records["xla-fragile/n128-then-64/baseline"]
    # docs/reproducer.md's example: the same cell, here in this test's own environment and
    # run folder (`nox -s repro -- ID` runs `python -m harness repro ID`, as run_repro does)
    (documented,) = example("repro").commands
    assert documented.sessions == ["repro"]
    assert documented.posargs[0].split("/", 1)[1] == record.id.split("/", 1)[1]
    done, script = run_repro(run_dir, record, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    failed = re.search(r"\[repro\] FAILED at (.*): (\w+)", done.stdout)
    assert failed, done.stdout
    message = done.stdout.split("[repro] message:\n", 1)[1].split("\n[repro] end of message")[0]
    assert failed.group(1) == record.stage_text
    assert failure_class(failed.group(2), message) == record.failure_class == "xla-unsupported-op"
    assert informative_line(message).split("[")[0] in record.message
    # (the loop it copies reads each hook's signature, and makes inputs for a model's own
    # signature where a target brings none: 351 lines before that, 431 with it)
    assert len(script.splitlines()) < 450, "a control's repro.py is small enough to paste"
    folder = run_dir / "repro" / record.cell.environment / record.cell.filename
    assert (folder / "requirements.txt").read_text().startswith("tensorflow")
    readme = (folder / "README.md").read_text()
    assert record.stage_text in readme and "python repro.py" in readme


def test_repro_of_a_passing_cell_passes(cells, tmp_path):
    run_dir, records = cells
    done, _ = run_repro(run_dir, records["reference/n128-then-64/baseline"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[repro] passed" in done.stdout


def test_repro_of_an_unknown_cell_is_one_line(cells):
    run_dir, _ = cells
    proc = run_cli("repro", "local/xla-fragile/n128-then-64/baselin", "--run-dir", str(run_dir))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"xla-matrix: error: no cell 'local/xla-fragile/n128-then-64/baselin' in {run_dir} "
        "(did you mean 'local/xla-fragile/n128-then-64/baseline'?)"
    ]
    assert repro.command("a/b/c/d") == "nox -s repro -- a/b/c/d"
