"""A reproducer for one cell, to file upstream: `xla-matrix repro <cell id>`.

Writes `<run>/repro/<cell>/`:
  requirements.txt  the exact versions of the cell's fingerprint
  repro.py          the cell outside the harness: needs only TensorFlow, numpy and the
                    target (a built-in target's source is inlined, so it can be pasted); it
                    runs the scenario loop the cell ran, harness.cell.backend's source
                    copied in
  failing_module.hlo.txt   the HLO of the last module XLA compiled, where there is one
  README.md         the informative line, the stage, and the command that runs it

The cell is rebuilt from the matrix's own definition of it (its config, scenario, target and
environment, by the record's names) wherever the matrix has one; otherwise from the spec that
travels with the record, which was checked by the matrix's rules when it was read (references
as package.module:callable, requirements, sizes). The pins come from the record's fingerprint:
each version must parse as a version and each name as a distribution name, or no reproducer
is written. Nothing a record says is written into code, a command or a requirements file
without that check; every file is written inside the run folder without following a link.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib.util
import re
import shlex
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from harness.config import defaults
from harness.config.errors import UsageError
from harness.config.matrix import Matrix, is_reference, load_matrix, matrix_file
from harness.config.names import Cell
from harness.results import store, untrusted
from harness.results.records import CellRecord, CellSpec
from harness.results.untrusted import printable

BUILTIN = "harness.targets."
# the scenario loop and what it calls, copied into repro.py from the module the child runs
BACKEND = "harness.cell.backend"
BACKEND_COPIED = (
    "import_tensorflow",
    "configure",
    "TargetContractError",
    "accepting",
    "caller",
    "signature_inputs",
    "as_model",
    "Watcher",
    "run_scenario",
)
HLO_LIMIT = 16 << 20


def find_record(run_dir: Path, cell_id: str) -> CellRecord:
    records, problems = store.load_records([run_dir])
    for record in records:
        if record.id == cell_id:
            return record
    env, _, rest = cell_id.partition("/")
    parts = rest.split("/")
    if len(parts) == 3:  # its file, when the record was there but unfit to read
        config, _, context = parts[2].partition("@")
        cell = Cell(env, parts[0], parts[1], config, context)
        own = f"{store.result_path(run_dir, cell).as_posix()}:"
        for problem in problems:
            if problem.startswith(own):
                raise UsageError(f"{printable(problem)}; no reproducer written")
    ids = [r.id for r in records]
    from harness.config.typed import did_you_mean

    raise UsageError(f"no cell {cell_id!r} in {run_dir}{did_you_mean(cell_id, ids)}")


# PEP 508's name rule: what a requirements file may start a line with
_DIST_NAME = re.compile(r"[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9]", re.IGNORECASE)
TENSORFLOW_DISTS = ("tensorflow-cpu", "tensorflow", "tf-nightly", "tf-nightly-cpu")


class Unfit(UsageError):
    """A record field that a reproducer would write is not what it claims to be."""


def dist_name(where: str, name: object) -> str:
    if not isinstance(name, str) or not _DIST_NAME.fullmatch(name):
        raise Unfit(f"{where}: {name!r} is not a distribution name; no reproducer written")
    return name


def version(where: str, text: object) -> str:
    """`text` as an exact version, in its normal form; Unfit otherwise."""
    try:
        if not isinstance(text, str) or text.strip() != text:
            raise InvalidVersion(str(text))
        return str(Version(text))
    except InvalidVersion:
        raise Unfit(f"{where}: {text!r} is not a version; no reproducer written") from None


def requirements(record: CellRecord) -> list[str]:
    """Exact pins from what the cell really ran (its fingerprint), every name and version
    checked as such."""
    fp = record.fingerprint
    if not fp.get("tensorflow"):
        raise UsageError(f"{record.id}: the cell never imported TensorFlow; nothing to pin")
    dist = fp.get("tensorflow_dist") or "tensorflow-cpu"
    if dist not in TENSORFLOW_DISTS:
        raise Unfit(
            f"fingerprint.tensorflow_dist: {dist!r} is not one of {', '.join(TENSORFLOW_DISTS)};"
            " no reproducer written"
        )
    reqs = [f"{dist}=={_dist_version(fp)}"]
    if fp.get("keras") and str(fp.get("keras_flavour", "")).startswith("keras3"):
        reqs.append(f"keras=={version('fingerprint.keras', fp.get('keras'))}")
    if fp.get("numpy"):
        reqs.append(f"numpy=={version('fingerprint.numpy', fp.get('numpy'))}")
    named = {"tf-keras", "keras", "numpy", canonicalize_name(dist)}
    for field in ("companions", "requires"):
        for name, pinned in sorted((fp.get(field) or {}).items()):
            where = f"fingerprint.{field}[{name!r}]"
            if pinned and canonicalize_name(dist_name(f"fingerprint.{field}", name)) not in named:
                reqs.append(f"{name}=={version(where, pinned)}")  # as installed
                named.add(canonicalize_name(name))
    return reqs


def _dist_version(fp: dict) -> str:
    """pip's spelling of the TensorFlow version (nightlies report 2.23.0-dev20261026)."""
    text = str(fp.get("tensorflow_version") or fp["tensorflow"]).replace("-dev", ".dev")
    return version("fingerprint.tensorflow", text)


def no_deps_requirements(record: CellRecord) -> list[str]:
    """tf-keras declares the full `tensorflow` wheel: installed without dependencies."""
    pinned = record.fingerprint.get("tf_keras")
    return [f"tf-keras=={version('fingerprint.tf_keras', pinned)}"] if pinned else []


def cell_spec(record: CellRecord, matrix: Matrix | None) -> tuple[CellSpec, str]:
    """What the reproducer runs, and where that came from: the matrix's own entries for the
    record's names where it has them, the record's spec (checked when read) otherwise."""
    spec = record.spec
    if spec is None:
        raise UsageError(
            f"{record.id}: the record does not say what ran (written by an older harness)"
        )
    cell = record.cell
    if matrix is None:
        return _checked(spec), "the record's spec (no matrix file)"
    config = matrix.configs.get(cell.config)
    context = matrix.configs.get(cell.context) if cell.context else None
    if config is not None and cell.context:
        config = config.within(context) if context is not None and context.context else None
    scenario = matrix.scenarios.get(cell.scenario)
    target = matrix.targets.get(cell.target)
    environment = matrix.environments.get(cell.environment)
    if config is None or scenario is None or target is None:
        return _checked(spec), f"the record's spec ({cell.id} is not all in {matrix.path})"
    base = environment.cell_env() if environment is not None else _checked(spec).env
    spec = dataclasses.replace(
        spec,
        config=config,
        scenario=scenario,
        target=dataclasses.replace(target, path=target.path or spec.target.path),
        env={**base, **config.env},
    )
    return spec, str(matrix.path)


def _checked(spec: CellSpec) -> CellSpec:
    """The spec's references once more (records are checked when read; a spec made in this
    process is not)."""
    for where, ref in (
        ("factory", spec.target.factory),
        ("setup", spec.target.setup),
        ("inputs", spec.target.inputs),
    ):
        if ref is None or (where == "factory" and not ref and spec.target.is_test):
            continue  # not given; a test target runs its tests instead of a factory
        if not is_reference(ref):
            raise Unfit(f"spec.target.{where}: {ref!r} is not package.module:callable")
    for name in spec.env:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise Unfit(f"spec.env: {name!r} is not a variable name")
    return spec


def _module_sources(
    module: str, seen: set[str] | None = None, only: tuple[str, ...] | None = None
) -> list[str]:
    """The source of a built-in target module and the built-in modules it imports from,
    dependencies first, with those imports taken out (they are defined above them).
    `only`: of the module's functions and classes, these alone (its imports all stay)."""
    seen = set() if seen is None else seen
    if module in seen:
        return []
    seen.add(module)
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise UsageError(f"cannot find the source of {module}")
    source = Path(spec.origin).read_text()
    tree = ast.parse(source)
    out: list[str] = []
    drop: list[tuple[int, int]] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(BUILTIN):
            out += _module_sources(node.module or "", seen)
            drop.append((node.lineno, node.end_lineno or node.lineno))
        elif (isinstance(node, ast.ImportFrom) and node.module == "__future__") or (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and node is tree.body[0]
        ):
            drop.append((node.lineno, node.end_lineno or node.lineno))
        elif (
            only is not None
            and isinstance(node, ast.FunctionDef | ast.ClassDef)
            and node.name not in only
        ):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            drop.append((first, node.end_lineno or node.lineno))
    lines = source.splitlines()
    kept = [line for i, line in enumerate(lines, start=1) if not any(a <= i <= b for a, b in drop)]
    text = "\n".join(kept).strip()
    if only is not None:  # what is left out leaves its blank lines behind
        text = re.sub(r"\n{4,}", "\n\n\n", text)
    out.append(f"# --- {module} (from xla-matrix) ---\n" + text + "\n")
    return out


def _callable_source(ref: str | None, builtin: bool) -> tuple[str, str | None]:
    """(code that defines or imports it, the name to call)."""
    if not ref:
        return "", None
    module, _, attr = ref.partition(":")
    if builtin and module.startswith(BUILTIN):
        return "", attr
    return f"from {module} import {attr.split('.')[0]}\n", attr


# What repro.py adds to the loop it copies: the stage it is in, printed as the cell's
# record names it, and where it failed.
_MAIN = """

class Stages(Watcher):
    stage = "target"

    def enter(self, stage, step, n):
        self.stage = f"{stage} step {step} (N={n})"
        print(f"[repro] stage {self.stage}", flush=True)

    def predicted(self, step, n, model, outputs, seconds):
        print(f"[repro] step {step} passed", flush=True)


def main():
    watch = Stages()
    try:
        run_scenario(tf, %(call)s, watch=watch)
    except Exception as exc:
        traceback.print_exc()
        message = getattr(exc, "message", None) or str(exc)
        print(f"[repro] FAILED at {watch.stage}: {type(exc).__name__}", flush=True)
        print(f"[repro] message:\\n{message}\\n[repro] end of message", flush=True)
        return 1
    print("[repro] passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
"""


def render_script(record: CellRecord, spec: CellSpec) -> str:
    """repro.py: the cell's variables, TensorFlow configured as the cell had it, the target,
    then the scenario through the loop the child runs (harness.cell.backend, copied in)."""
    config, scenario, target = spec.config, spec.scenario, spec.target
    builtin = target.factory.startswith(BUILTIN) and not target.path
    outcome = f"{record.status}" + (
        f" ({record.failure_class}) at {record.stage_text}" if not record.passed else ""
    )
    # what the record says goes into comments, one printable line each: never into a
    # string literal, where a quote or a backslash in a message would become code
    parts = [
        "# Reproducer of an xla-matrix cell. Run: pip install -r requirements.txt && python repro.py",
        f"# cell: {printable(record.id)}",
        f"# outcome in the matrix: {printable(outcome)}",
        *([f"# {printable(record.message)}"] if record.message else []),
        "",
        "from __future__ import annotations",
        "",
        "import os",
        "",
        "# The cell's configuration, set before TensorFlow is imported.",
        f"os.environ.update({dict(sorted(spec.env.items()))!r})",
        "",
        "import sys",
        "import traceback",
        "",
    ]
    if target.path:
        parts += [f"sys.path.insert(0, {str(Path(target.path).expanduser().resolve())!r})", ""]
    # with an inputs hook, no inputs are made for the model's signature: that code stays out
    made = "signature_inputs"
    copied = tuple(n for n in BACKEND_COPIED if n != made) if target.inputs else BACKEND_COPIED
    parts += _module_sources(BACKEND, only=copied)
    if target.inputs:
        parts += [f"{made} = None  # not used: the target brings its inputs\n"]
    parts += [
        "",
        "tf = import_tensorflow()",
        f"configure(tf, eagerly={config.run_functions_eagerly!r})",
        "",
    ]
    if builtin:
        seen: set[str] = set()
        parts += _module_sources(target.factory.partition(":")[0], seen)
        for ref in (target.setup, target.inputs):  # of another module: that function alone
            if ref and ref.startswith(BUILTIN):
                module, _, attr = ref.partition(":")
                parts += _module_sources(module, seen, only=(attr.split(".")[0],))
    factory_code, factory = _callable_source(target.factory, builtin)
    setup_code, setup = _callable_source(target.setup, builtin)
    inputs_code, inputs = _callable_source(target.inputs, builtin)
    imports = factory_code + setup_code + inputs_code
    if imports:
        parts += [imports]
    call = ", ".join(
        [
            str(factory),
            f"sizes={list(scenario.sizes)!r}",
            f"gridsize={scenario.gridsize!r}",
            f"batch={scenario.batch!r}",
            f"seed={scenario.seed!r}",
            f"clear_session={scenario.clear_session!r}",
            f"jit_compile={config.jit_compile!r}",
            f"setup={setup or 'None'}",
            f"inputs={inputs or 'None'}",
        ]
    )
    return "\n".join(parts) + _MAIN % {"call": call}


def write_repro(record: CellRecord, run_dir: Path, matrix: Matrix | None = None) -> Path:
    spec, source = cell_spec(record, matrix)
    rel = f"repro/{record.cell.environment}/{record.cell.filename}"
    reqs = requirements(record)
    no_deps = no_deps_requirements(record)
    tests: list[str] = []
    if spec.target.is_test:  # the pytest command with the config's environment
        from harness.repro.pytest_repro import files as test_files

        extra, tests = test_files(record, spec, run_dir / rel)
    else:
        extra = {"repro.py": render_script(record, spec).encode()}
    hlo = _failing_hlo(record, run_dir)
    install = "pip install -r requirements.txt"
    if no_deps:
        install += f" && pip install --no-deps {shlex.join(no_deps)}"
    fp = record.fingerprint
    readme = [
        f"# xla-matrix reproducer: `{record.id}`",
        "",
        f"- outcome: {record.status}"
        + (f", failure class `{printable(record.failure_class)}`" if record.failure_class else ""),
        f"- stage: {record.stage_text}",
        f"- informative line: {printable(record.message) or '(passed)'}",
        printable(
            f"- ran on: TensorFlow {fp.get('tensorflow')}, Keras {fp.get('keras')} "
            f"({fp.get('keras_flavour')}), Python {fp.get('python')}"
        ),
        f"- the cell as defined by: {printable(source)}",
        "",
        "Run it:",
        "",
        "```bash",
        f"python -m venv venv && . venv/bin/activate && {install} && python repro.py",
        "```",
        "",
    ]
    readme += tests
    if hlo is not None:
        readme += ["`failing_module.hlo.txt`: the HLO of the last module XLA compiled.", ""]
    files = {
        "requirements.txt": ("\n".join(reqs) + "\n").encode(),
        **extra,
        "README.md": "\n".join(readme).encode(),
    }
    if hlo is not None:
        files["failing_module.hlo.txt"] = hlo
    try:  # inside the run folder, no link followed on the way or at the end
        for name, data in files.items():
            untrusted.write_inside(run_dir, f"{rel}/{name}", [data])
    except untrusted.Refused as exc:
        raise UsageError(f"{run_dir / rel}: not written: {exc}") from None
    return run_dir / rel


def _failing_hlo(record: CellRecord, run_dir: Path) -> bytes | None:
    """The HLO text of the last module XLA compiled for the cell, read like any file a
    record names (inside its run folder, no links, a regular file, capped)."""
    if not record.xla_dump:
        return None
    folder = store.inside(run_dir, record.xla_dump)
    if folder is None or folder.is_symlink() or not folder.is_dir():
        return None
    names = sorted(
        p.name for p in folder.glob("module_*.before_optimizations.txt") if not p.is_symlink()
    )
    for name in reversed(names):
        try:
            return untrusted.read_bytes(run_dir, f"{record.xla_dump}/{name}", HLO_LIMIT)
        except (untrusted.Refused, OSError, ValueError):
            continue
    return None


def command(cell_id: str) -> str:
    """The command a report shows next to a cell that did not pass."""
    return f"nox -s repro -- {cell_id}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("cell", help="the cell's id: environment/target/scenario/config")
    parser.add_argument("--run-dir", type=Path, help="run folder (default: reports/latest)")
    parser.add_argument(
        "--matrix",
        type=Path,
        help="the matrix the cell is rebuilt from (default: $XLA_MATRIX_FILE, ./matrix.toml; "
        "without one, from the spec its record carries)",
    )


def cmd_repro(args: argparse.Namespace) -> int:
    run_dir = args.run_dir or defaults.REPORTS / "latest"
    if not run_dir.is_dir():
        raise UsageError(f"no results folder {str(run_dir)!r}")
    found = args.matrix or matrix_file(defaults.MATRIX if defaults.MATRIX.is_file() else None)
    matrix = None if found is None else load_matrix(found)  # an artifact may come alone
    out = write_repro(find_record(run_dir, args.cell), run_dir, matrix)
    print(f"xla-matrix: reproducer written to {out} (run: python {out / 'repro.py'})")
    return 0
