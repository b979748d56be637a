"""Where a happening told with no place of its own came about: its "when" clause.

"Nine villagers were killed when gunmen stormed a village in Benue State", "at least 22
passengers died when their bus plunged into a gorge near Pokhara", "two soldiers were
wounded while patrolling near Kidal", "was arrested after his truck was pulled over in
Stroud": the death, the wound or the arrest happened where the clause that tells how it
came about did. The reverse reading (a happening inside the "when"
clause takes the main clause's place) is ``clauses.main_clause``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.object_places import object_place
from geobrief.story.phrases import locative_place
from geobrief.story.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# The words that open a clause of the same time and place ("when", "while", "as"); not
# "after" or "before", whose clause may lie elsewhere ("died in hospital after being
# shot in Lagos" tells two places).
_SAME_TIME = frozenset({"when", "while", "as"})
# ... but a stop just before is at the same place: "was arrested after his truck was
# pulled over on Highway 11 in Stroud", "after he was spotted at a market in Kano".
_STOPPED = frozenset("pull stop spot catch corner intercept".split())


def when_clause(sentence: Sentence, trigger: Token) -> Located | None:
    """The place of the "when" (or "while", "as") clause a verb trigger governs: its
    locative phrase, else a place its verb acts on ("were killed when rebels stormed
    Goma"). Where, not whither: "was arrested when he returned to Ghana" is not in
    Ghana by this clause. Not a clause whose verb tells a happening of its own ("were
    killed as fighters battled in a camp near Sidon"): that happening is drawn at its
    place, and the deaths give way to it."""
    if trigger.pos_ != "VERB":
        return None
    clauses = [c for c in trigger.children if c.dep_ == "advcl" and any(
        m.dep_ in ("advmod", "mark") and (m.lower_ in _SAME_TIME or (
            m.lower_ == "after" and c.lemma_.lower() in _STOPPED)) for m in c.children)]
    if not clauses:
        return None
    told = {t.token for t in find_triggers(sentence)}
    for clause in clauses:
        if clause in told:
            continue
        found = locative_place(sentence, clause) or object_place(
            sentence, clause, adjectives=False)
        if found is not None:
            return found
    return None
