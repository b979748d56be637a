"""Who moved: the subject of a motion verb ("A U.S. led delegation (is) heading to
Vilnius"), with "they" standing for the people counted before it ("Belarus has freed 52
prisoners and they are on their way"); the object of a verb that moves something
("Hungary sent 200 soldiers to Kosovo")."""

from __future__ import annotations

import re

# Where a subject starts: the sentence, a quote, a clause break, a reporting verb
# ("Priscilla Chu said the family was flying ...").
_SUBJECT_START = re.compile(
    r"[\"\u201c;:]|,\s|\s(?:and|but|while|as|then|when|if)\s"
    r"|\b(?:said|says|say|reported|reports|told|added|according to|that)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# What stands between a subject and its verb: auxiliaries and adverbs ("(is)", "are now").
_AUXILIARY = re.compile(
    r"(?:^|\s+)\(?(?:is|are|was|were|be|been|being|has|have|had|will|would|could|may|might|now|"
    r"also|then|already|still|reportedly|later|recently|first|just|finally|eventually|"
    r"originally|since)\)?$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\s+(?:with|who|which|that|along)(?:\s|$)")
# A subject is not a preposition's object ("in a media conference") nor a lone
# determiner ("some").
_NOT_A_SUBJECT = re.compile(
    r"(?:in|on|at|for|from|by|of|to|with|after|before|during|some|all|this|these|there)\b"
)
_PRONOUN = re.compile(r"(?:they|he|she|it|we|those)", re.IGNORECASE)
# "52 prisoners of various nationalities", "hundreds of refugees".
_COUNTED = re.compile(
    r"\b(?:\d[\d,.]*|dozens|hundreds|thousands|several|many)(?:\s+of)?"
    r"(?:\s+(?!and\b|who\b|that\b|which\b|to\b|in\b|on\b|with\b|were\b|are\b)[a-z][\w-]*){1,4}"
)
# Verbs whose object is what moves: "sent 200 soldiers to", "deported the family to".
_MOVES_SOMETHING = re.compile(
    r"(?:sent|send\w*|deploy\w*|transferr\w+|deport\w*|evacuat\w+|brought|bring\w*|"
    r"ship\w*|transport\w*|carr\w+|escort\w*|relocat\w+|fl[eo]w|moved)$",
    re.IGNORECASE,
)
# What trails the object before the destination: "brought into", "moved back to".
_PARTICLES = re.compile(
    r"(?:^|\s+)(?:back|out|away|over|in|into|to|towards?)(?:\s+(?:in|into|to|towards?))?$"
)
MAX_WORDS = 6


def who_moved(text: str, verb: tuple[int, int], destination_start: int, sentence_start: int) -> str:
    """Who or what made the movement whose motion word spans ``verb`` and which ends at
    the place mentioned at ``destination_start``; "" when the text does not plainly say
    (an infinitive, a passive, a long clause)."""
    if _MOVES_SOMETHING.search(text, verb[0], verb[1]):
        moved = text[verb[1] : destination_start].strip()
        moved = _PARTICLES.sub("", moved)
        moved = re.split(r"\s+(?:from|to|into)\s", moved)[0]
        if moved and 0 < len(moved.split()) <= MAX_WORDS and not _NOT_A_SUBJECT.match(moved):
            return moved
    return _subject(text, verb[0], sentence_start)


def _subject(text: str, verb_start: int, sentence_start: int) -> str:
    """The subject of the verb at ``verb_start``, or ""."""
    start = sentence_start
    for brk in _SUBJECT_START.finditer(text, sentence_start, verb_start):
        start = brk.end()
    subject = text[start:verb_start].strip()
    while (trimmed := _AUXILIARY.sub("", subject).strip()) != subject:
        subject = trimmed
    subject = _RELATIVE.split(subject)[0]
    subject = re.sub(r"^(?:and|but|or|then|so)\s+", "", subject, flags=re.IGNORECASE)
    if _PRONOUN.fullmatch(subject):
        counted = list(_COUNTED.finditer(text, sentence_start, start))
        subject = counted[-1].group() if counted else ""
    if re.search(r"\bto$", subject) or not subject[:1].isalnum() or _NOT_A_SUBJECT.match(subject):
        return ""  # "was required to move": the mover is not the words before
    words = subject.split()
    return " ".join(words) if len(words) <= MAX_WORDS else ""
