"""Drift: --check on what a run planned, the history across runs, and drift to culprit.

The end-to-end tests run real TensorFlow cells in real venvs. The "nightlies" are wheels of
a tiny package (`xla-matrix-flip`, tests/fakeindex.py) in a local simple-API folder, one per
day, that flips on a known day; the target tests/fixtures/flipping.py imports it and takes
an XLA translation that XLA on CPU rejects before the flip and compiles after it. Probed
venvs get tensorflow-cpu from the package cache (offline), so nothing leaves the machine.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from harness.bisect.index import IndexFile, builds_between, releases
from harness.bisect.judge import judge
from harness.bisect.probe import (
    CellQuery,
    ensure_venv,
    floats,
    pinned_environment,
    probe_steps,
)
from harness.bisect.search import BAD, GOOD, BisectError, Outcome, Stop, search
from harness.config.errors import UsageError
from harness.config.matrix import Environment, load_matrix
from harness.drift.culprit import Culprit, write_files
from harness.drift.culprit import run as run_culprits
from harness.drift.expected import Change, compare, planned_keys
from harness.install import steps as install
from harness.results.history import keep, past_runs
from harness.results.records import PlannedCell, Verdict, VerdictsFile

from .conftest import FIXTURES, MATRIX, REPO, needs_tf, run_cli
from .examples import example
from .test_bisect import OFFLINE

FLIP = "xla-matrix-flip"
DAYS = ["20261001", "20261002", "20261003", "20261004", "20261005", "20261006"]
FLIP_DAY = "20261004"
WHEEL_TAGS = "cp311-cp311-manylinux_2_17_x86_64.whl"


# --- what a run planned ----------------------------------------------------------------


def test_compare_leaves_out_what_the_plan_did_not_set_out_to_judge():
    expected = {
        "e / s / t / w": "needed",
        "e / s / t / w @ jit-compile": "ineffective",
        "e / s / other / w": "needed",  # another target: outside a narrowed run
        "e / s / t / gone": "needed",  # planned, with no verdict now
    }
    current = {"e / s / t / w": "not needed", "e / s / t / w @ jit-compile": "ineffective"}
    cells = [
        PlannedCell("e", "t", "s", "baseline", "baseline"),
        PlannedCell("e", "t", "s", "w", "workaround"),
        PlannedCell("e", "t", "s", "w", "workaround", "jit-compile"),
        PlannedCell("e", "t", "s", "jit-compile", "probe"),
        PlannedCell("e", "t", "s", "gone", "workaround"),
    ]
    planned = planned_keys(cells)
    assert planned == {
        "e / s / t / w",
        "e / s / t / w @ jit-compile",
        "e / s / t / jit-compile",
        "e / s / t / gone",
    }
    found, outside = compare(expected, current, planned)
    assert [str(c) for c in found] == [
        "e / s / t / gone: vanished (was needed)",
        "e / s / t / w: needed -> not needed",
    ]
    assert outside == 1
    everything, _ = compare(expected, current)  # no plan: every expectation counts
    assert "e / s / other / w: vanished (was needed)" in [str(c) for c in everything]


@needs_tf
@pytest.mark.tf
def test_check_on_a_narrowed_run_compares_only_what_it_planned(tmp_path):
    """One target, scenario and workaround of tf2.21-keras3, run with this interpreter (which
    is that environment), checked against the repository's expected.toml of the full matrix:
    no "vanished" line for the rest; a changed expectation for the cell is the one line."""
    run_dir = tmp_path / "narrow"
    ran = run_cli(
        "run",
        "--environment-name",
        "tf2.21-keras3",
        "--run-dir",
        str(run_dir),
        "--no-report",
        "--no-cache",
        "--no-contexts",
        "-t",
        "xla-fragile",
        "-s",
        "n128-then-64",
        "-c",
        "no-xla-translate",
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    expected = (REPO / "expected.toml").read_text()
    key = "tf2.21-keras3 / n128-then-64 / xla-fragile / no-xla-translate"
    assert f'"{key}" = "needed"' in expected
    total = len(tomllib.loads(expected)["verdicts"])  # [cost] has lines of its own

    same = run_cli("report", "--run-dir", str(run_dir), "--check", str(REPO / "expected.toml"))
    assert same.returncode == 0, same.stdout + same.stderr
    assert same.stdout == ""
    assert f"{total - 2} expected verdicts are outside this run's plan, not compared" in same.stderr

    changed = tmp_path / "expected.toml"
    changed.write_text(expected.replace(f'"{key}" = "needed"', f'"{key}" = "not needed"'))
    differs = run_cli("report", "--run-dir", str(run_dir), "--check", str(changed))
    assert differs.returncode == 1
    assert differs.stdout.splitlines() == [f"{key}: not needed -> needed"]
    drift = json.loads((run_dir / "drift.json").read_text())
    assert [line["text"] for line in drift["lines"]] == [f"{key}: not needed -> needed"]
    assert (run_dir / "drift.md").read_text().splitlines()[2:] == [f"- {key}: not needed -> needed"]


# --- the history ---------------------------------------------------------------------------


def verdicts_file(started: str, verdicts: dict[str, str], **meta) -> VerdictsFile:
    listed = []
    for key, verdict in verdicts.items():
        env, scenario, target, config = key.split(" / ")
        listed.append(Verdict(env, scenario, target, config, "workaround", verdict, "", []))
    return VerdictsFile({"started": started, "run_id": "r", **meta}, listed)


def test_history_entries_keep_verdicts_builds_and_sources(tmp_path):
    history = tmp_path / "history"
    nightly = {
        "nightly": {"tensorflow": "2.23.0-dev20261026", "tensorflow_dist": "tf-nightly"},
        "tf2.21": {"tensorflow": "2.21.0", "tensorflow_dist": "tensorflow-cpu"},
        "odd": "not a fingerprint",
    }
    provenance = {
        "flip": {"harness": "h1", "targets": {"t": "s1"}, "packages": {FLIP: "1.0.dev20261001"}},
        "broken": {"packages": ["not", "a", "table"]},
    }
    night = verdicts_file(
        "2026-10-26T03:17:00+00:00",
        {"nightly / s / t / w": "needed"},
        fingerprints=nightly,
        provenance=provenance,
    )
    assert keep(history, night) == keep(history, night), "the same run kept twice is one entry"
    (history / "junk.history.json").write_text('{"verdicts": 3}')  # malformed: left out
    (history / "20261027-x.history.json").write_text("not json")
    keep(history, verdicts_file("2026-10-27T03:17:00+00:00", {"nightly / s / t / w": "not needed"}))
    runs = past_runs(history, limit=None)
    assert [p.verdicts["nightly / s / t / w"] for p in runs] == ["needed", "not needed"]
    assert runs[0].version("nightly", "tf-nightly") == "2.23.0.dev20261026"
    assert runs[0].version("tf2.21", "tf-nightly") is None
    assert runs[0].version("odd", "tf-nightly") is None
    assert runs[1].version("nightly", "tf-nightly") is None  # the second kept no fingerprint
    assert runs[0].version("flip", "XLA_Matrix.Flip") == "1.0.dev20261001"  # names normalised
    assert "broken" not in runs[0].provenance
    assert past_runs(history, limit=None, exclude_identity=runs[1].identity) == runs[:1]

    for day in range(3):
        keep(history, verdicts_file(f"2026-11-0{day + 1}T03:17:00+00:00", {}), keep_at_most=2)
    kept = sorted(p.name for p in history.glob("*.history.json"))
    assert [name[:8] for name in kept] == ["20261027", "20261102", "20261103", "junk.his"], (
        "the two newest entries are kept; files the history did not write are left alone"
    )


# --- builds, environments, the search ------------------------------------------------------


def test_builds_between_are_the_exact_ends_and_a_build_a_day_between():
    names = [
        f"tf_nightly-2.22.0.dev20260915-{WHEEL_TAGS}",
        f"tf_nightly-2.22.0.dev20260916-{WHEEL_TAGS}",
        f"tf_nightly-2.22.0.dev20260917-{WHEEL_TAGS}",
        f"tf_nightly-2.23.0.dev20260917-{WHEEL_TAGS}",  # a second build that day: the later
        f"tf_nightly-2.23.0.dev20260918-{WHEEL_TAGS}",
        f"tf_nightly-2.23.0.dev20260920-{WHEEL_TAGS}",
    ]
    available = releases("tf-nightly", [IndexFile(n, "20260918" in n) for n in names])
    # the ends are the runs' own builds, listed or not; yanked ones between are left out
    assert builds_between("2.22.0.dev20260914", "2.23.0.dev20260920", available) == [
        "2.22.0.dev20260914",
        "2.22.0.dev20260915",
        "2.22.0.dev20260916",
        "2.23.0.dev20260917",
        "2.23.0.dev20260920",
    ]
    with pytest.raises(UsageError, match="is not older than"):
        builds_between("2.23.0.dev20260920", "2.22.0.dev20260914", available)


def test_the_floating_distribution_and_its_pinned_environment():
    nightly = Environment(name="nightly", tensorflow="nightly")
    built = Environment(name="n", tensorflow="nightly", build="2.23.0.dev20261026")
    flip = Environment(name="flip", tensorflow="2.21.0", pins=(FLIP, "numpy<3"))
    assert floats(nightly, "tf-nightly") and not floats(built, "tf-nightly")
    assert floats(flip, "XLA_matrix_flip") and not floats(flip, "tf-nightly")
    assert not floats(Environment(name="p", tensorflow="2.21.0", pins=(f"{FLIP}==1",)), FLIP)
    assert floats(Environment(name="p", tensorflow="2.21.0", pins=(f"{FLIP}>=1",)), FLIP)

    probed = pinned_environment(nightly, "tf-nightly", "2.23.0.dev20261026")
    assert probed.requirements() == ["tf-nightly==2.23.0.dev20261026"]
    assert not install.floating(probed)
    legacy = Environment(name="nl", tensorflow="nightly", keras="tf-keras", env={"A": "1"})
    probed = pinned_environment(legacy, "tf-nightly", "2.23.0.dev20261026")
    assert probed.requirements_no_deps() == ["tf-keras-nightly"]
    assert probed.cell_env() == {"A": "1", "TF_USE_LEGACY_KERAS": "1"}
    probed = pinned_environment(flip, FLIP, "1.0.dev20261004")
    assert probed.requirements() == [
        "tensorflow-cpu==2.21.0",
        "numpy<3",
        f"{FLIP}==1.0.dev20261004",
    ]
    assert probed.name == f"flip-{FLIP}-1.0.dev20261004"


VERSIONS = [f"v{i}" for i in range(10)]


def test_hints_are_tried_first_and_stop_keeps_the_bounds():
    calls = []

    def probe(version: str) -> Outcome:
        calls.append(version)
        return Outcome(BAD if VERSIONS.index(version) >= 7 else GOOD, "")

    result = search(VERSIONS, probe, hints=["v7", "v6"])
    assert (result.before, result.after) == ("v6", "v7")
    assert calls == ["v0", "v9", "v7", "v6"]

    calls.clear()
    wrong = search(VERSIONS, probe, hints=["v3", "v2"])  # a hint that is not this boundary
    assert (wrong.before, wrong.after) == ("v6", "v7") and calls[2] == "v3"

    def stops_after(n: int):
        def probe(version: str) -> Outcome:
            if len(calls) >= n:
                raise Stop("time budget reached")
            calls.append(version)
            return Outcome(BAD if VERSIONS.index(version) >= 7 else GOOD, "")

        return probe

    calls.clear()
    partial = search(VERSIONS, stops_after(3))
    assert (partial.before, partial.after, partial.stopped) == (
        "v4",
        "v9",
        "time budget reached",
    )
    calls.clear()
    with pytest.raises(BisectError, match="stopped before both ends were tested"):
        search(VERSIONS, stops_after(1))


def test_a_context_query_runs_the_contexts_and_judges_the_context_verdict():
    matrix = load_matrix(MATRIX)
    query = CellQuery(
        matrix, "xla-fragile", "n128-then-64", "no-xla-translate", context="jit-compile"
    )
    cells = {c.label for c in query.cells()}
    assert {"baseline", "jit-compile", "no-xla-translate @ jit-compile"} <= cells
    assert "--no-contexts" not in query.run_arguments(Path("r"))
    default = CellQuery(matrix, "xla-fragile", "n128-then-64", "no-xla-translate")
    assert "--no-contexts" in default.run_arguments(Path("r"))
    assert all(not c.context for c in default.cells())
    for bad, message in (
        (dict(context="jit-compil"), "unknown context 'jit-compil'"),
        (dict(context="jit-compile", config="autojit"), "only a workaround config runs within"),
    ):
        with pytest.raises(Exception, match=message):
            CellQuery(
                matrix, "xla-fragile", "n128-then-64", **{"config": "no-xla-translate", **bad}
            ).cells()
    assert judge([], "no-xla-translate", query.bad_if, context="jit-compile").label == "skip"


def test_drift_lines_say_what_they_found():
    found = Culprit("k", "needed", "not needed", "nightly", "nightly", "tf-nightly")
    found.last_good, found.first_bad, found.probes, found.seconds = "a1", "a2", 7, 185
    assert found.text() == (
        "k: needed -> not needed; last good tf-nightly a1, first bad a2 (7 probes, 3m05s)"
    )
    capped = Culprit("k", "needed", "not needed", "nightly", "nightly", "tf-nightly", "run-1")
    capped.last_good, capped.first_bad, capped.reason = "a1", "a9", "cap reached"
    assert capped.text() == (
        "k: needed -> not needed; not bisected: cap reached "
        "(last good tf-nightly a1 in run run-1, this run a9)"
    )


def test_every_change_has_a_line_in_the_files_even_before_it_is_reached(tmp_path):
    """A culprit step stopped by CI's time cap leaves a line for every change."""
    changes = [Change("e / s / t / a", "needed", "not needed"), Change("e / s / t / b", "x", "y")]

    class StoppedAfterOne:
        def find(self, change: Change, verdict) -> Culprit:
            if change.key.endswith("b"):
                raise KeyboardInterrupt  # the step is killed here
            return Culprit(change.key, change.old, change.new, reason="no earlier run")

    def on_line(lines: list[Culprit]) -> None:
        write_files(tmp_path, lines, done=False)

    with pytest.raises(KeyboardInterrupt):
        run_culprits(changes, [], StoppedAfterOne(), on_line)  # type: ignore[arg-type]
    assert (tmp_path / "drift.md").read_text().splitlines() == [
        "## Verdicts that changed",
        "",
        "- e / s / t / a: needed -> not needed; not bisected: no earlier run",
        "- e / s / t / b: x -> y; not bisected: not reached: the search stopped before "
        "this cell's turn",
    ]
    assert json.loads((tmp_path / "drift.json").read_text())["complete"] is False


# --- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bisect"], "--bisect needs --check"),
        (["--check", "{expected}", "--bisect", "--bisect-max", "-1"], "--bisect-max must be 0"),
        (["--check", "{expected}", "--bisect", "--bisect-budget", "0"], "--bisect-budget must be"),
        (
            ["--check", "{expected}", "--bisect", "--index-url", "ftp://x"],
            "must be an http://, https:// or file:// URL",
        ),
    ],
)
def test_bad_bisect_options_are_one_line_exit_2(tmp_path, args, message):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    expected = tmp_path / "expected.toml"
    expected.write_text("[verdicts]\n")
    proc = run_cli(
        "report", "--run-dir", str(run_dir), *[a.format(expected=expected) for a in args]
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("xla-matrix: error: ") and message in line


# --- end to end: real cells, real venvs ----------------------------------------------------

FLIP_MATRIX = """\
[settings]
timeout = 180

[[environment]]
name = "nightly-flip"
tensorflow = "2.21.0"
keras = "keras3"
keras_version = "3.15.1"
pins = ["xla-matrix-flip"]  # unpinned: it floats from run to run, as tf-nightly does

[[environment]]
name = "release"
tensorflow = "2.21.0"
keras = "keras3"
keras_version = "3.15.1"

[[config]]
name = "baseline"
role = "baseline"

[[config]]
name = "no-xla-translate"
role = "workaround"
env = {{ USE_XLA_TRANSLATE = "0" }}

[[config]]
name = "eager"
role = "workaround"
run_functions_eagerly = true

[[config]]
name = "jit-compile"
role = "probe"
jit_compile = true
context = true

[[scenario]]
name = "tiny"
sizes = [32]
gridsize = 1

[[target]]
name = "flipping"
factory = "flipping:create_model"
path = "{path}"
"""

RUN = ["--no-report", "--no-cache", "--no-contexts", "-c", "no-xla-translate"]


def flip_matrix(tmp_path: Path, target_dir: Path) -> Path:
    matrix = tmp_path / "matrix.toml"
    matrix.write_text(FLIP_MATRIX.format(path=target_dir))
    return matrix


def offline_installs(tmp_path: Path) -> dict[str, str]:
    """Installers read the fake index (given as --index-url) and, for TensorFlow and the
    rest, PyPI's pages and wheels from the package cache only, pinned to this interpreter's
    versions: the cache holds exactly those."""
    constraints = tmp_path / "constraints.txt"
    constraints.write_text(
        "".join(
            f"{d.metadata['Name']}=={d.version}\n"
            for d in metadata.distributions()
            if d.metadata["Name"] and d.metadata["Name"] not in ("xla-matrix", FLIP)
        )
    )
    return {
        **OFFLINE,
        "UV_OFFLINE": "1",
        "UV_INDEX": "https://pypi.org/simple",
        "UV_CONSTRAINT": str(constraints),
        "PIP_NO_INDEX": "1",
    }


@needs_tf
@pytest.mark.tf
@pytest.mark.slow
def test_drift_to_culprit_finds_the_day_a_nightly_flipped(fake_index, tmp_path, monkeypatch):
    versions = fake_index.add_nightlies(
        FLIP,
        "1.0",
        DAYS,
        lambda day: {"xla_matrix_flip/__init__.py": f"FLIPPED = {day >= FLIP_DAY}\n"},
    )
    installs = offline_installs(tmp_path)
    for name, value in installs.items():
        monkeypatch.setenv(name, value)
    from harness.bisect.index import Index

    index = Index.parse(fake_index.file_url)
    matrix_path = flip_matrix(tmp_path, FIXTURES)
    matrix = load_matrix(matrix_path)
    env = matrix.environment("nightly-flip")
    venvs, reports, history = tmp_path / "venvs", tmp_path / "reports", tmp_path / "history"

    def night(version: str) -> Path:
        """A nightly run on the night `version` was the newest build, kept in the history."""
        probed = pinned_environment(env, FLIP, version)
        name, steps = probe_steps(probed, matrix.target("flipping"), pre=False)
        python = ensure_venv(venvs / name, steps, index)
        assert isinstance(python, Path), python
        run_dir = reports / version
        where = ["--environment-name", env.name, "--run-dir", str(run_dir)]
        args = [str(python), "-m", "harness", "run", "--matrix", str(matrix_path), *where, *RUN]
        proc = subprocess.run(args, capture_output=True, text=True, cwd=REPO)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return run_dir

    before, today = night(versions[0]), night(versions[-1])
    expected = tmp_path / "expected.toml"
    kept = run_cli(
        "report", "--run-dir", str(before), "--history", str(history),
        "--write-expected", str(expected), "--quiet",
    )  # fmt: skip
    assert kept.returncode == 0, kept.stderr
    key = "nightly-flip / tiny / flipping / {}"
    assert f'"{key.format("no-xla-translate")}" = "needed"' in expected.read_text()

    bisect = [
        "report", "--run-dir", str(today), "--check", str(expected), "--bisect",
        "--bisect-dist", FLIP, "--bisect-max", "1", "--matrix", str(matrix_path),
        "--venvs", str(venvs), "--index-url", fake_index.file_url,
    ]  # fmt: skip
    proc = run_cli(*bisect, "--history", str(history), env=installs)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    eager, workaround = proc.stdout.splitlines()
    assert eager.startswith(
        f"{key.format('eager')}: needed -> not needed; last good {FLIP} 1.0.dev20261003, "
        "first bad 1.0.dev20261004 (4 probes, "
    ), proc.stdout + proc.stderr
    assert workaround == (
        f"{key.format('no-xla-translate')}: needed -> not needed; not bisected: cap reached "
        f"(--bisect-max 1) (last good {FLIP} 1.0.dev20261001 in run "
        f"{past_runs(history, limit=None)[0].run_id}, this run 1.0.dev20261006)"
    )
    drift = json.loads((today / "drift.json").read_text())
    assert drift["complete"] and drift["dist"] == FLIP
    first = drift["lines"][0]
    assert (first["last_good"], first["first_bad"], first["probes"]) == (
        "1.0.dev20261003",
        "1.0.dev20261004",
        4,
    )
    probed = sorted(p.name for p in (today / "drift").glob("*/1.0.dev*"))
    assert probed == [versions[0], versions[2], versions[3], versions[-1]]
    assert [line["text"] for line in drift["lines"]] == [eager, workaround]

    # no earlier run: an empty history says so, and probes nothing
    empty = tmp_path / "empty"
    lonely = run_cli(*bisect, "--history", str(empty), env=installs)
    assert lonely.returncode == 1
    assert lonely.stdout.splitlines() == [
        f"{key.format(c)}: needed -> not needed; not bisected: no earlier run in the history"
        for c in ("eager", "no-xla-translate")
    ]
    # the time budget spent before a cell's turn: no probe starts
    spent = run_cli(*bisect, "--history", str(history), "--bisect-budget", "0.001", env=installs)
    assert [line.split("; ")[1] for line in spent.stdout.splitlines()] == [
        "not bisected: time budget reached (0.001 s, --bisect-budget) (last good "
        f"{FLIP} 1.0.dev20261001 in run {past_runs(history, limit=None)[0].run_id}, this run "
        "1.0.dev20261006)"
    ] * 2
    assert sorted(p.name for p in (today / "drift").glob("*/1.0.dev*")) == probed

    # the good build of the history is gone from the index: it cannot be installed
    gone = tmp_path / "gone"
    gone.mkdir()
    entry = sorted(history.glob("*.history.json"))[0]  # the first night
    (gone / entry.name).write_text(entry.read_text().replace(versions[0], "1.0.dev20260930"))
    missing = run_cli(*bisect, "--history", str(gone), env=installs)
    assert missing.returncode == 1
    first_line = missing.stdout.splitlines()[0]
    assert first_line.startswith(
        f"{key.format('eager')}: needed -> not needed; not bisected: a build that cannot be "
        f"installed or run: 1.0.dev20260930: could not install "
    ), first_line
    assert "xla-matrix-flip==1.0.dev20260930" in first_line and "(2 probes, " in first_line


@needs_tf
@pytest.mark.tf
def test_a_release_environment_names_the_target_change_and_its_git_bisect_command(tmp_path):
    """The pins of a release environment do not move: a verdict that changes comes from the
    code. Here the target's own source changes between two runs (a fix to its translation);
    the line says so and gives the git bisect command, which is then run as printed."""
    project = tmp_path / "project"
    (project / "xla_matrix_flip").mkdir(parents=True)
    (project / "xla_matrix_flip" / "__init__.py").write_text("FLIPPED = False\n")
    source = (FIXTURES / "flipping.py").read_text()
    fixed = source.replace("from xla_matrix_flip import FLIPPED\n", "FLIPPED = True  # the fix\n")
    assert fixed != source
    (project / "flipping.py").write_text(source)
    matrix = flip_matrix(tmp_path, project)
    history, expected = tmp_path / "history", tmp_path / "expected.toml"

    def run(name: str) -> Path:
        run_dir = tmp_path / "reports" / name
        proc = run_cli(
            "run", "--matrix", str(matrix), "--environment-name", "release",
            "--run-dir", str(run_dir), *RUN,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return run_dir

    good = run("good")
    kept = run_cli(
        "report", "--run-dir", str(good), "--history", str(history),
        "--write-expected", str(expected), "--quiet",
    )  # fmt: skip
    assert kept.returncode == 0, kept.stderr
    (project / "flipping.py").write_text(fixed)
    bad = run("bad")
    proc = run_cli(
        "report", "--run-dir", str(bad), "--check", str(expected), "--bisect",
        "--history", str(history), "--matrix", str(matrix),
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    good_run = past_runs(history, limit=None)[0].run_id  # then this run was kept after it
    lines = proc.stdout.splitlines()
    assert len(lines) == 2, proc.stdout
    command = (
        f"git bisect run xla-matrix check --matrix {matrix} -t flipping --target-path {project} "
        "-s tiny -c no-xla-translate --bad-if 'verdict=not needed'"
    )
    assert lines[1] == (
        "release / tiny / flipping / no-xla-translate: needed -> not needed; the pins did not "
        "move: the change comes from the target flipping; moved since run "
        f"{good_run}: target flipping source; find the commit with: {command}"
    )
    drift = json.loads((bad / "drift.json").read_text())
    assert [line["kind"] for line in drift["lines"]] == ["code", "code"]
    assert drift["lines"][1]["command"] == command

    # the command, as git bisect would run it on each commit: bad now, good before the fix;
    # docs/bisect.md's `git-bisect` example runs the same `git bisect run xla-matrix check`
    # on a target of its own
    documented = example("git-bisect").commands[-1]
    assert documented.argv[:5] == shlex.split(command)[:5]
    check = shlex.split(command)[5:]  # after `git bisect run xla-matrix check`
    assert run_cli("check", *check).returncode == 1
    (project / "flipping.py").write_text(source)
    assert run_cli("check", *check).returncode == 0


@needs_tf
@pytest.mark.tf
def test_check_runs_a_workaround_within_a_context_probe(tmp_path):
    """What a drift line `... / no-xla-translate @ jit-compile` bisects: the workaround with
    the context probe applied, judged against the probe alone. Alone in the check, no other
    workaround gets past the probe's failure: unfixed, never ineffective."""
    run_dir = tmp_path / "check"
    cell = ["-t", "xla-fragile", "-s", "n128-then-64", "-c", "no-xla-translate"]
    proc = run_cli(
        "check", *cell, "--context", "jit-compile", "--bad-if", "verdict=unfixed",
        "--run-dir", str(run_dir),
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stdout.startswith("xla-matrix check: bad: verdict unfixed: ")
    ran = sorted(p.stem for p in (run_dir / "results" / "local").glob("*.json"))
    assert ran == [
        f"xla-fragile.n128-then-64.{c}"
        for c in (
            "baseline",
            "eager",
            "jit-compile",
            "no-xla-translate",
            "no-xla-translate@jit-compile",
        )
    ]
    wrong = run_cli("check", *cell, "--context", "eager", "--run-dir", str(run_dir))
    assert wrong.returncode == 2
    assert "unknown context 'eager'; valid: jit-compile" in wrong.stderr


def test_the_nightly_workflow_follows_drift_to_its_culprit_and_carries_the_history():
    workflow = (REPO / ".github" / "workflows" / "xla-matrix-nightly.yml").read_text()
    steps = [
        "uses: actions/cache/restore@v4",
        "name: drift alarm",
        "name: keep tonight in the history",
        "uses: actions/cache/save@v4",
        "name: drift to culprit",
        "name: drift summary",
        "name: fail on drift",
    ]
    at = [workflow.index(step) for step in steps]
    # the culprit step runs nightly builds and target code: after the history is saved
    assert at == sorted(at), "restore, alarm, keep, save, culprit, summary, then fail"
    assert "cat reports/merged/drift.md >>" in workflow[at[5] : at[6]]
    assert workflow.count("key: xla-matrix-history-${{ github.run_id }}") == 2
    assert "restore-keys: xla-matrix-history-" in workflow
    assert workflow.count("path: reports/history") == 2
    culprit = workflow[at[4] : at[5]].replace("\\\n", " ")
    for variable in ("GITHUB_ENV", "GITHUB_PATH", "GITHUB_OUTPUT", "GITHUB_STATE"):
        assert f"-u {variable}" in culprit
    command = " ".join(culprit.split("nox -s report --")[1].split("||")[0].split())
    assert "timeout-minutes: 50" in culprit
    page = (REPO / "docs" / "nightly-ci.md").read_text()
    assert f"`nox -s report -- {command}`" in page, command
