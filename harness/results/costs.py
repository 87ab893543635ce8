"""What a cost says, as verdicts.json and decision.json keep it (harness.judge.cost derives it).

    Spread       a median and the range around it: a cell's steady-state runs, or a ratio
    StepCost     one step N of a verdict: its cell's steady state against its comparison's
    CellCost     what one cell spent beside its time: compilations, traces, memory
    Cost         one verdict's cost: its steps and its two cells
    CostSummary  one workaround across environments and scenarios, for its decision line

Plain dataclasses, read back by harness.config.typed like every record; no judgement here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# How a ratio reads: the verdict's cell is slower or faster than its comparison beyond the
# noise, or the difference is inside the noise (harness.judge.cost.inside_noise).
SLOWER = "slower"
FASTER = "faster"
NOISE = "inside the noise"


@dataclass(frozen=True)
class Spread:
    """A median and the lowest and highest values around it: the steady-state runs of one
    step of a cell (seconds), or a ratio between two such (its range from their extremes)."""

    median: float
    low: float
    high: float
    runs: int = 0  # the runs it rests on; 0 for a ratio

    @property
    def relative(self) -> float:
        """The range as a fraction of the median: how far this measure moved by itself."""
        return (self.high - self.low) / self.median if self.median > 0 else float("inf")


@dataclass
class StepCost:
    """One step of a verdict: the steady-state time of its cell (`work`) against its
    comparison cell's (`base`: the baseline, or the context probe alone)."""

    step: int
    N: int
    work: Spread | None = None  # seconds per run
    base: Spread | None = None
    ratio: Spread | None = None  # work / base; None when it cannot be said (`why`)
    band: float | None = None  # the noise band the ratio was read with (a fraction)
    claim: str = ""  # SLOWER, FASTER or NOISE; "" without a ratio
    why: str = ""  # why there is no ratio


@dataclass
class CellCost:
    """What one cell spent beside its steady-state time, summed over its steps."""

    id: str
    compile_s: float | None = None  # XLA's own compile time (dump files' times)
    compiles: int | None = None  # XLA compilations of the builds and first predicts
    recompiles: int | None = None  # XLA compilations during the steady state: 0 is the norm
    traces: int | None = None  # graphs traced by the builds and first predicts
    retraces: int | None = None  # graphs traced during the steady state
    peak_rss_mb: float | None = None  # the process's high-water mark at its last step
    rss_growth_mb: float | None = None  # ... less what it held before its first step
    isolation: str | None = None  # fork or spawn: RSS compares only within one


@dataclass
class Cost:
    """A verdict's cost: per step N, its cell's steady state against its comparison's."""

    steps: list[StepCost] = field(default_factory=list)
    work: CellCost | None = None
    base: CellCost | None = None
    why: str = ""  # why no step has a ratio (a cell failed, ran elsewhere, ...)

    @property
    def ratios(self) -> list[StepCost]:
        return [s for s in self.steps if s.ratio is not None]


@dataclass
class CostSummary:
    """A workaround's steady-state cost in the default context, across environments and
    scenarios, at the N where it is largest: what its decision line says. Without any
    ratio (the baseline fails wherever the workaround was measured) the numbers are None
    and `unmeasured` says why."""

    N: int | None
    ratio: float | None  # the median of the ratios at that N (workaround / baseline)
    low: float | None  # the lowest and highest of them
    high: float | None
    claim: str  # SLOWER or FASTER when most ratios there say so beyond the noise, NOISE, or ""
    measured: int  # how many ratios there are at that N
    beyond: int  # how many of them say `claim` beyond the noise (for NOISE: how many are inside)
    across: str = "environments"  # what the range is across
    unmeasured: str = ""  # why there is no ratio at all
