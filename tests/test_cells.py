"""Real cells: real TensorFlow in real child processes, through the real CLI."""

from __future__ import annotations

import json
import os

import pytest

from harness.config.matrix import load_matrix

from .conftest import (
    FIXTURES,
    MATRIX,
    load_records,
    missing_tool,
    needs_tf,
    run_cells,
    run_cli,
)

pytestmark = [needs_tf, pytest.mark.tf]

# Each cell gets matrix.toml's timeout: only the hang is meant to time out, in a run of its own
FAULTS = {
    "faulty:raise_at_64": ("fail", "predict", 2),
    "faulty:abort": ("crash", "build", 1),
    "faulty:segfault": ("crash", "build", 1),
    "faulty:exit_quietly": ("infra", "build", 1),
    "faulty:noisy": ("pass", "done", None),
    "faulty:not_a_model": ("fail", "build", 1),
    "faulty:factory_raises": ("fail", "build", 1),
}


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("seed")
    proc, records = run_cells(run_dir, "-t", "reference", "-s", "n128-then-64", "-c", "baseline")
    assert proc.returncode == 0, proc.stderr
    return run_dir, records


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("faults")
    targets = [arg for name in FAULTS for arg in ("-t", name)]
    proc, records = run_cells(
        run_dir,
        *targets,
        # the spike's inputs: raise_at_64 wraps its model in a subclassed one at N=64, which
        # declares no inputs of its own
        *("--inputs", "harness.targets.ptycho:make_inputs"),
        "--target-path",
        str(FIXTURES),
        "-s",
        "n128-then-64",
        "-c",
        "baseline",
    )
    return proc, {key.split("/")[0]: r for key, r in records.items()}


def test_a_hanging_cell_times_out_is_retried_once_and_is_never_cached(tmp_path):
    """The hang times out at its build, is retried with twice the time, and a second run
    with the same cache runs it again (only settled outcomes are cached)."""
    args = ("-t", "faulty:hang", "--target-path", str(FIXTURES), "-s", "n128-then-64")
    args += ("-c", "baseline", "--timeout", "6")
    cache = tmp_path / "cache"
    _, first = run_cells(tmp_path / "one", *args, cache=cache)
    _, second = run_cells(tmp_path / "two", *args, cache=cache)
    for records in (first, second):
        r = records["faulty.hang/n128-then-64/baseline"]
        assert (r.status, r.stage.name, r.stage.step) == ("timeout", "build", 1), r.message
        assert r.exit.timed_out is True and "\n" not in r.message
        assert r.notes and "retried with 12 s" in r.notes[0], r.notes
        assert not r.cached_from


def test_seed_scenario_passes_under_baseline_with_xla_evidence(seed_run):
    run_dir, records = seed_run
    r = records["reference/n128-then-64/baseline"]
    assert r.status == "pass", r.message
    assert r.stage is not None and r.stage.name == "done"
    assert [s.N for s in r.steps] == [128, 64]
    assert [o["shape"] for o in r.steps[1].outputs] == [[1, 64, 64, 4], [1, 64, 64, 4]]
    assert r.xla.modules >= 2, "the jit-compiled translation compiles once per N"
    fp = r.fingerprint
    assert fp["tensorflow"] and fp["python"] and fp["keras"] and fp["devices"]
    log = (run_dir / r.log).read_text()
    assert "stage predict step 2 (N=64)" in log


@pytest.mark.parametrize("target", list(FAULTS))
def test_faults_are_named(fault_run, target):
    _, records = fault_run
    status, stage, step = FAULTS[target]
    r = records[target.replace(":", ".")]
    assert r.status == status, r.message
    assert r.stage.name == stage
    if step is not None:
        assert r.stage.step == step
    assert "\n" not in r.message


def test_fault_details(fault_run):
    proc, records = fault_run
    # --no-report: the cells are recorded, judging and its exit code are the report's
    assert proc.returncode == 0, proc.stderr
    assert "could not run (infra)" in proc.stderr
    assert records["faulty.raise_at_64"].failure_class == "shape-mismatch"
    assert "injected at predict" in records["faulty.raise_at_64"].message
    assert records["faulty.abort"].failure_class == "crash"
    assert "killed by SIGABRT at build step 1" in records["faulty.abort"].message
    assert records["faulty.segfault"].failure_class == "crash"
    assert "killed by SIGSEGV at build step 1" in records["faulty.segfault"].message
    assert records["faulty.exit_quietly"].failure_class == "no-result"
    assert records["faulty.not_a_model"].failure_class == "not-a-model"
    assert "factory returned dict, not a Keras model" in records["faulty.not_a_model"].message
    assert "factory refused N=128" in records["faulty.factory_raises"].message


def test_report_renders_a_real_run(seed_run):
    run_dir, _ = seed_run
    proc = run_cli("report", "--run-dir", str(run_dir))
    assert proc.returncode == 0, proc.stderr
    assert "target reference" in proc.stdout
    md = (run_dir / "xla_matrix.md").read_text()
    assert "| local |" in md and "pass (" in md
    # what CI writes to the job summary: the same Markdown on stdout
    summary = run_cli("report", "--run-dir", str(run_dir), "--format", "md")
    assert summary.returncode == 0, summary.stderr
    assert summary.stdout == (run_dir / "xla_matrix.md").read_text()
    assert "## target `reference`" in summary.stdout and "## Legend" in summary.stdout
    lines = (run_dir / "results.jsonl").read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["status"] == "pass"


def test_unknown_names_are_one_line_exit_2(tmp_path):
    proc = run_cli("run", "--run-dir", str(tmp_path), "-c", "nope")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "xla-matrix: error: unknown config 'nope'; valid: baseline, no-xla-translate, autojit-off, eager, autojit, jit-compile"
    ]
    assert not load_records(tmp_path)


@pytest.mark.versions
def test_cells_run_in_the_environment_the_tests_were_started_for(seed_run):
    """nox -s tests / tests_in(NAME) export XLA_MATRIX_TEST_ENV: the cells' TensorFlow and
    Keras are that environment's pins, so a second session cannot silently test the first."""
    name = os.environ.get("XLA_MATRIX_TEST_ENV")
    if not name:
        missing_tool("not started by nox -s tests (XLA_MATRIX_TEST_ENV unset)")
    env = load_matrix(MATRIX).environment(name)
    _, records = seed_run
    fp = records["reference/n128-then-64/baseline"].fingerprint
    assert fp["tensorflow"] == env.tensorflow, (name, fp["tensorflow"])
    flavour = {"bundled": "keras2", "keras3": "keras3", "tf-keras": "tf-keras"}[env.keras]
    assert fp["keras_flavour"] == flavour, (name, fp["keras_flavour"])
    if env.keras_version and env.keras == "keras3":
        assert fp["keras"] == env.keras_version, (name, fp["keras"])


def test_an_environment_not_selected_runs_nothing(tmp_path):
    proc = run_cli(
        "run", "--run-dir", str(tmp_path / "run"), "--environment-name", "local", "-e", "tf2.15"
    )
    assert (proc.returncode, proc.stdout.strip()) == (
        0,
        "xla-matrix: local not selected, nothing to run",
    )
    assert not (tmp_path / "run").exists()
    proc = run_cli("run", "--run-dir", str(tmp_path / "run"), "-e", "tf2.99")
    assert proc.returncode == 2
    assert proc.stderr.startswith("xla-matrix: error: unknown environment 'tf2.99'; valid: tf2.15,")
