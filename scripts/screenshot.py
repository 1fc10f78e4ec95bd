"""Make the README's screenshots in headless Chromium: docs/screenshot.png (desktop, 广西壮族自治区
selected), docs/phone.png (390 px wide, 融安's neighbourhood, the panel drawer open) and docs/map.png
(the map with 百色芒果's places highlighted).

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
            page.fill("#search", "百色芒果")
            page.keyboard.press("Enter")
            page.wait_for_timeout(300)
            page.locator("#map-box").screenshot(path=str(Path(args.output).with_name("map.png")))
            around = Path(tmp) / "around.html"
            around.write_text(render_html(kg, lang="zh", around=kg.resolve("融安"), depth=1), encoding="utf-8")
            phone = b.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1).new_page()
            phone.goto(around.as_uri())
            phone.wait_for_selector("body[data-stable=true]", state="attached", timeout=60000)
            if phone.evaluate("() => document.body.dataset.drawer") != "open":
                phone.click("#drawer-toggle")
            phone.wait_for_timeout(400)
            phone.screenshot(path=str(Path(args.output).with_name("phone.png")))
            b.close()
    print(args.output)


if __name__ == "__main__":
    main()
