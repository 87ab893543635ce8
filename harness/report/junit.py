"""JUnit XML: one testcase per cell, so CI test views show the matrix.

classname = environment, name = target/scenario[config]. A cell that ran and did not pass
is a <failure> (its informative line as message, failure class as type, the log tail as
text); a cell that could not run is an <error>; missing or skipped cells are <skipped>.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from harness.classify import FAILING

LOG_TAIL_LINES = 40


def log_tail(run_dir: Path | None, record: dict[str, Any], lines: int = LOG_TAIL_LINES) -> str:
    if run_dir is None or not record.get("log"):
        return ""
    path = Path(record.get("source") or run_dir) / record["log"]
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"(log not found: {path})"
    return "\n".join(text.splitlines()[-lines:])


def junit_kind(status: str) -> tuple[str, str]:
    """(element, counter) for a cell that did not pass: it ran and failed, could not run,
    or never ran."""
    if status in (*FAILING, "flaky"):
        return "failure", "failures"
    if status in ("skipped", "missing"):
        return "skipped", "skipped"
    return "error", "errors"


def render(records: list[dict[str, Any]], expected_ids: list[str], run_dir: Path | None) -> str:
    by_env: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_env.setdefault(r["cell"]["environment"], []).append(r)
    have = {r["id"] for r in records}
    missing = [i for i in expected_ids if i not in have]
    root = ET.Element("testsuites", name="xla-matrix")
    total = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    envs = sorted(by_env.keys() | {m.split("/")[0] for m in missing})
    for env in envs:
        suite = ET.SubElement(root, "testsuite", name=env)
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        time_total = 0.0
        for r in by_env.get(env, []):
            c = r["cell"]
            wall = float(r.get("timings", {}).get("wall_s", 0.0))
            time_total += wall
            case = ET.SubElement(
                suite,
                "testcase",
                classname=env,
                name=f"{c['target']}/{c['scenario']}[{c['config']}]",
                time=f"{wall:.3f}",
            )
            props = ET.SubElement(case, "properties")
            for key, value in (
                ("status", r["status"]),
                ("role", r.get("role")),
                ("stage", r.get("stage_text")),
                ("xla_modules", (r.get("xla") or {}).get("modules")),
                ("log", r.get("log")),
            ):
                ET.SubElement(props, "property", name=key, value=str(value))
            counts["tests"] += 1
            status = r["status"]
            if status == "pass":
                continue
            tail = log_tail(run_dir, r)
            text = f"{r.get('message', '')}\n\n--- log tail ({r.get('log')}) ---\n{tail}"
            tag, counter = junit_kind(status)
            counts[counter] += 1
            if tag == "skipped":
                el = ET.SubElement(case, tag, message=r.get("message", status))
            else:
                el = ET.SubElement(
                    case,
                    tag,
                    message=r.get("message", ""),
                    type=str(r.get("failure_class") or status),
                )
            el.text = text
        for cell_id in missing:
            if cell_id.split("/")[0] != env:
                continue
            _, target, scenario, config = cell_id.split("/")
            case = ET.SubElement(
                suite, "testcase", classname=env, name=f"{target}/{scenario}[{config}]", time="0"
            )
            ET.SubElement(case, "skipped", message="missing: no result for this planned cell")
            counts["tests"] += 1
            counts["skipped"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            total[key] += value
        suite.set("time", f"{time_total:.3f}")
    for key, value in total.items():
        root.set(key, str(value))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
