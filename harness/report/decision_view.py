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
# an opening bracket this far in that the clip leaves unclosed is dropped with what follows
# it ("... ImageProjectiveTransformV3 (No registered 'ImagePr" ends at the op's name)
KEEP_BEFORE_BRACKET = 60


def clip_line(text: str, limit: int = BLOCKER_CHARS) -> str:
    """One line of at most `limit` characters, ending on a whole thought where it can."""
    text = " ".join(printable(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    depth, opened = 0, None
    for i, char in enumerate(cut):
        if char in "([{":
            if depth == 0:
                opened = i
            depth += 1
        elif char in ")]}" and depth:
            depth -= 1
    if depth and opened is not None and opened >= KEEP_BEFORE_BRACKET:
        cut = cut[:opened]
    return cut.rstrip(" ,;:") + " …"


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
