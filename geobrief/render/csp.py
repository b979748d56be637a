"""The Content-Security-Policy of a page: only the scripts geobrief wrote may run.

The policy lists the SHA-256 hash of each inline ``<script>`` body geobrief put on the
page, computed from those bodies as the page was assembled (never by searching the
finished page, which holds article text too), so a script that gets in any other way (an
injected tag, an event-handler attribute) is refused by the browser. Styles may be inline
(Leaflet and the map's symbols set them), images only data URIs plus the hosts of a tile
layer (:func:`tile_sources`), and nothing may be fetched or framed.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from geobrief.errors import InputError

PLACEHOLDER = "<!--geobrief:csp-->"  # in templates/base.html; escaped text can never be it
_HOST = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")


def policy(scripts: Iterable[str], *, images: Iterable[str] = ()) -> str:
    """The policy that lets exactly ``scripts`` (inline bodies) run and loads images from
    data URIs and the ``images`` sources."""
    hashes = sorted({_hash(body) for body in scripts})
    allowed = " ".join(f"'sha256-{h}'" for h in hashes) or "'none'"
    return "; ".join([
        "default-src 'none'",
        f"script-src {allowed}",
        "style-src 'unsafe-inline'",
        f"img-src {' '.join(['data:', *sorted(set(images))])}",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def with_policy(page: str, scripts: Iterable[str], *, images: Iterable[str] = ()) -> str:
    """``page`` with the policy for ``scripts`` in a meta tag where the template left the
    placeholder."""
    content = policy(scripts, images=images).replace("&", "&amp;").replace('"', "&quot;")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    return page.replace(PLACEHOLDER, meta, 1)


def tile_sources(url: str, options: Mapping[str, Any]) -> tuple[str, ...]:
    """The CSP sources (``scheme://host[:port]``) a Leaflet tile URL template loads images
    from, ``{s}`` expanded with ``options["subdomains"]`` (Leaflet's default ``abc``).

    Raises InputError for a URL that is not http(s) or whose host is not a plain name
    (anything else could not be allowed without allowing more, or would change the
    policy itself)."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    host = parts.hostname or ""
    subdomains = options.get("subdomains") or "abc"
    hosts = {host.replace("{s}", s) for s in subdomains} if "{s}" in host else {host}
    if parts.scheme not in ("http", "https") or port == -1 or not all(map(_HOST.fullmatch, hosts)):
        raise InputError(
            f"tile URL {url!r}: use http:// or https://, a plain host name ({{s}} allowed) "
            "and a numeric port"
        )
    suffix = f":{port}" if port is not None else ""
    return tuple(sorted(f"{parts.scheme}://{h}{suffix}" for h in hosts))


def _hash(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
