"""What each control target is expected to give (matrix.toml's `expect`), and whether it did.

A control exists to show one verdict: `singleton` broken, `xla-fragile` needed, `plain`
vacuous, `jit-fallback` harmful @ jit-compile. Two readers use that: the run's live output,
which labels a control's failed cells as expected instead of printing each one (a control
expected to give a verdict where every cell passes, such as vacuous, has no expected
failures), and every report, which says per control in how many environments it showed its
verdict (a control that stops showing it points at a change in TensorFlow or the harness,
never at a project's model).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from harness.config.errors import UsageError
from harness.config.matrix import Matrix
from harness.config.typed import did_you_mean
from harness.judge.vocabulary import VERDICTS, VerdictKind
from harness.results.records import Verdict

# verdicts that every cell behind them passes: a control expected to give one of them has
# no failure to expect
ALL_PASS = frozenset(
    {
        VerdictKind.NOT_NEEDED,
        VerdictKind.INERT,
        VerdictKind.VACUOUS,
        VerdictKind.HOLDS,
        VerdictKind.WRONG_OUTPUT,
    }
)


@dataclass(frozen=True)
class Expectation:
    """A control target's verdict, in a context or in the default one ("")."""

    target: str
    verdict: VerdictKind
    context: str = ""

    @property
    def text(self) -> str:
        return f"{self.verdict} @ {self.context}" if self.context else str(self.verdict)

    @property
    def failures_expected(self) -> bool:
        """True when cells fail where this verdict is given (broken, needed, harmful ...)."""
        return self.verdict not in ALL_PASS

    def shown_by(self, v: Verdict) -> bool:
        return v.target == self.target and v.verdict == self.verdict and v.context == self.context


def expectations(matrix: Matrix) -> dict[str, Expectation]:
    """Every control's expectation, by target; a verdict the vocabulary does not know is a
    UsageError naming the file and the target."""
    out = {}
    for target in matrix.targets.values():
        if not (target.control and target.expect):
            continue
        verdict = VERDICTS.get(target.expected_verdict)
        if verdict is None:
            raise UsageError(
                f"{matrix.path}: target.{target.name}.expect: unknown verdict "
                f"{target.expected_verdict!r}{did_you_mean(target.expected_verdict, VERDICTS)}"
            )
        out[target.name] = Expectation(target.name, verdict, target.expected_context)
    return out


def expected_failures(matrix: Matrix) -> dict[str, str]:
    """The targets whose failed cells are expected (controls that exist to show a failure),
    with what each is expected to give."""
    return {name: e.text for name, e in expectations(matrix).items() if e.failures_expected}


@dataclass(frozen=True)
class Check:
    """One control's expectation against a run's verdicts."""

    expectation: Expectation
    environments: tuple[str, ...]  # where the control was judged
    shown: tuple[str, ...]  # where it gave its verdict
    instead: tuple[str, ...] = ()  # what it gave instead where it did not, most frequent first

    @property
    def held(self) -> bool:
        return bool(self.shown)

    @property
    def line(self) -> str:
        e, total = self.expectation, len(self.environments)
        envs = "environment" if total == 1 else "environments"
        if self.held:
            return f"{e.text} in {len(self.shown)} of {total} {envs}, as expected"
        gave = f": gave {', '.join(self.instead)}" if self.instead else ""
        return f"expected {e.text}, shown in none of {total} {envs}{gave}"


def check(expected: dict[str, Expectation], verdicts: Iterable[Verdict]) -> dict[str, Check]:
    """Per control that was judged: in which environments it showed its verdict."""
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.target in expected:
            by_target.setdefault(v.target, []).append(v)
    out = {}
    for target, mine in by_target.items():
        e = expected[target]
        envs = tuple(dict.fromkeys(v.environment for v in mine))
        shown = tuple(dict.fromkeys(v.environment for v in mine if e.shown_by(v)))
        counts: dict[str, int] = {}
        for v in mine:
            if v.context == e.context and v.verdict != e.verdict:
                counts[str(v.verdict)] = counts.get(str(v.verdict), 0) + 1
        instead = tuple(sorted(counts, key=lambda k: -counts[k])[:3])
        out[target] = Check(e, envs, shown, instead)
    return out
