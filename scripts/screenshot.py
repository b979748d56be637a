"""Screenshot a briefing page in headless Chromium (for docs/ and for checking by eye).

    python scripts/screenshot.py PAGE.html OUT.png [--width 1200] [--full]

Every request that is not a local file or data URI is blocked, as in the browser tests.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import Route, sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def block_remote(route: Route) -> None:
    if route.request.url.startswith(("file:", "data:")):
        route.continue_()
    else:
        route.abort()


def screenshot(page_path: Path, out: Path, *, width: int, height: int, full: bool) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.route("**/*", block_remote)
        page.goto(page_path.resolve().as_uri())
        page.wait_for_selector(".leaflet-container")
        page.wait_for_timeout(300)
        page.screenshot(path=str(out), full_page=full)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--full", action="store_true", help="the whole page, not the viewport")
    args = parser.parse_args()
    screenshot(args.page, args.out, width=args.width, height=args.height, full=args.full)


if __name__ == "__main__":
    main()
