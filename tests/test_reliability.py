"""Faults, interruption, bad input and flakiness, each through the real runner."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from harness.verdicts import Tolerance, derive_verdicts

from .conftest import FIXTURES, MATRIX, REPO, load_records, needs_tf, run_cells, run_cli

pytestmark = [needs_tf, pytest.mark.tf]
FIX = ("--target-path", str(FIXTURES), "-s", "n128-then-64", "--no-cache")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as f:
        return f.read().split()[2] != "Z"  # a zombie is dead, only not yet reaped


@pytest.mark.parametrize("isolation", ["fork", "spawn"])
def test_grandchild_is_killed_with_the_cell_at_timeout(tmp_path, isolation):
    pidfile = tmp_path / "grandchild.pid"
    _, records = run_cells(
        tmp_path / "run",
        "-t",
        "faulty:grandchild_then_hang",
        "-c",
        "baseline",
        "--timeout",
        "10",
        "--isolation",
        isolation,
        *FIX,
        env={"XLA_MATRIX_TEST_PIDFILE": str(pidfile)},
    )
    r = records["faulty.grandchild_then_hang/n128-then-64/baseline"]
    assert r.status == "timeout"
    pid = int(pidfile.read_text())
    deadline = time.time() + 5
    while alive(pid) and time.time() < deadline:
        time.sleep(0.1)
    assert not alive(pid), "the grandchild outlived its cell"


def test_memory_blowup_under_a_cap_is_oom_and_the_cap_leaves_normal_cells_alone(tmp_path):
    _, records = run_cells(
        tmp_path / "run",
        "-t",
        "faulty:memory_hog",
        "-t",
        "plain",
        "-c",
        "baseline",
        "--memory-mb",
        "3500",
        *FIX,
    )
    hog = records["faulty.memory_hog/n128-then-64/baseline"]
    assert hog.status == "oom", hog.message
    assert records["plain/n128-then-64/baseline"].status == "pass"


def test_corrupt_result_file_is_named(tmp_path):
    _, records = run_cells(tmp_path / "run", "-t", "faulty:corrupt_result", "-c", "baseline", *FIX)
    r = records["faulty.corrupt_result/n128-then-64/baseline"]
    assert (r.status, r.failure_class) == ("infra", "corrupt-result")
    assert "result file unreadable: not JSON" in r.message


def test_interrupt_keeps_finished_cells_marks_report_incomplete_and_resume_finishes(tmp_path):
    run_dir = tmp_path / "run"
    args = [
        "-t",
        "faulty:slow_plain",
        "-t",
        "plain",
        "-c",
        "baseline",
        "-c",
        "eager",
        "-c",
        "jit-compile",
        "-j",
        "1",
    ]
    cmd = [
        sys.executable,
        "-m",
        "harness",
        "run",
        "--matrix",
        str(MATRIX),
        "--run-dir",
        str(run_dir),
        *args,
        *FIX,
    ]
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    results = run_dir / "results" / "local"
    deadline = time.time() + 120
    while time.time() < deadline and len(list(results.glob("*.json"))) < 2:
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "--resume" in stderr
    kept = load_records(run_dir)
    finished = {k for k, r in kept.items() if r.status != "interrupted"}
    assert 2 <= len(finished) < 8  # 2 targets x (baseline, eager, jit-compile, eager @ jit-compile)
    verdicts = json.loads((run_dir / "verdicts.json").read_text())
    assert verdicts["meta"]["incomplete"] is True
    assert "Incomplete run" in (run_dir / "xla_matrix.md").read_text()

    before = {k: kept[k].finished for k in finished}
    resumed = run_cli(
        "run", "--matrix", str(MATRIX), "--run-dir", str(run_dir), "--resume", *args, *FIX
    )
    assert resumed.returncode == 0, resumed.stderr
    after = load_records(run_dir)
    assert len(after) == 8 and all(r.status == "pass" for r in after.values())
    assert all(after[k].finished == before[k] for k in finished), "resume reran finished cells"
    assert "(kept)" in resumed.stderr
    assert json.loads((run_dir / "verdicts.json").read_text())["meta"].get("incomplete") is None


def test_flaky_cell_is_flaky_never_pass(tmp_path):
    _, records = run_cells(
        tmp_path / "run",
        "-t",
        "faulty:flaky",
        "-c",
        "baseline",
        "--repeat",
        "3",
        *FIX,
        env={"XLA_MATRIX_TEST_COUNTER": str(tmp_path / "counter")},
    )
    r = records["faulty.flaky/n128-then-64/baseline"]
    assert r.status == "flaky"
    assert [x.status for x in r.repeats] == ["pass", "fail", "pass"]
    assert "outcome varied over 3 runs" in r.message


def test_a_small_real_matrix_gives_identical_verdicts_three_times(tmp_path):
    args = (
        "-t",
        "reference",
        "-t",
        "xla-fragile",
        "-c",
        "baseline",
        "-c",
        "no-xla-translate",
        "-c",
        "eager",
        "--repeat",
        "3",
        *FIX,
    )
    _, records = run_cells(tmp_path / "run", *args)
    assert all(len(r.repeats) == 3 for r in records.values())
    assert not [k for k, r in records.items() if r.status == "flaky"]
    verdicts = {
        (v.target, v.label): v.verdict for v in derive_verdicts(list(records.values()), Tolerance())
    }
    assert verdicts == {
        ("reference", "no-xla-translate"): "not needed",
        ("reference", "eager"): "not needed",
        ("reference", "jit-compile"): "holds",
        ("reference", "no-xla-translate @ jit-compile"): "harmful",
        ("reference", "eager @ jit-compile"): "not needed",
        ("xla-fragile", "no-xla-translate"): "needed",
        ("xla-fragile", "eager"): "needed",
        ("xla-fragile", "jit-compile"): "breaks",
        ("xla-fragile", "no-xla-translate @ jit-compile"): "ineffective",
        ("xla-fragile", "eager @ jit-compile"): "needed",
    }


def test_script_in_evidence_stays_inert_in_every_report(tmp_path):
    run_dir = tmp_path / "run"
    run_cells(run_dir, "-t", "faulty:script_in_message", "-c", "baseline", "-c", "eager", *FIX)
    proc = run_cli("report", "--run-dir", str(run_dir), "--quiet")
    assert proc.returncode == 0, proc.stderr
    md = (run_dir / "xla_matrix.md").read_text()
    assert "<script>" not in md and "&lt;script&gt;" in md
    for line in (run_dir / "results.jsonl").read_text().splitlines():
        assert (
            "<script>" in json.loads(line)["message"]
        )  # kept verbatim as data, escaped on display


def test_malformed_matrix_on_the_cli_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "matrix.toml"
    bad.write_text(
        MATRIX.read_text().replace(
            "sizes = [128, 64]\ngridsize = 2", 'sizes = [128, 64]\ngridsize = "two"', 1
        )
    )
    proc = run_cli("run", "--matrix", str(bad), "--run-dir", str(tmp_path / "run"))
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == f"xla-matrix: error: {bad}: scenario.n128-then-64.gridsize: must be an integer, got 'two'"
    )


@pytest.mark.slow
def test_environment_that_cannot_install_is_infra_while_others_complete(tmp_path):
    """A tensorflow-cpu version that does not exist: that environment's cells are infra, the
    other environment runs, the merged report shows both, nox exits non-zero."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("harness", "noxfile.py", "pyproject.toml", "README.md"):
        src = REPO / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / name)
    text = MATRIX.read_text().replace(
        'tensorflow = "2.15.1"\ntier = "quick"', 'tensorflow = "2.99.0"\ntier = "quick"'
    )
    (project / "matrix.toml").write_text(text)
    env = {**os.environ, "XLA_MATRIX_RUN_ID": "install-test"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "nox",
            "-s",
            "xla_matrix(tf2.15)",
            "xla_matrix(tf2.21-keras3)",
            "--",
            "-t",
            "plain",
            "-c",
            "baseline",
        ],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "could not install tensorflow-cpu==2.99.0" in proc.stderr
    run_dir = project / "reports" / "install-test"
    records = {
        json.loads(p.read_text())["id"]: json.loads(p.read_text())
        for p in run_dir.glob("results/*/*.json")
    }
    assert {r["status"] for k, r in records.items() if k.startswith("tf2.15/")} == {"infra"}
    assert {r["status"] for k, r in records.items() if k.startswith("tf2.21-keras3/")} == {"pass"}
    verdicts = json.loads((run_dir / "verdicts.json").read_text())["verdicts"]
    assert verdicts == [] or all(
        v["environment"] != "tf2.15" or v["verdict"] == "infra" for v in verdicts
    )
    assert "Session report was successful" in proc.stderr
