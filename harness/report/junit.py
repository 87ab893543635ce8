"""JUnit XML: one testcase per cell, so CI test views show the matrix.

classname = environment, name = target/scenario[config]. A cell that ran and did not pass
is a <failure> (its informative line as message, failure class as type, the log tail as
text); a cell that could not run is an <error>; missing or skipped cells are <skipped>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

from harness.results import untrusted
from harness.results.records import CellRecord, PlannedCell, Status

if TYPE_CHECKING:
    from harness.report.model import Report

LOG_TAIL_LINES = 40
# what XML 1.0 forbids: C0 controls but tab and newlines, surrogates, U+FFFE and U+FFFF
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text any XML 1.0 parser accepts: ANSI escapes removed, forbidden characters dropped."""
    return _NOT_XML.sub("", untrusted.strip_ansi(text))


def visible(text: str) -> str:
    """One line of it as XML takes it: what XML forbids dropped, invisible characters (bidi
    overrides, tag characters) made spaces."""
    return untrusted.printable(xml_text(text))


def log_tail(run_dir: Path | None, record: CellRecord, lines: int = LOG_TAIL_LINES) -> str:
    """The last lines of the cell's log, read from the end, from inside the folder the record
    was read from (never following a link, see harness.results.untrusted)."""
    if run_dir is None or not record.log:
        return ""
    root = record.source or run_dir
    try:
        return untrusted.read_tail(root, record.log, lines)
    except untrusted.Refused as exc:
        return f"(log {record.log} not read: {exc})"
    except OSError as exc:
        return f"(log {record.log} not read: {exc.strerror or exc})"


def junit_kind(status: Status) -> tuple[str, str]:
    """(element, counter) for a cell that did not pass: it ran and failed, could not run,
    or never ran."""
    if status.failing or status is Status.FLAKY:
        return "failure", "failures"
    if status is Status.MISSING:
        return "skipped", "skipped"
    return "error", "errors"


def case_name(target: str, scenario: str, config: str) -> str:
    return f"{target}/{scenario}[{config}]"


def render(report: Report, out_dir: Path) -> str:
    return document(report.records, report.expected, out_dir)


def document(records: list[CellRecord], expected: list[PlannedCell], run_dir: Path | None) -> str:
    by_env: dict[str, list[CellRecord]] = {}
    for r in records:
        by_env.setdefault(r.cell.environment, []).append(r)
    have = {r.id for r in records}
    missing: dict[str, list[PlannedCell]] = {}  # by environment: one pass, not one per suite
    for p in expected:
        if p.cell.id not in have:
            missing.setdefault(p.environment, []).append(p)
    root = ET.Element("testsuites", name="xla-matrix")
    total = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    envs = sorted(by_env.keys() | missing.keys())
    for env in envs:
        suite = ET.SubElement(root, "testsuite", name=env)
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        time_total = 0.0
        for r in by_env.get(env, []):
            c = r.cell
            wall = float(r.timings.get("wall_s", 0.0))
            time_total += wall
            case = ET.SubElement(
                suite,
                "testcase",
                classname=env,
                name=case_name(c.target, c.scenario, c.config),
                time=f"{wall:.3f}",
            )
            props = ET.SubElement(case, "properties")
            for key, value in (
                ("status", r.status.value),
                ("role", r.role),
                ("stage", r.stage_text),
                ("xla_modules", r.xla_modules),
                ("log", r.log),
            ):
                ET.SubElement(props, "property", name=key, value=str(value))
            counts["tests"] += 1
            if r.passed:
                continue
            tail = "\n".join(map(visible, log_tail(run_dir, r).splitlines()))
            message = visible(r.message)
            text = f"{message}\n\n--- log tail ({r.log}) ---\n{tail}"
            tag, counter = junit_kind(r.status)
            counts[counter] += 1
            if tag == "skipped":
                el = ET.SubElement(case, tag, message=message or r.status.value)
            else:
                el = ET.SubElement(
                    case, tag, message=message, type=str(r.failure_class or r.status.value)
                )
            el.text = text
        for planned in missing.get(env, []):
            case = ET.SubElement(
                suite,
                "testcase",
                classname=env,
                name=case_name(planned.target, planned.scenario, planned.config),
                time="0",
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
    for el in root.iter():
        el.text = xml_text(el.text) if el.text else el.text
        el.attrib = {k: xml_text(v) for k, v in el.attrib.items()}
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
