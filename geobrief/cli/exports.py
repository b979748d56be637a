"""``geobrief export``: the briefing's map and data for reports, in the format asked for
or the one ``-o``'s name says.

``.geojson`` is GeoJSON, ``.json`` the whole briefing model, ``.png`` and ``.svg`` the
static locator map, ``.html`` (``.htm``) the interactive map as a fragment (a whole page
is ``geobrief build``). ``--format`` with a name of another file type (``--format png
-o map.jpg``, ``--format json -o map.geojson``) is refused; any other name (no suffix,
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
from geobrief.render.output import FORMATS, Size, export_data

SUFFIXES = {
    "geojson": (".geojson", ".json"),
    "json": (".json",),
    "fragment": (".html", ".htm"),
    "png": (".png",),
    "svg": (".svg",),
}
FROM_SUFFIX = {".geojson": "geojson", ".json": "json", ".html": "fragment", ".htm": "fragment",
               ".png": "png", ".svg": "svg"}
OTHER_TYPES = {".jpg", ".jpeg", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".pdf", ".eps", ".ps",
               ".csv", ".xml", ".kml", ".gpkg", ".shp"}  # file types geobrief does not write
ACTS_ON = {  # the options that act on some formats only
    "width": ("png", "svg"), "height": ("png", "svg", "fragment"), "dpi": ("png", "svg"),
    "tiles": ("fragment",),
}
FORMAT_HELP = (
    "geojson: the layers; json: the whole briefing model; fragment: the interactive map as "
    "an HTML snippet; png, svg: a static locator map. [default: from -o's suffix: .geojson, "
    ".json, .html, .png, .svg]"
)


@click.command()
@article_argument()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help=FORMAT_HELP)
@click.option("-o", "--output", type=click.Path(path_type=Path, allow_dash=True), default=None,
              help="Where to write it; '-' for standard output [default: standard output "
              "when it is not a terminal].")
@FORCE_FILE
@click.option("--width", type=click.IntRange(200, 8000), default=1200, show_default=True,
              help="png/svg width in pixels.")
@click.option("--height", type=click.IntRange(200, 8000), default=None,
              help="png/svg height in pixels [default: 800]; the map's height in a "
              "fragment [default: 480].")
@click.option("--dpi", type=click.IntRange(50, 600), default=150, show_default=True,
              help="png/svg resolution: text and lines scale with it.")
@EDITS_FILE
@briefing_options()
@message_options
def export(
    article: Path, fmt: str | None, output: Path | None, force: bool, width: int,
    height: int | None, dpi: int, edits: Path | None, config: Config,
) -> None:
    """Export the briefing's map and data for reports, in the format --format names or
    the one -o's name says. ARTICLE is a file, or - for standard input.

    Example: geobrief export story.txt -o story.png --width 1600 --dpi 200
    """
    fmt = export_format(fmt, output)
    _warn_unused(fmt)
    target = output_target(output, binary=fmt == "png")
    corrections = edits_file(article, edits, config)
    guard_output(target, [article, *([corrections] if corrections else [])], force=force)
    source = article_source(article, config)
    briefing = brief(source, config, edits=load_edits(corrections))
    target.write(export_data(briefing, fmt, Size(width, height, dpi)))


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
                "name the file .geojson, .json, .html, .png or .svg"
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
