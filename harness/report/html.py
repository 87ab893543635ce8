"""The HTML report (index.html): coloured tables, evidence on click, history, timing plot.

Static and self-contained (inline CSS, JS and SVG; no network), rendered with jinja2 with
autoescaping on, so evidence text (exception messages, logs) can never become markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import TYPE_CHECKING, Any

import jinja2

from harness.config.matrix import Role
from harness.config.names import cell_id, verdict_key
from harness.judge.cost import step_spread
from harness.judge.parity import compare
from harness.judge.vocabulary import css_rules
from harness.report import costs
from harness.report.junit import log_tail
from harness.report.table import LEGEND, Column, counts
from harness.repro.reproducer import command as repro_command
from harness.results import history
from harness.results.records import CellRecord, Status, Step

if TYPE_CHECKING:
    from harness.report.model import Report

ROLE_TITLES = {Role.BASELINE: "baseline", Role.WORKAROUND: "workarounds", Role.PROBE: "probes"}


def role_title(group: str) -> str:
    """Header of a column group: a role, or `workarounds @ <context>`."""
    return ROLE_TITLES.get(group, f"workarounds {group}")


LOG_LINES = 25


def slug(kind: str) -> str:
    return kind.replace("status:", "s-").replace(" ", "-")


@dataclass
class CellView:
    text: str
    css: str
    uid: str
    timeline: list[tuple[str, str]]
    changed: str | None


def env_label(env: str, fingerprints: dict[str, Any]) -> dict[str, str]:
    fp = fingerprints.get(env, {})
    devices = fp.get("devices") or []
    device = "gpu" if any("GPU" in d for d in devices) else ("cpu" if devices else "?")
    return {
        "name": env,
        "tensorflow": fp.get("tensorflow") or "?",
        "keras": f"{fp.get('keras_flavour') or '?'} {fp.get('keras') or ''}".strip(),
        "device": device,
    }


def record_view(
    record: CellRecord | None, reference: CellRecord | None, report: Report, out_dir: Path
) -> dict[str, Any]:
    if record is None:
        return {"id": "(missing)", "status": Status.MISSING.value}
    parity = "no eager reference to compare with"
    if reference is record:
        parity = "this is the eager reference"
    elif reference is not None and reference.passed and record.passed:
        checked = compare(record, reference, report.tolerance)
        tol = report.tolerance
        if not checked.checked:  # never "agrees" when the arrays could not be compared
            parity = f"outputs unchecked: {checked.text}"
        elif checked.agree:
            parity = f"agrees with eager (rtol {tol.rtol:g}, atol {tol.atol:g})"
        else:
            parity = f"differs from eager: {checked.text}"
    exc = record.exception
    return {
        "id": record.id,
        "status": record.status.value,
        "failure_class": record.failure_class,
        "message": record.message,
        "exception": f"{exc.module}.{exc.type}".strip(".") if exc else "",
        "stage": record.stage_text,
        "xla_modules": record.xla_modules,
        "xla_names": record.xla.names[:8],
        "jit_compile": record.jit_flags,
        "parity": parity,
        "timings": {k: round(v, 2) for k, v in record.timings.items()},
        "steps": [
            {
                "N": s.N,
                "build_s": round(s.build_s or 0.0, 2),
                "predict_s": round(s.predict_s or 0.0, 2),
                **step_costs(s),
            }
            for s in record.steps
        ],
        "log": record.log,
        "log_tail": log_tail(out_dir, record, LOG_LINES),
        "isolation": record.isolation,
        "cached_from": record.cached_from,
        "repro": None if record.passed else repro_command(record.id),
    }


def step_costs(step: Step) -> dict[str, Any]:
    """A step's steady state and what it spent, for the evidence panel."""
    out: dict[str, Any] = {}
    spread, why = step_spread(step)
    if spread is not None:
        ms = [round(x * 1e3, 2) for x in (spread.median, spread.low, spread.high)]
        out["steady_ms"] = f"{ms[0]} ({ms[1]}-{ms[2]}, {spread.runs} runs)"
    elif step.steady is not None:
        out["steady_ms"] = why
    facts = {
        "xla_compiles": step.compiles,
        "compile_s": step.compile_s,
        "traces": step.traces,
        "steady_compiles": step.steady.compiles if step.steady else None,
        "steady_traces": step.steady.traces if step.steady else None,
        "rss_mb": step.rss_mb,
    }
    out.update({k: v for k, v in facts.items() if v is not None})
    return out


def timing_plot(report: Report, envs: list[str]) -> dict[str, Any]:
    """Mean first-predict time (compile + forward) and build time per environment, of cells
    that passed, as bars for an inline SVG."""
    bars = []
    firsts: dict[str, list[Any]] = {}  # one pass over the records, not one per environment
    for r in report.records:
        if r.passed and r.steps:
            firsts.setdefault(r.cell.environment, []).append(r.steps[0])
    for env in envs:
        first = firsts.get(env, [])
        if not first:
            continue
        bars.append(
            {
                "env": env,
                "tf": report.meta.fingerprints.get(env, {}).get("tensorflow") or "?",
                "predict": mean(s.predict_s or 0.0 for s in first),
                "build": mean(s.build_s or 0.0 for s in first),
                "n": len(first),
            }
        )
    top = max([b["predict"] + b["build"] for b in bars] + [1e-9])
    width = 800
    for b in bars:
        b["build_w"] = round(b["build"] / top * (width - 260), 1)
        b["predict_w"] = round(b["predict"] / top * (width - 260), 1)
    return {"bars": bars, "width": width, "height": 28 * len(bars) + 40}


def summary_sentences(report: Report) -> list[str]:
    """Per workaround and target, in plain words."""
    lines = []
    by = counts(report.verdicts, key=lambda v: (v.label, v.target))
    for (config, target), by_verdict in sorted(by.items()):
        total = sum(by_verdict.values())
        parts = [
            f"{verdict} in {n} of {total}"
            for verdict, n in sorted(by_verdict.items(), key=lambda kv: -kv[1])
        ]
        lines.append(f"{config} on {target}: " + ", ".join(parts) + " environment x scenario cells")
    return lines


def render(report: Report, out_dir: Path) -> str:
    past = history.past_runs(out_dir.parent, exclude=out_dir)
    fingerprints = report.meta.fingerprints
    by_id = {r.id: r for r in report.records}
    evidence: dict[str, dict[str, Any]] = {}
    # each cell's view (with its log tail) is built once, however many verdicts cite it
    views: dict[str, dict[str, Any]] = {}
    by_key = costs.costs_by_key(report.verdicts)
    tables = []
    envs_seen: dict[str, None] = {}  # in order of appearance (a dict: membership is O(1))
    for table in report.tables:
        groups = _column_groups(table.columns)
        rows = []
        for env in table.rows:
            envs_seen.setdefault(env)
            cells = []
            for col in table.columns:
                entry = table.get(env, col)
                uid = f"e{len(evidence)}"
                if entry is None:
                    cells.append(CellView("", "empty", uid, [], None))
                    continue
                key = verdict_key(env, col.scenario, table.target, col.config, col.context)
                points, changed = (
                    history.timeline(key, entry.text, past)
                    if col.role != Role.BASELINE
                    else ([], None)
                )
                reference = by_id.get(
                    cell_id(env, table.target, col.scenario, report.reference_config)
                )
                for cited in entry.cells:
                    if cited not in views:
                        views[cited] = record_view(by_id.get(cited), reference, report, out_dir)
                judged = by_key.get((table.target, env, col.scenario, col.config, col.context))
                evidence[uid] = {
                    "title": key,
                    "verdict": entry.text,
                    "reason": entry.detail,
                    "role": col.role,
                    "changed": changed,
                    "records": list(entry.cells),
                    "cost": costs.cost_detail(judged.cost) if judged else "",
                }
                cells.append(CellView(entry.text, slug(entry.kind), uid, points[-8:], changed))
            rows.append({"env": env_label(env, fingerprints), "cells": cells})
        tables.append(
            {
                "target": table.target,
                "control": table.control,
                "groups": groups,
                "columns": table.columns,
                "rows": rows,
            }
        )
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("harness.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["slug"] = slug
    # JSON.parse takes no NaN: the evidence is plain data whose numbers were checked finite
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "allow_nan": False}
    template = env.get_template("index.html.j2")
    return template.render(
        meta=report.meta,
        tables=tables,
        evidence={"entries": evidence, "cells": views},
        legend=LEGEND,
        summaries=summary_sentences(report),
        plot=timing_plot(report, list(envs_seen)),
        cost_plots=costs.plots(report.tables, report.records, list(envs_seen)),
        cost_legend=costs.LEGEND,
        past_runs=[p.run_id for p in past],
        role_title=role_title,
        decision=report.decision_views,
        css_rules=css_rules(),
        problems=report.problems,
    )


def _column_groups(columns: list[Column]) -> list[dict[str, Any]]:
    """Header spans: one per scenario, then one per role within it."""
    groups: list[dict[str, Any]] = []
    for col in columns:
        if not groups or groups[-1]["scenario"] != col.scenario:
            groups.append({"scenario": col.scenario, "span": 0, "roles": []})
        g = groups[-1]
        g["span"] += 1
        group = f"@ {col.context}" if col.context else col.role
        if not g["roles"] or g["roles"][-1]["role"] != group:
            g["roles"].append({"role": group, "span": 0})
        g["roles"][-1]["span"] += 1
    return groups
