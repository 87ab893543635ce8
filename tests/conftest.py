"""Shared helpers: run real cells through the real CLI, in child processes; judge them as the
report does; nested nox runs in a copy of the checkout; waits on events, never on time."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from harness.config.matrix import load_matrix
from harness.judge.parity import Tolerance
from harness.report.model import collect
from harness.results import store
from harness.results.records import CellRecord, Verdict

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The fixture projects' own tests are targets the cells run, never tests of the harness.
collect_ignore = ["fixtures/pytest_project"]
MATRIX = REPO / "matrix.toml"
# CI (`.ci/run` exports CI=true) checks everything: a missing tool fails there, never skips.
IN_CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


SLOW_MARKERS = ("tf", "slow", "network")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`-m fast`: the tests that need neither TensorFlow, nor venvs installed by nested nox
    runs, nor the real package index (docs/first-run.md says how long each subset takes)."""
    for item in items:
        if not any(item.get_closest_marker(name) for name in SLOW_MARKERS):
            item.add_marker(pytest.mark.fast)


def tensorflow_installed() -> bool:
    from importlib.util import find_spec

    return find_spec("tensorflow") is not None


needs_tf = pytest.mark.skipif(
    not tensorflow_installed() and not IN_CI,
    reason="TensorFlow is not installed in this interpreter",
)


def missing_tool(what: str) -> None:
    """A tool a test needs is not there: a skip on a developer's machine, a failure in CI,
    where `.ci/run` installs it."""
    if IN_CI:
        pytest.fail(f"{what} (CI=true: .ci/run must install it)", pytrace=False)
    pytest.skip(what)


def switch_everywhere(path: Path) -> Path:
    """matrix.toml with the spike's no-xla-translate applying to every target (written to
    `path`): for fixtures of the tests' own that read USE_XLA_TRANSLATE."""
    text = MATRIX.read_text()
    start = text.index('[[config]]\nname = "no-xla-translate"')
    line = text.index("\ntargets = [", start)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text[:line] + text[text.index("\n", line + 1) :])
    return path


def tolerance() -> Tolerance:
    """matrix.toml's rtol and atol, as the report judges with them."""
    settings = load_matrix(MATRIX).settings
    return Tolerance(rtol=settings.rtol, atol=settings.atol)


# --- real cells through the CLI ---------------------------------------------------------


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


def records_of(run_dir: Path) -> list[CellRecord]:
    """Every record of a run folder; a malformed one fails the test."""
    records, problems = store.load_records([run_dir])
    assert not problems, problems
    return records


def load_records(run_dir: Path) -> dict[str, CellRecord]:
    """Records of a run by short id target/scenario/config[@context] (one environment)."""
    return {r.id.split("/", 1)[1]: r for r in records_of(run_dir)}


def run_cells(
    run_dir: Path,
    *args: str,
    env: dict[str, str] | None = None,
    matrix: Path = MATRIX,
    cache: Path | None = None,
) -> tuple[subprocess.CompletedProcess[str], dict[str, CellRecord]]:
    """`xla-matrix run` into run_dir. No result cache unless the test gives its own folder:
    a result one test cached is never read by another."""
    cache_args = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    proc = run_cli(
        "run",
        "--matrix",
        str(matrix),
        "--run-dir",
        str(run_dir),
        "--no-report",
        *cache_args,
        *args,
        env=env,
    )
    return proc, load_records(run_dir)


def verdicts_of(run_dir: Path) -> list[Verdict]:
    """The verdicts the report gives for a run folder: judged from the run's plan
    (matrix.toml's tolerance and reference), missing cells included."""
    report = collect([run_dir])
    assert not report.problems, report.problems
    return report.verdicts


def judged(run_dir: Path) -> dict[tuple[str, str], Verdict]:
    """The verdicts of a run of one environment and one scenario, by (target, label)."""
    verdicts = verdicts_of(run_dir)
    by_key = {(v.target, v.label): v for v in verdicts}
    assert len(by_key) == len(verdicts), "more than one environment or scenario: use verdicts_of"
    return by_key


def verdict_texts(run_dir: Path) -> dict[tuple[str, str], str]:
    return {key: v.verdict for key, v in judged(run_dir).items()}


# --- crafted run folders (no TensorFlow): records as a job would write them -------------

CRAFTED_ENV = "tf2.21-keras3"
CRAFTED_SCENARIO = "n128-then-64"


def crafted_record(config: str = "baseline", status: str = "fail", **fields: Any) -> dict[str, Any]:
    """A well-formed record of the reference target, as a job would write it."""
    data = {
        "id": f"{CRAFTED_ENV}/reference/{CRAFTED_SCENARIO}/{config}",
        "cell": {
            "environment": CRAFTED_ENV,
            "target": "reference",
            "scenario": CRAFTED_SCENARIO,
            "config": config,
        },
        "role": "baseline" if config == "baseline" else "workaround",
        "status": status,
        "failure_class": "value" if status == "fail" else None,
        "message": "ValueError at build step 2: boom" if status == "fail" else "",
        "stage": {"name": "build", "step": 2, "N": 64} if status == "fail" else {"name": "done"},
        "finished": "2026-11-29T03:00:00+00:00",
        "log": f"logs/{CRAFTED_ENV}/reference.{CRAFTED_SCENARIO}.{config}.log",
        "fingerprint": {"tensorflow": "2.21.0", "keras": "3.15.1", "python": "3.11.7"},
    }
    data.update(fields)
    return data


def _own_name(data: Any, i: int) -> str:
    """The file a run writes a record to (results/<env>/<target>.<scenario>.<config>.json),
    or a numbered name for something that is not a record."""
    cell = data.get("cell") if isinstance(data, dict) else None
    if isinstance(cell, dict) and all(
        isinstance(cell.get(k), str) for k in ("target", "scenario", "config")
    ):
        context = cell.get("context") or ""
        config = f"{cell['config']}@{context}" if context else cell["config"]
        return f"{cell['target']}.{cell['scenario']}.{config}.json"
    return f"cell{i}.json"


def crafted_run(
    run: Path,
    records: list[Any],
    logs: dict[str, bytes] | None = None,
    plan: dict[str, Any] | None = None,
    names: list[str] | None = None,
) -> Path:
    """A run folder: a plan of the records' cells, the records, and their logs."""
    for i, data in enumerate(records):
        name = (names or [])[i] if names and i < len(names) else _own_name(data, i)
        path = run / "results" / CRAFTED_ENV / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    cells = [
        {**r["cell"], "role": r["role"]}
        for r in records
        if isinstance(r, dict)
        and isinstance(r.get("cell"), dict)
        and isinstance(r.get("role"), str)
    ]
    plan = (
        plan if plan is not None else {"environment": CRAFTED_ENV, "cells": cells, "complete": True}
    )
    (run / "plan").mkdir(parents=True, exist_ok=True)
    (run / "plan" / f"{CRAFTED_ENV}.json").write_text(json.dumps(plan))
    for rel, data in (logs or {}).items():
        (run / rel).parent.mkdir(parents=True, exist_ok=True)
        (run / rel).write_bytes(data)
    return run


# --- waiting on events --------------------------------------------------------------------


def wait_for(
    condition: Callable[[], object],
    timeout: float,
    what: str,
    seen: Callable[[], object] | None = None,
) -> None:
    """Poll `condition` until it holds; after `timeout` seconds fail, saying what was
    awaited and what was seen instead (`seen()`)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(
                f"timed out after {timeout:g} s waiting for {what}"
                + (f"; seen: {seen()}" if seen else "")
            )
        time.sleep(0.05)


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is dead
    except (FileNotFoundError, ProcessLookupError):
        return False


# --- nested nox runs, in a copy of the checkout ------------------------------------------


def copy_checkout(dest: Path) -> Path:
    """The checkout's files as git sees them (tracked and new, nothing ignored): nested nox
    runs install their venvs and write reports/ there, never in this repository."""
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def nox(
    checkout: Path,
    *args: str,
    matrix_file: str = "",
    env: dict[str, str] | None = None,
    timeout: float = 1800,
) -> subprocess.CompletedProcess[str]:
    """`nox` in `checkout` as a user's shell there would run it (sessions run only in a
    copy of the checkout; listings may run in this one: they write nothing)."""
    env = {
        **os.environ,
        "UV_COMPILE_BYTECODE": "1",
        "XLA_MATRIX_FILE": matrix_file,
        "PWD": str(checkout),
        **(env or {}),
    }
    env.pop("XLA_MATRIX_RUN_ID", None)
    return subprocess.run(
        [sys.executable, "-m", "nox", *args],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def checkout_copy(tmp_path_factory) -> Path:
    """One copy of the checkout for the session's nested nox runs: their venvs are installed
    once and reused, as a user's are."""
    return copy_checkout(tmp_path_factory.mktemp("checkout") / "xla-matrix")


@pytest.fixture
def fake_index(tmp_path: Path):
    """A package index of the test's own (tests/fakeindex.py), its servers stopped after."""
    from .fakeindex import FakeIndex

    index = FakeIndex(tmp_path / "index")
    yield index
    index.close()
