"""Shared helpers: run real cells through the real CLI, in child processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness import store
from harness.records import CellRecord

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MATRIX = REPO / "matrix.toml"


def tensorflow_installed() -> bool:
    from importlib.util import find_spec

    return find_spec("tensorflow") is not None


needs_tf = pytest.mark.skipif(
    not tensorflow_installed(), reason="TensorFlow is not installed in this interpreter"
)


def run_cli(
    *args: str, cwd: Path = REPO, env: dict[str, str] | None = None, timeout: float = 900
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harness", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


def load_records(run_dir: Path) -> dict[str, CellRecord]:
    """Records of a run by short id target/scenario/config[@context] (one environment)."""
    records, problems = store.load_records([run_dir])
    assert not problems, problems
    return {r.id.split("/", 1)[1]: r for r in records}


def run_cells(
    run_dir: Path, *args: str, env: dict[str, str] | None = None, matrix: Path = MATRIX
) -> tuple[subprocess.CompletedProcess[str], dict[str, CellRecord]]:
    proc = run_cli(
        "run", "--matrix", str(matrix), "--run-dir", str(run_dir), "--no-report", *args, env=env
    )
    return proc, load_records(run_dir)


@pytest.fixture
def fake_index(tmp_path: Path):
    """A package index of the test's own (tests/fakeindex.py), its servers stopped after."""
    from .fakeindex import FakeIndex

    index = FakeIndex(tmp_path / "index")
    yield index
    index.close()
