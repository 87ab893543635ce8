"""The child side of a test target's cell: one pytest session, in the target's folder, with the
config applied as for a model; the facts of each node written as the cell's result.

Stages: start -> import (TensorFlow, after the config's variables) -> target (the folder,
pytest) -> collect -> setup / call / teardown of each node -> done. The cell passes when no
node failed or errored; it fails with its first failing node (that node's exception, at
its phase); a test file that cannot be collected, or arguments that select no test, stop it
at `collect`, which the parent classifies as infra (the target could not be loaded), as it
does a factory that cannot be imported. Every node's outcome is in `facts.nodes`.

pytest runs in-process (`pytest.main`), in the cell's own process: forked from the fork
server (which imported TensorFlow and pytest once) or spawned, as model cells are. The
session is the project's: rootdir, ini file, conftest.py, plugins. Added to its arguments:
the cell's plugin (harness.cell.pytest_plugin), `-o cache_dir=` in the cell's work folder
(parallel cells never write the project's .pytest_cache), and `-n 0` where pytest-xdist is
installed (the tests must run in this process, where the config and the XLA dump are).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harness.cell import evidence
from harness.cell.child import Progress, exception_record, import_stage, start_facts
from harness.cell.preflight import (
    DEPENDENCY,
    MESSAGE_CHARS,
    SUBMODULE,
    TARGET,
    installed,
    missing_module,
)
from harness.cell.pytest_plugin import CellPlugin, Failure
from harness.config.matrix import Target
from harness.config.pytest_target import own_packages_at
from harness.results.records import CellSpec, ChildFacts, ExceptionInfo, StageName
from harness.results.store import write_json_atomic

if TYPE_CHECKING:
    from harness.cell.preflight import TargetCheck

# pytest's exit codes that mean the session did not run the selected tests
_EXIT_WORDS = {2: "interrupted", 3: "internal error", 4: "usage error", 5: "no tests collected"}


def pytest_arguments(args: tuple[str, ...], work: Path) -> list[str]:
    """The target's arguments, and what the cell adds (never replaces) to them."""
    extra = ["-o", f"cache_dir={work / 'pytest-cache'}"]
    if importlib.util.find_spec("xdist") is not None:
        extra += ["-n", "0"]
    return [*args, *extra]


def run_test_cell(spec: CellSpec, tf: Any = None) -> ChildFacts:
    """Run the target's tests as one cell and write its result file."""
    started = time.perf_counter()
    progress = Progress(spec.stage_path)
    config, target = spec.config, spec.target
    facts = start_facts(spec, pytest=list(target.pytest))
    timings = facts.timings
    own = own_packages_at(target.path or ".")
    plugin: CellPlugin | None = None
    t_session: float | None = None
    try:
        tf = import_stage(spec, facts, progress, tf)

        progress.enter(StageName.TARGET)
        t0 = time.perf_counter()
        path = Path(target.path or ".").expanduser().resolve()
        if not path.is_dir():
            raise FileNotFoundError(f"target path {target.path!r} does not exist")
        os.chdir(path)  # pytest finds the project's rootdir, ini file and conftest.py from here
        sys.path.insert(0, str(path))
        import pytest

        timings["target_import_s"] = time.perf_counter() - t0
        work = Path(spec.result_path).parent if spec.result_path else path
        plugin = CellPlugin(
            tf,
            jit_compile=config.jit_compile,
            eagerly=config.run_functions_eagerly,
            dump_dir=spec.dump_dir,
            enter=progress.enter,
        )
        t_session = time.perf_counter()
        code = int(pytest.main(pytest_arguments(target.pytest, work), plugins=[plugin]))
        timings["scenario_s"] = time.perf_counter() - t_session
        facts.target_facts = {"pytest_exit": code, "collected": plugin.collected}
        if plugin.forced:
            facts.target_facts["jit_compile_forced_on"] = plugin.forced
        outcome = session_outcome(plugin, code, target.pytest, own)
        if outcome is None:
            if spec.outputs_path and plugin.outputs:
                facts.outputs = evidence.save_keyed_outputs(
                    spec.outputs_path, plugin.outputs, spec.outputs_cap_bytes
                )
            progress.enter(StageName.DONE)
            facts.completed = True
        else:
            facts.exception, stage = outcome
            progress.stage = stage
        if code == 2 and not plugin.failures:
            facts.interrupted = True
    except BaseException as exc:  # noqa: BLE001 - every failure is a fact to report
        facts.exception = exception_record(exc, own)
        if isinstance(exc, KeyboardInterrupt):
            facts.interrupted = True
    finally:
        if t_session is not None:
            timings.setdefault("scenario_s", time.perf_counter() - t_session)
        if plugin is not None:
            plugin.finish_modules()
            facts.nodes = plugin.nodes
        facts.stage = progress.stage
        if spec.dump_dir:
            facts.xla_modules = evidence.xla_modules(spec.dump_dir)
        timings["total_s"] = time.perf_counter() - started
        if not facts.fingerprint:
            facts.fingerprint = evidence.fingerprint(None, target.requires)
        write_json_atomic(spec.result_path, facts.to_json())
    return facts


def session_outcome(
    plugin: CellPlugin, code: int, args: tuple[str, ...], own: frozenset[str]
) -> tuple[ExceptionInfo, Any] | None:
    """None when the session ran its tests and none failed; else the exception the cell
    is known by and the stage it stopped at: the first collection error, pytest's refusal
    of the arguments, or the first failing node."""
    from harness.results.records import Stage

    collect = [f for f in plugin.failures if f.stage == StageName.COLLECT]
    if collect:
        return _failure_info(collect[0], own), Stage(StageName.COLLECT, node=collect[0].nodeid)
    if plugin.collected == 0 or code in (3, 4):
        word = _EXIT_WORDS.get(code, f"exit code {code}")
        info = ExceptionInfo(
            type="NoTestsCollected" if code in (0, 5) else "PytestUsageError",
            module="pytest",
            message=(
                f"pytest {' '.join(args)}: {word} (exit code {code}), "
                f"{plugin.collected} tests collected; its log has pytest's own lines"
            ),
        )
        return info, Stage(StageName.COLLECT)
    for failure in plugin.failures:
        stage = Stage(StageName(failure.stage), failure.index, None, failure.nodeid)
        return _failure_info(failure, own), stage
    return None


def _failure_info(failure: Failure, own: frozenset[str]) -> ExceptionInfo:
    exc = failure.exception
    if type(exc).__name__ == "CollectError" and exc is not None and exc.__cause__ is not None:
        exc = exc.__cause__  # pytest's wrapper of a test module's ImportError: the error itself
    if exc is not None:
        info = exception_record(exc, own)
        if not info.message.strip() and failure.text:
            info.message = failure.text
        return info
    # pytest gave its report's text only: a module not found is still named from it
    found = _NO_MODULE.search(failure.text)
    if found:
        name = found.group(1)
        top = name.split(".")[0]
        kind = SUBMODULE if installed(top) else TARGET if top in own else DEPENDENCY
        return ExceptionInfo(
            type="ModuleNotFoundError",
            message=f"No module named {name!r}\n{failure.text}",
            missing_module=name,
            missing_kind=kind,
        )
    return ExceptionInfo(type="Failed", module="pytest", message=failure.text)


_NO_MODULE = re.compile(r"ModuleNotFoundError: No module named '([\w.]+)'")


def collect_check(target: Target) -> TargetCheck:
    """The preflight of a test target: collect its tests once in this environment, in its
    folder (`--collect-only`, no test runs). A test file that cannot be collected, or
    arguments that select no test, is named once for the environment instead of in every
    cell. The process is the preflight's own: what collection imported goes with it."""
    from harness.cell.preflight import TargetCheck

    check = TargetCheck(target.name)
    t0 = time.perf_counter()
    cwd = os.getcwd()
    path = Path(target.path or ".").expanduser().resolve()
    work = Path(tempfile.mkdtemp(prefix="xla-matrix-collect-"))
    try:
        if not path.is_dir():
            check.error = f"target path {target.path!r} does not exist"  # the cells say so
            return check
        os.chdir(path)
        sys.path.insert(0, str(path))
        import pytest

        plugin = CellPlugin(None)
        args = ["--collect-only", "-q", *pytest_arguments(target.pytest, work)]
        code = int(pytest.main(args, plugins=[plugin]))
        outcome = session_outcome(plugin, code, target.pytest, own_packages_at(path))
        if outcome is not None:
            info = outcome[0]
            check.collect_error = True
            check.error_type = info.type
            check.message = info.message[:MESSAGE_CHARS]
            check.error = f"{info.type}: {info.message}".splitlines()[0][:400]
            check.missing_module, check.missing_kind = info.missing_module, info.missing_kind
            check.import_error = info.type in ("ImportError", "ModuleNotFoundError")
    except BaseException as exc:  # noqa: BLE001 - every failure is a fact to report
        check.error = f"{type(exc).__name__}: {exc}".splitlines()[0][:400]
        check.error_type = type(exc).__name__
        check.message = str(exc)[:MESSAGE_CHARS]
        found = missing_module(exc, own_packages_at(path))
        if found:
            check.missing_module, check.missing_kind = found
        check.import_error = isinstance(exc, ImportError)
    finally:
        os.chdir(cwd)
        shutil.rmtree(work, ignore_errors=True)
        check.seconds = round(time.perf_counter() - t0, 3)
    return check
