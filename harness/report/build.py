"""Write every report file of a judged run: results.jsonl, Markdown, JSON, JUnit XML, HTML."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from harness import store
from harness.report import junit, markdown
from harness.report.model import Report, collect
from harness.verdicts import VerdictsFile


def copy_logs(report: Report, out_dir: Path) -> None:
    """A merged report carries the logs of its cells, so that its links work on their own."""
    for r in report.records:
        source = r.source or out_dir
        if not r.log or source.resolve() == out_dir.resolve():
            continue
        src, dest = source / r.log, out_dir / r.log
        if src.is_file():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)


def render(report: Report, fmt: str, out_dir: Path) -> str:
    if fmt == "md":
        return markdown.render(
            report.tables, report.verdicts, report.records, report.meta, report.decision_lines
        )
    if fmt == "json":
        return json.dumps(VerdictsFile(report.meta, report.verdicts).to_json(), indent=1)
    if fmt == "junit":
        return junit.render(report.records, report.expected, out_dir)
    if fmt == "html":
        from harness.report import html

        return html.render(report, out_dir)
    raise ValueError(fmt)


FILES = {"md": "xla_matrix.md", "json": "verdicts.json", "junit": "junit.xml", "html": "index.html"}
DECISION_FILE = "decision.json"


def write_files(report: Report, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    copy_logs(report, out_dir)
    written = []
    jsonl = out_dir / "results.jsonl"
    store.write_text_atomic(
        jsonl, "".join(json.dumps(r.to_json(), default=str) + "\n" for r in report.records)
    )
    written.append(jsonl)
    decision = out_dir / DECISION_FILE
    store.write_json_atomic(decision, [d.as_dict() for d in report.decisions])
    written.append(decision)
    for fmt, name in FILES.items():
        if fmt == "html" and not html_available():
            continue
        path = out_dir / name
        store.write_text_atomic(path, render(report, fmt, out_dir))
        written.append(path)
    return written


def html_available() -> bool:
    from importlib.util import find_spec

    return find_spec("harness.report.html") is not None and find_spec("jinja2") is not None


def report_dirs(dirs: list[Path], out: Path, quiet: bool = False, fmt: str | None = None) -> Report:
    """Judge the results in `dirs`, write every report file to `out`, then print the table
    (or the report in `fmt` on stdout)."""
    import sys

    from rich.console import Console

    from harness.report import terminal

    report = collect(dirs)
    written = write_files(report, out)
    if fmt:
        sys.stdout.write(render(report, fmt, out))
    elif not quiet:
        console = Console(width=None if sys.stdout.isatty() else 120)
        terminal.render(console, report.tables, report.verdicts, report.meta, report.decision_lines)
        for problem in report.problems:
            console.print(f"[yellow]unreadable record:[/] {problem}")
        console.print(f"[dim]report: {', '.join(str(p) for p in written)}[/dim]", highlight=False)
    return report
