"""The comparison table as Markdown (reports/<run>/xla_matrix.md, CI step summaries).

Everything from a record, a plan or a log is untrusted (an artifact may come from a job that
ran nightly wheels and user code) and lands in the job summary, which GitHub renders: it is
made inert here. Control characters and ANSI escapes go, and every character that Markdown,
GFM or HTML would give a meaning to where it stands is backslash-escaped: no heading, quote,
list, link, image, autolink, emphasis, table cell, entity or tag can start inside a value.
Only those: `>=4.12`, `a -> b`, `step_625` and `[128,128]` read in the raw file as they
were written. Code spans are fenced with more backticks than the value holds.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from harness.judge.decision import CONTROL_LABEL
from harness.report import costs
from harness.report.decision_view import TargetView
from harness.report.model import Report, ReportMeta, companion_lines
from harness.report.table import LEGEND, Table, summary_lines
from harness.results.records import CellRecord, Verdict
from harness.results.untrusted import printable

# What has a meaning anywhere in a line, backslash-escaped (each is ASCII punctuation, which
# CommonMark lets a backslash make literal):
# - backslash, backtick, asterisk, tilde, dollar, pipe: escapes, code, emphasis,
#   strikethrough, math, table cells;
# - an underscore that is not inside a word (inside one it never emphasises);
# - '[': links, images, footnotes and reference definitions all open with it;
# - '<' that opens a tag, comment, declaration or autolink (a letter, '/', '!' or '?' after);
# - '&' that would make an entity or a numeric character reference;
# - the ':' of '://' and the '.' of 'www.', which start GFM's extended autolinks.
_SPECIAL = re.compile(
    r"([\\`*~$|\[])"
    r"|((?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))"
    r"|(<(?=[A-Za-z/!?]))"
    r"|(&(?=#[0-9]|#[xX][0-9A-Fa-f]|[A-Za-z][A-Za-z0-9]*;))"
    r"|(?=://)|(?<=www)(?=\.)",
    re.I,
)
# What has a meaning only where a block starts (a value may start a list item): a heading,
# a quote, a list marker, an ordered list's number.
_LEADING = re.compile(r"^([#>+-])|^(\d+)(?=[.)])")
MAX_TEXT = 400  # characters of one value shown in the summary (the files keep all of it)
MAX_PROBLEMS = 50


def clip(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def escape(text: str, limit: int = MAX_TEXT) -> str:
    """Inert inline text, safe in a table cell: no Markdown, no HTML, no line breaks."""
    text = clip(printable(text), limit)
    text = _SPECIAL.sub(_backslash, text)
    return _LEADING.sub(_leading, text, count=1)


def _leading(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\"


def _backslash(match: re.Match[str]) -> str:
    return "\\" + (match.group(0) or "")


def code(text: str, in_table: bool = False) -> str:
    """A code span that no backtick in `text` can close early."""
    text = clip(printable(text))
    if in_table:
        text = text.replace("|", "\\|")  # GFM splits cells before it parses spans
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def link(label: str, target: str) -> str:
    """A link to a relative file of the report (percent-encoded: no syntax can leak)."""
    return f"[{escape(label)}]({quote(printable(target), safe='/')})"


def problems_section(problems: list[str], title: str = "Problems") -> list[str]:
    if not problems:
        return []
    out = [f"## {title}", ""]
    out += [f"- {escape(p)}" for p in problems[:MAX_PROBLEMS]]
    if len(problems) > MAX_PROBLEMS:
        out.append(f"- … and {len(problems) - MAX_PROBLEMS} more")
    return [*out, ""]


def render(report: Report, out_dir: Path) -> str:
    return document(
        report.tables,
        report.verdicts,
        report.records,
        report.meta,
        report.decision_views,
        report.problems,
    )


def document(
    tables: list[Table],
    verdicts: list[Verdict],
    records: list[CellRecord],
    meta: ReportMeta,
    decision: list[TargetView] | None = None,
    problems: list[str] | None = None,
) -> str:
    out = ["# xla-matrix", ""]
    if meta.incomplete:
        out += ["**Incomplete run**: " + escape(meta.incomplete_reason), ""]
    out.append(f"Run {code(meta.run_id)}: {len(records)} cells, {len(verdicts)} verdicts.")
    if meta.left_out:
        out.append(f"{meta.left_out} results of cells no longer planned are left out.")
    out.append("")
    out += problems_section(problems or [])
    out += decision_section(decision or [])
    for table in tables:
        control = f" ({CONTROL_LABEL})" if table.control else ""
        out += [f"## target {code(table.target)}{control}", ""]
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
    out += cost_section(tables, verdicts, records)
    companions = companion_lines(meta)
    if companions:
        out += ["## Companions installed", ""]
        out += [f"- {escape(line)}" for line in companions]
        out.append("")
    if verdicts:
        out += ["## Workarounds", ""]
        out += [f"- {escape(line)}" for line in summary_lines(verdicts)]
        out.append("")
    failing = [r for r in records if not r.passed]
    if failing:
        out += ["## Cells that did not pass", ""]
        for r in failing:
            log = f" {link('log', r.log)}" if r.log else ""
            out.append(
                f"- {code(r.id)}: {escape(r.status.value)} ({escape(str(r.failure_class))}) "
                f"{escape(r.message)}{log}"
            )
        out.append("")
    out += ["## Legend", ""]
    out += [f"- **{escape(k)}**: {escape(v)}" for k, v in LEGEND.items()]
    out.append("")
    return "\n".join(out)


def decision_section(decision: list[TargetView]) -> list[str]:
    """First in the file: per target its bottom line, then one line per workaround and
    blocker (a blocker's message clipped; the whole one is under the cells that did not
    pass); a control that showed what it was expected to show is its one line."""
    if not decision:
        return []
    out = ["## Decision", ""]
    for view in decision:
        label = f"**{escape(view.target)}**" + (f" ({CONTROL_LABEL})" if view.control else "")
        out.append(f"- {label}: {escape(view.headline)}" if view.headline else f"- {label}")
        if view.expectation is None or not view.expectation.held:
            out += [f"  - {escape(item)}" for item in view.items]
    return [*out, ""]


def cost_section(
    tables: list[Table], verdicts: list[Verdict], records: list[CellRecord]
) -> list[str]:
    """The cost beside the verdicts: per target its table of steady-state ratios (the
    verdict table's columns, the baseline's left out), then the cells that recompiled."""
    by_key = costs.costs_by_key(verdicts)
    out: list[str] = []
    for table in tables:
        if not costs.measured(table, verdicts):
            continue
        columns = costs.cost_columns(table)
        control = f" ({CONTROL_LABEL})" if table.control else ""
        out += [f"### cost of {code(table.target)}{control}", ""]
        header = ["environment"] + [f"{escape(c.scenario)}<br>{escape(c.label)}" for c in columns]
        out.append("| " + " | ".join(header) + " |")
        out.append("|" + "---|" * len(header))
        for env in table.rows:
            cells = [escape(env)]
            for c in columns:
                v = by_key.get((table.target, env, c.scenario, c.config, c.context))
                cells.append(escape(costs.cost_text(v.cost)) if v else "")
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    recompiled = costs.recompile_lines(records)
    if recompiled:
        out += ["### Recompiled in the steady state", ""]
        out += [f"- {escape(line)}" for line in recompiled]
        out.append("")
    if out:
        out = ["## Cost", "", escape(costs.LEGEND), "", *out]
    return out
