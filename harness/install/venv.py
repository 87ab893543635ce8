"""Venvs: one builder for the venvs of nox sessions and of bisect probes.

Building an environment's venv is the same job wherever it happens: run each install step
(harness.install.steps) through the installer, byte-compiling (`INSTALL_ENV`), unless the
venv's stamp says it already got exactly these steps; capture what the installer printed and,
when it refuses, raise `InstallFailed` with it (harness.install.output reads the reason). The
stamp is a hash of the steps and of pyproject.toml (the harness goes in editable, with its
dependencies), written after the last step succeeded, so a warm rerun makes no installer call
and a venv left half-installed is never taken as current. A floating environment (tf-nightly
without an exact build) is always installed again: the same requirement names a new build
every day. `build` is that job, for any way of running the installer.

Two kinds of process run it, and they differ only in who makes the venv and starts the
installer:

- A nox session (noxfile.py): nox makes the venv (its `uv|virtualenv` backend, `-R` reuse,
  `--no-install`) and runs the installer through `session.install`, logging its command
  lines; the noxfile hands `build` a function that does that. The venv is not this module's
  to make: nox decides whether it is reused, and a session cannot have nox make it again, so
  a session's venv without the stamp gets the steps again over what it holds.
- A bisect probe (`ensure`): it runs in `python -m harness bisect`, a program of its own
  inside the bisect session, where nox is neither imported nor installed, so it makes its
  venvs itself, with uv where it is available (else venv + pip), installs from the index the
  bisect was given (its credentials in the installer's environment, redacted from the log in
  the venv), and removes a venv without the stamp to build it from scratch: a probe judges a
  version by what its venv holds.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from harness.config.secrets import redact as redact_secrets
from harness.install.output import (
    REASON_CHARS,
    InstallFailed,
    captured,
    installer_reason,
    reason_line,
    tail,
)
from harness.install.steps import PROJECT, Step, hidden_requirements

STAMP = ".xla-matrix-installed"
INSTALL_LOG = "xla-matrix-install.log"  # a probe venv's installer output
# Byte-compile at install: these machines set PYTHONDONTWRITEBYTECODE=1, and importing
# TensorFlow from source costs 7-15 s instead of 2.5-4 s.
INSTALL_ENV = {"UV_COMPILE_BYTECODE": "1"}


def stamp_key(steps: list[Step], project: Path = PROJECT) -> str:
    try:
        pyproject = (project / "pyproject.toml").read_text()
    except OSError:
        pyproject = ""
    return hashlib.sha256(repr([steps, pyproject]).encode()).hexdigest()


def is_installed(venv: Path, steps: list[Step], project: Path = PROJECT) -> bool:
    stamp = venv / STAMP
    return stamp.is_file() and stamp.read_text() == stamp_key(steps, project)


def build(
    venv: Path,
    steps: list[Step],
    install: Callable[[Step], object],
    *,
    floating: bool = False,
    project: Path = PROJECT,
) -> bool:
    """Run each step through `install` unless the venv already got exactly these steps.
    True when it installed. The stamp goes before the first step and comes back only after
    the last one succeeded, so a venv left half-installed is never taken as current."""
    if not floating and is_installed(venv, steps, project):
        return False
    stamp = venv / STAMP
    stamp.unlink(missing_ok=True)
    for step in steps:
        install(step)
    stamp.write_text(stamp_key(steps, project))
    return True


# --- venvs this process makes (bisect probes) ---------------------------------------------


def uv() -> str | None:
    found = shutil.which("uv")
    if found:
        return found
    try:
        from uv import find_uv_bin

        return find_uv_bin()
    except ImportError:
        return None


def _unchanged(text: str) -> str:
    return text


# Variables of the CI runner that name its files (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT,
# GITHUB_STATE, GITHUB_STEP_SUMMARY: a line written there changes the job's next steps) or
# carry its tokens (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, GITHUB_TOKEN).
RUNNER_PREFIXES = ("GITHUB_", "ACTIONS_", "RUNNER_")


def sandboxed(environ: Mapping[str, str], drop: Iterable[str] = ()) -> dict[str, str]:
    """`environ` without the runner's variables and the names in `drop`: for processes that
    run code from what they install (a probed nightly build, a target, a build backend)."""
    dropped = set(drop)
    return {
        k: v for k, v in environ.items() if not k.startswith(RUNNER_PREFIXES) and k not in dropped
    }


def ensure(
    venv: Path,
    steps: list[Step],
    *,
    environ: Mapping[str, str] | None = None,
    redact: Callable[[str], str] = _unchanged,
    floating: bool = False,
    rebuild: bool = False,
    sandbox: bool = False,
) -> Path | str:
    """The venv's python with `steps` installed (`build`), or why it could not be made.
    With `sandbox` the installer runs in the venv's folder without the runner's variables
    (`sandboxed`): building a package runs its code.

    `environ` goes to the installer on top of this process's variables (an index URL with
    its credentials). A venv without the stamp of these steps (an install killed half-way,
    leaving packages half-copied or half byte-compiled, which an installer would take as
    present) is removed and made from scratch, as is any with `rebuild`. The installer's
    output goes to a log in the venv, passed through `redact`, as is the reason returned."""
    python = venv / "bin" / "python"
    env = {**(sandboxed(os.environ) if sandbox else os.environ), **INSTALL_ENV, **(environ or {})}
    cwd = venv if sandbox else None
    uv_bin = uv()
    if uv_bin:
        create = [uv_bin, "venv", "-q", "--allow-existing", "-p", sys.executable, str(venv)]
        installer = [uv_bin, "pip", "install", "-q", "-p", str(python)]
    else:
        create = [sys.executable, "-m", "venv", str(venv)]
        installer = [str(python), "-m", "pip", "install", "-q", "--compile"]
    unfinished = not floating and not is_installed(venv, steps)
    why = "asked to" if rebuild else "no stamp of these steps: an unfinished or other install"
    cleared = (rebuild or unfinished) and (venv / "pyvenv.cfg").is_file()
    if cleared:
        shutil.rmtree(venv)
    venv.mkdir(parents=True, exist_ok=True)
    log = venv / INSTALL_LOG
    with open(log, "a") as out:
        if cleared:
            out.write(f"# {venv} removed and built again from scratch ({why})\n")

        def call(args: list[str], step: Sequence[str] = ()) -> None:
            with hidden_requirements(args) as args:
                out.write(redact(redact_secrets(f"$ {shlex.join(args)}\n")))
                out.flush()
                with captured() as output:
                    proc = subprocess.run(
                        args, stdout=output, stderr=subprocess.STDOUT, env=env, cwd=cwd
                    )
                    text = tail(output)
            out.write(redact(redact_secrets(text)))
            if proc.returncode:
                raise InstallFailed(text, proc.returncode, step)

        try:
            if not python.exists():
                call(create)
            build(venv, steps, lambda step: call([*installer, *step], step), floating=floating)
        except InstallFailed as exc:
            reason = reason_line(installer_reason(exc.output), REASON_CHARS, error=False)
            what = exc.installing or venv.name
            failed = f"could not install {what}: {reason or f'exit {exc.return_code}'}"
            return redact(redact_secrets(f"{failed} (log: {log})"))
        except OSError as exc:  # the installer itself could not be started
            return redact(f"could not install into {venv}: {exc}")
    return python
