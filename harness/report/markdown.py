"""The comparison table as Markdown (reports/<run>/xla_matrix.md, CI step summaries)."""

from __future__ import annotations

from typing import Any

from harness.records import CellRecord
from harness.report.table import LEGEND, Table, summary_lines
from harness.verdicts import Verdict


def escape(text: str) -> str:
    """Table-safe and inert: no pipes, no HTML."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replace("\n", " ")
    )


def render(
    tables: list[Table],
    verdicts: list[Verdict],
    records: list[CellRecord],
    meta: dict[str, Any],
    decision_lines: list[str] | None = None,
) -> str:
    out = ["# xla-matrix", ""]
    if meta.get("incomplete"):
        out += [
            "**Incomplete run**: "
            + escape(meta.get("incomplete_reason", "some cells did not run")),
            "",
        ]
    out.append(
        f"Run `{escape(str(meta.get('run_id', '?')))}`: {len(records)} cells, {len(verdicts)} verdicts."
    )
    out.append("")
    for table in tables:
        control = " (control, expected to break)" if table.control else ""
        out += [f"## target `{escape(table.target)}`{control}", ""]
        header = ["environment"] + [
            f"{escape(c.scenario)}<br>{escape(c.label)}" for c in table.columns
        ]
        out.append("| " + " | ".join(header) + " |")
        out.append("|" + "---|" * len(header))
        for env in table.rows:
            cells = [escape(env)]
            for col in table.columns:
                entry = table.get(env, col)
                cells.append(escape(entry.text) if entry else "")
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    if decision_lines:
        out += ["## Decision", ""]
        out += [f"- {escape(line)}" for line in decision_lines]
        out.append("")
    if verdicts:
        out += ["## Workarounds", ""]
        out += [f"- {escape(line)}" for line in summary_lines(verdicts)]
        out.append("")
    failing = [r for r in records if not r.passed]
    if failing:
        out += ["## Cells that did not pass", ""]
        for r in failing:
            out.append(
                f"- `{escape(r.id)}`: {escape(r.status.value)} ({escape(str(r.failure_class))}) "
                f"{escape(r.message)} [log]({escape(str(r.log or ''))})"
            )
        out.append("")
    out += ["## Legend", ""]
    out += [f"- **{escape(k)}**: {escape(v)}" for k, v in LEGEND.items()]
    out.append("")
    return "\n".join(out)
