"""A reproducer for a test target's cell: the pytest command with the config's environment.

Writes, beside requirements.txt and README.md (harness.repro.reproducer):
  xla_matrix_repro.py  a pytest plugin doing inside the session what the cell's plugin did:
                       run_functions_eagerly, jit_compile forced on every Keras model (the
                       functions of harness.cell.backend, copied in: no xla-matrix needed)
  repro.py             sets the config's variables, goes to the project's folder and runs
                       pytest with the target's arguments and `-p xla_matrix_repro`
The README gives the same as one shell command.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from harness.results.records import CellRecord, CellSpec
from harness.results.untrusted import printable

PLUGIN = "xla_matrix_repro"
# what the plugin copies from the module the cell runs
PLUGIN_COPIED = (
    "import_tensorflow",
    "configure",
    "keras_models",
    "force_jit_compile",
    "_forcing_property",
    "_ForcedProperty",
    "_reading_jit_first",
)

_PLUGIN_MAIN = """

JIT_COMPILE = %(jit)r  # None: models keep their own jit_compile
EAGERLY = %(eagerly)r


def _apply():
    tf = import_tensorflow()
    if JIT_COMPILE is not None:
        force_jit_compile(tf, JIT_COMPILE)
    return tf


def pytest_sessionstart(session):
    configure(_apply(), eagerly=EAGERLY)


def pytest_runtest_setup(item):
    _apply()  # a Keras a test module imported itself
"""


def pytest_command(spec: CellSpec, plugin_dir: Path) -> str:
    """`cd DIR && VAR=value ... PYTHONPATH=... python -m pytest -p xla_matrix_repro ARGS`."""
    target = spec.target
    folder = Path(target.path or ".").expanduser().resolve()
    env = [f"{k}={shlex.quote(v)}" for k, v in sorted(spec.env.items())]
    env.append(f"PYTHONPATH={shlex.quote(str(plugin_dir))}")
    args = shlex.join(["-p", PLUGIN, *target.pytest])
    return f"cd {shlex.quote(str(folder))} && {' '.join(env)} python -m pytest {args}"


def render_plugin(spec: CellSpec) -> str:
    from harness.repro.reproducer import BACKEND, _module_sources

    parts = [
        f'"""The xla-matrix cell\'s config inside a plain pytest session (pytest -p {PLUGIN})."""',
        "",
        "import sys",
        "",
        *_module_sources(BACKEND, only=PLUGIN_COPIED),
    ]
    jit = spec.config.jit_compile
    return "\n".join(parts) + _PLUGIN_MAIN % {
        "jit": jit,
        "eagerly": spec.config.run_functions_eagerly,
    }


def render_script(record: CellRecord, spec: CellSpec) -> str:
    target = spec.target
    folder = str(Path(target.path or ".").expanduser().resolve())
    return "\n".join(
        [
            "# Reproducer of an xla-matrix cell of a test target: pytest with the cell's config.",
            "# Run: pip install -r requirements.txt && python repro.py",
            f"# cell: {printable(record.id)}",
            *([f"# {printable(record.message)}"] if record.message else []),
            "",
            "import os",
            "import sys",
            "",
            "# The cell's configuration, set before anything imports TensorFlow.",
            f"os.environ.update({dict(sorted(spec.env.items()))!r})",
            "sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))",
            f"os.chdir({folder!r})",
            f"sys.path.insert(0, {folder!r})  # as `python -m pytest` there, and the cell, have it",
            "",
            "import pytest",
            "",
            f"sys.exit(pytest.main({['-p', PLUGIN, *target.pytest]!r}))",
            "",
        ]
    )


def check_command(spec: CellSpec) -> None:
    """Unfit where the README's command would carry a line break, a control or an invisible
    character: quoted for the shell it is still one there, and a line break closes the
    README's fenced block, writing the rest as the README's own words."""
    from harness.repro.reproducer import Unfit

    texts = [(f"spec.target.pytest[{i}]", arg) for i, arg in enumerate(spec.target.pytest)]
    texts.append(("spec.target.path", spec.target.path or ""))
    texts += [(f"spec.env[{name!r}]", value) for name, value in sorted(spec.env.items())]
    for where, text in texts:
        if printable(text) != text:
            raise Unfit(
                f"{where}: {printable(text)!r} holds a line break or a control or invisible"
                " character; no reproducer written"
            )


def files(record: CellRecord, spec: CellSpec, out: Path) -> tuple[dict[str, bytes], list[str]]:
    """The plugin and repro.py (name -> content, written by the reproducer), and the README's
    lines that say how to run them from `out`."""
    check_command(spec)
    written = {
        f"{PLUGIN}.py": render_plugin(spec).encode(),
        "repro.py": render_script(record, spec).encode(),
    }
    nodes = [n.text for n in record.nodes if n.outcome.failing]
    return written, [
        "The cell ran the project's own tests. The same pytest command, with the cell's",
        f"variables and its plugin ({PLUGIN}.py: eager functions, jit_compile forced):",
        "",
        "```bash",
        pytest_command(spec, out.resolve()),
        "```",
        "",
        *([f"Failing: {', '.join(printable(n) for n in nodes)}", ""] if nodes else []),
    ]
