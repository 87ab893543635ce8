"""Crafted artifacts through the real CLI (`report --merge`, `--check`): each is what a job
that installs nightly wheels and runs user code could upload. None may reach outside its own
folder, leak a file, inject Markdown into the job summary, break junit.xml, or stop the
report from being written. No TensorFlow needed: the records are written by hand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import CRAFTED_ENV, CRAFTED_SCENARIO, REPO, missing_tool, run_cli
from .conftest import crafted_record as record
from .conftest import crafted_run as artifact

ENV, SCENARIO = CRAFTED_ENV, CRAFTED_SCENARIO


def default_log(config: str = "baseline") -> str:
    return f"logs/{ENV}/reference.{SCENARIO}.{config}.log"


def merge(*dirs: Path, out: Path, fmt: str = "md") -> subprocess.CompletedProcess[str]:
    return run_cli("report", "--merge", *map(str, dirs), "--out", str(out), "--format", fmt)


def all_text(folder: Path) -> str:
    return "\n".join(
        p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file()
    )


# --- path traversal, claimed sources, links ---------------------------------------------


def test_log_that_climbs_out_of_its_folder_is_a_named_problem_and_nothing_is_written(tmp_path):
    """The reproduction: a record's log `../../noxfile.py` made the merge overwrite the
    checkout's noxfile with the artifact's own file."""
    checkout = tmp_path / "checkout"
    (checkout / "noxfile.py").parent.mkdir(parents=True)
    (checkout / "noxfile.py").write_text("# the real noxfile\n")
    job = checkout / "artifacts" / "job"
    (job / "noxfile.py").parent.mkdir(parents=True)
    (job / "noxfile.py").write_text("import os; os.system('steal')\n")
    bad = record(log="../../noxfile.py")
    absolute = record(config="eager", status="pass", log=str(checkout / "noxfile.py"))
    artifact(job / "a" / "b", [bad, absolute])
    proc = merge(checkout / "artifacts", out=checkout / "reports" / "merged")
    assert proc.returncode == 0, proc.stderr
    assert (checkout / "noxfile.py").read_text() == "# the real noxfile\n"
    assert "steal" not in all_text(checkout / "reports")
    md = proc.stdout
    assert "## Problems" in md
    assert "reference.n128-then-64.baseline.json: log: '../../noxfile.py' is a path with '..'" in md
    assert "reference.n128-then-64.eager.json: log:" in md and "is an absolute path" in md
    assert "Cells that did not pass" not in md  # neither record is a row


def test_a_claimed_source_is_ignored(tmp_path):
    """`source` is where the record was read from, whatever the file says: a record claiming
    /proc/self (or .git) reads its log from its own folder."""
    claims = record(source="/proc/self", log=default_log())
    run = artifact(
        tmp_path / "artifacts" / "job", [claims], {default_log(): b"the artifact's log\n"}
    )
    environ = record(config="eager", source="/proc/self", log="environ")
    artifact(tmp_path / "artifacts" / "other", [environ])
    out = tmp_path / "merged"
    proc = merge(tmp_path / "artifacts", out=out, fmt="junit")
    assert proc.returncode == 0, proc.stderr
    root = ET.fromstring(proc.stdout.encode())
    failure = root.find(".//failure")
    assert failure is not None and "the artifact's log" in failure.text
    assert (out / default_log()).read_bytes() == (run / default_log()).read_bytes()
    # nothing of this process's environment in any file of the merged report
    assert os.environ.get("PATH", "") not in all_text(out)
    assert "environ" in (out / "xla_matrix.md").read_text()  # the other record, named


def test_links_are_never_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("GITHUB_TOKEN=ghs_secret\n")
    outside = tmp_path / "outside"
    (outside / ENV).mkdir(parents=True)
    (outside / ENV / "stolen.json").write_text(json.dumps(record(config="autojit")))
    (outside / "note.log").write_text("GITHUB_TOKEN=ghs_secret\n")

    linked_log = artifact(tmp_path / "artifacts" / "a", [record()])
    (linked_log / default_log()).parent.mkdir(parents=True)
    (linked_log / default_log()).symlink_to(secret)
    linked_dir = artifact(tmp_path / "artifacts" / "b", [record(config="eager", status="pass")])
    (linked_dir / "logs").symlink_to(outside)
    linked_results = artifact(tmp_path / "artifacts" / "c", [])
    (linked_results / "results").mkdir(exist_ok=True)
    (linked_results / "results" / "other").symlink_to(outside / ENV)
    linked_record = artifact(tmp_path / "artifacts" / "d", [])
    (linked_record / "results" / ENV).mkdir(parents=True)
    (linked_record / "results" / ENV / "x.json").symlink_to(outside / ENV / "stolen.json")

    out = tmp_path / "merged"
    proc = merge(tmp_path / "artifacts", out=out)
    assert proc.returncode == 0, proc.stderr
    assert "ghs_secret" not in all_text(out)
    assert not any(p.is_symlink() for p in out.rglob("*"))
    junit = (out / "junit.xml").read_text()
    assert f"(log {default_log()} not read: a symbolic link)" in junit
    md = proc.stdout
    assert "results/other: a symbolic link, not read" in md
    assert "x.json: a symbolic link, not read" in md
    assert "autojit" not in (out / "results.jsonl").read_text()


def test_output_arrays_named_by_a_record_are_read_only_as_regular_files(tmp_path):
    """A FIFO where a record's .npz should be hung the report (numpy waits for a writer);
    a link to a file outside is not followed."""
    outside = tmp_path / "outside.npz"
    outside.write_bytes(b"PK not really")
    env_dir = f"results/{ENV}"
    FIFO, LINK = f"reference.{SCENARIO}.baseline.npz", f"reference.{SCENARIO}.eager.npz"
    run = artifact(
        tmp_path / "artifacts" / "job",
        [
            record(
                status="pass",
                failure_class=None,
                message="",
                outputs={"file": f"{env_dir}/{FIFO}"},
            ),
            record(
                config="eager",
                status="pass",
                failure_class=None,
                message="",
                outputs={"file": f"{env_dir}/{LINK}"},
            ),
        ],
    )
    os.mkfifo(run / env_dir / FIFO)
    (run / env_dir / LINK).symlink_to(outside)
    proc = run_cli(
        "report",
        "--merge",
        str(tmp_path / "artifacts"),
        "--out",
        str(tmp_path / "merged"),
        "--format",
        "json",
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert not (tmp_path / "merged" / env_dir / FIFO).exists()
    assert not (tmp_path / "merged" / env_dir / LINK).exists()
    assert (
        "outputs not copied: not a regular file"
        in (tmp_path / "merged" / "xla_matrix.md").read_text()
    )


def peak_rss_mb(args: list[str]) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run the CLI in a fresh process and measure its peak resident memory."""
    code = (
        "import resource, subprocess, sys;"
        "p = subprocess.run(sys.argv[1:]);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "harness", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc, int(proc.stdout.split()[-1]) / 1024


def test_a_huge_log_is_read_from_its_end_and_copied_capped(tmp_path):
    size_mb = 160
    run = artifact(tmp_path / "artifacts" / "job", [record()])
    log = run / default_log()
    log.parent.mkdir(parents=True)
    with open(log, "wb") as f:
        f.write(b"FIRST LINE\n")
        block = (b"y" * 1023 + b"\n") * 1024
        for _ in range(size_mb):
            f.write(block)
        f.write(b"LAST LINE\n")
    out = tmp_path / "merged"
    proc, peak = peak_rss_mb(
        ["report", "--merge", str(tmp_path / "artifacts"), "--out", str(out), "--quiet"]
    )
    assert proc.returncode == 0, proc.stderr
    copied = (out / default_log()).read_bytes()
    assert len(copied) <= 8 * 1024 * 1024 + 200
    assert copied.startswith(b"FIRST LINE\n") and copied.endswith(b"LAST LINE\n")
    assert b"bytes cut from the middle of this log]" in copied
    junit = (out / "junit.xml").read_text()
    assert junit.count("LAST LINE") == 1 and "FIRST LINE" not in junit
    assert peak < size_mb, f"the report read the whole log: {peak:.0f} MB peak"


# --- the job summary ------------------------------------------------------------------


INJECTED = (
    "x\n## All workarounds verified OK\n![badge](https://evil.example/ok.png) "
    "[details](https://evil.example/) https://evil.example/raw www.evil.example "
    '<img src="https://evil.example/i.png"> <a href="https://evil.example">a</a> '
    "`code` ``` **bold** _it_ ~~gone~~ | pipe | $x^2$ [^1] <!-- hidden -->"
)


def rendered(md: str) -> str:
    try:
        import cmarkgfm
        from cmarkgfm.cmark import Options
    except ImportError:
        missing_tool("cmarkgfm is not installed (pip install -e '.[test]')")

    # as GitHub renders a job summary: GFM with raw HTML allowed through its sanitizer
    return cmarkgfm.github_flavored_markdown_to_html(md, options=Options.CMARK_OPT_UNSAFE)


def test_injected_markdown_stays_text_in_the_summary(tmp_path):
    bad = record(message=INJECTED)
    run = artifact(tmp_path / "artifacts" / "job", [bad, record(config="eager", status="pass")])
    plan = json.loads((run / "plan" / f"{ENV}.json").read_text())
    plan["run_id"] = "`` run ## id"
    (run / "plan" / f"{ENV}.json").write_text(json.dumps(plan))
    backtick = record(config="autojit")
    backtick["cell"]["environment"] = backtick_env = "tf`2.21"
    backtick["id"] = f"{backtick_env}/reference/{SCENARIO}/autojit"
    artifact(tmp_path / "artifacts" / "names", [backtick])
    proc = merge(tmp_path / "artifacts", out=tmp_path / "merged")
    assert proc.returncode == 0, proc.stderr
    html = rendered(proc.stdout)
    headings = [h for h in html.splitlines() if h.startswith(("<h1", "<h2", "<h3", "<h4"))]
    assert headings == [
        "<h1>xla-matrix</h1>",
        "<h2>Problems</h2>",
        "<h2>Decision</h2>",
        "<h2>target <code>reference</code></h2>",
        "<h2>Workarounds</h2>",
        "<h2>Cells that did not pass</h2>",
        "<h2>Legend</h2>",
    ]
    assert "<img" not in html and "<a " not in html.replace('<a href="logs/', "")
    for markup in (
        "<strong>bold",
        "<em>it",
        "<del>",
        "<sup",
        "<!--",
        "<table>\n<thead>\n<tr>\n<th>pipe",
    ):
        assert markup not in html, markup
    assert "<code>tf2.21-keras3/reference/n128-then-64/baseline</code>" in html
    assert "## All workarounds verified OK" in html  # shown as the text it is
    assert "<code>`` run ## id</code>" in html
    # a name outside matrix.toml's rule is a named problem, not a row
    assert "'tf\\`2.21'" in proc.stdout
    assert "may hold only letters" in proc.stdout


# what a raw xla_matrix.md must show as written, and what must never become markup
VALUES = [
    "tensorflow>=4.12, numpy<2 and a -> b",
    "Dimensions must be equal, but are 64 and 128 ... shapes: [?,64,64], [128,128].",
    "graph __inference_run_step_625[] on XLA_CPU_JIT: ImageProjectiveTransformV3",
    "'{{node probe_illumination/mul}} = Mul[T=DT_FLOAT](a/b, c/d)'",
    "> quoted, # heading, 1. listed, - item, + item",
    "# a heading at the start",
    "1) numbered at the start",
    "&amp; &#38; &#x26; &copy; stay text, as do a & b and x<y",
    INJECTED.replace("\n", " "),
    "[x]: https://evil.example  [link][x]  [^1]  - [ ] task",
    "_under_ __dunder__ snake_case *star* `tick` ~~tilde~~ $math$ | pipe \\ back",
]


@pytest.mark.parametrize("value", VALUES)
def test_an_escaped_value_renders_as_itself_in_a_list_item_and_a_table_cell(value):
    """markdown.escape makes a value inert, and only that: GitHub shows the text that was
    there (no element of any kind inside), in a list item as in a table cell."""
    import html as html_text
    import re

    from harness.report.markdown import escape

    md = f"- {escape(value)}\n\n| h |\n|---|\n| {escape(value)} |\n"
    page = rendered(md)
    item = re.search(r"<li>(.*?)</li>", page, re.S).group(1)
    cell = re.search(r"<td>(.*?)</td>", page, re.S).group(1)
    for shown in (item, cell):
        assert "<" not in shown, shown  # no tag, link, image, emphasis or code
        assert html_text.unescape(shown) == value


def test_control_characters_leave_the_summary_and_junit_valid(tmp_path):
    message = "red \x1b[31mFAIL\x1b[0m back\x08space nul\x00 bell\x07 \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \u202eevil"
    run = artifact(
        tmp_path / "artifacts" / "job",
        [record(message=message), record(config="eager", status="pass")],
        {default_log(): b"\x1b[1mbold\x1b[0m\x08 \x00 \xff\xfe tail\n"},
    )
    assert run.is_dir()
    out = tmp_path / "merged"
    proc = merge(tmp_path / "artifacts", out=out)
    assert proc.returncode == 0, proc.stderr
    root = ET.parse(out / "junit.xml").getroot()  # well-formed XML 1.0
    failure = root.find(".//failure")
    assert "red FAIL backspace nul bell link" in failure.get("message").replace("\u202e", "")
    assert "bold" in failure.text and "tail" in failure.text
    for char in ("\x1b", "\x08", "\x00", "\x07", "\u202e"):
        assert char not in proc.stdout
    assert "evil.example" not in proc.stdout  # the OSC hyperlink went with its escape


# --- malformed records and plans -------------------------------------------------------


MALFORMED = {
    "noid.json": {k: v for k, v in record(config="c1").items() if k != "id"},
    "cellstr.json": {**record(config="c2"), "cell": "tf2.21-keras3/reference"},
    "timeint.json": record(config="c3", finished=20261129),
    "nostatus.json": {k: v for k, v in record(config="c4").items() if k != "status"},
    "list.json": [1, 2, 3],
    "notjson.json": b'{"id": ',
    "latin1.json": '{"message": "caf\xe9"}'.encode("latin-1"),
    "deep.json": b"[" * 200000 + b"]" * 200000,
    "badname.json": {**record(config="c5"), "cell": {**record()["cell"], "config": "../c5"}},
    "badrole.json": record(config="eager", role="admin"),
    "newer.json": record(config="c6", schema=2),
}


def test_a_record_of_another_schema_is_one_named_problem_never_misread(tmp_path):
    from harness.results import store

    for schema, words in ((2, "2, newer than this xla-matrix reads (1)"), (0, "0, older than")):
        path = tmp_path / f"schema{schema}.json"
        path.write_text(json.dumps(record(schema=schema, cell="not even a table")))
        found, problem = store.read_record(path)
        assert found is None and problem is not None
        assert problem.startswith(f"{path}: schema: {words}") and "\n" not in problem
    # every writer has written schema 1; a file without it (written by hand) is read as that
    path = tmp_path / "none.json"
    path.write_text(json.dumps(record()))
    found, problem = store.read_record(path)
    assert problem is None and found is not None and found.schema == 1


def test_each_malformed_file_is_a_named_problem_and_the_report_and_check_still_run(tmp_path):
    good = [record(), record(config="no-xla-translate", status="pass")]
    artifact(tmp_path / "artifacts" / "good", good, {default_log(): b"log\n"})
    artifact(
        tmp_path / "artifacts" / "bad",
        list(MALFORMED.values()),
        names=list(MALFORMED),
        plan={"cells": [], "complete": True},  # a plan without its environment
    )
    out = tmp_path / "merged"
    proc = merge(tmp_path / "artifacts", out=out)
    assert proc.returncode == 0, proc.stderr
    md = (out / "xla_matrix.md").read_text()
    assert md == proc.stdout
    for name in MALFORMED:
        assert name in md, name
    assert "missing required key 'environment'" in md
    assert "| needed |" in md  # the good cells are judged
    for name in ("index.html", "junit.xml", "verdicts.json", "results.jsonl"):
        assert (out / name).is_file()

    expected = tmp_path / "expected.toml"
    expected.write_text(
        '[verdicts]\n"tf2.21-keras3 / n128-then-64 / reference / no-xla-translate" = "inert"\n'
    )
    summary = tmp_path / "summary.md"
    check = run_cli(
        "report", "--run-dir", str(out), "--check", str(expected), "--summary", str(summary)
    )
    assert check.returncode == 1, check.stderr
    lines = check.stdout.splitlines()
    assert (
        lines[0] == "tf2.21-keras3 / n128-then-64 / reference / no-xla-translate: inert -> needed"
    )
    # the merged folder holds only what was readable: the problems were named at the merge
    text = summary.read_text()
    assert text.startswith("## Verdicts that changed\n\n- tf2.21-keras3 / n128-then-64")
    assert "inert -> needed" in text

    direct = run_cli(
        "report",
        "--merge",
        str(tmp_path / "artifacts"),
        "--out",
        str(tmp_path / "m2"),
        "--check",
        str(expected),
        "--summary",
        str(summary),
    )
    assert direct.returncode == 1
    problems = [line for line in direct.stdout.splitlines() if line.startswith("problem: ")]
    assert len(problems) == len(MALFORMED) + 1  # and the plan
    assert "## Problems with the results" in summary.read_text()


def test_a_settled_result_wins_a_merge_whatever_the_times_and_ties_are_named(tmp_path):
    artifact(
        tmp_path / "artifacts" / "nightly-1",
        [
            record(
                status="pass", message="", failure_class=None, finished="2026-11-01T00:00:00+00:00"
            ),
            record(config="eager", status="fail", finished="2026-11-01T00:00:00+00:00"),
            record(
                config="autojit", status="fail", message="first", finished="2026-11-01T00:00:00Z"
            ),
        ],
    )
    artifact(
        tmp_path / "artifacts" / "nightly-2",
        [
            record(
                status="infra", message="could not install", finished="2026-11-02T00:00:00+00:00"
            ),
            record(config="eager", status="interrupted", finished="2026-11-03T00:00:00+00:00"),
            record(
                config="autojit",
                status="fail",
                message="second",
                finished="2026-11-01T00:00:00+00:00",
            ),
        ],
    )
    out = tmp_path / "merged"
    proc = merge(tmp_path / "artifacts", out=out)
    assert proc.returncode == 0, proc.stderr
    kept = {
        json.loads(line)["cell"]["config"]: json.loads(line)
        for line in (out / "results.jsonl").read_text().splitlines()
    }
    assert kept["baseline"]["status"] == "pass"
    assert kept["eager"]["status"] == "fail"
    assert kept["autojit"]["message"] == "second"  # the later folder, and the tie is named
    assert "autojit: two different records of equal standing (fail, finished" in proc.stdout


def test_the_merged_folder_is_a_run_folder_that_check_judges_again(tmp_path):
    artifact(
        tmp_path / "artifacts" / "job",
        [record(), record(config="no-xla-translate", status="pass")],
        {default_log(): b"log\n"},
    )
    out = tmp_path / "merged"
    expected = tmp_path / "expected.toml"
    proc = run_cli(
        "report",
        "--merge",
        str(tmp_path / "artifacts"),
        "--out",
        str(out),
        "--write-expected",
        str(expected),
        "--quiet",
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        '"tf2.21-keras3 / n128-then-64 / reference / no-xla-translate" = "needed"'
        in expected.read_text()
    )
    check = run_cli("report", "--run-dir", str(out), "--check", str(expected))
    assert (check.returncode, check.stdout) == (0, ""), check.stderr
    assert (out / "logs" / ENV / "reference.n128-then-64.baseline.log").read_text() == "log\n"


def test_a_folder_name_cannot_write_into_expected_toml(tmp_path):
    sneaky = tmp_path / 'art\n[verdicts]\n"forged" = "needed"\n#'
    artifact(sneaky, [record(), record(config="no-xla-translate", status="pass")])
    expected = tmp_path / "expected.toml"
    proc = run_cli(
        "report",
        "--run-dir",
        str(sneaky),
        "--out",
        str(tmp_path / "out"),
        "--write-expected",
        str(expected),
        "--quiet",
    )
    assert proc.returncode == 0, proc.stderr
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    assert list(tomllib.loads(expected.read_text())["verdicts"]) == [
        "tf2.21-keras3 / n128-then-64 / reference / no-xla-translate"
    ]


# --- found by an outside review: a record or a plan must not decide how it is judged -------


def test_a_record_cannot_name_another_cells_files(tmp_path):
    """An artifact's record pointing its log and outputs at another cell's files would make
    a merged report show that cell's evidence (and overwrite its copy) under this name."""
    thief = record(
        config="eager",
        status="pass",
        log=default_log("baseline"),
        outputs={"file": f"results/{ENV}/reference.{SCENARIO}.baseline.npz"},
    )
    artifact(tmp_path / "artifacts" / "job", [thief])
    proc = merge(tmp_path / "artifacts", out=tmp_path / "merged")
    assert proc.returncode == 0, proc.stderr
    assert "is not this cell's own file" in proc.stdout


def test_controls_roles_and_tolerance_come_from_the_matrix_not_from_artifacts(tmp_path):
    """A plan claiming the project's target is a control, with a huge tolerance, and a
    record claiming a workaround is a probe: none of it changes the judgement."""
    harmful = [
        record(
            status="pass",
            failure_class=None,
            message="",
            stage={"name": "done"},
            xla={"modules": 1, "identities": ["f#1"]},
        ),
        record(config="no-xla-translate", status="fail", role="probe"),
    ]
    plan = {
        "environment": ENV,
        "cells": [{**r["cell"], "role": r["role"]} for r in harmful],
        "settings": {"rtol": 1e9, "atol": 1e9, "reference": "nope", "controls": ["reference"]},
        "complete": True,
    }
    artifact(tmp_path / "artifacts" / "job", harmful, plan=plan)
    out = tmp_path / "merged"
    proc = run_cli(
        "report",
        "--merge",
        str(tmp_path / "artifacts"),
        "--out",
        str(out),
        "--matrix",
        str(REPO / "matrix.toml"),
        "--fail-on",
        "harmful",
        "--quiet",
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "--fail-on harmful" in proc.stderr
    verdicts = json.loads((out / "verdicts.json").read_text())
    assert verdicts["meta"]["judged_by"] == str(REPO / "matrix.toml")
    assert [v["verdict"] for v in verdicts["verdicts"] if v["config"] == "no-xla-translate"] == [
        "harmful"
    ]
    md = (out / "xla_matrix.md").read_text()
    assert "says role" in md and "judged as workaround" in md


def test_two_folders_that_disagree_on_a_cell_make_it_flaky_never_the_newer_claim(tmp_path):
    fail = record(config="eager", status="fail", finished="2026-11-29T03:00:00+00:00")
    passing = record(
        config="eager",
        status="pass",
        failure_class=None,
        message="",
        stage={"name": "done"},
        finished="9999-12-31T00:00:00+00:00",
    )
    artifact(
        tmp_path / "artifacts" / "a",
        [record(status="pass", failure_class=None, message="", stage={"name": "done"}), fail],
    )
    artifact(tmp_path / "artifacts" / "b", [passing])
    out = tmp_path / "merged"
    proc = merge(tmp_path / "artifacts", out=out, fmt="json")
    assert proc.returncode == 0, proc.stderr
    eager = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    eager = [r for r in eager if r["cell"]["config"] == "eager"]
    assert [r["status"] for r in eager] == ["flaky"]
    assert "outcome differs between merged folders" in eager[0]["message"]


def test_a_reproducer_keeps_what_a_record_says_out_of_its_code(tmp_path):
    """A message with quotes and backslashes becomes comments, never code."""
    import ast

    from harness.repro.reproducer import render_script
    from harness.results.records import CellRecord

    data = record(message='x """; import os; os.system("boom") # C:\\Users\\x \x1b[2J')
    data["spec"] = {
        "cell": data["cell"],
        "config": {"name": "baseline", "role": "baseline"},
        "scenario": {"name": SCENARIO, "sizes": [8]},
        "target": {"name": "reference", "factory": "mypkg.models:create_model"},
        "env": {"A": 'quote"s'},
    }
    rec = CellRecord.from_json(data)
    script = render_script(rec, rec.spec)
    tree = ast.parse(script)  # a SyntaxError here is code injected or broken
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "system"
    ]
    assert not calls
    assert "\x1b" not in script


def test_a_sibling_folders_verdicts_are_read_without_following_links_or_fifos(tmp_path):
    """The report reads earlier runs beside its own for their history: a FIFO there hung
    it, a link to /dev/zero exhausted its memory."""
    reports = tmp_path / "reports"
    run = artifact(reports / "run", [record()])
    (reports / "fifo").mkdir()
    os.mkfifo(reports / "fifo" / "verdicts.json")
    (reports / "zero").mkdir()
    (reports / "zero" / "verdicts.json").symlink_to("/dev/zero")
    proc = run_cli("report", "--run-dir", str(run), "--quiet", timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert (run / "index.html").is_file()
