"""The Content-Security-Policy of a page: only the page's own inline scripts may run.

The policy lists the SHA-256 hash of every inline ``<script>`` the page was rendered
with, so a script that gets in any other way (an injected tag, an event-handler
attribute) is refused by the browser. Styles may be inline (Leaflet and the map's
symbols set them), images only data URIs (plus https tiles when a tile layer is on), and
nothing may be fetched or framed.
"""

from __future__ import annotations

import base64
import hashlib
import re

PLACEHOLDER = "<!--geobrief:csp-->"  # in templates/base.html; escaped text can never be it
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)  # not type="application/json"


def policy(html: str, *, tiles: bool = False) -> str:
    """The policy for ``html``'s inline scripts."""
    hashes = sorted({_hash(body) for body in _SCRIPT.findall(html)})
    scripts = " ".join(f"'sha256-{h}'" for h in hashes) or "'none'"
    images = "data: https:" if tiles else "data:"
    return "; ".join([
        "default-src 'none'",
        f"script-src {scripts}",
        "style-src 'unsafe-inline'",
        f"img-src {images}",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def with_policy(html: str, *, tiles: bool = False) -> str:
    """``html`` with its policy in a meta tag where the template left the placeholder."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html, tiles=tiles)}">'
    return html.replace(PLACEHOLDER, meta, 1)


def _hash(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
