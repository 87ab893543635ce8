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
