"""Expectations and drift: expected.toml records each verdict; --check names what changed.

A nightly run raises the alarm when a verdict changes: "this environment no longer needs the
workaround", "the new TF release now needs it", a cell that appeared or vanished.
"""

from __future__ import annotations

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
from harness.report.markdown import escape, problems_section
from harness.results.records import PlannedCell, Verdict
from harness.results.store import write_text_atomic

HEADER = """\
# Expected verdicts of xla-matrix: `environment / scenario / target / config` = verdict.
# Written by `nox -s report -- --write-expected`; `nox -s report -- --check` exits 1 and
# prints one line per change when a run's verdicts differ from these.
"""


def verdict_map(verdicts: Iterable[Verdict]) -> dict[str, str]:
    return {v.key: v.verdict for v in verdicts}


def _quote(text: str) -> str:
    """A TOML basic string (control characters as escapes: TOML forbids them raw)."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", text) + '"'


def write_expected(path: Path, verdicts: Iterable[Verdict], source: str) -> int:
    current = verdict_map(verdicts)
    source = re.sub(r"[\x00-\x1f\x7f]", "?", source)  # a comment ends at a line break
    lines = [HEADER, f"# from run {source}", "", "[verdicts]"]
    lines += [f"{_quote(key)} = {_quote(value)}" for key, value in sorted(current.items())]
    write_text_atomic(path, "\n".join(lines) + "\n")
    return len(current)


def load_expected(path: Path) -> dict[str, str]:
    try:
        data = tomllib.loads(path.read_text())
    except FileNotFoundError:
        raise UsageError(
            f"{path}: no expectations yet (write them with --write-expected)"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}") from None
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
