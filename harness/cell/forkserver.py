"""The fork server: import TensorFlow once, fork a fresh child per cell.

`import tensorflow` dominates a cell's cost (2.5-4 s byte-compiled); a child forked after it
starts in milliseconds. The server never builds a model or runs an op, so every child starts
from TensorFlow's import-time state, as a spawned interpreter would. Variables that
TensorFlow reads at import (TF_USE_LEGACY_KERAS, ...) are set before the server imports;
configs that change them run spawned instead (see launchers.IMPORT_TIME_VARS).

Protocol: one JSON request per line on stdin, one JSON reply per line on the fd given as
argv[1]: {"ready"}, {"started", "pid"}, {"exited", "id", "returncode"}: an exit names the
request, since the kernel reuses pids. The server's own stdout and
stderr go to its log; each child's go to the cell's log. End of stdin means the parent is
done or gone: the server kills its children's process groups (a finished run has none
left) and exits, so that a killed parent leaves nothing running. A child keeps none of the
server's pipes and dies with the server (a parent-death signal).

Usage (by the parent only): python -m harness.cell.forkserver REPLY_FD
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import sys
import tempfile
import time
from typing import Any


def _reply(fd: int, message: dict[str, Any]) -> None:
    os.write(fd, (json.dumps(message) + "\n").encode())


def _child(request: dict[str, Any], tf: Any, server: int, reply_fd: int) -> None:
    """In the forked child: become a cell. Never returns."""
    try:
        os.setsid()  # its own process group, so the parent can kill it and all it starts
        from harness.cell.process import die_with_parent

        die_with_parent(server)
        os.close(reply_fd)  # a cell (or what it starts) must not hold the server's replies
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        log = os.open(request["log"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.environ.clear()
        os.environ.update(request["env"])
        tempfile.tempdir = None  # the cell's own TMPDIR, not the one the server looked up
        if request.get("memory_mb"):
            from harness.cell.process import cap_memory

            cap_memory(int(request["memory_mb"]))
        if request.get("preflight"):
            from harness.cell.preflight import run_file

            run_file(request["spec"])
            return
        from harness.cell.child import run_cell
        from harness.results.records import CellSpec

        with open(request["spec"]) as f:
            spec = CellSpec.from_json(json.load(f))
        run_cell(spec, tf)
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(0)


def import_pytest() -> None:
    """pytest too, where installed (a venv with a test target): its cells then collect
    their tests in the forked child without importing pytest again. It touches no
    TensorFlow state, and nothing of it runs until a cell calls pytest.main."""
    import importlib.util

    if importlib.util.find_spec("pytest") is not None:
        try:
            import pytest  # noqa: F401
        except Exception as exc:  # noqa: BLE001 - the cells report it themselves
            print(f"forkserver: pytest did not import: {exc}", file=sys.stderr)


def serve(reply_fd: int) -> None:
    started = time.perf_counter()
    from harness.cell import backend

    tf = backend.import_tensorflow()
    problem = backend.load_keras(tf)  # Keras too (lazy in tf.keras): no TensorFlow state
    if problem is not None:
        print(f"forkserver: tf.keras did not load: {problem}", file=sys.stderr)
    import_pytest()
    from harness.cell.process import libc_prctl

    libc_prctl()  # looked up here, once, not in each forked child
    _reply(reply_fd, {"ready": True, "pid": os.getpid(), "import_s": time.perf_counter() - started})
    children: set[int] = set()
    try:
        _serve(reply_fd, tf, children)
    except BrokenPipeError:
        pass  # the parent stopped reading: it is gone
    finally:
        kill_children(children)


def kill_children(children: set[int]) -> None:
    """Kill each child's process group (and the child, should it not lead one yet)."""
    for pid in children:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    for pid in children:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def _serve(reply_fd: int, tf: Any, children: set[int]) -> None:
    requests: dict[int, str] = {}  # pid -> the request it serves, until it is reaped
    stdin = sys.stdin.buffer
    buffer = b""
    server = os.getpid()
    while True:
        readable, _, _ = select.select([stdin], [], [], 0.02)
        if readable:
            chunk = os.read(stdin.fileno(), 65536)
            if not chunk:
                return  # the parent is done, or gone: its cells go with it
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                request = json.loads(line)
                sys.stdout.flush()
                sys.stderr.flush()
                pid = os.fork()
                if pid == 0:
                    _child(request, tf, server, reply_fd)
                children.add(pid)
                requests[pid] = request["id"]
                _reply(reply_fd, {"started": request["id"], "pid": pid})
        while children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                children.clear()
                break
            if pid == 0:
                break
            children.discard(pid)
            _reply(
                reply_fd,
                {
                    "exited": pid,
                    "id": requests.pop(pid, None),
                    "returncode": os.waitstatus_to_exitcode(status),
                },
            )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    serve(int(argv[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
