"""Faults, interruption, bad input and flakiness, each through the real runner."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys

import pytest

from .conftest import (
    FIXTURES,
    MATRIX,
    REPO,
    alive,
    load_records,
    needs_tf,
    nox,
    records_of,
    run_cells,
    run_cli,
    verdict_texts,
    wait_for,
)

pytestmark = [needs_tf, pytest.mark.tf]
FIX = ("--target-path", str(FIXTURES), "-s", "n128-then-64", "--no-cache")


# fork mode: TensorFlow is imported by the server, outside the cell's time; spawn mode: the
# cell imports it within its timeout, so it gets enough for that on a loaded machine
@pytest.mark.parametrize(("isolation", "timeout"), [("fork", "10"), ("spawn", "25")])
def test_grandchild_is_killed_with_the_cell_at_timeout(tmp_path, isolation, timeout):
    pidfile = tmp_path / "grandchild.pid"
    _, records = run_cells(
        tmp_path / "run",
        "-t",
        "faulty:grandchild_then_hang",
        "-c",
        "baseline",
        "--timeout",
        timeout,
        "--isolation",
        isolation,
        *FIX,
        env={"XLA_MATRIX_TEST_PIDFILE": str(pidfile)},
    )
    r = records["faulty.grandchild_then_hang/n128-then-64/baseline"]
    seen = f"{r.status} at {r.stage_text}: {r.message}"
    assert pidfile.is_file(), f"the cell never started its grandchild; the record: {seen}"
    assert r.status == "timeout", seen
    pid = int(pidfile.read_text())
    wait_for(lambda: not alive(pid), 10, f"the grandchild {pid} to die with its cell")


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
    try:
        wait_for(
            lambda: len(list(results.glob("*.json"))) >= 2 or proc.poll() is not None,
            300,
            "two cells to finish",
            seen=lambda: sorted(p.name for p in results.glob("*.json")),
        )
        assert proc.poll() is None, f"the run ended before Ctrl-C: {proc.communicate()[1]}"
    except BaseException:
        proc.kill()
        raise
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
    assert f"; {len(finished)} kept (--resume)" in resumed.stderr, resumed.stderr
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
    assert verdict_texts(tmp_path / "run") == {
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
    # the tag's '<' escaped (a backslash: the raw file still reads as the message did)
    assert not re.search(r"(?<!\\)<script", md) and "\\<script>" in md
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
def test_environment_that_cannot_install_is_infra_while_others_complete(checkout_copy, tmp_path):
    """A tensorflow-cpu version that does not exist: that environment's cells are infra, and
    so are its verdicts; the other environment runs and is judged; the report shows both;
    nox exits non-zero. In the session's copy of the checkout, with a project matrix file."""
    from harness.config.matrix import load_matrix

    project = tmp_path / "xla-matrix.toml"
    good = load_matrix(MATRIX).environment("tf2.21-keras3")
    project.write_text(
        '[[environment]]\nname = "tf2.15"\ntensorflow = "2.99.0"\ntier = "quick"\n\n'
        f'[[environment]]\nname = "{good.name}"\ntensorflow = "{good.tensorflow}"\n'
        f'keras = "keras3"\nkeras_version = "{good.keras_version}"\ntier = "quick"\n'
    )
    proc = nox(
        checkout_copy,
        "-s",
        "xla_matrix(tf2.15)",
        "xla_matrix(tf2.21-keras3)",
        "--",
        *("-t", "plain", "-c", "autojit-off", "-s", "n128-then-64", "--no-cache"),
        matrix_file=str(project),
    )
    # one environment could not install, the other ran: the run was judged, exit 0
    # (docs/exit-codes.md), the installer's reason said once with the cells it makes infra
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert proc.stderr.count("could not install environment tf2.15") == 1, proc.stderr[-3000:]
    assert "xla-matrix: tf2.15: 5 cells infra: could not install environment" in proc.stderr
    assert "xla_matrix(tf2.15): skipped (tf2.15 could not be installed: 5 cells infra)" in (
        proc.stderr
    )
    # the report session's own words (nox passes a command's output on to its stdout)
    assert "xla-matrix: 5 of 10 cells could not run (infra, in tf2.15)" in proc.stdout
    reason = next(
        (
            line
            for line in proc.stderr.splitlines()
            if "could not install environment tf2.15" in line
        ),
        "",
    )
    assert "tensorflow-cpu==2.99.0" in reason, proc.stderr[-3000:]
    assert "Session report was successful" in proc.stderr
    run_dir = checkout_copy / "reports" / "latest"
    statuses: dict[str, set[str]] = {}
    for record in records_of(run_dir):
        statuses.setdefault(record.cell.environment, set()).add(record.status.value)
    assert statuses == {"tf2.15": {"infra"}, "tf2.21-keras3": {"pass"}}, statuses
    verdicts: dict[str, list[str]] = {}
    for v in json.loads((run_dir / "verdicts.json").read_text())["verdicts"]:
        verdicts.setdefault(v["environment"], []).append(v["verdict"])
    # no-xla-translate, eager (the reference), the jit-compile probe, no-xla-translate @ it
    assert len(verdicts["tf2.15"]) == len(verdicts["tf2.21-keras3"]) == 4, verdicts
    assert set(verdicts["tf2.15"]) == {"infra"}
    assert "infra" not in verdicts["tf2.21-keras3"], verdicts
