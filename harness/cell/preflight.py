"""The preflight: before an environment's cells, import each selected target once.

Runs in the environment's interpreter (forked from the fork server, which has TensorFlow
imported already, or spawned), with the environment's variables set and each target's path
on sys.path, and imports what a cell would import from the target: its factory, setup and
inputs modules and its adapter's imports (ptycho.params, ptycho.probe, ptycho.model). A
module that is not installed, and an ImportError (a name or submodule missing from an
installed package), is reported once per environment x target instead of once per cell:
such a target cannot be imported there at all. So is a factory, setup or inputs hook whose
signature the scenario cannot call (TargetContractError). Anything else that goes wrong is left for
the cells to report.

Like the child, it reports facts and the parent judges them (harness.run.pipeline).

Usage (by the parent only): python -m harness.cell.preflight SPEC.json
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.cell import backend
from harness.config.matrix import Target
from harness.config.typed import from_dict, to_dict
from harness.results.store import write_json_atomic

# What kind of module a ModuleNotFoundError names, seen from the environment:
DEPENDENCY = "dependency"  # a top-level package that is not installed
TARGET = "target"  # the target's own top-level module is not found (wrong path or name)
SUBMODULE = "submodule"  # a module inside an installed package (a real incompatibility)
MESSAGE_CHARS = 4000


@dataclass
class PreflightSpec:
    targets: list[Target]
    result_path: str
    import_tensorflow: bool = True


@dataclass
class TargetCheck:
    target: str
    missing_module: str | None = None
    missing_kind: str | None = None
    error: str | None = None  # "Type: first line", for the log
    error_type: str | None = None  # the exception's class name
    import_error: bool = False  # it is an ImportError (ModuleNotFoundError included)
    message: str = ""  # the exception's message, for its informative line
    seconds: float = 0.0
    # a test target's: its tests could not be collected (or none was selected)
    collect_error: bool = False


@dataclass
class PreflightResult:
    checks: list[TargetCheck] = field(default_factory=list)
    tensorflow_s: float | None = None
    error: str | None = None


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def installed(module: str) -> bool:
    """Whether a top-level module can be found on this interpreter's path (not imported)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing_module(exc: BaseException, own: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(module, kind) for the first ModuleNotFoundError in the exception's chain, where the
    import system named the module; None otherwise."""
    for err in _chain(exc):
        if isinstance(err, ModuleNotFoundError) and err.name:
            top = err.name.split(".")[0]
            if installed(top):
                return err.name, SUBMODULE
            return err.name, TARGET if top in own else DEPENDENCY
    return None


def check_target(target: Target) -> TargetCheck:
    if target.is_test:  # its tests collected, as the cells will collect them
        from harness.cell.pytest_cell import collect_check

        return collect_check(target)
    check = TargetCheck(target.name)
    t0 = time.perf_counter()
    before = set(sys.modules)
    path = str(Path(target.path).expanduser().resolve()) if target.path else None
    if path and not Path(path).is_dir():
        check.error = f"target path {target.path!r} does not exist"  # the cells say so
        return check
    if path:
        sys.path.insert(0, path)
    try:
        for module in target.modules:
            importlib.import_module(module)
        for ref, forms, what in (
            (target.factory, backend.FACTORY_FORMS, "factory"),
            (target.setup, backend.FACTORY_FORMS, "setup"),
            (target.inputs, backend.INPUTS_FORMS, "inputs"),
        ):
            if ref:  # a hook of another signature: named once, like an import
                backend.accepting(_resolve(ref), forms, what)
    except BaseException as exc:  # noqa: BLE001 - every failure is a fact to report
        found = missing_module(exc, target.own_packages)
        if found:
            check.missing_module, check.missing_kind = found
        check.error = f"{type(exc).__name__}: {exc}".splitlines()[0][:400]
        check.error_type = type(exc).__name__
        check.import_error = isinstance(exc, ImportError)
        check.message = str(exc)[:MESSAGE_CHARS]
    finally:
        if path:
            sys.path.remove(path)
        # two targets may bring packages of the same name from different paths
        for name in set(sys.modules) - before:
            if name.split(".")[0] in target.own_packages or name.startswith("harness.targets"):
                del sys.modules[name]
        check.seconds = round(time.perf_counter() - t0, 3)
    return check


def _resolve(ref: str) -> Any:
    module, _, attr = ref.partition(":")
    obj: Any = sys.modules[module]
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


def run(spec: PreflightSpec) -> PreflightResult:
    result = PreflightResult()
    try:
        if spec.import_tensorflow and not backend.tensorflow_imported():
            t0 = time.perf_counter()
            backend.import_tensorflow()  # what every target imports first
            result.tensorflow_s = round(time.perf_counter() - t0, 3)
        result.checks = [check_target(t) for t in spec.targets]
    except BaseException as exc:  # noqa: BLE001 - the cells will report it themselves
        result.error = f"{type(exc).__name__}: {exc}".splitlines()[0][:400]
    finally:
        write_json_atomic(spec.result_path, to_dict(result))
    return result


def log_lines(result: PreflightResult) -> list[str]:
    """What the preflight's log says (the result file is what the parent reads)."""
    lines = [f"[xla-matrix] preflight: importing TensorFlow took {result.tensorflow_s} s"]
    lines += [
        f"[xla-matrix] preflight {c.target}: {c.error or 'imports'} ({c.seconds} s)"
        for c in result.checks
    ]
    if result.error:
        lines.append(f"[xla-matrix] preflight stopped: {result.error}")
    return lines


def run_file(spec_path: str | Path) -> None:
    """Run the preflight described by a spec file, its lines to stdout (the log)."""
    for line in log_lines(run(read_spec(spec_path))):
        print(line, flush=True)


def read_spec(path: str | Path) -> PreflightSpec:
    data: Any = json.loads(Path(path).read_text())
    spec: PreflightSpec = from_dict(PreflightSpec, data, "preflight")
    return spec


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m harness.cell.preflight SPEC.json", file=sys.stderr)
        return 2
    run_file(argv[0])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # as the child: TensorFlow's teardown can hang


if __name__ == "__main__":
    raise SystemExit(main())
