"""The name of a site the gazetteer lacks, read from the parse: "Elizabeth Road",
"the Abu Shok refugee camp", "Addenbrooke's Hospital", "West 11th Street".

A name is a run of capitalised proper nouns, or a place noun they qualify, that names
no resolved place, person, body, medium or time (``story.unlisted`` and
``story.unlisted_goals`` use it for happenings and trips at such sites).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.geoparse.lexicon import given_names, is_calendar_word, person_titles

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

# Locative prepositions a site's name can follow ("on Elm Road", "at the Abu Shok camp").
SITE_PREPS = frozenset("in at near outside off on inside aboard".split())
# Common nouns a name can qualify and still name a place: "the Abu Shok refugee camp".
PLACE_NOUNS = frozenset(
    "camp prison jail penitentiary facility mine market bazaar mosque church cathedral "
    "temple shrine monastery village town township settlement neighbourhood neighborhood "
    "district quarter suburb hospital clinic school university college airport airfield "
    "station port harbour harbor square park mountain mount peak glacier volcano river "
    "lake bay beach island valley canyon forest desert bridge dam road street avenue "
    "highway hotel bar restaurant cafe stadium arena base compound mall plaza palace "
    "courthouse hall center centre farm ranch plant refinery field pass area zone "
    # the streets and buildings of local news: "on Elizabeth Road", "at the Frank Buck Zoo"
    "lane drive boulevard terrace parkway pike trail elementary academy zoo theater "
    "theatre museum library cemetery reservoir laundromat store shop chapel gym auditorium "
    "pavilion garden gardens lodge inn motel tavern pub building tower pier wharf marina "
    "creek pond canal aqueduct fairgrounds intersection corner junction crossroads house "
    "complex apartment apartments".split()
)
# Lower-case particles inside a name: "Bab el-Oued", "Ras al-Khaimah", "Rio de Janeiro".
_PARTICLES = frozenset("el al de del da di du dos das van von der la le bin ibn ul".split())
# Where two streets meet: the name is both ("the intersection of Grand Avenue and West
# 11th Street").
_CROSSINGS = frozenset("intersection corner junction crossroads".split())
# "in protest of", "in support of", "in the wake of": a preposition, not a place's phrase.
_IDIOMS = frozenset("protest support honor honour memory favor favour search defiance "
                    "solidarity recognition violation charge lieu pursuit spite wake".split())
# Words that say what kind of site a name is, never part of the name: "the Branchville
# Correctional Facility", "Fort Hood military base".
_KIND_WORDS = frozenset(
    "refugee correctional detention internment penal juvenile military army naval".split()
)
# Capitalised words that name no place: bodies, media, languages, days ("Boxing Day") and
# the like.
_NOT_PLACES = frozenset(
    "congress senate parliament assembly cabinet government ministry department agency "
    "committee council commission party union league association federation company "
    "corporation corp inc ltd llc group bank fund foundation institute times post news "
    "journal herald tribune press network twitter facebook youtube instagram tiktok "
    "whatsapp telegram internet web television tv radio english french spanish arabic "
    "german russian chinese court police army navy force forces office service "
    "services program programme project operation act bill law war world cup games "
    "olympics championship series season episode book film show day eve".split()
)

# Words that name no site on their own: "will return to Earth", "their 9th trip to State"
# (a state's championship).
_NOT_ALONE = frozenset("earth state heaven moon".split())
# Faiths and orders that name what a site is, not where: "a Jesuit university in Managua".
_FAITHS = frozenset(
    "jesuit catholic muslim islamic christian jewish buddhist hindu sikh orthodox anglican "
    "methodist baptist lutheran presbyterian evangelical protestant coptic shiite shia sunni "
    "franciscan dominican benedictine salesian adventist pentecostal".split()
)


def name_tokens(sentence: Sentence, obj: Token, *, depth: int = 0) -> list[Token]:
    """The tokens of the unresolved name ``obj`` heads, or []: a proper noun with its
    proper-noun compounds ("Branchville Correctional Facility"), a place noun with them
    ("Abu Shok refugee camp"), or the name in a common noun's own locative or "of"
    phrase ("a sushi bar in Piccadilly", "the village of Sarpi", and one step further
    for a place noun's "of": "a school in the town of Maga")."""
    if obj.pos_ == "NOUN" and (depth == 0 or (obj.lemma_.lower() in PLACE_NOUNS and depth == 1)):
        for prep in (c for c in obj.children if c.dep_ == "prep"):
            if depth == 1 and prep.lower_ != "of":
                continue
            if prep.lower_ in SITE_PREPS or (prep.lower_ == "of" and obj.lower_ not in _IDIOMS):
                for inner in (g for g in prep.children if g.dep_ == "pobj"):
                    found = name_tokens(sentence, inner, depth=depth + 1)
                    if found:
                        return found
    words = _contiguous(sorted([*_compounds(obj), obj], key=lambda t: t.i))
    words = _shared(obj) or words  # "Main and Elm streets"
    # "Kenya's Rift Valley": a resolved place's "'s" says where the site is, not its name
    words = words[next((i + 1 for i, t in enumerate(words)
                        if t.dep_ == "case" and sentence.place_of(t.head)), 0):]
    names = [w for w in words if w.pos_ == "PROPN"]
    if not names or names[0] != words[0]:
        return []
    if obj.pos_ != "PROPN" and obj.lemma_.lower() not in PLACE_NOUNS:
        return []
    # a number is part of the name: "on Route 9", "at Terminal 2", a house's "at 3537
    # Seventh Street"
    words += [c for c in obj.rights if c.i == obj.i + 1 and c.dep_ == "nummod"][:1]
    words[:0] = [c for c in obj.lefts if c.i == words[0].i - 1 and c.dep_ == "nummod"
                 and c.text.isdigit()][:1]
    crossing = depth == 1 and obj.head.head.lemma_.lower() in _CROSSINGS
    if not _is_name(sentence, words, obj, crossing=crossing):
        return []
    return words + (_crossing(obj) if crossing else _of_name(obj))


def _crossing(street: Token) -> list[Token]:
    """The other street of a crossing, with its "and": "and U.S. 27A" of "the
    intersection of Northeast 180th Avenue and U.S. 27A", "and Route 20", "and Wesson
    roads"."""
    other = next((c for c in street.children if c.dep_ == "conj"), None)
    if other is None or not (
            other.pos_ in ("PROPN", "NUM") or is_site(other) or _plural_site(other)):
        return []
    words = _contiguous(sorted([*_compounds(other), other], key=lambda t: t.i))
    words += [c for c in other.rights if c.i == other.i + 1 and c.dep_ == "nummod"][:1]
    return [t for t in street.doc[street.i + 1 : words[0].i] if t.dep_ == "cc"] + words


def _plural_site(noun: Token) -> bool:
    """A place noun in the plural, which names shared before it ("Elm and Oak streets")."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in PLACE_NOUNS


def _shared(noun: Token) -> list[Token]:
    """Names joined before a place noun in the plural they share: "Main and Elm streets"."""
    if not _plural_site(noun):
        return []
    for name in (c for c in noun.lefts if c.dep_ in ("nmod", "compound")):
        if any(c.dep_ == "conj" for c in name.children):
            return list(noun.doc[name.left_edge.i : noun.i + 1])
    return []


def _of_name(head: Token) -> list[Token]:
    """The "of" phrase that ends a site's name: "of Jesus Ethic" in "the Chapel of Jesus
    Ethic", "of Kentucky Medical Center" in "the University of Kentucky Medical Center"
    (a resolved place in it says where the site is)."""
    if not is_site(head):
        return []
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for inner in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            words = _contiguous(sorted([*_compounds(inner), inner], key=lambda t: t.i))
            if prep.i == head.i + 1 and words[0].i == prep.i + 1 and all(
                    w.text[:1].isupper() for w in words if w.pos_ == "PROPN"):
                return [prep, *words]
    return []


def proper_name(tokens: list[Token]) -> list[Token]:
    """The name without the kind of place after it: "Abu Shok" of "Abu Shok refugee
    camp", "Branchville" of "Branchville Correctional Facility"; a capitalised place
    noun is part of the name ("Mercy Memorial Hospital", "Holy Cross Cemetery"), and a
    name that is all such words ("Mount Elgon" is not "Mount") stays whole."""
    for cut, token in enumerate(tokens):
        lemma = token.lemma_.lower()
        kind = lemma in _KIND_WORDS or (token.text.islower() and lemma in PLACE_NOUNS)
        if kind and cut > 0 and tokens[cut - 1].dep_ != "case":  # not "St Mary's church"
            return tokens[:cut]
    return tokens


def _compounds(head: Token) -> list[Token]:
    """The words that form a name with ``head`` before it: "Abu" and "Shok" (on "Shok")
    in "Abu Shok refugee camp"."""
    found = []
    for child in head.lefts:
        if child.dep_ in ("compound", "flat", "nmod") or (
            child.dep_ == "amod" and (child.lower_ in _KIND_WORDS  # "military base"
                                      or _ordinal(child))  # "Northeast 180th Avenue"
        ) or child.tag_ == "HYPH":  # "Pont-Sondé"
            found += [child, *_compounds(child)]
        elif _saints(child) or (child.dep_ == "poss" and child.pos_ == "PROPN" and is_site(head)):
            # "St Therese's church", "Addenbrooke's Hospital": the name and its "'s"
            found += [child, *_compounds(child), *(c for c in child.children if c.dep_ == "case")]
    return found


def is_site(head: Token) -> bool:
    """A capitalised place noun that ends a name: "Road" of "Elizabeth Road", "Hospital" of
    "Queen Elizabeth Hospital". A name before it may be a person's: the site is named
    after them."""
    return head.text[:1].isupper() and head.lemma_.lower() in PLACE_NOUNS


def _saints(token: Token) -> bool:
    """A saint's name that a church, square or hospital is named after ("St Mary's")."""
    firsts = {c.lower_ for c in token.children if c.dep_ == "compound"}
    return token.dep_ == "poss" and bool(firsts & {"st", "st.", "saint"})


def _contiguous(words: list[Token]) -> list[Token]:
    """The words that run without a gap up to the last one (the head)."""
    run = [words[-1]]
    for word in reversed(words[:-1]):
        if word.i != run[0].i - 1:
            break
        run.insert(0, word)
    return run


def _is_name(sentence: Sentence, words: list[Token], head: Token, *, crossing: bool = False
             ) -> bool:
    """Capitalised proper nouns that name no resolved place, person, body or time (a
    ``crossing``'s first street may have a second joined to it)."""
    if any(sentence.place_of(t) is not None or sentence.is_beyond(t) for t in words):
        return False
    names = [t for t in words if t.pos_ == "PROPN"]
    lowered = [t.lower_ for t in names]
    if len(words) == 1 and is_site(head) and not _of_name(head):
        return False  # a place noun alone: "the House" (of Representatives), "the Park";
        # not "the Chapel of Jesus Ethic"
    if any(not (t.text[:1].isupper() or _ordinal(t) or (
            t.lower_ in _PARTICLES and t is not names[0])) or (
            t.text.isupper() and len(t.text.rstrip(".")) > 1) for t in names):
        return False  # lower case, or an acronym ("at UCLA", "in NATO"); not "West 11th
        # Street", nor an initial ("197 N. Cedar St.")
    if any(is_calendar_word(w) for w in lowered) or set(lowered) & _NOT_PLACES or (
            len(lowered) == 1 and lowered[0] in _NOT_ALONE):
        return False
    if set(lowered) <= _FAITHS:  # "a Jesuit university"; not "St Mary's Catholic Church"
        return False
    site = is_site(head)  # "Queen Elizabeth Hospital", "Kit Carson Elementary"
    if (lowered[0] in person_titles() and not site) or head.lower_ in _NOT_PLACES:
        return False
    if head.pos_ == "PROPN" and head.lemma_.lower() not in PLACE_NOUNS and any(
        c.dep_ == "det" for c in head.children
    ):
        return False  # "in the Honda", "in the Times": a thing or a title
    if any((c.dep_ == "conj" and not crossing) or (c.dep_ == "poss" and not (_saints(c) or site))
           for c in head.children):
        return False  # a person's ("at Smith's"), or a list of names that may be streets
    # "near John Brown", 'Ann "Kay" Jones' (a nickname cut off); not "the Abu Shok camp"
    cut = next((t.lower_ for t in head.lefts if t.i < words[0].i and t.pos_ == "PROPN"), "")
    if head.pos_ != "PROPN" or site:
        return True
    # "the village of Kok-Tash": two words joined by a hyphen are no given and family name
    hyphened = len(words) == 3 and words[1].tag_ == "HYPH"
    first = lowered[0] if len(names) > 1 and not hyphened else ""
    return not {cut, first} & given_names()


def _ordinal(token: Token) -> bool:
    """A numbered street's ordinal: "11th" of "West 11th Street"."""
    return token.text[:1].isdigit() and token.text[-2:].lower() in ("st", "nd", "rd", "th")
