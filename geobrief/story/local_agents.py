"""A local authority acts where it serves: "police in Lagos arrested", "Haitian police
arrested", "Bexar County commissioners voted", "the Hobart police interviewed
witnesses and cordoned off two properties" (``story.arguments``, step 6).

News names most office-holders by a title before their name, and the title carries the
place they serve: "Accra Mayor Kofi Mensah opened the bus terminal", "Governor Ana Ruiz
of Jalisco signed the law", "Kofi Mensah, Accra's mayor, opened ...". Such a person acts
where the title says, as "the Accra mayor" would; not a former one ("former Arkansas Gov.
Mike Huckabee campaigned in Roanoke" acts as nobody's governor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.clauses import clause_verb
from geobrief.story.decisions import BODIES
from geobrief.story.located import Located
from geobrief.story.phrases import best_place, phrase_places
from geobrief.story.pointer_words import SITES
from geobrief.story.word_roles import cited

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

# A governing body acts where it sits ("Dayton commissioners voted", "the Lodi school board").
LOCAL_AGENTS = BODIES | frozenset(
    "police authority official officer court judge prosecutor government ministry firefighter "
    "rescuer trooper deputy sheriff coastguard guard army military administration president "
    "minister governor mayor king leader health department agency jury magistrate tribunal".split())

# Who tells of a crime, fire or crash where it serves: "Hamilton police said", "according
# to the Butler County Sheriff's Office", "Rochester Fire Department officials said".
# Not "deputy" (a deputy minister), "marshal" (an air marshal) nor a coroner (who rules
# on deaths abroad too).
_POLICE = frozenset(
    "police policeman sheriff trooper constable constabulary patrol firefighter fire rescuer "
    "gendarmerie".split())
# Who did nothing: "Nobody was arrested, police said".
_NOBODY = frozenset({"nobody", "none"})
# The verbs by which a source tells: "police said", "deputies reported".
_TELLS = frozenset("say tell report announce state add confirm".split())
# The clauses a told happening sits in under the verb that tells it.
_TOLD_IN = frozenset({"ccomp", "conj", "xcomp", "advcl", "parataxis"})

# How a clause holds the happening a source tells: "a fire broke out", "police found a body".
_TOLD_NOUNS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})

# Short forms of the titles above written before a name ("Gov. Ana Ruiz").
_SHORT_TITLES = {"gov": "governor"}
# Words that make a title one held no longer: "former Gov. Ana Ruiz", "ex-Mayor Smith".
_NO_LONGER = frozenset("former ex ex- late then onetime one-time retired outgoing".split())

# Authorities that act abroad as often as at home ("Russian troops", "the US president"):
# their adjective names who they are, not where they act.
# A court's adjective gives way to the court's own seat (its name, the dateline).
_ABROAD_TOO = frozenset(
    "army military president minister leader king coastguard guard court judge jury".split())
# "the official Russian Information Agency": who reports the news, not where.
NEWS = frozenset({"news", "information", "press", "wire", "media"})

# Nouns whose "of" object is what the verb does: "declared a state of emergency",
# "ordered the start of a curfew"; not "welcomed the failure of the talks" (done elsewhere).
_FRAMES = frozenset({"state", "start", "beginning", "launch"})
# The prepositions of a state someone is put into: "taken into custody", "placed under arrest".
_PUT_INTO = frozenset({"into", "under"})


def local_agent(sentence: Sentence, trigger: Token, *, adjectives: bool = False) -> Located | None:
    """"police in Lagos arrested", "Haitian police arrested", "Bexar County commissioners
    voted": a local authority or a governing body, acting where it serves. A verb joined
    by "and" without a subject of its own shares the first one's ("Lagos police
    questioned the driver and then arrested him"), as does its complement ("officials
    in Hebei finished culling"); a state someone is put into takes
    the verb's doer ("was taken into custody by Winnipeg police", "placed under arrest"),
    not any noun of a phrase ("police disappointed with the release of a prisoner");
    "the Fulton County District Attorney" is a prosecutor; a happening a framing object
    is "of" is the verb's ("the mayor in Tulsa declared a state of emergency"; not
    "welcomed the failure of the talks"). With ``adjectives`` (an act done at home, not
    an attack or a visit), an authority's own adjective or name places it too: "Kenyan
    officials closed schools", "Nigerian police arrested two men"."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if trigger.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "dobj" and (
            verb.head.lemma_.lower() in _FRAMES):
        verb = verb.head.head  # "the mayor in Tulsa declared a state of emergency"
    if verb.lower_ in _PUT_INTO:  # "was taken into custody by Winnipeg police"
        verb = verb.head
    for child in [*verb.children, *_shared_subject(verb, complement=verb == trigger)]:
        agent = child
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ != "nsubj":
            continue
        titled = _titled(agent)  # "Accra Mayor Kofi Mensah opened"
        if agent.lemma_.lower() in LOCAL_AGENTS or _district_attorney(agent) or titled:
            found = best_place(sentence, phrase_places(sentence, agent))
            if found is None and adjectives and not titled and (
                    agent.lemma_.lower() not in _ABROAD_TOO):
                found = named_by(sentence, agent)
            if found is not None:
                return found
    return None


def _titled(name: Token) -> bool:
    """A person named with a title of local authority that they still hold: "Accra
    Mayor Kofi Mensah", "Gov. Ana Ruiz of Jalisco", "Kofi Mensah, Accra's mayor"; not
    "former Mayor Kofi Mensah"."""
    if name.pos_ != "PROPN":
        return False
    titles = [c for c in name.children if c.dep_ in ("compound", "appos")
              and _SHORT_TITLES.get(c.lower_.rstrip("."), c.lemma_.lower()) in LOCAL_AGENTS]
    words = [name, *titles] + [c for t in titles for c in t.children]
    return bool(titles) and not any(
        c.lower_.rstrip("-") in _NO_LONGER or c.lower_ in _NO_LONGER
        for w in words for c in w.children if c.dep_ in ("amod", "compound", "advmod"))


def named_by(sentence: Sentence, agent: Token) -> Located | None:
    """The place an agent's own words name: "Ghanaian health officials", "the Philippine
    health department", "Kenya's health ministry" (an adjective that ``phrase_places``
    leaves out, as it names who acts)."""
    words = [c for c in agent.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(w.lower_ in NEWS for w in words):
        return None
    return best_place(sentence, [p for p in map(sentence.place_of, words) if p is not None])


def _shared_subject(verb: Token, *, complement: bool) -> list[Token]:
    """The subject of the verb that ``verb`` is joined to by "and", when it has none of
    its own; with ``complement`` (the verb is the happening itself), also of the verb
    whose complement it is ("officials in Hebei have finished culling the flocks"), but
    not of one told of an object ("police in Suva asked residents to leave": the
    residents leave), nor for a happening the complement only looks into ("police in
    Killeen continue to investigate the death": a death told before, placed there)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    head = verb.head
    if verb.dep_ == "xcomp" and (not complement or any(c.dep_ == "dobj" for c in head.children)):
        return []
    if verb.dep_ not in ("conj", "xcomp"):
        return []
    return [c for c in head.children if c.dep_ == "nsubj"]


def _district_attorney(agent: Token) -> bool:
    """"the Fulton County District Attorney", "the Marseille district attorney": a local
    prosecutor (not "his attorney")."""
    return agent.lemma_.lower() == "attorney" and any(
        c.dep_ == "compound" and c.lower_ == "district" for c in agent.children)


def telling_police(
    sentence: Sentence, trigger: Token, *, adjectives: bool = True
) -> Located | None:
    """The place of the police, sheriff or fire service that tells of the happening,
    where a local news story's crime, fire or crash took place when no phrase of its own
    says: "a man was stabbed outside a bar, Hamilton police said", "was arrested at her
    home, according to the Butler County Sheriff's Office", "Lexington County sheriff's
    deputies said". With ``adjectives``, a national police's adjective too ("Brazilian
    police said"). Only for the clause's own happening, one happening, told as a fact:
    its verb or what the verb tells of (not "did not say how they connected Smith with
    the homicide"), not a count ("shootings had dropped"), a warning or a guess ("anyone
    caught looting will be shot", "could have been killed"), nor what nobody did; and
    not when the sentence names another country ("was arrested after flying to Canada,
    Ohio police said")."""
    verb = clause_verb(trigger)
    if (trigger.pos_ != "VERB" and trigger.dep_ not in _TOLD_NOUNS) or trigger.tag_ in (
            "NNS", "NNPS") or _unsure(verb):
        return None
    countries = {p.place.country for p in sentence.places if p.mention.form != "adjective"}
    for _ in range(4):
        for source in _sources(verb):
            if not _police(source):
                continue
            found = best_place(sentence, phrase_places(sentence, source))
            if found is None and adjectives:
                found = named_by(sentence, source)
            if found is not None:
                return found if countries <= {found.place.country} else None
        if verb.dep_ not in _TOLD_IN or verb.head == verb:
            return None
        verb = verb.head
    return None


def _unsure(verb: Token) -> bool:
    """The clause tells what may be or what nobody did: a modal on it or a clause above
    it ("anyone caught looting will be shot", "could have been killed"), or a subject of
    nobody; or it happened where a happening told before did ("died at the scene",
    which may be abroad: "killed in the French Alps. ... died at the scene, Police
    Scotland said")."""
    return any(c.tag_ == "MD" for t in (verb, *verb.ancestors) for c in t.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in _NOBODY or any(d.lower_ == "no" for d in c.children))
        for c in verb.children) or any(
        t.lemma_.lower() in SITES and any(d.lower_ == "the" for d in t.children)
        for t in verb.subtree)


def _sources(verb: Token) -> list[Token]:
    """Who the clause of ``verb`` says tells it: the subject of ``verb`` when it is a
    verb of telling, or of such a verb hung on it ("A man was stabbed, police said"),
    or the source of its "according to"."""
    tellers = [verb, *(c for c in verb.children if c.dep_ in ("parataxis", "ccomp", "advcl"))]
    said = [c for t in tellers if t.lemma_.lower() in _TELLS
            for c in t.children if c.dep_ == "nsubj"]
    return said + cited(verb)


def _police(source: Token) -> bool:
    """``source`` is a police, sheriff or fire service, or speaks for one ("the Butler
    County Sheriff's Office", "a police spokesman", "Fire Department officials")."""
    stack = [source]
    while stack:
        word = stack.pop()
        if word.lemma_.lower() in _POLICE or word.lower_ in _POLICE:
            return True
        stack += [c for c in word.children if c.dep_ in ("compound", "poss", "nmod")]
    return False
