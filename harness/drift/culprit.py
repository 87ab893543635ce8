"""Drift to culprit: from a verdict that changed to the build, or the code, that changed it.

For each changed cell (at most `max_cells` bisected, within a time budget):

- in an environment where the bisected distribution floats (tf-nightly: whatever build is
  newest on the night it runs), the newest earlier run in the history where the expected
  verdict held gives the last good build and this run the bad one; the builds between them
  are bisected with `--bad-if verdict=<new verdict>`, each probe the matrix environment
  with that build pinned, the cell run as this run ran it (within its context probe, if any);
- in an environment whose pins did not move (a release, or a nightly whose build is the
  same), the change comes from the target or the harness: the line names which source hash
  differs from the good run's and gives the `git bisect run xla-matrix check` command;
- otherwise it says why it could not bisect (no earlier run, a build that cannot be
  installed, the cap or the budget reached).

Each line goes to drift.json as soon as it is known, so a step stopped by CI keeps the ones
it finished.
"""

from __future__ import annotations

import contextlib
import shlex
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from packaging.version import InvalidVersion, Version

from harness.bisect.index import Index, builds_between, index_releases
from harness.bisect.probe import BadIf, CellQuery, floats, pinned_environment, probe_version
from harness.bisect.search import BAD, GOOD, SKIP, BisectError, Outcome, Stop, search
from harness.config.errors import UsageError
from harness.config.matrix import Environment, Matrix
from harness.config.selection import adhoc_target
from harness.drift.expected import Change
from harness.judge.vocabulary import VerdictKind
from harness.results import store
from harness.results.history import Past
from harness.results.records import Verdict
from harness.results.untrusted import printable

if TYPE_CHECKING:
    from harness.report.model import Report

NOT_BISECTABLE = {
    VerdictKind.INFRA: "this run's cell could not run (infra): nothing to bisect",
    VerdictKind.MISSING: "this run's cell has no result (missing): nothing to bisect",
    VerdictKind.FLAKY: "flaky needs repeated runs per build: not bisected",
}


@dataclass
class Culprit:
    """One changed cell: where its change came from, or why that could not be found."""

    key: str
    old: str | None
    new: str | None
    environment: str = ""
    kind: str = ""  # "nightly": bisected over builds; "code": the target or the harness
    dist: str = ""
    good_run: str | None = None  # the newest earlier run where the expected verdict held
    last_good: str | None = None
    first_bad: str | None = None
    probes: int = 0
    seconds: float = 0.0
    skipped: list[str] = field(default_factory=list)  # builds between that could not run
    moved: list[str] = field(default_factory=list)  # what differs from the good run
    reason: str = ""  # why it could not bisect, or why the search ended early
    command: str = ""  # git bisect run ..., for a change in the target or the harness
    log: str = ""  # where the probes' runs are

    @property
    def found(self) -> bool:
        return bool(self.last_good and self.first_bad and not self.reason)

    def text(self) -> str:
        """The line for the terminal and the job summary."""
        parts = [str(Change(self.key, self.old, self.new))]
        spent = f"{self.probes} probes, {_duration(self.seconds)}"
        if self.found:
            parts.append(
                f"last good {self.dist} {self.last_good}, first bad {self.first_bad} ({spent})"
            )
            if self.skipped:
                parts.append(f"could not test {', '.join(self.skipped)} between them")
        elif self.kind == "nightly" and self.last_good and self.first_bad and self.probes:
            parts.append(
                f"between {self.dist} {self.last_good} and {self.first_bad} when it stopped "
                f"({spent}): {self.reason}"
            )
        elif self.kind == "nightly" and self.last_good and self.first_bad:
            parts.append(
                f"not bisected: {self.reason} (last good {self.dist} {self.last_good} in run "
                f"{self.good_run}, this run {self.first_bad})"
            )
        elif self.reason:
            prefix = "" if self.kind == "code" else "not bisected: "
            parts.append(prefix + self.reason + (f" ({spent})" if self.probes else ""))
        if self.moved:
            parts.append(f"moved since run {self.good_run}: {', '.join(self.moved)}")
        if self.command:
            parts.append(f"find the commit with: {self.command}")
        return "; ".join(parts)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


@dataclass
class Options:
    matrix: Matrix
    index: Index
    venvs: Path  # the probed builds' venvs, installed once and reused
    out: Path  # where the probes' runs go, and drift.json
    dist: str = "tf-nightly"  # the distribution whose builds are bisected
    max_cells: int = 3
    budget_s: float = 3600.0
    started: float = field(default_factory=time.monotonic)  # the budget counts from here


class Finder:
    """Finds the culprit of each change in turn, sharing one cap and one time budget."""

    def __init__(
        self,
        options: Options,
        today: Past,
        past: list[Past],
        say: Callable[[str], None] = print,
    ) -> None:
        self.o = options
        self.today = today
        self.past = past  # oldest first
        # what it says quotes versions and probe summaries from runs and installers:
        # one printable line each (a newline could start a workflow command in a CI log)
        self.say: Callable[[str], None] = lambda text: say(printable(text))
        self.deadline = options.started + options.budget_s
        self.bisected = 0
        # environment -> (last good, first bad) of the cells bisected so far: the verdicts
        # of one environment often change with the same build, tried first for the next cell
        self.boundaries: dict[str, tuple[str, str]] = {}

    # --- one change ---------------------------------------------------------------------

    def find(self, change: Change, verdict: Verdict | None) -> Culprit:
        line = Culprit(change.key, change.old, change.new)
        if change.old is None or change.new is None or verdict is None:
            line.reason = (
                "a new cell, with no expectation to hold"
                if change.old is None
                else "the cell is no longer judged"
            )
            return line
        line.environment = verdict.environment
        if change.new in NOT_BISECTABLE:
            line.reason = NOT_BISECTABLE[change.new]
            return line
        env = self.o.matrix.environments.get(verdict.environment)
        if env is None:
            line.reason = f"environment {verdict.environment} is not in {self.o.matrix.path}"
            return line
        held = [p for p in self.past if p.verdicts.get(change.key) == change.old]
        if not floats(env, self.o.dist):
            return self._code(line, verdict, env, held[-1] if held else None, "the pins")
        line.kind, line.dist = "nightly", self.o.dist
        today = self.today.version(env.name, self.o.dist)
        if today is None:
            line.reason = f"this run recorded no {self.o.dist} version for {env.name}"
            return line
        with_build = [p for p in held if p.version(env.name, self.o.dist)]
        if not with_build:
            line.reason = self._no_earlier_run(change, held)
            return line
        good = with_build[-1]
        line.good_run = good.run_id
        good_build = good.version(env.name, self.o.dist) or ""
        if _version(good_build) is None or _version(today) is None:
            line.reason = f"not {self.o.dist} versions: {good_build!r}, {today!r}"
            return line
        if _version(good_build) >= _version(today):  # type: ignore[operator]
            return self._code(line, verdict, env, good, f"{self.o.dist} {today}")
        line.last_good, line.first_bad = good_build, today
        if self.bisected >= self.o.max_cells:
            line.reason = f"cap reached (--bisect-max {self.o.max_cells})"
            return line
        if time.monotonic() >= self.deadline:
            line.reason = f"time budget reached ({self.o.budget_s:g} s, --bisect-budget)"
            return line
        self.bisected += 1
        return self._bisect(line, verdict, env, good)

    def _no_earlier_run(self, change: Change, held: list[Past]) -> str:
        if not self.past:
            return "no earlier run in the history"
        if held:
            return (
                f"no earlier run where {change.old} held recorded its {self.o.dist} build "
                f"({len(held)} runs without one)"
            )
        judged = sum(change.key in p.verdicts for p in self.past)
        return (
            f"no earlier run in the history where {change.old} held "
            f"({len(self.past)} runs, {judged} of them judged this cell)"
        )

    # --- over builds --------------------------------------------------------------------

    def _bisect(self, line: Culprit, verdict: Verdict, env: Environment, good: Past) -> Culprit:
        started = time.monotonic()
        try:
            query = self._query(verdict, BadIf("verdict", line.new))
            available = index_releases(self.o.dist, self.o.index)
            versions = builds_between(line.last_good or "", line.first_bad or "", available)
        except UsageError as exc:
            line.reason = self.o.index.redact(str(exc))
            return line
        out = self.o.out / "drift" / _slug(line.key)
        line.log = str(out)
        outcomes: dict[str, Outcome] = {}
        self.say(
            f"{line.key}: bisecting {len(versions)} {self.o.dist} builds "
            f"{versions[0]} .. {versions[-1]}, bad if {query.bad_if}"
        )

        def probe(version: str) -> Outcome:
            if time.monotonic() >= self.deadline:
                raise Stop(f"time budget reached ({self.o.budget_s:g} s, --bisect-budget)")
            probed = pinned_environment(env, self.o.dist, version)
            outcome = probe_version(
                probed,
                version,
                query,
                self.o.venvs,
                self.o.index,
                out / version,
                dist=self.o.dist,
                pre=probed.nightly,
                held=self.o.dist,
            )
            outcome.summary = self.o.index.redact(outcome.summary)
            outcomes[version] = outcome
            self.say(f"  {version:<24} {outcome.label:<5} {outcome.summary}")
            return outcome

        known = self.boundaries.get(env.name)
        hints = [known[1], known[0]] if known else []
        try:
            result = search(versions, probe, hints)
        except BisectError as exc:
            line.probes, line.seconds = len(outcomes), time.monotonic() - started
            return self._ends(line, verdict, env, good, versions, outcomes, str(exc))
        line.probes, line.seconds = len(result.steps), time.monotonic() - started
        line.last_good, line.first_bad = result.before, result.after
        line.skipped = result.skipped_between
        line.reason = result.stopped or ""
        if line.found:
            self.boundaries[env.name] = (result.before, result.after)
        return line

    def _ends(
        self,
        line: Culprit,
        verdict: Verdict,
        env: Environment,
        good: Past,
        versions: list[str],
        outcomes: dict[str, Outcome],
        error: str,
    ) -> Culprit:
        """Why the ends did not bracket the change, in the words of a drift line."""
        first, last = outcomes.get(versions[0]), outcomes.get(versions[-1])
        line.last_good = line.first_bad = None
        if first is not None and first.label == SKIP:
            line.reason = f"a build that cannot be installed or run: {versions[0]}: {first.summary}"
        elif last is not None and last.label == SKIP:
            line.reason = f"a build that cannot be installed or run: {versions[-1]}: {last.summary}"
        elif first is not None and first.label == BAD:
            line.kind = "code"
            line.reason = (
                f"the last good build {versions[0]} (run {good.run_id}) gives {line.new} "
                "today too: the change comes from the target or the harness"
            )
            self._sources(line, verdict, env, good)
        elif last is not None and last.label == GOOD:
            line.reason = (
                f"this run's build {versions[-1]} does not give {line.new} when probed again "
                f"({last.summary}): a flaky cell, or the probe differs from the run"
            )
        else:
            line.reason = self.o.index.redact(error)
        return line

    def _query(self, verdict: Verdict, bad_if: BadIf) -> CellQuery:
        query = CellQuery(
            self.o.matrix,
            target=verdict.target,
            scenario=verdict.scenario,
            config=verdict.config,
            bad_if=bad_if,
            context=verdict.context,
        )
        query.cells()  # a target, scenario or config the matrix no longer has ends here
        return query

    # --- the target or the harness ----------------------------------------------------------

    def _code(
        self, line: Culprit, verdict: Verdict, env: Environment, good: Past | None, pins: str
    ) -> Culprit:
        """Nothing to bisect over builds: say what moved since the good run, and how to find
        the commit."""
        line.kind = "code"
        line.command = self.command(verdict, env, line.new or "")
        if good is None:
            line.reason = (
                f"no earlier run in the history where {line.old} held: cannot tell what moved"
            )
            return line
        sources = self._sources(line, verdict, env, good)
        what = " and ".join(sources or []) or "the target or the harness"
        if sources is None:
            line.reason = (
                f"{pins} did not move: the change comes from {what} (the runs recorded "
                "no source hashes to tell which)"
            )
        elif len(line.moved) > len(sources):
            line.reason = f"installed packages moved: the change comes from them or from {what}"
        elif sources:
            line.reason = f"{pins} did not move: the change comes from {what}"
        else:
            line.reason = (
                f"{pins} did not move and neither did the recorded sources: "
                "a flaky cell, or something the runs do not record"
            )
        return line

    def _sources(
        self, line: Culprit, verdict: Verdict, env: Environment, good: Past
    ) -> list[str] | None:
        """Fill in what differs between the good run and this one (packages, then the
        target's and the harness's source); the sources that changed, as words (None when
        either run recorded no provenance)."""
        now, then = self.today.provenance.get(env.name), good.provenance.get(env.name)
        line.good_run = good.run_id
        line.command = line.command or self.command(verdict, env, line.new or "")
        if now is None or then is None:
            return None
        moved, sources = [], []
        for name in sorted(now.packages.keys() | then.packages.keys()):
            a, b = then.packages.get(name), now.packages.get(name)
            if a != b and name != "xla-matrix":
                moved.append(f"{name} {a or '(none)'} -> {b or '(none)'}")
        if then.targets.get(verdict.target) != now.targets.get(verdict.target):
            moved.append(f"target {verdict.target} source")
            sources.append(f"the target {verdict.target}")
        if then.harness != now.harness:
            moved.append("harness source")
            sources.append("the harness")
        line.moved = moved
        return sources

    def command(self, verdict: Verdict, env: Environment, new: str) -> str:
        """`git bisect run xla-matrix check ...` for this cell, in the environment's venv."""
        target = adhoc_target(self.o.matrix, verdict.target, None)
        matrix = self.o.matrix.path
        with contextlib.suppress(ValueError):  # shown relative to here where it can be
            matrix = matrix.resolve().relative_to(Path.cwd())
        args = ["git", "bisect", "run"]
        variables = env.cell_env()
        if variables:
            args += ["env", *(f"{k}={v}" for k, v in sorted(variables.items()))]
        args += ["xla-matrix", "check", "--matrix", str(matrix), "-t", verdict.target]
        if target.path:
            args += ["--target-path", target.path]
        args += ["-s", verdict.scenario, "-c", verdict.config]
        if verdict.context:
            args += ["--context", verdict.context]
        args += ["--bad-if", f"verdict={new}"]
        return shlex.join(args)


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def _slug(key: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in key.replace(" / ", "."))


PENDING = "not reached: the search stopped before this cell's turn"


def run(
    changes: list[Change],
    verdicts: list[Verdict],
    finder: Finder,
    on_line: Callable[[list[Culprit]], None],
) -> list[Culprit]:
    """A culprit line per change, in order. `on_line` sees every line after each one is
    found, those not reached yet saying so: a search stopped from outside leaves a file
    with a line for every change."""
    by_key = {v.key: v for v in verdicts}
    lines = [Culprit(c.key, c.old, c.new, reason=PENDING) for c in changes]
    on_line(lines)
    for i, change in enumerate(changes):
        lines[i] = finder.find(change, by_key.get(change.key))
        on_line(lines)
    return lines


def header(options: Options) -> dict[str, object]:
    return {
        "dist": options.dist,
        "index": options.index.shown,
        "max_cells": options.max_cells,
        "budget_s": options.budget_s,
    }


def write_files(
    out: Path,
    lines: list[Culprit],
    done: bool,
    about: dict[str, object] | None = None,
    problems: list[str] | None = None,
) -> tuple[Path, Path]:
    """drift.json (each line's facts and text) and drift.md (the lines and the problems
    with the results as Markdown for a job summary, escaped: they quote names and
    installer messages)."""
    from harness.config.typed import to_dict
    from harness.drift.expected import summary

    data = {**(about or {}), "complete": done}
    data["lines"] = [{"text": line.text(), **to_dict(line)} for line in lines]
    store.write_json_atomic(out / "drift.json", data)
    title = "Where the verdicts changed" if about else "Verdicts that changed"
    md = summary([line.text() for line in lines], problems or [], title)
    store.write_text_atomic(out / "drift.md", md or "No verdict changed.\n")
    return out / "drift.json", out / "drift.md"


def follow(
    changes: list[Change],
    report: Report,
    options: Options,
    history_dir: Path | None,
    skip: list[Path],
    say: Callable[[str], None] | None = None,
) -> list[Culprit]:
    """`report --check --bisect`: the culprit of each change, against the history in
    `history_dir` (default: the run folder's parent) less the folders in `skip` (this run,
    what it merged). Each line goes to stdout once known, progress to stderr, and drift.json
    and drift.md are rewritten after each."""
    from harness.results import history

    def to_stderr(text: str) -> None:
        print(printable(text), file=sys.stderr, flush=True)

    say = say or to_stderr
    today = history.from_verdicts("this run", report.verdicts_file)
    past = history.past_runs(
        history_dir or options.out.resolve().parent,
        exclude=skip,
        limit=None,
        exclude_identity=today.identity,
    )
    finder = Finder(options, today, past, say)
    about = header(options)
    printed = 0

    def on_line(lines: list[Culprit]) -> None:
        nonlocal printed
        write_files(options.out, lines, done=False, about=about)
        for line in lines[printed:]:
            if line.reason == PENDING:
                break
            print(printable(line.text()), flush=True)
            printed += 1

    lines = run(changes, report.verdicts, finder, on_line)
    paths = write_files(options.out, lines, done=True, about=about, problems=report.problems)
    finder.say(f"xla-matrix: drift lines in {paths[0]} and {paths[1]}")
    return lines
