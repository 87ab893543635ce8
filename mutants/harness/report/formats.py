"""The report's file formats: one Renderer each, in one registry that `report --format` and
every report read. A format is a module with `render(report, out_dir) -> str` and one entry
in FORMATS; the registry names modules, not objects, so that the command line reads the
names without importing numpy or jinja2."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from harness.report.model import Report


class Renderer(Protocol):
    def render(self, report: Report, out_dir: Path) -> str:
        """The whole file; `out_dir` is where it is written (log tails, history)."""
        ...


@dataclass(frozen=True)
class Format:
    name: str  # what `report --format` takes
    filename: str  # the file every report writes in this format
    module: str  # the Renderer
    requires: tuple[str, ...] = ()  # what it needs beyond the harness's own dependencies

    @property
    def available(self) -> bool:
        return all(find_spec(name) is not None for name in (self.module, *self.requires))

    def render(self, report: Report, out_dir: Path) -> str:
        renderer = cast(Renderer, importlib.import_module(self.module))
        return renderer.render(report, out_dir)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("md", "xla_matrix.md", "harness.report.markdown"),
        Format("json", "verdicts.json", "harness.report.verdicts_json"),
        Format("junit", "junit.xml", "harness.report.junit"),
        Format("html", "index.html", "harness.report.html", requires=("jinja2",)),
    )
}
