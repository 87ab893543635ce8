"""The reaper: kills the process groups of running cells when the run that started them dies.

A cell leads a process group of its own, and whatever it starts (grandchildren) stays in that
group. When the parent is killed outright (SIGKILL, the kernel's OOM killer, a CI runner
tearing the job down) none of its code runs to clean up: the kernel sends each cell a
parent-death signal (harness.cell.process.die_with_parent), but the cell's own children are orphans and
would run on. The reaper is a small process started with the run, in a session of its own
(Ctrl-C in the terminal never reaches it); the parent writes "+PGID" when a cell starts and
"-PGID" when it is done on the reaper's stdin. When stdin closes, because the parent exited
whichever way, the reaper kills every group still listed, and exits.

Usage (by the parent only, see launchers.Reaper): python -m harness.run.reaper
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys


def serve(stream: object) -> set[int]:
    """Follow the parent's lines until end of input; the groups still running then."""
    groups: set[int] = set()
    for raw in stream:  # type: ignore[attr-defined]
        line = raw.strip()
        with contextlib.suppress(ValueError):
            if line.startswith(b"+"):
                groups.add(int(line[1:]))
            elif line.startswith(b"-"):
                groups.discard(int(line[1:]))
    return groups


def kill_groups(groups: set[int]) -> None:
    for pgid in groups:
        if pgid > 1:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, signal.SIGKILL)


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    kill_groups(serve(sys.stdin.buffer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
