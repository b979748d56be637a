"""``geobrief places``: the places each article names, as a table to read or as data
(csv, tsv, json, jsonl) to pipe on. An article that cannot be read is one error line;
the others are listed, and the exit status is then 1."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from geobrief.cli.messages import describe, fail_line
from geobrief.cli.options import article_argument, briefing_options, message_options
from geobrief.cli.streams import Target, article_source, check_inputs, guard_output
from geobrief.errors import InputError, printable
from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief, geoparse
from geobrief.render.output import places_record

COLUMNS = ("place_id", "name", "kind", "country", "lat", "lon", "mentions")
FORMAT_HELP = ("table: to read; csv, tsv: one row per place, with a header; json: one "
               "article's {source, mentions, places}; jsonl: one such JSON line per article; "
               "edits: a starting edits file for one article (what was found, to correct).")

Record = dict[str, Any]


@click.command()
@article_argument(many=True)
@click.option("--format", "fmt",
              type=click.Choice(["table", "csv", "tsv", "json", "jsonl", "edits"]),
              default="table", show_default=True, help=FORMAT_HELP)
@briefing_options(dated=False)
@message_options
def places(articles: tuple[Path, ...], fmt: str, config: Config) -> None:
    """List the places each article mentions, with their mentions, as geobrief found them
    (edits files are not applied). ARTICLES are files, or - for standard input.

    Example: geobrief places story.txt --format edits > story.edits.yaml
    """
    if fmt in ("json", "edits") and len(articles) > 1:
        raise click.UsageError(f"--format {fmt} takes one article"
                               + ("; use --format jsonl for several" if fmt == "json" else ""))
    check_inputs(articles)
    guard_output(Target(None), articles)
    gazetteer = Gazetteer.load()
    if fmt == "edits":
        _starter(articles[0], config, gazetteer)
        return
    show, failed, first = FORMATS[fmt], 0, True
    for path in articles:
        try:
            article, found = geoparse(article_source(path, config), config, gazetteer=gazetteer)
        except (InputError, OSError) as exc:  # this article only
            fail_line(describe(exc))
            failed += 1
            continue
        click.echo(show(places_record(article.source, found), first), nl=False)
        first = False
    if failed:
        click.get_current_context().exit(1)


def _starter(path: Path, config: Config, gazetteer: Gazetteer) -> None:
    """Write the article's starting edits file (its whole briefing, no edits applied)."""
    from geobrief.render.starter import edits_starter

    machine = replace(config, edits=False)
    briefing = brief(article_source(path, machine), machine, gazetteer=gazetteer)
    click.echo(edits_starter(briefing), nl=False)


def _table(record: Record, _first: bool) -> str:
    """The article's name, then a header and a row per place, aligned."""
    width = max([len("name"), *(len(p["name"]) for p in record["places"])])
    lines = [printable(record["source"]),
             f"  {'name':<{width}} {'kind':<8} {'country':<7} {'lat':>9} {'lon':>10} mentions"]
    for p in record["places"]:
        lines.append(
            f"  {printable(p['name']):<{width}} {p['kind']:<8} {p['country'] or '-':<7} "
            f"{p['lat']:>9.4f} {p['lon']:>10.4f} {p['mentions']:>8}"
        )
    return "\n".join(lines) + "\n"


def _rows(record: Record, first: bool) -> list[list[str]]:
    """The header (before the first article) and a row per place: the article's name,
    then COLUMNS; no country is an empty field."""
    rows = [["source", *COLUMNS]] if first else []
    source = printable(record["source"])
    for p in record["places"]:
        rows.append([source, *("" if p[c] is None else printable(str(p[c])) for c in COLUMNS)])
    return rows


def _csv(record: Record, first: bool) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(_rows(record, first))
    return out.getvalue()


def _tsv(record: Record, first: bool) -> str:
    """Tab-separated, unquoted: no field holds a tab or a newline (printable escapes them)."""
    return "".join("\t".join(row) + "\n" for row in _rows(record, first))


def _json(record: Record, _first: bool) -> str:
    return json.dumps(record, ensure_ascii=False, indent=1) + "\n"


def _jsonl(record: Record, _first: bool) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


FORMATS: dict[str, Callable[[Record, bool], str]] = {
    "table": _table, "csv": _csv, "tsv": _tsv, "json": _json, "jsonl": _jsonl,
}
