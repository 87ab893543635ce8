"""The GitHub Actions job matrix, from `nox -l --json`: one job per environment session
(and shard), each with a unique artifact name. Stdlib-only: runs before anything installs.

Usage: nox -l --json -t full > sessions.json
       python -m harness.run.ghmatrix sessions.json [--shards N] >> "$GITHUB_OUTPUT"
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

SESSIONS = ("xla_matrix", "xla_matrix_full")


def jobs(sessions: list[dict[str, Any]], shards: int = 1) -> list[dict[str, str]]:
    out = []
    for s in sessions:
        if s.get("name") not in SESSIONS:
            continue
        environment = (s.get("call_spec") or {}).get("environment") or s["session"]
        for i in range(1, shards + 1):
            slug = re.sub(r"[^A-Za-z0-9._-]", "-", environment)
            suffix = f"-shard{i}of{shards}" if shards > 1 else ""
            out.append(
                {
                    "session": s["session"],
                    "environment": environment,
                    "shard": f"{i}/{shards}",
                    "artifact": f"xla-matrix-{slug}{suffix}",
                    "name": f"{environment}" + (f" [{i}/{shards}]" if shards > 1 else ""),
                }
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m harness.run.ghmatrix", description=__doc__.splitlines()[0]
    )
    parser.add_argument("sessions", type=Path, help="output of `nox -l --json`")
    parser.add_argument("--shards", type=int, default=1, help="slices per environment")
    args = parser.parse_args(argv)
    if args.shards < 1:
        print("ghmatrix: error: --shards must be at least 1", file=sys.stderr)
        return 2
    try:
        sessions = json.loads(args.sessions.read_text())
    except (OSError, json.JSONDecodeError) as exc:
        print(f"ghmatrix: error: {args.sessions}: {exc}", file=sys.stderr)
        return 2
    include = jobs(sessions, args.shards)
    if not include:
        print("ghmatrix: error: no xla_matrix sessions in the listing", file=sys.stderr)
        return 2
    print("matrix=" + json.dumps({"include": include}, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
