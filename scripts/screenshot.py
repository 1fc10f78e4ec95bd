"""Make the README's screenshots in headless Chromium: docs/screenshot.png (desktop, the whole graph with
广西壮族自治区 selected), docs/phone.png (390 x 844, 融安县 selected, the drawer open below it) and
docs/map.png (the county map coloured by the “互市贸易+跨境电商” model, zoomed to show county names).

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
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


def open_page(browser, path: Path, width: int, height: int):
    page = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1).new_page()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-stable=true]", state="attached", timeout=60000)
    return page


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--output", default=str(ROOT / "docs" / "screenshot.png"))
    ap.add_argument("--select", default="广西壮族自治区")
    args = ap.parse_args()
    out = Path(args.output)
    kg = KnowledgeGraph.load()
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "view.html"
        page_path.write_text(render_html(kg, lang="zh"), encoding="utf-8")
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=ARGS)
            page = open_page(b, page_path, 1600, 1000)
            gx = page.evaluate(f"() => window.gxkg.data.nodes.find(n => n.label === {args.select!r}).id")
            page.evaluate(f"() => {{ window.gxkg.reveal({gx}); document.getElementById('reset').click(); }}")
            page.wait_for_timeout(300)
            page.screenshot(path=str(out))
            page.evaluate("() => { window.gxkg.setView('map'); window.gxkg.setLayer("
                          "window.gxkg.data.map.layers.find(l => l.label.includes('互市贸易')).key); window.gxkg.mapZoom(1.9, [250, 420]); }")
            page.wait_for_timeout(300)
            page.locator("#mapview").screenshot(path=str(out.with_name("map.png")))
            phone = open_page(b, page_path, 390, 844)
            phone.fill("#search", "融安县")
            phone.keyboard.press("Enter")
            phone.wait_for_timeout(500)
            phone.screenshot(path=str(out.with_name("phone.png")))
            b.close()
    print(out)


if __name__ == "__main__":
    main()
