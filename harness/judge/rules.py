"""The verdict rules as data: one table per kind of comparison, (condition, verdict, reason),
first match wins.

A workaround W is judged against B, the baseline (or, inside a context, the context probe
alone), with R the reference config's outputs (eager) and the other workarounds of the same
comparison as peers. A probe is judged alone against R. The docs' verdict table
(docs/verdicts.md) is generated from these tables, and tests/test_judge_properties.py checks
what they promise over generated facts, not only on examples.

Each rule names the cell that shows what it found (`blame`), so that a blocker is filed
against the cell whose behaviour is the problem: the baseline when its output is wrong, the
workaround when it breaks what works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from harness.judge.facts import Evidence, Facts
from harness.judge.vocabulary import VerdictKind

Blame = Literal["base", "work", "both", ""]


@dataclass(frozen=True)
class Rule:
    condition: str  # the rule in words, for the docs
    verdict: VerdictKind
    when: Callable[[Facts], bool]
    reason: Callable[[Facts], str]
    blame: Blame = ""
    outputs: bool = False  # the verdict rests on the checked cell's outputs being right


def _unchecked(f: Facts) -> str:
    """Why W's outputs could not be checked, said once (never "outputs unchecked: outputs
    unchecked: ...")."""
    why = f.work_vs_ref.text  # where the reference cannot judge, the reason it cannot
    return why if why.startswith("outputs unchecked") else f"outputs unchecked: {why}"


def _note_unchecked(f: Facts, reason: str) -> str:
    return reason if f.outputs_checked else f"{reason} ({_unchecked(f)})"


def _not_run(who: Literal["base", "work"], evidence: Evidence) -> Callable[[Facts], bool]:
    return lambda f: getattr(f, who).evidence is evidence


def _no_evidence_rules(kind: str, sides: tuple[Literal["base", "work"], ...]) -> list[Rule]:
    """A cell that gives no evidence about the model decides the verdict before anything
    else: missing, flaky, infra, or a hang (inconclusive)."""

    def name(f: Facts, who: str) -> str:
        return f.base_name if who == "base" else kind

    rules = []
    for evidence, verdict in (
        (Evidence.MISSING, VerdictKind.MISSING),
        (Evidence.FLAKY, VerdictKind.FLAKY),
        (Evidence.INFRA, VerdictKind.INFRA),
    ):
        for who in sides:
            rules.append(
                Rule(
                    f"the {'base' if who == 'base' else kind} cell is {evidence}",
                    verdict,
                    _not_run(who, evidence),
                    lambda f, who=who, v=verdict: (
                        f"{name(f, who)} cell {v}: {getattr(f, who).said}"
                    ),
                )
            )
    rules.append(
        Rule(
            "the cells ran on different packages or devices",
            VerdictKind.INFRA,
            lambda f: f.mismatch is not None,
            lambda f: str(f.mismatch),
        )
    )
    for who in sides:
        rules.append(
            Rule(
                f"the {'base' if who == 'base' else kind} cell timed out or ran out of memory",
                VerdictKind.INCONCLUSIVE,
                _not_run(who, Evidence.HANG),
                lambda f, who=who: (
                    f"{name(f, who)} {getattr(f, who).failure_text}: "
                    f"{getattr(f, who).said}; a hang is not evidence about XLA"
                ),
            )
        )
    return rules


def _silent(f: Facts) -> str:
    """The workarounds the claim "every workaround" could not hear from."""
    return f" ({', '.join(f.unknown_peers)} gave no evidence)" if f.unknown_peers else ""


def _changes(f: Facts) -> str:
    return "; ".join(f.xla_changes)


def _noise(f: Facts) -> str:
    if f.noise:
        return f"; HLO identities not comparable here ({f.noise}), compared by count"
    if f.base.identities is None or f.work.identities is None:
        return "; HLO identities not recorded for every module, compared by count"
    return " (same HLO)"


def workaround_rules() -> tuple[Rule, ...]:
    """The workaround table: W against B (or the context probe alone), first match wins."""
    return (
        *_no_evidence_rules("workaround", ("base", "work")),
        # --- B passes -------------------------------------------------------------------------
        Rule(
            "B passes, W fails",
            VerdictKind.HARMFUL,
            lambda f: f.base.passed and f.work.failed,
            lambda f: (
                f"{f.base_name} passes; with the workaround {f.work.failure_text}: {f.work.message}"
            ),
            blame="work",
        ),
        Rule(
            "B and W pass, B compiled no XLA module",
            VerdictKind.VACUOUS,
            lambda f: f.base.passed and f.base.modules == 0,
            lambda f: (
                f"{f.base_name} passes but XLA compiled nothing: the pass says nothing about XLA"
            ),
        ),
        Rule(
            "B and W pass, XLA not measured in one of them",
            VerdictKind.INFRA,
            lambda f: f.base.passed and not f.measured,
            lambda f: (
                "no XLA evidence recorded for "
                + ", ".join(s.id for s in (f.base, f.work) if s.modules is None)
            ),
        ),
        Rule(
            "B and W pass, B's outputs differ from R, W's agree",
            VerdictKind.NEEDED,
            lambda f: f.base.passed and f.base_wrong and f.work_right,
            lambda f: (
                f"{f.base_name} output differs from the reference ({f.base_vs_ref.text}); "
                f"the workaround's agrees"
            ),
        ),
        Rule(
            "B and W pass, B's outputs differ from R, W's are not shown right",
            VerdictKind.WRONG_OUTPUT,
            lambda f: f.base.passed and f.base_wrong,
            lambda f: (
                f"{f.base_name} output differs from the reference ({f.base_vs_ref.text}); "
                + (
                    f"the workaround's too ({f.work_vs_ref.text})"
                    if f.work_wrong
                    else f"the workaround's {_unchecked(f)}"
                )
            ),
            blame="base",
            outputs=True,
        ),
        Rule(
            "B and W pass, W's outputs differ from R",
            VerdictKind.WRONG_OUTPUT,
            lambda f: f.base.passed and f.work_wrong,
            lambda f: f"workaround output differs from the reference: {f.work_vs_ref.text}",
            blame="work",
        ),
        Rule(
            "B and W pass, R unusable, W's outputs differ from B's",
            VerdictKind.WRONG_OUTPUT,
            lambda f: f.base.passed and not f.reference_usable and f.outputs_change,
            lambda f: (
                f"{_unchecked(f)}; outputs change under the workaround ({f.work_vs_base.text}): "
                f"one of the two is wrong"
            ),
            blame="both",
            outputs=True,
        ),
        Rule(
            "B and W pass, W changes the XLA evidence",
            VerdictKind.NOT_NEEDED,
            lambda f: f.base.passed and bool(f.xla_changes),
            lambda f: _note_unchecked(f, f"both pass; the workaround changes {_changes(f)}"),
            outputs=True,
        ),
        Rule(
            "B and W pass, same XLA evidence",
            VerdictKind.INERT,
            lambda f: f.base.passed,
            lambda f: _note_unchecked(
                f,
                f"both pass with the same {f.base.modules} XLA modules{_noise(f)}"
                + (" and the same outputs" if f.outputs_checked else "")
                + ": the switch changes nothing",
            ),
            outputs=True,
        ),
        # --- B fails, W passes ----------------------------------------------------------------
        Rule(
            "B fails, W passes with outputs that differ from R",
            VerdictKind.WRONG_OUTPUT,
            lambda f: f.work.passed and f.work_wrong,
            lambda f: (
                f"{f.base_name} {f.base.failure_text}; the workaround passes but its output "
                f"differs from the reference: {f.work_vs_ref.text}"
            ),
            blame="work",
        ),
        Rule(
            "B fails, W passes",
            VerdictKind.NEEDED,
            lambda f: f.work.passed,
            lambda f: _note_unchecked(
                f,
                f"{f.base_name} {f.base.failure_text}: {f.base.message}; workaround passes "
                f"with {f.work.modules} XLA modules",
            ),
            outputs=True,
        ),
        # --- both fail ------------------------------------------------------------------------
        Rule(
            "B and W fail the same way, another workaround passes",
            VerdictKind.INEFFECTIVE,
            lambda f: f.same_failure and bool(f.rescuers),
            lambda f: (
                f"fails the same way as {f.base_name} ({f.base.failure_text}); "
                f"{', '.join(f.rescuers)} passes"
            ),
        ),
        Rule(
            "B and W fail differently, another workaround passes",
            VerdictKind.FAILS_DIFFERENTLY,
            lambda f: bool(f.rescuers),
            lambda f: (
                f"fails differently: {f.work.failure_text} ({f.work.message}); {f.base_name} "
                f"{f.base.failure_text}; {', '.join(f.rescuers)} passes"
            ),
        ),
        Rule(
            "no workaround passes, neither B nor W fails in XLA",
            VerdictKind.BROKEN,
            lambda f: not f.base.xla_failure and not f.work.xla_failure,
            lambda f: (
                f"{f.base_name} and every workaround fail{_silent(f)}, {f.base_name} and this one "
                f"not in XLA: {f.base.message}"
            ),
            blame="base",
        ),
        Rule(
            "no workaround passes, B fails in XLA, W the same way",
            VerdictKind.UNFIXED,
            lambda f: f.same_failure,
            lambda f: (
                f"{f.base_name} fails in XLA ({f.base.failure_text}: {f.base.message}); this "
                f"workaround fails the same way and none passes{_silent(f)}"
            ),
            blame="base",
        ),
        Rule(
            "no workaround passes, B fails in XLA, W and every other workaround get past it (fail "
            "at a later stage) and fail some other way, none in XLA",
            VerdictKind.MASKED,
            lambda f: f.base.xla_failure and f.gets_past(f.work) and f.every_peer_gets_past,
            lambda f: (
                f"{f.base_name} fails in XLA ({f.base.failure_text}: {f.base.message}); every "
                f"workaround{_silent(f)} gets past it and fails some other way, this one "
                f"{f.work.failure_text}: {f.work.message}"
            ),
            blame="base",
        ),
        Rule(
            "no workaround passes, W fails differently from B",
            VerdictKind.FAILS_DIFFERENTLY,
            lambda f: True,
            lambda f: (
                f"fails differently: {f.work.failure_text} ({f.work.message}); {f.base_name} "
                f"{f.base.failure_text}; no workaround passes{_silent(f)}"
            ),
        ),
    )


def probe_rules() -> tuple[Rule, ...]:
    """The probe table: a probe config (XLA forced harder) alone, first match wins."""
    return (
        *_no_evidence_rules("probe", ("work",)),
        Rule(
            "P fails",
            VerdictKind.BREAKS,
            lambda f: f.work.failed,
            lambda f: f"{f.work.failure_text}: {f.work.message}",
            blame="work",
        ),
        Rule(
            "P passes, XLA not measured",
            VerdictKind.INFRA,
            lambda f: f.work.modules is None,
            lambda f: f"no XLA evidence recorded for {f.work.id}",
        ),
        Rule(
            "P passes, compiled no XLA module",
            VerdictKind.VACUOUS,
            lambda f: f.work.modules == 0,
            lambda f: "passes but XLA compiled nothing: the probe says nothing about XLA",
        ),
        Rule(
            "P passes, outputs differ from R",
            VerdictKind.BREAKS,
            lambda f: f.work_wrong,
            lambda f: f"passes but its output differs from the reference: {f.work_vs_ref.text}",
            blame="work",
        ),
        Rule(
            "P passes, outputs agree with R",
            VerdictKind.HOLDS,
            lambda f: f.work_right,
            lambda f: f"passes with {f.work.modules} XLA modules; outputs {f.work_vs_ref.text}",
            outputs=True,
        ),
        Rule(
            "P passes, R unusable, outputs differ from the baseline's",
            VerdictKind.BREAKS,
            lambda f: f.outputs_change,
            lambda f: (
                f"{_unchecked(f)}; its output differs from the baseline's "
                f"({f.work_vs_base.text}): one of the two is wrong"
            ),
            blame="both",
            outputs=True,
        ),
        Rule(
            "P passes, R unusable, outputs agree with the baseline's",
            VerdictKind.HOLDS,
            lambda f: f.work_vs_base.checked,
            lambda f: (
                f"passes with {f.work.modules} XLA modules; outputs agree with the baseline's "
                f"({_unchecked(f)})"
            ),
            outputs=True,
        ),
        Rule(
            "P passes, outputs not compared",
            VerdictKind.HOLDS,
            lambda f: True,
            lambda f: f"passes with {f.work.modules} XLA modules ({_unchecked(f)})",
            outputs=True,
        ),
    )


def first_match(rules: tuple[Rule, ...], facts: Facts) -> Rule:
    """The first rule whose condition holds (the last rule of every table always holds)."""
    return next(rule for rule in rules if rule.when(facts))


def as_markdown(rules: tuple[Rule, ...], subject: str = "W") -> list[str]:
    """The table as the docs show it (docs/verdicts.md is generated from this); `subject`:
    the letter of the cell judged (W, or P for a probe)."""
    lines = ["| # | when | verdict | filed against |", "|---|---|---|---|"]
    for i, rule in enumerate(rules, 1):
        blame = {"base": "B", "work": subject, "both": f"B and {subject}"}.get(rule.blame, "")
        lines.append(f"| {i} | {rule.condition} | {rule.verdict} | {blame} |")
    return lines


# Built when imported, for readers; the judge builds them per call (harness.judge.verdicts).
WORKAROUND_RULES = workaround_rules()
PROBE_RULES = probe_rules()
