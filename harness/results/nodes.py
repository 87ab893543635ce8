"""What a test cell records per pytest node: outcome, where it was decided, the failure, the
XLA modules compiled while it ran, the outputs it handed to `xla_matrix.record_output`.

A test target's cell runs one pytest session (harness.cell.pytest_cell); its record keeps
one `NodeResult` per node, in the order they ran, beside the cell's own status. The cell
fails with its first failing node (its exception, and its stage: setup, call or teardown
of that node); the other nodes are evidence, read here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from harness.config.typed import StrEnum


class NodeOutcome(StrEnum):
    """pytest's outcome of one node, as its report says it."""

    PASSED = "passed"
    FAILED = "failed"  # its call failed
    ERROR = "error"  # its setup or teardown failed (a fixture), or it could not be collected
    SKIPPED = "skipped"
    XFAILED = "xfailed"  # failed as marked expected to
    XPASSED = "xpassed"  # passed although marked xfail (not strict)

    @property
    def ran(self) -> bool:
        """The test body was attempted: every outcome but a skip."""
        return self is not NodeOutcome.SKIPPED

    @property
    def failing(self) -> bool:
        return self in (NodeOutcome.FAILED, NodeOutcome.ERROR)


@dataclass
class NodeResult:
    nodeid: str
    outcome: NodeOutcome
    stage: str = "call"  # where the outcome was decided: collect, setup, call, teardown
    seconds: float = 0.0
    exception_type: str | None = None  # the failing node's exception class
    message: str = ""  # its message (capped); for a skip or xfail, the reason
    # XLA modules compiled between the node's start and its end (XlaModule.identity)
    xla_modules: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)  # names given to record_output

    @property
    def text(self) -> str:
        """`tests/test_x.py::test_a failed at call: AssertionError`"""
        if self.outcome.failing:
            return f"{self.nodeid} {self.outcome} at {self.stage}: {self.exception_type}"
        return f"{self.nodeid} {self.outcome}"


def tally(nodes: list[NodeResult]) -> str:
    """`3 passed, 1 skipped`, in NodeOutcome's order."""
    counts = Counter(n.outcome for n in nodes)
    return ", ".join(f"{counts[o]} {o}" for o in NodeOutcome if counts[o])


def skipped_only_in_one(a: list[NodeResult], b: list[NodeResult]) -> str | None:
    """Why two test cells cannot be compared: a node both ran in one and was skipped in the
    other (a skip is never a pass: what it would have compiled or failed is unknown), else
    None. Nodes only one of them reached (a crash stops a session) are not compared."""
    ran_a = {n.nodeid: n for n in a}
    for node in b:
        other = ran_a.get(node.nodeid)
        if other is None or other.outcome.ran == node.outcome.ran:
            continue
        skipped = node if not node.outcome.ran else other
        why = f" ({skipped.message})" if skipped.message else ""
        return f"{node.nodeid} skipped in one cell only{why}"
    return None
