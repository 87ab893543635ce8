"""Report rendering: the terminal table fits 120 columns, Markdown escapes, HTML renders."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from harness.config.matrix import load_matrix
from harness.judge.verdicts import derive_verdicts
from harness.judge.vocabulary import VERDICTS
from harness.report import markdown, terminal
from harness.report.build import write_files
from harness.report.formats import FORMATS
from harness.report.model import ReportMeta, collect
from harness.report.table import build_tables
from harness.results.records import CellRecord

from .conftest import MATRIX, tolerance


def synthetic_full_matrix() -> list[CellRecord]:
    """One record per cell of the full matrix (every environment, config, scenario, and each
    workaround in the jit-compile context), as a worst case for width; statuses vary so that
    every kind of entry appears."""
    m = load_matrix(MATRIX)
    records = []
    statuses = ["pass", "fail", "pass", "timeout", "pass", "infra"]
    contexts = [c.name for c in m.contexts()]
    for i, env in enumerate(m.environments.values()):
        for scenario in m.scenarios.values():
            slots = [(c, "") for c in m.configs.values()]
            slots += [
                (c, ctx) for ctx in contexts for c in m.configs.values() if c.role == "workaround"
            ]
            for j, (config, context) in enumerate(slots):
                status = statuses[(i + j) % len(statuses)]
                label = f"{config.name}@{context}" if context else config.name
                records.append(
                    CellRecord.from_json(
                        {
                            "id": f"{env.name}/reference/{scenario.name}/{label}",
                            "cell": {
                                "environment": env.name,
                                "target": "reference",
                                "scenario": scenario.name,
                                "config": config.name,
                                "context": context,
                            },
                            "role": config.role,
                            "status": status,
                            "stage": {"name": "predict", "step": 2, "N": 64}
                            if status != "pass"
                            else {"name": "done"},
                            "failure_class": "shape-mismatch" if status != "pass" else None,
                            "message": "ValueError <b>|</b> at predict step 2"
                            if status != "pass"
                            else "",
                            "xla": {"modules": 2 if config.name == "baseline" else j % 3},
                            "steps": [{"step": 1, "N": 4, "jit_compile": False, "outputs": []}],
                            "fingerprint": {"tensorflow": "2.21.0", "keras": "3.15.1"},
                        }
                    )
                )
    return records


def test_terminal_table_of_the_full_matrix_fits_120_columns_with_every_entry_whole():
    records = synthetic_full_matrix()
    verdicts = derive_verdicts(records, tolerance())
    kinds = {v.verdict for v in verdicts}
    assert kinds >= {"needed", "harmful", "infra", "holds", "breaks"}
    out = io.StringIO()
    console = Console(file=out, width=terminal.WIDTH, color_system=None)
    terminal.render(console, build_tables(records, verdicts), verdicts, ReportMeta())
    text = out.getvalue()
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 120
    assert "…" not in text, "rich clipped a column"
    for kind in kinds:
        assert VERDICTS[kind].terminal in text, kind
    assert "no-xla-tra~ = no-xla-translate" in text and "legend:" in text
    assert "tf2.21-keras3-gpu" in text and "no-clear-session" in text
    assert "  @ jit-compile" in text


def test_markdown_escapes_and_has_a_legend():
    records = synthetic_full_matrix()
    verdicts = derive_verdicts(records, tolerance())
    md = markdown.document(
        build_tables(records, verdicts), verdicts, records, ReportMeta(run_id="x")
    )
    assert "<b>" not in md.replace("<br>", "") and "&lt;b&gt;" in md and "\\|" in md
    assert "## Legend" in md and "| tf2.12 |" in md


def test_report_files_from_a_run_folder(tmp_path):
    run = tmp_path / "run"
    for r in synthetic_full_matrix()[:12]:
        path = run / "results" / r.cell.environment / f"{r.cell.filename}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({**r.to_json(), "finished": "2026-11-29T00:00:00"}))
    report = collect([run], load_matrix(MATRIX))
    names = {p.name for p in write_files(report, run)}
    assert {"results.jsonl", "verdicts.json", "xla_matrix.md", "junit.xml", "index.html"} <= names
    assert {f.filename for f in FORMATS.values()} <= names  # every format of the registry
    page = (run / "index.html").read_text()
    assert "&lt;b&gt;|&lt;/b&gt;" in page or "\\u003cb\\u003e" in page


def test_report_format_choices_come_from_the_registry(capsys):
    from harness.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["report", "--format", "yaml"])
    err = capsys.readouterr().err
    assert "invalid choice: 'yaml'" in err and all(name in err for name in FORMATS)


def test_companion_lines_name_each_package_once():
    """tf-keras is the tf-keras environment's own Keras and a companion of TFP elsewhere."""
    from harness.report.model import companion_lines

    fp = {"tensorflow": "2.21.0", "numpy": "2.4.6", "companions": {}}
    meta = ReportMeta(
        environments=["tf2.15", "tf2.21-tfkeras", "tf2.21-keras3"],
        fingerprints={
            "tf2.15": {**fp, "keras_flavour": "keras2", "keras": "2.15.0"},
            "tf2.21-tfkeras": {
                **fp,
                "keras_flavour": "tf-keras",
                "keras": "2.21.0",
                "companions": {"tensorflow-probability": "0.25.0", "tf-keras": "2.21.0"},
            },
            "tf2.21-keras3": {
                **fp,
                "keras_flavour": "keras3",
                "keras": "3.15.1",
                "companions": {"tensorflow-probability": "0.25.0", "tf-keras": "2.21.0"},
            },
        },
    )
    assert companion_lines(meta) == [
        "tf2.21-tfkeras: TensorFlow 2.21.0, tf-keras 2.21.0, numpy 2.4.6; "
        "tensorflow-probability 0.25.0",
        "tf2.21-keras3: TensorFlow 2.21.0, keras3 3.15.1, numpy 2.4.6; "
        "tensorflow-probability 0.25.0, tf-keras 2.21.0",
    ]
