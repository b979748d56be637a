"""Places told together with another: joined by "and" ("in Nebraska and Iowa"), in
locative phrases joined on one word ("in Nepal, as well as in Bhutan"), shared out by a
count ("nine cases, four in Oaxaca, two in Puebla"), or left after a gapped verb ("one
died in Mecca, the other in Medina"). ``story.events`` tells a happening at each, and
``story.routes`` a trip to each goal (``trip_goals``: "fled Marawi, many to Iligan and
others to Cagayan de Oro").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import LOCATIVE, PLACE_NOUNS, best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence


# Kinds of place that one list may mix: "in Kano, Katsina and Jigawa" (a city, two states).
_WITHIN_A_COUNTRY = frozenset({"city", "region"})


def conjoined_places(sentence: Sentence, pair: Located) -> list[Located]:
    """Places joined to ``pair`` by "and" or "or" in its phrase, before or after it, as
    specific as it ("in Nebraska and Iowa", "in the Gauteng, Limpopo and
    Free State provinces", towns and states: "in Kano, Katsina and Jigawa"; not "in Lagos
    and Nigeria"). A list the parser opens with an apposition counts too: "in Kenya,
    Uganda, Rwanda and Burundi" (Uganda as Kenya's appositive, the rest joined to it)."""
    tokens = sentence.tokens_of(pair)
    found: list[Located] = []
    stack = [c for t in tokens for c in t.children if c.dep_ == "conj" or (
        c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children))]
    stack += [t.head for t in tokens if t.dep_ == "conj"]  # "Germany and Japan": Japan's head
    seen: set[int] = {t.i for t in tokens}
    top = tokens[-1] if tokens else None
    while top is not None and top.dep_ in ("conj", "appos") and top.head != top:
        top = top.head
    # mixed kinds only in a list joined by "and" or "or": not "in London, England"
    listed = top is not None and any(
        t.dep_ == "cc" and sentence.place_of(t.head) is not None for t in top.subtree)
    while stack:
        token = stack.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        other = sentence.place_of(token)
        if other is None:  # "... and Midlands provinces": through the shared noun
            if token.pos_ in ("NOUN", "PROPN"):
                stack.extend(c for c in token.children if c.dep_ in ("conj", "nmod", "compound"))
            if token.lemma_.lower() in PLACE_NOUNS:  # "and the southern city of Ziguinchor"
                stack.extend(g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj")
            continue
        if other is pair or other in found:
            continue
        if other.mention.form != "adjective" and _as_specific(other, pair, listed=listed):
            found.append(other)
            stack.extend(c for c in token.children if c.dep_ == "conj")
            if token.dep_ == "conj":  # "Italy, France and Spain": from France on to Italy
                stack.append(token.head)
    return sorted(found, key=lambda p: p.mention.start)


def _as_specific(other: Located, pair: Located, *, listed: bool) -> bool:
    kinds = {other.place.kind, pair.place.kind}
    return len(kinds) == 1 or (listed and kinds <= _WITHIN_A_COUNTRY)


def coordinated_places(sentence: Sentence, pair: Located) -> list[Located]:
    """Places of locative phrases joined to the one of ``pair`` on the same word, as
    specific as it: "reported in Nepal, as well as in Bhutan and Bangladesh", "held in
    Lagos and also in Abuja", "in the city of Lagos and in Abuja"; not a phrase of another
    verb ("born in Lyon and lives in Paris"), nor one denied ("in Rome but not in Milan")."""
    prep = next((t for t in _own_ancestors(sentence, pair) if t.dep_ == "prep"), None)
    if prep is None:
        return []
    # the parser joins the second phrase to the first phrase's word ("in Lagos and in
    # Abuja", "in the city of Lagos and in Abuja") or to the verb ("held in Lagos and also
    # in Abuja")
    groups = [[c for c in prep.children if c.dep_ in ("cc", "conj")],
              [c for c in prep.head.children if c.i > prep.i]]
    found = [other for group in groups for other in _joined_phrases(sentence, group)]
    # a list split by semicolons hangs the later phrases higher, up to the clause's verb:
    # "confirmed infections at a facility at Eastern Creek; at Cattai; and in Moonbi"
    last = sentence.tokens_of(pair)[-1].i
    for above in list(prep.head.ancestors)[:4]:
        found += _joined_phrases(sentence, [c for c in above.children if c.i > last])
        if above.pos_ in ("VERB", "AUX"):
            break
    found = [other for other in found if other.place.kind == pair.place.kind]
    unique: list[Located] = []
    for other in found:
        if other is not pair and other not in unique:
            unique.append(other)
    return unique


def _joined_phrases(sentence: Sentence, words: list[Token]) -> list[Located]:
    """The places of the locative phrases among ``words`` after an "and" or "or", or
    after a semicolon when the phrase is all there is up to the next one: "; at Cattai
    and Wilberforce;", not "; in Tonga, officials said ..."."""
    found: list[Located] = []
    joined = semicolon = False
    for child in words:
        semicolon = semicolon or child.text == ";"
        joined = joined or child.dep_ == "cc" or semicolon
        if joined and child.dep_ in ("prep", "conj") and child.lower_ in LOCATIVE and not any(
            g.dep_ == "neg" for g in child.children  # "in Rome but not in Milan"
        ) and (not semicolon or _alone(child)):
            # the phrase's own place, not one that says where it lies ("at Cattai in
            # North-Western Sydney"): the places joined to it are told by the caller
            named = [other for other in phrase_places(sentence, child, others=False)
                     if other.mention.form != "adjective"]
            best = best_place(sentence, named)
            found += [best] if best is not None else []
            # "; at Cattai; and in Moonbi": the next phrase of the list, joined to this one
            found += _joined_phrases(sentence, [c for c in child.children
                                                if c.dep_ in ("cc", "conj")])
    return found


def _alone(phrase: Token) -> bool:
    """The phrase makes its part of a list whole: between the semicolon (or the sentence
    start) before it and the semicolon or end after it there is only it, "and" and
    punctuation."""
    doc = phrase.doc
    end = phrase.right_edge.i + 1
    if end < len(doc) and doc[end].text not in (";", ".", "!", "?"):
        return False  # "in Tonga, officials said", "in Chittagong the situation was calm"
    start = phrase.i - 1
    while start >= 0 and doc[start].text != ";":
        if doc[start].dep_ not in ("cc", "punct", "advmod"):
            return False
        start -= 1
    return True


def _own_ancestors(sentence: Sentence, pair: Located) -> list[Token]:
    tokens = sentence.tokens_of(pair)
    return [] if not tokens else list(tokens[0].ancestors)


def counted_places(sentence: Sentence, noun: Token) -> list[tuple[Located, Token]]:
    """The places a count shares out, each with its number: "11 cases, four in Ohio,
    two in Iowa" gives Ohio (four) and Iowa (two)."""
    found: list[tuple[Located, Token]] = []
    stack = [c for c in noun.children if c.dep_ in ("appos", "conj") and c.pos_ == "NUM"]
    while stack:
        count = stack.pop()
        for child in count.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                place = best_place(sentence, phrase_places(sentence, child))
                if place is not None:
                    found.append((place, count))
            elif child.dep_ in ("appos", "conj") and child.pos_ == "NUM":
                stack.append(child)
    return sorted(found, key=lambda pair: pair[0].mention.start)


# What stands for the people or things of a gapped clause: "the other", "three".
_REMNANTS = frozenset("other others another rest remainder some several many most".split())


def gapped_places(sentence: Sentence, verb: Token) -> list[Located]:
    """Places of clauses that leave out the verb and tell it again elsewhere: "One died in
    Mecca, the other in Medina", "two were killed in Kandahar and three in Helmand": a
    count or "the other(s)" joined to the verb's clause, with a locative of its own. A
    happening's noun tells it through its verb: "Two cases were confirmed in Jeddah and
    one in Taif"."""
    if verb.dep_ == "pobj" and verb.head.lower_ == "of":  # "Four of the deaths occurred
        verb = verb.head.head  # in Kisumu, and two in Homa Bay": the count's verb
    if verb.pos_ != "VERB" and verb.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    found: list[Located] = []
    for token in verb.subtree:
        if token.dep_ not in ("appos", "conj") or not _remnant(token) or token.i < verb.i:
            continue
        if _verb_above(token) != verb:
            continue
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE:
                place = best_place(sentence, phrase_places(sentence, child))
                if place is not None and place not in found:
                    found.append(place)
    return found


def trip_goals(sentence: Sentence, goal: Located, verb: Token) -> list[Located]:
    """The goals of one movement: its goal, the places joined to it ("to Lyon and
    Turin") and those of gapped clauses (``gapped_goals``); a country goal gives way to
    gapped goals in it ("crossed into Colombia, many to Cucuta and others to Bogota")."""
    gapped = [p for p in gapped_goals(sentence, verb) if p.mention.start != goal.mention.start]
    if gapped and goal.place.kind == "country" and all(
        p.place.country == goal.place.country for p in gapped
    ):
        return gapped
    found = [goal, *conjoined_places(sentence, goal)]
    return found + [p for p in gapped if p not in found]


def gapped_goals(sentence: Sentence, verb: Token) -> list[Located]:
    """Goals of clauses that leave out the motion verb: "fled Marawi, many to Iligan
    and some to Cagayan de Oro", "many went to Iligan, others to Cagayan de Oro": a "to"
    or "into" phrase on a stand-in ("many", "the others", a count) after the verb, in
    its clause, or on the verb right after such a stand-in (as the parser may hang it)."""
    if verb.pos_ != "VERB":
        return []
    found: list[Located] = []
    for token in verb.subtree:
        if token.i < verb.i or not _remnant(token) or _verb_above(token) != verb:
            continue
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "nummod"):
            continue
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
        phrases = [c for c in token.children if c.dep_ == "prep"]
        phrases += [after] if after.dep_ == "prep" and after.head == verb else []
        for prep in (p for p in phrases if p.lower_ in ("to", "into")):
            place = best_place(sentence, phrase_places(sentence, prep))
            if place is not None and place not in found:
                found.append(place)
    return found


def _remnant(token: Token) -> bool:
    return token.pos_ == "NUM" or token.lower_ in _REMNANTS


def _verb_above(token: Token) -> Token | None:
    """The nearest verb above ``token``."""
    for above in token.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return above
    return None
