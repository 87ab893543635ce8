"""The comparison table in the terminal (rich), fitting 120 columns.

Per target, rows are environment x scenario and columns are configs: the Markdown and HTML
tables spread scenarios across columns, which a terminal has no room for. A config name
wider than a column is wrapped at its hyphens, never cut; long verdicts take the
vocabulary's short forms, listed under the table. The decision comes last, where the eye
lands when the run ends: each target's bottom line first.
"""

from __future__ import annotations

import re

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from rich.text import Text

from harness.config.matrix import Role
from harness.judge.vocabulary import VERDICTS, VerdictKind, style_of
from harness.report import costs
from harness.report.decision_view import TargetView
from harness.report.model import Report, ReportMeta, companion_lines
from harness.report.table import Table
from harness.results.records import CellRecord, Verdict

WIDTH = 120  # when stdout is not a terminal
MAX_COLUMN = 11


def wrap_name(name: str, width: int = MAX_COLUMN) -> str:
    """A config name on as many lines as it needs, broken after its hyphens (a part wider
    than `width` is broken inside): `no-xla-translate` -> `no-xla-` / `translate`."""
    lines = [""]
    for part in re.findall(r"[^-]*-|[^-]+", name):
        if lines[-1] and len(lines[-1]) + len(part) > width:
            lines.append("")
        lines[-1] += part
    lines = [line[i : i + width] for line in lines for i in range(0, len(line), width)]
    return "\n".join(lines)


def _rows_table(kind: str, table: Table) -> RichTable:
    """A target's table (verdicts or costs) with its environment and scenario columns."""
    rt = RichTable(
        title=f"{kind} {table.target}" + (" (control)" if table.control else ""),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
    )
    rt.add_column("environment", no_wrap=True)
    rt.add_column("scenario", no_wrap=True)
    return rt


def render_report(console: Console, report: Report) -> None:
    """The whole report as the terminal shows it: `render` of its parts."""
    render(
        console,
        report.tables,
        report.meta,
        report.decision_views,
        verdicts=report.verdicts,
        records=report.records,
    )


def render(
    console: Console,
    tables: list[Table],
    meta: ReportMeta,
    decision: list[TargetView] | None = None,
    *,
    verdicts: list[Verdict] | None = None,
    records: list[CellRecord] | None = None,
) -> None:
    """Per target: a row per environment x scenario, and below it a row per context
    (`@ jit-compile`) whose baseline column is the context probe alone and whose workaround
    columns are the workarounds judged with it applied; then the cost of the verdicts
    (`render_costs`), the companions and the decision."""
    for table in tables:
        configs: list[tuple[str, str]] = []
        for col in table.columns:
            if not col.context and (col.config, col.role) not in configs:
                configs.append((col.config, col.role))
        scenarios = list(dict.fromkeys(c.scenario for c in table.columns))
        contexts = table.contexts
        rt = _rows_table("target", table)
        for config, role in configs:
            rt.add_column(f"{escape(wrap_name(config))}\n[dim]{role[:10]}[/dim]", no_wrap=True)
        for env in table.rows:
            lines = [(scenario, ctx) for scenario in scenarios for ctx in ["", *contexts]]
            for i, (scenario, ctx) in enumerate(lines):
                label = f"  @ {ctx}" if ctx else scenario
                row: list[Text | str] = [env if i == 0 else "", label]
                for config, role in configs:
                    if ctx and role == Role.BASELINE:
                        entry = table.statuses.get((env, scenario, ctx))
                    else:
                        entry = table.entries.get((env, scenario, config, ctx))
                    if entry is None:
                        row.append(Text(""))
                        continue
                    kind = VERDICTS.get(entry.text)
                    text = kind.terminal if kind else entry.text
                    row.append(Text(text, style=style_of(entry.kind)))
                rt.add_row(*row, end_section=i == len(lines) - 1)
        console.print(rt)
    legend = "  ".join(f"[{v.style or 'default'}]{v.terminal}[/]" for v in VerdictKind)
    console.print(f"[dim]legend:[/dim] {legend}", highlight=False)
    shorts = [f"{v.short} = {v.value}" for v in VerdictKind if v.short]
    console.print(
        "[dim]pass (n): the baseline passed and XLA compiled n modules; @ ctx rows: the "
        "workarounds judged where ctx is in force, against ctx alone (its status under "
        "baseline); " + "; ".join(shorts) + "[/dim]",
        highlight=False,
    )
    render_costs(console, tables, verdicts or [], records or [])
    companions = companion_lines(meta)
    if companions:
        console.print("[bold]companions installed[/]")
        for line in companions:
            console.print(f"  {escape(line)}", highlight=False)
    if decision:
        render_decision(console, decision)
    if meta.incomplete:
        console.print(f"[bold yellow]incomplete run:[/] {meta.incomplete_reason}")


def render_costs(
    console: Console, tables: list[Table], verdicts: list[Verdict], records: list[CellRecord]
) -> None:
    """Per target with a measured cost, its verdict table's rows and columns (the default
    context: the contexts' are in the Markdown and HTML reports), each entry the ratios of
    steady-state predict time per step N; then the cells that recompiled in their steady
    state."""
    by_key = costs.costs_by_key(verdicts)
    shown = False
    for table in tables:
        if not costs.measured(table, verdicts):
            continue
        columns = [c for c in costs.cost_columns(table) if not c.context]
        configs = list(dict.fromkeys(c.config for c in columns))
        scenarios = list(dict.fromkeys(c.scenario for c in columns))
        rt = _rows_table("cost", table)
        for config in configs:
            rt.add_column(escape(wrap_name(config)), no_wrap=True)
        for env in table.rows:
            for i, scenario in enumerate(scenarios):
                row = [env if i == 0 else "", scenario]
                for config in configs:
                    v = by_key.get((table.target, env, scenario, config, ""))
                    row.append(costs.cost_text(v.cost) if v else "")
                rt.add_row(*row, end_section=i == len(scenarios) - 1)
        console.print(rt)
        shown = True
    if shown:
        console.print(f"[dim]cost: {escape(costs.LEGEND)}[/dim]", highlight=False)
    recompiled = costs.recompile_lines(records)
    if recompiled:
        console.print("[bold]recompiled in the steady state[/]")
        for line in recompiled:
            console.print(f"  {escape(line)}", highlight=False)


def render_decision(console: Console, decision: list[TargetView]) -> None:
    """Per target its headline in bold, then one line per workaround and blocker; the
    controls that showed what they were expected to show share one line, the others get
    theirs."""
    console.print("[bold]decision[/]")
    held = [v for v in decision if v.expectation is not None and v.expectation.held]
    for view in decision:
        if view in held:
            continue
        if view.headline:
            console.print(
                f"  [bold]{escape(view.label)}:[/] {escape(view.headline)}",
                highlight=False,
                soft_wrap=True,
            )
        else:
            console.print(f"  [bold]{escape(view.label)}:[/]", highlight=False, soft_wrap=True)
        for item in view.items:
            console.print(f"    {escape(item)}", highlight=False, soft_wrap=True)
    if held:
        parts = [
            f"{v.target} {v.expectation.expectation.text} ({len(v.expectation.shown)} of "
            f"{len(v.expectation.environments)})"
            for v in held
            if v.expectation is not None
        ]
        console.print(
            f"  [bold]controls, as expected:[/] {escape(', '.join(parts))}",
            highlight=False,
            soft_wrap=True,
        )
