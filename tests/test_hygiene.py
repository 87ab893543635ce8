"""What a run leaves behind and what it keeps: a TMPDIR per cell, no pipe of the fork server
in a cell, capped logs, oom only with evidence, results that a failed install or a changed
matrix must not lose or keep wrongly. Real cells through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.config.matrix import load_matrix
from harness.config.names import Cell
from harness.results import store

from .conftest import (
    FIXTURES,
    MATRIX,
    load_records,
    needs_tf,
    run_cells,
    run_cli,
    switch_everywhere,
)

pytestmark = [needs_tf, pytest.mark.tf]
FIX = ("--target-path", str(FIXTURES), "-s", "n128-then-64", "--no-cache")


@pytest.mark.parametrize("isolation", ["fork", "spawn"])
def test_each_cell_has_its_own_tmpdir_and_leaves_nothing_in_tmp(tmp_path, isolation):
    """TensorFlow's autograph writes __autograph_generated_file*.py to the temp folder
    (hundreds per run); a fork server's child keeps none of the server's pipes."""
    shared_tmp = tmp_path / "tmp"
    shared_tmp.mkdir()
    proc, records = run_cells(
        tmp_path / "run",
        "-t",
        "reference",
        "-t",
        "probes:inside",
        "-c",
        "baseline",
        "--isolation",
        isolation,
        *FIX,
        env={"TMPDIR": str(shared_tmp)},
    )
    assert proc.returncode == 0, proc.stderr
    assert {r.status for r in records.values()} == {"pass"}
    assert not list(shared_tmp.rglob("__autograph_generated_file*")), (
        "autograph files left in TMPDIR"
    )
    facts = records["probes.inside/n128-then-64/baseline"].target_facts
    assert facts["env_tmpdir"] == facts["tmpdir"]
    assert Path(facts["tmpdir"]).name == "tmp" and "xla-matrix-cell-" in facts["tmpdir"]
    assert not Path(facts["tmpdir"]).exists(), "the cell's TMPDIR outlived it"
    assert facts["server_reply_fd_open"] is (False if isolation == "fork" else None)


def test_a_loud_cell_keeps_the_start_and_the_end_of_its_log(tmp_path):
    _, records = run_cells(tmp_path / "run", "-t", "probes:loud", "-c", "baseline", *FIX)
    r = records["probes.loud/n128-then-64/baseline"]
    assert r.status == "pass", r.message
    log = (tmp_path / "run" / r.log).read_bytes()
    assert 7 * 2**20 < len(log) <= 8 * 2**20 + 200
    assert b"FIRST LINE OF A LOUD CELL" in log[:4096]
    assert b"bytes cut from the middle of this log]" in log
    assert b"LAST LINE OF A LOUD CELL N=64" in log[-(2**20) :]


def test_a_segfault_under_a_memory_cap_is_a_crash_not_oom(tmp_path):
    _, records = run_cells(
        tmp_path / "run", "-t", "faulty:segfault", "-c", "baseline", "--memory-mb", "4000", *FIX
    )
    r = records["faulty.segfault/n128-then-64/baseline"]
    assert (r.status, r.failure_class) == ("crash", "crash"), r.message


def cells_of(*configs: str) -> list[Cell]:
    return [Cell("local", "plain", "n128-then-64", c) for c in configs]


def test_a_failed_install_keeps_settled_results_and_resume_reruns_infra(tmp_path):
    run_dir = tmp_path / "run"
    args = ("-t", "plain", "-c", "baseline", "-c", "autojit-off", "--no-contexts", *FIX)
    proc, first = run_cells(run_dir, *args)
    assert proc.returncode == 0, proc.stderr
    roles = {"baseline": "baseline", "autojit-off": "workaround"}
    cells = cells_of("baseline", "autojit-off")
    # the noxfile's call when a reinstall fails: nothing settled is overwritten
    assert store.write_infra_records(run_dir, cells, roles, "could not install") == 0
    assert {r.status for r in load_records(run_dir).values()} == {"pass"}
    # a cell without a settled result is marked, and --resume runs it again
    store.result_path(run_dir, cells[1]).unlink()
    assert store.write_infra_records(run_dir, cells, roles, "could not install") == 1
    assert load_records(run_dir)["plain/n128-then-64/autojit-off"].status == "infra"
    resumed = run_cli("run", "--matrix", str(MATRIX), "--run-dir", str(run_dir), "--resume", *args)
    assert resumed.returncode == 0, resumed.stderr
    after = load_records(run_dir)
    assert after["plain/n128-then-64/autojit-off"].status == "pass"
    assert (
        after["plain/n128-then-64/baseline"].finished
        == first["plain/n128-then-64/baseline"].finished
    )


def test_resume_after_the_matrix_changed_reruns_changed_cells_and_drops_removed_ones(tmp_path):
    run_dir = tmp_path / "run"
    args = ("-t", "plain", "--no-contexts", *FIX)
    proc, first = run_cells(
        run_dir,
        *args,
        *("-c", "baseline", "-c", "no-xla-translate", "-c", "autojit-off"),
        matrix=switch_everywhere(tmp_path / "first.toml"),
    )
    assert proc.returncode == 0, proc.stderr
    changed = tmp_path / "matrix.toml"
    text = MATRIX.read_text()
    text = text.replace(
        'env = { TF_XLA_FLAGS = "--tf_xla_auto_jit=0" }',
        'env = { TF_XLA_FLAGS = "--tf_xla_auto_jit=0 --tf_xla_min_cluster_size=4" }',
    )
    start = text.index('[[config]]\nname = "no-xla-translate"')
    text = text[:start] + text[text.index("[[config]]", start + 1) :]
    changed.write_text(text)
    assert "no-xla-translate" not in load_matrix(changed).configs
    resumed = run_cli(
        "run",
        "--matrix",
        str(changed),
        "--run-dir",
        str(run_dir),
        "--resume",
        *args,
        "-c",
        "baseline",
        "-c",
        "autojit-off",
    )
    assert resumed.returncode == 0, resumed.stderr
    after = {
        json.loads(x)["id"]: json.loads(x)
        for x in (run_dir / "results.jsonl").read_text().splitlines()
    }
    assert sorted(after) == [
        "local/plain/n128-then-64/autojit-off",
        "local/plain/n128-then-64/baseline",
        "local/plain/n128-then-64/eager",  # the numerical reference, always run
    ]
    assert (
        after["local/plain/n128-then-64/baseline"]["finished"]
        == first["plain/n128-then-64/baseline"].finished
    )
    assert (
        after["local/plain/n128-then-64/autojit-off"]["finished"]
        != first["plain/n128-then-64/autojit-off"].finished
    )
    assert after["local/plain/n128-then-64/autojit-off"]["applied"]["env"]["TF_XLA_FLAGS"].endswith(
        "=4"
    )
    verdicts = json.loads((run_dir / "verdicts.json").read_text())["verdicts"]
    assert {v["config"] for v in verdicts} == {"autojit-off", "eager"}
    assert (
        "1 results of cells no longer planned are left out"
        in (run_dir / "xla_matrix.md").read_text()
    )
