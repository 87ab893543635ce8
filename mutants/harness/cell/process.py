"""What a cell's process does to itself before it runs: die with its parent, cap its memory.

Used in the child (spawned or forked) and by the launchers that prepare it; standard library only.
"""

from __future__ import annotations

import ctypes
import functools
import os
import signal
import sys
from collections.abc import Callable

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


@functools.cache
def libc_prctl() -> Callable[..., int] | None:
    """libc's prctl, looked up once before forking: looking it up in a child forked from a
    process with threads (TensorFlow's) could wait forever on the loader's lock."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def die_with_parent(parent: int, sig: int = signal.SIGKILL) -> None:
    """Ask the kernel to send `sig` to this process when its parent dies (Linux), and exit
    at once if the parent `parent` is already gone. Called in the child, before it runs."""
    prctl = libc_prctl()
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def cap_memory(megabytes: int) -> None:
    """Cap this process's address space (RLIMIT_AS): an allocation beyond it fails."""
    import resource

    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
