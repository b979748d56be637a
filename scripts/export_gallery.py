"""Rebuild docs/exports.md: every output format of the bundled sample, with pictures.

    python scripts/export_gallery.py

Runs the real command line for each format (`geobrief build` and `geobrief export`),
screenshots the page at 1440 and 390 px and a host page with a fragment in headless
Chromium (scripts/screenshot.py), and writes the page with excerpts of the JSON exports.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from screenshot import screenshot

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
OUT = DOCS / "exports"
SAMPLE = ROOT / "seeds" / "belarus-prisoners.txt"


def geobrief(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "geobrief", *args], check=True, capture_output=True)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        geobrief("build", str(SAMPLE), "-o", str(work / "page.html"))
        screenshot(work / "page.html", OUT / "page-1440.png", width=1440, height=1000, full=False)
        screenshot(work / "page.html", OUT / "page-390.png", width=390, height=1400, full=False)
        geobrief("export", str(SAMPLE), "--format", "fragment", "-o", str(work / "map.html"))
        fragment = (work / "map.html").read_text(encoding="utf-8")
        host = (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>'
            '</head><body style="max-width:900px;margin:24px auto;font-family:Georgia,serif">'
            "<h1>A report with a geobrief map</h1><p>The snippet below was pasted as it is."
            f"</p>{fragment}</body></html>"
        )
        (work / "host.html").write_text(host, encoding="utf-8")
        screenshot(work / "host.html", OUT / "fragment.png", width=960, height=760, full=False)
        for fmt in ("png", "svg", "pdf"):
            geobrief("export", str(SAMPLE), "--format", fmt, "-o", str(OUT / f"locator.{fmt}"))
        geobrief("export", str(SAMPLE), "--theme", "dark", "-o", str(OUT / "locator-dark.png"))
        for fmt in ("geojson", "json"):
            geobrief("export", str(SAMPLE), "--format", fmt, "-o", str(work / f"out.{fmt}"))
        layers = json.loads((work / "out.geojson").read_text(encoding="utf-8"))
        record = json.loads((work / "out.json").read_text(encoding="utf-8"))
    (DOCS / "exports.md").write_text(_page(layers, record), encoding="utf-8")
    print(f"wrote {DOCS / 'exports.md'} and {len(list(OUT.iterdir()))} files in {OUT}")


def _excerpt(layers: dict[str, object], layer: str) -> str:
    features = layers["features"]  # type: ignore[index]
    feature = next(f for f in features if f["properties"]["layer"] == layer)
    coords = feature["geometry"]["coordinates"]
    shown = {**feature, "geometry": {**feature["geometry"], "coordinates": coords[:2]}}
    return json.dumps(shown, ensure_ascii=False, indent=1)


def _page(layers: dict[str, object], record: dict[str, object]) -> str:
    route = _excerpt(layers, "routes")
    border = _excerpt(layers, "borders")
    keys = ", ".join(f"`{key}`" for key in record)
    return f"""# Output formats

Every picture and excerpt on this page was made from the bundled sample
(`seeds/belarus-prisoners.txt`) by `python scripts/export_gallery.py`, which runs the
commands shown.

## The briefing page: `geobrief build ARTICLE -o PAGE.html`

One self-contained HTML file (Leaflet inlined; nothing loaded from the network). At
1440 px wide:

![The briefing page at 1440 px](exports/page-1440.png)

At 390 px (a phone), the columns stack:

![The briefing page at 390 px](exports/page-390.png)

Printed (A4), the page shows the static locator map below instead of the interactive one.

## The map alone: `geobrief export ARTICLE --format fragment -o MAP.html`

An HTML snippet to paste into another page: its ids start with a hash of the article,
so maps of different articles can share a page, and it loads Leaflet only if the host
page has none. Here it is pasted into a plain host page:

![A fragment in a host page](exports/fragment.png)

## A report-ready locator map: `--format png`, `svg` and `pdf`

Drawn with matplotlib, no browser, centred on the story (across the date line too): the
headline and a one-line description (`--title`, `--note`, or an edits file, set others),
country fills by role with every country in view named, borders, movements, numbered
event markers with their key below the map, labelled places, a legend, a scale bar, an
overview inset, and the source and credit line. `--width` and `--height` are pixels of
the PNG and CSS pixels (96 to the inch) of the SVG and PDF; `--dpi` scales text and
lines; `--theme dark` draws it for dark slides.

![The PNG export](exports/locator.png)

The SVG ([exports/locator.svg](exports/locator.svg)) keeps names as text, with a
`<title>`, a `<desc>` (the map in words) and one named group per layer; the PDF
([exports/locator.pdf](exports/locator.pdf)) is the map alone on one page.

![The dark theme](exports/locator-dark.png)

## The layers: `--format geojson`

One FeatureCollection (its `"generator": "geobrief"` member marks a file geobrief wrote, as
in the JSON below); every feature's `properties.layer` is `places`, `countries`,
`borders`, `routes` or `events`. A route (coordinates cut to two):

```json
{route}
```

A border:

```json
{border}
```

## The whole briefing: `--format json`

An object with {keys}; its JSON Schema is [briefing.schema.json](briefing.schema.json)
(`layers` is the GeoJSON above).
"""


if __name__ == "__main__":
    main()
