"""Stopping a run: Ctrl-C while the fork server starts, and the parent killed outright.

Every wait here is on an event (a file appearing, a process state), never a fixed sleep.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.run.launchers import FORK_SUPPORTED

from .conftest import FIXTURES, MATRIX, REPO, alive, load_records, needs_tf, run_cli, wait_for

pytestmark = [
    needs_tf,
    pytest.mark.tf,
    pytest.mark.skipif(not FORK_SUPPORTED, reason="parent-death signals and fork need Linux"),
]
FIX = ("--target-path", str(FIXTURES), "-s", "n128-then-64", "--no-cache")


def descendants(pid: int) -> set[int]:
    """Every process whose chain of parents leads to `pid`."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def harness_run(run_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "harness",
            "run",
            "--matrix",
            str(MATRIX),
            "--run-dir",
            str(run_dir),
            *args,
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


SLOW_SERVER = """\
import os, sys, time
cmdline = open("/proc/self/cmdline", "rb").read().split(b"\\0")
if b"harness.cell.forkserver" in cmdline:
    # hold the fork server in its start (importing TensorFlow takes seconds; this, minutes)
    with open(os.environ["XLA_MATRIX_TEST_SERVER_STARTING"], "w") as f:
        f.write(str(os.getpid()))
    time.sleep(300)
"""


def test_ctrl_c_while_the_fork_server_starts_stops_at_once_and_starts_no_cell(tmp_path):
    """The reproduction: Ctrl-C while the server imported TensorFlow was ignored, the cell
    started once it was ready and the run ended after the cell's timeout as `timeout`."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SLOW_SERVER)
    marker = tmp_path / "server-starting"
    run_dir = tmp_path / "run"
    env = {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])),
        "XLA_MATRIX_TEST_SERVER_STARTING": str(marker),
    }
    proc = harness_run(
        run_dir,
        "-t",
        "faulty:hang",
        "-c",
        "baseline",
        "--isolation",
        "fork",
        "--timeout",
        "120",
        *FIX,
        env=env,
    )
    try:
        wait_for(marker.exists, 60, "the fork server to start")
        wait_for(lambda: marker.read_text(), 10, "the server's pid")
        server = int(marker.read_text())
        stopped = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        took = time.monotonic() - stopped
        wait_for(lambda: not alive(server), 10, "the fork server to go")
    finally:
        proc.kill()
        if marker.exists() and marker.read_text():  # whatever a failure left behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(marker.read_text()), signal.SIGKILL)
    assert proc.returncode == 130, stderr
    assert took < 30, f"the run took {took:.0f} s to stop"
    record = load_records(run_dir)["faulty.hang/n128-then-64/baseline"]
    assert record.status == "interrupted", record.message
    log = (run_dir / record.log).read_text()
    assert "[xla-matrix] stage" not in log, "a cell started after Ctrl-C"
    assert json.loads((run_dir / "verdicts.json").read_text())["meta"]["incomplete"] is True


@pytest.mark.parametrize("isolation", ["fork", "spawn"])
def test_a_killed_run_leaves_no_process_behind_and_resume_finds_it(tmp_path, isolation):
    reports = tmp_path / "reports"
    run_dir = reports / "killed"
    pidfile = tmp_path / "grandchild.pid"
    proc = harness_run(
        run_dir,
        "-t",
        "faulty:grandchild_then_hang",
        "-c",
        "baseline",
        "--isolation",
        isolation,
        "--timeout",
        "300",
        *FIX,
        env={"XLA_MATRIX_TEST_PIDFILE": str(pidfile)},
    )
    family: set[int] = set()
    try:
        wait_for(lambda: pidfile.exists() and pidfile.read_text(), 120, "the grandchild")
        grandchild = int(pidfile.read_text())
        family = descendants(proc.pid)
        assert grandchild in family  # and the cell, the reaper (and the fork server)
        proc.kill()  # SIGKILL: nothing of the parent runs to clean up
        proc.wait(timeout=10)
        for pid in family:
            wait_for(lambda pid=pid: not alive(pid), 30, f"process {pid} to die")
    finally:
        proc.kill()
        for pid in family:  # whatever a failure left behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    # reports/latest pointed at the run from its start: --resume (default: latest) finds it
    assert (reports / "latest").resolve() == run_dir.resolve()
    resumed = run_cli(
        "run",
        "--matrix",
        str(MATRIX),
        "--resume",
        "-t",
        "plain",
        "-c",
        "baseline",
        *FIX,
        cwd=tmp_path,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert (run_dir / "results" / "local" / "plain.n128-then-64.baseline.json").is_file()


def test_sigterm_stops_the_run_like_ctrl_c_and_resume_finishes_it(tmp_path):
    """SIGTERM is what nox, CI runners and `kill` send: the running cell is killed and
    recorded interrupted, no cell starts after it, --resume runs what is left."""
    run_dir = tmp_path / "run"
    args = ("-t", "plain", "-t", "faulty:slow_plain", "-c", "baseline", "-j", "1", *FIX)
    proc = harness_run(run_dir, *args)
    slow_log = run_dir / "logs" / "local" / "faulty.slow_plain.n128-then-64.baseline.log"
    try:
        wait_for(
            lambda: (
                "[xla-matrix] stage build" in (slow_log.read_text() if slow_log.exists() else "")
                or proc.poll() is not None
            ),
            300,
            "the slow cell to start building",
            seen=lambda: sorted(p.name for p in run_dir.rglob("*.*")),
        )
        assert proc.poll() is None, f"the run ended first: {proc.communicate()[1]}"
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "--resume" in stderr
    kept = load_records(run_dir)
    slow = kept["faulty.slow_plain/n128-then-64/baseline"]
    assert slow.status == "interrupted", (slow.status, slow.message)
    assert json.loads((run_dir / "verdicts.json").read_text())["meta"]["incomplete"] is True

    resumed = run_cli("run", "--matrix", str(MATRIX), "--run-dir", str(run_dir), "--resume", *args)
    assert resumed.returncode == 0, resumed.stderr
    after = load_records(run_dir)
    assert {k: r.status.value for k, r in after.items()} == {
        "plain/n128-then-64/baseline": "pass",
        "faulty.slow_plain/n128-then-64/baseline": "pass",
    }
    if kept["plain/n128-then-64/baseline"].passed:
        assert (
            after["plain/n128-then-64/baseline"].finished
            == kept["plain/n128-then-64/baseline"].finished
        ), "resume reran a finished cell"


def test_a_fork_server_that_dies_mid_run_is_named_and_the_rest_are_spawned(tmp_path):
    """The fork server is killed under a running cell (as an OOM killer would): that cell is
    infra naming the server, the cells after it are spawned and judged as usual."""
    marker = tmp_path / "server-killed"
    run_dir = tmp_path / "run"
    proc = run_cli(
        "run",
        "--matrix",
        str(MATRIX),
        "--run-dir",
        str(run_dir),
        "--no-report",
        *("-t", "faulty:kills_its_fork_server", "-t", "plain"),
        *("-c", "baseline", "-c", "eager", "--no-contexts", "-j", "1", "--isolation", "fork"),
        *FIX,
        env={"XLA_MATRIX_TEST_MARKER": str(marker)},
    )
    assert marker.exists(), f"no cell killed the fork server: {proc.stderr[-2000:]}"
    server = int(marker.read_text())
    wait_for(lambda: not alive(server), 10, f"the fork server {server} to be gone")
    records = load_records(run_dir)
    killer = [r for r in records.values() if r.status == "infra"]
    assert len(killer) == 1, {k: (r.status.value, r.message) for k, r in records.items()}
    (killed,) = killer
    assert killed.cell.target == "faulty.kills_its_fork_server"
    assert killed.failure_class == "launch" and "fork server" in killed.message, killed.message
    others = [r for r in records.values() if r is not killed]
    assert len(others) == 3 and all(r.passed for r in others), [
        (r.id, r.status.value, r.message) for r in others
    ]
    after = [r for r in others if r.started and killed.started and r.started > killed.started]
    assert after and all(r.isolation == "spawn" for r in after), [
        (r.id, r.isolation) for r in others
    ]
    assert proc.returncode == 0, proc.stderr  # --no-report: the report judges
    assert "could not run (infra)" in proc.stderr and "fork server" in proc.stderr
