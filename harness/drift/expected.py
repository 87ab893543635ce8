"""Expectations and drift: expected.toml records each verdict; --check names what changed.

A nightly run raises the alarm when a verdict changes: "this environment no longer needs the
workaround", "the new TF release now needs it", a cell that appeared or vanished. Beside the
verdicts, expected.toml's `[cost]` table keeps each verdict's steady-state ratio per step
(harness.judge.cost); --check also names a ratio that moved beyond the noise since, as asv
flags a regression. A file without the table (written before costs) checks verdicts alone.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from harness.config.errors import UsageError
from harness.config.matrix import Role
from harness.config.names import verdict_key
from harness.judge.cost import moved, times
from harness.report.markdown import escape, problems_section
from harness.results.costs import Spread
from harness.results.records import PlannedCell, Verdict
from harness.results.store import write_text_atomic

HEADER = """\
# Expected verdicts of xla-matrix: `environment / scenario / target / config` = verdict.
# Written by `nox -s report -- --write-expected`; `nox -s report -- --check` exits 1 and
# prints one line per change when a run's verdicts differ from these, or a steady-state
# ratio of [cost] (`... / step k` = N, the ratio to the comparison cell, its range) moved
# beyond the noise (docs/cost.md).
"""


def verdict_map(verdicts: Iterable[Verdict]) -> dict[str, str]:
    return {v.key: v.verdict for v in verdicts}


def _quote(text: str) -> str:
    """A TOML basic string (control characters as escapes: TOML forbids them raw)."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", text) + '"'


def cost_map(verdicts: Iterable[Verdict]) -> dict[str, tuple[int, Spread]]:
    """`<verdict key> / step <k>` -> (N, the steady-state ratio) of every measured ratio."""
    out = {}
    for v in verdicts:
        for s in v.cost.ratios if v.cost else []:
            if s.ratio is not None:
                out[f"{v.key} / step {s.step}"] = (s.N, s.ratio)
    return out


def write_expected(path: Path, verdicts: Iterable[Verdict], source: str) -> int:
    verdicts = list(verdicts)
    current = verdict_map(verdicts)
    source = re.sub(r"[\x00-\x1f\x7f]", "?", source)  # a comment ends at a line break
    lines = [HEADER, f"# from run {source}", "", "[verdicts]"]
    lines += [f"{_quote(key)} = {_quote(value)}" for key, value in sorted(current.items())]
    costs = cost_map(verdicts)
    if costs:
        lines += ["", "[cost]"]
        for key, (n, r) in sorted(costs.items()):
            ratio = f"ratio = {r.median:.4g}, low = {r.low:.4g}, high = {r.high:.4g}"
            lines.append(f"{_quote(key)} = {{ N = {n}, {ratio} }}")
    write_text_atomic(path, "\n".join(lines) + "\n")
    return len(current)


def _read(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text())
    except FileNotFoundError:
        raise UsageError(
            f"{path}: no expectations yet (write them with --write-expected)"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}") from None


def load_expected_costs(path: Path) -> dict[str, tuple[int, Spread]]:
    """expected.toml's [cost] table ({} where there is none)."""
    table = _read(path).get("cost", {})
    out = {}
    if not isinstance(table, dict):
        raise UsageError(f"{path}: cost: must be a table")
    for key, entry in table.items():
        values = (
            [entry.get(k) for k in ("N", "ratio", "low", "high")] if isinstance(entry, dict) else []
        )
        if len(values) != 4 or not all(
            isinstance(x, int | float) and not isinstance(x, bool) and 0 < x < math.inf
            for x in values
        ):
            raise UsageError(
                f"{path}: cost.{key}: must be {{ N = <size>, ratio = <r>, low = <r>, high = <r> }}"
                f" of positive numbers, got {entry!r}"
            )
        n, ratio, low, high = values
        out[key] = (int(n), Spread(float(ratio), float(low), float(high)))
    return out


def load_expected(path: Path) -> dict[str, str]:
    data = _read(path)
    table = data.get("verdicts")
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise UsageError(f"{path}: verdicts: must be a table of strings")
    return table


@dataclass(frozen=True)
class Change:
    """One verdict that differs from its expectation; None where there was none."""

    key: str
    old: str | None
    new: str | None

    def __str__(self) -> str:
        if self.old is None:
            return f"{self.key}: new ({self.new})"
        if self.new is None:
            return f"{self.key}: vanished (was {self.old})"
        return f"{self.key}: {self.old} -> {self.new}"


def planned_keys(cells: Iterable[PlannedCell]) -> set[str]:
    """The verdict keys a run's plan sets out to judge: every workaround (in each context
    it planned) and probe (in the default context)."""
    keys = set()
    for c in cells:
        if c.role == Role.WORKAROUND or (c.role == Role.PROBE and not c.context):
            keys.add(verdict_key(c.environment, c.scenario, c.target, c.config, c.context))
    return keys


def compare(
    expected: dict[str, str], current: dict[str, str], planned: set[str] | None = None
) -> tuple[list[Change], int]:
    """The changes, in a stable order, and how many expectations lay outside the plan.

    With `planned` (the run's plan), an expectation the run never set out to judge (another
    target, scenario or environment of a narrowed run) is left out, not "vanished"."""
    in_scope = expected if planned is None else {k: v for k, v in expected.items() if k in planned}
    found = []
    for key in sorted(in_scope.keys() | current.keys()):
        old, new = in_scope.get(key), current.get(key)
        if old != new:
            found.append(Change(key, old, new))
    return found, len(expected) - len(in_scope)


@dataclass(frozen=True)
class CostChange:
    """A steady-state ratio that moved beyond the noise since the expected run."""

    key: str  # <verdict key> / step <k>
    N: int
    old: Spread
    new: Spread

    def __str__(self) -> str:
        return (
            f"{self.key} (N={self.N}): steady-state ratio {ratio_text(self.old)} -> "
            f"{ratio_text(self.new)}, moved beyond the noise"
        )


def ratio_text(r: Spread) -> str:
    return f"{times(r.median)} ({times(r.low)}-{times(r.high)})"


def compare_costs(
    expected: dict[str, tuple[int, Spread]],
    current: dict[str, tuple[int, Spread]],
    planned: set[str] | None = None,
) -> list[CostChange]:
    """The ratios measured in both runs (at the same N) that the noise rule tells apart.
    A ratio only one of them has is not a change of speed: a verdict change says why, if
    any."""
    found = []
    for key in sorted(expected.keys() & current.keys()):
        if planned is not None and key.rsplit(" / step ", 1)[0] not in planned:
            continue
        (n_old, old), (n_new, new) = expected[key], current[key]
        if n_old == n_new and moved(old, new):
            found.append(CostChange(key, n_new, old, new))
    return found


def summary(lines: list[str], problems: list[str], title: str = "Verdicts that changed") -> str:
    """The drift as Markdown for a CI job summary: every line escaped (verdict keys and
    problems carry names and text from artifacts), empty when nothing changed."""
    out = []
    if lines:
        out += [f"## {title}", ""]
        out += [f"- {escape(line)}" for line in lines]
        out.append("")
    out += problems_section(problems, "Problems with the results")
    return "\n".join(out)
