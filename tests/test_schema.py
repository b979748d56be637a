"""docs/briefing.schema.json describes what `export --format json` and `geojson` write."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import reference_source

from geobrief.cli import cli
from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing
from geobrief.pipeline import brief
from geobrief.render.output import briefing_record, layers_geojson
from geobrief.story.event_lexicon import event_types
from geobrief.story.roles import ROLES

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SCHEMA = json.loads((ROOT / "docs" / "briefing.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def layers_validator() -> jsonschema.Draft202012Validator:
    schema = {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": "#/$defs/layers"}
    return jsonschema.Draft202012Validator(schema)


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_json_export_of_the_reference_article_validates(tmp_path: Path) -> None:
    out = tmp_path / "ref.json"
    args = ["export", str(reference_source()), "--format", "json", "-o", str(out)]
    result = CliRunner().invoke(cli, [*args, "--date", "2025-09-11"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    VALIDATOR.validate(record)
    layers = {f["properties"]["layer"] for f in record["layers"]["features"]}
    assert layers == {"places", "countries", "borders", "routes", "events"}  # all exercised


def test_the_geojson_export_validates(reference_briefing: Briefing) -> None:
    layers_validator().validate(json.loads(json.dumps(layers_geojson(reference_briefing.layers))))


@pytest.mark.parametrize(
    "text",
    [SEEDS / "mekong-floods.txt", "No places here at all.",
     "Leeds councillors voted on Tuesday to close the old library."],  # a type by who acts
)
def test_other_briefings_validate(text: str | Path, gazetteer: Gazetteer) -> None:
    record = briefing_record(brief(text, gazetteer=gazetteer))
    VALIDATOR.validate(json.loads(json.dumps(record)))


@pytest.mark.parametrize(
    ("layer", "drop"), [("borders", "length_km"), ("routes", "from"), ("events", "date")]
)
def test_the_schema_rejects_a_layer_missing_its_contract(
    reference_briefing: Briefing, layer: str, drop: str
) -> None:
    record: dict[str, Any] = json.loads(json.dumps(briefing_record(reference_briefing)))
    broken = copy.deepcopy(record)
    feature = next(f for f in broken["layers"]["features"] if f["properties"]["layer"] == layer)
    del feature["properties"][drop]
    assert not VALIDATOR.is_valid(broken)
    VALIDATOR.validate(record)


def test_the_schema_lists_what_the_code_makes() -> None:
    defs = SCHEMA["$defs"]
    assert defs["role"]["enum"] == list(ROLES)
    events = next(rule for rule in defs["feature"]["allOf"] if "events" in json.dumps(rule["if"]))
    types = events["then"]["properties"]["properties"]["properties"]["type"]["enum"]
    assert types == event_types()
