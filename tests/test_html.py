"""The HTML report of a real run, checked in a real browser (Debian's Chromium via Playwright)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import FIXTURES, REPO, needs_tf, run_cells, run_cli

pytestmark = [needs_tf, pytest.mark.tf]
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def html_run(tmp_path_factory):
    reports = tmp_path_factory.mktemp("reports")
    args = (
        "-t",
        "reference",
        "-t",
        "xla-fragile",
        "-c",
        "baseline",
        "-c",
        "no-xla-translate",
        "-c",
        "eager",
        "-s",
        "n128-then-64",
    )
    # two runs, so that the second report has history to show
    for name in ("run1", "run2"):
        proc, _ = run_cells(reports / name, *args)
        assert proc.returncode == 0, proc.stderr
        assert run_cli("report", "--run-dir", str(reports / name), "--quiet").returncode == 0
    # evidence that must stay text
    run_cells(
        reports / "run2",
        "-t",
        "faulty:script_in_message",
        "--target-path",
        str(FIXTURES),
        "-c",
        "baseline",
        "-s",
        "n128-then-64",
    )
    assert run_cli("report", "--run-dir", str(reports / "run2"), "--quiet").returncode == 0
    return reports / "run2"


def test_html_is_self_contained_and_escaped(html_run):
    page = (html_run / "index.html").read_text()
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page or "\\u003cscript\\u003ealert" in page
    proc = run_cli("report", "--run-dir", str(html_run), "--format", "html")
    assert proc.returncode == 0 and proc.stdout.startswith("<!doctype html>")


def test_report_in_a_real_browser(html_run):
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it with apt-get)")
    screenshots = REPO / "reports" / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
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
    assert summary["cells"] == 7
