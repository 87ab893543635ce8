"""The live output of a run: quiet for what goes as expected, a counter with an estimate
outside a terminal, every unexpected failure, each reason for infra once (no TensorFlow)."""

from __future__ import annotations

import io

from rich.console import Console

from harness.config.names import Cell
from harness.results import store
from harness.results.records import CellRecord, Status
from harness.run import progress
from harness.run.progress import ProgressReporter

XLA_LINE = (
    "InvalidArgumentError at predict step 1 (N=128): Detected unsupported operations when "
    "trying to compile graph __inference_run_step_625[] on XLA_CPU_JIT: ImageProjectiveTransformV3"
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def record(target: str, config: str, status: Status, message: str = "", **kw) -> CellRecord:
    cell = Cell("tf2.15", target, "n128-then-64", config)
    r = store.new_record(cell, "baseline" if config == "baseline" else "workaround", status)
    r.message = message
    for key, value in kw.items():
        setattr(r, key, value)
    return r


def reporter(total: int, clock: Clock, **kw) -> tuple[ProgressReporter, io.StringIO]:
    out = io.StringIO()
    console = Console(file=out, width=200, color_system=None, force_terminal=False)
    rep = ProgressReporter(
        total,
        f"tf2.15: {total} cells, 2 at a time",
        console,
        name="tf2.15",
        expected_failures={"singleton": "broken"},
        clock=clock,
        **kw,
    )
    return rep, out


def test_outside_a_terminal_a_counter_with_an_estimate_and_only_the_unexpected_failures():
    clock = Clock()
    rep, out = reporter(40, clock)
    with rep:
        rep.start_running()
        for i in range(39):
            clock.now += 3.0  # 3 s a cell: 117 s for the 39
            if i == 5:
                rep.on_record(record("reference", "no-xla-translate", Status.FAIL, XLA_LINE))
            elif i % 3 == 0:
                rep.on_record(record("singleton", "baseline", Status.FAIL, "ValueError: 64 vs 128"))
            else:
                rep.on_record(record("reference", "baseline", Status.PASS))
        clock.now += 3.0
        rep.on_record(record("reference", "eager", Status.PASS))
    lines = out.getvalue().splitlines()
    assert lines[0] == "tf2.15: 40 cells, 2 at a time"
    counters = [line for line in lines if " of 40 cells" in line]
    # at most one counter every COUNTER_EVERY_S seconds, each with the time left at the pace
    # of the cells so far (3 s a cell)
    assert counters[0] == "tf2.15: 10 of 40 cells, about 2 min left"  # 30 cells x 3 s
    assert counters[-1] == "tf2.15: 30 of 40 cells, less than a minute left"
    assert len(counters) == 3
    # the reference's failure, with its informative line; the control's expected ones: none
    (failure,) = [line for line in lines if line.startswith("FAIL")]
    assert failure.startswith("FAIL tf2.15/reference/n128-then-64/no-xla-translate")
    assert failure.endswith("on XLA_CPU_JIT: ImageProjectiveTransformV3")
    assert "singleton" not in out.getvalue().replace("tf2.15: ", "")
    assert lines[-1] == (
        "tf2.15: 40 cells in 2 min 00 s: 26 passed, 13 failed as their control expects, 1 failed"
    )


def test_verbose_prints_each_cell_and_marks_a_controls_expected_failure():
    rep, out = reporter(3, Clock(), verbose=True)
    with rep:
        rep.on_record(record("singleton", "baseline", Status.FAIL, "ValueError: 64 vs 128"))
        rep.on_record(record("plain", "baseline", Status.FAIL, "a control that should pass"))
        rep.on_record(record("reference", "baseline", Status.PASS))
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("FAIL (expected: control, broken) tf2.15/singleton/")
    assert "64 vs 128" not in lines[1]  # expected: its message is in the report
    # plain is expected vacuous: every cell passes, so its failure is not expected
    assert lines[2].startswith("FAIL tf2.15/plain/") and "should pass" in lines[2]
    assert lines[3].startswith("ok tf2.15/reference/")
    assert lines[-1].endswith("1 passed, 1 failed as their control expects, 1 failed")


def test_cells_that_could_not_run_are_said_once_per_reason_with_their_count():
    rep, out = reporter(20, Clock())
    reason = "could not install 'numpy>=2' in tf2.15 (pins: tensorflow-cpu==2.15.1): conflict"
    with rep:
        rep.not_run(
            "tf2.15 / plain",
            [record("plain", f"c{i}", Status.INFRA, reason) for i in range(16)],
            reason,
        )
        for i in range(3):  # the same launch failure thrice, then another
            rep.on_record(record("reference", f"l{i}", Status.INFRA, "could not start python"))
        rep.on_record(record("reference", "x", Status.INFRA, "fork server gone"))
    text = out.getvalue()
    assert text.count(reason) == 1
    assert "xla-matrix: tf2.15 / plain: 16 cells infra: could not install 'numpy>=2'" in text
    assert text.count("could not start python") == 1 and text.count("fork server gone") == 1
    assert text.splitlines()[-1] == "tf2.15: 20 cells in 0 s: 0 passed, 20 could not run (infra)"


def test_a_cached_rerun_prints_its_title_and_one_line():
    rep, out = reporter(3, Clock())
    with rep:
        for status in (Status.PASS, Status.FAIL, Status.FAIL):
            target = "reference" if status is Status.PASS else "singleton"
            rep.on_record(record(target, "baseline", status, "x", cached_from="run-1"))
        # a cached failure of a project's target is counted, not printed again
    assert out.getvalue().splitlines() == [
        "tf2.15: 3 cells, 2 at a time",
        "tf2.15: 3 cells in 0 s: 1 passed, 2 failed as their control expects; all from the cache",
    ]


def test_the_estimate_comes_from_the_cells_that_ran_not_from_the_cache():
    clock = Clock()
    rep, _ = reporter(10, clock)
    for _ in range(5):
        rep.on_record(record("reference", "baseline", Status.PASS, cached_from="run-1"))
    assert rep.left_s(clock.now) is None  # nothing ran yet: no estimate
    rep.start_running()
    clock.now += 10.0
    rep.on_record(record("reference", "eager", Status.PASS))
    assert rep.left_s(clock.now) == 40.0  # 4 left at 10 s each
    assert progress.time_left(40.0) == "less than a minute left"
    assert progress.time_left(150.0) == "about 2 min left"
