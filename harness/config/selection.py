"""Cells (environment x config x scenario x target) and the selection that narrows them;
the noxfile validates posargs with it before anything is installed."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from harness.config import defaults
from harness.config.companions import companion_problem
from harness.config.errors import UsageError
from harness.config.matrix import (
    ADAPTER_FACTORIES,
    ADAPTER_INPUTS,
    CONTROLS,
    TEST_SCENARIO,
    Config,
    Environment,
    Matrix,
    Role,
    Target,
    is_reference,
    matrix_file,
    requirements_problem,
    unknown_name,
)
from harness.config.names import Cell
from harness.config.pytest_target import (
    adhoc_test_target,
    is_test_spec,
    scenarios_of,
    with_requirements,
)


@dataclass
class Selection:
    """What a run covers: names per axis (empty = the tier's default)."""

    environments: list[str] = field(default_factory=list)
    configs: list[str] = field(default_factory=list)
    scenarios: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    target_path: str | None = None
    inputs: str | None = None  # package.module:callable giving every target's inputs
    with_: list[str] = field(default_factory=list)  # requirements added to every target
    tier: str = "quick"
    contexts: bool = True  # judge workarounds in each context probe too
    shard: tuple[int, int] | None = None  # (i, n): the i-th of n slices, 1-based


def add_matrix_argument(parser: argparse.ArgumentParser) -> None:
    """--matrix, for the commands that run cells (run, bisect, check): $XLA_MATRIX_FILE by
    default, as for report and repro, so that one variable names a project's matrix file."""
    parser.add_argument(
        "--matrix",
        type=Path,
        default=matrix_file(defaults.MATRIX),
        help="matrix file (default: $XLA_MATRIX_FILE, else ./matrix.toml)",
    )


def add_selection_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that narrow a run; shared by nox posargs and the CLI."""
    g = parser.add_argument_group("selection")
    g.add_argument(
        "-e", "--environment", dest="environments", action="append", default=[], metavar="NAME"
    )
    g.add_argument("-c", "--config", dest="configs", action="append", default=[], metavar="NAME")
    g.add_argument(
        "-s", "--scenario", dest="scenarios", action="append", default=[], metavar="NAME"
    )
    g.add_argument(
        "-t",
        "--target",
        dest="targets",
        action="append",
        default=[],
        metavar="NAME",
        help="a target of matrix.toml, a built-in adapter (ptycho), package.module:callable, "
        "a project's own tests: pytest:ARGS (node ids, files, -k/-m; with --target-path), "
        f"or {CONTROLS!r}: every control target (those the quick default leaves out too)",
    )
    g.add_argument(
        "--target-path", metavar="DIR", help="checkout put on sys.path for external targets"
    )
    g.add_argument(
        "--inputs",
        metavar="MODULE:FN",
        help="package.module:callable that makes the inputs of every selected target, called "
        "with (N, gridsize, batch, seed, step) or (N, batch, seed, step) (default: the "
        "target's own inputs hook, else random inputs for the model's input signature)",
    )
    g.add_argument(
        "--with",
        dest="with_",
        action="append",
        default=[],
        metavar="REQ",
        help="a requirement every selected target needs (repeatable), as uv run --with: "
        "installed into each environment beside its pins",
    )
    g.add_argument(
        "--tier",
        choices=("quick", "full"),
        default="quick",
        help="default selection of configs, scenarios and targets",
    )
    g.add_argument(
        "--no-contexts",
        dest="contexts",
        action="store_false",
        help="judge workarounds only without the context probes (e.g. jit-compile)",
    )
    g.add_argument(
        "--shard",
        metavar="I/N",
        help="run only the I-th of N slices of the cells (CI fan-out); a slice keeps each "
        "environment x target x scenario together",
    )


def selection_from_args(args: argparse.Namespace) -> Selection:
    return Selection(
        environments=list(args.environments),
        configs=list(args.configs),
        scenarios=list(args.scenarios),
        targets=list(args.targets),
        target_path=args.target_path,
        inputs=getattr(args, "inputs", None),
        with_=list(getattr(args, "with_", [])),
        tier=args.tier,
        contexts=getattr(args, "contexts", True),
        shard=parse_shard(args.shard) if getattr(args, "shard", None) else None,
    )


def resolve_targets(matrix: Matrix, selection: Selection) -> dict[str, Target]:
    """Targets by name: matrix.toml's, plus ad-hoc adapters and package.module:callable refs,
    each with the requirements given by --with."""
    if not selection.targets:
        chosen = [t for t in matrix.targets.values() if selection.tier == "full" or t.quick]
        if selection.target_path:
            chosen = [replace(t, path=selection.target_path) for t in chosen]
    else:
        chosen = [
            adhoc_target(matrix, name, selection.target_path)
            for name in expand_keywords(matrix, selection.targets)
        ]
    check_paths(matrix, selection, chosen)
    if selection.inputs is not None:
        if not is_reference(selection.inputs):
            raise UsageError(
                f"--inputs must look like package.module:callable, got {selection.inputs!r}"
            )
        chosen = [replace(t, inputs=selection.inputs) for t in chosen]
    extra = tuple(selection.with_)
    problem = requirements_problem(extra)
    if problem:
        raise UsageError(f"--with: {problem}")
    out: dict[str, Target] = {}
    for target in chosen:
        if extra:
            target = replace(target, requires=with_requirements(target, extra))
        for req in target.requires:
            problem = companion_problem(req)
            if problem:
                raise UsageError(f"target {target.name}: {problem}")
        out[target.name] = target
    return out


def expand_keywords(matrix: Matrix, names: list[str]) -> list[str]:
    """`controls` stands for every control target of the matrix, whatever its tier."""
    out: list[str] = []
    for name in names:
        if name == CONTROLS:
            controls = [t.name for t in matrix.targets.values() if t.control]
            if not controls:
                raise UsageError(f"-t {CONTROLS}: {matrix.path} has no control targets")
            out += controls
        else:
            out.append(name)
    return list(dict.fromkeys(out))


def check_paths(matrix: Matrix, selection: Selection, targets: list[Target]) -> None:
    """A target's path must be a folder before anything installs or runs: a wrong one would
    make every cell of it infra, one environment after another."""
    given = selection.target_path
    if given is not None and not Path(given).expanduser().is_dir():
        raise UsageError(f"--target-path: no folder {given!r} (from {Path.cwd()})")
    for target in targets:
        if target.path and not Path(target.path).expanduser().is_dir():
            raise UsageError(f"{matrix.path}: target.{target.name}.path: no folder {target.path!r}")


def adhoc_target(matrix: Matrix, name: str, path: str | None) -> Target:
    if name in matrix.targets:
        target = matrix.targets[name]
        return replace(target, path=path) if path else target
    if is_test_spec(name):
        return adhoc_test_target(name, path)
    if name in ADAPTER_FACTORIES:
        return Target(
            name=name,
            factory=ADAPTER_FACTORIES[name],
            adapter=name,
            path=path,
            inputs=ADAPTER_INPUTS.get(name),
        )
    if is_reference(name):
        return Target(name=target_name_for(name), factory=name, path=path)
    keywords = [CONTROLS] if any(t.control for t in matrix.targets.values()) else []
    error = unknown_name("target", name, [*matrix.targets, *keywords, *ADAPTER_FACTORIES])
    raise UsageError(f"{error}; or package.module:callable, or pytest:ARGS")


def target_name_for(ref: str) -> str:
    """A file-safe target name for a package.module:callable reference."""
    return re.sub(r"[^A-Za-z0-9_.-]", ".", ref)


def _pick(table: dict[str, Any], wanted: list[str], kind: str, default: list[Any]) -> list[Any]:
    if not wanted:
        return default
    picked = []
    for name in wanted:
        if name not in table:
            raise unknown_name(kind, name, table)
        if table[name] not in picked:
            picked.append(table[name])
    return picked


def select_environments(
    matrix: Matrix, selection: Selection, default: list[Environment]
) -> list[Environment]:
    return _pick(matrix.environments, selection.environments, "environment", default)


def select_cells(
    matrix: Matrix, selection: Selection, environments: list[Environment]
) -> list[Cell]:
    """Every cell of the selection for the given environments.

    Verdicts are comparisons, so what they compare with always runs: the baseline and the
    numerical reference when a workaround or probe is selected, and, for each workaround,
    each context probe alone and the workaround within it (unless contexts are off). A config
    that names its targets (`targets = [...]`) has cells for those alone: a config named on
    the command line that applies to none of the selected targets is a UsageError.
    """
    full = selection.tier == "full"
    configs = _pick(
        matrix.configs,
        selection.configs,
        "config",
        [c for c in matrix.configs.values() if full or c.quick],
    )
    scenarios = _pick(
        {**matrix.scenarios, TEST_SCENARIO.name: TEST_SCENARIO},
        selection.scenarios,
        "scenario",
        [s for s in matrix.scenarios.values() if full or s.quick],
    )
    targets = list(resolve_targets(matrix, selection).values())
    for config in configs if selection.configs else ():
        if not any(config.applies_to(t) for t in targets):
            raise UsageError(
                f"config {config.name} applies to {', '.join(config.targets)} only: "
                f"none of the selected targets ({', '.join(t.name for t in targets)})"
            )
    cells = [
        Cell(env.name, target.name, scenario.name, config, context)
        for env in environments
        for target in targets
        for scenario in scenarios_of(target, scenarios)
        for config, context in config_pairs(
            matrix, [c for c in configs if c.applies_to(target)], selection.contexts
        )
    ]
    if selection.shard:
        index, count = selection.shard
        groups = sorted({(c.environment, c.target, c.scenario) for c in cells})
        mine = {g for k, g in enumerate(groups) if k % count == index - 1}
        cells = [c for c in cells if (c.environment, c.target, c.scenario) in mine]
    return cells


def config_pairs(matrix: Matrix, configs: list[Config], contexts: bool) -> list[tuple[str, str]]:
    """(config, context) of one target's cells: the configs that apply to it, and what their
    verdicts compare with (the baseline, the reference, each context alone and each
    workaround within it)."""
    pairs = [(c.name, "") for c in configs]
    if any(c.role != Role.BASELINE for c in configs):
        comparisons = [c for c in matrix.configs.values() if c.role == Role.BASELINE]
        reference = matrix.configs.get(matrix.settings.reference)
        comparisons += [reference] if reference else []
        workarounds = [c for c in configs if c.role == Role.WORKAROUND]
        if workarounds and contexts:
            comparisons += matrix.contexts()
            pairs += [(w.name, ctx.name) for ctx in matrix.contexts() for w in workarounds]
        for c in reversed(comparisons):
            if (c.name, "") not in pairs:
                pairs.insert(0, (c.name, ""))
    return pairs


def parse_shard(text: str) -> tuple[int, int]:
    index, sep, count = text.partition("/")
    if not (sep and index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count)):
        raise UsageError(f"--shard must look like I/N with 1 <= I <= N, got {text!r}")
    return int(index), int(count)


def parse_posargs(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """argparse, but bad input is a UsageError (one line) instead of a usage dump."""
    try:
        args, extra = parser.parse_known_args(argv)
    except SystemExit as exc:
        if exc.code in (0, None):  # --help or --version: printed, done
            raise
        # argparse already printed its own one-line message
        raise UsageError("invalid arguments (see above)") from exc
    if extra:
        raise UsageError(f"unknown argument {extra[0]!r}")
    return args
