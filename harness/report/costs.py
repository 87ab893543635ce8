"""The cost beside the verdicts (harness.judge.cost), as every report shows it: a compact
text per verdict, the cells that recompiled in their steady state, and the data of the HTML
report's plot of steady-state time per config and N.

Laid out on the verdict table's own columns (harness.report.table), the baseline column left
out: its cell is what the others are divided by.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from harness.config.matrix import Role
from harness.judge.cost import step_spread, step_words, times
from harness.report.table import Column, Table
from harness.results.costs import NOISE, Cost, StepCost
from harness.results.records import CellRecord, Verdict

LEGEND = (
    "steady-state predict time of each cell divided by its comparison cell's (the baseline; "
    "@ ctx: ctx alone), one ratio per step N in the scenario's order: above 1x slower, below "
    "faster; ~ inside the noise (neither is said); - no ratio (a cell did not pass, or has no "
    "steady state); docs/cost.md"
)


def step_token(s: StepCost) -> str:
    if s.ratio is None:
        return "-"
    return ("~" if s.claim == NOISE else "") + times(s.ratio.median)


def cost_text(cost: Cost | None) -> str:
    """`4.1x 9.3x`, `~1.0x ~1.1x`, `-`: a verdict's cost in a table cell."""
    if cost is None:
        return ""
    if not cost.steps:
        return "-"
    return " ".join(step_token(s) for s in cost.steps)


def cost_detail(cost: Cost | None) -> str:
    """The cost in words, for an evidence panel: per step, or why there is none."""
    if cost is None:
        return "not measured (the steady state was off)"
    if not cost.ratios:
        return cost.why
    return "; ".join(step_words(s) for s in cost.steps)


def costs_by_key(verdicts: list[Verdict]) -> dict[tuple[str, str, str, str, str], Verdict]:
    """(target, environment, scenario, config, context) -> the verdict, for table lookups."""
    return {(v.target, v.environment, v.scenario, v.config, v.context): v for v in verdicts}


def cost_columns(table: Table) -> list[Column]:
    """The verdict table's columns that have a comparison: every one but the baseline's."""
    return [c for c in table.columns if c.role != Role.BASELINE]


def measured(table: Table, verdicts: list[Verdict]) -> bool:
    """Whether any verdict of the table's target has a cost."""
    return any(v.cost is not None for v in verdicts if v.target == table.target)


def recompile_lines(records: list[CellRecord]) -> list[str]:
    """The cells whose steady state compiled again or traced again: fresh inputs of the same
    shape should do neither, so each is a finding (a shape or a Python value that changes on
    every call)."""
    lines = []
    for r in records:
        for s in r.steps:
            steady = s.steady
            if steady is None or not (steady.compiles or steady.traces):
                continue
            parts = []
            if steady.compiles:
                parts.append(_count(steady.compiles, "XLA compilation"))
            if steady.traces:
                parts.append(_count(steady.traces, "traced graph"))
            runs = _count(len(steady.seconds) - 1, "steady-state run")
            lines.append(
                f"{r.id} step {s.step} (N={s.N}): {' and '.join(parts)} in {runs} after the warm-up"
            )
    return lines


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# --- the HTML plot ---------------------------------------------------------------------------

PLOT_LEFT = 230  # room for the row labels
PLOT_WIDTH = 760
LANE = 5  # pixels between the configs of one row
COLOURS = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3")


@dataclass
class Plot:
    """One target's steady-state times: a row per environment, scenario and N, a dot per
    config (default context, a lane each) at its median with a line over its range, on a
    log scale."""

    target: str
    configs: list[dict[str, str]] = field(default_factory=list)  # name, colour
    rows: list[dict[str, Any]] = field(default_factory=list)
    ticks: list[dict[str, Any]] = field(default_factory=list)
    width: int = PLOT_LEFT + PLOT_WIDTH + 20
    height: int = 0


def _ticks(low: float, high: float) -> list[float]:
    """1-2-5 ticks in milliseconds between `low` and `high`."""
    out = []
    decade = 10 ** math.floor(math.log10(low))
    while decade <= high * 10:
        out += [m * decade for m in (1, 2, 5) if low <= m * decade <= high]
        decade *= 10
    return out


def plots(tables: list[Table], records: list[CellRecord], environments: list[str]) -> list[Plot]:
    """Per target with steady-state runs, its plot (times in milliseconds)."""
    out = []
    for table in tables:
        cells = [
            r for r in records if r.cell.target == table.target and not r.cell.context and r.passed
        ]
        configs = list(dict.fromkeys(c.config for c in table.columns if not c.context))
        points: list[tuple[str, str, int, str, float, float, float]] = []
        for r in cells:
            for s in r.steps:
                spread, _ = step_spread(s)
                if spread is not None:
                    ms = (spread.median * 1e3, spread.low * 1e3, spread.high * 1e3)
                    points.append((r.cell.environment, r.cell.scenario, s.N, r.cell.config, *ms))
        if not points:
            continue
        low = min(p[5] for p in points)
        high = max(p[6] for p in points)
        span = math.log(high / low) if high > low else 1.0

        def x(ms: float, low: float = low, span: float = span) -> float:
            return round(PLOT_LEFT + math.log(ms / low) / span * PLOT_WIDTH, 1)

        order = {e: i for i, e in enumerate(environments)}
        keys = sorted(
            {(p[0], p[1], p[2]) for p in points},
            key=lambda k: (order.get(k[0], len(order)), k[1], -k[2]),
        )
        plot = Plot(table.target)
        colour = {c: COLOURS[i % len(COLOURS)] for i, c in enumerate(configs)}
        seen = [c for c in configs if any(p[3] == c for p in points)]
        plot.configs = [{"name": c, "colour": colour[c]} for c in seen]
        row_height = LANE * len(seen) + 8
        for i, key in enumerate(keys):
            y = 10 + i * row_height
            dots = []
            for env, scenario, n, config, med, lo, hi in points:
                if (env, scenario, n) == key:
                    dots.append(
                        {
                            "config": config,
                            "colour": colour.get(config, "#333"),
                            "y": y + LANE * seen.index(config),
                            "x": x(med),
                            "x0": x(lo),
                            "x1": x(hi),
                            "title": f"{config}: {med:.1f} ms ({lo:.1f}-{hi:.1f})",
                        }
                    )
            label_y = y + LANE * (len(seen) - 1) / 2
            plot.rows.append(
                {"label": f"{key[0]} · {key[1]} · N={key[2]}", "y": label_y, "dots": dots}
            )
        bottom = 10 + len(keys) * row_height
        plot.ticks = [{"x": x(t), "label": f"{t:g} ms"} for t in _ticks(low, high)]
        plot.height = bottom + 40
        out.append(plot)
    return out
