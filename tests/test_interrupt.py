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
from collections.abc import Callable
from pathlib import Path

import pytest

from harness.launchers import FORK_SUPPORTED

from .conftest import FIXTURES, MATRIX, REPO, load_records, needs_tf, run_cli

pytestmark = [
    needs_tf,
    pytest.mark.tf,
    pytest.mark.skipif(not FORK_SUPPORTED, reason="parent-death signals and fork need Linux"),
]
FIX = ("--target-path", str(FIXTURES), "-s", "n128-then-64", "--no-cache")


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is dead
    except FileNotFoundError:
        return False


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


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
if b"harness.forkserver" in cmdline:
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
