"""The installer's output: untrusted text, kept bounded, and the reason read from it.

Whatever runs the installer (a nox session's `session.install`, a bisect probe's uv or pip)
captures what it printed, stdout and stderr together, keeps its end (where uv and pip say
why) and raises `InstallFailed` with it when the installer refuses. `installer_reason` reads
the informative lines out of that text (the error and each cause, made printable and
bounded: it may quote a package's metadata, or a server's answer); `reason_line` makes one
line of them for a record, a table or a probe's summary.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO

from harness.config.secrets import redact
from harness.results.untrusted import printable

# the most of an installer's output kept (its end: where uv and pip say why)
OUTPUT_LIMIT = 256 * 1024
# what is kept of the installer's words: lines, characters per line, characters in one line
DETAIL_LINES = 20
DETAIL_LINE_CHARS = 300
REASON_CHARS = 600


class InstallFailed(Exception):
    """The installer refused. `output` is what it printed (untrusted text: read it with
    `installer_reason`), `return_code` its exit status, `step` the arguments it was given."""

    def __init__(
        self, output: str = "", return_code: int | None = None, step: Sequence[str] = ()
    ) -> None:
        super().__init__("the installer failed")
        # what the installer printed may quote a requirement's URL with its credentials
        self.output = redact(output)
        self.return_code = return_code
        self.step = [redact(a) for a in step]

    @property
    def installing(self) -> str:
        """What it was asked to install, in words: the step without its options."""
        return " ".join(a for a in self.step if not a.startswith("-"))


@contextlib.contextmanager
def captured() -> Iterator[IO[bytes]]:
    """A file for one installer call's output (give it as stdout, stderr=STDOUT)."""
    with tempfile.TemporaryFile() as out:
        yield out


def tail(out: IO[bytes]) -> str:
    """The end of what the installer wrote to `out` (OUTPUT_LIMIT bytes at most)."""
    size = out.seek(0, os.SEEK_END)
    out.seek(max(0, size - OUTPUT_LIMIT))
    return out.read().decode("utf-8", "replace")


# uv's and pip's lines that say why, in the order they print them
_ERROR = re.compile(r"^\s*(error|ERROR|\u00d7)[:\s]")  # pip marks some errors with a cross
_CAUSE = re.compile(r"^\s*(caused by|cause|hint|help|\u2570\u2500\u25b6)\s*:?\s*", re.I)
# lines that say nothing about why: progress, what was installed, which interpreter
_NOISE = re.compile(
    r"^\s*(Using Python|Resolved|Prepared|Installed|Uninstalled|Audited|Downloading|"
    r"Downloaded|Building|Built|Collecting|Requirement already|[+~-] \S)"
)
# a failure to resolve: another choice of requirements may install (not a network failure)
_RESOLUTION = re.compile(
    r"No solution found|ResolutionImpossible|conflicting dependencies|"
    r"Could not find a version that satisfies|No matching distribution found|unsatisfiable"
)


def is_resolution_failure(output: str) -> bool:
    """True when the resolver refused (another choice of requirements may install), not
    when the registry did not answer."""
    return bool(_RESOLUTION.search(output))


def installer_reason(output: str) -> tuple[str, ...]:
    """The installer's informative lines (its error and each cause), printable and bounded;
    the last few lines of its output when it printed no error line."""
    lines = [printable(line).rstrip() for line in output.splitlines()]
    start = next((i for i, line in enumerate(lines) if _ERROR.match(line)), None)
    if start is None:
        lines = [line for line in lines if line.strip() and not _NOISE.match(line)][-5:]
        start = 0
    found: list[str] = []
    for line in lines[start:]:
        if not line.strip() or _NOISE.match(line):
            continue
        text = _CAUSE.sub("", _ERROR.sub("", line, count=1), count=1).strip()
        if not text:
            continue
        cause = bool(_CAUSE.match(line) or _ERROR.match(line))
        if found and not cause and line.startswith((" ", "\t")):
            found[-1] = f"{found[-1]} {text}"  # a cause continued on the next line
        else:
            found.append(text)
    return tuple(clip(line, DETAIL_LINE_CHARS) for line in found[:DETAIL_LINES])


def reason_line(detail: Sequence[str], limit: int = REASON_CHARS, *, error: bool = True) -> str:
    """The informative lines on one line, `error: cause; cause`, at most `limit` characters.
    Without `error`, the causes alone where there are any: uv's "No solution found when
    resolving dependencies" says nothing its causes do not, which name the pin in the way."""
    if not detail:
        return ""
    if len(detail) == 1:
        return clip(detail[0], limit)
    if not error:
        return clip("; ".join(detail[1:]), limit)
    return clip(f"{detail[0]}: {'; '.join(detail[1:])}", limit)


def clip(text: str, limit: int) -> str:
    """At most `limit` characters; the middle goes (a cause's root is often last)."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    half = (limit - 5) // 2
    return f"{text[:half]} ... {text[-half:]}"
