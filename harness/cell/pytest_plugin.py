"""The pytest plugin a test target's cell registers: it applies the config inside the session
and records, node by node, what happened.

Registered by harness.cell.pytest_cell ahead of the project's conftest.py files (as `-p`
would be), it adds and never replaces: the project's conftest.py, ini settings, fixtures,
markers and plugins run as they do under a plain `pytest`.

What it applies, as a model cell does:
- `run_functions_eagerly` at session start (the child set it before too);
- `jit_compile` forced on every Keras model the tests build (harness.cell.backend:
  force_jit_compile), at session start and again before each test, for a Keras a test
  module imported itself;
- `xla_matrix.record_output` switched on, keeping arrays under `<node id>/<name>`.

What it records, per node (harness.results.nodes.NodeResult): outcome, the phase that
decided it (collect, setup, call, teardown), the exception of a failing phase (the object
itself, for the cell's ExceptionInfo), skip and xfail reasons, and the XLA modules compiled
between the node's start and end (prefixes of the dump folder, mapped to identities at the
end). The cell's stage file follows each phase, so a timeout or crash names its node.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

import xla_matrix
from harness.cell import backend, evidence
from harness.results.nodes import NodeOutcome, NodeResult
from harness.results.records import StageName

MESSAGE_CHARS = 4000


@dataclass
class Failure:
    """A failing phase: where, and the exception raised there (None: pytest gave text only)."""

    nodeid: str
    stage: str
    index: int | None
    exception: BaseException | None
    text: str = ""


@dataclass(eq=False)  # pluggy keeps plugins in sets
class CellPlugin:
    """One pytest session of one cell. `enter(name, step, n, node)`: the child's progress."""

    tf: Any
    jit_compile: bool | None = None
    eagerly: bool = False
    dump_dir: str | None = None
    enter: Callable[..., None] = lambda *args, **kwargs: None
    nodes: list[NodeResult] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)  # in the order they happened
    collected: int = 0
    outputs: list[tuple[str, Any]] = field(default_factory=list)
    forced: list[str] = field(default_factory=list)  # Keras classes whose jit_compile is forced
    _current: NodeResult | None = None
    _index: int = 0
    _started: float = 0.0
    _before: set[str] = field(default_factory=set)
    _numbers: dict[str, list[str]] = field(default_factory=dict)  # node -> module prefixes
    _raised: dict[tuple[str, str], BaseException] = field(default_factory=dict)

    # --- the config -----------------------------------------------------------------------

    def _force(self) -> None:
        if self.jit_compile is not None:
            self.forced += backend.force_jit_compile(self.tf, self.jit_compile)

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        backend.configure(self.tf, eagerly=self.eagerly)
        self._force()
        xla_matrix._sink = self._record_output
        self.enter(StageName.COLLECT)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        xla_matrix._sink = None

    def _record_output(self, name: str, value: Any) -> None:
        node = self._current.nodeid if self._current else "session"
        for key, leaf in evidence.flatten_outputs(value, f"{node}/{name}"):
            self.outputs.append((key, np.array(leaf, copy=True)))
        if self._current is not None:
            self._current.outputs.append(name)

    # --- collection -----------------------------------------------------------------------

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if not report.failed:
            return
        call = getattr(report, "call", None)  # pytest keeps the CallInfo on the report
        excinfo = getattr(call, "excinfo", None)
        self.failures.append(
            Failure(
                report.nodeid or ".",
                StageName.COLLECT,
                None,
                excinfo.value if excinfo is not None else None,
                report.longreprtext,
            )
        )
        self.nodes.append(
            NodeResult(
                report.nodeid or ".",
                NodeOutcome.ERROR,
                StageName.COLLECT,
                exception_type=type(excinfo.value).__name__ if excinfo is not None else None,
                message=report.longreprtext[:MESSAGE_CHARS],
            )
        )

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.collected = len(session.items)

    # --- each node ------------------------------------------------------------------------

    def pytest_runtest_logstart(self, nodeid: str, location: Any) -> None:
        self._index += 1
        self._current = NodeResult(nodeid, NodeOutcome.PASSED)
        self._started = time.perf_counter()
        self._before = evidence.module_numbers(self.dump_dir) if self.dump_dir else set()

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        self._force()  # a Keras the test module imported itself
        self.enter(StageName.SETUP, self._index, None, item.nodeid)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_call(self, item: pytest.Item) -> None:
        self.enter(StageName.CALL, self._index, None, item.nodeid)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_teardown(self, item: pytest.Item) -> None:
        self.enter(StageName.TEARDOWN, self._index, None, item.nodeid)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[Any]
    ) -> Iterator[None]:
        yield
        if call.excinfo is not None:
            self._raised[(item.nodeid, call.when)] = call.excinfo.value

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        node = self._current
        if node is None or node.nodeid != report.nodeid:
            return
        outcome = _outcome(report)
        if outcome is None:
            return
        if outcome.failing:
            raised = self._raised.get((report.nodeid, report.when))
            self.failures.append(
                Failure(report.nodeid, report.when, self._index, raised, report.longreprtext)
            )
            if node.outcome.failing:  # its first failure is the one it is known by
                return
            node.exception_type = type(raised).__name__ if raised is not None else "Failed"
            text = _message(raised) if raised is not None else report.longreprtext
            node.message = text[:MESSAGE_CHARS]
        elif node.outcome.failing or (report.when != "call" and outcome is NodeOutcome.PASSED):
            return
        else:
            node.message = "" if outcome is NodeOutcome.PASSED else _reason(report)[:MESSAGE_CHARS]
        node.outcome = outcome
        node.stage = report.when

    def pytest_runtest_logfinish(self, nodeid: str, location: Any) -> None:
        node = self._current
        if node is None:
            return
        node.seconds = round(time.perf_counter() - self._started, 4)
        if self.dump_dir:
            after = evidence.module_numbers(self.dump_dir)
            self._numbers[nodeid] = sorted(after - self._before)
        self.nodes.append(node)
        self._current = None

    # --- after the session ----------------------------------------------------------------

    def finish_modules(self) -> None:
        """Each node's XLA modules as identities (the HLO files are read once, here)."""
        if not self.dump_dir:
            return
        modules = evidence.numbered_xla_modules(self.dump_dir)
        for node in self.nodes:
            numbers = self._numbers.get(node.nodeid, [])
            node.xla_modules = [modules[n].identity for n in numbers if n in modules]


def _outcome(report: pytest.TestReport) -> NodeOutcome | None:
    """The outcome one phase's report gives its node (None: it says nothing new)."""
    xfail = hasattr(report, "wasxfail")
    if report.failed:
        return NodeOutcome.FAILED if report.when == "call" else NodeOutcome.ERROR
    if report.skipped:
        return NodeOutcome.XFAILED if xfail else NodeOutcome.SKIPPED
    if report.when == "call":
        return NodeOutcome.XPASSED if xfail else NodeOutcome.PASSED
    return None


def _reason(report: pytest.TestReport) -> str:
    if hasattr(report, "wasxfail"):
        return str(report.wasxfail)
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr or "")


def _message(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    return message if isinstance(message, str) else str(exc)
