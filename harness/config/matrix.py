"""The matrix: environments, configs, scenarios and targets, loaded from matrix.toml.

The noxfile imports it in nox's own interpreter to generate one session per environment,
before any virtualenv exists: besides the standard library it needs only `packaging`, a
dependency of nox itself.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, Specifier
from packaging.version import InvalidVersion, Version

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

from harness.config import defaults
from harness.config.errors import UsageError
from harness.config.typed import ShapeError, StrEnum, did_you_mean, fields_of, from_dict


class Role(StrEnum):
    """What a config is for."""

    BASELINE = "baseline"  # what users run
    WORKAROUND = "workaround"  # a known escape hatch
    PROBE = "probe"  # XLA forced harder


Device = Literal["cpu", "gpu"]
Tier = Literal["quick", "full"]
KerasFlavour = Literal["bundled", "keras3", "tf-keras"]

ADAPTER_FACTORIES = {"ptycho": "harness.targets.ptycho:create_model"}
# The one scenario of a test target (`pytest = [...]`): its tests choose their own sizes.
TEST_SCENARIO_NAME = "pytest"
# The inputs an adapter's models take (a target's own `inputs` wins).
ADAPTER_INPUTS = {"ptycho": "harness.targets.ptycho:make_inputs"}
# What an adapter imports from the project while it builds (the preflight imports them).
ADAPTER_IMPORTS = {"ptycho": ("ptycho.params", "ptycho.probe", "ptycho.model")}
NAME_MAX = 64
_NAME = re.compile(r"[A-Za-z0-9._+-]*")


class MatrixError(UsageError):
    """matrix.toml is malformed: always names the file and the key."""


def check_name(name: str) -> str | None:
    """None for a usable name, else why not. Names become session ids, venv folders and
    file names, so they stay short, printable and free of path syntax."""
    if not name:
        return "must not be empty"
    if len(name) > NAME_MAX:
        return f"must be at most {NAME_MAX} characters"
    if not _NAME.fullmatch(name):
        return "may hold only letters, digits and . _ + -"
    if name[0] in ".-":
        return "must not start with '.' or '-'"
    return None


def is_reference(ref: str) -> bool:
    """True for 'package.module:callable'."""
    module, sep, attr = ref.partition(":")
    return (
        bool(sep and module and attr)
        and all(p.isidentifier() for p in module.split("."))
        and all(p.isidentifier() for p in attr.split("."))
    )


# Rules beyond a field's type, in field metadata: "rule" maps the converted value to a
# problem (None when fine), said as it is; "shape" replaces the type's words when the value
# is not of the field's type.
def _rule(rule: Callable[[Any], str | None], shape: str | None = None) -> dict[str, Any]:
    return {"rule": rule, "shape": shape} if shape else {"rule": rule}


def _at_least_1(value: int) -> str | None:
    return None if value >= 1 else f"must be at least 1, got {value!r}"


def _positive_sizes(value: tuple[int, ...]) -> str | None:
    if value and all(n > 0 for n in value):
        return None
    return f"must be a non-empty list of positive integers, got {list(value)!r}"


def _callable_ref(value: str | None) -> str | None:
    """`package.module:callable`, or not given (None, or "": a test target has no factory)."""
    if not value or is_reference(value):
        return None
    return f"must look like package.module:callable, got {value!r}"


def requirements_problem(value: tuple[str, ...]) -> str | None:
    """Pins go to the installer as arguments: an option there (--index-url, -e) would
    change where or how everything is installed, and a malformed one would fail only when
    an environment installs it, as infra, after the environments before it ran."""
    for req in value:
        if not req.strip() or req.lstrip().startswith("-"):
            return f"must be requirements such as 'pandas>=2', not pip options, got {req!r}"
        try:
            Requirement(req)
        except InvalidRequirement as exc:
            why = str(exc).splitlines()[0] if str(exc) else "invalid"
            return f"not a valid requirement {req!r} ({why})"
    return None


def _target_names(value: tuple[str, ...]) -> str | None:
    if not value:
        return None  # every target
    for name in value:
        if is_reference(name) or (name and not check_name(name)):
            continue
        return f"must name targets, adapters or package.module:callable factories, got {name!r}"
    return None


# What a control target is expected to give: a verdict, in a context if it shows there, e.g.
# "broken" or "harmful @ jit-compile". The verdict's name is checked against the judge's
# vocabulary where the run and the report read it (harness.report.controls); here its shape.
_EXPECTATION = re.compile(r"[a-z][a-z ]*[a-z]( @ [A-Za-z0-9._+-]+)?")
# -t controls selects every control target: no target may take the name
CONTROLS = "controls"


def _expectation(value: str) -> str | None:
    if not value or _EXPECTATION.fullmatch(value):
        return None
    return f'must be a verdict, optionally "@ context", such as "broken" or "harmful @ jit-compile", got {value!r}'


def _nightly_build(value: str | None) -> str | None:
    if value is None or re.fullmatch(r"\d+(\.\d+)*\.dev\d{8}", value):
        return None
    return f"must be a tf-nightly version such as 2.23.0.dev20261026, got {value!r}"


def version_problem(value: str | None, wildcard: bool = False) -> str | None:
    """None for a version such as 2.21.0 (with `wildcard`, also 2.21.*), else why not: the
    value is written into a requirement (tensorflow-cpu==<value>), where a marker or a
    second requirement would change what installs or make it install nothing."""
    if value is None:
        return None
    try:
        if wildcard and value.endswith(".*"):
            Specifier(f"=={value}")
        else:
            Version(value)
        if value.strip() != value:
            raise InvalidVersion(value)
    except (InvalidVersion, InvalidSpecifier):
        return f"must be a version such as 2.21.0, got {value!r}"
    return None


def _tensorflow_version(value: str) -> str | None:
    return None if value == "nightly" else version_problem(value)


def _pin_version(value: str | None) -> str | None:
    return version_problem(value, wildcard=True)


def _pytest_args(value: tuple[str, ...]) -> str | None:
    if any(not arg.strip() for arg in value):
        return f"must be pytest arguments (node ids, files, -k/-m expressions), got {list(value)!r}"
    return None


_REFERENCE = _rule(_callable_ref)
_REQUIREMENTS = _rule(requirements_problem)
_TF_MINOR = re.compile(r"\d+\.\d+")


def _pins_by_environment(value: dict[str, tuple[str, ...]]) -> str | None:
    """Keys are checked against the environments later (parse_matrix); values here."""
    for key, reqs in value.items():
        problem = requirements_problem(reqs)
        if problem:
            return f"{key}: {problem}"
    return None


def tf_minor(tensorflow: str) -> str:
    """'2.15' for '2.15.1', 'nightly' for the nightly: what companions and pins are keyed by."""
    if tensorflow == "nightly":
        return tensorflow
    return ".".join(tensorflow.split(".")[:2])


@dataclass(frozen=True)
class Environment:
    """An installable set of pins: one nox session, one virtualenv."""

    name: str
    # a release such as "2.15.1", or "nightly"
    tensorflow: str = field(metadata=_rule(_tensorflow_version))
    # an exact tf-nightly build such as "2.23.0.dev20261026"; None takes the newest
    build: str | None = field(default=None, metadata=_rule(_nightly_build))
    keras: KerasFlavour = "bundled"
    keras_version: str | None = field(  # pin for keras 3 or tf-keras: 3.15.1 or 3.15.*
        default=None, metadata=_rule(_pin_version)
    )
    device: Device = "cpu"
    tier: Tier = "full"
    python: str | None = None  # the interpreter nox builds this environment's venv with
    pins: tuple[str, ...] = field(default=(), metadata=_REQUIREMENTS)
    env: dict[str, str] = field(default_factory=dict)
    description: str = ""

    @property
    def nightly(self) -> bool:
        return self.tensorflow == "nightly"

    @property
    def tf_minor(self) -> str:
        return tf_minor(self.tensorflow)

    @property
    def tags(self) -> list[str]:
        tags = [self.device, self.keras]
        if self.nightly:
            tags.append("nightly")
        return tags

    def requirements(self) -> list[str]:
        """Requirements installed with their dependencies."""
        if self.nightly:
            tf = f"tf-nightly=={self.build}" if self.build else "tf-nightly"
        elif self.device == "gpu":
            tf = f"tensorflow[and-cuda]=={self.tensorflow}"
        else:
            tf = f"tensorflow-cpu=={self.tensorflow}"
        reqs = [tf]
        if self.keras == "keras3" and self.keras_version:
            reqs.append(f"keras=={self.keras_version}")
        return [*reqs, *self.pins]

    def requirements_no_deps(self) -> list[str]:
        """Requirements installed without dependencies.

        tf-keras declares a dependency on the full `tensorflow` package, which would be
        installed beside tensorflow-cpu; its real dependencies come with TensorFlow.
        """
        if self.keras == "tf-keras":
            name = "tf-keras-nightly" if self.nightly else "tf-keras"  # follows tf-nightly
            return [f"{name}=={self.keras_version}"] if self.keras_version else [name]
        return []

    def cell_env(self) -> dict[str, str]:
        """Variables every cell of this environment sets before TensorFlow is imported."""
        env = dict(self.env)
        if self.keras == "tf-keras":
            env.setdefault("TF_USE_LEGACY_KERAS", "1")
        return env


@dataclass(frozen=True)
class Config:
    """How XLA is set up inside a cell."""

    name: str
    role: Role
    env: dict[str, str] = field(default_factory=dict)
    run_functions_eagerly: bool = False
    jit_compile: bool | None = None  # force model.jit_compile; None leaves the model alone
    # a probe that stands for what a platform does by itself (jit-compile: Keras 3 on a GPU):
    # every workaround is judged again with it applied, against the probe alone
    context: bool = False
    # the targets whose own switch it is, each by name, adapter ("ptycho") or factory
    # ("package.module:callable"); empty: every target. What verdicts compare with (the
    # baseline, the reference, a context) applies to every target.
    targets: tuple[str, ...] = field(default=(), metadata=_rule(_target_names))
    description: str = ""
    quick: bool = True

    def applies_to(self, target: Target) -> bool:
        """Whether this config has cells for `target` (and verdicts about it)."""
        if not self.targets:
            return True
        return bool({target.name, target.adapter, target.factory} & set(self.targets))

    def within(self, context: Config) -> Config:
        """This config with a context probe applied on top, as one cell runs it."""
        return Config(
            name=f"{self.name}@{context.name}",
            role=self.role,
            env={**self.env, **context.env},
            run_functions_eagerly=self.run_functions_eagerly or context.run_functions_eagerly,
            jit_compile=self.jit_compile if context.jit_compile is None else context.jit_compile,
            description=f"{self.name} where {context.name} is in force",
            quick=self.quick,
        )


@dataclass(frozen=True)
class Scenario:
    """Model builds and forward passes in one process."""

    name: str
    sizes: tuple[int, ...] = field(
        metadata=_rule(_positive_sizes, "a non-empty list of positive integers")
    )
    gridsize: int = field(default=2, metadata=_rule(_at_least_1))
    batch: int = field(default=1, metadata=_rule(_at_least_1))
    clear_session: bool = True
    seed: int = 0
    description: str = ""
    quick: bool = True


@dataclass(frozen=True)
class Target:
    """The model factory under test."""

    name: str
    factory: str = field(default="", metadata=_REFERENCE)  # "" in matrix.toml: the adapter's
    path: str | None = None  # a checkout put on sys.path in the child
    # "package.module:callable" called with (N, gridsize) before builds
    setup: str | None = field(default=None, metadata=_REFERENCE)
    # "package.module:callable" (N, gridsize, batch, seed, step) -> inputs
    inputs: str | None = field(default=None, metadata=_REFERENCE)
    adapter: str | None = None  # a built-in adapter such as "ptycho"
    # installed into every environment that runs it (companions resolved per TF version)
    requires: tuple[str, ...] = field(default=(), metadata=_REQUIREMENTS)
    # added where one version cannot serve all: keyed by environment name, TF minor ("2.15")
    # or "nightly"
    pins: dict[str, tuple[str, ...]] = field(
        default_factory=dict,
        hash=False,
        metadata=_rule(
            _pins_by_environment,
            "a table of environment name or TensorFlow minor -> requirements, "
            '{ "2.15" = ["pandas<2.2"] } (for every environment use requires = [...])',
        ),
    )
    control: bool = False  # a built-in control, known to break: kept out of a project's decision
    # what a control is expected to give (a verdict, "@ context" where it shows there): its
    # failures are labelled expected as they happen, and the report says whether it held
    expect: str = field(default="", metadata=_rule(_expectation))
    description: str = ""
    quick: bool = True
    # a test target: pytest's arguments (node ids, files, folders, -k/-m expressions), run in
    # `path` instead of a factory (harness.config.pytest_target, docs/test-targets.md)
    pytest: tuple[str, ...] = field(default=(), metadata=_rule(_pytest_args))

    @property
    def is_test(self) -> bool:
        return bool(self.pytest)

    @property
    def expected_context(self) -> str:
        """The context of `expect` ("" for the default one)."""
        return self.expect.partition(" @ ")[2]

    @property
    def expected_verdict(self) -> str:
        return self.expect.partition(" @ ")[0]

    @property
    def modules(self) -> tuple[str, ...]:
        """The modules a cell imports from this target: its references' and its adapter's."""
        refs = (self.factory, self.setup, self.inputs)
        names = [ref.partition(":")[0] for ref in refs if ref]
        return tuple(dict.fromkeys([*names, *ADAPTER_IMPORTS.get(self.adapter or "", ())]))

    @property
    def own_packages(self) -> frozenset[str]:
        """Top-level names that are the target itself (not a dependency of it)."""
        mine = [m for m in self.modules if not m.startswith("harness.")]
        return frozenset(m.split(".")[0] for m in mine)

    def requirements_for(self, environment: Environment) -> tuple[str, ...]:
        """What this target needs in that environment, before companions are resolved."""
        keys = (environment.name, environment.tf_minor)
        extra = [req for key in keys for req in self.pins.get(key, ())]
        return tuple(dict.fromkeys([*self.requires, *extra]))


@dataclass(frozen=True)
class SteadyState:
    """The budget of each step's steady state (docs/cost.md): after the first predict, timed
    runs on fresh inputs of the same shape until at least `runs` ran and they took at least
    `seconds`, stopping at `max_seconds` of wall for the step whatever is left. runs = 0
    turns it off."""

    runs: int = defaults.STEADY_RUNS
    seconds: float = defaults.STEADY_SECONDS
    max_seconds: float = defaults.STEADY_MAX_SECONDS

    @property
    def on(self) -> bool:
        return self.runs > 0


STEADY_OFF = SteadyState(runs=0)


def _steady_problem(value: SteadyState | int) -> str | None:
    if isinstance(value, int):
        return None if value == 0 else f"must be 0 (off) or a table, got {value!r}"
    if value.runs < 0:
        return f"runs must be 0 or more, got {value.runs!r}"
    if value.seconds < 0:
        return f"seconds must be 0 or more, got {value.seconds!r}"
    if not value.max_seconds > 0:
        return f"max_seconds must be more than 0, got {value.max_seconds!r}"
    return None


@dataclass(frozen=True)
class Settings:
    timeout: float = defaults.TIMEOUT_S
    rtol: float = defaults.RTOL
    atol: float = defaults.ATOL
    reference: str = defaults.REFERENCE  # the config whose outputs the others are compared with
    outputs_mb: float = defaults.OUTPUTS_MB
    # the steady-state budget of every step; 0 turns it off (read it as `steady`)
    steady_state: SteadyState | int = field(
        default_factory=SteadyState,
        metadata=_rule(
            _steady_problem,
            "a table such as { runs = 4, seconds = 0.05, max_seconds = 1.0 }, or 0 to turn "
            "the steady state off",
        ),
    )

    @property
    def outputs_cap_bytes(self) -> int:
        return defaults.cap_bytes(self.outputs_mb)

    @property
    def steady(self) -> SteadyState:
        """The steady-state budget, `steady_state = 0` read as runs = 0."""
        value = self.steady_state
        return value if isinstance(value, SteadyState) else STEADY_OFF


@dataclass(frozen=True)
class Matrix:
    path: Path
    settings: Settings
    environments: dict[str, Environment]
    configs: dict[str, Config]
    scenarios: dict[str, Scenario]
    targets: dict[str, Target]

    def environment(self, name: str) -> Environment:
        return _lookup(self.environments, name, "environment")

    def config(self, name: str) -> Config:
        return _lookup(self.configs, name, "config")

    def scenario(self, name: str) -> Scenario:
        if name == TEST_SCENARIO_NAME:
            return TEST_SCENARIO
        return _lookup(self.scenarios, name, "scenario")

    def target(self, name: str) -> Target:
        return _lookup(self.targets, name, "target")

    def quick_environments(self) -> list[Environment]:
        return [e for e in self.environments.values() if e.tier == "quick"]

    @property
    def config_variables(self) -> frozenset[str]:
        """Every variable some config sets: no cell inherits these from the shell."""
        return frozenset(k for c in self.configs.values() for k in c.env)

    def contexts(self) -> list[Config]:
        return [c for c in self.configs.values() if c.context]


def unknown_name(kind: str, name: str, valid: Iterable[str]) -> UsageError:
    """The one message for a name that is not in the matrix, with a near miss if any."""
    valid = list(valid)
    return UsageError(
        f"unknown {kind} {name!r}; valid: {', '.join(valid) or '(none)'}{did_you_mean(name, valid)}"
    )


def _lookup(table: dict[str, Any], name: str, kind: str) -> Any:
    try:
        return table[name]
    except KeyError:
        raise unknown_name(kind, name, table) from None


# --- loading and validation -------------------------------------------------------------

_AXES: dict[str, type[Any]] = {
    "environment": Environment,
    "config": Config,
    "scenario": Scenario,
    "target": Target,
}


HARNESS_MATRIX = Path(__file__).resolve().parents[2] / "matrix.toml"
INHERITED = ("environment", "config", "scenario", "target")
MATRIX_FILE_VARIABLE = "XLA_MATRIX_FILE"
_Default = TypeVar("_Default", Path, None)


def matrix_file(default: _Default, *, cwd: Path | None = None) -> Path | _Default:
    """The matrix file named by $XLA_MATRIX_FILE (a project's own xla-matrix.toml), else
    `default`. A relative path is taken from `cwd` (default: the current directory): the
    noxfile gives the folder nox was started in, since nox changes to the noxfile's folder
    before importing it."""
    value = os.environ.get(MATRIX_FILE_VARIABLE, "")
    if not value:
        return default
    path = Path(value).expanduser()
    if not path.is_absolute():
        path = (cwd or Path.cwd()) / path
    return path.resolve()


def load_matrix(path: str | Path, base: Path | None = HARNESS_MATRIX) -> Matrix:
    """Read and validate a matrix file; any problem is one MatrixError naming file and key.

    A project's own file (xla-matrix.toml) may hold only what it changes: each of
    environment, config, scenario and target that it leaves out comes from `base` (the
    harness's matrix.toml), and its settings are laid over base's. Its configs are added to
    base's (`add_configs`); its environments, scenarios and targets, where it writes any,
    replace base's. Relative target paths are relative to the file that declares them.
    """
    path = Path(path).absolute()
    data = _read_toml(path)
    own_settings = data.get("settings", {})
    inherited_configs: frozenset[str] = frozenset()
    if base is not None and base.is_file() and not _same_file(base, path):
        inherited = _read_toml(base)
        _resolve_paths(inherited, base)
        for key in INHERITED:
            if key not in data and key in inherited:
                data[key] = inherited[key]
                if key == "config":
                    inherited_configs = frozenset(_names(inherited[key]))
            elif key == "config" and key in inherited:
                data[key], inherited_configs = add_configs(inherited[key], data[key])
        if "settings" in inherited:
            settings = data.get("settings", {})
            if isinstance(settings, dict):
                data["settings"] = {**inherited["settings"], **settings}
    _resolve_paths(data, path)
    return parse_matrix(data, path, own_settings, inherited_configs)


def _names(entries: Any) -> list[str]:
    if not isinstance(entries, list):
        return []
    return [e["name"] for e in entries if isinstance(e, dict) and isinstance(e.get("name"), str)]


def add_configs(base: Any, own: Any) -> tuple[Any, frozenset[str]]:
    """A project's [[config]] tables laid over the harness's: one of a new name is added,
    one of a harness config's name changes the keys it writes (`targets = [...]` alone
    makes the harness's switch apply to the project's target); so a project that adds one
    switch keeps the baseline, the reference and the contexts. A file that writes a config
    with `role = "baseline"` lists all its configs, as every file did before configs were
    added: its list is the whole list. Returns the list and the names of the configs that
    came from `base` untouched."""
    if not isinstance(base, list) or not isinstance(own, list):
        return own, frozenset()
    if any(isinstance(e, dict) and e.get("role") == Role.BASELINE.value for e in own):
        return own, frozenset()
    mine = {e["name"]: e for e in own if isinstance(e, dict) and isinstance(e.get("name"), str)}
    merged = [
        {**e, **mine[e["name"]]} if isinstance(e, dict) and e.get("name") in mine else e
        for e in base
    ]
    added = [e for e in own if not (isinstance(e, dict) and e.get("name") in _names(base))]
    return [*merged, *added], frozenset(_names(base)) - set(mine)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MatrixError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MatrixError(f"{path}: not valid TOML: {exc}") from None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _resolve_paths(data: dict[str, Any], path: Path) -> None:
    """Target paths relative to the matrix file's folder, made absolute (before any other
    file's tables are mixed in, so each path keeps its own file's folder)."""
    targets = data.get("target")
    if not isinstance(targets, list):
        return
    for entry in targets:
        if isinstance(entry, dict) and isinstance(entry.get("path"), str) and entry["path"]:
            target_path = Path(entry["path"]).expanduser()
            if not target_path.is_absolute():
                entry["path"] = str((path.parent / target_path).resolve())


def parse_matrix(
    data: dict[str, Any],
    path: Path,
    own_settings: Any = None,
    inherited_configs: frozenset[str] = frozenset(),
) -> Matrix:
    """`own_settings`: the settings the file itself wrote (the rest may be inherited);
    `inherited_configs`: the configs that came from the harness's matrix (their `targets`
    may name the harness's targets, which the file may have replaced)."""
    top = ["settings", *_AXES]
    for key in data:
        if key not in top:
            raise MatrixError(
                f"{path}: unknown key {key!r}{did_you_mean(key, top)} (expected {', '.join(top)})"
            )
    settings: Settings = _typed(Settings, data.get("settings", {}), "settings", path)
    environments = _parse_axis(data, "environment", path)
    for env in environments.values():
        if env.keras == "tf-keras" and not env.nightly and env.keras_version is None:
            raise MatrixError(
                f"{path}: environment.{env.name}.keras_version: tf-keras needs a pin matching TensorFlow"
            )
        if env.build is not None and not env.nightly:
            raise MatrixError(
                f'{path}: environment.{env.name}.build: only for tensorflow = "nightly"'
            )
    configs = _parse_axis(data, "config", path)
    scenarios = _parse_axis(data, "scenario", path)
    if TEST_SCENARIO_NAME in scenarios:
        raise MatrixError(
            f"{path}: scenario.{TEST_SCENARIO_NAME}: the name is the scenario of test targets"
        )
    targets = {
        name: _finish_target(t, f"{path}: target.{name}", environments)
        for name, t in _parse_axis(data, "target", path).items()
    }
    for c in configs.values():
        if c.context and c.role != Role.PROBE:
            raise MatrixError(f"{path}: config.{c.name}.context: only a probe can be a context")
        if c.context:
            for w in configs.values():
                clash = {k for k in c.env.keys() & w.env.keys() if c.env[k] != w.env[k]}
                if w.role == Role.WORKAROUND and clash:
                    raise MatrixError(
                        f"{path}: config.{c.name}.context: sets {sorted(clash)[0]} differently "
                        f"from workaround {w.name}, so the two cannot apply together"
                    )
    for c in configs.values():
        _check_applies_to(c, settings, targets, path, c.name in inherited_configs)
    baselines = [c.name for c in configs.values() if c.role == Role.BASELINE]
    if len(baselines) != 1:
        raise MatrixError(
            f'{path}: config: exactly one config must have role = "baseline" (found {len(baselines)})'
        )
    # The default reference may be missing: a matrix without it runs with outputs unchecked.
    ref = settings.reference
    written = own_settings if own_settings is not None else data.get("settings", {})
    if isinstance(written, dict) and "reference" in written and ref not in configs:
        raise MatrixError(
            f"{path}: settings.reference: names no config {ref!r}{did_you_mean(ref, configs)}"
            f" (valid: {', '.join(configs)})"
        )
    return Matrix(path, settings, environments, configs, scenarios, targets)


def _check_applies_to(
    config: Config, settings: Settings, targets: dict[str, Target], path: Path, inherited: bool
) -> None:
    """What verdicts compare with applies to every target; a config written in this file
    names targets that exist (an adapter or a factory reference matches ad-hoc targets)."""
    if not config.targets:
        return
    where = f"{path}: config.{config.name}.targets"
    if config.role == Role.BASELINE or config.context or config.name == settings.reference:
        what = (
            "the baseline"
            if config.role == Role.BASELINE
            else "a context"
            if config.context
            else "the reference (settings.reference)"
        )
        raise MatrixError(
            f"{where}: {what} is what verdicts compare with: it applies to every target"
        )
    if inherited:
        return
    known = [*targets, *ADAPTER_FACTORIES]
    for name in config.targets:
        if name not in known and not is_reference(name):
            raise MatrixError(
                f"{where}: no target {name!r}{did_you_mean(name, known)} (valid: targets, "
                f"adapters ({', '.join(ADAPTER_FACTORIES)}) or package.module:callable)"
            )


def _parse_axis(data: dict[str, Any], kind: str, path: Path) -> dict[str, Any]:
    entries = data.get(kind)
    if not isinstance(entries, list) or not entries:
        raise MatrixError(f"{path}: {kind}: needs at least one [[{kind}]] table")
    out: dict[str, Any] = {}
    for i, entry in enumerate(entries):
        where = f"{kind}[{i}]"
        name = entry.get("name") if isinstance(entry, dict) else None
        if isinstance(name, str):
            problem = check_name(name)
            if problem:  # labelled by position: the name itself may not print
                raise MatrixError(f"{path}: {where}.name: {problem}, got {name!r}")
            where = f"{kind}.{name}"
        item = _typed(_AXES[kind], entry, where, path)
        if item.name in out:
            raise MatrixError(f"{path}: {where}: duplicate {kind} name {item.name!r}")
        out[item.name] = item
    return out


class RuleError(ShapeError):
    """A value of the right type that breaks a field's rule: its own words say what is wrong."""


def _typed(cls: type[Any], entry: Any, where: str, path: Path) -> Any:
    """`cls` from one table, its problems as one MatrixError."""
    try:
        return from_dict(cls, entry, where, check=check_rule)
    except RuleError as exc:
        raise MatrixError(f"{path}: {exc}") from None
    except ShapeError as exc:
        key = re.split(r"[.\[]", exc.path[len(where) + 1 :], maxsplit=1)[0]
        known = fields_of(cls).get(key) if exc.path.startswith(where + ".") else None
        shape = known.metadata.get("shape") if known else None
        if shape:
            raise MatrixError(
                f"{path}: {where}.{key}: must be {shape}, got {entry[key]!r}"
            ) from None
        raise MatrixError(f"{path}: {exc}") from None


def check_rule(where: str, f: dataclasses.Field[Any], value: Any) -> None:
    """A field's own rule (its metadata "rule"), for from_dict: matrix.toml's entries, and
    the same entries when a cell's spec is read back from a record."""
    rule = f.metadata.get("rule")
    problem = rule(value) if rule else None
    if problem:
        raise RuleError(where, problem)


def _finish_target(target: Target, where: str, environments: dict[str, Environment]) -> Target:
    """The adapter's factory where the table names none; pins keyed by something real."""
    if target.name == CONTROLS:
        raise MatrixError(
            f"{where}.name: {CONTROLS!r} is reserved: -t {CONTROLS} selects every control"
        )
    if target.expect and not target.control:
        raise MatrixError(
            f"{where}.expect: only a control target (control = true) has an expectation"
        )
    for key in target.pins:
        if key not in environments and key != "nightly" and not _TF_MINOR.fullmatch(key):
            raise MatrixError(
                f"{where}.pins: {key!r} is neither an environment{did_you_mean(key, environments)}"
                ' nor a TensorFlow minor such as "2.15" or "nightly"'
            )
    if target.pytest:
        return _finish_test_target(target, where)
    if target.adapter is not None and target.factory:
        raise MatrixError(
            f"{where}: has both factory = {target.factory!r} and adapter = {target.adapter!r};"
            " an adapter brings its own factory: keep one"
        )
    if target.adapter is not None:
        if target.adapter not in ADAPTER_FACTORIES:
            raise MatrixError(
                f"{where}.adapter: unknown adapter {target.adapter!r}"
                f"{did_you_mean(target.adapter, ADAPTER_FACTORIES)}"
                f" (valid: {', '.join(ADAPTER_FACTORIES)})"
            )
        target = dataclasses.replace(
            target,
            factory=ADAPTER_FACTORIES[target.adapter],
            inputs=target.inputs or ADAPTER_INPUTS.get(target.adapter),
        )
    if not target.factory:
        raise MatrixError(f'{where}: needs factory = "package.module:callable" or adapter')
    return target


# The scenario every test target runs in: one pytest session per cell. Its sizes are the
# tests' own; nothing reads these fields for a test target.
TEST_SCENARIO = Scenario(
    name=TEST_SCENARIO_NAME,
    sizes=(1,),
    description="a test target's own tests, one pytest session",
)
PYTEST_REQUIREMENT = "pytest"
_REQUIREMENT_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def requirement_name(req: str) -> str:
    """The canonical distribution name a requirement names ('Py_Test>=8' -> 'py-test')."""
    match = _REQUIREMENT_NAME.match(req)
    return re.sub(r"[-_.]+", "-", match.group(1)).lower() if match else ""


def _finish_test_target(target: Target, where: str) -> Target:
    """A test target runs pytest in its path: no factory, setup, inputs or adapter; pytest
    itself is installed with what it requires, unless it names its own pytest."""
    for key in ("factory", "adapter", "setup", "inputs"):
        if getattr(target, key):
            raise MatrixError(
                f"{where}: has both pytest = [...] and {key} = {getattr(target, key)!r};"
                " a test target runs its tests instead of a factory: keep one"
            )
    if not target.path:
        raise MatrixError(f'{where}: a test target needs path = "..." (the folder pytest runs in)')
    if any(requirement_name(r) == PYTEST_REQUIREMENT for r in target.requires):
        return target
    return dataclasses.replace(target, requires=(*target.requires, PYTEST_REQUIREMENT))
