"""Where a disease befell people, told by who they are: the last steps of
``story.arguments`` for a happening in the body, when no phrase of the clause places it.

"A Winnipeg woman died of the fever", "a Leeds boy tested positive": one person's
infection is where they live, the town or region that qualifies them. "The virus has
killed three Cambodian villagers", "two Bolivian children tested positive for dengue":
a disease that struck a country's people with no other place told struck them at home,
as health news counts cases by the country that reports them; so did one that struck
its animals ("found in Nigerian poultry"). Not any death ("an Ohio man drowned in a
Tennessee pool" died away from home; "a Mexican boy died"), nor an act someone did ("a
Leeds man attacked ...": that is who acted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import lexicon
from geobrief.story.located import Located
from geobrief.story.movers import PEOPLE
from geobrief.story.object_places import whole_of
from geobrief.story.phrases import best_place
from geobrief.story.word_roles import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

# The kinds of place that tell where someone lives ("a Winnipeg woman", "a Kent farmer"):
# a town or a region, not a country (whose people they are).
HOMES = frozenset({"city", "feature", "region"})
# Happenings of a disease in people's bodies, placed by whose people they are.
_DISEASE = frozenset({"infection", "outbreak"})


def sufferer_town(
    sentence: Sentence, verb: Token, kinds: frozenset[str] = HOMES
) -> Located | None:
    """"A Winnipeg woman died of the fever", "a Winnipeg, Manitoba woman": the town or
    region (of ``kinds``) that qualifies the verb's subject; never a country or an
    adjective, which say whose people they are ("a Mexican boy died")."""
    if verb.pos_ != "VERB":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = [w for s in subjects for c in s.children if c.dep_ == "compound" for w in c.subtree]
    if len(subjects) > 1:  # "a Winnipeg, Manitoba woman" is parsed as two subjects
        words += subjects
    homes = [p for p in map(sentence.place_of, words) if p is not None
             and p.place.kind in kinds and p.mention.form != "adjective"]
    return best_place(sentence, homes)  # "a Winnipeg, Manitoba woman": the town


def sufferer_country(sentence: Sentence, verb: Token, kind: str) -> Located | None:
    """"The virus has killed three Cambodian villagers", "two of Bolivia's nurses tested
    positive", "bird flu was found in Vietnamese ducks": the country whose people or
    animals a disease (``kind`` an infection or an outbreak) struck, told by the verb's
    object, passive subject or own subject, or for animals its "in" phrase."""
    if kind not in _DISEASE or verb.pos_ != "VERB":
        return None
    # a subject only of a verb that acts on nothing ("two Bolivian children tested
    # positive"); "Chinese scientists detected the virus" is who found it
    acts = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    roles = ("dobj", "nsubjpass") if acts else ("dobj", "nsubjpass", "nsubj")
    # or whose animals: "H5N1 was found in Nigerian poultry", "killed 40 Kenyan camels"
    # ("a new strain identified in a Peruvian man" is whose man, not where he was)
    animals = lexicon().livestock
    hosts = [(whole_of(c), PEOPLE | animals) for c in verb.children if c.dep_ in roles]
    hosts += [(g, animals) for g in prep_objects(verb, "in")]
    words = [c for p, kinds in hosts if p.lemma_.lower() in kinds
             for c in p.children if c.dep_ in ("amod", "compound", "poss")]
    found = [p for p in map(sentence.place_of, words)
             if p is not None and p.place.kind == "country"]
    return best_place(sentence, found)
