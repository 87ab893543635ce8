"""The spike's gate, from the verdicts: per target, for each workaround, remove it, keep it
(needed where), or say why it cannot be decided; and the blockers to file, with evidence.

Per environment first (a workaround is judged in every scenario and context there), then
summed per target. What the gate promises (checked over generated verdicts in
tests/test_judge_properties.py):

- remove: every verdict of the workaround, in every environment, is not needed or inert with
  its outputs checked against a reference that ran; or vacuous in the default context where
  the same scenario's context verdict is removable (nothing compiles on CPU, and where
  jit_compile compiles it, it is not needed and matches the reference);
- keep: needed in some environment; the line names every environment where it is also
  harmful;
- undecided otherwise, with what stands in the way (a verdict, outputs unchecked, no
  evidence), never a guess;
- a blocker for every broken, masked, unfixed, harmful and wrong-output verdict, against the
  cell that shows it.

Control targets are decided too but labelled and kept apart: they are known to break, and a
project's gate (and --fail-on) must not count them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from harness.config.matrix import Role
from harness.judge import cost
from harness.judge.vocabulary import VerdictKind
from harness.results.costs import CostSummary
from harness.results.records import Verdict
from harness.results.untrusted import printable

REMOVABLE = frozenset({VerdictKind.NOT_NEEDED, VerdictKind.INERT})
BLOCKING = frozenset(
    {
        VerdictKind.BROKEN,
        VerdictKind.MASKED,
        VerdictKind.UNFIXED,
        VerdictKind.HARMFUL,
        VerdictKind.WRONG_OUTPUT,
    }
)
Action = Literal["remove", "keep", "undecided"]


CONTROL_LABEL = "control"  # a known case: decided, but never part of a project's gate
_GRAPH_COUNTER = re.compile(r"(__inference_\w+?)_\d+\b")
_CUT_SLACK = 40  # characters: longer than the longest difference of those names
# Keras's own predict-step function, named by the Keras version (2: run_step, 3:
# one_step_on_data, ...): one model failing alike under either is one bug
# the size a scenario's step ran at: the same failure at the first predict whichever size
# a scenario starts with (n128-then-64, n64-then-128) is one bug
_STEP_SIZE = re.compile(r"( step \d+) \(N=\d+\)")
_KERAS_STEP = re.compile(
    r"__inference_(run_step|one_step_on_data|one_step_on_iterator|predict_function|predict_step)\b"
)


@dataclass
class Blocker:
    verdict: str
    line: str  # the informative line of the failure (or the output difference)
    cell: str  # the cell that shows it
    where: str  # environment / scenario / config
    also: list[str] = field(default_factory=list)  # other cells showing the same failure

    @property
    def text(self) -> str:
        return blocker_text(self)

    @property
    def identity(self) -> str:
        return blocker_identity(self)


def blocker_text(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.partition("/")[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def blocker_identity(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters, Keras's name for
    its predict step and the size the step ran at aside) are one bug: said once, naming every
    environment that shows it."""
    line = _GRAPH_COUNTER.sub(lambda m: m[1], b.line)  # __inference_f_12: __inference_f
    line = _KERAS_STEP.sub("__inference_<Keras predict step>", line)
    line = _STEP_SIZE.sub(r"\1", line)
    if line.endswith(("...", "…")):
        # a message cut to the record's length ends earlier where a name before the cut
        # was longer: compared up to the last clause that both surely hold
        head = line.rstrip(".…")[:-_CUT_SLACK]
        at = max(head.rfind(" ("), head.rfind(": "))
        line = head[:at] if at > 0 else head
    return f"{b.verdict}:{line}"


@dataclass
class WorkaroundDecision:
    workaround: str
    action: Action
    where: dict[str, list[str]] = field(default_factory=dict)  # environment -> what, where
    harmful: dict[str, list[str]] = field(default_factory=dict)  # environment -> places
    vacuous: list[str] = field(default_factory=list)  # environments where nothing compiled
    cost: CostSummary | None = None  # steady-state time against the baseline (judge.cost)

    @property
    def text(self) -> str:
        return workaround_text(self)


def workaround_text(w: WorkaroundDecision) -> str:
    costs = f"; {cost.phrase(w.cost, w.action == 'keep')}" if w.cost else ""
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged{costs}"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged{costs}"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}{costs}"
    return f"undecided {w.workaround}: {places}"


def _grouped(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


@dataclass
class TargetDecision:
    target: str
    control: bool
    workarounds: list[WorkaroundDecision]
    blockers: list[Blocker]
    environments: dict[str, dict[str, Action]]  # environment -> workaround -> action

    @property
    def bottom_line(self) -> str:
        return bottom_line(self)

    @property
    def lines(self) -> list[str]:
        return [w.text for w in self.workarounds] + [b.text for b in self.blockers]

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "bottom_line": self.bottom_line, "lines": self.lines}


def bottom_line(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return "; ".join(parts) + blockers  # (a target is decided for the workarounds it has)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _place(v: Verdict) -> str:
    return f"{v.scenario} @ {v.context}" if v.context else v.scenario


def _removable(v: Verdict) -> bool:
    return v.verdict in REMOVABLE and v.outputs_checked


def _lifted(v: Verdict, mine: list[Verdict]) -> bool:
    """A vacuous default context (nothing compiled) whose scenario is removable under every
    context it was judged in."""
    if v.verdict != VerdictKind.VACUOUS or v.context:
        return False
    in_context = [u for u in mine if u.context and u.scenario == v.scenario]
    return bool(in_context) and all(_removable(u) for u in in_context)


def _env_decision(mine: list[Verdict]) -> tuple[Action, list[str], list[str]]:
    """(action, what stands in the way or where it is needed, where it is harmful) for one
    workaround in one environment (`mine`: its verdicts there, one at least)."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful
    blocking = []
    for v in mine:
        if _removable(v) or _lifted(v, mine):
            continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    return ("undecided" if blocking else "remove"), blocking, harmful


def _blocker(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def decide(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
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
            harmful: dict[str, list[str]] = {}
            vacuous: list[str] = []
            for env in envs:
                mine = [v for v in tv if v.config == w and v.environment == env]
                if not mine:
                    continue
                action, what, harm = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if action == "remove" and any(_lifted(v, mine) for v in mine):
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"  # (no environment keeps it: `where` holds what blocks)
            summary = cost.summarise(v for v in tv if v.config == w)
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous, summary))
        # what a maintainer fixes upstream first: the kept workarounds that cost the most
        decided.sort(key=lambda d: -cost.costliness(d.cost) if d.action == "keep" else 0.0)
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
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
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
