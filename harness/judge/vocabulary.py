"""The verdicts and statuses as readers see them: one entry each, with everything every
report needs (legend text, terminal style, HTML colours, short form).

Adding a verdict is one entry here plus its rule in harness.judge.verdicts; the legend, the
terminal styles, the HTML classes and `--bad-if verdict=` choices all come from this table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from harness.results.records import Status


@dataclass(frozen=True)
class VerdictKind:
    name: str
    kind: Literal["workaround", "probe", "any"]  # which configs it can be said of
    legend: str
    style: str  # rich style in the terminal
    background: str  # HTML cell colour
    foreground: str = ""
    short: str | None = None  # terminal form where the name is too wide

    @property
    def slug(self) -> str:
        return slug(self.name)

    @property
    def terminal(self) -> str:
        return self.short or self.name


def slug(name: str) -> str:
    """CSS-safe form of a verdict or status name."""
    return name.replace(" ", "-")


_VERDICTS = (
    VerdictKind(
        "not needed",
        "workaround",
        "baseline passes with XLA; the workaround passes and changes the XLA evidence: it can go",
        "bold green",
        "#b9e6b0",
    ),
    VerdictKind(
        "inert",
        "workaround",
        "both pass, nothing measurable changes: the switch no longer reaches its code",
        "yellow",
        "#fbe7a1",
    ),
    VerdictKind(
        "needed", "workaround", "baseline fails, the workaround passes", "bold red", "#f2a19a"
    ),
    VerdictKind(
        "ineffective",
        "workaround",
        "baseline fails, this workaround fails the same way (class and stage)",
        "magenta",
        "#e3b6e8",
        short="ineffect.",
    ),
    VerdictKind(
        "fails differently",
        "workaround",
        "baseline fails, this workaround fails another way (class or stage in the reason)",
        "magenta",
        "#ecd0ee",
        short="differs",
    ),
    VerdictKind(
        "broken",
        "workaround",
        "baseline and every workaround fail, none in XLA: not an XLA problem",
        "red",
        "#d98880",
    ),
    VerdictKind(
        "masked",
        "workaround",
        "baseline fails in XLA, every workaround gets past it and fails some other way",
        "bold red",
        "#e07b6a",
    ),
    VerdictKind(
        "unfixed",
        "workaround",
        "baseline fails in XLA, this workaround fails the same way and none passes: nothing "
        "gets past the XLA failure",
        "bold red",
        "#e8907f",
    ),
    VerdictKind(
        "harmful",
        "workaround",
        "baseline passes, the workaround fails",
        "bold magenta",
        "#c06bd0",
        "#fff",
    ),
    VerdictKind(
        "vacuous",
        "any",
        "baseline (or a probe) passes but XLA compiled nothing: the pass proves nothing about XLA",
        "dim yellow",
        "#eee8c8",
        "#6d6640",
    ),
    VerdictKind(
        "wrong output",
        "workaround",
        "passes, but its outputs differ from the reference (eager) beyond tolerance",
        "bold red reverse",
        "#b03020",
        "#fff",
        short="WRONG-OUT",
    ),
    VerdictKind(
        "holds", "probe", "probe (XLA forced harder) passes, outputs agree", "green", "#cdeccf"
    ),
    VerdictKind(
        "breaks",
        "probe",
        "probe (XLA forced harder) fails, or its outputs differ",
        "red",
        "#f5c0b8",
    ),
    VerdictKind(
        "inconclusive",
        "any",
        "a cell timed out or ran out of memory while building or predicting: a hang is not "
        "evidence about XLA, decided neither way",
        "blue",
        "#c9d6e8",
        short="inconcl.",
    ),
    VerdictKind("flaky", "any", "the outcome varied between repeats", "magenta", "#d9c2f0"),
    VerdictKind(
        "infra",
        "any",
        "a cell could not run (install, dependency, import, timeout before the model, "
        "mismatched fingerprints): says nothing about the model",
        "blue",
        "#bcd3f2",
    ),
    VerdictKind("missing", "any", "a cell never reported a result", "blue", "#bcd3f2"),
)
VERDICTS: dict[str, VerdictKind] = {v.name: v for v in _VERDICTS}


def verdicts_for(kind: Literal["workaround", "probe"]) -> tuple[str, ...]:
    """Verdict names that can be said of a workaround (or of a probe)."""
    return tuple(v.name for v in _VERDICTS if v.kind in (kind, "any"))


WORKAROUND_VERDICTS = verdicts_for("workaround")
PROBE_VERDICTS = verdicts_for("probe")


@dataclass(frozen=True)
class StatusLook:
    """How a cell's status shows in a baseline column."""

    short: str
    style: str
    background: str


_BLUE = "#bcd3f2"
_RED = "#f7d2cd"
STATUS_LOOKS: dict[Status, StatusLook] = {
    Status.PASS: StatusLook("pass", "green", "#e4f4e1"),
    Status.FAIL: StatusLook("FAIL", "red", _RED),
    Status.TIMEOUT: StatusLook("TIMEOUT", "bold red", _RED),
    Status.CRASH: StatusLook("CRASH", "bold red", _RED),
    Status.OOM: StatusLook("OOM", "bold red", _RED),
    Status.INFRA: StatusLook("infra", "bold blue", _BLUE),
    Status.INTERRUPTED: StatusLook("interrupted", "bold blue", _BLUE),
    Status.MISSING: StatusLook("missing", "bold blue", _BLUE),
    Status.FLAKY: StatusLook("flaky", "bold blue", _BLUE),
}
BASELINE_LEGEND = ("pass/FAIL", "baseline status; (n) = XLA modules compiled")


def legend() -> dict[str, str]:
    """Every verdict's legend line, then the baseline column's."""
    return {**{v.name: v.legend for v in _VERDICTS}, BASELINE_LEGEND[0]: BASELINE_LEGEND[1]}


def style_of(kind: str) -> str:
    """Terminal style of a table entry's kind: a verdict name or `status:<status>`."""
    if kind.startswith("status:"):
        look = STATUS_LOOKS.get(Status(kind.removeprefix("status:")))
        return look.style if look else ""
    entry = VERDICTS.get(kind)
    return entry.style if entry else ""


def css_rules() -> list[str]:
    """One CSS rule per verdict and status class, for the HTML report."""
    rules = []
    for v in _VERDICTS:
        fg = f" color: {v.foreground};" if v.foreground else ""
        rules.append(f".v-{v.slug} {{ background: {v.background};{fg} }}")
    for status, look in STATUS_LOOKS.items():
        rules.append(f".v-s-{slug(status.value)} {{ background: {look.background}; }}")
    return rules
