"""What a workaround costs, beside its verdict: steady-state predict time as a ratio to its
comparison cell's, per step N, with the spread, and what each cell spent besides.

Pure functions over records (docs/cost.md says the same in words):

- A step's steady state is its timed runs after the first predict (`Step.steady`), less the
  first of them (a warm-up: allocators, caches, a Keras that traces again there) where at
  least MIN_RUNS runs are left; a slow step that the budget's cap stopped at MIN_RUNS keeps
  its warm-up. It is a `Spread` (median, lowest, highest) of at least MIN_RUNS runs.
- The ratio of a verdict's cell to its comparison cell (the baseline, or the context probe
  alone: the pairing of harness.judge.verdicts) is the ratio of their medians; its range
  runs from the lowest to the highest ratio any two of their runs could have.
- **The noise rule**: a ratio is inside the noise when the two cells' ranges overlap, or
  when it is within the noise band, the sum of the two cells' relative ranges
  ((highest - lowest) / median): a ratio of two medians, each of which moved by that much
  by itself within its own cell, cannot be told from 1 by less. Outside the noise the cell
  is slower or faster; inside, neither is said.
- There is no ratio where either cell did not pass, has no steady state at that step (off,
  fewer runs than MIN_RUNS after the warm-up), ran on other packages, or was measured in
  another run (a result from the cache) or in none that has an id: times are only compared
  within one run.

Costs sit beside verdicts and never change them: nothing in harness.judge.rules reads them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from statistics import median

from harness.judge.facts import mismatched_fingerprints
from harness.results.costs import (
    FASTER,
    NOISE,
    SLOWER,
    CellCost,
    Cost,
    CostSummary,
    Spread,
    StepCost,
)
from harness.results.records import CellRecord, Step, Verdict

WARM_UP = 1  # steady-state runs left out at the start of each step, where there are enough
MIN_RUNS = 3  # runs a spread rests on
# The run times a clock measured (seconds): no predict takes less than a nanosecond or more
# than a cell's longest timeout. A record saying so was not measured, and its ratio could
# overflow (1e306 / 1e-3) or its inverse be infinite (1 / 5e-324).
SHORTEST, LONGEST = 1e-9, 1e6


# --- one cell's steady state ---------------------------------------------------------------


def steady_spread(seconds: list[float]) -> Spread | None:
    """The steady state of one step from its runs (seconds), the warm-up left out where
    MIN_RUNS remain: None for fewer than MIN_RUNS runs, or a run that took no time or a
    time no clock measured."""
    kept = _kept(seconds)
    if len(kept) < MIN_RUNS or _unmeasured(kept) is not None:
        return None
    return Spread(median(kept), min(kept), max(kept), len(kept))


def step_spread(step: Step) -> tuple[Spread | None, str]:
    """A step's steady state, or None and why not."""
    steady = step.steady
    if steady is None:
        return None, "no steady state"
    spread = steady_spread(steady.seconds)
    if spread is not None:
        return spread, ""
    kept = _kept(steady.seconds)
    if len(kept) >= MIN_RUNS:
        odd = _unmeasured(kept)
        return None, f"a steady-state run of {odd:g} s, not a time a clock measured"
    runs = len(steady.seconds)
    why = f"{runs} steady-state runs, fewer than {MIN_RUNS}"
    return None, f"{why} ({steady.error})" if steady.error else why


def _kept(seconds: list[float]) -> list[float]:
    return seconds[WARM_UP:] if len(seconds) >= MIN_RUNS + WARM_UP else seconds


def _unmeasured(seconds: list[float]) -> float | None:
    """The first run time outside [SHORTEST, LONGEST] (0 included), else None."""
    return next((s for s in seconds if not SHORTEST <= s <= LONGEST), None)


# --- the noise rule ------------------------------------------------------------------------


def noise_band(a: Spread, b: Spread) -> float:
    """How far a ratio of the two medians may be from 1 by the two measures' own variation:
    the sum of their relative ranges."""
    return a.relative + b.relative


def inside_noise(a: Spread, b: Spread) -> bool:
    """The noise rule: `a` cannot be told from `b` when their ranges overlap, or when the
    ratio of their medians is within the noise band either way."""
    if a.low <= b.high and b.low <= a.high:
        return True
    band = noise_band(a, b)
    if math.isinf(band):
        return True
    return abs(math.log(a.median / b.median)) <= math.log1p(band)


def ratio_of(work: Spread, base: Spread) -> Spread:
    """work / base: the ratio of the medians, from the lowest run of one against the highest
    of the other to the other way round."""
    return Spread(work.median / base.median, work.low / base.high, work.high / base.low)


def claim_of(work: Spread, base: Spread) -> str:
    if inside_noise(work, base):
        return NOISE
    return SLOWER if work.median > base.median else FASTER


# --- one verdict's cost --------------------------------------------------------------------


def cell_cost(record: CellRecord | None) -> CellCost | None:
    """What a cell spent beside its steady-state time, over its steps; None when it
    recorded none of it (a cell that never got to a step, a record older than costs)."""
    if record is None:
        return None
    steps = record.steps

    def total(values: Iterable[float | int | None]) -> float | int | None:
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    steady = [s.steady for s in steps if s.steady is not None]
    peaks = [s.rss_mb for s in steps if s.rss_mb is not None]
    peak = max(peaks) if peaks else None
    start = steps[0].rss_before_mb if steps else None
    compile_s = total(s.compile_s for s in steps)
    if not steady and peak is None and compile_s is None and total(s.traces for s in steps) is None:
        return None
    return CellCost(
        id=record.id,
        compile_s=None if compile_s is None else round(compile_s, 3),
        compiles=_int(total(s.compiles for s in steps)),
        recompiles=_int(total(r.compiles for r in steady)),
        traces=_int(total(s.traces for s in steps)),
        retraces=_int(total(r.traces for r in steady)),
        peak_rss_mb=peak,
        rss_growth_mb=None if peak is None or start is None else round(peak - start, 1),
        isolation=record.isolation,
    )


def _int(value: float | int | None) -> int | None:
    return None if value is None else int(value)


def _run_of(record: CellRecord) -> str:
    """The run that measured the record's times: the one it was cached from, if any."""
    run = record.run_id if record.cached_from is None else record.cached_from
    return run.strip()


def unmeasurable(
    work: CellRecord | None, base: CellRecord | None, work_name: str, base_name: str
) -> str:
    """Why the two cells' times cannot be compared at all, or ""."""
    for record, name in ((base, base_name), (work, work_name)):
        if record is None:
            return f"no {name} cell"
        if not record.passed:
            return f"{name} {record.status.value}: no ratio"
    assert work is not None and base is not None
    if mismatched_fingerprints([work, base]):
        return "the two cells ran on other packages: no ratio"
    nameless = [
        name for record, name in ((base, base_name), (work, work_name)) if not _run_of(record)
    ]
    if nameless:
        return f"no run id ({' and '.join(nameless)}): times compare only within one run"
    if _run_of(work) != _run_of(base):
        return (
            f"measured in different runs ({_run_of(base)} and {_run_of(work)}; "
            "a cached result): times compare only within one run"
        )
    return ""


def cost_between(
    work: CellRecord | None,
    base: CellRecord | None,
    work_name: str = "the cell",
    base_name: str = "baseline",
) -> Cost | None:
    """A verdict's cost: its cell (`work`) against its comparison cell (`base`), per step N.
    None when neither cell measured any cost (the steady state off, records from before)."""
    mine, theirs = cell_cost(work), cell_cost(base)
    if mine is None and theirs is None:
        return None
    why = unmeasurable(work, base, work_name, base_name)
    cost = Cost(work=mine, base=theirs, why=why)
    if why:
        return cost
    assert work is not None and base is not None
    base_steps = {s.step: s for s in base.steps}
    for step in work.steps:
        other = base_steps.get(step.step)
        entry = StepCost(step.step, step.N)
        cost.steps.append(entry)
        if other is None or other.N != step.N:
            entry.why = f"{base_name} has no step {step.step} at N={step.N}"
            continue
        entry.work, work_why = step_spread(step)
        entry.base, base_why = step_spread(other)
        if entry.work is None or entry.base is None:
            entry.why = f"{work_name}: {work_why}" if entry.work is None else ""
            entry.why = entry.why or f"{base_name}: {base_why}"
            continue
        entry.ratio = ratio_of(entry.work, entry.base)
        entry.band = round(noise_band(entry.work, entry.base), 4)
        entry.claim = claim_of(entry.work, entry.base)
    if not cost.ratios:
        cost.why = "; ".join(dict.fromkeys(s.why for s in cost.steps if s.why)) or "no steps"
    return cost


# --- across environments: the decision's words -------------------------------------------


def summarise(verdicts: Iterable[Verdict]) -> CostSummary | None:
    """One workaround's cost in the default context, across the environments and scenarios
    of `verdicts`, at the N where it is largest: per N the median ratio, its lowest and
    highest, and a claim when most ratios there say it beyond the noise. Without a ratio,
    why not (the commonest reason); None where no cost was measured."""
    by_n: dict[int, list[StepCost]] = {}
    scenarios = set()
    reasons: list[str] = []
    for v in verdicts:
        if v.context or v.cost is None:
            continue
        reasons.append(v.cost.why)
        for s in v.cost.ratios:
            by_n.setdefault(s.N, []).append(s)
            scenarios.add(v.scenario)
    if not by_n:
        if not reasons:
            return None
        why = max(set(reasons), key=reasons.count)
        return CostSummary(None, None, None, None, "", 0, 0, unmeasured=why)
    summaries = []
    for n, steps in by_n.items():
        medians = [s.ratio.median for s in steps if s.ratio]
        claims = [s.claim for s in steps]
        claim = NOISE
        for side in (SLOWER, FASTER):
            if claims.count(side) * 2 > len(claims):
                claim = side
        summaries.append(
            CostSummary(
                N=n,
                ratio=median(medians),
                low=min(medians),
                high=max(medians),
                claim=claim,
                measured=len(steps),
                beyond=claims.count(claim),
                across="environments" if len(scenarios) == 1 else "environments and scenarios",
            )
        )
    claimed = [s for s in summaries if s.claim != NOISE]
    if claimed:
        return max(claimed, key=lambda s: (abs(math.log(s.ratio)), s.N))
    return max(summaries, key=lambda s: (s.measured, s.N))


def times(x: float) -> str:
    return f"{x:.0f}x" if x >= 10 else f"{x:.1f}x"


def phrase(summary: CostSummary, keeping: bool) -> str:
    """The cost in a decision line: what keeping a workaround costs (its ratio to the
    baseline), or what removing it gains (the same ratio read as the baseline's speed-up)."""
    if summary.ratio is None or summary.low is None or summary.high is None:
        return f"no steady-state ratio ({summary.unmeasured})"
    at = f"at N={summary.N}"
    r, low, high = summary.ratio, summary.low, summary.high
    inverse = summary.claim == FASTER  # said as how much slower, the inverse ratio
    if inverse:
        r, low, high = 1 / r, 1 / high, 1 / low
    if summary.measured == 1:
        spread = "(measured once)"
    else:
        spread = f"({times(low)}-{times(high)} across {summary.across})"
    if keeping:
        if summary.claim == SLOWER:
            return f"costs {times(r)} steady-state predict time {at} {spread}"
        if summary.claim == FASTER:
            return f"steady-state predict {times(r)} faster with it {at} {spread}"
        return f"steady-state predict time with it inside the noise {at} {spread}"
    if summary.claim == SLOWER:
        return f"removing it: steady-state predict {times(r)} faster {at} {spread}"
    if summary.claim == FASTER:
        return f"removing it: steady-state predict {times(r)} slower {at} {spread}"
    return f"removing it: steady-state predict time inside the noise {at} {spread}"


def costliness(summary: CostSummary | None) -> float:
    """How much a kept workaround costs, for sorting: its ratio where it is slower beyond
    the noise, else 0."""
    if summary is None or summary.ratio is None or summary.claim != SLOWER:
        return 0.0
    return summary.ratio


# --- drift and bisect ----------------------------------------------------------------------


def moved(expected: Spread, current: Spread) -> bool:
    """A ratio moved between two runs when the noise rule can tell the two apart."""
    return not inside_noise(current, expected)


def slower_by(cost: Cost | None, factor: float) -> tuple[bool | None, str]:
    """(True: some step is slower than its comparison by at least `factor` beyond the noise;
    False: no step is; None: no step has a ratio) and the evidence in words."""
    if cost is None or not cost.ratios:
        return None, (cost.why if cost is not None else "") or "no ratio"
    words = [step_words(s) for s in cost.steps]
    slow = [s for s in cost.ratios if s.claim == SLOWER and s.ratio and s.ratio.median >= factor]
    return bool(slow), "; ".join(words)


def step_words(s: StepCost) -> str:
    """`N=128: 5.1x slower (3.9x-6.6x)`, `N=64: inside the noise (0.8x-1.3x)`."""
    if s.ratio is None:
        return f"N={s.N}: {s.why}"
    spread = f"({times(s.ratio.low)}-{times(s.ratio.high)})"
    if s.claim == SLOWER:
        return f"N={s.N}: {times(s.ratio.median)} slower {spread}"
    if s.claim == FASTER:
        inverse = f"({times(1 / s.ratio.high)}-{times(1 / s.ratio.low)})"
        return f"N={s.N}: {times(1 / s.ratio.median)} faster {inverse}"
    return f"N={s.N}: {times(s.ratio.median)}, inside the noise {spread}"
