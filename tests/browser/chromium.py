"""Launch the system Chromium through Playwright, and the skip-or-fail rule.

Tests use the distribution's Chromium (`/usr/bin/chromium`, or
`AIKG_CHROMIUM`), never a browser downloaded at test time. Without it the
browser tests skip locally; with `AIKG_REQUIRE_BROWSER=1` (CI) they fail,
so a missing browser can never pass CI silently.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def chromium_path() -> str | None:
    """The Chromium executable to use, or None when there is none."""
    configured = os.environ.get("AIKG_CHROMIUM", "/usr/bin/chromium")
    if Path(configured).is_file():
        return configured
    return shutil.which("chromium")


def require_browser() -> bool:
    return os.environ.get("AIKG_REQUIRE_BROWSER") == "1"


def unavailable(reason: str) -> None:
    """Skip with a one-line reason, or fail when CI demands the browser."""
    if require_browser():
        pytest.fail(f"AIKG_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def launch(playwright):
    """A headless Chromium browser (caller closes it)."""
    executable = chromium_path()
    if executable is None:
        raise FileNotFoundError("Chromium not found (install the chromium package or set AIKG_CHROMIUM)")
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)


@pytest.fixture(scope="session")
def chromium():
    """Session-wide browser; skips (or fails in CI) when Chromium or Playwright is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed")
    if chromium_path() is None:
        unavailable("Chromium not found at /usr/bin/chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()
