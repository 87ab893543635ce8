"""The matrix: environments, configs, scenarios and targets, loaded from matrix.toml.

This module is stdlib-only on purpose: the noxfile imports it in nox's own interpreter
to generate one session per environment, before any virtualenv exists.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

from harness.errors import UsageError

ROLES = ("baseline", "workaround", "probe")
DEVICES = ("cpu", "gpu")
TIERS = ("quick", "full")
KERAS_FLAVOURS = ("bundled", "keras3", "tf-keras")


class MatrixError(UsageError):
    """matrix.toml is malformed: always names the file and the key."""


@dataclass(frozen=True)
class Environment:
    """An installable set of pins: one nox session, one virtualenv."""

    name: str
    tensorflow: str  # a release such as "2.15.1", or "nightly"
    keras: str = "bundled"  # bundled | keras3 | tf-keras
    keras_version: str | None = None  # pin for keras 3 or tf-keras
    device: str = "cpu"
    tier: str = "full"
    python: str | None = None
    pins: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    description: str = ""

    @property
    def nightly(self) -> bool:
        return self.tensorflow == "nightly"

    @property
    def tags(self) -> list[str]:
        tags = [self.device, self.keras]
        if self.nightly:
            tags.append("nightly")
        return tags

    def requirements(self) -> list[str]:
        """Requirements installed with their dependencies."""
        if self.nightly:
            tf = "tf-nightly"
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
            return [f"tf-keras=={self.keras_version}"] if self.keras_version else ["tf-keras"]
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
    role: str
    env: dict[str, str] = field(default_factory=dict)
    run_functions_eagerly: bool = False
    jit_compile: bool | None = None  # force model.jit_compile; None leaves the model alone
    description: str = ""
    quick: bool = True


@dataclass(frozen=True)
class Scenario:
    """Model builds and forward passes in one process."""

    name: str
    sizes: tuple[int, ...]
    gridsize: int = 2
    batch: int = 1
    clear_session: bool = True
    seed: int = 0
    description: str = ""
    quick: bool = True


@dataclass(frozen=True)
class Target:
    """The model factory under test."""

    name: str
    factory: str  # "package.module:callable"
    path: str | None = None  # a checkout put on sys.path in the child
    setup: str | None = None  # "package.module:callable" called with (N, gridsize) before builds
    inputs: str | None = (
        None  # "package.module:callable" (N, gridsize, batch, seed, step) -> inputs
    )
    adapter: str | None = None  # a built-in adapter such as "ptycho"
    pins: tuple[str, ...] = ()
    description: str = ""
    quick: bool = True


@dataclass(frozen=True)
class Settings:
    timeout: float = 300.0
    rtol: float = 1e-3
    atol: float = 1e-4


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
        return _lookup(self.scenarios, name, "scenario")

    def target(self, name: str) -> Target:
        return _lookup(self.targets, name, "target")

    def quick_environments(self) -> list[Environment]:
        return [e for e in self.environments.values() if e.tier == "quick"]


def _lookup(table: dict[str, Any], name: str, kind: str) -> Any:
    try:
        return table[name]
    except KeyError:
        valid = ", ".join(table) or "(none)"
        raise UsageError(f"unknown {kind} {name!r}; valid: {valid}") from None


# --- loading and validation -------------------------------------------------------------

_Check = Callable[[Any], bool]

_STR: _Check = lambda v: isinstance(v, str)  # noqa: E731
_BOOL: _Check = lambda v: isinstance(v, bool)  # noqa: E731
_INT: _Check = lambda v: isinstance(v, int) and not isinstance(v, bool)  # noqa: E731
_NUM: _Check = lambda v: isinstance(v, int | float) and not isinstance(v, bool)  # noqa: E731
_STRS: _Check = lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)  # noqa: E731
_INTS: _Check = lambda v: (  # noqa: E731
    isinstance(v, list) and bool(v) and all(_INT(x) and x > 0 for x in v)
)
_ENV: _Check = lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values())  # noqa: E731

_TYPE_NAMES = {
    _STR: "a string",
    _BOOL: "true or false",
    _INT: "an integer",
    _NUM: "a number",
    _STRS: "a list of strings",
    _INTS: "a non-empty list of positive integers",
    _ENV: "a table of strings",
}

_SCHEMA: dict[str, dict[str, tuple[_Check, bool]]] = {
    # key: (check, required)
    "environment": {
        "name": (_STR, True),
        "tensorflow": (_STR, True),
        "keras": (_STR, False),
        "keras_version": (_STR, False),
        "device": (_STR, False),
        "tier": (_STR, False),
        "python": (_STR, False),
        "pins": (_STRS, False),
        "env": (_ENV, False),
        "description": (_STR, False),
    },
    "config": {
        "name": (_STR, True),
        "role": (_STR, True),
        "env": (_ENV, False),
        "run_functions_eagerly": (_BOOL, False),
        "jit_compile": (_BOOL, False),
        "description": (_STR, False),
        "quick": (_BOOL, False),
    },
    "scenario": {
        "name": (_STR, True),
        "sizes": (_INTS, True),
        "gridsize": (_INT, False),
        "batch": (_INT, False),
        "clear_session": (_BOOL, False),
        "seed": (_INT, False),
        "description": (_STR, False),
        "quick": (_BOOL, False),
    },
    "target": {
        "name": (_STR, True),
        "factory": (_STR, False),
        "adapter": (_STR, False),
        "path": (_STR, False),
        "setup": (_STR, False),
        "inputs": (_STR, False),
        "pins": (_STRS, False),
        "description": (_STR, False),
        "quick": (_BOOL, False),
    },
    "settings": {
        "timeout": (_NUM, False),
        "rtol": (_NUM, False),
        "atol": (_NUM, False),
    },
}

_CHOICES = {
    ("environment", "keras"): KERAS_FLAVOURS,
    ("environment", "device"): DEVICES,
    ("environment", "tier"): TIERS,
    ("config", "role"): ROLES,
}

ADAPTER_FACTORIES = {"ptycho": "harness.targets.ptycho:create_model"}


def load_matrix(path: str | Path) -> Matrix:
    """Read and validate matrix.toml; any problem is one MatrixError naming file and key."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MatrixError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MatrixError(f"{path}: not valid TOML: {exc}") from None
    return parse_matrix(data, path)


def parse_matrix(data: dict[str, Any], path: Path) -> Matrix:
    unknown = set(data) - {"settings", "environment", "config", "scenario", "target"}
    if unknown:
        raise MatrixError(
            f"{path}: unknown key {sorted(unknown)[0]!r} (expected settings, environment, config, scenario, target)"
        )
    settings_raw = data.get("settings", {})
    if not isinstance(settings_raw, dict):
        raise MatrixError(f"{path}: settings: must be a table")
    _check_table(settings_raw, "settings", "settings", path)
    settings = Settings(**{k: float(v) for k, v in settings_raw.items()})

    environments = _parse_axis(data, "environment", path, _make_environment)
    configs = _parse_axis(data, "config", path, _make_config)
    scenarios = _parse_axis(data, "scenario", path, _make_scenario)
    targets = _parse_axis(data, "target", path, _make_target)
    baselines = [c.name for c in configs.values() if c.role == "baseline"]
    if len(baselines) != 1:
        raise MatrixError(
            f'{path}: config: exactly one config must have role = "baseline" (found {len(baselines)})'
        )
    return Matrix(path, settings, environments, configs, scenarios, targets)


def _parse_axis(
    data: dict[str, Any], kind: str, path: Path, make: Callable[[dict[str, Any], str], Any]
) -> dict[str, Any]:
    entries = data.get(kind)
    if not isinstance(entries, list) or not entries:
        raise MatrixError(f"{path}: {kind}: needs at least one [[{kind}]] table")
    out: dict[str, Any] = {}
    for i, entry in enumerate(entries):
        where = f"{kind}[{i}]"
        if not isinstance(entry, dict):
            raise MatrixError(f"{path}: {where}: must be a table")
        _check_table(entry, kind, where, path)
        name = entry["name"]
        where = f"{kind}.{name}"
        if not name or any(c in name for c in " /\\[]:*?"):
            raise MatrixError(
                f"{path}: {where}.name: must be non-empty, without spaces or / \\ [ ] : * ?"
            )
        if name in out:
            raise MatrixError(f"{path}: {where}: duplicate {kind} name {name!r}")
        out[name] = make(entry, f"{path}: {where}")
    return out


def _check_table(entry: dict[str, Any], kind: str, where: str, path: Path) -> None:
    schema = _SCHEMA[kind]
    label = f"{kind}.{entry['name']}" if isinstance(entry.get("name"), str) else where
    for key, value in entry.items():
        if key not in schema:
            raise MatrixError(f"{path}: {label}.{key}: unknown key (valid: {', '.join(schema)})")
        check, _ = schema[key]
        if not check(value):
            raise MatrixError(f"{path}: {label}.{key}: must be {_TYPE_NAMES[check]}, got {value!r}")
        choices = _CHOICES.get((kind, key))
        if choices and value not in choices:
            raise MatrixError(
                f"{path}: {label}.{key}: must be one of {', '.join(choices)}, got {value!r}"
            )
    for key, (_, required) in schema.items():
        if required and key not in entry:
            raise MatrixError(f"{path}: {label}: missing required key {key!r}")


def _make_environment(e: dict[str, Any], where: str) -> Environment:
    keras = e.get("keras", "bundled")
    if keras == "tf-keras" and e.get("tensorflow") != "nightly" and "keras_version" not in e:
        raise MatrixError(f"{where}.keras_version: tf-keras needs a pin matching TensorFlow")
    return Environment(
        name=e["name"],
        tensorflow=e["tensorflow"],
        keras=keras,
        keras_version=e.get("keras_version"),
        device=e.get("device", "cpu"),
        tier=e.get("tier", "full"),
        python=e.get("python"),
        pins=tuple(e.get("pins", ())),
        env=dict(e.get("env", {})),
        description=e.get("description", ""),
    )


def _make_config(e: dict[str, Any], where: str) -> Config:
    return Config(
        name=e["name"],
        role=e["role"],
        env=dict(e.get("env", {})),
        run_functions_eagerly=e.get("run_functions_eagerly", False),
        jit_compile=e.get("jit_compile"),
        description=e.get("description", ""),
        quick=e.get("quick", True),
    )


def _make_scenario(e: dict[str, Any], where: str) -> Scenario:
    for key in ("gridsize", "batch"):
        if key in e and e[key] < 1:
            raise MatrixError(f"{where}.{key}: must be at least 1")
    return Scenario(
        name=e["name"],
        sizes=tuple(e["sizes"]),
        gridsize=e.get("gridsize", 2),
        batch=e.get("batch", 1),
        clear_session=e.get("clear_session", True),
        seed=e.get("seed", 0),
        description=e.get("description", ""),
        quick=e.get("quick", True),
    )


def _make_target(e: dict[str, Any], where: str) -> Target:
    adapter = e.get("adapter")
    factory = e.get("factory")
    if adapter is not None:
        if adapter not in ADAPTER_FACTORIES:
            raise MatrixError(
                f"{where}.adapter: unknown adapter {adapter!r} (valid: {', '.join(ADAPTER_FACTORIES)})"
            )
        factory = factory or ADAPTER_FACTORIES[adapter]
    if not factory:
        raise MatrixError(f'{where}: needs factory = "package.module:callable" or adapter')
    for key, ref in (("factory", factory), ("setup", e.get("setup")), ("inputs", e.get("inputs"))):
        if ref is not None and not is_reference(ref):
            raise MatrixError(f"{where}.{key}: must look like package.module:callable, got {ref!r}")
    return Target(
        name=e["name"],
        factory=factory,
        path=e.get("path"),
        setup=e.get("setup"),
        inputs=e.get("inputs"),
        adapter=adapter,
        pins=tuple(e.get("pins", ())),
        description=e.get("description", ""),
        quick=e.get("quick", True),
    )


def is_reference(ref: str) -> bool:
    """True for 'package.module:callable'."""
    module, sep, attr = ref.partition(":")
    return (
        bool(sep and module and attr)
        and all(p.isidentifier() for p in module.split("."))
        and all(p.isidentifier() for p in attr.split("."))
    )


def names(items: Iterable[Any]) -> list[str]:
    return [i.name for i in items]
