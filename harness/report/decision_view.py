"""The decision as every report shows it (terminal, Markdown, HTML).

Per target, its bottom line first (the judge's one sentence), then one line per workaround
and per blocker; a blocker's informative line is clipped and names the cell that shows it:
the whole message is in the evidence (the cells that did not pass in xla_matrix.md, the
evidence panel of index.html, decision.json, the cell's record and log). The project's
targets come first; a control with an expectation (matrix.toml's `expect`) is one line
saying whether it showed its verdict, its own decision kept for the details.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from harness.judge.decision import CONTROL_LABEL, Blocker, TargetDecision
from harness.report.controls import Check
from harness.results.untrusted import printable

BLOCKER_CHARS = 180  # of a blocker's informative line in the decision
# a bracket left open at the end of a message from this far in goes, with what follows it
# ("... ImageProjectiveTransformV3 (No registered 'ImageProjectiveTransformV3' OpKernel ...")
KEEP_BEFORE_BRACKET = 60
_OPEN, _CLOSE = "([{", ")]}"


def _without_open_tail(text: str) -> str:
    """`text` up to the outermost bracket that is never closed, if it opens late enough."""
    opened: list[int] = []
    for i, char in enumerate(text):
        if char in _OPEN:
            opened.append(i)
        elif char in _CLOSE and opened:
            opened.pop()
    if opened and opened[0] >= KEEP_BEFORE_BRACKET:
        return text[: opened[0]].rstrip(" ,;:")
    return text


def clip_line(text: str, limit: int = BLOCKER_CHARS) -> str:
    """One line of at most about `limit` characters that keeps what informs: a tail left
    open by whoever cut the message goes first; then the middle, since TensorFlow says what
    failed at the start (the error, the step) and where at the end (the op, the shapes)."""
    text = " ".join(printable(text).split())
    if len(text) <= limit:
        return text
    text = _without_open_tail(text)
    if len(text) <= limit:
        return f"{text} …"
    head, tail = text[: limit * 2 // 5], text[-(limit - limit * 2 // 5 - 3) :]
    # whole words at both ends, where a word boundary is near
    head = head.rsplit(" ", 1)[0] if " " in head[-20:] else head
    tail = tail.split(" ", 1)[1] if " " in tail[:20] else tail
    return f"{head.rstrip(' ,;:')} … {tail}"


def blocker_line(b: Blocker, limit: int = BLOCKER_CHARS) -> str:
    more = ""
    if b.also:
        envs = list(dict.fromkeys(c.split("/", 1)[0] for c in b.also))
        more = f"; also {len(b.also)} more cell(s) in {', '.join(envs)}"
    return f"blocker: {clip_line(b.line, limit)} ({b.cell}; {b.verdict}{more})"


@dataclass
class TargetView:
    target: str
    control: bool
    bottom_line: str  # "" where the judge gives none
    items: list[str] = field(default_factory=list)  # one line per workaround and blocker
    expectation: Check | None = None  # a control's expectation, checked

    @property
    def label(self) -> str:
        return f"{self.target} ({CONTROL_LABEL})" if self.control else self.target

    @property
    def headline(self) -> str:
        """What comes first: a control's expectation, else the bottom line."""
        if self.expectation is not None:
            return self.expectation.line
        return self.bottom_line

    @property
    def lines(self) -> list[str]:
        """Plain lines, each naming its target: the headline first."""
        head = [self.headline] if self.headline else []
        return [printable(f"{self.label}: {line}") for line in [*head, *self.items]]


def views(decisions: Iterable[TargetDecision], checks: dict[str, Check]) -> list[TargetView]:
    """The project's targets first, the controls after (each in the judge's order)."""
    out = []
    for d in sorted(decisions, key=lambda d: d.control):
        items = [w.text for w in d.workarounds] + [blocker_line(b) for b in d.blockers]
        out.append(
            TargetView(
                d.target,
                d.control,
                # the judge's one sentence per target; decisions of a judge without it show
                # their items alone
                getattr(d, "bottom_line", ""),
                items,
                checks.get(d.target) if d.control else None,
            )
        )
    return out


def lines(target_views: Iterable[TargetView], details_of_controls: bool = False) -> list[str]:
    """Flat lines: each target's headline then its items; a control that showed what it
    was expected to show gives its headline alone unless `details_of_controls`."""
    out = []
    for view in target_views:
        held = view.expectation is not None and view.expectation.held
        out += view.lines[:1] if held and not details_of_controls else view.lines
    return out
