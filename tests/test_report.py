"""Report rendering: the terminal table fits 120 columns, Markdown escapes, HTML renders."""

from __future__ import annotations

import io
import json
import re

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
    terminal.render(console, build_tables(records, verdicts), ReportMeta())
    text = out.getvalue()
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 120
    assert "…" not in text, "rich clipped a column"
    for kind in kinds:
        assert VERDICTS[kind].terminal in text, kind
    # a config name wider than a column is wrapped at its hyphens, never cut
    assert "~" not in text and "legend:" in text
    header = next(i for i, line in enumerate(lines) if "no-xla-" in line)
    assert "translate" in lines[header + 1] and "autojit-off" in lines[header + 1]
    assert "tf2.21-keras3-gpu" in text and "no-clear-session" in text
    assert "  @ jit-compile" in text


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("no-xla-translate", ["no-xla-", "translate"]),
        ("autojit-off", ["autojit-off"]),
        ("a-very-long-config-name", ["a-very-", "long-", "config-name"]),
        ("averyveryverylongname", ["averyveryve", "rylongname"]),
    ],
)
def test_a_config_name_wider_than_its_column_wraps_at_hyphens(name, lines):
    assert terminal.wrap_name(name).split("\n") == lines


def test_markdown_escapes_and_has_a_legend():
    records = synthetic_full_matrix()
    verdicts = derive_verdicts(records, tolerance())
    md = markdown.document(
        build_tables(records, verdicts), verdicts, records, ReportMeta(run_id="x")
    )
    # every '<' that could open a tag is escaped (the table's own <br> aside), and only that
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", md.replace("<br>", ""))
    assert "ValueError \\<b>\\|\\</b> at predict step 2" in md
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


# --- the decision as the reports show it ---------------------------------------------------

# as the record of a real run has it (the classifier cut it, and said so)
HARMFUL_LINE = (
    "InvalidArgumentError at predict step 1 (N=128): Detected unsupported operations when "
    "trying to compile graph __inference_run_step_625[] on XLA_CPU_JIT: "
    "ImageProjectiveTransformV3 (No registered 'ImageProjectiveTransformV3' OpKernel for "
    "XLA_CPU_JIT devices compatible with node {{node r..."
)


@pytest.mark.parametrize(
    ("line", "clipped"),
    [
        # the tail that was cut open goes: the op is what informs
        (
            HARMFUL_LINE.replace("run_step_625", "one_step_on_data_666"),
            "InvalidArgumentError at predict step 1 (N=128): Detected unsupported … trying to "
            "compile graph __inference_one_step_on_data_666[] on XLA_CPU_JIT: "
            "ImageProjectiveTransformV3",
        ),
        # the middle goes: the error at the start, the shapes at the end
        (
            "ValueError at build step 2 (N=64): ValueError: Dimensions must be equal, but are "
            "64 and 128 for '{{node probe_illumination/mul}} = Mul[T=DT_FLOAT](probe_"
            "illumination/strided_slice, probe_illumination/mul/ReadVariableOp)' with input "
            "shapes: [?,64,64], [128,128].",
            "ValueError at build step 2 (N=64): ValueError: Dimensions must be … umination/"
            "strided_slice, probe_illumination/mul/ReadVariableOp)' with input shapes: "
            "[?,64,64], [128,128].",
        ),
        ("short\nand whole", "short and whole"),
    ],
)
def test_a_long_informative_line_keeps_its_start_and_what_informs_at_its_end(line, clipped):
    from harness.report.decision_view import BLOCKER_CHARS, clip_line

    assert clip_line(line) == clipped
    assert len(clip_line(line)) <= BLOCKER_CHARS


def decisions_and_checks():
    from harness.judge.decision import Blocker, TargetDecision, WorkaroundDecision
    from harness.report.controls import Check, Expectation

    cell = "tf2.15/reference/n128-then-64/no-xla-translate@jit-compile"
    mine = TargetDecision(
        "reference",
        False,
        [
            WorkaroundDecision("eager", "remove"),
            WorkaroundDecision(
                "no-xla-translate", "undecided", {"tf2.15": ["harmful in n128-then-64"]}
            ),
        ],
        [
            Blocker(
                "harmful", HARMFUL_LINE, cell, "tf2.15 / n128-then-64", [cell.replace("15", "21")]
            )
        ],
        {},
    )
    held = TargetDecision("singleton", True, [WorkaroundDecision("eager", "undecided")], [], {})
    lost = TargetDecision("plain", True, [WorkaroundDecision("eager", "undecided")], [], {})
    checks = {
        "singleton": Check(Expectation("singleton", VERDICTS["broken"]), ("a", "b"), ("a", "b")),
        "plain": Check(Expectation("plain", VERDICTS["vacuous"]), ("a", "b"), (), ("not needed",)),
    }
    return [held, mine, lost], checks


def test_the_decision_names_the_cell_and_clips_the_message_at_a_whole_thought():
    from harness.report.decision_view import lines, views

    decisions, checks = decisions_and_checks()
    shown = lines(views(decisions, checks))
    assert shown[:3] == [
        "reference: remove eager: not needed or inert everywhere it was judged",
        "reference: undecided no-xla-translate: tf2.15 (harmful in n128-then-64)",
        "reference: blocker: InvalidArgumentError at predict step 1 (N=128): Detected "
        "unsupported operations when trying to compile graph __inference_run_step_625[] on "
        "XLA_CPU_JIT: ImageProjectiveTransformV3 … "
        "(tf2.15/reference/n128-then-64/no-xla-translate@jit-compile; harmful; also 1 more "
        "cell(s) in tf2.21)",
    ]
    # the controls after the project's targets: one line each, whether they held or not
    assert shown[3:] == [
        "singleton (control): broken in 2 of 2 environments, as expected",
        "plain (control): expected vacuous, shown in none of 2 environments: gave not needed",
        "plain (control): undecided eager: ",  # it did not: its own decision is shown
    ]


def test_the_terminal_decision_puts_each_targets_headline_first_and_controls_on_one_line():
    from harness.report.decision_view import views

    decisions, checks = decisions_and_checks()
    out = io.StringIO()
    console = Console(file=out, width=terminal.WIDTH, color_system=None)
    terminal.render_decision(console, views(decisions, checks))
    text = out.getvalue()
    assert text.splitlines()[:2] == ["decision", "  reference:"]
    # an item is one line (the terminal wraps it, no line break is written into it)
    assert "ImageProjectiveTransformV3 … (tf2.15/reference" in text
    assert "No registered" not in text  # the whole message is in the evidence
    assert "  plain (control): expected vacuous, shown in none of 2 environments" in text
    assert text.splitlines()[-1] == "  controls, as expected: singleton broken (2 of 2)"


def test_markdown_puts_the_decision_first_and_reads_raw_as_written():
    from harness.report.decision_view import views

    decisions, checks = decisions_and_checks()
    records = synthetic_full_matrix()[:3]
    verdicts = derive_verdicts(records, tolerance())
    md = markdown.document(
        build_tables(records, verdicts),
        verdicts,
        records,
        ReportMeta(run_id="x"),
        views(decisions, checks),
    )
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings[:2] == ["## Decision", "## target `reference`"]
    assert "- **singleton** (control): broken in 2 of 2 environments, as expected" in md
    assert "  - blocker: InvalidArgumentError at predict step 1 (N=128): Detected" in md
    assert "\\_\\_inference_run_step_625\\[] on XLA_CPU_JIT" in md


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("tensorflow>=4.12", "tensorflow>=4.12"),
        ("inert -> needed", "inert -> needed"),
        ("shapes: [?,64,64], [128,128]", "shapes: \\[?,64,64], \\[128,128]"),
        ("run_step_625 and __init__", "run_step_625 and \\_\\_init\\_\\_"),
        ("a < b & c", "a < b & c"),
        ("<b>x</b> &amp; &#38;", "\\<b>x\\</b> \\&amp; \\&#38;"),
        ("> quoted", "\\> quoted"),
        ("# heading", "\\# heading"),
        ("1. listed", "1\\. listed"),
        ("see https://x.example or www.x.example", "see https\\://x.example or www\\.x.example"),
        ("*a* `b` ~c~ $d$ |e|", "\\*a\\* \\`b\\` \\~c\\~ \\$d\\$ \\|e\\|"),
    ],
)
def test_markdown_escapes_only_what_markdown_would_read(raw, escaped):
    assert markdown.escape(raw) == escaped


def test_a_controls_expectation_is_checked_environment_by_environment():
    from harness.report.controls import Expectation, check
    from harness.results.records import Verdict

    def v(env: str, target: str, verdict: str, context: str = "") -> Verdict:
        return Verdict(
            env, "s", target, "no-xla-translate", "workaround", verdict, "", [], {}, context
        )

    verdicts = [
        v("a", "singleton", "broken"),
        v("b", "singleton", "broken"),
        v("a", "plain", "vacuous"),
        v("b", "plain", "not needed"),
        v("b", "plain", "inert", "jit-compile"),
        v("a", "jit-fallback", "not needed"),
        v("a", "jit-fallback", "harmful", "jit-compile"),
        v("a", "reference", "harmful", "jit-compile"),
    ]
    expected = {
        "singleton": Expectation("singleton", VERDICTS["broken"]),
        "plain": Expectation("plain", VERDICTS["vacuous"]),
        "jit-fallback": Expectation("jit-fallback", VERDICTS["harmful"], "jit-compile"),
        "inert-switch": Expectation("inert-switch", VERDICTS["inert"]),  # not in this run
    }
    checks = check(expected, verdicts)
    assert set(checks) == {"singleton", "plain", "jit-fallback"}
    assert checks["singleton"].line == "broken in 2 of 2 environments, as expected"
    assert checks["plain"].line == "vacuous in 1 of 2 environments, as expected"
    assert checks["jit-fallback"].line == "harmful @ jit-compile in 1 of 1 environment, as expected"
    assert expected["jit-fallback"].failures_expected and expected["singleton"].failures_expected
    assert not expected["plain"].failures_expected  # every cell behind vacuous passes
