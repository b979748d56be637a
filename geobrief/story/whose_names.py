"""Place names that say whose someone or something is, not where anything happens.

The focus weighs each mention of a country (``roles.find_focus``); these mentions say
little about where the story is, so they weigh less than a plain name:

- a place inside another proper name: an airline, firm, club or newspaper named after a
  place ("a Malaysia Airlines jet crashed in Nepal", "Valparaiso Mining halted work in
  Peru", "Real Madrid fans were attacked in Buenos Aires", "Air France said"): the
  organisation acts far from the place its name holds (``in_a_name``);
- the nationality of people who are away from home by what they are: "Sudanese
  refugees crossed into Chad", "Honduran migrants pushed into Guatemala", "Spanish
  fans", "Japanese tourists": the adjective names the country they left, the one the
  story is not in (``away_from_home``);
- a person's home set off after their name: "said Amina Hassan, of Mombasa, who was
  visiting relatives in Garissa" (``someone_of``), where the place is who speaks;
- a capital or country that speaks for its government, or whose speaker is named:
  "Washington said", "Beijing warned", "Egypt condemned the attack in Gaza", "U.S.
  officials said" (``speaks``): where the speaker sits, as "analysts in Dallas said"
  (``roles.says_who``), not where anything happened;
- the home of people or a group a paper follows abroad: "a Springfield doctor treated
  cholera patients in Haiti", "Mankato church volunteers built a school in Guatemala",
  "the Sheffield youth choir sang in Graz" (``qualifies_travellers``);
- the nation of a body that acts on its own ground, when its sentence places it in
  another country: "Brazilian firefighters fought fires in Chile", "Kenyan police
  deployed to Haiti" (``acts_abroad``): they weigh as "U.S. troops" abroad do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.geoparse.lexicon import given_names
from geobrief.story.movers import PEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# Last words of organisation names that are often a place's name first: "Kenya Airways",
# "Valparaiso Mining", "the Jerusalem Post", "Leeds United".
_NAME_ENDS = frozenset(
    "airlines airline airways air aviation mining minerals motors bank holdings corp "
    "corporation inc ltd plc energy petroleum oil steel telecom post times herald tribune "
    "gazette journal chronicle united rovers wanderers athletic fc llc".split()
)
# First words of club and firm names whose last word is a place's: "Real Madrid", "Air
# France", "Bayern Munich", "Inter Milan", "Dynamo Kyiv".
_NAME_STARTS = frozenset(
    "real atletico atlético air inter dynamo dinamo sporting olympique racing bayern "
    "borussia deportivo".split()
)
# People who are, by what they are, away from the country their adjective names.
_AWAY = frozenset(
    "refugee migrant immigrant emigrant evacuee asylum-seeker seeker tourist pilgrim "
    "expatriate expat fan supporter holidaymaker".split()
)


# "U.S. troops", "Israeli envoys", "a Texas company": a name that qualifies who acts,
# often abroad.
ACTORS = frozenset(
    "troop troops force forces soldier soldiers military army navy marine marines warplane "
    "warplanes jet jets drone drones diplomat diplomats envoy envoys embassy ambassador "
    "delegation citizen citizens national nationals tourist tourists adviser advisers "
    "advisor advisors contractor contractors company companies firm firms".split()
)
# "a Texas company", "Kenya's health minister": the words that qualify a noun.
QUALIFIERS = frozenset({"compound", "amod", "poss", "nmod"})
# People and groups a home paper follows abroad, by what they are: "a Springfield
# doctor", "Mankato church volunteers", "a Sheffield youth choir", "Osaka players".
_TRAVELLERS = frozenset(
    "volunteer missionary student pupil player athlete team squad choir band orchestra "
    "church congregation parish club delegation mission expedition crew climber hiker "
    "doctor nurse surgeon medic engineer researcher scientist journalist reporter "
    "teacher".split()
)


# The words that tell where something is: "fires in Chile", "a camp near Goma".
_WHERE = frozenset("in at near inside around across throughout".split())


# Verbs of a government speaking through its seat: "Moscow denied", "Kenya urged calm";
# not "China announced an outbreak", which reports news from home.
_SPEAKING = frozenset("say tell warn deny accuse condemn urge".split())
# Whose home a happening befell: "the house of Margaret Doyle, 67, of Ballarat".
_HOMES = frozenset("home house residence flat apartment farm property shop".split())


def in_a_name(tokens: list[Token]) -> bool:
    """The place's words (``tokens``) are part of a longer proper name: "Malaysia" in "a
    Malaysia Airlines jet", "Madrid" in "Real Madrid supporters"."""
    last = tokens[-1]
    head = last
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head is not head:
        head = head.head
        if head.lower_ in _NAME_ENDS:
            return True
    first = tokens[0]
    return any(
        c.dep_ == "compound" and c.i < first.i and c.pos_ == "PROPN" and c.lower_ in _NAME_STARTS
        for c in first.children
    )


def away_from_home(last: Token) -> bool:
    """The name or adjective (its last word ``last``) qualifies people who are away from
    it: "Sudanese refugees", "Venezuelan migrants", "the British tourists"."""
    return last.dep_ in ("amod", "compound", "nmod", "poss") and (
        last.head.lemma_.lower() in _AWAY)


def someone_of(last: Token) -> Token | None:
    """The person a place is set off after, with "of": "Ben Okafor, of Enugu, said" and
    "of Cedar Falls, Iowa" (the state apposed to the town) give "Okafor"; else None."""
    name = last
    while name.dep_ in ("appos", "conj") and name.head.pos_ == "PROPN" and name.head is not name:
        name = name.head
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "of" or prep.i == 0:
        return None
    if name.doc[prep.i - 1].text != ",":  # "the mayor of Enugu" is where she governs
        return None
    return prep.head


def home_set_off(sentence: Sentence, last: Token) -> bool:
    """The place (its last word ``last``) is a person's home set off after their name:
    "the life of Robin Okafor, 32, of Enugu", "said Amina Hassan, of Mombasa"."""
    person = someone_of(last)
    if person is None or _at_home(person):  # "destroyed the house of Jo Doyle, 67, of Ballarat"
        return False
    return _someone(sentence, person) or any(
        c.dep_ == "appos" and c.like_num for c in person.children)  # "Okoye, 32, of"


def _at_home(person: Token) -> bool:
    """The person is whose home is told: "the house of Margaret Doyle, of Ballarat"."""
    return person.dep_ == "pobj" and person.head.lower_ == "of" and (
        person.head.head.lemma_.lower() in _HOMES)


def speaks(last: Token) -> bool:
    """The place (its last word ``last``) is who speaks: the subject of a verb of saying,
    alone or joined to another ("Washington and Beijing warned"), or a name that
    qualifies that subject ("U.S. officials said")."""
    while last.dep_ == "conj" and last.head is not last:
        last = last.head
    if last.dep_ in ("compound", "amod", "poss", "nmod"):
        last = last.head
    return last.dep_ == "nsubj" and last.head.lemma_.lower() in _SPEAKING


def qualifies_travellers(last: Token) -> bool:
    """The name (its last word ``last``) qualifies people or a group who often act away
    from it: "a Springfield doctor", "Mankato church volunteers" (the last noun of the
    phrase tells who), "the Sheffield youth choir"."""
    if last.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    head = last.head
    while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and (
            head.head is not head):
        head = head.head
    return head.lemma_.lower() in _TRAVELLERS


def acts_abroad(sentence: Sentence, pair: Located) -> bool:
    """The sentence names, by name, a place in another country than ``pair``'s as where
    something is: "Brazilian firefighters are fighting fires in central Chile"; not
    "Georgian border police detained two Russian soldiers" (an adjective) nor
    "Guatemalan police sent hundreds back to Honduras" (where people went)."""
    for other in sentence.places:
        country = other.place.country
        if other.mention.form != "name" or not country or country == pair.place.country:
            continue
        tokens = sentence.tokens_of(other)
        if tokens and tokens[-1].dep_ == "pobj" and tokens[-1].head.lower_ in _WHERE:
            return True
    return False


def says_where(last: Token) -> bool:
    """The place (its last word ``last``) is where the sentence's happening is, by "in"
    or "at": the article's first sentence says so of its story ("Youth choir wins gold in
    Austria", "Basement fire kills man in Scottdale"). Not where a thing the sentence
    names was made or sold ("a recall of toys made in China"): that describes the thing."""
    prep = last.head
    return last.dep_ == "pobj" and prep.lower_ in ("in", "at") and not (
        prep.head.dep_ == "acl" and prep.head.tag_ == "VBN")


def tells_whose(sentence: Sentence, name: Token) -> bool:
    """The place says where someone is from, not where anything happens: "Peter Croes
    (Belgium, Atriac team)", "Stijn Goris from Belgium", "a tourist from Spain", "said
    Amina Hassan, of Mombasa," (``someone_of``)."""
    if home_set_off(sentence, name):  # "Amina Hassan, of Mombasa, said"
        return True
    head = name.head
    if name.dep_ == "pobj" and head.lower_ == "from":
        head = head.head
        return head.lemma_.lower() in PEOPLE or _someone(sentence, head)
    opening = next((t for t in reversed(name.doc[max(0, name.i - 6) : name.i])
                    if t.text in "()"), None)  # "Lander Dircken (Atariac, Belgium)"
    bracketed = opening is not None and opening.text == "(" and opening.i > 0
    return (name.dep_ == "appos" and _someone(sentence, head)) or (
        bracketed and _someone(sentence, name.doc[opening.i - 1]))  # type: ignore[union-attr]


def _someone(sentence: Sentence, token: Token) -> bool:
    """A person's name: a proper name that names no place, with a first name."""
    names = given_names()
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    return token.pos_ == "PROPN" and sentence.place_of(token) is None and any(
        w.lower_ in names for w in words[1:] or words)
