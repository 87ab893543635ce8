"""Parent side: turn what a child left behind into a status, a failure class and one line.

The child reports facts; this is the one place that names them. Statuses:
pass, fail, timeout, crash, oom, infra (could not start, could not import TensorFlow or
the target, no or corrupt result), interrupted. Missing (never ran: shown, never passed) is
decided by the report, flaky (outcome varied between runs) by harness.results.outcome.
"""

from __future__ import annotations

import re
import signal
from dataclasses import dataclass, replace

from harness.config.companions import dependency_name, distribution_for
from harness.results import outcome
from harness.results.records import (
    CellRecord,
    ChildFacts,
    FailureClass,
    Repeat,
    Stage,
    StageName,
    Status,
    describe_stage,
)

# What the scenario loop raises for a target it cannot drive (harness.cell.backend, named
# here without importing it: a hook of another signature, a model that declares no inputs).
CONTRACT_ERROR = "TargetContractError"
# Stages before the scenario touches the model: what goes wrong there is never the model's.
# A test target's `collect` is its `target`: its test files are imported there.
BEFORE_MODEL = (StageName.START, StageName.IMPORT, StageName.TARGET, StageName.COLLECT)
LOADING_TARGET = (StageName.TARGET, StageName.COLLECT)

# (failure class, pattern on "Type: message"), first match wins. Order: most specific first.
FAILURE_PATTERNS: tuple[tuple[FailureClass, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.S))
    for name, pattern in (
        (
            FailureClass.XLA_UNSUPPORTED_OP,
            r"Detected unsupported operations when trying to compile",
        ),
        (FailureClass.RESHAPE_SIZE, r"Input to reshape is a tensor with \d+ values"),
        (
            FailureClass.SHAPE_MISMATCH,
            r"Dimensions must be equal|Incompatible shapes|shape mismatch|are incompatible",
        ),
        (
            FailureClass.XLA_COMPILE,
            r"XLA compilation|Compilation failure|XlaCompile|xla::|XLA_[A-Z]+_JIT",
        ),
        (FailureClass.OOM, r"ResourceExhaustedError|MemoryError|\bOOM\b|out of memory"),
        (FailureClass.IMPORT_INCOMPATIBLE, r"^(ImportError|ModuleNotFoundError)"),
        (FailureClass.NOT_A_MODEL, r"not a Keras model"),
        (FailureClass.TYPE, r"^TypeError"),
        (FailureClass.VALUE, r"^ValueError"),
        (FailureClass.INVALID_ARGUMENT, r"^InvalidArgumentError"),
    )
)

# Lines TensorFlow and Keras put first that say nothing about the cause.
_BOILERPLATE = re.compile(
    r"^\s*(Graph execution error:?|Exception encountered when calling|Detected at node|"
    r"<stack traces unavailable>|in user code:|The op is created at:|File \"|Call arguments received|"
    r"Arguments received by|\W*$|•|\[\d+m|Traceback \(most recent call last\)|\.\.\.)"
)
# Lines known to carry the cause, most telling first; any of them beats the first line.
_INFORMATIVE = tuple(
    re.compile(p)
    for p in (
        r"Detected unsupported operations",
        r"Input to reshape is a tensor",
        r"Dimensions must be equal|Incompatible shapes",
        r"not a Keras model|No module named|does not exist|has no attribute",
        r"ResourceExhausted|out of memory",
        r"Could not automatically infer",
    )
)
_ANSI = re.compile(r"\x1b\[[0-9;]*m|\[\d+m")
MAX_LINE = 240


def failure_class(exc_type: str, message: str) -> FailureClass:
    text = f"{exc_type}: {message}"
    for name, pattern in FAILURE_PATTERNS:
        if pattern.search(text):
            return name
    return FailureClass.EXCEPTION


def informative_line(message: str) -> str:
    """The line of a TensorFlow error message a reader needs first."""
    lines = [_ANSI.sub("", line).strip() for line in message.splitlines()]
    lines = [line for line in lines if line]
    for pattern in _INFORMATIVE:
        for line in lines:
            if pattern.search(line) and not line.startswith("File "):
                return _clip(line)
    for line in lines:
        if not _BOILERPLATE.match(line):
            return _clip(line)
    return _clip(lines[0]) if lines else ""


def _clip(line: str) -> str:
    line = re.sub(r"\s+", " ", line)
    return line if len(line) <= MAX_LINE else line[: MAX_LINE - 3] + "..."


def signal_name(returncode: int) -> str:
    try:
        return signal.Signals(-returncode).name
    except ValueError:
        return f"signal {-returncode}"


@dataclass
class Exit:
    """How the child process ended, as the parent saw it."""

    returncode: int | None
    timed_out: bool = False
    memory_capped: bool = False
    interrupted: bool = False
    result_error: str | None = None  # the result file existed but could not be read
    log_tail: str = ""  # the end of the cell's log, read when a memory cap was set


# What an allocation that failed leaves in a log: Python's MemoryError, C++'s bad_alloc,
# TensorFlow's allocator and ResourceExhausted, glibc's and the kernel's ENOMEM messages.
ALLOCATION_FAILED = re.compile(
    r"MemoryError|std::bad_alloc|ResourceExhausted|OOM when allocating|out of memory|"
    r"Cannot allocate memory|failed to allocate|Allocation of \d+ exceeds|mmap\(\) failed|"
    r"memory allocation failed",
    re.I,
)


def oom_evidence(exit: Exit) -> str | None:
    """The log's line that shows an allocation failed, if any: a signal under a memory cap
    is an oom only with such evidence (a segfault is a crash, cap or no cap)."""
    for line in reversed(exit.log_tail.splitlines()):
        if ALLOCATION_FAILED.search(line):
            return _clip(line.strip())
    return None


@dataclass
class Classification:
    status: Status
    failure_class: FailureClass | str | None  # str: the signal that killed it, before any model
    message: str
    stage: Stage | None


def missing_dependency(module: str, matrix_name: str = "matrix.toml") -> str:
    """The one line for a module that is not installed, with the way to add it."""
    return (
        f"missing dependency {dependency_name(module)!r}: add --with {distribution_for(module)} "
        f"or requires in {matrix_name}"
    )


def target_import_line(exc_type: str, message: str) -> str:
    """The one line for a target that could not be imported, from the cell or the preflight."""
    return f"{exc_type} loading the target: {informative_line(message) or exc_type}"


def classify(
    facts: ChildFacts | None,
    exit: Exit,
    stage: Stage | None,
    timeout: float,
    matrix_name: str = "matrix.toml",
) -> Classification:
    """Name what happened. `stage` is the last stage the child announced (from its stage file).

    A module that is not installed is infra wherever it is imported (the project never ran).
    A name or submodule missing from an installed package (`import-incompatible`: the code
    and that version do not fit together) is infra where it stops the target's import (no
    model was built: nothing to say about it or XLA), and a failure inside a factory."""
    if facts is not None:
        stage = facts.stage or stage
    where = describe_stage(stage)
    if exit.interrupted and (facts is None or not facts.completed):
        return Classification(Status.INTERRUPTED, None, f"interrupted at {where}", stage)
    before_model = stage is None or stage.name in BEFORE_MODEL
    if exit.timed_out:
        if before_model:  # TensorFlow or the target never finished importing: not the model
            return Classification(
                Status.INFRA,
                FailureClass.TIMEOUT,
                f"no result after {timeout:g} s, at {where}",
                stage,
            )
        return Classification(
            Status.TIMEOUT,
            FailureClass.TIMEOUT,
            f"no result after {timeout:g} s, at {where}",
            stage,
        )
    if exit.result_error:
        return Classification(
            Status.INFRA,
            FailureClass.CORRUPT_RESULT,
            f"result file unreadable: {exit.result_error}",
            stage,
        )
    if facts is None:
        rc = exit.returncode
        if rc is not None and rc < 0:
            name = signal_name(rc)
            evidence = oom_evidence(exit) if exit.memory_capped else None
            if evidence and name in ("SIGKILL", "SIGSEGV", "SIGABRT", "SIGBUS"):
                return Classification(
                    Status.OOM,
                    FailureClass.MEMORY_CAP,
                    f"killed by {name} at {where} under the memory cap: {evidence}",
                    stage,
                )
            if before_model:
                return Classification(
                    Status.INFRA, name, f"killed by {name} at {where}, before any model", stage
                )
            return Classification(
                Status.CRASH, FailureClass.CRASH, f"crashed: killed by {name} at {where}", stage
            )
        if rc == 0:
            return Classification(
                Status.INFRA,
                FailureClass.NO_RESULT,
                f"child exited 0 without writing a result, at {where}",
                stage,
            )
        return Classification(
            Status.INFRA,
            FailureClass.NO_RESULT,
            f"child exited with code {rc} before writing a result, at {where}",
            stage,
        )
    if facts.completed:
        return Classification(Status.PASS, None, "", stage)
    exc = facts.exception
    exc_type = exc.type if exc else "?"
    message = exc.message if exc else ""
    line = informative_line(message) or exc_type
    name = stage.name if stage else None
    if exc_type == "KeyboardInterrupt":
        return Classification(Status.INTERRUPTED, None, f"interrupted at {where}", stage)
    if exc and exc.missing_module and exc.missing_kind == "dependency":
        line = missing_dependency(exc.missing_module, matrix_name)
        return Classification(
            Status.INFRA, FailureClass.MISSING_DEPENDENCY, f"{line} ({where})", stage
        )
    if exc_type == CONTRACT_ERROR:  # the harness cannot drive it: nothing about the model
        return Classification(
            Status.INFRA, FailureClass.TARGET_CONTRACT, f"{line} ({where})", stage
        )
    incompatible = exc_type == "ImportError" or bool(exc and exc.missing_kind == "submodule")
    if name in (StageName.START, StageName.IMPORT):
        return Classification(
            Status.INFRA,
            FailureClass.TENSORFLOW_IMPORT,
            f"{exc_type} importing TensorFlow: {line}",
            stage,
        )
    if name in LOADING_TARGET and incompatible:  # never built: no statement about the model
        return Classification(
            Status.INFRA,
            FailureClass.IMPORT_INCOMPATIBLE,
            target_import_line(exc_type, message),
            stage,
        )
    if name in LOADING_TARGET:
        return Classification(
            Status.INFRA,
            FailureClass.TARGET_IMPORT,
            f"{exc_type} loading the target: {line}",
            stage,
        )
    cls = failure_class(exc_type, message)
    if cls == FailureClass.OOM or exc_type == "MemoryError":
        return Classification(Status.OOM, FailureClass.OOM, f"{exc_type} at {where}: {line}", stage)
    return Classification(Status.FAIL, cls, f"{exc_type} at {where}: {line}", stage)


def combine_repeats(records: list[CellRecord]) -> CellRecord:
    """One record for K runs of a cell: the first, or a flaky one when outcomes differ."""
    repeats = [
        Repeat(r.status, r.failure_class, r.stage_text, r.xla_modules, r.message, r.log)
        for r in records
    ]
    first = replace(records[0], repeats=repeats)
    if not outcome.disagree(records):
        return outcome.with_noise(first, outcome.identity_noise(records))
    runs = ", ".join(outcome.seen(r) for r in records)
    what = "outputs" if len({outcome.outcome(r) for r in records}) == 1 else "outcome"
    return outcome.flaky(first, f"{what} varied over {len(records)} runs: {runs}")
