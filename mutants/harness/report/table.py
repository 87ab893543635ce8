"""The comparison table, independent of how it is drawn (terminal, Markdown, HTML).

One table per target. Columns are scenario x config, the baseline first, then workarounds,
then probes; a baseline column shows the cell's status, the others their verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from harness.config.matrix import Role
from harness.config.names import config_label
from harness.judge.vocabulary import STATUS_LOOKS, legend
from harness.results.records import CellRecord, Verdict

ROLE_ORDER = {Role.BASELINE: 0, Role.WORKAROUND: 1, Role.PROBE: 2}
LEGEND: dict[str, str] = legend()


@dataclass
class Entry:
    text: str  # verdict or status
    kind: str  # the verdict, or "status:<status>"
    detail: str  # one line of why
    cells: list[str]


@dataclass
class Column:
    scenario: str
    config: str
    role: Role
    context: str = ""  # a workaround judged within this context probe

    @property
    def label(self) -> str:
        return config_label(self.config, self.context, " @ ")


Key = tuple[str, str, str, str]  # (environment, scenario, config, context)


@dataclass
class Table:
    target: str
    columns: list[Column]
    rows: list[str]  # environments
    entries: dict[Key, Entry]
    # every default-context cell's status, for views that show a probe alone as the
    # baseline of its context (the terminal's context rows)
    statuses: dict[tuple[str, str, str], Entry] = field(default_factory=dict)
    control: bool = False

    def get(self, env: str, col: Column) -> Entry | None:
        return self.entries.get((env, col.scenario, col.config, col.context))

    @property
    def contexts(self) -> list[str]:
        return list(dict.fromkeys(c.context for c in self.columns if c.context))


def status_entry(record: CellRecord) -> Entry:
    text = STATUS_LOOKS[record.status].short
    modules = record.xla_modules
    if record.passed and modules is not None:
        text = f"pass ({modules})"
    detail = record.message or (f"{modules} XLA modules" if modules is not None else "")
    return Entry(text, f"status:{record.status}", detail, [record.id])


@dataclass
class Order:
    """Display order of each axis (matrix.toml's order, as recorded in the run's plans)."""

    environments: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    scenarios: list[str] = field(default_factory=list)
    configs: list[str] = field(default_factory=list)

    @staticmethod
    def position(items: list[str], name: str) -> int:
        return items.index(name) if name in items else len(items)


def build_tables(
    records: list[CellRecord],
    verdicts: Iterable[Verdict],
    order: Order | None = None,
    controls: Iterable[str] = (),
) -> list[Table]:
    order = order or Order()
    controls = set(controls or ())
    targets: list[str] = []
    cols: dict[str, dict[tuple[str, str, str], Column]] = {}
    rows: dict[str, list[str]] = {}
    entries: dict[str, dict[Key, Entry]] = {}
    statuses: dict[str, dict[tuple[str, str, str], Entry]] = {}

    def note(target: str, env: str, column: Column) -> None:
        if target not in targets:
            targets.append(target)
            cols[target], rows[target], entries[target], statuses[target] = {}, [], {}, {}
        cols[target].setdefault((column.scenario, column.config, column.context), column)
        if env not in rows[target]:
            rows[target].append(env)

    for r in records:
        c = r.cell
        note(c.target, c.environment, Column(c.scenario, c.config, r.role, c.context))
        if not c.context:
            statuses[c.target][(c.environment, c.scenario, c.config)] = status_entry(r)
        if r.role == Role.BASELINE and not c.context:
            entries[c.target][(c.environment, c.scenario, c.config, "")] = status_entry(r)
    for v in verdicts:
        note(v.target, v.environment, Column(v.scenario, v.config, v.role, v.context))
        entries[v.target][(v.environment, v.scenario, v.config, v.context)] = Entry(
            v.verdict, v.verdict, v.reason, v.cells
        )
    tables = []
    for target in sorted(targets, key=lambda t: (Order.position(order.targets, t), t)):
        columns = sorted(
            cols[target].values(),
            key=lambda col: (
                Order.position(order.scenarios, col.scenario),
                col.scenario,
                bool(col.context),
                Order.position(order.configs, col.context),
                ROLE_ORDER.get(col.role, 3),
                Order.position(order.configs, col.config),
                col.config,
            ),
        )
        env_rows = sorted(rows[target], key=lambda e: (Order.position(order.environments, e), e))
        tables.append(
            Table(
                target,
                columns,
                env_rows,
                entries[target],
                statuses[target],
                control=target in controls,
            )
        )
    return tables


def counts(
    verdicts: Iterable[Verdict], key: Callable[[Verdict], Any] = lambda v: v.label
) -> dict[Any, dict[str, int]]:
    """Per key (default: config), how many verdicts of each kind (for summaries in plain words)."""
    out: dict[Any, dict[str, int]] = {}
    for v in verdicts:
        by_verdict = out.setdefault(key(v), {})
        by_verdict[v.verdict] = by_verdict.get(v.verdict, 0) + 1
    return out


def summary_lines(verdicts: Iterable[Verdict]) -> list[str]:
    lines = []
    for config, by_verdict in counts(verdicts).items():
        total = sum(by_verdict.values())
        parts = ", ".join(
            f"{v} in {n}" for v, n in sorted(by_verdict.items(), key=lambda kv: -kv[1])
        )
        lines.append(f"{config}: {parts} (of {total})")
    return lines
