"""The spike's gate, from the verdicts: per target, for each workaround, remove it, keep it
(needed where), or say why it cannot be decided; and the blockers to file, with evidence.

Per environment first (a workaround is judged in every scenario and context there), then
summed per target. Control targets are decided too but labelled and kept apart: they are
known to break, and a project's gate must not count them.
"""

from __future__ import annotations

import re
import sys
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from harness.config.matrix import Role
from harness.judge.vocabulary import VerdictKind
from harness.results.records import Verdict
from harness.results.untrusted import printable

REMOVABLE = frozenset({VerdictKind.NOT_NEEDED, VerdictKind.INERT})
BLOCKING = frozenset(
    {VerdictKind.BROKEN, VerdictKind.MASKED, VerdictKind.HARMFUL, VerdictKind.WRONG_OUTPUT}
)
Action = Literal["remove", "keep", "undecided"]


CONTROL_LABEL = "control"  # a known case: decided, but never part of a project's gate
_GRAPH_COUNTER = re.compile(r"(__inference_\w+?)_\d+\b")


@dataclass
class Blocker:
    verdict: str
    line: str  # the informative line of the failure (or the output difference)
    cell: str  # the cell that shows it
    where: str  # environment / scenario / config
    also: list[str] = field(default_factory=list)  # other cells showing the same failure

    @property
    def text(self) -> str:
        more = ""
        if self.also:
            envs = list(dict.fromkeys(c.split("/", 1)[0] for c in self.also))
            more = f"; also {len(self.also)} more cell(s) in {', '.join(envs)}"
        return f"blocker: {self.line} ({self.cell}; {self.verdict}{more})"

    @property
    def identity(self) -> str:
        """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
        bug: said once, naming every environment that shows it."""
        line = _GRAPH_COUNTER.sub(r"\1_N", self.line)
        return f"{self.verdict}:{line}"


@dataclass
class WorkaroundDecision:
    workaround: str
    action: Action
    where: dict[str, list[str]] = field(default_factory=dict)  # environment -> what, where
    unchecked: list[str] = field(default_factory=list)  # where outputs could not be checked

    @property
    def text(self) -> str:
        if self.action == "remove":
            note = f" (outputs unchecked in {', '.join(self.unchecked)})" if self.unchecked else ""
            return f"remove {self.workaround}: not needed or inert everywhere it was judged{note}"
        grouped: dict[tuple[str, ...], list[str]] = {}
        for env, what in self.where.items():  # environments that say the same, said once
            grouped.setdefault(tuple(what), []).append(env)
        places = "; ".join(
            f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items()
        )
        if self.action == "keep":
            return f"keep {self.workaround}: needed in {places}"
        return f"undecided {self.workaround}: {places}"


@dataclass
class TargetDecision:
    target: str
    control: bool
    workarounds: list[WorkaroundDecision]
    blockers: list[Blocker]
    environments: dict[str, dict[str, Action]]  # environment -> workaround -> action

    @property
    def lines(self) -> list[str]:
        return [w.text for w in self.workarounds] + [b.text for b in self.blockers]

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "lines": self.lines}


def _place(v: Verdict) -> str:
    return f"{v.scenario} @ {v.context}" if v.context else v.scenario


def _action(verdicts: list[Verdict]) -> Action:
    kinds = {v.verdict for v in verdicts}
    if VerdictKind.NEEDED in kinds:
        return "keep"
    if kinds and kinds <= REMOVABLE:
        return "remove"
    return "undecided"


def _blocker(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    own = v.verdict in (VerdictKind.HARMFUL, VerdictKind.WRONG_OUTPUT)
    side = v.evidence.get("config" if own else "baseline", {})
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT else (side.get("message") or v.reason)
    cell = side.get("id") or (v.cells[-1] if v.cells else "?")
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def decide(
    verdicts: list[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, []).append(v)
    decisions = []
    for target, tv in by_target.items():
        workarounds = list(dict.fromkeys(v.config for v in tv))
        envs = list(dict.fromkeys(v.environment for v in tv))
        per_env: dict[str, dict[str, Action]] = {}
        decided = []
        for w in workarounds:
            where: dict[str, list[str]] = {}
            actions = []
            for env in envs:
                mine = [v for v in tv if v.config == w and v.environment == env]
                if not mine:
                    continue
                action = _action(mine)
                per_env.setdefault(env, {})[w] = action
                actions.append(action)
                if action == "keep":
                    where[env] = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
                elif action == "undecided":
                    where[env] = [
                        f"{v.verdict} in {_place(v)}" for v in mine if v.verdict not in REMOVABLE
                    ]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
            unchecked = [
                f"{v.environment} {_place(v)}"
                for v in tv
                if v.config == w and not v.outputs_checked
            ]
            decided.append(WorkaroundDecision(w, overall, where, unchecked))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def decision_lines(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def fail_on_exit(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 0
