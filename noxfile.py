"""Sessions of xla-matrix, generated from matrix.toml.

  nox -s xla_matrix            the quick default: one session per quick environment, then the table
  nox -t full                  every environment of matrix.toml, every config, scenario and target
  nox -s report                judge and print reports/latest again (-- --merge DIR... to merge)
  nox -s tests                 pytest, with real TensorFlow
  nox -s "tests_in(tf2.15)"    the tests of version-dependent paths, in another environment
  nox -s lint                  ruff, and the import contract between the layers of harness/

Posargs narrow a run: nox -s xla_matrix -- --config baseline --config eager --target reference
A project's own matrix file: XLA_MATRIX_FILE=../myproject/xla-matrix.toml nox -f <this file>
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import nox

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness.cli import run_parser  # noqa: E402
from harness.config import companions  # noqa: E402
from harness.config.errors import ExitCode, UsageError  # noqa: E402
from harness.config.matrix import Environment, load_matrix, matrix_file  # noqa: E402
from harness.config.selection import (  # noqa: E402
    Selection,
    parse_posargs,
    resolve_targets,
    select_cells,
    select_environments,
    selection_from_args,
)
from harness.install import output as installer_output  # noqa: E402
from harness.install import requires, venv  # noqa: E402
from harness.install import steps as install_steps  # noqa: E402
from harness.install.output import InstallFailed  # noqa: E402
from harness.results import store  # noqa: E402

try:
    # a relative XLA_MATRIX_FILE is taken from the folder nox was started in: nox changes to
    # this file's folder before importing it, the shell's PWD still names the first
    MATRIX = load_matrix(
        matrix_file(HERE / "matrix.toml", cwd=Path(os.environ.get("PWD") or os.getcwd()))
    )
except UsageError as exc:
    print(f"xla-matrix: error: {exc}", file=sys.stderr)
    raise SystemExit(ExitCode.USAGE) from None

nox.needs_version = ">=2024.10.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["xla_matrix"]

REPORTS = HERE / "reports"
# One run folder for every session of this nox invocation (CI jobs pass their own id).
RUN_ID = os.environ.setdefault("XLA_MATRIX_RUN_ID", store.new_run_id())
RUN_DIR = REPORTS / RUN_ID
# Seconds a run gets after Ctrl-C to kill its cells, keep what finished and write the
# report, before nox terminates it (nox's own default is 0.3 s).
STOP_GRACE = 60.0


def gpu_visible() -> str | None:
    """None when a GPU is visible, else why not (checked without TensorFlow)."""
    if not shutil.which("nvidia-smi"):
        return "nvidia-smi not found"
    try:
        out = subprocess.run(
            ["nvidia-smi", "-L"], capture_output=True, text=True, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return f"nvidia-smi failed: {exc}"
    return None if "GPU" in out else "nvidia-smi lists no GPU"


def session_install(session: nox.Session, args: list[str]) -> None:
    """session.install with the installer's output kept, not printed: on failure it is
    raised with InstallFailed, whose reason is said once, with the cells it makes infra (by
    the run for a target's requirements, by run_environment for the environment's own)."""
    with installer_output.captured() as out, install_steps.hidden_requirements(args) as shown:
        try:
            session.install(
                *shown,
                env=venv.INSTALL_ENV,
                silent=False,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        except nox.command.CommandFailed as exc:
            raise InstallFailed(installer_output.tail(out), exc.return_code, args) from None


def build(session: nox.Session, steps: list[list[str]], floating: bool = False) -> None:
    """This session's venv with `steps` installed by the one builder (harness.install.venv),
    nox's session.install running the installer: a warm rerun makes no installer call at
    all. Raises InstallFailed when the installer refuses."""
    location = Path(session.virtualenv.location)
    if not venv.build(
        location, steps, lambda step: session_install(session, step), floating=floating
    ):
        session.log("installed requirements unchanged since the last run, not reinstalling")


def install(session: nox.Session, steps: list[list[str]]) -> None:
    """`build` for a session that has no use for a refused install but to fail, as a failed
    command does, with the installer's output."""
    try:
        build(session, steps)
    except InstallFailed as exc:
        if exc.output.strip():
            session.warn(exc.output.rstrip())
        raise nox.command.CommandFailed(str(exc), return_code=exc.return_code) from None


# The venv's distributions as {canonical name: version}, printed by its own interpreter.
_LIST_DISTRIBUTIONS = (
    "import json, re; from importlib import metadata; "
    "print(json.dumps({re.sub(r'[-_.]+', '-', d.metadata['Name']).lower(): d.version "
    "for d in metadata.distributions() if d.metadata['Name']}))"
)


class SessionInstaller:
    """harness.install.requires.Installer on this nox session's venv."""

    def __init__(self, session: nox.Session) -> None:
        self.session = session

    def install(self, args: list[str]) -> None:
        session_install(self.session, args)

    def installed(self) -> dict[str, str]:
        out = self.session.run("python", "-c", _LIST_DISTRIBUTIONS, silent=True, log=False)
        return json.loads(str(out).strip().splitlines()[-1])

    def dependencies(self) -> requires.Dependencies:
        out = self.session.run("python", "-c", requires.DEPENDENCIES_SCRIPT, silent=True, log=False)
        return requires.read_dependencies(str(out))

    def uninstall(self, names: list[str]) -> None:
        if self.session.venv_backend == "uv":
            python = str(Path(self.session.virtualenv.location) / "bin" / "python")
            self.session.run("uv", "pip", "uninstall", "--python", python, *names, external=True)
        else:
            self.session.run("python", "-m", "pip", "uninstall", "-y", *names)

    def log(self, message: str) -> None:
        self.session.log(message)


def selection_for(
    session: nox.Session, env: Environment, tier: str
) -> tuple[Selection, Path, list[str]]:
    """This session's selection, run folder and the report's --fail-on options, from posargs.
    Bad posargs stop the whole nox run with one line and exit 2, before anything installs."""
    try:
        args = parse_posargs(run_parser(), tier_args(tier) + list(session.posargs))
        selection = selection_from_args(args)
        select_environments(MATRIX, selection, [])
        select_cells(MATRIX, selection, [env])
        run_dir = args.run_dir.resolve() if args.run_dir else RUN_DIR
        if args.resume:  # finish the interrupted run instead of starting one
            run_dir = (args.run_dir or REPORTS / "latest").resolve()
            if not run_dir.is_dir():
                raise UsageError(f"--resume: no run folder {str(run_dir)!r}")
    except UsageError as exc:
        print(f"xla-matrix: error: {exc}", file=sys.stderr)
        raise SystemExit(ExitCode.USAGE) from None
    return selection, run_dir, [a for v in args.fail_on for a in ("--fail-on", v)]


def tier_args(tier: str) -> list[str]:
    return ["--tier", "full"] if tier == "full" else []


def run_environment(session: nox.Session, env: Environment, tier: str) -> None:
    selection, run_dir, fail_on = selection_for(session, env, tier)
    if selection.environments and env.name not in selection.environments:
        session.skip(f"{env.name} not selected by --environment")
    if env.device == "gpu":
        reason = gpu_visible()
        if reason:
            session.skip(f"{env.name} needs a GPU: {reason}")
    session.notify("report", ["--run-dir", str(run_dir), *fail_on])
    base = install_steps.environment_steps(env)  # what targets need goes in after
    try:
        build(session, base, floating=install_steps.floating(env))
    except InstallFailed as exc:
        not_installed(session, env, selection, run_dir, exc)
    needs = [companions.needs(t, env) for t in resolve_targets(MATRIX, selection).values()]
    # a target whose requirements cannot be installed here: the run says why, once, with
    # the number of its cells that are infra
    unavailable = requires.install_needs(
        env, needs, SessionInstaller(session), Path(session.virtualenv.location), base
    )
    infra_file = Path(session.virtualenv.location) / "xla-matrix-infra-targets.json"
    store.write_json_atomic(infra_file, asdict(requires.UnavailableFile(unavailable)))
    session.run(
        "python",
        "-m",
        "harness",
        "run",
        "--matrix",
        str(MATRIX.path),
        "--environment-name",
        env.name,
        "--run-dir",
        str(run_dir),
        "--no-report",
        f"--infra-targets={infra_file}",
        *tier_args(tier),
        *session.posargs,
        interrupt_timeout=STOP_GRACE,
    )


def not_installed(
    session: nox.Session, env: Environment, selection: Selection, run_dir: Path, exc: InstallFailed
) -> None:
    """The environment's own pins could not be installed: its cells are infra with the
    installer's reason, said once with their count (the installer's whole output goes to
    the run's logs), and the session is skipped: the run goes on with the other
    environments and its exit code is the report's (docs/exit-codes.md)."""
    why = requires.environment_unavailable(env, exc.output).message
    cells = select_cells(MATRIX, selection, [env])
    roles = {c.name: c.role for c in MATRIX.configs.values()}
    marked = store.write_infra_records(run_dir, cells, roles, why)  # settled ones stay
    log = run_dir / "logs" / env.name / "_install.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    store.write_text_atomic(log, exc.output)
    kept = f", {len(cells) - marked} kept their results" if marked < len(cells) else ""
    session.warn(f"xla-matrix: {env.name}: {marked} cells infra{kept}: {why} (installer: {log})")
    session.skip(f"{env.name} could not be installed: {marked} cells infra")


def _params(envs: list[Environment], tier: str) -> list[nox.param]:  # type: ignore[name-defined]
    """One session per environment, built with its `python` (None: nox's own interpreter).
    nox takes `python` out of the parameters, so the session names stay the environment's."""
    return [nox.param(e.python, e.name, id=e.name, tags=[tier, *e.tags]) for e in envs]


@nox.session
@nox.parametrize("python, environment", _params(MATRIX.quick_environments(), "quick"))
def xla_matrix(session: nox.Session, environment: str) -> None:
    """The quick default: run this environment's cells."""
    run_environment(session, MATRIX.environment(environment), "quick")


@nox.session
@nox.parametrize("python, environment", _params(list(MATRIX.environments.values()), "full"))
def xla_matrix_full(session: nox.Session, environment: str) -> None:
    """Every environment with every config, scenario and target (nox -t full)."""
    run_environment(session, MATRIX.environment(environment), "full")


# What `--index-url URL` becomes on its way to the harness: nox prints each command line it
# runs (and again when it fails), and a URL may hold a password.
INDEX_URL_OPTION, INDEX_URL_VARIABLE = "--index-url", "XLA_MATRIX_INDEX_URL"


def index_url_to_environment(posargs: list[str]) -> tuple[list[str], dict[str, str]]:
    """(posargs without --index-url, {XLA_MATRIX_INDEX_URL: its URL}): the harness reads the
    variable as it reads the option, and nox never prints a session's environment. An
    abbreviation argparse would take (--index, --i) counts; a last --index-url without a value
    stays, for argparse to refuse."""
    args, env, i = [], {}, 0
    while i < len(posargs):
        name, sep, value = posargs[i].partition("=")
        if len(name) >= 3 and INDEX_URL_OPTION.startswith(name):
            if sep:
                env[INDEX_URL_VARIABLE] = value
            elif i + 1 < len(posargs):
                env[INDEX_URL_VARIABLE] = posargs[i + 1]
                i += 1
            else:
                args.append(posargs[i])
        else:
            args.append(posargs[i])
        i += 1
    return args, env


@nox.session
def report(session: nox.Session) -> None:
    """Judge the results and write the reports (reports/latest unless --run-dir or --merge)."""
    install(session, [["-e", str(HERE)]])
    posargs, env = index_url_to_environment(list(session.posargs))
    judged_by = [] if "--matrix" in posargs else ["--matrix", str(MATRIX.path)]
    session.run("python", "-m", "harness", "report", *judged_by, *posargs, env=env)


@nox.session
def repro(session: nox.Session) -> None:
    """Write a reproducer of one cell to file upstream: nox -s repro -- <cell id> [--run-dir D]"""
    install(session, [["-e", str(HERE)]])
    session.run("python", "-m", "harness", "repro", *session.posargs)


@nox.session
def bisect(session: nox.Session) -> None:
    """Find the first TensorFlow release (or nightly), or the first release of any package
    of an environment, where a cell changes:
    nox -s bisect -- --good 2.15.1 --bad 2.21.0 -t T -s S -c C [--keras legacy] [--bad-if ...]
    nox -s bisect -- --package keras --good 3.9.2 --bad 3.3.3 -e tf2.16-keras3 -t T -s S -c C
    --index-url URL goes to the harness as XLA_MATRIX_INDEX_URL, never on a printed line."""
    install(session, [["-e", str(HERE)]])
    posargs, env = index_url_to_environment(list(session.posargs))
    session.run(
        "python",
        "-m",
        "harness",
        "bisect",
        "--matrix",
        str(MATRIX.path),  # XLA_MATRIX_FILE's, unless posargs give another
        "--venvs",
        str(HERE / ".nox" / "bisect-envs"),
        *posargs,
        env=env,
    )


# The environment the tests run in (`nox -s tests`), and the marker of the tests that
# exercise paths that differ between TensorFlow/Keras versions (`nox -s "tests_in(tf2.15)"`).
TEST_ENV = "tf2.21-keras3"
VERSIONS_MARKER = "versions"


def run_tests(session: nox.Session, name: str, default_args: list[str]) -> None:
    """pytest in a venv with `name`'s pins; its cells run with that venv's interpreter."""
    matrix = load_matrix(HERE / "matrix.toml")  # the harness's own, whatever XLA_MATRIX_FILE says
    try:
        env = matrix.environment(name)
    except UsageError as exc:
        session.error(f"XLA_MATRIX_TEST_ENV: {exc}")
    install(session, install_steps.environment_steps(env, "[test]"))
    session.run(
        "pytest",
        *(session.posargs or default_args),
        # the environment's own variables (tf-keras: TF_USE_LEGACY_KERAS) reach the cells
        # the tests run as `local`
        env={**env.cell_env(), "XLA_MATRIX_TEST_ENV": env.name, "XLA_MATRIX_FILE": ""},
    )


@nox.session
def tests(session: nox.Session) -> None:
    """pytest with real TensorFlow in child processes, in XLA_MATRIX_TEST_ENV's pins
    (default: the newest quick environment)."""
    run_tests(session, os.environ.get("XLA_MATRIX_TEST_ENV") or TEST_ENV, [])


def _other_test_environments() -> list[nox.param]:  # type: ignore[name-defined]
    """The quick CPU environments other than the tests' own."""
    harness_matrix = load_matrix(HERE / "matrix.toml")
    return [
        nox.param(e.python, e.name, id=e.name)
        for e in harness_matrix.quick_environments()
        if e.name != TEST_ENV and e.device == "cpu"
    ]


@nox.session(default=False)
@nox.parametrize("python, environment", _other_test_environments())
def tests_in(session: nox.Session, environment: str) -> None:
    """The tests of version-dependent paths (marker `versions`) in another environment:
    nox -s "tests_in(tf2.15)" [-- pytest arguments instead of -m versions]"""
    run_tests(session, environment, ["-m", VERSIONS_MARKER])


MUTANTS_FLOOR = 90.0  # percent of the judge's mutants the TensorFlow-free tests must kill


@nox.session(default=False)
def mutants(session: nox.Session) -> None:
    """Mutation testing of the code that decides verdicts (pyproject.toml [tool.mutmut]):
    prints the score and every surviving mutant; fails below MUTANTS_FLOOR percent killed.
    A survivor is a missing test or a dead branch; those kept on purpose are listed, with
    why they are equivalent, in docs/verdicts.md. Posargs name mutants to run (mutmut's
    globs, e.g. "harness.judge.facts.x_reached*"); the floor applies to a whole run only."""
    install(session, [["-e", f"{HERE}[test]", "mutmut>=3.3,<4"]])
    shutil.rmtree(HERE / "mutants", ignore_errors=True)
    jobs = str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 2)
    env = {"HYPOTHESIS_PROFILE": "mutants"}
    session.run(
        "mutmut", "run", "--max-children", jobs, *session.posargs, env=env, success_codes=[0, 1]
    )
    session.run("mutmut", "export-cicd-stats", silent=True)
    stats = json.loads((HERE / "mutants" / "mutmut-cicd-stats.json").read_text())
    results = session.run("mutmut", "results", silent=True) or ""
    survivors = [line.split(":")[0].strip() for line in results.splitlines() if ": " in line]
    judged = stats["killed"] + stats["survived"] + stats["no_tests"] + stats["timeout"]
    score = 100.0 * (stats["killed"] + stats["timeout"]) / max(1, judged)
    for name in survivors:
        session.log(f"survived: {name}  (mutmut show {name})")
    session.log(
        f"mutants: {stats['killed']} killed, {stats['survived']} survived, "
        f"{stats['no_tests']} without a test, {stats['timeout']} timed out: {score:.1f}% killed"
    )
    if score < MUTANTS_FLOOR and not session.posargs:
        session.error(f"{score:.1f}% of the judge's mutants killed, below {MUTANTS_FLOOR:g}%")


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff", "import-linter>=2.1")
    session.run("ruff", "check", "harness", "xla_matrix", "tests", "bench", "docs", "noxfile.py")
    session.run(
        "ruff", "format", "--check", "harness", "xla_matrix", "tests", "bench", "docs", "noxfile.py"
    )
    # the layers of harness/ (pyproject.toml, [tool.importlinter]): checked, not promised
    session.run("lint-imports")
