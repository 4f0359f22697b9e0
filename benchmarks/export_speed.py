"""How long each export takes, how big the files are, and how fast the page draws.

Generated news-like graphs (about two relations per entity, a few evidence
sentences each) are exported in every format; the HTML page is then opened
in headless Chromium and timed from navigation to vis-network's first draw
(`performance.now()` at the first `afterDrawing`, median of three loads),
with the moments the data was parsed and the vis-network object was built.

Usage: PYTHONPATH=. .venv/bin/python benchmarks/export_speed.py [--sizes 1000 5000 20000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from exports import FORMATS, write
from tests.fixtures.exports.graphs import generated_graph

SUFFIX = {"csv": "/"}


def export_all(G, folder: Path) -> dict[str, tuple[float, int]]:
    """Seconds and bytes per format."""
    results = {}
    for fmt in FORMATS:
        target = f"{folder / fmt}{SUFFIX.get(fmt, '.' + fmt)}"
        start = time.perf_counter()
        written = write(G, fmt, target)
        elapsed = time.perf_counter() - start
        paths = written if fmt == "csv" else [Path(target)]
        results[fmt] = (elapsed, sum(Path(p).stat().st_size for p in paths))
    return results


def first_draw_ms(browser, page_path: Path, loads: int = 3) -> dict[str, float]:
    """Milliseconds from navigation to data parsed, network built and first draw (median load)."""
    runs = []
    for _ in range(loads):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(page_path.as_uri())
        page.wait_for_function("() => window.aikg && aikg.firstDrawMs !== null", timeout=120_000)
        runs.append(page.evaluate("({parsed: aikg.timings.dataParsed, built: aikg.timings.network, draw: aikg.firstDrawMs})"))
        page.close()
    return sorted(runs, key=lambda run: run["draw"])[len(runs) // 2]


def html_timings(pages: dict[int, Path]) -> dict[int, dict | None]:
    """First-draw times, or None for every size when Chromium is unavailable."""
    try:
        from playwright.sync_api import sync_playwright

        from tests.browser.chromium import launch
    except ImportError:
        return dict.fromkeys(pages)
    with sync_playwright() as playwright:
        try:
            browser = launch(playwright)
        except FileNotFoundError:
            return dict.fromkeys(pages)
        timings = {n: first_draw_ms(browser, path) for n, path in pages.items()}
        browser.close()
    return timings


def print_table(rows: list[tuple], draws: dict[int, dict | None]) -> None:
    print(f"{'nodes':>6} {'edges':>6} {'format':<8} {'export s':>9} {'size MB':>8}")
    for n, m, fmt, seconds, size in rows:
        print(f"{n:>6} {m:>6} {fmt:<8} {seconds:>9.2f} {size / 1e6:>8.2f}")
    print("\nHTML in headless Chromium, seconds from navigation (median of 3 loads):")
    print(f"{'nodes':>6} {'data parsed':>12} {'network built':>14} {'first draw':>11}")
    for n, t in draws.items():
        if t is None:
            print(f"{n:>6} Chromium not available")
        else:
            print(f"{n:>6} {t['parsed'] / 1000:>12.2f} {t['built'] / 1000:>14.2f} {t['draw'] / 1000:>11.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    rows, pages = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            G = generated_graph(n)
            folder = Path(tmp, str(n))
            folder.mkdir()
            for fmt, (seconds, size) in export_all(G, folder).items():
                rows.append((n, G.number_of_edges(), fmt, seconds, size))
            pages[n] = folder / "html.html"
        draws = html_timings(pages)
    print_table(rows, draws)


if __name__ == "__main__":
    main()
