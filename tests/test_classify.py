"""Failure classification: what a child left behind -> status, failure class, one line."""

from __future__ import annotations

import signal

import pytest

from harness.config.matrix import Role
from harness.results.records import ChildFacts, Stage, Status, Step
from harness.run.classify import Exit, classify, combine_repeats, failure_class, informative_line

GRAPH_ERROR = """Graph execution error:

Detected at node ImageProjectiveTransformV3 defined at (most recent call last):
<stack traces unavailable>
Detected unsupported operations when trying to compile graph __inference_translate_214[] on XLA_CPU_JIT: ImageProjectiveTransformV3 (No registered 'ImageProjectiveTransformV3' OpKernel for XLA_CPU_JIT devices)
The op is created at:
File "x.py", line 1, in <module>"""

KERAS3_LAYER_ERROR = """Exception encountered when calling ProbeIllumination.call().

\x1b[1mCould not automatically infer the output shape / dtype of 'probe_illumination' (of type ProbeIllumination).

Dimensions must be equal, but are 64 and 128 for '{{node mul}} = Mul[T=DT_FLOAT](strided_slice, mul/ReadVariableOp)' with input shapes: [?,64,64], [128,128].\x1b[0m

Arguments received by ProbeIllumination.call():
  \u2022 args=('<KerasTensor shape=(None, 64, 64, 2)>',)"""

RESHAPE = "Graph execution error:\n\nInput to reshape is a tensor with 389376 values, but the requested shape has 24336\n\t [[{{node Reshape}}]]"


@pytest.mark.parametrize(
    ("message", "line_starts", "cls"),
    [
        (
            GRAPH_ERROR,
            "Detected unsupported operations when trying to compile graph",
            "xla-unsupported-op",
        ),
        (KERAS3_LAYER_ERROR, "Dimensions must be equal, but are 64 and 128", "shape-mismatch"),
        (RESHAPE, "Input to reshape is a tensor with 389376 values", "reshape-size"),
        (
            "Exception encountered when calling layer 'x'.\n\nsomething odd happened",
            "something odd happened",
            "exception",
        ),
    ],
)
def test_informative_line_skips_tensorflow_boilerplate(message, line_starts, cls):
    assert informative_line(message).startswith(line_starts)
    assert (
        failure_class("InvalidArgumentError" if cls != "exception" else "RuntimeError", message)
        == cls
    )


def raw(
    completed: bool, stage: dict, exc: tuple[str, str] | None = None, **missing: str
) -> ChildFacts:
    """`missing`: missing_module and missing_kind, as the child reports them."""
    return ChildFacts.from_json(
        {
            "cell": {"environment": "e", "target": "t", "scenario": "s", "config": "c"},
            "completed": completed,
            "stage": stage,
            "exception": {"type": exc[0], "message": exc[1], **missing} if exc else None,
        }
    )


BUILD1 = {"name": "build", "step": 1, "N": 128}
NO_PANDAS = ("ModuleNotFoundError", "No module named 'pandas'")


PREDICT2 = {"name": "predict", "step": 2, "N": 64}

CASES = [
    # (raw, exit, stage file, status, failure class, message fragment)
    (raw(True, {"name": "done"}), Exit(0), None, "pass", None, ""),
    (
        raw(False, PREDICT2, ("InvalidArgumentError", GRAPH_ERROR)),
        Exit(0),
        None,
        "fail",
        "xla-unsupported-op",
        "at predict step 2 (N=64): Detected unsupported",
    ),
    (
        raw(False, {"name": "build", "step": 2, "N": 64}, ("ValueError", KERAS3_LAYER_ERROR)),
        Exit(0),
        None,
        "fail",
        "shape-mismatch",
        "ValueError at build step 2",
    ),
    (
        raw(False, {"name": "import"}, ("ImportError", "libcudart.so.12: cannot open")),
        Exit(0),
        None,
        "infra",
        "tensorflow-import",
        "importing TensorFlow",
    ),
    (
        raw(False, {"name": "target"}, ("ModuleNotFoundError", "No module named 'ptycho'")),
        Exit(0),
        None,
        "infra",
        "target-import",
        "No module named 'ptycho'",
    ),
    (
        raw(
            False, {"name": "target"}, NO_PANDAS, missing_module="pandas", missing_kind="dependency"
        ),
        Exit(0),
        None,
        "infra",
        "missing-dependency",
        "missing dependency 'pandas': add --with pandas or requires in matrix.toml (target)",
    ),
    (
        raw(
            False,
            BUILD1,
            ("ModuleNotFoundError", "No module named 'skimage'"),
            missing_module="skimage.transform",
            missing_kind="dependency",
        ),
        Exit(0),
        None,
        "infra",
        "missing-dependency",
        "missing dependency 'skimage': add --with scikit-image or requires in matrix.toml (build",
    ),
    (
        raw(
            False,
            {"name": "target"},
            ("ImportError", "cannot import name 'Conv2D' from 'keras.layers' (unknown location)"),
        ),
        Exit(0),
        None,
        "infra",  # the target never imported: no model built, nothing said about it
        "import-incompatible",
        "ImportError loading the target: cannot import name 'Conv2D'",
    ),
    (
        raw(
            False,
            BUILD1,
            ("ModuleNotFoundError", "No module named 'keras.src.engine'"),
            missing_module="keras.src.engine",
            missing_kind="submodule",
        ),
        Exit(0),
        None,
        "fail",
        "import-incompatible",
        "ModuleNotFoundError at build step 1",
    ),
    (
        raw(False, PREDICT2, ("ResourceExhaustedError", "OOM when allocating tensor")),
        Exit(0),
        None,
        "oom",
        "oom",
        "ResourceExhaustedError",
    ),
    (
        None,
        Exit(None, timed_out=True),
        PREDICT2,
        "timeout",
        "timeout",
        "no result after 60 s, at predict step 2",
    ),
    (
        None,
        Exit(-signal.SIGABRT),
        {"name": "build", "step": 1, "N": 128},
        "crash",
        "crash",
        "killed by SIGABRT at build step 1",
    ),
    (None, Exit(-signal.SIGSEGV), None, "infra", "SIGSEGV", "killed by SIGSEGV at unknown"),
    (
        None,
        Exit(
            -signal.SIGABRT,
            memory_capped=True,
            log_tail="predicting\nterminate called after throwing an instance of 'std::bad_alloc'\n",
        ),
        PREDICT2,
        "oom",
        "memory-cap",
        "under the memory cap: terminate called after throwing an instance of 'std::bad_alloc'",
    ),
    # a signal under a memory cap without evidence of a failed allocation is a crash
    (
        None,
        Exit(-signal.SIGSEGV, memory_capped=True, log_tail="[xla-matrix] stage build step 1\n"),
        PREDICT2,
        "crash",
        "crash",
        "killed by SIGSEGV at predict step 2",
    ),
    (
        None,
        Exit(-signal.SIGABRT, memory_capped=True),
        {"name": "build", "step": 1, "N": 128},
        "crash",
        "crash",
        "killed by SIGABRT at build step 1",
    ),
    (None, Exit(0), PREDICT2, "infra", "no-result", "exited 0 without writing a result"),
    (None, Exit(1), None, "infra", "no-result", "exited with code 1"),
    (
        None,
        Exit(0, result_error="not JSON (Expecting value at line 1)"),
        None,
        "infra",
        "corrupt-result",
        "result file unreadable",
    ),
    (
        None,
        Exit(-signal.SIGKILL, interrupted=True),
        PREDICT2,
        "interrupted",
        None,
        "interrupted at predict step 2",
    ),
]


@pytest.mark.parametrize(("raw_", "exit_", "stage", "status", "cls", "fragment"), CASES)
def test_classification(raw_, exit_, stage, status, cls, fragment):
    c = classify(raw_, exit_, Stage(**stage) if stage else None, timeout=60)
    assert (c.status, c.failure_class) == (status, cls)
    assert fragment in c.message
    assert "\n" not in c.message


# --- runs that disagree: flaky, said once for repeats and for merged folders -------------


def _ran(status: Status, stage: Stage, modules: int | None = 2, **fields):
    from harness.config.names import Cell
    from harness.results import store

    record = store.new_record(Cell("e", "t", "s", "c"), Role.WORKAROUND, status, **fields)
    record.stage = stage
    record.xla.modules = modules
    return record


def test_repeats_that_disagree_are_one_flaky_record_naming_each_run():
    passed = _ran(Status.PASS, Stage("done"))
    failed = _ran(Status.FAIL, Stage("predict", 2, 64), failure_class="shape-mismatch")
    combined = combine_repeats([passed, failed, passed])
    assert combined.status is Status.FLAKY and combined.failure_class == "flaky"
    assert combined.message == (
        "outcome varied over 3 runs: pass (2 XLA modules), fail (shape-mismatch at predict "
        "step 2 (N=64)), pass (2 XLA modules)"
    )
    assert [r.status for r in combined.repeats] == ["pass", "fail", "pass"]
    # the XLA module count is part of a repeat's outcome; two passes alike are one pass
    assert combine_repeats([passed, _ran(Status.PASS, Stage("done"), 3)]).status is Status.FLAKY
    assert combine_repeats([passed, passed]).status is Status.PASS


def test_merged_folders_that_disagree_make_the_cell_flaky(tmp_path):
    from harness.results import store

    for name, status in (("a", Status.PASS), ("b", Status.FAIL)):
        stage = Stage("done") if status is Status.PASS else Stage("build", 1, 128)
        record = _ran(status, stage, failure_class=None if status is Status.PASS else "value")
        store.write_record(tmp_path / name, record)
    (record,), problems = store.load_records([tmp_path / "a", tmp_path / "b"])
    assert record.status is Status.FLAKY and record.failure_class == "flaky"
    assert record.message == (
        f"outcome differs between merged folders: pass (2 XLA modules) in {tmp_path / 'a'}; "
        f"fail (value at build step 1 (N=128)) in {tmp_path / 'b'}"
    )
    assert problems == [f"{record.id}: {record.message}"]


def _compiled(names: list[str], hashes: list[str], mean: float = 0.5):
    record = _ran(Status.PASS, Stage("done"), len(names))
    record.xla.names = list(names)
    record.xla.identities = sorted(f"{n}#{h}" for n, h in zip(names, hashes, strict=True))
    digest = {
        "shape": [1, 4],
        "dtype": "float32",
        "mean": mean,
        "std": 0.1,
        "min": 0.0,
        "max": 1.0,
        "p01": 0.0,
        "p50": 0.5,
        "p99": 1.0,
        "finite": 1.0,
        "view": [[mean]],
    }
    record.steps = [Step(1, 128, outputs=[digest])]
    return record


def test_repeats_that_compile_other_functions_or_give_other_outputs_are_flaky():
    """#22 item 12: XLA modules (count and functions) and outputs are part of a repeat's
    outcome; HLO that hashes differently for the same functions is identity noise."""
    base = _compiled(["translate", "predict"], ["aaa", "bbb"])
    other_functions = _compiled(["translate", "step"], ["aaa", "bbb"])
    combined = combine_repeats([base, other_functions])
    assert combined.status is Status.FLAKY
    other_outputs = _compiled(["translate", "predict"], ["aaa", "bbb"], mean=0.9)
    combined = combine_repeats([base, other_outputs])
    assert combined.status is Status.FLAKY and combined.message.startswith("outputs varied")
    within_tolerance = _compiled(["translate", "predict"], ["aaa", "bbb"], mean=0.50001)
    assert combine_repeats([base, within_tolerance]).status is Status.PASS
    noisy = _compiled(["translate", "predict"], ["aaa", "ccc"])
    combined = combine_repeats([base, noisy])
    assert combined.status is Status.PASS and combined.xla.identity_noise
    assert not combine_repeats([base, base]).xla.identity_noise


def test_merged_folders_compare_steps_modules_and_outputs_like_repeats(tmp_path):
    from harness.results import store

    store.write_record(tmp_path / "a", _compiled(["translate", "predict"], ["aaa", "bbb"]))
    store.write_record(tmp_path / "b", _compiled(["translate"], ["aaa"]))
    (record,), _ = store.load_records([tmp_path / "a", tmp_path / "b"])
    assert record.status is Status.FLAKY
    store.write_record(tmp_path / "c", _compiled(["translate", "predict"], ["aaa", "ccc"]))
    (record,), _ = store.load_records([tmp_path / "a", tmp_path / "c"])
    assert record.status is Status.PASS and record.xla.identity_noise


def test_the_vocabulary_types_keep_todays_strings_on_disk():
    import json

    from harness.judge.vocabulary import VERDICTS, VerdictKind
    from harness.results.records import CellRecord, FailureClass, StageName

    record = _ran(Status.FAIL, Stage("predict", 1, 8), failure_class=FailureClass.XLA_COMPILE)
    data = json.loads(json.dumps(record.to_json()))
    assert (data["role"], data["status"], data["failure_class"], data["stage"]["name"]) == (
        "workaround",
        "fail",
        "xla-compile",
        "predict",
    )
    back = CellRecord.from_json(data)
    assert back.role is Role.WORKAROUND and back.stage is not None
    assert back.stage.name is StageName.PREDICT and back.failure_class == FailureClass.XLA_COMPILE
    # a verdict is written as its name, and a name read back finds its entry
    assert json.dumps([VerdictKind.WRONG_OUTPUT, f"{VerdictKind.NOT_NEEDED}"]) == (
        '["wrong output", "not needed"]'
    )
    assert VERDICTS["wrong output"] is VerdictKind.WRONG_OUTPUT
