"""Happenings found but given no place, though their sentence names it in a role of the
parse (sentences written for the project, from several regions):

- the subject a verb takes from the verb it completes is its patient ("a nurse in
  Cusco has been found to be infected", "pigs at a farm near Davao are to be culled"),
  and a thing had done the one who had it done ("a poultry farm near Arusha had 3,000
  chickens culled")
  (``story.actors.raised_subjects``);
- a share's whole tells where the patient lies ("all of Zambia's schools were closed")
  (``story.object_places.whole_of``);
- an authority that declares "a state of emergency" declares it where it serves ("the
  mayor in Durban declared a state of emergency") (``story.local_agents``);
- a disease that struck a country's people, with no other place told, struck them at
  home ("the virus has killed three Cambodian villagers") (``story.sufferers``);
- a count in a "with" phrase the parser reads as a clause is still beside its place
  ("the town of Kasese has been hard hit, with 310 cases reported and 12 people dead")
  (``story.counted_with``).

Each case but the labelled guards fails on main.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer

happenings = partial(drawn, fields=("type", "place"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A nurse in Cusco has been found to be infected with the plague, the regional "
         "health office said.", ("infection", "Cusco")),
        ("About 4,000 pigs at a farm near Davao are to be culled, officials said on Monday.",
         ("cull", "Davao")),
        ("A poultry farm near Arusha had 3,000 chickens culled on Tuesday.",
         ("cull", "Arusha")),
        ("Most of Zambia's schools have been closed because of the cholera epidemic.",
         ("closure", "Zambia")),
        ("All of Nepal's border crossings were closed on Friday.", ("closure", "Nepal")),
        ("The mayor in Durban has declared a state of emergency over the water shortage.",
         ("emergency", "Durban")),
        ("The virus has killed three Cambodian villagers this month.",
         ("outbreak", "Cambodia")),
        ("Bird flu has killed two more Vietnamese farmers since January.",
         ("outbreak", "Vietnam")),
        ("The town of Kasese has been hard hit, with 310 cases reported and 12 people dead.",
         ("outbreak", "Kasese")),
    ],
)
def test_a_place_in_a_role_of_the_parse_places_the_happening(
    text: str, found: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert found in happenings(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        # who acted: the scientists' country is not where the virus was found
        ("Chinese scientists detected the virus in wild birds last month.", "China"),
        # a reaction to talks held elsewhere is not where they were held
        ("Officials in Ramallah welcomed the failure of the negotiations between the two "
         "factions.", "Ramallah"),
        # the people a disease struck are counted where the clause puts them
        ("The fever has killed two Kenyan tourists in Zanzibar.", "Kenya"),
    ],
)
def test_guard_no_place_from_who_acted(text: str, not_there: str, gazetteer: Gazetteer) -> None:
    """Guards (pass before and after): an agent's country or seat, or the sufferers'
    country where the clause names another place, is not where it happened."""
    assert not_there not in [place for _, place in happenings(text, gazetteer)]
