"""``geobrief build`` and ``geobrief demo``: one briefing page, to a file or a pipe."""

from __future__ import annotations

from pathlib import Path

import click

from geobrief.cli.options import (
    EDITS_FILE,
    FORCE_FILE,
    article_argument,
    briefing_options,
    message_options,
)
from geobrief.cli.renderer import Render, page_renderer
from geobrief.cli.streams import (
    Target,
    article_source,
    edits_file,
    guard_output,
    load_edits,
    output_target,
)
from geobrief.models import Briefing
from geobrief.pipeline import Config, brief

DEMO_ARTICLE = "belarus-prisoners.txt"
OUTPUT_HELP = ("Where to write the HTML page; '-' for standard output [default: standard "
               "output when it is not a terminal].")


@click.command()
@article_argument()
@click.option("-o", "--output", type=click.Path(path_type=Path, allow_dash=True), default=None,
              help=OUTPUT_HELP)
@FORCE_FILE
@EDITS_FILE
@briefing_options()
@message_options
def build(
    article: Path, output: Path | None, force: bool, edits: Path | None, config: Config
) -> None:
    """Build one self-contained HTML briefing page. ARTICLE is a .txt, .md or .html
    file, or - for standard input; an edits file beside it (story.edits.yaml for
    story.txt) corrects it.

    Example: geobrief build story.txt -o story.html
    """
    target = output_target(output)
    corrections = edits_file(article, edits, config)
    guard_output(target, [article, *([corrections] if corrections else [])], force=force)
    source = article_source(article, config)
    with page_renderer() as render:  # imports the page's modules while this one parses
        write_page(brief(source, config, edits=load_edits(corrections)), target, render=render)


@click.command()
@click.option("-o", "--output", type=click.Path(path_type=Path, allow_dash=True),
              default=Path("geobrief-demo.html"), show_default=True,
              help="Where to write the page; '-' for standard output.")
@FORCE_FILE
@message_options
def demo(output: Path, force: bool) -> None:
    """Build the bundled sample article into a briefing page.

    Example: geobrief demo -o demo.html
    """
    from geobrief.resources import data_dir

    source = data_dir("seeds") / DEMO_ARTICLE
    target = output_target(output)
    guard_output(target, [source], force=force)
    with page_renderer() as render:
        write_page(brief(source), target, render=render,
                   note=f" from the sample article {source.name}")


def write_page(briefing: Briefing, target: Target, *, render: Render, note: str = "") -> None:
    """Render the briefing page with ``render`` and write it (a file atomically)."""
    target.write(render(briefing), note=note)
