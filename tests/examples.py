"""The documented commands: every fenced `bash` or `console` block of README.md and docs/*.md,
marked `<!-- example: NAME -->` right above it.

A test that runs a block's commands gets them with `example("NAME")`; tests/test_docs.py
checks that every shell block is marked and that every name is used by a test this way (the
literal call `example("NAME")` in a file of tests/).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHELLS = ("bash", "console")
MARKER = re.compile(r"<!-- example: ([\w-]+) -->")
FENCE = re.compile(r"^(\s*)```(\S*)\s*$")


@dataclass(frozen=True)
class Command:
    """One command of a block: `VAR=value ... argv`, run in `cwd` (relative to the folder the
    block starts in: the repository, unless a `cd` came before it on the line)."""

    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    cwd: str = "."

    @property
    def nox_args(self) -> list[str]:
        """nox's own arguments (a `nox` command): what comes before `--`."""
        assert self.argv[0] == "nox", self.argv
        rest = self.argv[1:]
        return rest[: rest.index("--")] if "--" in rest else rest

    @property
    def posargs(self) -> list[str]:
        """What a `nox` command hands its sessions: what comes after `--`."""
        assert self.argv[0] == "nox", self.argv
        return self.argv[self.argv.index("--") + 1 :] if "--" in self.argv else []

    @property
    def sessions(self) -> list[str]:
        """The sessions a `nox` command names with -s/--session/--sessions."""
        names, take = [], False
        for arg in self.nox_args:
            if arg in ("-s", "--session", "--sessions"):
                take = True
            elif arg.startswith("-"):
                take = False
            elif take:
                names.append(arg)
        return names

    def __str__(self) -> str:
        env = [f"{k}={shlex.quote(v)}" for k, v in self.env.items()]
        cd = [f"(in {self.cwd})"] if self.cwd != "." else []
        return " ".join([*cd, *env, *map(shlex.quote, self.argv)])


@dataclass(frozen=True)
class Example:
    name: str | None  # None: a block without a marker
    path: Path
    line: int  # of the opening fence, 1-based
    lang: str
    text: str

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(REPO)}:{self.line}"

    @property
    def commands(self) -> list[Command]:
        """The block's commands: every line of a bash block (comments and `\\` continuations
        as the shell reads them, `&&` separating commands, a `cd` changing the folder of the
        ones after it), and the `$ ` lines of a console block (the rest is their output)."""
        lines = self.text.splitlines()
        if self.lang == "console":
            lines = [line[2:] for line in lines if line.startswith("$ ")]
        joined: list[str] = []
        for line in lines:
            if joined and joined[-1].endswith("\\"):
                joined[-1] = joined[-1][:-1] + " " + line.strip()
            else:
                joined.append(line)
        commands = []
        for line in joined:
            words = shlex.split(line, comments=True)
            cwd = "."
            while words:
                part = words[: words.index("&&")] if "&&" in words else words
                words = words[len(part) + 1 :]
                env = {}
                while part and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", part[0]):
                    key, _, value = part.pop(0).partition("=")
                    env[key] = value
                if part[:1] == ["cd"]:
                    cwd = str(Path(cwd) / part[1])
                    continue
                commands.append(Command(part, env, cwd))
        return commands


def blocks() -> list[Example]:
    """Every fenced block of README.md and docs/*.md, with the marker right above it."""
    found = []
    for path in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        lines = path.read_text().splitlines()
        i = 0
        while i < len(lines):
            m = FENCE.match(lines[i])
            if not m:
                i += 1
                continue
            end = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == "```")
            above = lines[i - 1].strip() if i > 0 else ""
            marker = MARKER.fullmatch(above)
            body = "\n".join(line[len(m.group(1)) :] for line in lines[i + 1 : end])
            found.append(
                Example(marker.group(1) if marker else None, path, i + 1, m.group(2), body)
            )
            i = end + 1
    return found


@cache
def _named() -> dict[str, Example]:
    named: dict[str, Example] = {}
    for block in blocks():
        if block.name is not None:
            assert block.name not in named, (
                f"{block.where}: example {block.name!r} is also at {named[block.name].where}"
            )
            named[block.name] = block
    return named


def example(name: str) -> Example:
    """The block marked `<!-- example: NAME -->` (a test that calls this runs its commands)."""
    named = _named()
    assert name in named, f"no block marked <!-- example: {name} --> in README.md or docs/"
    return named[name]


def with_option(args: list[str], option: str, value: str) -> list[str]:
    """`args` with the value of `option` replaced (a test narrowing a documented command)."""
    at = args.index(option)
    return [*args[: at + 1], value, *args[at + 2 :]]
