"""What the child measures beside the verdict (docs/cost.md), in real cells of real
TensorFlow: each step's steady state, XLA compilations, traced graphs, XLA compile time and
RSS, and the costs the report derives from them.

Counts and structure only: how long anything took is never asserted (the machine is
shared and noisy). The budget is a count (`seconds = 0`, a cap no cell reaches), so that
every step has the same number of runs whatever the load. CI runs this module under Keras 3
and again under Keras 2 (what `predict_on_batch` traces differs between them).
"""

from __future__ import annotations

import pytest

from harness.results.costs import FASTER, NOISE, SLOWER

from .conftest import MATRIX, needs_tf, run_cells, verdicts_of

pytestmark = [needs_tf, pytest.mark.tf, pytest.mark.versions]

RUNS = 5
SCENARIO = "n128-then-64"


@pytest.fixture(scope="module")
def counted(tmp_path_factory):
    """A matrix file of the harness's matrix with a budget of exactly RUNS runs a step."""
    folder = tmp_path_factory.mktemp("budget")
    path = folder / "xla-matrix.toml"
    path.write_text(
        f"[settings]\nsteady_state = {{ runs = {RUNS}, seconds = 0, max_seconds = 600 }}\n"
    )
    return path


@pytest.fixture(scope="module")
def measured(tmp_path_factory, counted):
    run_dir = tmp_path_factory.mktemp("cost")
    args = ["-s", SCENARIO, "--no-contexts"]
    args += [a for t in ("reference", "xla-fragile") for a in ("-t", t)]
    args += [a for c in ("baseline", "no-xla-translate", "eager", "jit-compile") for a in ("-c", c)]
    proc, records = run_cells(run_dir, *args, matrix=counted)
    assert proc.returncode == 0, proc.stderr
    return records, verdicts_of(run_dir)


def test_every_step_of_a_passing_cell_has_its_steady_state_runs(measured):
    records, _ = measured
    for name, r in records.items():
        if not r.passed:
            continue
        assert [s.N for s in r.steps] == [128, 64], name
        for s in r.steps:
            assert s.steady is not None, name
            assert len(s.steady.seconds) == RUNS and all(t > 0 for t in s.steady.seconds), name
            assert s.steady.error is None, name
            # fresh inputs of the same shape: nothing compiles or traces again
            assert (s.steady.compiles, s.steady.traces) == (0, 0), name
            assert 0 < s.rss_before_mb <= s.rss_mb, name


def test_compilations_and_traces_of_the_first_predict_are_counted(measured):
    records, _ = measured
    baseline = records[f"reference/{SCENARIO}/baseline"]
    eager = records[f"reference/{SCENARIO}/eager"]
    plain = records[f"reference/{SCENARIO}/no-xla-translate"]
    for s in baseline.steps:  # the jit-compiled translation, once per N
        assert s.compiles == 1 and s.compile_s > 0 and s.traces >= 2
    for s in eager.steps:  # functions run eagerly: nothing traced, nothing compiled
        assert (s.compiles, s.compile_s, s.traces) == (0, 0.0, 0)
    for s in plain.steps:  # the predict function alone
        assert (s.compiles, s.traces) == (0, 1)
    # the steady state's compilations are never evidence: the cell's modules are the
    # first predicts'
    assert baseline.xla_modules == sum(s.compiles for s in baseline.steps)


def test_each_workaround_verdict_has_a_ratio_per_step(measured):
    _, verdicts = measured
    for v in verdicts:
        if v.target != "reference":
            continue
        assert v.cost is not None, v.key
        assert [(s.step, s.N) for s in v.cost.steps] == [(1, 128), (2, 64)], v.key
        for s in v.cost.steps:
            assert s.ratio is not None and s.claim in (SLOWER, FASTER, NOISE), v.key
            assert s.ratio.low <= s.ratio.median <= s.ratio.high, v.key
            assert s.work.runs == s.base.runs == RUNS - 1, v.key  # the warm-up left out


def test_no_ratio_where_the_baseline_fails(measured):
    records, verdicts = measured
    assert not records[f"xla-fragile/{SCENARIO}/baseline"].passed
    for v in verdicts:
        if v.target == "xla-fragile" and v.config != "jit-compile":
            assert v.cost is not None and v.cost.ratios == [], v.key
            assert v.cost.why == "baseline fail: no ratio", v.key


@pytest.fixture(scope="module")
def recompiling(tmp_path_factory, counted):
    run_dir = tmp_path_factory.mktemp("recompiling")
    args = ["-t", "recompiling", "-s", SCENARIO, "-c", "baseline", "-c", "no-xla-translate"]
    proc, records = run_cells(run_dir, *args, "--no-contexts", matrix=counted)
    assert proc.returncode == 0, proc.stderr
    return records, verdicts_of(run_dir)


def test_a_new_shape_on_every_call_shows_as_a_compilation_per_run(recompiling):
    """The recompiling control's steady state meets a new input size on every run: XLA
    compiles its translation each time. Its predict function, traced for any size (once
    more at the warm-up, where predict_on_batch traces its own), traces no more."""
    recompiling, _ = recompiling
    baseline = recompiling[f"recompiling/{SCENARIO}/baseline"]
    assert baseline.passed, baseline.message
    for s in baseline.steps:
        assert s.compiles == 1
        assert s.steady.compiles == RUNS - 1, s  # the warm-up's own is not counted
        assert s.steady.traces == 0, s
    assert baseline.xla_modules == 2  # the first predicts'; the steady state's are left out
    plain = recompiling[f"recompiling/{SCENARIO}/no-xla-translate"]
    for s in plain.steps:  # no XLA: nothing compiles, and nothing traces again
        assert (s.steady.compiles, s.steady.traces) == (0, 0), s


def test_the_report_lists_the_steps_that_recompiled(recompiling):
    from harness.report.costs import recompile_lines

    records, _ = recompiling
    lines = recompile_lines(list(records.values()))
    assert any(
        line.startswith(f"local/recompiling/{SCENARIO}/baseline step 1 (N=128): {RUNS - 1} XLA ")
        for line in lines
    ), lines


def test_the_recompiling_control_gives_what_it_expects(recompiling):
    """matrix.toml's `expect = "not needed"`: its switch takes the plain path, as the
    reference's does; its steady state's compilations are no XLA evidence."""
    _, verdicts = recompiling
    (v,) = [v for v in verdicts if v.target == "recompiling" and v.config == "no-xla-translate"]
    assert v.verdict == "not needed", v.reason


def test_the_default_matrix_budget_runs_in_a_real_cell(tmp_path):
    """matrix.toml's own budget (a time budget too): runs happen, however many."""
    proc, records = run_cells(
        tmp_path, "-t", "plain", "-s", SCENARIO, "-c", "baseline", "--no-contexts", matrix=MATRIX
    )
    assert proc.returncode == 0, proc.stderr
    (record,) = records.values()
    assert all(s.steady is not None and len(s.steady.seconds) >= 1 for s in record.steps)
