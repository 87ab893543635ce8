"""verdicts.json: the verdicts and the report's meta, what history, drift and other tools
read back (harness.results.records.VerdictsFile)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from harness.report.model import Report


def render(report: Report, out_dir: Path) -> str:
    return json.dumps(report.verdicts_file.to_json(), indent=1)
