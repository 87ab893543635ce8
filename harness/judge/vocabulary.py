"""The verdicts and statuses as readers see them: one entry each, with everything every
report needs (legend text, terminal style, HTML colours, short form).

Adding a verdict is one member of VerdictKind plus its rule in harness.judge.verdicts; the
legend, the terminal styles, the HTML classes, `--fail-on` and `--bad-if verdict=` choices
all come from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from harness.config.typed import StrEnum
from harness.results.records import Status

Scope = Literal["workaround", "probe", "any"]


class VerdictKind(StrEnum):
    """A verdict: its name (what verdicts.json and expected.toml hold) and how every report
    shows it. Each member is one entry: (name, which configs it can be said of, legend,
    terminal style, HTML background[, HTML foreground[, short terminal form]])."""

    scope: Scope
    legend: str
    style: str  # rich style in the terminal
    background: str  # HTML cell colour
    foreground: str
    short: str | None  # terminal form where the name is too wide

    def __new__(
        cls,
        name: str,
        scope: Scope,
        legend: str,
        style: str,
        background: str,
        foreground: str = "",
        short: str | None = None,
    ) -> VerdictKind:
        member = str.__new__(cls, name)
        member._value_ = name
        member.scope = scope
        member.legend = legend
        member.style = style
        member.background = background
        member.foreground = foreground
        member.short = short
        return member

    NOT_NEEDED = (
        "not needed",
        "workaround",
        "baseline passes with XLA; the workaround passes and changes the XLA evidence: it can go",
        "bold green",
        "#b9e6b0",
    )
    INERT = (
        "inert",
        "workaround",
        "both pass, nothing measurable changes: the switch no longer reaches its code",
        "yellow",
        "#fbe7a1",
    )
    NEEDED = (
        "needed",
        "workaround",
        "baseline fails, the workaround passes",
        "bold red",
        "#f2a19a",
    )
    INEFFECTIVE = (
        "ineffective",
        "workaround",
        "baseline fails, this workaround fails the same way (class and stage)",
        "magenta",
        "#e3b6e8",
        "",
        "ineffect.",
    )
    FAILS_DIFFERENTLY = (
        "fails differently",
        "workaround",
        "baseline fails, this workaround fails another way (class or stage in the reason)",
        "magenta",
        "#ecd0ee",
        "",
        "differs",
    )
    BROKEN = (
        "broken",
        "workaround",
        "baseline and every workaround fail, none in XLA: not an XLA problem",
        "red",
        "#d98880",
    )
    MASKED = (
        "masked",
        "workaround",
        "baseline fails in XLA, every workaround gets past it (fails later) and fails some "
        "other way",
        "bold red",
        "#e07b6a",
    )
    UNFIXED = (
        "unfixed",
        "workaround",
        "baseline fails in XLA, this workaround fails the same way and none passes: nothing "
        "gets past the XLA failure",
        "bold red",
        "#e8907f",
    )
    HARMFUL = (
        "harmful",
        "workaround",
        "baseline passes, the workaround fails",
        "bold magenta",
        "#c06bd0",
        "#fff",
    )
    VACUOUS = (
        "vacuous",
        "any",
        "baseline (or a probe) passes but XLA compiled nothing: the pass proves nothing about XLA",
        "dim yellow",
        "#eee8c8",
        "#6d6640",
    )
    WRONG_OUTPUT = (
        "wrong output",
        "workaround",
        "passes, but its outputs (or the baseline's) differ from the reference beyond tolerance",
        "bold red reverse",
        "#b03020",
        "#fff",
        "WRONG-OUT",
    )
    HOLDS = (
        "holds",
        "probe",
        "probe (XLA forced harder) passes, outputs agree",
        "green",
        "#cdeccf",
    )
    BREAKS = (
        "breaks",
        "probe",
        "probe (XLA forced harder) fails, or its outputs differ",
        "red",
        "#f5c0b8",
    )
    INCONCLUSIVE = (
        "inconclusive",
        "any",
        "a cell timed out or ran out of memory while building or predicting: a hang is not "
        "evidence about XLA, decided neither way",
        "blue",
        "#c9d6e8",
        "",
        "inconcl.",
    )
    FLAKY = ("flaky", "any", "the outcome varied between repeats", "magenta", "#d9c2f0")
    INFRA = (
        "infra",
        "any",
        "a cell could not run (install, dependency, import, timeout before the model, "
        "mismatched fingerprints): says nothing about the model",
        "blue",
        "#bcd3f2",
    )
    MISSING = ("missing", "any", "a cell never reported a result", "dim", "#dcdcdf", "#55555a")

    @property
    def slug(self) -> str:
        return slug(self.value)

    @property
    def terminal(self) -> str:
        return self.short or self.value


def slug(name: str) -> str:
    """CSS-safe form of a verdict or status name."""
    return name.replace(" ", "-")


# by name: a verdict read back from a file is a plain string
VERDICTS: dict[str, VerdictKind] = {v.value: v for v in VerdictKind}


def verdicts_for(scope: Literal["workaround", "probe"]) -> tuple[str, ...]:
    """Verdict names that can be said of a workaround (or of a probe)."""
    return tuple(v.value for v in VerdictKind if v.scope in (scope, "any"))


WORKAROUND_VERDICTS = verdicts_for("workaround")
PROBE_VERDICTS = verdicts_for("probe")


@dataclass(frozen=True)
class StatusLook:
    """How a cell's status shows in a baseline column."""

    short: str
    style: str
    background: str


_BLUE = "#bcd3f2"  # could not run: infra
_GREY = "#dcdcdf"  # no result: missing, or stopped before it ended
_RED = "#f7d2cd"
STATUS_LOOKS: dict[Status, StatusLook] = {
    Status.PASS: StatusLook("pass", "green", "#e4f4e1"),
    Status.FAIL: StatusLook("FAIL", "red", _RED),
    Status.TIMEOUT: StatusLook("TIMEOUT", "bold red", _RED),
    Status.CRASH: StatusLook("CRASH", "bold red", _RED),
    Status.OOM: StatusLook("OOM", "bold red", _RED),
    Status.INFRA: StatusLook("infra", "bold blue", _BLUE),
    Status.INTERRUPTED: StatusLook("interrupted", "dim", _GREY),
    Status.MISSING: StatusLook("missing", "dim", _GREY),
    Status.FLAKY: StatusLook("flaky", "magenta", "#d9c2f0"),
}
BASELINE_LEGEND = ("pass/FAIL", "baseline status; (n) = XLA modules compiled")


def legend() -> dict[str, str]:
    """Every verdict's legend line, then the baseline column's."""
    return {**{v.value: v.legend for v in VerdictKind}, BASELINE_LEGEND[0]: BASELINE_LEGEND[1]}


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
    for v in VerdictKind:
        fg = f" color: {v.foreground};" if v.foreground else ""
        rules.append(f".v-{v.slug} {{ background: {v.background};{fg} }}")
    for status, look in STATUS_LOOKS.items():
        rules.append(f".v-s-{slug(status.value)} {{ background: {look.background}; }}")
    return rules
