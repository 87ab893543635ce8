"""Parent side: two ways to start a cell's child process, with the same contract.

- spawn: a fresh interpreter per cell (`python -m harness.cell.child SPEC`). The reference.
- fork: a fork server per environment imports TensorFlow once and forks a child per cell.

Either way the child leads its own process group (killed whole at timeout), writes its
output to the cell's log and its result to a file. `Launched.wait` returns the exit code
(negative: killed by that signal) or raises TimeoutError.

Nothing outlives the run: a cell dies with the process that started it (a parent-death
signal), and the reaper (harness.run.reaper) kills the groups of cells still running when the
run itself dies, grandchildren included.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import wait as futures_wait
from pathlib import Path
from typing import IO, Any

from harness.cell.process import cap_memory, die_with_parent, libc_prctl

# Variables TensorFlow or Keras read while being imported: a config that sets one of these
# cannot share a fork server that imported without it, so its cells are spawned.
IMPORT_TIME_VARS = frozenset(
    {
        "TF_USE_LEGACY_KERAS",
        "KERAS_BACKEND",
        "KERAS_HOME",
        "TF_CPP_MIN_LOG_LEVEL",
        "TF_CPP_MAX_VLOG_LEVEL",
        "TF_CPP_VMODULE",
        "TF_ENABLE_ONEDNN_OPTS",
        "CUDA_VISIBLE_DEVICES",
        "PYTHONHASHSEED",
        "PYTHONPATH",
        "LD_LIBRARY_PATH",
        "LD_PRELOAD",
    }
)

FORK_SUPPORTED = sys.platform.startswith("linux") and hasattr(os, "fork")


def kill_group(pid: int) -> None:
    """Kill a child and everything it started (it leads its own process group)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


class Launched:
    """A running cell child."""

    def __init__(self, pid: int, wait: Callable[[float | None], int]) -> None:
        self.pid = pid
        self._wait = wait

    def wait(self, timeout: float | None) -> int:
        return self._wait(timeout)

    def kill(self) -> None:
        kill_group(self.pid)


class SpawnLauncher:
    name = "spawn"

    def __init__(self, python: str) -> None:
        self.python = python

    def start(
        self,
        spec: Path,
        env: dict[str, str],
        log: IO[bytes],
        memory_mb: int | None,
        module: str = "harness.cell.child",
    ) -> Launched:
        parent = os.getpid()
        libc_prctl()

        def before_exec() -> None:
            die_with_parent(parent)
            if memory_mb:
                cap_memory(memory_mb)

        proc = subprocess.Popen(
            [self.python, "-m", module, str(spec)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
            preexec_fn=before_exec,
        )

        def wait(timeout: float | None) -> int:
            try:
                return proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                raise TimeoutError from None

        return Launched(proc.pid, wait)

    def close(self) -> None:
        pass


class ServerGone(RuntimeError):
    """The fork server died; its cells cannot be judged by it."""


class ForkServer:
    """Client of one `python -m harness.cell.forkserver` process."""

    def __init__(
        self,
        python: str,
        env: dict[str, str],
        log_path: Path,
        module: str = "harness.cell.forkserver",
    ) -> None:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self.log_path = log_path
        read_fd, write_fd = os.pipe()
        with open(log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [python, "-m", module, str(write_fd)],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                pass_fds=(write_fd,),
                start_new_session=True,
            )
        os.close(write_fd)
        self._replies = os.fdopen(read_fd, "rb")
        self._lock = threading.Lock()
        self._ready: Future[dict[str, Any]] = Future()
        self._started: dict[str, Future[int]] = {}
        # by request id, never by pid: the kernel reuses a pid once its process is reaped,
        # and a long run forks enough cells to meet an old one again
        self._exits: dict[str, Future[int]] = {}
        self._counter = 0
        self._gone: ServerGone | None = None  # set once the replies end: no request is answered
        self._reader = threading.Thread(target=self._read, name="forkserver-replies", daemon=True)
        self._reader.start()

    def _exit_future(self, request_id: str) -> Future[int]:
        with self._lock:
            return self._exits.setdefault(request_id, Future())

    def _read(self) -> None:
        for line in self._replies:
            message = json.loads(line)
            if "ready" in message:
                self._ready.set_result(message)
            elif "started" in message:
                with self._lock:
                    future = self._started.pop(message["started"])
                future.set_result(message["pid"])
            elif "exited" in message and message.get("id") is not None:
                future = self._exit_future(str(message["id"]))
                if not future.done():  # an exit is reported once; never let the reader die
                    future.set_result(message["returncode"])
        gone = ServerGone(f"fork server exited (log: {self.log_path})")
        with self._lock:
            self._gone = gone  # a request made from now on fails at once (start checks it)
            pending = [*self._started.values(), *self._exits.values()]
            self._started.clear()
        if not self._ready.done():
            self._ready.set_exception(gone)
        for future in pending:
            if not future.done():
                future.set_exception(gone)

    def wait_ready(
        self, timeout: float, stop: threading.Event | None = None
    ) -> dict[str, Any] | None:
        """The server's ready message; None when `stop` is set first. Raises TimeoutError,
        or ServerGone when the server died while importing."""
        deadline = time.monotonic() + timeout
        while not self._ready.done():
            left = deadline - time.monotonic()
            if stop is not None and stop.is_set():
                return None
            if left <= 0:
                raise TimeoutError(f"fork server not ready after {timeout:g} s")
            futures_wait([self._ready], timeout=min(0.1, left))
        return self._ready.result()

    def start(
        self,
        spec: Path,
        env: dict[str, str],
        log_path: Path,
        memory_mb: int | None,
        preflight: bool = False,
    ) -> Launched:
        with self._lock:
            # the replies ended (the server died) before this request: nothing would answer it
            # (a forked cell dying with the server can hold the request pipe open a while, so
            # writing the request may still succeed)
            if self._gone is not None or self.proc.poll() is not None:
                raise self._gone or ServerGone(f"fork server exited (log: {self.log_path})")
            self._counter += 1
            request_id = str(self._counter)
            started: Future[int] = Future()
            self._started[request_id] = started
        request = {
            "id": request_id,
            "spec": str(spec),
            "env": env,
            "log": str(log_path),
            "memory_mb": memory_mb,
            "preflight": preflight,
        }
        try:
            assert self.proc.stdin is not None
            with self._lock:
                self.proc.stdin.write((json.dumps(request) + "\n").encode())
                self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise ServerGone(f"fork server is gone: {exc}") from None
        try:
            pid = started.result(timeout=60)
        except FutureTimeout:  # an OSError too: never read as a failed exec of the interpreter
            raise ServerGone(
                f"fork server did not start the cell in 60 s (log: {self.log_path})"
            ) from None
        exit_future = self._exit_future(request_id)

        def wait(timeout: float | None) -> int:
            try:
                code = exit_future.result(timeout=timeout)
            except FutureTimeout:
                raise TimeoutError from None
            with self._lock:
                self._exits.pop(request_id, None)
            return code

        return Launched(pid, wait)

    def close(self, kill: bool = False) -> None:
        """End of input: the server exits (killing any child left). `kill`: do not wait for
        it to get there (a stopped run, a server still importing TensorFlow)."""
        if kill:
            kill_group(self.proc.pid)
        with contextlib.suppress(OSError):
            if self.proc.stdin:
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            kill_group(self.proc.pid)
            self.proc.wait()


class Reaper:
    """Client of the run's reaper (harness.run.reaper): tells it which cell groups are running,
    so that they are killed if this process dies without cleaning up."""

    def __init__(self, python: str = sys.executable) -> None:
        self._python = python
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _send(self, line: str) -> None:
        with self._lock:
            if self._closed:
                return
            try:
                if self._proc is None:
                    self._proc = subprocess.Popen(
                        [self._python, "-m", "harness.run.reaper"],
                        stdin=subprocess.PIPE,
                        stdout=subprocess.DEVNULL,
                        start_new_session=True,
                    )
                assert self._proc.stdin is not None
                self._proc.stdin.write(line.encode() + b"\n")
                self._proc.stdin.flush()
            except OSError as exc:  # no reaper: the parent-death signal still covers the cell
                print(f"xla-matrix: reaper unavailable: {exc}", file=sys.stderr)
                self._closed = True

    def watch(self, pgid: int) -> None:
        self._send(f"+{pgid}")

    def forget(self, pgid: int) -> None:
        self._send(f"-{pgid}")

    def close(self) -> None:
        """Every cell is done: the reaper exits with nothing to kill."""
        with self._lock:
            proc, self._proc, self._closed = self._proc, None, True
        if proc is not None:
            with contextlib.suppress(OSError):
                assert proc.stdin is not None
                proc.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=30)
