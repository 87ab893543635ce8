"""The records that cross a process or a folder: a cell's spec, the child's facts, the result.

    CellSpec    parent -> child: which cell, and the matrix entries it runs (spec.json)
    ChildFacts  child -> parent: what happened, unjudged (result.json in the cell's work folder)
    CellRecord  the judged result of one cell (results/<env>/<cell>.json, results.jsonl)

Each is a dataclass serialised only at the boundary (`to_json` / `from_json`, as pytest's
TestReport does); everywhere else it is read as an object. `from_json` checks the schema,
shape and types (harness.config.typed), so a malformed file is a named problem (which field),
never a KeyError in a report. The closed sets a record holds (Status, StageName,
FailureClass, the config's Role) are string enums: the files keep the plain strings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypedDict

from harness.config import defaults
from harness.config.matrix import (
    STEADY_OFF,
    Config,
    Role,
    Scenario,
    SteadyState,
    Target,
    check_rule,
)
from harness.config.names import Cell, config_label, verdict_key
from harness.config.secrets import redact
from harness.config.typed import ShapeError, StrEnum, from_dict, to_dict
from harness.results.costs import Cost
from harness.results.nodes import NodeResult

# The shape of ChildFacts and CellRecord files. Raise it when a reader of the old shape would
# misread the new one (a field added with a default needs no new schema: readers drop what
# they do not know).
SCHEMA = 1


def check_schema(data: dict[str, Any], path: str = "") -> None:
    """A file of another schema is one named problem (as asv's api_version), before any
    field of it is read. A file without the field is read as schema 1: every writer has
    written it since there were files, so one without it was written by hand."""
    schema = data.get("schema", 1)
    if schema == SCHEMA and not isinstance(schema, bool):
        return
    where = f"{path}.schema" if path else "schema"
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise ShapeError(where, f"must be an integer, got {schema!r}")
    if schema > SCHEMA:
        raise ShapeError(
            where, f"{schema}, newer than this xla-matrix reads ({SCHEMA}): update it to read this"
        )
    raise ShapeError(
        where, f"{schema}, older than this xla-matrix reads ({SCHEMA}): run the cell again"
    )


class Status(StrEnum):
    """How a cell ended. `FAILING` statuses mean the scenario ran and did not get through."""

    PASS = "pass"
    FAIL = "fail"
    TIMEOUT = "timeout"
    CRASH = "crash"
    OOM = "oom"
    INFRA = "infra"  # could not run: install, import, harness
    INTERRUPTED = "interrupted"
    MISSING = "missing"  # planned, never reported
    FLAKY = "flaky"  # outcome varied between repeats

    @property
    def failing(self) -> bool:
        return self in FAILING


FAILING = frozenset({Status.FAIL, Status.TIMEOUT, Status.CRASH, Status.OOM})


class StageName(StrEnum):
    """Where a cell was when it ended: the child's stages in order, then the parent's
    for cells it never ran."""

    START = "start"
    IMPORT = "import"  # importing TensorFlow
    TARGET = "target"  # importing the target
    BUILD = "build"  # building the model of a step
    PREDICT = "predict"  # its forward pass
    DONE = "done"
    INSTALL = "install"  # the environment or the target's requirements did not install
    PREFLIGHT = "preflight"  # the target could not be imported in this environment
    # a test target's (harness.results.nodes): collecting its tests, then each node's phases
    COLLECT = "collect"
    SETUP = "setup"
    CALL = "call"
    TEARDOWN = "teardown"


class FailureClass(StrEnum):
    """Why a cell did not pass, as harness.run.classify names it. A cell killed by a
    signal before any model was built is classed by the signal's name (SIGKILL, ...)
    instead: a record's failure_class is one of these or such a name."""

    # from the exception, most specific first (classify.FAILURE_PATTERNS)
    XLA_UNSUPPORTED_OP = "xla-unsupported-op"
    RESHAPE_SIZE = "reshape-size"
    SHAPE_MISMATCH = "shape-mismatch"
    XLA_COMPILE = "xla-compile"
    OOM = "oom"
    IMPORT_INCOMPATIBLE = "import-incompatible"
    NOT_A_MODEL = "not-a-model"
    TYPE = "type"
    VALUE = "value"
    INVALID_ARGUMENT = "invalid-argument"
    EXCEPTION = "exception"  # none of the above
    # from how the cell ended
    TIMEOUT = "timeout"
    CRASH = "crash"
    MEMORY_CAP = "memory-cap"
    NO_RESULT = "no-result"
    CORRUPT_RESULT = "corrupt-result"
    LAUNCH = "launch"
    # before the model: infra
    INSTALL = "install"
    MISSING_DEPENDENCY = "missing-dependency"
    TENSORFLOW_IMPORT = "tensorflow-import"
    TARGET_IMPORT = "target-import"
    # the target does not fit the contract: a hook's signature, a model without inputs
    TARGET_CONTRACT = "target-contract"
    # outcomes that varied between runs
    FLAKY = "flaky"


# Failure classes that name XLA itself.
XLA_FAILURES = frozenset({FailureClass.XLA_UNSUPPORTED_OP, FailureClass.XLA_COMPILE})


def describe_stage(stage: Stage | None) -> str:
    if stage is None:
        return "unknown"
    if stage.node:
        return f"{stage.name} of {stage.node}"
    if stage.step is not None:
        return f"{stage.name} step {stage.step} (N={stage.N})"
    return stage.name


@dataclass(frozen=True)
class Stage:
    """Where a cell was: start, import, target, build/predict of step k, done; for a test
    target, collect, then setup/call/teardown of its k-th node `node`."""

    name: StageName
    step: int | None = None
    N: int | None = None
    node: str | None = None  # a test target's node id

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", StageName(self.name))  # the child passes plain names

    @property
    def text(self) -> str:
        return describe_stage(self)


# --- parent -> child ----------------------------------------------------------------------


@dataclass(frozen=True)
class CellSpec:
    """What a child needs to run one cell: the matrix entries themselves, not copies."""

    cell: Cell
    config: Config
    scenario: Scenario
    target: Target
    env: dict[str, str]  # variables set before TensorFlow is imported
    # what the cell inherits from the shell that can change its outcome (harness.run.environ)
    inherited: dict[str, str] = field(default_factory=dict)
    # filled in per attempt by the runner
    result_path: str = ""
    stage_path: str = ""
    dump_dir: str | None = None
    outputs_path: str | None = None  # where the child saves its output arrays (.npz)
    outputs_cap_bytes: int = defaults.PLANNED_CAP_BYTES  # set at launch from outputs_mb
    threads: int | None = None
    steady_state: SteadyState = STEADY_OFF  # the matrix's budget; off unless the plan sets it

    def to_json(self) -> dict[str, Any]:
        """The spec as files keep it: credentials in its requirements' URLs redacted
        (records, plans and results.jsonl are uploaded as artifacts; the child needs only
        the names)."""
        data = to_dict(self)
        target = data["target"]
        target["requires"] = [redact(r) for r in target["requires"]]
        target["pins"] = {k: [redact(r) for r in v] for k, v in target["pins"].items()}
        return data

    @classmethod
    def from_json(cls, data: Any) -> CellSpec:
        """A spec read back, its matrix entries checked by matrix.toml's own rules."""
        return from_dict(cls, data, "spec", check=check_rule)


# --- child -> parent ----------------------------------------------------------------------


class Fingerprint(TypedDict, total=False):
    """What a cell ran on (harness.cell.evidence.fingerprint): read as a dict, every key
    the parent reads checked to its type when the file is read, so a report, a verdict or
    a reproducer never meets `companions` as a list or `devices` as a number. Keys it does
    not declare are kept as plain data."""

    python: str | None
    executable: str | None
    platform: str | None
    tensorflow: str | None
    tensorflow_version: str | None
    tensorflow_dist: str | None
    keras: str | None
    keras_flavour: str | None
    keras_module: str | None
    tf_keras: str | None
    numpy: str | None
    legacy_keras: bool | None
    devices: list[str]
    companions: dict[str, str]
    requires: dict[str, str | None]
    inherited: dict[str, str]  # what the cell inherited from the shell (harness.run.environ)


@dataclass
class ExceptionInfo:
    type: str
    module: str = ""
    message: str = ""
    traceback: str = ""
    # a ModuleNotFoundError in the chain: the module, and whether it is a dependency that is
    # not installed, the target's own module, or a submodule of an installed package
    missing_module: str | None = None
    missing_kind: str | None = None


@dataclass
class XlaModule:
    """One XLA compilation: the function it compiled and a hash of its HLO with names,
    trace counters and source locations taken out, so the same computation compares equal
    across cells and processes."""

    name: str
    hlo: str  # short hash of the normalised HLO; "" when the dump had no HLO text

    @property
    def identity(self) -> str:
        return f"{self.name}#{self.hlo}" if self.hlo else self.name


@dataclass
class OutputArray:
    key: str  # step<k>/<output key>: list outputs by index, dict outputs by key
    shape: list[int]
    dtype: str
    stride: int = 1  # every stride-th element of the flattened array is kept (the cap bit)


@dataclass
class Outputs:
    """A cell's outputs, kept as arrays for parity checks: `file` is an .npz beside the
    record (relative to the run folder)."""

    file: str
    arrays: list[OutputArray] = field(default_factory=list)
    cap_bytes: int = 0
    capped: bool = False  # some array was subsampled to stay within cap_bytes
    skipped: list[str] = field(default_factory=list)  # outputs that could not be kept

    def array(self, key: str) -> OutputArray | None:
        return next((a for a in self.arrays if a.key == key), None)


def _not_negative(value: float | None) -> str | None:
    return None if value is None or value >= 0 else f"must not be negative, got {value!r}"


# A count or a time a cell measured (compilations, traces, seconds, MiB): below zero it was
# written by hand, and a report would show it as a measurement. Read with check_rule.
COUNT = {"rule": _not_negative}


@dataclass
class SteadyRuns:
    """A step's steady state (docs/cost.md): after its first predict, the model predicting
    fresh inputs of the same shape until the matrix's budget was spent. Never the cell's
    outcome: what stops it early is kept in `error`."""

    seconds: list[float] = field(default_factory=list)  # each timed run's wall time
    # what the runs after the first (the warm-up) compiled and traced: 0 and 0 are the norm
    compiles: int | None = field(default=None, metadata=COUNT)  # None: no dump folder
    traces: int | None = field(default=None, metadata=COUNT)  # None: not countable there
    error: str | None = None


@dataclass
class Step:
    """One build and forward pass of a scenario."""

    step: int
    N: int
    build_s: float | None = field(default=None, metadata=COUNT)
    predict_s: float | None = field(default=None, metadata=COUNT)
    jit_compile: bool | str | None = None  # as the model resolved it; "n/a" on old Keras
    outputs: list[dict[str, Any]] = field(default_factory=list)  # evidence.digest per output
    xla_modules_total: int | None = field(default=None, metadata=COUNT)
    # beside the verdict (docs/cost.md): the build and first predict's XLA compilations,
    # XLA's own time on them (the dump files' times) and the graphs they traced
    compiles: int | None = field(default=None, metadata=COUNT)
    compile_s: float | None = field(default=None, metadata=COUNT)
    traces: int | None = field(default=None, metadata=COUNT)
    # the process's RSS high-water mark at the step's start, and at its end
    rss_before_mb: float | None = field(default=None, metadata=COUNT)
    rss_mb: float | None = field(default=None, metadata=COUNT)
    steady: SteadyRuns | None = None  # None: off, or the step did not get there


@dataclass
class ChildFacts:
    """What the child saw, unjudged. Written by the child, read by the parent's classifier."""

    cell: Cell
    completed: bool = False
    interrupted: bool = False
    exception: ExceptionInfo | None = None
    stage: Stage | None = None
    steps: list[Step] = field(default_factory=list)
    xla_modules: list[XlaModule] | None = None  # None: no dump folder was given
    outputs: Outputs | None = None  # file relative to the child's work folder
    timings: dict[str, float] = field(default_factory=dict)
    fingerprint: Fingerprint = field(default_factory=Fingerprint)
    applied: dict[str, Any] = field(default_factory=dict)
    target_facts: dict[str, Any] = field(default_factory=dict)
    # the Python files of the target's tree (relative to its path) the cell imported
    target_files: list[str] = field(default_factory=list)
    pid: int | None = None
    nodes: list[NodeResult] = field(default_factory=list)  # a test target's, in run order
    schema: int = SCHEMA

    def to_json(self) -> dict[str, Any]:
        return to_dict(self)

    @classmethod
    def from_json(cls, data: Any) -> ChildFacts:
        if isinstance(data, dict):
            check_schema(data, "result")
        return from_dict(cls, data, "result", strict=False)


# --- the judged result ------------------------------------------------------------------


@dataclass
class XlaEvidence:
    """XLA modules the cell compiled (from the dump folder); None when not measured."""

    modules: int | None = None
    names: list[str] = field(default_factory=list)
    identities: list[str] = field(default_factory=list)  # XlaModule.identity, sorted
    # repeats of this cell compiled the same functions to different HLO: identities are not
    # evidence of a change where this is true (harness.results.outcome)
    identity_noise: bool = False


@dataclass
class ExitInfo:
    returncode: int | None = None
    timed_out: bool = False
    interrupted: bool = False


@dataclass
class Repeat:
    """One of K runs of a cell (--repeat)."""

    status: Status
    failure_class: str | None = None
    stage: str = ""
    xla_modules: int | None = None
    message: str = ""
    log: str | None = None


@dataclass
class CellRecord:
    """The judged result of one cell: status, failure class, one line, and the evidence."""

    cell: Cell
    role: Role
    status: Status
    failure_class: str | None = None  # a FailureClass, or a signal's name
    message: str = ""
    stage: Stage | None = None
    exception: ExceptionInfo | None = None
    steps: list[Step] = field(default_factory=list)
    xla: XlaEvidence = field(default_factory=XlaEvidence)
    outputs: Outputs | None = None  # file relative to the run folder
    timings: dict[str, float] = field(default_factory=dict)
    fingerprint: Fingerprint = field(default_factory=Fingerprint)
    applied: dict[str, Any] = field(default_factory=dict)
    target_facts: dict[str, Any] = field(default_factory=dict)
    target_files: list[str] = field(default_factory=list)  # ChildFacts.target_files
    run_id: str = ""
    started: str = ""
    finished: str = ""
    log: str | None = None  # relative to the run folder
    exit: ExitInfo | None = None
    isolation: str | None = None
    cache_key: str | None = None
    cached_from: str | None = None
    repeats: list[Repeat] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. a timeout retried with more time
    spec: CellSpec | None = None  # what ran: makes the record enough for a reproducer
    xla_dump: str | None = None  # a failing cell's HLO dumps, relative to the run folder
    nodes: list[NodeResult] = field(default_factory=list)  # a test target's, in run order
    schema: int = SCHEMA
    # where the record was read from: a fact of the reader, never taken from the file
    source: Path | None = field(default=None, compare=False, metadata={"json": False})

    @property
    def id(self) -> str:
        return self.cell.id

    @property
    def stage_text(self) -> str:
        return describe_stage(self.stage)

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS

    @property
    def xla_modules(self) -> int | None:
        return self.xla.modules

    @property
    def jit_flags(self) -> list[bool | str | None]:
        return [s.jit_compile for s in self.steps]

    def attach(self, facts: ChildFacts | None) -> None:
        """Copy what the child reported into the record, without interpreting it."""
        if facts is None:
            return
        self.exception = facts.exception
        self.steps = facts.steps
        if facts.xla_modules is not None:
            self.xla = XlaEvidence(
                len(facts.xla_modules),
                [m.name for m in facts.xla_modules],
                sorted(m.identity for m in facts.xla_modules),
            )
        self.timings.update({k: round(v, 4) for k, v in facts.timings.items()})
        self.fingerprint = facts.fingerprint
        self.applied = facts.applied
        self.target_facts = facts.target_facts
        self.nodes = facts.nodes
        self.target_files = facts.target_files

    def to_json(self) -> dict[str, Any]:
        data = to_dict(self)
        if self.spec is not None:
            data["spec"] = self.spec.to_json()
        # written for readers of the file (jq, CI views); derived again when read back
        return {"id": self.id, **data, "stage_text": self.stage_text}

    @classmethod
    def from_json(cls, data: Any, source: Path | None = None) -> CellRecord:
        """A record read from a file; ShapeError names the field that is wrong."""
        if not isinstance(data, dict):
            raise ShapeError("", f"not a cell record (a {type(data).__name__})")
        check_schema(data)
        if "id" not in data:
            raise ShapeError("", "missing required key 'id'")
        # the spec's matrix entries by matrix.toml's own rules: a reproducer is built from it
        record = from_dict(cls, data, "", strict=False, check=check_rule)
        if data["id"] != record.id:
            raise ShapeError("id", f"{data['id']!r} does not match its cell {record.id!r}")
        record.source = source
        return record


# --- the plan: what a run set out to do ---------------------------------------------------


@dataclass(frozen=True)
class PlannedCell:
    environment: str
    target: str
    scenario: str
    config: str
    role: Role
    context: str = ""
    # digest of the matrix entries the cell ran with: --resume reruns a cell whose changed
    definition: str = ""

    @property
    def cell(self) -> Cell:
        return Cell(self.environment, self.target, self.scenario, self.config, self.context)


@dataclass
class PlanSettings:
    rtol: float = defaults.RTOL
    atol: float = defaults.ATOL
    reference: str = defaults.REFERENCE
    controls: list[str] = field(default_factory=list)  # targets kept out of the decision


@dataclass
class Provenance:
    """What a run's verdicts rest on besides the matrix: the packages installed in the
    environment and the source hashes of the harness and of each target. Drift compares
    them with an earlier run's to say where a change came from."""

    harness: str = ""  # harness.run.cache.harness_digest()
    targets: dict[str, str] = field(default_factory=dict)  # target -> source digest
    packages: dict[str, str] = field(default_factory=dict)  # distribution -> version


@dataclass
class Plan:
    """Written before any cell runs, so that a cell that never reports shows as missing."""

    environment: str
    cells: list[PlannedCell]
    run_id: str = ""
    settings: PlanSettings = field(default_factory=PlanSettings)
    started: str = ""
    finished: str = ""
    complete: bool = False
    provenance: Provenance = field(default_factory=Provenance)

    def to_json(self) -> dict[str, Any]:
        return to_dict(self)

    @classmethod
    def from_json(cls, data: Any) -> Plan:
        return from_dict(cls, data, "", strict=False)


# --- verdicts.json -----------------------------------------------------------------------


@dataclass
class Verdict:
    environment: str
    scenario: str
    target: str
    config: str
    role: Role
    verdict: str  # a harness.judge.vocabulary.VerdictKind
    reason: str
    cells: list[str]
    evidence: dict[str, Any] = field(default_factory=dict)
    context: str = ""  # "" for the default context, else the context probe's name
    # False when the outputs the verdict rests on could not be checked (the reason says why)
    outputs_checked: bool = True
    shows: list[str] = field(default_factory=list)  # the cells whose behaviour it blames
    cost: Cost | None = None  # beside the verdict, never part of it (harness.judge.cost)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any, path: str = "") -> Verdict:
        """A verdict read back. Files written before `outputs_checked` existed said it only
        in the reason, which is where it is read from then."""
        if isinstance(data, dict) and "outputs_checked" not in data:
            reason = data.get("reason")
            data = {**data, "outputs_checked": "outputs unchecked" not in str(reason)}
        return from_dict(cls, data, path, strict=False)

    @property
    def key(self) -> str:
        return verdict_key(self.environment, self.scenario, self.target, self.config, self.context)

    @property
    def label(self) -> str:
        """The config as a column shows it: `no-xla-translate @ jit-compile`."""
        return config_label(self.config, self.context, " @ ")


@dataclass
class VerdictsFile:
    """verdicts.json: what history, drift and other tools read back."""

    meta: dict[str, Any]
    verdicts: list[Verdict]

    def to_json(self) -> dict[str, Any]:
        return {"meta": self.meta, "verdicts": [v.as_dict() for v in self.verdicts]}

    @classmethod
    def from_json(cls, data: Any) -> VerdictsFile:
        if not isinstance(data, dict):
            raise ShapeError("", f"must be a table, got {data!r}")
        verdicts = data.get("verdicts")
        if isinstance(verdicts, list):
            verdicts = [Verdict.from_json(v, f"verdicts[{i}]") for i, v in enumerate(verdicts)]
            data = {**data, "verdicts": verdicts}
        return from_dict(cls, data, "", strict=False)
