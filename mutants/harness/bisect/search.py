"""The binary search: pure, it only calls the probe it is given.

A probe says good, bad or skip for one version. A version that cannot be installed or
imported is skipped, like git bisect's exit 125, and the search steps around it. The
change searched for is a regression (good, then bad) or a fix (bad, then good): versions
are always oldest first.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from harness.config.errors import UsageError

GOOD, BAD, SKIP = "good", "bad", "skip"
GIT_BISECT_EXIT = {GOOD: 0, BAD: 1, SKIP: 125}


@dataclass
class Outcome:
    label: str  # good, bad, skip
    summary: str
    cells: list[str] = field(default_factory=list)
    installed: dict[str, str] = field(default_factory=dict)  # what the probe really ran on
    # a skip that may come from the venv rather than the version (TensorFlow would not
    # import, the run wrote nothing, another version was installed): worth one rebuild
    venv_fault: bool = False


class BisectError(UsageError):
    """The endpoints do not bracket a change; `steps` are the probes that showed it."""

    def __init__(self, message: str, steps: Sequence[Step] = ()) -> None:
        super().__init__(message)
        self.steps = list(steps)


class Stop(Exception):
    """Raised by a probe that must not run (a time budget is spent): the search ends with
    the bounds it has."""


@dataclass
class Step:
    version: str
    outcome: Outcome


@dataclass
class BisectResult:
    """The last version before the change and the first after it: for a regression the
    last good and the first bad, for a fix (`fix`) the last bad and the first good."""

    before: str
    after: str
    steps: list[Step]
    skipped_between: list[str]
    stopped: str | None = None  # why the search ended before the bounds met (Stop)
    fix: bool = False

    @property
    def labels(self) -> tuple[str, str]:
        """What `before` and `after` are: ("good", "bad"), or ("bad", "good") for a fix."""
        return (BAD, GOOD) if self.fix else (GOOD, BAD)


def search(
    versions: list[str],
    probe: Callable[[str], Outcome],
    hints: Sequence[str] = (),
    fix: bool = False,
) -> BisectResult:
    """Binary search between versions[0] (said good; bad for a `fix`) and versions[-1]
    (said bad; good for a fix), for the first version on the other side.

    Both ends are checked first. A skipped version is stepped around, as git bisect does.
    `hints` are versions to try first, in order, while they lie between the bounds (the
    boundary another cell of the same environment changed at: when it is this one's too,
    two probes find it). A probe that raises Stop ends the search: the result holds the bounds found so far
    (a Stop before both ends were checked is a BisectError).
    """
    if len(versions) < 2:
        raise BisectError("need at least two versions to bisect")
    steps: list[Step] = []

    def run(i: int) -> str:
        outcome = probe(versions[i])
        steps.append(Step(versions[i], outcome))
        return outcome.label

    try:
        first, last = run(0), run(len(versions) - 1)
    except Stop as exc:
        raise BisectError(f"stopped before both ends were tested: {exc}", steps) from None
    if SKIP in (first, last):
        which = versions[0] if first == SKIP else versions[-1]
        raise BisectError(
            f"cannot test endpoint {which}: {steps[0 if first == SKIP else 1].outcome.summary}",
            steps,
        )
    try:
        _check_ends(versions[0], versions[-1], first, last, fix)
    except BisectError as exc:
        exc.steps = steps
        raise
    changed = GOOD if fix else BAD
    lo, hi = 0, len(versions) - 1
    skipped: set[int] = set()
    stopped = None
    while True:
        candidates = [i for i in range(lo + 1, hi) if i not in skipped]
        if not candidates:
            break
        middle = (lo + hi) / 2
        i = next(
            (k for k in (versions.index(h) for h in hints if h in versions) if k in candidates),
            min(candidates, key=lambda k: (abs(k - middle), k)),
        )
        try:
            label = run(i)
        except Stop as exc:
            stopped = str(exc)
            break
        if label == SKIP:
            skipped.add(i)
        elif label == changed:
            hi = i
        else:
            lo = i
    return BisectResult(
        versions[lo],
        versions[hi],
        steps,
        [versions[i] for i in sorted(skipped) if lo < i < hi],
        stopped,
        fix,
    )


def _check_ends(oldest: str, newest: str, first: str, last: str, fix: bool) -> None:
    """The ends must bracket the change, said in the options' words: for a regression
    --good is the oldest version, for a fix --bad is."""
    if not fix:
        if first == BAD and last == GOOD:
            raise BisectError(
                f"a good version found after a bad one: {oldest} is bad and {newest} is good "
                "(swap --good and --bad to find where it got fixed)"
            )
        if first == BAD:
            raise BisectError(f"--good {oldest} is already bad: nothing to find (all bad)")
        if last == GOOD:
            raise BisectError(f"--good {oldest} and --bad {newest} are both good: nothing to find")
        return
    if first == GOOD and last == BAD:
        raise BisectError(
            f"a bad version found after a good one: {oldest} is good and {newest} is bad "
            "(a regression, not a fix: swap --good and --bad to find where it broke)"
        )
    if first == GOOD:
        raise BisectError(f"--bad {oldest} is already good: nothing to find (all good)")
    if last == BAD:
        raise BisectError(f"--bad {oldest} and --good {newest} are both bad: nothing to find")


def max_steps(n: int) -> int:
    """Probes a search over n versions needs without skips: both ends, then log2."""
    return 2 + math.ceil(math.log2(max(1, n - 1)))
