"""One table of exit codes (docs/exit-codes.md, harness.config.errors.ExitCode), each code
through the real command line and, where it is cheap, through nox. No TensorFlow: the runs
here are crafted folders or cells recorded without running."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from harness.config.errors import ExitCode

from .conftest import REPO, crafted_record, crafted_run, nox, run_cli

DOC = REPO / "docs" / "exit-codes.md"


def test_the_documented_table_is_the_code_s():
    rows = re.findall(r"^\| `(\d+)` \| (\w+) \|", DOC.read_text(), re.M)
    assert [(int(code), name) for code, name in rows] == [(c.value, c.name) for c in ExitCode]


def judged_run(tmp_path: Path, *, infra_elsewhere: bool = False) -> Path:
    """The reference needs its workaround (baseline fails, eager passes); with
    `infra_elsewhere`, a second environment whose cells could not run."""
    run = crafted_run(
        tmp_path / "run", [crafted_record(), crafted_record(config="eager", status="pass")]
    )
    if infra_elsewhere:
        for config in ("baseline", "eager"):
            data = crafted_record(config=config, status="infra", message="could not install x")
            data["cell"]["environment"] = "tf2.15"
            data["id"] = data["id"].replace("tf2.21-keras3", "tf2.15")
            data["log"] = data["log"].replace("tf2.21-keras3", "tf2.15")
            path = run / "results" / "tf2.15" / f"reference.n128-then-64.{config}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(data))
    return run


def report(run: Path, *args: str):
    return run_cli("report", "--run-dir", str(run), "--quiet", *args)


def test_ok_whatever_the_verdicts_and_verdict_when_fail_on_hits(tmp_path):
    run = judged_run(tmp_path)
    assert report(run).returncode == ExitCode.OK  # "needed" is a result, not a failure
    hit = report(run, "--fail-on", "needed")
    assert hit.returncode == ExitCode.VERDICT, hit.stderr
    assert "--fail-on needed: tf2.21-keras3 / n128-then-64 / reference / eager" in hit.stderr
    assert report(run, "--fail-on", "harmful").returncode == ExitCode.OK


def test_infra_in_some_environments_is_ok_said_once_and_a_failure_only_when_asked(tmp_path):
    run = judged_run(tmp_path, infra_elsewhere=True)
    proc = report(run)
    assert proc.returncode == ExitCode.OK, proc.stderr
    assert proc.stderr.count("could not run") == 1
    assert "xla-matrix: 2 of 4 cells could not run (infra, in tf2.15)" in proc.stderr
    assert report(run, "--fail-on", "infra").returncode == ExitCode.VERDICT


def test_nothing_ran_when_every_cell_could_not(tmp_path):
    """Cells recorded without running (a target that cannot be installed): `run` that
    judges says so with 4, `run --no-report` leaves it to the report, which says 4 too."""
    args = ("-t", "plain", "-s", "n128-then-64", "-c", "baseline", "--no-cache")
    args += ("--infra-target", "plain=no wheel for it")
    judged = run_cli("run", "--run-dir", str(tmp_path / "a"), *args)
    assert judged.returncode == ExitCode.NOTHING_RAN, judged.stderr
    assert "no cell could run (1 infra, none ran): nothing was judged" in judged.stderr
    recorded = run_cli("run", "--run-dir", str(tmp_path / "b"), "--no-report", *args)
    assert recorded.returncode == ExitCode.OK, recorded.stderr
    assert report(tmp_path / "b").returncode == ExitCode.NOTHING_RAN


@pytest.mark.parametrize(
    "args",
    [
        ("run", "--scenario", "n999"),
        ("run", "-t", "controls", "--matrix", "{minimal}"),
        ("report", "--run-dir", "{missing}"),
        ("report", "--run-dir", "{here}", "--summary", "x.md"),
    ],
)
def test_usage_errors_stop_before_anything_runs(tmp_path, args):
    minimal = tmp_path / "m.toml"
    minimal.write_text(
        '[[environment]]\nname = "e"\ntensorflow = "2.21.0"\n[[config]]\nname = "baseline"\n'
        'role = "baseline"\n[[scenario]]\nname = "s"\nsizes = [4]\n[[target]]\nname = "t"\n'
        'factory = "a.b:c"\n'
    )
    args = [a.format(minimal=minimal, missing=tmp_path / "nope", here=tmp_path) for a in args]
    if args[0] == "run":  # never into the checkout's reports/
        args += ["--run-dir", str(tmp_path / "run")]
    proc = run_cli(*args)
    assert proc.returncode == ExitCode.USAGE, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("xla-matrix: error: ")


def test_an_internal_error_is_one_line_and_a_traceback_file(tmp_path):
    run = judged_run(tmp_path)
    code = (
        "import sys\n"
        "from harness.report import build\n"
        "def broken(*args, **kwargs):\n"
        "    raise KeyError('a bug')\n"
        "build.report_dirs = broken\n"
        "from harness.cli import main\n"
        f"sys.exit(main(['report', '--run-dir', {str(run)!r}]))\n"
    )
    import subprocess

    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == ExitCode.INTERNAL
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("xla-matrix: internal error: KeyError: 'a bug' (traceback: ")
    traceback = Path(line.rsplit("traceback: ", 1)[1].rstrip(")"))
    assert "in broken\nKeyError: 'a bug'" in traceback.read_text()
    traceback.unlink()


@pytest.mark.slow
def test_through_nox_a_failure_of_the_harness_fails_the_session_and_nox_exits_1(
    checkout_copy, tmp_path
):
    """nox exits 0 when every session succeeded (a skipped one too), else 1: the report
    session carries the harness's code (its line names it), 2 stops nox before it runs."""
    judged = judged_run(tmp_path / "judged")
    ok = nox(checkout_copy, "-s", "report", "--", "--run-dir", str(judged), "--quiet")
    assert ok.returncode == 0, ok.stderr[-3000:]
    hit = nox(checkout_copy, "-s", "report", "--", "--run-dir", str(judged), "--fail-on", "needed")
    assert hit.returncode == 1
    assert "failed with exit code 1" in hit.stderr
    infra = tmp_path / "infra"
    args = ("-t", "plain", "-s", "n128-then-64", "-c", "baseline", "--no-cache", "--no-report")
    assert (
        run_cli("run", "--run-dir", str(infra), *args, "--infra-target", "plain=x").returncode == 0
    )
    nothing = nox(checkout_copy, "-s", "report", "--", "--run-dir", str(infra))
    assert nothing.returncode == 1 and "failed with exit code 4" in nothing.stderr
    usage = nox(checkout_copy, "-s", "report", "--", "--run-dir", str(tmp_path / "none"))
    assert usage.returncode == 1 and "failed with exit code 2" in usage.stderr
