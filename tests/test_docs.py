"""The docs are true: generated blocks match their data, every documented command is run by a
test, every relative link points to a file of the repository.

What this file runs of a documented command, and what it leaves to other tests:

- commands that cost nothing (`--help`, `nox -l`, `python docs/generate.py --check`) run here
  for real;
- every `nox` command is listed here by nox itself (`-l --json`: its sessions exist, its
  matrix file is found) and its posargs are parsed by the harness's own parser for that
  session, as the noxfile does before it installs anything; the sessions themselves (a
  matrix run, a bisect on the real index) are run, narrowed, by the tests that call
  `example("NAME")` for that block, each saying what it leaves out;
- `pytest` commands are collected here (`--collect-only`); `pip install` and `git bisect`
  lines are checked for their form only: CI and the tests above install and bisect.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES, REPO, copy_checkout
from .examples import Command, Example, blocks, example

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


def generator():
    spec = importlib.util.spec_from_file_location("docs_generate", REPO / "docs" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- generated blocks ---------------------------------------------------------------------


def test_generated_blocks_are_what_their_data_says():
    """Findings from expected.toml, the verdict table from the registry, the rule tables from
    the judge: regenerate with `python docs/generate.py` when this fails."""
    assert generator().stale() == []


def test_the_verdict_table_lists_every_verdict_of_the_registry():
    from harness.judge.vocabulary import VERDICTS

    page = (REPO / "docs" / "verdicts.md").read_text()
    table = page.split("<!-- generated: verdicts -->")[1].split("<!-- end -->")[0]
    rows = [line for line in table.splitlines() if line.startswith("| ")][1:]
    assert {row.split("|")[1].strip() for row in rows} == set(VERDICTS)


def test_the_findings_count_what_expected_toml_holds():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    verdicts = tomllib.loads((REPO / "expected.toml").read_text())["verdicts"]
    targets = {key.split(" / ")[2] for key in verdicts}
    page = (REPO / "docs" / "findings.md").read_text()
    assert f"**{len(verdicts)} verdicts**" in page
    assert f"and {len(targets)} targets" in page


def test_a_block_of_an_unknown_name_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="unknown generated block 'nope'"):
        generator().regenerate("<!-- generated: nope -->\n<!-- end -->\n", "x.md")


# --- every documented command is run by a test --------------------------------------------


def test_every_shell_block_is_marked_as_an_example():
    unmarked = [b.where for b in blocks() if b.lang in ("bash", "console") and b.name is None]
    assert not unmarked, f"mark each with <!-- example: NAME --> right above it: {unmarked}"


def test_every_example_is_run_by_a_test():
    """Each marked block is used by a test of tests/ that runs its commands (or, where they
    cost a full run or the network, the same commands narrowed)."""
    calls = set()
    for path in (REPO / "tests").glob("*.py"):
        calls |= set(re.findall(r"\bexample\(\s*\"([a-z0-9-]+)\"\s*\)", path.read_text()))
    names = {b.name for b in blocks() if b.name}
    assert names - calls == set(), "no test runs these examples"
    assert calls - names == set(), "tests name examples the docs no longer have"


def test_ci_runs_the_documented_test_sessions():
    """The README's `nox -s tests` and the development page's sessions are what .ci/run runs
    (after `pip install nox uv`)."""
    ci = (REPO / ".ci" / "run").read_text()
    ran = set()
    for line in ci.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        if words[:3] == ["python3", "-m", "nox"]:
            ran |= set(Command(["nox", *words[3:]]).sessions)
    assert "pip install" in ci and "nox" in ci.split("pip install", 1)[1].splitlines()[0]
    documented = set()
    for cmd in [*example("quickstart").commands, *example("dev").commands]:
        if cmd.argv[0] == "nox" and cmd.sessions != ["xla_matrix"]:
            documented |= set(cmd.sessions)
    assert documented == {"tests", "tests_in(tf2.15)", "lint"}
    assert documented <= ran, documented - ran


def test_the_fast_tests_leave_out_tensorflow_nested_runs_and_the_network():
    """The README's fast tests, collected: none of them carries tf, slow or network."""
    for cmd in example("fast-tests").commands:
        if cmd.argv[0] == "nox":
            args = cmd.posargs
        elif cmd.argv[:3] == ["python", "-m", "pytest"]:
            args = cmd.argv[3:]
        else:
            assert cmd.argv[:3] == ["pip", "install", "-e"], cmd
            continue
        collect = ["--collect-only", "-q", "-p", "no:cacheprovider", "-o", "addopts="]
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", *collect, "--strict-markers", *args],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
        collected = [line for line in proc.stdout.splitlines() if "::" in line]
        assert len(collected) > 300, proc.stdout[-2000:]
        assert "deselected" in proc.stdout
        assert not [c for c in collected if c.startswith("tests/test_cells.py")]  # all tf


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Path:
    """A copy of the checkout with the fixture project beside it as `myproject`, as the
    docs lay them out; returns the checkout (nothing here installs or writes into it)."""
    base = tmp_path_factory.mktemp("docs")
    checkout = copy_checkout(base / "xla-matrix")
    shutil.copytree(FIXTURES / "tfp_project", base / "myproject")
    return checkout


def documented_commands() -> list[tuple[Example, Command]]:
    return [
        (b, c) for b in blocks() if b.name and b.lang in ("bash", "console") for c in b.commands
    ]


def _id(item: tuple[Example, Command]) -> str:
    block, cmd = item
    return f"{block.name}:{' '.join(cmd.argv)[:60]}"


@pytest.mark.parametrize("item", documented_commands(), ids=_id)
def test_documented_command(item, sandbox, monkeypatch):
    block, cmd = item
    cwd = (sandbox / cmd.cwd).resolve() if cmd.cwd != "." else sandbox
    program = cmd.argv[0]
    if program == "nox":
        check_nox_command(cmd, cwd, monkeypatch)
    elif program in ("python", "xla-matrix") and "--help" in cmd.argv:
        argv = cmd.argv[1:] if program == "xla-matrix" else cmd.argv[3:]
        assert program == "xla-matrix" or cmd.argv[1:3] == ["-m", "harness"], cmd
        # `xla-matrix` is `python -m harness` (pyproject.toml's script: harness.cli:main)
        proc = subprocess.run(
            [sys.executable, "-m", "harness", *argv], cwd=cwd, capture_output=True, text=True
        )
        assert proc.returncode == 0 and proc.stdout.startswith("usage: xla-matrix"), proc.stderr
    elif program == "python" and cmd.argv[1:2] == ["docs/generate.py"]:
        proc = subprocess.run(
            [sys.executable, *cmd.argv[1:]], cwd=cwd, capture_output=True, text=True
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
    elif program == "python" and cmd.argv[1:3] == ["-m", "pytest"]:
        assert block.name == "fast-tests"  # collected by the test above
    elif program == "pip":
        assert cmd.argv[1:2] == ["install"], cmd
        assert set(cmd.argv[2:]) <= {"nox", "-e", ".[test]", "/path/to/xla-matrix"}, cmd
    elif program == "git":
        assert cmd.argv[1] == "bisect" and cmd.argv[2] in ("start", "run"), cmd
        if cmd.argv[2] == "run":  # what git bisect runs on each commit: `xla-matrix check`
            assert cmd.argv[3:5] == ["xla-matrix", "check"], cmd
            parse_harness(cmd.argv[4:], cwd, monkeypatch)
    else:
        raise AssertionError(f"{block.where}: no rule here for running {cmd}")


def check_nox_command(cmd: Command, cwd: Path, monkeypatch) -> None:
    env = {**os.environ, "XLA_MATRIX_FILE": "", "PWD": str(cwd), **cmd.env}
    env.pop("XLA_MATRIX_RUN_ID", None)
    listing = cmd.nox_args if "-l" in cmd.nox_args else [*cmd.nox_args, "-l", "--json"]
    proc = subprocess.run(
        [sys.executable, "-m", "nox", *listing],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, f"{cmd}: {proc.stderr[-2000:]}"
    if "--json" not in listing:
        return
    sessions = [s["session"] for s in json.loads(proc.stdout)]
    assert sessions, f"{cmd}: selects no session"
    for session in {s.split("(")[0] for s in sessions}:
        if session in ("xla_matrix", "xla_matrix_full"):
            parse_run_posargs(cmd, cwd, monkeypatch)
        elif session in ("report", "repro", "bisect"):
            parse_harness([session, *cmd.posargs], cwd, monkeypatch)
        else:
            assert session in ("tests", "tests_in", "lint", "mutants"), session
            assert session == "lint" or not cmd.posargs or cmd.posargs[0] == "-m", cmd


def parse_run_posargs(cmd: Command, cwd: Path, monkeypatch) -> None:
    """As the noxfile checks posargs before anything installs: the run's parser, then the
    selection against the matrix the command names."""
    from harness.cli import run_parser
    from harness.config.matrix import load_matrix
    from harness.config.selection import (
        parse_posargs,
        select_cells,
        select_environments,
        selection_from_args,
    )

    monkeypatch.chdir(cwd)
    matrix_file = cmd.env.get("XLA_MATRIX_FILE")
    matrix = load_matrix(cwd / matrix_file if matrix_file else cwd / "matrix.toml")
    args = parse_posargs(run_parser(), cmd.posargs)
    selection = selection_from_args(args)
    environments = select_environments(matrix, selection, matrix.quick_environments())
    assert select_cells(matrix, selection, environments), f"{cmd}: selects no cell"


def parse_harness(argv: list[str], cwd: Path, monkeypatch) -> None:
    from harness.cli import build_parser
    from harness.config.selection import parse_posargs

    monkeypatch.chdir(cwd)
    parse_posargs(build_parser(), argv)


def inline_nox_commands() -> list[str]:
    """`nox ...` in the prose (code spans outside fenced blocks), placeholders left out."""
    spans = set()
    for doc in DOCS:
        text = re.sub(r"```.*?```", "", doc.read_text(), flags=re.S).replace("\n", " ")
        for span in re.findall(r"`([^`]+)`", text):
            span = " ".join(span.split())
            if span.startswith("nox ") and "<" not in span and "..." not in span:
                spans.add(span)
    return sorted(spans)


@pytest.mark.parametrize("span", inline_nox_commands())
def test_inline_nox_command(span, sandbox, monkeypatch):
    """A command quoted in the prose is listed and parsed as a block's would be."""
    check_nox_command(Command(shlex.split(span)), sandbox, monkeypatch)


# --- links ----------------------------------------------------------------------------------

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def test_every_relative_link_points_to_a_file_of_the_repository():
    tracked = set(
        subprocess.run(
            ["git", "-C", str(REPO), "ls-files", "--cached", "--others", "--exclude-standard"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
    )
    broken = []
    for doc in DOCS:
        text = re.sub(r"```.*?```", "", doc.read_text(), flags=re.S)
        for target in LINK.findall(text):
            if re.match(r"[a-z]+:", target):
                continue  # http:, mailto: ...
            path, _, anchor = target.partition("#")
            file = (doc.parent / path).resolve() if path else doc
            rel = file.relative_to(REPO) if file.is_relative_to(REPO) else None
            if rel is None or (str(rel) not in tracked and not file.is_dir()):
                broken.append(f"{doc.relative_to(REPO)}: {target}")
            elif anchor and file.suffix == ".md" and anchor not in anchors(file):
                broken.append(f"{doc.relative_to(REPO)}: {target} (no such heading)")
    assert not broken, broken


def anchors(path: Path) -> set[str]:
    """GitHub's anchors of a Markdown file's headings."""
    out = set()
    for line in path.read_text().splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            out.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return out


def test_the_readme_is_short():
    assert len((REPO / "README.md").read_text().splitlines()) < 200


def test_the_check_refuses_what_nox_or_the_harness_would_refuse(sandbox, monkeypatch):
    from harness.config.errors import UsageError

    wrong_name = Command(["nox", "-s", "xla_matrix", "--", "--scenario", "n999"])
    with pytest.raises(UsageError, match="unknown scenario 'n999'"):
        check_nox_command(wrong_name, sandbox, monkeypatch)
    with pytest.raises(AssertionError):
        check_nox_command(Command(["nox", "-s", "no_such_session"]), sandbox, monkeypatch)
    with pytest.raises(UsageError):
        parse_harness(["bisect", "--no-such-option"], sandbox, monkeypatch)
