"""What a project's tests may call from xla-matrix: a no-op outside a cell.

    import xla_matrix

    def test_multi_n():
        out = model.predict(x)
        xla_matrix.record_output("n128", out)   # checked against the reference config

Inside an xla-matrix cell of a test target, `record_output` hands the array to the cell,
which keeps it, as it keeps a factory target's predictions, under `<node id>/<name>`:
the judge compares it with the reference config's (eager), so that a verdict can say
"outputs agree" or "wrong output". Anywhere else it does nothing, so a test keeps working
where xla-matrix is not running it. Shipped in the xla-matrix distribution beside the
harness, so every environment's venv has it; a project that runs its tests without
xla-matrix installed guards the import (docs/test-targets.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["in_cell", "record_output"]

# Set by the cell's pytest plugin (harness.cell.pytest_plugin) for the session it runs.
_sink: Callable[[str, Any], None] | None = None


def record_output(name: str, array: Any) -> None:
    """Keep `array` (anything numpy.asarray takes: a tensor, a list of arrays, a dict of
    them) as this test's output `name`, for the cell's parity check. A no-op outside a cell."""
    if _sink is not None:
        _sink(str(name), array)


def in_cell() -> bool:
    """True while an xla-matrix cell runs this test."""
    return _sink is not None
