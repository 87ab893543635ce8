"""The launchers' protocol with the fork server, without TensorFlow: a fake server that
speaks it (tests/fixtures/fake_forkserver.py)."""

from __future__ import annotations

import os
import sys

from .conftest import FIXTURES


def test_a_reused_pid_never_hands_one_cells_exit_to_another(tmp_path):
    """The kernel reuses a pid once its process is reaped; a long run forks enough cells to
    meet one again. Exits are matched to requests, and the client keeps reading."""
    from harness.run.launchers import ForkServer

    env = {**os.environ, "PYTHONPATH": str(FIXTURES)}
    server = ForkServer(sys.executable, env, tmp_path / "server.log", module="fake_forkserver")
    try:
        assert server.wait_ready(30) is not None
        for code in (0, 3, 0, 7):
            spec = tmp_path / f"spec-{code}"
            spec.write_text(str(code))
            launched = server.start(spec, {}, tmp_path / "cell.log", None)
            assert launched.pid == 4242
            assert launched.wait(30) == code
    finally:
        server.close()


def test_a_request_to_a_server_that_died_fails_at_once_as_a_server_gone(tmp_path):
    """The server died and its replies ended, but a process it left holds the request pipe
    open, so writing a request succeeds: the client must still know that nothing will answer
    (ServerGone, so the cell is spawned), never wait for a start and call the timeout a failed
    launch of the interpreter (a cell infra as "could not start python: None")."""
    import pytest

    from harness.run.launchers import ForkServer, ServerGone

    env = {**os.environ, "PYTHONPATH": str(FIXTURES)}
    server = ForkServer(sys.executable, env, tmp_path / "server.log", module="dying_forkserver")
    try:
        assert server.wait_ready(30) is not None
        server._reader.join(30)  # the replies ended: the server is gone
        assert not server._reader.is_alive()
        spec = tmp_path / "spec"
        spec.write_text("0")
        with pytest.raises(ServerGone, match="fork server exited"):
            server.start(spec, {}, tmp_path / "cell.log", None)
    finally:
        server.close(kill=True)
