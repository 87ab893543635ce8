"""The binary search: pure, it only calls the probe it is given.

A probe says good, bad or skip for one version. A version that cannot be installed or
imported is skipped, like git bisect's exit 125, and the search steps around it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from harness.errors import UsageError

GOOD, BAD, SKIP = "good", "bad", "skip"
GIT_BISECT_EXIT = {GOOD: 0, BAD: 1, SKIP: 125}


@dataclass
class Outcome:
    label: str  # good, bad, skip
    summary: str
    cells: list[str] = field(default_factory=list)


class BisectError(UsageError):
    """The endpoints do not bracket a change."""


class Stop(Exception):
    """Raised by a probe that must not run (a time budget is spent): the search ends with
    the bounds it has."""


@dataclass
class Step:
    version: str
    outcome: Outcome


@dataclass
class BisectResult:
    last_good: str
    first_bad: str
    steps: list[Step]
    skipped_between: list[str]
    stopped: str | None = None  # why the search ended before the bounds met (Stop)


def search(
    versions: list[str], probe: Callable[[str], Outcome], hints: Sequence[str] = ()
) -> BisectResult:
    """Binary search between versions[0] (said good) and versions[-1] (said bad).

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
        good_end, bad_end = run(0), run(len(versions) - 1)
    except Stop as exc:
        raise BisectError(f"stopped before both ends were tested: {exc}") from None
    if SKIP in (good_end, bad_end):
        which = versions[0] if good_end == SKIP else versions[-1]
        raise BisectError(
            f"cannot test endpoint {which}: {steps[0 if good_end == SKIP else 1].outcome.summary}"
        )
    if good_end == BAD and bad_end == GOOD:
        raise BisectError(
            f"a good version found after a bad one: {versions[0]} is bad and {versions[-1]} is good "
            "(swap --good and --bad to find where it got fixed)"
        )
    if good_end == BAD:
        raise BisectError(f"--good {versions[0]} is already bad: nothing to find (all bad)")
    if bad_end == GOOD:
        raise BisectError(
            f"--good {versions[0]} and --bad {versions[-1]} are both good: nothing to find"
        )
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
        elif label == BAD:
            hi = i
        else:
            lo = i
    return BisectResult(
        versions[lo],
        versions[hi],
        steps,
        [versions[i] for i in sorted(skipped) if lo < i < hi],
        stopped,
    )


def max_steps(n: int) -> int:
    """Probes a search over n versions needs without skips: both ends, then log2."""
    return 2 + math.ceil(math.log2(max(1, n - 1)))
