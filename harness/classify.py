"""Parent side: turn what a child left behind into a status, a failure class and one line.

The child reports facts; this is the one place that names them. Statuses:
pass, fail, timeout, crash, oom, infra (could not start, could not import TensorFlow or
the target, no or corrupt result), skipped, missing (never ran: shown, never passed).
"""

from __future__ import annotations

import re
import signal
from dataclasses import dataclass
from typing import Any

STATUSES = (
    "pass",
    "fail",
    "timeout",
    "crash",
    "oom",
    "infra",
    "skipped",
    "missing",
    "flaky",
    "interrupted",
)
FAILING = ("fail", "timeout", "crash", "oom")  # the scenario ran and did not get through

# (failure class, pattern on "Type: message"), first match wins. Order: most specific first.
FAILURE_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.S))
    for name, pattern in (
        ("xla-unsupported-op", r"Detected unsupported operations when trying to compile"),
        ("reshape-size", r"Input to reshape is a tensor with \d+ values"),
        (
            "shape-mismatch",
            r"Dimensions must be equal|Incompatible shapes|shape mismatch|are incompatible",
        ),
        ("xla-compile", r"XLA compilation|Compilation failure|XlaCompile|xla::|XLA_[A-Z]+_JIT"),
        ("oom", r"ResourceExhaustedError|MemoryError|\bOOM\b|out of memory"),
        ("import", r"^(ImportError|ModuleNotFoundError)"),
        ("not-a-model", r"not a Keras model"),
        ("type", r"^TypeError"),
        ("value", r"^ValueError"),
        ("invalid-argument", r"^InvalidArgumentError"),
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


def failure_class(exc_type: str, message: str) -> str:
    text = f"{exc_type}: {message}"
    for name, pattern in FAILURE_CLASSES:
        if pattern.search(text):
            return name
    return "exception"


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


def describe_stage(stage: dict[str, Any] | None) -> str:
    if not stage:
        return "unknown"
    if "step" in stage:
        return f"{stage['name']} step {stage['step']} (N={stage.get('N')})"
    return str(stage.get("name", "unknown"))


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


@dataclass
class Classification:
    status: str
    failure_class: str | None
    message: str
    stage: dict[str, Any] | None


def classify(
    raw: dict[str, Any] | None, exit: Exit, stage: dict[str, Any] | None, timeout: float
) -> Classification:
    """Name what happened. `stage` is the last stage the child announced (from its stage file)."""
    if raw is not None:
        stage = raw.get("stage") or stage
    where = describe_stage(stage)
    if exit.interrupted and (raw is None or not raw.get("completed")):
        return Classification("interrupted", None, f"interrupted at {where}", stage)
    if exit.timed_out:
        return Classification(
            "timeout", "timeout", f"no result after {timeout:g} s, at {where}", stage
        )
    if exit.result_error:
        return Classification(
            "infra", "corrupt-result", f"result file unreadable: {exit.result_error}", stage
        )
    if raw is None:
        rc = exit.returncode
        if rc is not None and rc < 0:
            name = signal_name(rc)
            if exit.memory_capped and name in ("SIGKILL", "SIGSEGV", "SIGABRT"):
                return Classification(
                    "oom", "memory-cap", f"killed by {name} at {where} under the memory cap", stage
                )
            return Classification("crash", name, f"killed by {name} at {where}", stage)
        if rc == 0:
            return Classification(
                "infra", "no-result", f"child exited 0 without writing a result, at {where}", stage
            )
        return Classification(
            "infra",
            "no-result",
            f"child exited with code {rc} before writing a result, at {where}",
            stage,
        )
    if raw.get("completed"):
        return Classification("pass", None, "", stage)
    exc = raw.get("exception") or {}
    exc_type = exc.get("type", "?")
    message = exc.get("message", "")
    line = informative_line(message) or exc_type
    name = (stage or {}).get("name")
    if exc_type == "KeyboardInterrupt":
        return Classification("interrupted", None, f"interrupted at {where}", stage)
    if name in ("start", "import"):
        return Classification(
            "infra", "tensorflow-import", f"{exc_type} importing TensorFlow: {line}", stage
        )
    if name == "target":
        return Classification(
            "infra", "target-import", f"{exc_type} loading the target: {line}", stage
        )
    cls = failure_class(exc_type, message)
    if cls == "oom" or exc_type == "MemoryError":
        return Classification("oom", "oom", f"{exc_type} at {where}: {line}", stage)
    return Classification("fail", cls, f"{exc_type} at {where}: {line}", stage)


def outcome(record: dict[str, Any]) -> tuple[Any, ...]:
    """What must not change between repeats of a cell."""
    stage = record.get("stage") or {}
    return (
        record["status"],
        record.get("failure_class"),
        stage.get("name"),
        stage.get("step"),
        (record.get("xla") or {}).get("modules"),
    )


def combine_repeats(records: list[dict[str, Any]]) -> dict[str, Any]:
    """One record for K runs of a cell: the first, or a flaky one when outcomes differ."""
    first = dict(records[0])
    first["repeats"] = [
        {
            "status": r["status"],
            "failure_class": r.get("failure_class"),
            "stage": r.get("stage_text"),
            "xla_modules": (r.get("xla") or {}).get("modules"),
            "message": r.get("message", ""),
            "log": r.get("log"),
        }
        for r in records
    ]
    if len({outcome(r) for r in records}) > 1:
        seen = ", ".join(
            f"{r['status']}"
            + (f" ({r['failure_class']} at {r.get('stage_text')})" if r["status"] != "pass" else "")
            for r in records
        )
        first.update(
            status="flaky",
            failure_class="flaky",
            message=f"outcome varied over {len(records)} runs: {seen}",
        )
    return first
