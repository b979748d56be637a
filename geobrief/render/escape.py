"""Make article text safe for folium, branca and Leaflet.

folium does not escape anything it is given. Strings end up in four hostile places:

- HTML that Leaflet inserts with ``innerHTML`` (popups, tooltips, the layer control);
- JavaScript template literals (folium's ``Tooltip`` and ``Popup``), where a backtick
  ends the literal, ``${...}`` runs code and a backslash starts an escape;
- JSON inside ``<script>`` (GeoJSON properties), which folium escapes itself;
- Jinja source: branca turns the *output* of every map element back into a Jinja
  template (``MacroElement.render`` wraps it in ``Element(template=...)``), so ``{{``,
  ``{%`` or ``{#`` in article text would be executed or break the render.

``safe_text`` neutralises all four: it HTML-escapes the string and replaces the
characters that mean something in the other three with numeric character references,
which the browser turns back into the same characters when it shows the text.
"""

from __future__ import annotations

import html

# Characters that are harmless in HTML text but not in a JS template literal
# (` $ \) or in Jinja source ({ }). Replaced after html.escape so the "&" of each
# reference is not escaped again.
_LITERAL_SAFE = str.maketrans(
    {
        "`": "&#96;",
        "$": "&#36;",
        "\\": "&#92;",
        "{": "&#123;",
        "}": "&#125;",
    }
)


def safe_text(s: object) -> str:
    """Return ``s`` as text that is safe in folium HTML, JS template literals and Jinja.

    ``&``, ``<``, ``>``, ``"`` and ``'`` become HTML references, then backtick, ``$``,
    backslash and braces become ``&#96;``, ``&#36;``, ``&#92;``, ``&#123;``, ``&#125;``.
    ``None`` becomes the empty string; other values are converted with ``str``.

    >>> safe_text("<b>${x}</b>")
    '&lt;b&gt;&#36;&#123;x&#125;&lt;/b&gt;'
    """
    if s is None:
        return ""
    return html.escape(str(s), quote=True).translate(_LITERAL_SAFE)
