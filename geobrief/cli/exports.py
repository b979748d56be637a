"""``geobrief export``: the briefing's map and data for reports, in the format asked for
or the one ``-o``'s name says.

``.geojson`` is GeoJSON, ``.json`` the whole briefing model, ``.png``, ``.svg`` and
``.pdf`` the static locator map (headline, description, key and credit line included),
``.html`` (``.htm``) the interactive map as a fragment (a whole page is ``geobrief
build``). ``--format`` with a name of another file type (``--format png -o map.jpg``,
``--format json -o map.geojson``) is refused; any other name (no suffix,
``map.fragment``), a device or a pipe takes any format.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import click
from click.core import ParameterSource

from geobrief.cli.messages import warn
from geobrief.cli.options import (
    EDITS_FILE,
    FORCE_FILE,
    article_argument,
    briefing_options,
    message_options,
)
from geobrief.cli.streams import (
    DASH,
    article_source,
    edits_file,
    guard_output,
    load_edits,
    output_target,
)
from geobrief.pipeline import Config, brief
from geobrief.render.output import BINARY, FORMATS, Size, export_data
from geobrief.render.static.style import THEMES, Look

SUFFIXES = {
    "geojson": (".geojson", ".json"),
    "json": (".json",),
    "fragment": (".html", ".htm"),
    "png": (".png",),
    "svg": (".svg",),
    "pdf": (".pdf",),
}
FROM_SUFFIX = {".geojson": "geojson", ".json": "json", ".html": "fragment", ".htm": "fragment",
               ".png": "png", ".svg": "svg", ".pdf": "pdf"}
OTHER_TYPES = {".jpg", ".jpeg", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".eps", ".ps",
               ".csv", ".xml", ".kml", ".gpkg", ".shp"}  # file types geobrief does not write
STATIC = ("png", "svg", "pdf")
ACTS_ON = {  # the options that act on some formats only
    "width": STATIC, "height": (*STATIC, "fragment"), "dpi": STATIC, "title": STATIC,
    "note": STATIC, "theme": STATIC, "tiles": ("fragment",),
}
FORMAT_HELP = (
    "geojson: the layers; json: the whole briefing model; fragment: the interactive map as "
    "an HTML snippet; png, svg, pdf: a static locator map. [default: from -o's suffix: "
    ".geojson, .json, .html, .png, .svg, .pdf]"
)


@click.command()
@article_argument()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help=FORMAT_HELP)
@click.option("-o", "--output", type=click.Path(path_type=Path, allow_dash=True), default=None,
              help="Where to write it; '-' for standard output [default: standard output "
              "when it is not a terminal].")
@FORCE_FILE
@click.option("--width", type=click.IntRange(200, 8000), default=1200, show_default=True,
              help="Width in pixels: of the png; svg and pdf in CSS pixels (96 to the inch: "
              "1200 is 12.5 in, 900 pt).")
@click.option("--height", type=click.IntRange(200, 8000), default=None,
              help="Height in the same units as --width [default: 800]; the map's height in "
              "a fragment [default: 480].")
@click.option("--dpi", type=click.IntRange(50, 600), default=150, show_default=True,
              help="Pixels per inch the png/svg/pdf is drawn at: text and lines are sized in "
              "points, so a higher dpi gives smaller text on the same pixels.")
@click.option("--title", default=None,
              help="png/svg/pdf headline [default: the article's]; '' for none.")
@click.option("--note", default=None,
              help="png/svg/pdf one-line description [default: the article's standfirst]; "
              "'' for none.")
@click.option("--theme", type=click.Choice(THEMES), default="light", show_default=True,
              help="png/svg/pdf colours: dark for dark slides and pages.")
@EDITS_FILE
@briefing_options()
@message_options
def export(
    article: Path, fmt: str | None, output: Path | None, force: bool, width: int,
    height: int | None, dpi: int, title: str | None, note: str | None, theme: str,
    edits: Path | None, config: Config,
) -> None:
    """Export the briefing's map and data for reports, in the format --format names or
    the one -o's name says. ARTICLE is a file, or - for standard input.

    Example: geobrief export story.txt -o story.pdf --title "Drones over Poland" --theme dark
    """
    fmt = export_format(fmt, output)
    _warn_unused(fmt)
    target = output_target(output, binary=fmt in BINARY)
    corrections = edits_file(article, edits, config)
    guard_output(target, [article, *([corrections] if corrections else [])], force=force)
    briefing = brief(article_source(article, config), config, edits=load_edits(corrections))
    look = Look(title=title, note=note, theme=theme)
    target.write(export_data(briefing, fmt, Size(width, height, dpi), look=look))


def export_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, checked against ``output``'s name, or the one it names."""
    named = output is not None and output != DASH
    suffix = output.suffix.lower() if output is not None and named else ""
    if fmt is None:
        if not named:
            raise click.UsageError("give --format: standard output has no name to tell it by")
        if suffix not in FROM_SUFFIX:
            raise click.UsageError(
                f"cannot tell the format from the name {str(output)!r}: give --format, or "
                "name the file .geojson, .json, .html, .png, .svg or .pdf"
            )
        return FROM_SUFFIX[suffix]
    known = suffix in FROM_SUFFIX or suffix in OTHER_TYPES
    if known and suffix not in SUFFIXES[fmt] and not _is_stream(output):
        raise click.UsageError(
            f"--format {fmt} does not match the name {str(output)!r}: name it "
            f"{' or '.join(SUFFIXES[fmt])}, or leave out --format to take it from the name"
        )
    return fmt


def _is_stream(path: Path | None) -> bool:
    """Whether ``path`` is a device or a pipe (which takes any format)."""
    try:
        mode = os.stat(path).st_mode if path is not None else 0
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _warn_unused(fmt: str) -> None:
    """Warn about an option given that does nothing for ``fmt``."""
    ctx = click.get_current_context()
    for name, formats in ACTS_ON.items():
        if fmt not in formats and ctx.get_parameter_source(name) not in (
            None, ParameterSource.DEFAULT,
        ):
            warn(f"--{name} does nothing for {fmt} (only for {', '.join(formats)})")
