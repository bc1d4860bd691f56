"""The HTML report in a real browser: Debian's chromium driven by Playwright for Python.

No browser is downloaded: Playwright launches the system chromium (`executable_path`:
$UNTAPPED_CHROMIUM, else `chromium` on PATH, else /usr/bin/chromium). The tests skip, saying
why, when chromium or the playwright package is absent; .ci/run installs chromium from Debian
and sets UNTAPPED_CHROMIUM, which turns "chromium does not start" into a failure.

The input is hostile (test_html.write_hostile): an interface description that holds
`<script>window.__pwned=1</script>`, another with an `<img src=x onerror=...>`, an unrecognized
line that is an `<img>` tag, file names with markup. None of it may run or become markup.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.report.test_html import IMG_DESC, IMG_LINE, NOTES_FILE, SCRIPT_DESC, write_hostile
from untapped.pipeline import audit
from untapped.report import html

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")


def _chromium() -> str | None:
    for cand in (
        os.environ.get("UNTAPPED_CHROMIUM"),
        shutil.which("chromium"),
        "/usr/bin/chromium",
    ):
        if cand and os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
    )
    exe = _chromium()
    if exe is None:
        pytest.skip("no chromium found (apt-get install chromium, or set UNTAPPED_CHROMIUM)")
    with sync_api.sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=exe)
        except Exception as exc:
            if os.environ.get("UNTAPPED_CHROMIUM"):  # CI installed it: it must work
                raise
            pytest.skip(f"chromium at {exe} does not start under playwright: {exc}")
        yield b
        b.close()


@pytest.fixture
def report(tmp_path: Path) -> Path:
    root = write_hostile(tmp_path / "net")
    result = audit(root, today=dt.date(2026, 11, 1), jobs=1)
    out = tmp_path / "report.html"
    out.write_text(html.render(result, framework="cis"), encoding="utf-8")
    return out


@pytest.fixture
def page(browser: Any, report: Path) -> Iterator[Any]:
    ctx = browser.new_context()
    pg = ctx.new_page()
    pg.events = []  # (kind, text) of console messages, page errors and requests
    pg.on("console", lambda m: pg.events.append(("console." + m.type, m.text)))
    pg.on("pageerror", lambda e: pg.events.append(("pageerror", str(e))))
    pg.on("request", lambda r: pg.events.append(("request", r.url)))
    pg.goto(report.as_uri(), wait_until="load")
    yield pg
    ctx.close()


def test_no_script_from_the_input_runs(page: Any, report: Path) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    errors = [e for e in page.events if e[0] in ("console.error", "pageerror")]
    assert errors == []
    # the page loads nothing but itself: no image, font, style sheet or script from anywhere
    assert [e for e in page.events if e[0] == "request"] == [("request", report.as_uri())]
    # our own inline script ran (its CSP hash is right): it added the expand/collapse buttons
    assert page.locator("#toggles button").count() == 2


def test_markup_from_the_input_shows_literally(page: Any) -> None:
    for literal in (SCRIPT_DESC, IMG_DESC, IMG_LINE, NOTES_FILE):
        loc = page.get_by_text(literal, exact=False).first
        assert loc.is_visible(), literal
    assert page.locator("img").count() == 0
    # the description sits in the excerpt of the tunnel finding, as a line of configuration
    assert SCRIPT_DESC in page.locator("pre.excerpt").all_inner_texts().__str__()


def test_sections_exist(page: Any) -> None:
    for sel in ("#summary", "#tap-map", "#findings", "#compliance", "#devices", "#rules"):
        assert page.locator(sel).is_visible(), sel
    assert page.locator("article.finding").count() > 10
    assert page.locator("table.channels tbody tr").count() >= 5
    # an internal link lands on its target
    page.locator('a[href="#rule-EXF-008"]').first.click()
    assert page.evaluate("location.hash") == "#rule-EXF-008"
    assert page.locator("#rule-EXF-008").is_visible()


def test_collapsed_sections_reopen_for_print(page: Any) -> None:
    page.locator("#toggles button", has_text="Collapse all").click()
    assert page.locator("details[open]").count() == 0
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details:not([open])").count() == 0


def test_print_media_keeps_findings_visible(page: Any, tmp_path: Path) -> None:
    page.emulate_media(media="print")
    assert page.evaluate("matchMedia('print').matches")
    findings = page.locator("article.finding")
    n = findings.count()
    assert n > 10
    for i in (0, n // 2, n - 1):
        assert findings.nth(i).is_visible()
    assert page.locator("pre.excerpt").first.is_visible()
    assert page.locator("details[open] table").first.is_visible()
    # navigation is for screens only
    assert not page.locator("nav.toc").is_visible()
    assert not page.locator("#toggles").is_visible()
    pdf = tmp_path / "report.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 20_000
    assert page.evaluate("typeof window.__pwned") == "undefined"
