"""What a workaround costs, beside its verdict (harness.judge.cost, docs/cost.md), on crafted
records: the spread of a step's steady state, the noise rule, which cells a ratio compares
and when there is none, the decision's words and order, the reports, drift and bisect.

No assertion here depends on how fast anything ran: the times are written into the records.
The real child's measurements are tested in tests/test_cost_cells.py.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from harness.bisect.judge import BadIf
from harness.bisect.judge import judge as bisect_judge
from harness.config.errors import UsageError
from harness.config.matrix import STEADY_OFF, MatrixError, SteadyState, load_matrix
from harness.drift import expected as drift
from harness.judge import cost
from harness.judge.decision import decide, decision_lines
from harness.judge.verdicts import derive_verdicts
from harness.results.costs import FASTER, NOISE, SLOWER, Spread
from harness.results.records import CellRecord

from .conftest import MATRIX, crafted_run, run_cli

ENV, TARGET, SCENARIO = "tf2.21-keras3", "reference", "n128-then-64"
FP = {"python": "3.11.7", "tensorflow": "2.21.0", "keras": "3.15.1", "keras_flavour": "keras3"}
ROLES = {"baseline": "baseline", "jit-compile": "probe"}
WARM = 0.5  # the warm-up run: left out, whatever it took


def runs(*ms: float) -> list[float]:
    """A step's steady-state runs: the warm-up, then these (milliseconds)."""
    return [WARM, *(m / 1e3 for m in ms)]


def step(n: int, k: int, seconds: list[float] | None, **extra) -> dict:
    data = {"step": k, "N": n, "compiles": 1, "compile_s": 0.5, "traces": 2}
    data.update(rss_before_mb=200.0, rss_mb=300.0 + k)
    if seconds is not None:
        data["steady"] = {"seconds": seconds, "compiles": 0, "traces": 0}
    return {**data, **extra}


def record(
    config: str,
    steps: list[dict] | None = None,
    *,
    status: str = "pass",
    context: str = "",
    env: str = ENV,
    scenario: str = SCENARIO,
    run_id: str = "run1",
    **fields,
) -> CellRecord:
    label = f"{config}@{context}" if context else config
    data = {
        "id": f"{env}/{TARGET}/{scenario}/{label}",
        "cell": {
            "environment": env,
            "target": TARGET,
            "scenario": scenario,
            "config": config,
            "context": context,
        },
        "role": ROLES.get(config, "workaround"),
        "status": status,
        "fingerprint": FP,
        "run_id": run_id,
        "steps": steps if steps is not None else [],
        "stage": {"name": "done"} if status == "pass" else {"name": "predict", "step": 1, "N": 128},
    }
    if status != "pass":
        data.update(failure_class="xla-unsupported-op", message="Detected unsupported ops")
    data.update(fields)
    return CellRecord.from_json(data)


def two_steps(ms128: tuple[float, ...], ms64: tuple[float, ...]) -> list[dict]:
    return [step(128, 1, runs(*ms128)), step(64, 2, runs(*ms64))]


FAST = two_steps((10, 11, 12, 11), (3, 3.2, 3.1, 3.3))
SLOW = two_steps((50, 52, 55, 51), (30, 31, 29, 32))
SAME = two_steps((10.5, 11.5, 11, 12), (3.1, 3.0, 3.2, 3.4))


def verdicts_of(records: list[CellRecord]) -> dict[str, object]:
    return {v.label: v for v in derive_verdicts(records, reference_config="eager")}


# --- a step's steady state -------------------------------------------------------------


def test_the_warm_up_run_is_left_out_and_the_spread_is_the_rest():
    s = cost.steady_spread(runs(10, 30, 20))
    assert s == Spread(median=0.02, low=0.01, high=0.03, runs=3)
    assert s.relative == pytest.approx(1.0)


def test_a_step_the_cap_stopped_at_the_minimum_keeps_its_warm_up():
    s = cost.steady_spread([0.4, 0.3, 0.35])
    assert s == Spread(median=0.35, low=0.3, high=0.4, runs=3)


def test_fewer_runs_than_the_minimum_are_no_spread():
    assert cost.steady_spread([0.4, 0.3]) is None
    assert cost.steady_spread([]) is None
    assert cost.steady_spread(runs(10, 0, 20)) is None  # a run that took no time


# --- the noise rule ----------------------------------------------------------------------


def spread(median: float, low: float, high: float) -> Spread:
    return Spread(median, low, high, 4)


def test_ranges_that_overlap_are_inside_the_noise():
    assert cost.inside_noise(spread(1.0, 0.9, 1.2), spread(1.3, 1.15, 1.5))
    assert cost.claim_of(spread(1.0, 0.9, 1.2), spread(1.3, 1.15, 1.5)) == NOISE


def test_apart_but_within_the_band_is_inside_the_noise():
    """The comparison moved by 40 % by itself: 32 % slower cannot be told from 1."""
    work, base = spread(1.32, 1.31, 1.33), spread(1.0, 0.9, 1.3)
    assert work.low > base.high  # the ranges do not overlap
    assert cost.noise_band(work, base) == pytest.approx(0.02 / 1.32 + 0.4)
    assert cost.inside_noise(work, base)


def test_apart_and_beyond_the_band_is_slower_or_faster():
    work, base = spread(5.0, 4.8, 5.3), spread(1.0, 0.95, 1.05)
    assert not cost.inside_noise(work, base)
    assert cost.claim_of(work, base) == SLOWER
    assert cost.claim_of(base, work) == FASTER


def test_the_rule_is_symmetric_and_a_cell_is_inside_its_own_noise():
    a, b = spread(2.0, 1.9, 2.2), spread(1.0, 0.98, 1.01)
    assert cost.inside_noise(a, b) == cost.inside_noise(b, a)
    assert cost.inside_noise(a, a)


def test_the_ratio_range_runs_from_extreme_to_extreme():
    r = cost.ratio_of(spread(4.0, 3.0, 5.0), spread(2.0, 1.0, 2.5))
    assert (r.median, r.low, r.high) == (2.0, 3.0 / 2.5, 5.0 / 1.0)


@pytest.mark.parametrize("factor", [1.0, 1.01, 1.1, 1.5, 3.0, 10.0])
def test_a_ratio_is_claimed_only_beyond_the_band_it_was_read_with(factor):
    """Whatever the numbers: a claim of slower means the ranges are apart and the ratio is
    more than 1 + band."""
    base = spread(1.0, 0.95, 1.08)
    work = spread(factor, factor * 0.97, factor * 1.02)
    claim = cost.claim_of(work, base)
    if claim == SLOWER:
        assert work.low > base.high
        assert math.log(factor) > math.log1p(cost.noise_band(work, base))
    else:
        assert claim == NOISE


# --- which cells a ratio compares, and when there is none --------------------------------


def test_a_workaround_is_compared_with_the_baseline_per_step():
    v = verdicts_of([record("baseline", FAST), record("eager", SLOW)])["eager"]
    c = v.cost
    assert (c.work.id, c.base.id) == (f"{ENV}/{TARGET}/{SCENARIO}/eager", v.cells[0])
    assert [(s.step, s.N, s.claim) for s in c.steps] == [(1, 128, SLOWER), (2, 64, SLOWER)]
    assert c.steps[0].ratio.median == pytest.approx(51.5 / 11.0)
    assert c.steps[0].band == pytest.approx(5 / 51.5 + 2 / 11.0, abs=1e-4)


def test_within_a_context_a_workaround_is_compared_with_the_probe_alone():
    records = [
        record("baseline", SLOW),
        record("jit-compile", FAST),
        record("eager", SLOW, context="jit-compile"),
        record("eager", SAME),
    ]
    v = verdicts_of(records)["eager @ jit-compile"]
    assert v.cost.base.id.endswith("/jit-compile")
    assert [s.claim for s in v.cost.steps] == [SLOWER, SLOWER]
    same = verdicts_of(records)["eager"]  # against the baseline: faster
    assert [s.claim for s in same.cost.steps] == [FASTER, FASTER]


def test_a_probe_is_compared_with_the_baseline():
    v = verdicts_of([record("baseline", SAME), record("jit-compile", FAST)])["jit-compile"]
    assert v.cost.base.id.endswith("/baseline")
    assert [s.claim for s in v.cost.steps] == [NOISE, NOISE]


def test_no_ratio_where_the_baseline_failed():
    base = record("baseline", [step(128, 1, None)], status="fail")
    v = verdicts_of([base, record("eager", SLOW)])["eager"]
    assert v.cost.ratios == [] and v.cost.steps == []
    assert v.cost.why == "baseline fail: no ratio"


def test_no_ratio_where_the_workaround_failed():
    v = verdicts_of([record("baseline", FAST), record("eager", [], status="fail")])["eager"]
    assert v.cost.why == "eager fail: no ratio"


def test_within_a_context_the_cells_are_named_as_the_verdict_names_them():
    records = [record("baseline", FAST), record("jit-compile", [], status="fail")]
    records += [record("eager", SLOW, context="jit-compile")]
    v = verdicts_of(records)["eager @ jit-compile"]
    assert v.cost.why == "jit-compile alone fail: no ratio"
    records[1] = record("jit-compile", FAST)
    records[2] = record("eager", [], context="jit-compile", status="fail")
    v = verdicts_of(records)["eager @ jit-compile"]
    assert v.cost.why == "eager @ jit-compile fail: no ratio"


def test_no_ratio_at_a_step_without_steady_state_runs():
    work = record("eager", [step(128, 1, runs(50, 52, 55)), step(64, 2, runs(30))])
    v = verdicts_of([record("baseline", FAST), work])["eager"]
    first, second = v.cost.steps
    assert first.claim == SLOWER
    assert second.ratio is None and second.why == "eager: 2 steady-state runs, fewer than 3"


def test_no_ratio_where_the_steady_state_stopped_on_an_error():
    broken = {"seconds": [0.1], "error": "ResourceExhaustedError: OOM"}
    work = record("eager", [step(128, 1, None, steady=broken)])
    v = verdicts_of([record("baseline", FAST[:1]), work])["eager"]
    assert "OOM" in v.cost.steps[0].why
    assert v.cost.why == v.cost.steps[0].why


def test_no_ratio_between_cells_measured_in_different_runs():
    cached = record("eager", SLOW, run_id="run2", cached_from="run0")
    v = verdicts_of([record("baseline", FAST), cached])["eager"]
    assert v.cost.ratios == []
    assert v.cost.why.startswith("measured in different runs (run1 and run0")


def test_no_ratio_between_cells_that_ran_on_other_packages():
    other = record("eager", SLOW, fingerprint={**FP, "tensorflow": "2.20.0"})
    v = verdicts_of([record("baseline", FAST), other])["eager"]
    assert v.cost.why == "the two cells ran on other packages: no ratio"


def test_no_cost_at_all_where_neither_cell_measured_one():
    bare = [{"step": 1, "N": 128}]
    v = verdicts_of([record("baseline", bare), record("eager", bare)])["eager"]
    assert v.cost is None


def test_what_each_cell_spent_beside_its_time():
    steps = [
        step(128, 1, runs(5, 5, 5), steady={"seconds": runs(5, 5, 5), "compiles": 3, "traces": 1}),
        step(64, 2, runs(5, 5, 5)),
    ]
    v = verdicts_of([record("baseline", steps, isolation="fork"), record("eager", SLOW)])["eager"]
    base = v.cost.base
    assert (base.compiles, base.compile_s, base.traces) == (2, 1.0, 4)
    assert (base.recompiles, base.retraces) == (3, 1)
    assert (base.peak_rss_mb, base.rss_growth_mb, base.isolation) == (302.0, 102.0, "fork")


def test_costs_never_change_a_verdict():
    records = [record("baseline", FAST), record("eager", SLOW), record("jit-compile", SAME)]
    bare = [record(r.cell.config, [{"step": 1, "N": 128}, {"step": 2, "N": 64}]) for r in records]
    with_costs = [(v.key, v.verdict, v.reason) for v in derive_verdicts(records)]
    without = [(v.key, v.verdict, v.reason) for v in derive_verdicts(bare)]
    assert with_costs == without


# --- across environments: the decision -------------------------------------------------------


def environments(work: list[dict], base: list[dict], envs: tuple[str, ...] = ("a", "b", "c")):
    out = []
    for env in envs:
        out += [record("baseline", base, env=env), record("eager", work, env=env)]
    return out


def test_a_kept_workaround_says_what_it_costs_at_the_n_where_it_costs_most():
    summary = cost.summarise(derive_verdicts(environments(SLOW, FAST)))
    assert (summary.N, summary.claim, summary.measured, summary.beyond) == (64, SLOWER, 3, 3)
    assert summary.across == "environments"
    text = cost.phrase(summary, keeping=True)
    assert (
        text
        == f"costs {cost.times(summary.ratio)} steady-state predict time at N=64 (9.7x-9.7x across environments)"
    )


def test_a_removed_workaround_says_what_removing_it_gains():
    summary = cost.summarise(derive_verdicts(environments(SLOW, FAST)))
    text = cost.phrase(summary, keeping=False)
    assert text.startswith("removing it: steady-state predict 9.7x faster at N=64 (")


def test_a_workaround_faster_than_the_baseline_is_said_the_other_way_round():
    summary = cost.summarise(derive_verdicts(environments(FAST, SLOW)))
    assert summary.claim == FASTER
    assert cost.phrase(summary, keeping=False).startswith(
        "removing it: steady-state predict 9.7x slower at N=64"
    )


def test_ratios_inside_the_noise_are_never_a_speed_up():
    summary = cost.summarise(derive_verdicts(environments(SAME, FAST)))
    assert summary.claim == NOISE
    assert "inside the noise" in cost.phrase(summary, keeping=False)
    assert "faster" not in cost.phrase(summary, keeping=False)


def test_a_claim_needs_most_environments_to_say_it():
    records = [
        *environments(SLOW, FAST, ("a",)),
        *environments(SAME, FAST, ("b", "c")),
    ]
    summary = cost.summarise(derive_verdicts(records))
    assert summary.claim == NOISE and summary.beyond == 2


def test_one_measurement_says_so_and_scenarios_are_named_when_there_are_several():
    one = cost.summarise(derive_verdicts(environments(SLOW, FAST, ("a",))))
    assert cost.phrase(one, keeping=True).endswith("at N=64 (measured once)")
    records = environments(SLOW, FAST, ("a",))
    records += [record("baseline", FAST, scenario="b8"), record("eager", SLOW, scenario="b8")]
    assert cost.summarise(derive_verdicts(records)).across == "environments and scenarios"


def test_the_context_verdicts_stay_out_of_the_decisions_words():
    records = [
        record("baseline", FAST),
        record("jit-compile", FAST),
        record("eager", SLOW, context="jit-compile"),
    ]
    assert cost.summarise(v for v in derive_verdicts(records) if v.config == "eager") is None


def test_decision_lines_carry_the_cost_and_kept_workarounds_are_sorted_by_it():
    """eager is needed (the baseline fails at step 2 in env b) and costly; slow-fix is
    needed and costs less; fine is removable."""
    failing = record("baseline", FAST[:1], status="fail", env="b")
    records = [
        record("baseline", FAST, env="a"),
        record("slow-fix", two_steps((20, 21, 22, 21), (6, 6.1, 6.2, 6.3)), env="a"),
        record("eager", SLOW, env="a"),
        record("fine", SAME, env="a"),
        failing,
        record("slow-fix", FAST, env="b"),
        record("eager", SLOW, env="b"),
        record("fine", SAME, env="b", status="fail"),
    ]
    verdicts = derive_verdicts(records, reference_config="eager")
    (d,) = decide(verdicts)
    assert [w.workaround for w in d.workarounds][:2] == ["eager", "slow-fix"]
    lines = decision_lines([d])
    keep = next(line for line in lines if line.startswith("reference: keep eager:"))
    assert "costs 9.7x steady-state predict time at N=64 (measured once)" in keep
    assert d.as_dict()["workarounds"][0]["cost"]["claim"] == SLOWER


def test_only_kept_workarounds_are_sorted_by_cost():
    """Removable workarounds keep the judge's order whatever they cost: the sort by cost says
    what to fix upstream first, which a workaround one can delete is not."""
    records = [
        record("baseline", FAST),
        record("cheap", SAME),
        record("costly", SLOW),
        record("eager", SAME),
    ]
    (d,) = decide(derive_verdicts(records, reference_config="eager"))
    assert all(w.action != "keep" for w in d.workarounds)
    assert [w.workaround for w in d.workarounds] == ["cheap", "costly", "eager"]
    assert d.workarounds[1].cost is not None and d.workarounds[1].cost.claim == SLOWER


def test_decisions_without_costs_keep_their_order_and_words():
    bare = [{"step": 1, "N": 128}]
    records = [record(c, bare) for c in ("baseline", "zeta", "alpha", "eager")]
    (d,) = decide(derive_verdicts(records, reference_config="eager"))
    assert [w.workaround for w in d.workarounds] == ["zeta", "alpha", "eager"]
    assert all(w.cost is None and "steady-state" not in w.text for w in d.workarounds)


# --- the budget in matrix.toml --------------------------------------------------------------


def settings_of(tmp_path: Path, line: str):
    path = tmp_path / "m.toml"
    path.write_text(f"[settings]\nsteady_state = {line}\n")
    return load_matrix(path, base=MATRIX).settings


def test_the_budget_is_read_from_the_settings(tmp_path):
    assert load_matrix(MATRIX).settings.steady == SteadyState(4, 0.05, 1.0)
    s = settings_of(tmp_path, "{ runs = 3, seconds = 0, max_seconds = 2 }")
    assert s.steady == SteadyState(3, 0.0, 2.0) and s.steady.on
    assert not settings_of(tmp_path, "0").steady.on
    assert settings_of(tmp_path, "0").steady == STEADY_OFF
    assert not settings_of(tmp_path, "{ runs = 0 }").steady.on


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("3", "must be 0 (off) or a table, got 3"),
        ("{ rnus = 5 }", "must be a table such as { runs = 4"),
        ("{ runs = -1 }", "runs must be 0 or more"),
        ("{ seconds = -1 }", "seconds must be 0 or more"),
        ("{ max_seconds = 0 }", "max_seconds must be more than 0"),
        ("true", "or 0 to turn the steady state off, got True"),
    ],
)
def test_a_bad_budget_is_one_line_naming_the_key(tmp_path, line, words):
    with pytest.raises(MatrixError, match=r"settings\.steady_state: ") as info:
        settings_of(tmp_path, line)
    assert words in str(info.value)


def test_every_planned_cell_carries_the_budget():
    from harness.config.names import Cell
    from harness.run.scheduler import plan

    matrix = load_matrix(MATRIX)
    env = matrix.environment("tf2.15")
    jobs = plan(matrix, [Cell("tf2.15", "plain", SCENARIO, "baseline")], env, matrix.targets)
    assert jobs[0].spec.steady_state == matrix.settings.steady


# --- drift -----------------------------------------------------------------------------------


def test_expected_toml_keeps_the_ratios_and_check_reads_them_back(tmp_path):
    verdicts = derive_verdicts([record("baseline", FAST), record("eager", SLOW)])
    path = tmp_path / "expected.toml"
    drift.write_expected(path, verdicts, "run1")
    assert "[cost]" in path.read_text()
    assert drift.load_expected(path) == drift.verdict_map(verdicts)  # verdicts as before
    back = drift.load_expected_costs(path)
    key = "tf2.21-keras3 / n128-then-64 / reference / eager / step 1"
    n, r = back[key]
    assert n == 128 and r.median == pytest.approx(51.5 / 11.0, rel=1e-3)
    assert drift.compare_costs(back, drift.cost_map(verdicts)) == []


def test_a_ratio_that_moved_beyond_the_noise_is_a_change_and_one_inside_it_is_not():
    key = "e / s / t / eager / step 1"
    old = {key: (128, Spread(5.0, 4.5, 5.5))}
    assert drift.compare_costs(old, {key: (128, Spread(5.2, 4.4, 6.0))}) == []
    (change,) = drift.compare_costs(old, {key: (128, Spread(1.0, 0.9, 1.1))})
    assert str(change) == (
        f"{key} (N=128): steady-state ratio 5.0x (4.5x-5.5x) -> 1.0x (0.9x-1.1x), "
        "moved beyond the noise"
    )
    assert drift.compare_costs(old, {key: (64, Spread(1.0, 0.9, 1.1))}) == []  # another N
    assert drift.compare_costs(old, {}) == []  # vanished: a verdict change says why
    assert drift.compare_costs(old, {key: (128, Spread(1.0, 0.9, 1.1))}, planned=set()) == []


def test_a_file_without_costs_checks_verdicts_alone(tmp_path):
    path = tmp_path / "expected.toml"
    path.write_text('[verdicts]\n"a / b / c / d" = "inert"\n')
    assert drift.load_expected_costs(path) == {}


@pytest.mark.parametrize(
    "entry", ['{ N = 128, ratio = "x", low = 1, high = 2 }', "3", "{ N = 128, ratio = 1 }"]
)
def test_a_malformed_cost_entry_is_one_line(tmp_path, entry):
    path = tmp_path / "expected.toml"
    path.write_text(f'[verdicts]\n[cost]\n"k / step 1" = {entry}\n')
    with pytest.raises(UsageError, match=r"cost\.k / step 1: must be \{ N = <size>"):
        drift.load_expected_costs(path)


def crafted(tmp_path: Path, work: list[dict]) -> Path:
    records = [
        record("baseline", FAST).to_json(),
        record("eager", work).to_json(),
    ]
    return crafted_run(tmp_path / "run", [_as_written(r) for r in records])


def _as_written(data: dict) -> dict:
    return json.loads(json.dumps(data, default=str))


def test_report_check_exits_1_when_a_ratio_moved_and_0_when_it_did_not(tmp_path):
    run = crafted(tmp_path, SLOW)
    expected = tmp_path / "expected.toml"
    proc = run_cli("report", "--run-dir", str(run), "--write-expected", str(expected))
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("report", "--run-dir", str(run), "--check", str(expected))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    faster = crafted(tmp_path / "again", SAME)
    proc = run_cli("report", "--run-dir", str(faster), "--check", str(expected))
    assert proc.returncode == 1
    moved = [line for line in proc.stdout.splitlines() if "moved beyond the noise" in line]
    assert len(moved) == 2 and moved[0].startswith(
        f"{ENV} / {SCENARIO} / {TARGET} / eager / step 1"
    )
    lines = json.loads((faster / "drift.json").read_text())["lines"]
    assert any("moved beyond the noise" in line["text"] for line in lines)


# --- bisect --bad-if slower= --------------------------------------------------------------------


def test_bad_if_slower_takes_a_factor_above_1():
    assert BadIf.parse("slower=1.5") == BadIf("slower", "1.5")
    assert BadIf.parse("slower=1.5").needs_baseline
    for text in ("slower=1", "slower=0.5", "slower=x", "slower=", "slower= 2"):
        with pytest.raises(UsageError, match="slower=<factor above 1"):
            BadIf.parse(text)


@pytest.mark.parametrize(
    ("work", "factor", "outcome"),
    [
        (SLOW, "1.5", "bad"),  # 4.7x and 9.7x slower
        (SLOW, "20", "good"),  # slower, but not by 20x
        (SAME, "1.5", "good"),  # inside the noise
        (FAST, "1.1", "good"),
    ],
)
def test_bisect_judges_speed_against_the_comparison_cell(work, factor, outcome):
    records = [record("baseline", FAST), record("eager", work)]
    got = bisect_judge(records, "eager", BadIf("slower", factor))
    assert got.label == outcome, got.summary
    assert got.summary.startswith("steady-state predict time: N=128: ")


def test_bisect_skips_a_version_where_there_is_no_ratio():
    records = [record("baseline", [], status="fail"), record("eager", SLOW)]
    got = bisect_judge(records, "eager", BadIf("slower", "1.5"))
    assert got.label == "skip"
    assert got.summary == "cannot judge its speed: baseline fail: no ratio"


# --- the reports: terminal, Markdown, HTML, decision.json; GPU rows ---------------------------

GPU_ENV = "tf2.21-keras3-gpu"
GPU_FP = {**FP, "devices": ["CPU:/physical_device:CPU:0", "GPU:/physical_device:GPU:0"]}


@pytest.fixture
def gpu_report(tmp_path):
    """A CPU and a GPU environment, as a GPU runner would write its records: nothing in the
    cost depends on the device (no GPU here: these rows are written, never measured)."""
    from harness.report.build import write_files
    from harness.report.model import collect

    run = tmp_path / "run"
    for env, fp in ((ENV, FP), (GPU_ENV, GPU_FP)):
        cells = []
        for config, steps in (("baseline", FAST), ("eager", SLOW), ("jit-compile", SAME)):
            data = _as_written(record(config, steps, env=env, fingerprint=fp).to_json())
            path = run / "results" / env / f"{TARGET}.{SCENARIO}.{config}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(data))
            cells.append({**data["cell"], "role": data["role"]})
        plan = {"environment": env, "cells": cells, "complete": True}
        (run / "plan").mkdir(exist_ok=True)
        (run / "plan" / f"{env}.json").write_text(json.dumps(plan))
    report = collect([run], load_matrix(MATRIX))
    assert not report.problems, report.problems
    write_files(report, run)
    return report, run


def test_the_terminal_shows_the_ratios_per_environment_and_n(gpu_report):
    from rich.console import Console

    from harness.report import terminal

    report, _ = gpu_report
    console = Console(width=120, record=True)
    terminal.render_report(console, report)
    text = console.export_text()
    table = text.split("cost reference", 1)[1]
    assert f" {ENV} " in table and f" {GPU_ENV} " in table
    assert "4.7x 9.7x" in table  # eager: slower beyond the noise at both steps
    assert "~1.0x ~1.0x" in table  # jit-compile: inside the noise


def test_markdown_keeps_the_context_columns_and_the_legend(gpu_report):
    _, run = gpu_report
    md = (run / "xla_matrix.md").read_text()
    section = md.split("## Cost", 1)[1].split("\n## ", 1)[0]
    assert "inside the noise" in section
    assert f"| {ENV} |" in section and f"| {GPU_ENV} |" in section
    # a cell's leading "4." is escaped as every value's is (it could start a list elsewhere)
    assert "| 4\\.7x 9.7x |" in section


def test_html_plots_each_environment_and_n(gpu_report):
    report, run = gpu_report
    from harness.report import costs

    (plot,) = costs.plots(report.tables, report.records, report.meta.environments)
    labels = [row["label"] for row in plot.rows]
    assert labels == [f"{env} · {SCENARIO} · N={n}" for env in (ENV, GPU_ENV) for n in (128, 64)]
    assert [c["name"] for c in plot.configs] == ["baseline", "eager", "jit-compile"]
    assert all(len(row["dots"]) == 3 for row in plot.rows)
    html = (run / "index.html").read_text()
    assert "Steady-state predict time" in html and html.count("<circle") >= 12


def test_verdicts_and_decision_json_carry_the_cost(gpu_report):
    _, run = gpu_report
    verdicts = json.loads((run / "verdicts.json").read_text())["verdicts"]
    eager = next(v for v in verdicts if v["environment"] == GPU_ENV and v["config"] == "eager")
    assert [s["claim"] for s in eager["cost"]["steps"]] == [SLOWER, SLOWER]
    decision = json.loads((run / "decision.json").read_text())
    (workaround,) = [w for w in decision[0]["workarounds"] if w["workaround"] == "eager"]
    assert workaround["cost"]["claim"] == SLOWER  # its line (undecided: infra) says nothing


def test_a_needed_workaround_whose_baseline_always_fails_says_its_cost_is_unmeasured():
    records = [record("baseline", [], status="fail"), record("eager", SLOW)]
    (d,) = decide(derive_verdicts(records, reference_config="eager"))
    (w,) = d.workarounds
    assert w.action == "keep" and w.cost.unmeasured == "baseline fail: no ratio"
    assert w.cost.ratio is None and cost.costliness(w.cost) == 0.0
    assert w.text.endswith("; no steady-state ratio (baseline fail: no ratio)")


def test_a_workaround_removed_where_nothing_compiles_says_its_cost_too():
    """plain's line: vacuous without jit_compile, removable under it, and its time."""
    from harness.judge.decision import WorkaroundDecision
    from harness.results.costs import CostSummary

    summary = CostSummary(128, 1.3, 1.1, 2.9, NOISE, 8, 8, "environments and scenarios")
    w = WorkaroundDecision("eager", "remove", vacuous=["tf2.15", "tf2.21-keras3"], cost=summary)
    assert w.text == (
        "remove eager: no XLA in tf2.15, tf2.21-keras3 without jit_compile; under "
        "jit_compile it compiles and is not needed, outputs matching the reference, "
        "everywhere it was judged; removing it: steady-state predict time inside the noise "
        "at N=128 (1.1x-2.9x across environments and scenarios)"
    )


# --- docs/cost.md says what the code does ---------------------------------------------------

COST_DOC = Path(__file__).resolve().parents[1] / "docs" / "cost.md"


def test_the_documented_budget_is_the_matrix_s_and_the_default():
    """The budget block of docs/cost.md is matrix.toml's setting, which is the default."""
    from harness.config import defaults

    page = COST_DOC.read_text()
    block = page.split("```toml\n", 1)[1].split("```", 1)[0]
    steady = load_matrix(MATRIX).settings.steady
    assert steady == SteadyState(
        defaults.STEADY_RUNS, defaults.STEADY_SECONDS, defaults.STEADY_MAX_SECONDS
    )
    line = (
        f"steady_state = {{ runs = {steady.runs}, seconds = {steady.seconds}, "
        f"max_seconds = {steady.max_seconds} }}"
    )
    assert line in block
    assert line in MATRIX.read_text()
    assert f"`runs = {steady.runs}` leaves {steady.runs - 1} runs after the warm-up" in page


def test_the_documented_recompile_line_is_what_the_report_writes():
    from harness.report.costs import recompile_lines

    steady = {"seconds": runs(1, 1, 1), "compiles": 3, "traces": 0}
    data = record("baseline", [step(128, 1, None, steady=steady)], env="local").to_json()
    data["cell"]["target"] = "recompiling"
    data["id"] = data["id"].replace(TARGET, "recompiling")
    (line,) = recompile_lines([CellRecord.from_json(data)])
    page = " ".join(COST_DOC.read_text().split())
    assert f"`{line}`" in page
