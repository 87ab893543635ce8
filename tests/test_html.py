"""The HTML report: history timelines from crafted runs, and a real run checked in a real
browser (Debian's Chromium via Playwright)."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from .conftest import (
    FIXTURES,
    crafted_record,
    crafted_run,
    missing_tool,
    needs_tf,
    run_cells,
    run_cli,
)

FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> Path | None:
    """XLA_MATRIX_CHROMIUM, else a Chromium on PATH (Debian's is /usr/bin/chromium)."""
    given = os.environ.get("XLA_MATRIX_CHROMIUM")
    if given:
        return Path(given)
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return Path(found) if found else None


def timelines(page: str) -> list[list[str]]:
    """Each verdict cell's history in index.html, as ['run: verdict', ...] oldest first."""
    cells = re.findall(r'<td class="cell [^"]*" data-evidence="[^"]*">.*?</td>', page, re.S)
    found = [re.findall(r'<i class="v-[^"]*" title="([^"]*)"></i>', cell) for cell in cells]
    return [points for points in found if points]


def test_history_timeline_without_a_browser(tmp_path):
    """Two earlier runs and this one: the workaround went needed -> needed -> harmful."""
    reports = tmp_path / "reports"
    needed = [crafted_record(), crafted_record(config="eager", status="pass")]
    harmful = [
        crafted_record(status="pass", failure_class=None, message=""),
        crafted_record(config="eager", status="fail"),
    ]
    for name, records in (("run1", needed), ("run2", needed), ("run3", harmful)):
        crafted_run(reports / name, records)
        proc = run_cli("report", "--run-dir", str(reports / name), "--quiet")
        assert proc.returncode == 0, proc.stderr
    page = (reports / "run3" / "index.html").read_text()
    assert "history: 2 earlier runs" in page
    (points,) = timelines(page)
    assert points == ["run1: needed", "run2: needed", "this run: harmful"], points
    assert '<span class="changed">changed in this run</span>' in page
    # the earlier run's own page shows its one predecessor, unchanged
    (earlier,) = timelines((reports / "run2" / "index.html").read_text())
    assert earlier == ["run1: needed", "this run: needed"]


def browser_page(viewport: dict[str, int]):
    """A page of Debian's Chromium through Playwright (a skip without them, a failure in CI)."""
    try:
        from playwright import sync_api as playwright
    except ImportError:
        missing_tool("playwright is not installed (pip install -e '.[test]')")
    browser_path = chromium()
    if browser_path is None or not browser_path.exists():
        missing_tool(
            f"no Chromium at {browser_path or 'chromium on PATH'} (set XLA_MATRIX_CHROMIUM; "
            ".ci/run installs Debian's chromium with apt-get)"
        )
    return playwright.sync_playwright(), browser_path, viewport


def wide_run(run: Path) -> Path:
    """Every scenario x config (and workaround @ jit-compile) of matrix.toml for the
    reference, crafted (one of them infra): a table far wider than a laptop's screen."""
    from harness.config.matrix import load_matrix

    from .conftest import MATRIX

    m = load_matrix(MATRIX)
    records = []
    for scenario in m.scenarios:
        for config in m.configs.values():
            slots = [""] + (["jit-compile"] if config.role == "workaround" else [])
            for context in slots:
                label = f"{config.name}@{context}" if context else config.name
                status = "infra" if (scenario, label) == ("n64-then-128", "eager") else "pass"
                records.append(
                    crafted_record(
                        config=label,
                        status=status,
                        id=f"tf2.21-keras3/reference/{scenario}/{label}",
                        cell={
                            "environment": "tf2.21-keras3",
                            "target": "reference",
                            "scenario": scenario,
                            "config": config.name,
                            "context": context,
                        },
                        role=config.role,
                        log=f"logs/tf2.21-keras3/reference.{scenario}.{label}.log",
                        xla={"modules": 2},
                        message="could not install x" if status == "infra" else "",
                        failure_class="install" if status == "infra" else None,
                    )
                )
    return crafted_run(run, records)


def test_a_wide_table_scrolls_with_its_environment_column_in_view(tmp_path):
    """No TensorFlow: a crafted run of 50-odd columns in a 900-pixel window. The table
    scrolls in its own box, the environment column stays where it was; the decision comes
    before the tables; infra and missing have colours of their own."""
    run = wide_run(tmp_path / "run")
    proc = run_cli("report", "--run-dir", str(run), "--quiet")
    assert proc.returncode == 0, proc.stderr
    manager, browser_path, viewport = browser_page({"width": 900, "height": 700})
    with manager as p:
        browser = p.chromium.launch(executable_path=str(browser_path), headless=True, args=FLAGS)
        page = browser.new_page(viewport=viewport)
        page.goto((run / "index.html").as_uri())
        box = page.locator("div.scroll").first
        env = page.locator("table.matrix tbody th.env").first
        cell = page.locator("table.matrix tbody td.cell").nth(20)
        assert box.evaluate("b => b.scrollWidth > 2 * b.clientWidth")
        before = (box.bounding_box(), env.bounding_box(), cell.bounding_box())
        box.evaluate("b => { b.scrollLeft = 600; }")
        after = (box.bounding_box(), env.bounding_box(), cell.bounding_box())
        assert after[1]["x"] == pytest.approx(before[1]["x"], abs=1), "the column scrolled"
        assert before[1]["x"] == pytest.approx(before[0]["x"], abs=1)
        assert after[2]["x"] == pytest.approx(before[2]["x"] - 600, abs=2)
        assert env.evaluate("e => getComputedStyle(e).position") == "sticky"
        # the column covers what scrolls under it
        assert env.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 255, 255)"
        colours = {
            name: page.locator(f"#legend span.sw.v-{name}").evaluate(
                "e => getComputedStyle(e).backgroundColor"
            )
            for name in ("infra", "missing", "flaky")
        }
        assert len(set(colours.values())) == 3, colours
        decision = page.locator("#decision").bounding_box()
        assert decision["y"] < page.locator("table.matrix").first.bounding_box()["y"]
        page.screenshot(path=str(tmp_path / "wide.png"))
        browser.close()
    assert (tmp_path / "wide.png").stat().st_size > 10_000


@pytest.fixture(scope="module")
def html_run(tmp_path_factory):
    """Two runs, so that the second report has history to show; the second also runs a
    target whose evidence holds markup that must stay text."""
    reports = tmp_path_factory.mktemp("reports")
    args = ("-t", "reference", "-t", "xla-fragile", "-s", "n128-then-64", "--no-contexts")
    args += ("-c", "baseline", "-c", "no-xla-translate", "-c", "eager")
    injected = ("-t", "faulty:script_in_message", "--target-path", str(FIXTURES))
    for name, extra in (("run1", ()), ("run2", injected)):
        proc, _ = run_cells(reports / name, *args, *extra)
        assert proc.returncode == 0, proc.stderr
        report = run_cli("report", "--run-dir", str(reports / name), "--quiet")
        assert report.returncode == 0, report.stderr
    return reports / "run2"


@needs_tf
@pytest.mark.tf
def test_html_is_self_contained_and_escaped(html_run):
    page = (html_run / "index.html").read_text()
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page or "\\u003cscript\\u003ealert" in page
    proc = run_cli("report", "--run-dir", str(html_run), "--format", "html")
    assert proc.returncode == 0 and proc.stdout.startswith("<!doctype html>")
    # the earlier run's verdicts, cell by cell, as the browser test sees them
    history = timelines(page)
    assert history, "no timeline in the second run's page"
    assert all(p[0].startswith("run1: ") and p[-1].startswith("this run: ") for p in history)
    assert ["run1: needed", "this run: needed"] in history


@needs_tf
@pytest.mark.tf
def test_report_in_a_real_browser(html_run, tmp_path):
    manager, browser_path, _ = browser_page({})
    screenshots = tmp_path / "screenshots"
    screenshots.mkdir()
    with manager as p:
        browser = p.chromium.launch(executable_path=str(browser_path), headless=True, args=FLAGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto((html_run / "index.html").as_uri())
        tables = page.locator("table.matrix")
        assert tables.count() == 3  # reference, xla-fragile, the injected target
        assert page.locator("#legend").is_visible()
        assert page.get_by_text("not needed").first.is_visible()
        cell = page.locator(
            "table.matrix[data-target='xla-fragile'] td.cell", has_text="needed"
        ).first
        assert cell.is_visible()
        assert not page.locator("#evidence").is_visible()
        cell.click()
        panel = page.locator("#evidence")
        assert panel.is_visible()
        assert "Detected unsupported operations" in panel.inner_text()
        assert "XLA modules" in panel.inner_text() and "log tail" in panel.inner_text()
        assert page.locator("td.cell .timeline").count() > 0, "history of the earlier run"
        page.screenshot(path=str(screenshots / "report.png"), full_page=True)
        # the injected markup is shown as text, never run
        injected = page.locator(
            "table.matrix[data-target='faulty.script_in_message'] td.cell"
        ).first
        injected.click()
        assert "<script>alert('xla-matrix')</script>" in panel.inner_text()
        assert page.evaluate("document.querySelectorAll('b').length") == 1  # only the header's own
        browser.close()
    assert (screenshots / "report.png").stat().st_size > 10_000
    summary = json.loads((html_run / "verdicts.json").read_text())["meta"]
    # 3 targets x (baseline, eager), and no-xla-translate where it applies (not the fixture)
    assert summary["cells"] == 8
