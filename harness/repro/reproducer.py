"""A reproducer for one cell, to file upstream: `xla-matrix repro <cell id>`.

Writes `<run>/repro/<cell>/`:
  requirements.txt  the exact versions of the cell's fingerprint
  repro.py          the cell outside the harness: needs only TensorFlow, numpy and the
                    target (a built-in target's source is inlined, so it can be pasted); it
                    runs the scenario loop the cell ran, harness.cell.backend's source
                    copied in
  failing_module.hlo.txt   the HLO of the last module XLA compiled, where there is one
  README.md         the informative line, the stage, and the command that runs it

Everything comes from the cell's record (its spec travels with it), so a reproducer can be
made from a CI artifact without the matrix file that produced it.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import re
from pathlib import Path

from harness.config import defaults
from harness.config.errors import UsageError
from harness.results import store, untrusted
from harness.results.records import CellRecord, CellSpec
from harness.results.untrusted import printable

BUILTIN = "harness.targets."
# the scenario loop and what it calls, copied into repro.py from the module the child runs
BACKEND = "harness.cell.backend"
BACKEND_COPIED = (
    "import_tensorflow",
    "configure",
    "make_inputs",
    "as_model",
    "Watcher",
    "run_scenario",
)
HLO_LIMIT = 16 << 20


def find_record(run_dir: Path, cell_id: str) -> CellRecord:
    records, _ = store.load_records([run_dir])
    for record in records:
        if record.id == cell_id:
            return record
    ids = [r.id for r in records]
    from harness.config.typed import did_you_mean

    raise UsageError(f"no cell {cell_id!r} in {run_dir}{did_you_mean(cell_id, ids)}")


def requirements(record: CellRecord) -> list[str]:
    """Exact pins from what the cell really ran (its fingerprint)."""
    fp = record.fingerprint
    if not fp.get("tensorflow"):
        raise UsageError(f"{record.id}: the cell never imported TensorFlow; nothing to pin")
    reqs = [f"{fp.get('tensorflow_dist') or 'tensorflow-cpu'}=={_dist_version(fp)}"]
    if fp.get("keras") and str(fp.get("keras_flavour", "")).startswith("keras3"):
        reqs.append(f"keras=={fp['keras']}")
    if fp.get("numpy"):
        reqs.append(f"numpy=={fp['numpy']}")
    for name, version in sorted((fp.get("companions") or {}).items()):
        if name not in ("tf-keras", "tf_keras"):
            reqs.append(f"{name}=={version}")
    named = {r.split("==")[0] for r in reqs}
    for name, version in sorted((fp.get("requires") or {}).items()):
        if version and name not in named and name not in ("tf-keras", "tf_keras"):
            reqs.append(f"{name}=={version}")  # what the target required, as installed
    return reqs


def _dist_version(fp: dict) -> str:
    """pip's spelling of the TensorFlow version (nightlies report 2.23.0-dev20261026)."""
    return str(fp.get("tensorflow_version") or fp["tensorflow"]).replace("-dev", ".dev")


def no_deps_requirements(record: CellRecord) -> list[str]:
    """tf-keras declares the full `tensorflow` wheel: installed without dependencies."""
    version = record.fingerprint.get("tf_keras")
    return [f"tf-keras=={version}"] if version else []


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
    parts += _module_sources(BACKEND, only=BACKEND_COPIED)
    parts += [
        "",
        "tf = import_tensorflow()",
        f"configure(tf, eagerly={config.run_functions_eagerly!r})",
        "",
    ]
    if builtin:
        parts += _module_sources(target.factory.partition(":")[0])
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
            f"inputs={inputs or 'make_inputs'}",
        ]
    )
    return "\n".join(parts) + _MAIN % {"call": call}


def write_repro(record: CellRecord, run_dir: Path) -> Path:
    if record.spec is None:
        raise UsageError(
            f"{record.id}: the record does not say what ran (written by an older harness)"
        )
    out = run_dir / "repro" / record.cell.environment / record.cell.filename
    out.mkdir(parents=True, exist_ok=True)
    reqs = requirements(record)
    no_deps = no_deps_requirements(record)
    store.write_text_atomic(out / "requirements.txt", "\n".join(reqs) + "\n")
    script = render_script(record, record.spec)
    store.write_text_atomic(out / "repro.py", script)
    hlo = _failing_hlo(record, run_dir)
    if hlo is not None:
        (out / "failing_module.hlo.txt").write_bytes(hlo)
    install = "pip install -r requirements.txt"
    if no_deps:
        install += f" && pip install --no-deps {' '.join(no_deps)}"
    readme = [
        f"# xla-matrix reproducer: `{record.id}`",
        "",
        f"- outcome: {record.status}"
        + (f", failure class `{record.failure_class}`" if record.failure_class else ""),
        f"- stage: {record.stage_text}",
        f"- informative line: {printable(record.message) or '(passed)'}",
        f"- ran on: TensorFlow {record.fingerprint.get('tensorflow')}, Keras "
        f"{record.fingerprint.get('keras')} ({record.fingerprint.get('keras_flavour')}), Python "
        f"{record.fingerprint.get('python')}",
        "",
        "Run it:",
        "",
        "```bash",
        f"python -m venv venv && . venv/bin/activate && {install} && python repro.py",
        "```",
        "",
    ]
    if hlo is not None:
        readme += ["`failing_module.hlo.txt`: the HLO of the last module XLA compiled.", ""]
    store.write_text_atomic(out / "README.md", "\n".join(readme))
    return out


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


def cmd_repro(args: argparse.Namespace) -> int:
    run_dir = args.run_dir or defaults.REPORTS / "latest"
    if not run_dir.is_dir():
        raise UsageError(f"no results folder {str(run_dir)!r}")
    out = write_repro(find_record(run_dir, args.cell), run_dir)
    print(f"xla-matrix: reproducer written to {out} (run: python {out / 'repro.py'})")
    return 0
