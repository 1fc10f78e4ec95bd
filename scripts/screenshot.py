"""Make docs/screenshot.png: the network view in headless Chromium with 广西壮族自治区 selected.

    .venv/bin/python scripts/screenshot.py [--output docs/screenshot.png]
Needs Debian's chromium (apt-get install chromium); Playwright drives it, downloading nothing.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from gxkg.kg import KnowledgeGraph
from gxkg.render import render_html

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--output", default=str(ROOT / "docs" / "screenshot.png"))
    ap.add_argument("--select", default="广西壮族自治区")
    args = ap.parse_args()
    kg = KnowledgeGraph.load()
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "view.html"
        page_path.write_text(render_html(kg, lang="zh"), encoding="utf-8")
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                  args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                        "--disable-component-update", "--no-first-run", "--disable-sync"])
            page = b.new_context(viewport={"width": 1600, "height": 1000}, device_scale_factor=1).new_page()
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-stable=true]", state="attached", timeout=60000)
            page.fill("#search", args.select)
            page.keyboard.press("Enter")
            page.wait_for_timeout(300)
            page.screenshot(path=args.output)
            b.close()
    print(args.output)


if __name__ == "__main__":
    main()
