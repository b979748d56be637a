"""What every output says of a briefing an edits file corrected: the file's name and
its SHA-256, so that a reader (or a script) knows the map is the editor's, not the
machine's alone, and which version of the edits made it.

- JSON and GeoJSON: top-level ``"edited": true`` and ``"edits": {"file", "sha256"}``;
- the page: ``<meta name="geobrief-edits">`` and a visible note under the headline;
- the map fragment: the same line in its first-line comment;
- PNG, SVG and PDF: a line in their metadata (a PNG ``Comment``, an SVG ``Description``,
  a PDF's ``Keywords``).

An unedited briefing's outputs carry none of these.
"""

from __future__ import annotations

from typing import Any

from geobrief.models import Briefing


def edited_members(briefing: Briefing) -> dict[str, Any]:
    """The JSON members that mark an edited briefing ({} for an unedited one)."""
    edited = briefing.edited
    if edited is None:
        return {}
    return {"edited": True, "edits": {"file": edited.file, "sha256": edited.sha256}}


def edited_note(briefing: Briefing) -> str | None:
    """One line for a picture's metadata; None for an unedited briefing."""
    edited = briefing.edited
    if edited is None:
        return None
    return f"Corrected by an editor: {edited.file} (sha256 {edited.sha256})"
