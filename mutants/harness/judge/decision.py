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
from harness.judge.vocabulary import VerdictKind
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_blocker_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_blocker_text__mutmut)
def blocker_text(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_orig(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_1(b: Blocker) -> str:
    more = None
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_2(b: Blocker) -> str:
    more = "XXXX"
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_3(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = None
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_4(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(None)
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_5(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(None))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_6(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split(None, 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_7(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", None)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_8(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split(1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_9(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", )[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_10(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.rsplit("/", 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_11(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("XX/XX", 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_12(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 2)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_13(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 1)[1] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_14(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 1)[0] for c in b.also))
        more = None
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_15(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(None)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"


def x_blocker_text__mutmut_16(b: Blocker) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {'XX, XX'.join(envs)}"
    return f"blocker: {b.line} ({b.cell}; {b.verdict}{more})"

mutants_x_blocker_text__mutmut['_mutmut_orig'] = x_blocker_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_1'] = x_blocker_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_2'] = x_blocker_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_3'] = x_blocker_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_4'] = x_blocker_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_5'] = x_blocker_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_6'] = x_blocker_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_7'] = x_blocker_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_8'] = x_blocker_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_9'] = x_blocker_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_10'] = x_blocker_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_11'] = x_blocker_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_12'] = x_blocker_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_13'] = x_blocker_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_14'] = x_blocker_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_15'] = x_blocker_text__mutmut_15 # type: ignore # mutmut generated
mutants_x_blocker_text__mutmut['x_blocker_text__mutmut_16'] = x_blocker_text__mutmut_16 # type: ignore # mutmut generated
mutants_x_blocker_identity__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_blocker_identity__mutmut)
def blocker_identity(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
    bug: said once, naming every environment that shows it."""
    line = _GRAPH_COUNTER.sub(r"\1_N", b.line)
    return f"{b.verdict}:{line}"


def x_blocker_identity__mutmut_orig(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
    bug: said once, naming every environment that shows it."""
    line = _GRAPH_COUNTER.sub(r"\1_N", b.line)
    return f"{b.verdict}:{line}"


def x_blocker_identity__mutmut_1(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
    bug: said once, naming every environment that shows it."""
    line = None
    return f"{b.verdict}:{line}"


def x_blocker_identity__mutmut_2(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
    bug: said once, naming every environment that shows it."""
    line = _GRAPH_COUNTER.sub(None, b.line)
    return f"{b.verdict}:{line}"


def x_blocker_identity__mutmut_3(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
    bug: said once, naming every environment that shows it."""
    line = _GRAPH_COUNTER.sub(r"\1_N", None)
    return f"{b.verdict}:{line}"


def x_blocker_identity__mutmut_4(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
    bug: said once, naming every environment that shows it."""
    line = _GRAPH_COUNTER.sub(b.line)
    return f"{b.verdict}:{line}"


def x_blocker_identity__mutmut_5(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
    bug: said once, naming every environment that shows it."""
    line = _GRAPH_COUNTER.sub(r"\1_N", )
    return f"{b.verdict}:{line}"


def x_blocker_identity__mutmut_6(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
    bug: said once, naming every environment that shows it."""
    line = _GRAPH_COUNTER.sub(r"XX\1_NXX", b.line)
    return f"{b.verdict}:{line}"


def x_blocker_identity__mutmut_7(b: Blocker) -> str:
    """Blockers with one verdict and one line (TensorFlow's graph counters aside) are one
    bug: said once, naming every environment that shows it."""
    line = _GRAPH_COUNTER.sub(r"\1_n", b.line)
    return f"{b.verdict}:{line}"

mutants_x_blocker_identity__mutmut['_mutmut_orig'] = x_blocker_identity__mutmut_orig # type: ignore # mutmut generated
mutants_x_blocker_identity__mutmut['x_blocker_identity__mutmut_1'] = x_blocker_identity__mutmut_1 # type: ignore # mutmut generated
mutants_x_blocker_identity__mutmut['x_blocker_identity__mutmut_2'] = x_blocker_identity__mutmut_2 # type: ignore # mutmut generated
mutants_x_blocker_identity__mutmut['x_blocker_identity__mutmut_3'] = x_blocker_identity__mutmut_3 # type: ignore # mutmut generated
mutants_x_blocker_identity__mutmut['x_blocker_identity__mutmut_4'] = x_blocker_identity__mutmut_4 # type: ignore # mutmut generated
mutants_x_blocker_identity__mutmut['x_blocker_identity__mutmut_5'] = x_blocker_identity__mutmut_5 # type: ignore # mutmut generated
mutants_x_blocker_identity__mutmut['x_blocker_identity__mutmut_6'] = x_blocker_identity__mutmut_6 # type: ignore # mutmut generated
mutants_x_blocker_identity__mutmut['x_blocker_identity__mutmut_7'] = x_blocker_identity__mutmut_7 # type: ignore # mutmut generated


@dataclass
class WorkaroundDecision:
    workaround: str
    action: Action
    where: dict[str, list[str]] = field(default_factory=dict)  # environment -> what, where
    harmful: dict[str, list[str]] = field(default_factory=dict)  # environment -> places
    vacuous: list[str] = field(default_factory=list)  # environments where nothing compiled

    @property
    def text(self) -> str:
        return workaround_text(self)
mutants_x_workaround_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_workaround_text__mutmut)
def workaround_text(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_orig(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_1(w: WorkaroundDecision) -> str:
    if w.action != "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_2(w: WorkaroundDecision) -> str:
    if w.action == "XXremoveXX":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_3(w: WorkaroundDecision) -> str:
    if w.action == "REMOVE":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_4(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(None)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_5(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {'XX, XX'.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_6(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = None
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_7(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(None)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_8(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action != "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_9(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "XXkeepXX":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_10(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "KEEP":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_11(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = None
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_12(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if (w.harmful) and False else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_13(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if (w.harmful) or True else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_14(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(None)}" if w.harmful else ""
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"


def x_workaround_text__mutmut_15(w: WorkaroundDecision) -> str:
    if w.action == "remove":
        if w.vacuous:
            return (
                f"remove {w.workaround}: no XLA in {', '.join(w.vacuous)} without "
                f"jit_compile; under jit_compile it compiles and is not needed, outputs "
                f"matching the reference, everywhere it was judged"
            )
        return f"remove {w.workaround}: not needed or inert everywhere it was judged"
    places = _grouped(w.where)
    if w.action == "keep":
        harm = f"; harmful in {_grouped(w.harmful)}" if w.harmful else "XXXX"
        return f"keep {w.workaround}: needed in {places}{harm}"
    return f"undecided {w.workaround}: {places}"

mutants_x_workaround_text__mutmut['_mutmut_orig'] = x_workaround_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_1'] = x_workaround_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_2'] = x_workaround_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_3'] = x_workaround_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_4'] = x_workaround_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_5'] = x_workaround_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_6'] = x_workaround_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_7'] = x_workaround_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_8'] = x_workaround_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_9'] = x_workaround_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_10'] = x_workaround_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_11'] = x_workaround_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_12'] = x_workaround_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_13'] = x_workaround_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_14'] = x_workaround_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_workaround_text__mutmut['x_workaround_text__mutmut_15'] = x_workaround_text__mutmut_15 # type: ignore # mutmut generated
mutants_x__grouped__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__grouped__mutmut)
def _grouped(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_orig(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_1(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = None
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_2(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(None)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_3(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(None, []).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_4(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), None).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_5(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault([]).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_6(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), ).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_7(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(None), []).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_8(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "; ".join(None)


def x__grouped__mutmut_9(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "XX; XX".join(f"{', '.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_10(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "; ".join(f"{', '.join(None)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_11(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "; ".join(f"{'XX, XX'.join(envs)} ({', '.join(what)})" for what, envs in grouped.items())


def x__grouped__mutmut_12(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "; ".join(f"{', '.join(envs)} ({', '.join(None)})" for what, envs in grouped.items())


def x__grouped__mutmut_13(where: dict[str, list[str]]) -> str:
    """Environments that say the same, said once."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for env, what in where.items():
        grouped.setdefault(tuple(what), []).append(env)
    return "; ".join(f"{', '.join(envs)} ({'XX, XX'.join(what)})" for what, envs in grouped.items())

mutants_x__grouped__mutmut['_mutmut_orig'] = x__grouped__mutmut_orig # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_1'] = x__grouped__mutmut_1 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_2'] = x__grouped__mutmut_2 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_3'] = x__grouped__mutmut_3 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_4'] = x__grouped__mutmut_4 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_5'] = x__grouped__mutmut_5 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_6'] = x__grouped__mutmut_6 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_7'] = x__grouped__mutmut_7 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_8'] = x__grouped__mutmut_8 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_9'] = x__grouped__mutmut_9 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_10'] = x__grouped__mutmut_10 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_11'] = x__grouped__mutmut_11 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_12'] = x__grouped__mutmut_12 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_13'] = x__grouped__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTargetDecisionǁas_dict__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁTargetDecisionǁas_dict__mutmut)
    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "bottom_line": self.bottom_line, "lines": self.lines}

    def xǁTargetDecisionǁas_dict__mutmut_orig(self) -> dict[str, Any]:
        return {**asdict(self), "bottom_line": self.bottom_line, "lines": self.lines}

    def xǁTargetDecisionǁas_dict__mutmut_1(self) -> dict[str, Any]:
        return {**asdict(None), "bottom_line": self.bottom_line, "lines": self.lines}

    def xǁTargetDecisionǁas_dict__mutmut_2(self) -> dict[str, Any]:
        return {**asdict(self), "XXbottom_lineXX": self.bottom_line, "lines": self.lines}

    def xǁTargetDecisionǁas_dict__mutmut_3(self) -> dict[str, Any]:
        return {**asdict(self), "BOTTOM_LINE": self.bottom_line, "lines": self.lines}

    def xǁTargetDecisionǁas_dict__mutmut_4(self) -> dict[str, Any]:
        return {**asdict(self), "bottom_line": self.bottom_line, "XXlinesXX": self.lines}

    def xǁTargetDecisionǁas_dict__mutmut_5(self) -> dict[str, Any]:
        return {**asdict(self), "bottom_line": self.bottom_line, "LINES": self.lines}

mutants_xǁTargetDecisionǁas_dict__mutmut['_mutmut_orig'] = TargetDecision.xǁTargetDecisionǁas_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTargetDecisionǁas_dict__mutmut['xǁTargetDecisionǁas_dict__mutmut_1'] = TargetDecision.xǁTargetDecisionǁas_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTargetDecisionǁas_dict__mutmut['xǁTargetDecisionǁas_dict__mutmut_2'] = TargetDecision.xǁTargetDecisionǁas_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTargetDecisionǁas_dict__mutmut['xǁTargetDecisionǁas_dict__mutmut_3'] = TargetDecision.xǁTargetDecisionǁas_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTargetDecisionǁas_dict__mutmut['xǁTargetDecisionǁas_dict__mutmut_4'] = TargetDecision.xǁTargetDecisionǁas_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTargetDecisionǁas_dict__mutmut['xǁTargetDecisionǁas_dict__mutmut_5'] = TargetDecision.xǁTargetDecisionǁas_dict__mutmut_5 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bottom_line__mutmut)
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_orig(d: TargetDecision) -> str:
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_1(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = None
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_2(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"XXkeepXX": [], "remove": [], "undecided": []}
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_3(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"KEEP": [], "remove": [], "undecided": []}
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_4(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "XXremoveXX": [], "undecided": []}
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_5(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "REMOVE": [], "undecided": []}
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_6(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "XXundecidedXX": []}
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_7(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "UNDECIDED": []}
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_8(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(None)
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
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_9(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = None
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_10(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if (d.blockers) and False else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_11(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if (d.blockers) or True else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_12(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(None, 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_13(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), None)} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_14(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count('blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_15(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), )} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_16(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'XXblockerXX')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_17(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'BLOCKER')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_18(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else "XXXX"
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_19(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds or len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_20(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) != len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_21(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(None)}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_22(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['XXremoveXX'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_23(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['REMOVE'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_24(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = None
    if by["keep"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_25(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["XXkeepXX"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_26(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["KEEP"]:
        parts.append(f"keep {_and(by['keep'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_27(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(None)
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_28(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(None)}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_29(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['XXkeepXX'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_30(d: TargetDecision) -> str:
    """The gate in one sentence of plain words."""
    by: dict[Action, list[str]] = {"keep": [], "remove": [], "undecided": []}
    for w in d.workarounds:
        by[w.action].append(w.workaround)
    blockers = f"; {_count(len(d.blockers), 'blocker')} to file" if d.blockers else ""
    if d.workarounds and len(by["remove"]) == len(d.workarounds):
        return f"no workaround needed: remove {_and(by['remove'])}{blockers}"
    parts = []
    if by["keep"]:
        parts.append(f"keep {_and(by['KEEP'])}")
    if by["remove"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_31(d: TargetDecision) -> str:
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
    if by["XXremoveXX"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_32(d: TargetDecision) -> str:
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
    if by["REMOVE"]:
        parts.append(f"remove {_and(by['remove'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_33(d: TargetDecision) -> str:
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
        parts.append(None)
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_34(d: TargetDecision) -> str:
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
        parts.append(f"remove {_and(None)}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_35(d: TargetDecision) -> str:
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
        parts.append(f"remove {_and(by['XXremoveXX'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_36(d: TargetDecision) -> str:
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
        parts.append(f"remove {_and(by['REMOVE'])}")
    if by["undecided"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_37(d: TargetDecision) -> str:
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
    if by["XXundecidedXX"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_38(d: TargetDecision) -> str:
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
    if by["UNDECIDED"]:
        parts.append(f"undecided on {_and(by['undecided'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_39(d: TargetDecision) -> str:
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
        parts.append(None)
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_40(d: TargetDecision) -> str:
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
        parts.append(f"undecided on {_and(None)}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_41(d: TargetDecision) -> str:
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
        parts.append(f"undecided on {_and(by['XXundecidedXX'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_42(d: TargetDecision) -> str:
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
        parts.append(f"undecided on {_and(by['UNDECIDED'])}")
    return ("; ".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_43(d: TargetDecision) -> str:
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
    return ("; ".join(parts) or "no workaround judged") - blockers


def x_bottom_line__mutmut_44(d: TargetDecision) -> str:
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
    return ("; ".join(parts) and "no workaround judged") + blockers


def x_bottom_line__mutmut_45(d: TargetDecision) -> str:
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
    return ("; ".join(None) or "no workaround judged") + blockers


def x_bottom_line__mutmut_46(d: TargetDecision) -> str:
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
    return ("XX; XX".join(parts) or "no workaround judged") + blockers


def x_bottom_line__mutmut_47(d: TargetDecision) -> str:
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
    return ("; ".join(parts) or "XXno workaround judgedXX") + blockers


def x_bottom_line__mutmut_48(d: TargetDecision) -> str:
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
    return ("; ".join(parts) or "NO WORKAROUND JUDGED") + blockers

mutants_x_bottom_line__mutmut['_mutmut_orig'] = x_bottom_line__mutmut_orig # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_1'] = x_bottom_line__mutmut_1 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_2'] = x_bottom_line__mutmut_2 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_3'] = x_bottom_line__mutmut_3 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_4'] = x_bottom_line__mutmut_4 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_5'] = x_bottom_line__mutmut_5 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_6'] = x_bottom_line__mutmut_6 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_7'] = x_bottom_line__mutmut_7 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_8'] = x_bottom_line__mutmut_8 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_9'] = x_bottom_line__mutmut_9 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_10'] = x_bottom_line__mutmut_10 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_11'] = x_bottom_line__mutmut_11 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_12'] = x_bottom_line__mutmut_12 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_13'] = x_bottom_line__mutmut_13 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_14'] = x_bottom_line__mutmut_14 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_15'] = x_bottom_line__mutmut_15 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_16'] = x_bottom_line__mutmut_16 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_17'] = x_bottom_line__mutmut_17 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_18'] = x_bottom_line__mutmut_18 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_19'] = x_bottom_line__mutmut_19 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_20'] = x_bottom_line__mutmut_20 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_21'] = x_bottom_line__mutmut_21 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_22'] = x_bottom_line__mutmut_22 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_23'] = x_bottom_line__mutmut_23 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_24'] = x_bottom_line__mutmut_24 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_25'] = x_bottom_line__mutmut_25 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_26'] = x_bottom_line__mutmut_26 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_27'] = x_bottom_line__mutmut_27 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_28'] = x_bottom_line__mutmut_28 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_29'] = x_bottom_line__mutmut_29 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_30'] = x_bottom_line__mutmut_30 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_31'] = x_bottom_line__mutmut_31 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_32'] = x_bottom_line__mutmut_32 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_33'] = x_bottom_line__mutmut_33 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_34'] = x_bottom_line__mutmut_34 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_35'] = x_bottom_line__mutmut_35 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_36'] = x_bottom_line__mutmut_36 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_37'] = x_bottom_line__mutmut_37 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_38'] = x_bottom_line__mutmut_38 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_39'] = x_bottom_line__mutmut_39 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_40'] = x_bottom_line__mutmut_40 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_41'] = x_bottom_line__mutmut_41 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_42'] = x_bottom_line__mutmut_42 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_43'] = x_bottom_line__mutmut_43 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_44'] = x_bottom_line__mutmut_44 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_45'] = x_bottom_line__mutmut_45 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_46'] = x_bottom_line__mutmut_46 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_47'] = x_bottom_line__mutmut_47 # type: ignore # mutmut generated
mutants_x_bottom_line__mutmut['x_bottom_line__mutmut_48'] = x_bottom_line__mutmut_48 # type: ignore # mutmut generated
mutants_x__count__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__count__mutmut)
def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def x__count__mutmut_orig(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def x__count__mutmut_1(n: int, word: str) -> str:
    return f"{n} {word}{'' if (n == 1) and False else 's'}"


def x__count__mutmut_2(n: int, word: str) -> str:
    return f"{n} {word}{'' if (n == 1) or True else 's'}"


def x__count__mutmut_3(n: int, word: str) -> str:
    return f"{n} {word}{'XXXX' if n == 1 else 's'}"


def x__count__mutmut_4(n: int, word: str) -> str:
    return f"{n} {word}{'' if n != 1 else 's'}"


def x__count__mutmut_5(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 2 else 's'}"


def x__count__mutmut_6(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 'XXsXX'}"


def x__count__mutmut_7(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 'S'}"

mutants_x__count__mutmut['_mutmut_orig'] = x__count__mutmut_orig # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_1'] = x__count__mutmut_1 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_2'] = x__count__mutmut_2 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_3'] = x__count__mutmut_3 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_4'] = x__count__mutmut_4 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_5'] = x__count__mutmut_5 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_6'] = x__count__mutmut_6 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_7'] = x__count__mutmut_7 # type: ignore # mutmut generated
mutants_x__and__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__and__mutmut)
def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def x__and__mutmut_orig(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def x__and__mutmut_1(names: list[str]) -> str:
    return names[0] if (len(names) == 1) and False else f"{', '.join(names[:-1])} and {names[-1]}"


def x__and__mutmut_2(names: list[str]) -> str:
    return names[0] if (len(names) == 1) or True else f"{', '.join(names[:-1])} and {names[-1]}"


def x__and__mutmut_3(names: list[str]) -> str:
    return names[1] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def x__and__mutmut_4(names: list[str]) -> str:
    return names[0] if len(names) != 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def x__and__mutmut_5(names: list[str]) -> str:
    return names[0] if len(names) == 2 else f"{', '.join(names[:-1])} and {names[-1]}"


def x__and__mutmut_6(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(None)} and {names[-1]}"


def x__and__mutmut_7(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{'XX, XX'.join(names[:-1])} and {names[-1]}"


def x__and__mutmut_8(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:+1])} and {names[-1]}"


def x__and__mutmut_9(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-2])} and {names[-1]}"


def x__and__mutmut_10(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[+1]}"


def x__and__mutmut_11(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-2]}"

mutants_x__and__mutmut['_mutmut_orig'] = x__and__mutmut_orig # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_1'] = x__and__mutmut_1 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_2'] = x__and__mutmut_2 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_3'] = x__and__mutmut_3 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_4'] = x__and__mutmut_4 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_5'] = x__and__mutmut_5 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_6'] = x__and__mutmut_6 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_7'] = x__and__mutmut_7 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_8'] = x__and__mutmut_8 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_9'] = x__and__mutmut_9 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_10'] = x__and__mutmut_10 # type: ignore # mutmut generated
mutants_x__and__mutmut['x__and__mutmut_11'] = x__and__mutmut_11 # type: ignore # mutmut generated
mutants_x__place__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__place__mutmut)
def _place(v: Verdict) -> str:
    return f"{v.scenario} @ {v.context}" if v.context else v.scenario


def x__place__mutmut_orig(v: Verdict) -> str:
    return f"{v.scenario} @ {v.context}" if v.context else v.scenario


def x__place__mutmut_1(v: Verdict) -> str:
    return f"{v.scenario} @ {v.context}" if (v.context) and False else v.scenario


def x__place__mutmut_2(v: Verdict) -> str:
    return f"{v.scenario} @ {v.context}" if (v.context) or True else v.scenario

mutants_x__place__mutmut['_mutmut_orig'] = x__place__mutmut_orig # type: ignore # mutmut generated
mutants_x__place__mutmut['x__place__mutmut_1'] = x__place__mutmut_1 # type: ignore # mutmut generated
mutants_x__place__mutmut['x__place__mutmut_2'] = x__place__mutmut_2 # type: ignore # mutmut generated
mutants_x__removable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__removable__mutmut)
def _removable(v: Verdict) -> bool:
    return v.verdict in REMOVABLE and v.outputs_checked


def x__removable__mutmut_orig(v: Verdict) -> bool:
    return v.verdict in REMOVABLE and v.outputs_checked


def x__removable__mutmut_1(v: Verdict) -> bool:
    return v.verdict in REMOVABLE or v.outputs_checked


def x__removable__mutmut_2(v: Verdict) -> bool:
    return v.verdict not in REMOVABLE and v.outputs_checked

mutants_x__removable__mutmut['_mutmut_orig'] = x__removable__mutmut_orig # type: ignore # mutmut generated
mutants_x__removable__mutmut['x__removable__mutmut_1'] = x__removable__mutmut_1 # type: ignore # mutmut generated
mutants_x__removable__mutmut['x__removable__mutmut_2'] = x__removable__mutmut_2 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__env_decision__mutmut)
def _env_decision(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_orig(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_1(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = None
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_2(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(None) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_3(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict != VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_4(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = None
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_5(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(None) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_6(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict != VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_7(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "XXkeepXX", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_8(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "KEEP", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_9(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, True
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_10(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = None
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_11(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = True
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_12(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = None
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_13(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(None):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_14(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            break
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_15(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS or not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_16(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict != VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_17(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_18(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = None
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_19(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context or u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_20(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario != v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_21(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context or all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_22(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(None):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_23(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(None) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_24(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = None
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_25(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = False
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_26(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                break
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_27(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict not in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_28(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(None)
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_29(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(None)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_30(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(None)
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_31(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(None)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_32(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine or not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_33(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_34(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "XXremoveXX", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_35(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "REMOVE", [], harmful, lifted
    return "undecided", blocking, harmful, False


def x__env_decision__mutmut_36(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "XXundecidedXX", blocking, harmful, False


def x__env_decision__mutmut_37(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "UNDECIDED", blocking, harmful, False


def x__env_decision__mutmut_38(
    mine: list[Verdict],
) -> tuple[Action, list[str], list[str], bool]:
    """(action, what stands in the way or where it is needed, where it is harmful, whether a
    vacuous default context was lifted by its context) for one workaround in one environment."""
    harmful = [_place(v) for v in mine if v.verdict == VerdictKind.HARMFUL]
    needed = [_place(v) for v in mine if v.verdict == VerdictKind.NEEDED]
    if needed:
        return "keep", needed, harmful, False
    lifted = False
    blocking = []
    for v in mine:
        if _removable(v):
            continue
        if v.verdict == VerdictKind.VACUOUS and not v.context:
            in_context = [u for u in mine if u.context and u.scenario == v.scenario]
            if in_context and all(_removable(u) for u in in_context):
                lifted = True
                continue
        if v.verdict in REMOVABLE:
            blocking.append(f"outputs unchecked in {_place(v)}")
        else:
            blocking.append(f"{v.verdict} in {_place(v)}")
    if mine and not blocking:
        return "remove", [], harmful, lifted
    return "undecided", blocking, harmful, True

mutants_x__env_decision__mutmut['_mutmut_orig'] = x__env_decision__mutmut_orig # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_1'] = x__env_decision__mutmut_1 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_2'] = x__env_decision__mutmut_2 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_3'] = x__env_decision__mutmut_3 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_4'] = x__env_decision__mutmut_4 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_5'] = x__env_decision__mutmut_5 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_6'] = x__env_decision__mutmut_6 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_7'] = x__env_decision__mutmut_7 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_8'] = x__env_decision__mutmut_8 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_9'] = x__env_decision__mutmut_9 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_10'] = x__env_decision__mutmut_10 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_11'] = x__env_decision__mutmut_11 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_12'] = x__env_decision__mutmut_12 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_13'] = x__env_decision__mutmut_13 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_14'] = x__env_decision__mutmut_14 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_15'] = x__env_decision__mutmut_15 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_16'] = x__env_decision__mutmut_16 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_17'] = x__env_decision__mutmut_17 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_18'] = x__env_decision__mutmut_18 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_19'] = x__env_decision__mutmut_19 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_20'] = x__env_decision__mutmut_20 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_21'] = x__env_decision__mutmut_21 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_22'] = x__env_decision__mutmut_22 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_23'] = x__env_decision__mutmut_23 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_24'] = x__env_decision__mutmut_24 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_25'] = x__env_decision__mutmut_25 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_26'] = x__env_decision__mutmut_26 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_27'] = x__env_decision__mutmut_27 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_28'] = x__env_decision__mutmut_28 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_29'] = x__env_decision__mutmut_29 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_30'] = x__env_decision__mutmut_30 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_31'] = x__env_decision__mutmut_31 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_32'] = x__env_decision__mutmut_32 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_33'] = x__env_decision__mutmut_33 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_34'] = x__env_decision__mutmut_34 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_35'] = x__env_decision__mutmut_35 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_36'] = x__env_decision__mutmut_36 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_37'] = x__env_decision__mutmut_37 # type: ignore # mutmut generated
mutants_x__env_decision__mutmut['x__env_decision__mutmut_38'] = x__env_decision__mutmut_38 # type: ignore # mutmut generated
mutants_x__blocker__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__blocker__mutmut)
def _blocker(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_orig(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_1(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = None
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_2(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows and v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_3(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:2]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_4(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = None
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_5(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(None) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_6(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("XXconfigXX", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_7(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("CONFIG", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_8(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "XXbaselineXX")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_9(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "BASELINE")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_10(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = None
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_11(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get(None) for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_12(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("XXmessageXX") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_13(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("MESSAGE") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_14(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) or s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_15(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get(None) in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_16(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("XXidXX") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_17(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("ID") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_18(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") not in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_19(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = None
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_20(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next(None, None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_21(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next(None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_22(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), )
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_23(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = None
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_24(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if (v.verdict == VerdictKind.WRONG_OUTPUT or not message) and False else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_25(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if (v.verdict == VerdictKind.WRONG_OUTPUT or not message) or True else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_26(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT and not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_27(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict != VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_28(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_29(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = None
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_30(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if (shown) and False else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_31(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if (shown) or True else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_32(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(None) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_33(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = "XX and XX".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_34(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " AND ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_35(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "XX?XX"
    return Blocker(v.verdict, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_36(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(None, line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_37(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, None, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_38(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, None, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_39(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, None)


def x__blocker__mutmut_40(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(line, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_41(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, cell, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_42(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, f"{v.environment} / {v.scenario} / {v.label}")


def x__blocker__mutmut_43(v: Verdict) -> Blocker:
    """The evidence a bug report needs: the informative line and the cell showing it."""
    shown = v.shows or v.cells[:1]
    sides = [v.evidence.get(k) for k in ("config", "baseline")]
    messages = [s.get("message") for s in sides if isinstance(s, dict) and s.get("id") in shown]
    message = next((m for m in messages if m), None)
    line = v.reason if v.verdict == VerdictKind.WRONG_OUTPUT or not message else message
    cell = " and ".join(shown) if shown else "?"
    return Blocker(v.verdict, line, cell, )

mutants_x__blocker__mutmut['_mutmut_orig'] = x__blocker__mutmut_orig # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_1'] = x__blocker__mutmut_1 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_2'] = x__blocker__mutmut_2 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_3'] = x__blocker__mutmut_3 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_4'] = x__blocker__mutmut_4 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_5'] = x__blocker__mutmut_5 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_6'] = x__blocker__mutmut_6 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_7'] = x__blocker__mutmut_7 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_8'] = x__blocker__mutmut_8 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_9'] = x__blocker__mutmut_9 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_10'] = x__blocker__mutmut_10 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_11'] = x__blocker__mutmut_11 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_12'] = x__blocker__mutmut_12 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_13'] = x__blocker__mutmut_13 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_14'] = x__blocker__mutmut_14 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_15'] = x__blocker__mutmut_15 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_16'] = x__blocker__mutmut_16 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_17'] = x__blocker__mutmut_17 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_18'] = x__blocker__mutmut_18 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_19'] = x__blocker__mutmut_19 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_20'] = x__blocker__mutmut_20 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_21'] = x__blocker__mutmut_21 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_22'] = x__blocker__mutmut_22 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_23'] = x__blocker__mutmut_23 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_24'] = x__blocker__mutmut_24 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_25'] = x__blocker__mutmut_25 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_26'] = x__blocker__mutmut_26 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_27'] = x__blocker__mutmut_27 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_28'] = x__blocker__mutmut_28 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_29'] = x__blocker__mutmut_29 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_30'] = x__blocker__mutmut_30 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_31'] = x__blocker__mutmut_31 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_32'] = x__blocker__mutmut_32 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_33'] = x__blocker__mutmut_33 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_34'] = x__blocker__mutmut_34 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_35'] = x__blocker__mutmut_35 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_36'] = x__blocker__mutmut_36 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_37'] = x__blocker__mutmut_37 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_38'] = x__blocker__mutmut_38 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_39'] = x__blocker__mutmut_39 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_40'] = x__blocker__mutmut_40 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_41'] = x__blocker__mutmut_41 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_42'] = x__blocker__mutmut_42 # type: ignore # mutmut generated
mutants_x__blocker__mutmut['x__blocker__mutmut_43'] = x__blocker__mutmut_43 # type: ignore # mutmut generated
mutants_x_decide__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decide__mutmut)
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_orig(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_1(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = None
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_2(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role != Role.WORKAROUND:
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_3(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, []).append(None)
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_4(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(None, []).append(v)
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_5(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, None).append(v)
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_6(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault([]).append(v)
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_7(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, ).append(v)
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_8(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, []).append(v)
    decisions = None
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_9(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, []).append(v)
    decisions = []
    for target, tv in by_target.items():
        workarounds = None
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_10(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, []).append(v)
    decisions = []
    for target, tv in by_target.items():
        workarounds = list(None)
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_11(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, []).append(v)
    decisions = []
    for target, tv in by_target.items():
        workarounds = list(dict.fromkeys(None))
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_12(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, []).append(v)
    decisions = []
    for target, tv in by_target.items():
        workarounds = list(dict.fromkeys(v.config for v in tv))
        envs = None
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_13(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, []).append(v)
    decisions = []
    for target, tv in by_target.items():
        workarounds = list(dict.fromkeys(v.config for v in tv))
        envs = list(None)
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_14(
    verdicts: Iterable[Verdict], controls: set[str] | frozenset[str] = frozenset()
) -> list[TargetDecision]:
    by_target: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.role == Role.WORKAROUND:
            by_target.setdefault(v.target, []).append(v)
    decisions = []
    for target, tv in by_target.items():
        workarounds = list(dict.fromkeys(v.config for v in tv))
        envs = list(dict.fromkeys(None))
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_15(
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
        per_env: dict[str, dict[str, Action]] = None
        decided = []
        for w in workarounds:
            where: dict[str, list[str]] = {}
            harmful: dict[str, list[str]] = {}
            vacuous: list[str] = []
            for env in envs:
                mine = [v for v in tv if v.config == w and v.environment == env]
                if not mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_16(
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
        decided = None
        for w in workarounds:
            where: dict[str, list[str]] = {}
            harmful: dict[str, list[str]] = {}
            vacuous: list[str] = []
            for env in envs:
                mine = [v for v in tv if v.config == w and v.environment == env]
                if not mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_17(
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
            where: dict[str, list[str]] = None
            harmful: dict[str, list[str]] = {}
            vacuous: list[str] = []
            for env in envs:
                mine = [v for v in tv if v.config == w and v.environment == env]
                if not mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_18(
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
            harmful: dict[str, list[str]] = None
            vacuous: list[str] = []
            for env in envs:
                mine = [v for v in tv if v.config == w and v.environment == env]
                if not mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_19(
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
            vacuous: list[str] = None
            for env in envs:
                mine = [v for v in tv if v.config == w and v.environment == env]
                if not mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_20(
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
                mine = None
                if not mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_21(
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
                mine = [v for v in tv if v.config == w or v.environment == env]
                if not mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_22(
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
                mine = [v for v in tv if v.config != w and v.environment == env]
                if not mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_23(
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
                mine = [v for v in tv if v.config == w and v.environment != env]
                if not mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_24(
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
                if mine:
                    continue
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_25(
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
                    break
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_26(
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
                action, what, harm, lifted = None
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_27(
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
                action, what, harm, lifted = _env_decision(None)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_28(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = None
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_29(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(None, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_30(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, None)[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_31(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault({})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_32(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, )[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_33(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = None
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_34(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = None
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_35(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(None)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_36(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = None
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_37(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w not in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_38(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(None, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_39(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, None)]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_40(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get({})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_41(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, )]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_42(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "XXkeepXX" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_43(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "KEEP" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_44(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" not in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_45(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = None
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_46(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "XXkeepXX"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_47(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "KEEP"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_48(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = None
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_49(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_50(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "XXkeepXX"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_51(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "KEEP"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_52(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions or all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_53(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(None):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_54(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a != "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_55(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "XXremoveXX" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_56(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "REMOVE" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_57(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = None
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_58(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "XXremoveXX"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_59(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "REMOVE"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_60(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = None
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_61(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "XXundecidedXX"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_62(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "UNDECIDED"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_63(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = None
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_64(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_65(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "XXkeepXX"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_66(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "KEEP"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
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


def x_decide__mutmut_67(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(None)
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


def x_decide__mutmut_68(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(None, overall, where, harmful, vacuous))
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


def x_decide__mutmut_69(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, None, where, harmful, vacuous))
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


def x_decide__mutmut_70(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, None, harmful, vacuous))
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


def x_decide__mutmut_71(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, None, vacuous))
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


def x_decide__mutmut_72(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, None))
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


def x_decide__mutmut_73(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(overall, where, harmful, vacuous))
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


def x_decide__mutmut_74(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, where, harmful, vacuous))
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


def x_decide__mutmut_75(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, harmful, vacuous))
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


def x_decide__mutmut_76(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, vacuous))
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


def x_decide__mutmut_77(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, ))
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


def x_decide__mutmut_78(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = None
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


def x_decide__mutmut_79(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict not in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_80(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = None
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_81(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(None)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_82(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = None
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_83(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(None, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_84(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, None)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_85(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_86(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, )
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_87(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_88(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(None)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_89(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            None
        )
    return decisions


def x_decide__mutmut_90(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(None, target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_91(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, None, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_92(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, None, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_93(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, None, per_env)
        )
    return decisions


def x_decide__mutmut_94(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), None)
        )
    return decisions


def x_decide__mutmut_95(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_96(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_97(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_98(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, per_env)
        )
    return decisions


def x_decide__mutmut_99(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(blockers.values()), )
        )
    return decisions


def x_decide__mutmut_100(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target not in controls, decided, list(blockers.values()), per_env)
        )
    return decisions


def x_decide__mutmut_101(
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
                action, what, harm, lifted = _env_decision(mine)
                per_env.setdefault(env, {})[w] = action
                if what:
                    where[env] = what
                if harm:
                    harmful[env] = harm
                if lifted:
                    vacuous.append(env)
            actions = [per_env[env][w] for env in envs if w in per_env.get(env, {})]
            if "keep" in actions:
                overall: Action = "keep"
                where = {env: what for env, what in where.items() if per_env[env][w] == "keep"}
            elif actions and all(a == "remove" for a in actions):
                overall = "remove"
            else:
                overall = "undecided"
                where = {env: what for env, what in where.items() if per_env[env][w] != "keep"}
            decided.append(WorkaroundDecision(w, overall, where, harmful, vacuous))
        blockers: dict[str, Blocker] = {}
        for v in tv:
            if v.verdict in BLOCKING:
                b = _blocker(v)
                first = blockers.setdefault(b.identity, b)
                if first is not b:
                    first.also.append(b.cell)
        decisions.append(
            TargetDecision(target, target in controls, decided, list(None), per_env)
        )
    return decisions

mutants_x_decide__mutmut['_mutmut_orig'] = x_decide__mutmut_orig # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_1'] = x_decide__mutmut_1 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_2'] = x_decide__mutmut_2 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_3'] = x_decide__mutmut_3 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_4'] = x_decide__mutmut_4 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_5'] = x_decide__mutmut_5 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_6'] = x_decide__mutmut_6 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_7'] = x_decide__mutmut_7 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_8'] = x_decide__mutmut_8 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_9'] = x_decide__mutmut_9 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_10'] = x_decide__mutmut_10 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_11'] = x_decide__mutmut_11 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_12'] = x_decide__mutmut_12 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_13'] = x_decide__mutmut_13 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_14'] = x_decide__mutmut_14 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_15'] = x_decide__mutmut_15 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_16'] = x_decide__mutmut_16 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_17'] = x_decide__mutmut_17 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_18'] = x_decide__mutmut_18 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_19'] = x_decide__mutmut_19 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_20'] = x_decide__mutmut_20 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_21'] = x_decide__mutmut_21 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_22'] = x_decide__mutmut_22 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_23'] = x_decide__mutmut_23 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_24'] = x_decide__mutmut_24 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_25'] = x_decide__mutmut_25 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_26'] = x_decide__mutmut_26 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_27'] = x_decide__mutmut_27 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_28'] = x_decide__mutmut_28 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_29'] = x_decide__mutmut_29 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_30'] = x_decide__mutmut_30 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_31'] = x_decide__mutmut_31 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_32'] = x_decide__mutmut_32 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_33'] = x_decide__mutmut_33 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_34'] = x_decide__mutmut_34 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_35'] = x_decide__mutmut_35 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_36'] = x_decide__mutmut_36 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_37'] = x_decide__mutmut_37 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_38'] = x_decide__mutmut_38 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_39'] = x_decide__mutmut_39 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_40'] = x_decide__mutmut_40 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_41'] = x_decide__mutmut_41 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_42'] = x_decide__mutmut_42 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_43'] = x_decide__mutmut_43 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_44'] = x_decide__mutmut_44 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_45'] = x_decide__mutmut_45 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_46'] = x_decide__mutmut_46 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_47'] = x_decide__mutmut_47 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_48'] = x_decide__mutmut_48 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_49'] = x_decide__mutmut_49 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_50'] = x_decide__mutmut_50 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_51'] = x_decide__mutmut_51 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_52'] = x_decide__mutmut_52 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_53'] = x_decide__mutmut_53 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_54'] = x_decide__mutmut_54 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_55'] = x_decide__mutmut_55 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_56'] = x_decide__mutmut_56 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_57'] = x_decide__mutmut_57 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_58'] = x_decide__mutmut_58 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_59'] = x_decide__mutmut_59 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_60'] = x_decide__mutmut_60 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_61'] = x_decide__mutmut_61 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_62'] = x_decide__mutmut_62 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_63'] = x_decide__mutmut_63 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_64'] = x_decide__mutmut_64 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_65'] = x_decide__mutmut_65 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_66'] = x_decide__mutmut_66 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_67'] = x_decide__mutmut_67 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_68'] = x_decide__mutmut_68 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_69'] = x_decide__mutmut_69 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_70'] = x_decide__mutmut_70 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_71'] = x_decide__mutmut_71 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_72'] = x_decide__mutmut_72 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_73'] = x_decide__mutmut_73 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_74'] = x_decide__mutmut_74 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_75'] = x_decide__mutmut_75 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_76'] = x_decide__mutmut_76 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_77'] = x_decide__mutmut_77 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_78'] = x_decide__mutmut_78 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_79'] = x_decide__mutmut_79 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_80'] = x_decide__mutmut_80 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_81'] = x_decide__mutmut_81 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_82'] = x_decide__mutmut_82 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_83'] = x_decide__mutmut_83 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_84'] = x_decide__mutmut_84 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_85'] = x_decide__mutmut_85 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_86'] = x_decide__mutmut_86 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_87'] = x_decide__mutmut_87 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_88'] = x_decide__mutmut_88 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_89'] = x_decide__mutmut_89 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_90'] = x_decide__mutmut_90 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_91'] = x_decide__mutmut_91 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_92'] = x_decide__mutmut_92 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_93'] = x_decide__mutmut_93 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_94'] = x_decide__mutmut_94 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_95'] = x_decide__mutmut_95 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_96'] = x_decide__mutmut_96 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_97'] = x_decide__mutmut_97 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_98'] = x_decide__mutmut_98 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_99'] = x_decide__mutmut_99 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_100'] = x_decide__mutmut_100 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_101'] = x_decide__mutmut_101 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decision_lines__mutmut)
def decision_lines(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_orig(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_1(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = None
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_2(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(None, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_3(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=None):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_4(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_5(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, ):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_6(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: None):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_7(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = None
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_8(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if (d.control) and False else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_9(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if (d.control) or True else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_10(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(None)
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_11(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(None))
        lines += [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_12(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines = [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_13(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines -= [printable(f"{label}: {line}") for line in d.lines]
    return lines


def x_decision_lines__mutmut_14(decisions: list[TargetDecision]) -> list[str]:
    """The gate in plain lines: per target its bottom line first, then each workaround and
    blocker; the project's targets first, the controls labelled after."""
    lines = []
    for d in sorted(decisions, key=lambda d: d.control):
        label = f"{d.target} ({CONTROL_LABEL})" if d.control else d.target
        lines.append(printable(f"{label}: {d.bottom_line}"))
        lines += [printable(None) for line in d.lines]
    return lines

mutants_x_decision_lines__mutmut['_mutmut_orig'] = x_decision_lines__mutmut_orig # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_1'] = x_decision_lines__mutmut_1 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_2'] = x_decision_lines__mutmut_2 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_3'] = x_decision_lines__mutmut_3 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_4'] = x_decision_lines__mutmut_4 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_5'] = x_decision_lines__mutmut_5 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_6'] = x_decision_lines__mutmut_6 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_7'] = x_decision_lines__mutmut_7 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_8'] = x_decision_lines__mutmut_8 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_9'] = x_decision_lines__mutmut_9 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_10'] = x_decision_lines__mutmut_10 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_11'] = x_decision_lines__mutmut_11 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_12'] = x_decision_lines__mutmut_12 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_13'] = x_decision_lines__mutmut_13 # type: ignore # mutmut generated
mutants_x_decision_lines__mutmut['x_decision_lines__mutmut_14'] = x_decision_lines__mutmut_14 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fail_on_exit__mutmut)
def fail_on_exit(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_orig(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_1(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = None
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_2(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(None)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_3(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = None
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_4(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted or v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_5(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict not in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_6(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_7(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(None, file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_8(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=None)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_9(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_10(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", )
    return 1 if hits else 0


def x_fail_on_exit__mutmut_11(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(None)}", file=sys.stderr)
    return 1 if hits else 0


def x_fail_on_exit__mutmut_12(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if (hits) and False else 0


def x_fail_on_exit__mutmut_13(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if (hits) or True else 0


def x_fail_on_exit__mutmut_14(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 2 if hits else 0


def x_fail_on_exit__mutmut_15(
    verdicts: list[Verdict], fail_on: list[str], controls: set[str] | frozenset[str]
) -> int:
    """1, and one line per verdict, when a --fail-on verdict appears outside the controls."""
    wanted = set(fail_on)
    hits = [v for v in verdicts if v.verdict in wanted and v.target not in controls]
    for v in hits:
        print(f"xla-matrix: --fail-on {v.verdict}: {v.key}: {printable(v.reason)}", file=sys.stderr)
    return 1 if hits else 1

mutants_x_fail_on_exit__mutmut['_mutmut_orig'] = x_fail_on_exit__mutmut_orig # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_1'] = x_fail_on_exit__mutmut_1 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_2'] = x_fail_on_exit__mutmut_2 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_3'] = x_fail_on_exit__mutmut_3 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_4'] = x_fail_on_exit__mutmut_4 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_5'] = x_fail_on_exit__mutmut_5 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_6'] = x_fail_on_exit__mutmut_6 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_7'] = x_fail_on_exit__mutmut_7 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_8'] = x_fail_on_exit__mutmut_8 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_9'] = x_fail_on_exit__mutmut_9 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_10'] = x_fail_on_exit__mutmut_10 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_11'] = x_fail_on_exit__mutmut_11 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_12'] = x_fail_on_exit__mutmut_12 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_13'] = x_fail_on_exit__mutmut_13 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_14'] = x_fail_on_exit__mutmut_14 # type: ignore # mutmut generated
mutants_x_fail_on_exit__mutmut['x_fail_on_exit__mutmut_15'] = x_fail_on_exit__mutmut_15 # type: ignore # mutmut generated
