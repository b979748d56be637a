"""What the words around a name say it names: a street, a newspaper, an organisation, a
river or a business named after the place, a sea ("the Red Sea"), or a valley.

Used by ``toponyms`` on the names the gazetteer matched, before resolution: what is not
the place is dropped, and a name before "Valley" spans it ("the Bekaa Valley").
"""

from __future__ import annotations

import re
from typing import Protocol

from geobrief.geoparse.streets import named_streets, names_a_street
from geobrief.models import Mention

# "Central Avenue", "Lincoln St.": a name before a street word names the street;
# "US$460": a name before a dollar sign names a currency.
_NOT_A_PLACE_AFTER = re.compile(
    r" (?:(?:Avenue|Street|Road|Boulevard|Drive|Lane|Court|Terrace|Circle)\b"
    r"|(?:Ave|St|Rd|Blvd|Dr|Ln|Ct)\.)|\$"
)
# "Meigs County Court": a county's court, where "Maple Court" is a street.
_COUNTY_COURT = re.compile(r"(?:County|Parish) Court\b")
# "New York Times", "Washington Post": a name that starts a newspaper's title names the
# paper (LGL's annotators marked some, GeoVirus's none; DESIGN: nothing that is not a place).
_NEWSPAPER = re.compile(
    r" (?:Times|Post|Tribune|Herald|Gazette|Chronicle|Examiner|Inquirer|Daily News"
    r"|Star-Telegram|Sun-Times|Journal-Constitution)\b"
)
# "American Red Cross", "American Heart Association": a country adjective that starts an
# organisation's name names the organisation (LGL's annotators leave it out too).
_ORGANISATION_AFTER = re.compile(
    r"(?: [A-Z][a-z]+){0,3} (?:Association|Society|Legion|Cross|Foundation|Institute|Academy"
    r"|College|Act|Airlines|Express|Council|League|Federation|Union)\b"
)
# "Kanawha River", "Coronado Meat Market", "Logan Elementary", "Ridgeway Funeral Home",
# "St. Paul's Lutheran Church", "Willow Valley Retirement Communities": a name before
# these names a river, a business or a church, not the place (annotators leave it out).
_NAMED_AFTER = re.compile(
    r"(?:['\u2019]s)?(?: [A-Z][a-z]+){0,2} (?:River|Creek|Lake|Elementary|Middle School"
    r"|Schools|Funeral Home|Restaurants?|Grill|Bakery|Deli|Apartments|Theat(?:er|re)"
    r"|Farms|Market(?:place)?"
    r"|Shoal|Reef|Atoll|Lagoon|Glacier|Strait|Church|Chapel|Homestead|Nursing Home"
    r"|Retirement Communit(?:y|ies))\b"
)
# So does a country's adjective before a shop's or a block's ("DeLallo Italian
# Marketplace", "Yokohama Japanese Restaurant", "Spanish Oaks Apartments": a shop in
# Pennsylvania, not Italy); not before a river, a lake or a strait ("the Iraqi Tigris
# River" is Iraq's).
_SHOP_AFTER = re.compile(
    r"(?: [A-Z][a-z]+){0,2} (?:Restaurants?|Grill|Bakery|Deli|Apartments|Theat(?:er|re)|Farms"
    r"|Market(?:place)?|Funeral Home|Nursing Home)\b"
)
# "Mardi Gras", "Cinco de Mayo": a feast's name, not Mardi (New South Wales), Grasse or
# the towns of Mexico named for the day.
_FEASTS = re.compile(r"\b(?:Mardi Gras|Cinco de Mayo)\b")
# "Goldman Sachs & Co. Clare Hughes said": a firm's "Co.", not County Clare.
_FIRM_BEFORE = re.compile(r"(?:&|\b[A-Z][\w'.-]*)\s+\Z")
# "Lake Victoria", "Lake Chad", "Mount Kenya": a lake or a mountain, not the place whose
# name it bears (a town of the whole name, "Lake City", "Mount Vernon", is found whole).
_NAMED_BEFORE = re.compile(r"(?<![\w'\u2019])(?:Lake|Mount|Mt\.) \Z")
# "the Andes", "the southern Alps": mountain ranges, which the gazetteer does not hold; a
# town of the name ("Andes", Colombia) is not meant after "the".
_RANGES = frozenset("Andes Alps Himalayas Himalaya Rockies Pyrenees Urals Carpathians "
                    "Appalachians Apennines Dolomites Pamirs Karakoram Hindu Kush".split())
_RANGE_BEFORE = re.compile(r"(?<![\w'\u2019])[Tt]he (?:[a-z]+ )?\Z")
# "Jackson Township", "Oakport Township": a civil township, which the gazetteer does not
# hold; the town of its name lies in it or near it, so where the text names states or
# counties only a town of one of them is meant (``township_names``).
_TOWNSHIP_AFTER = re.compile(r" Township\b")
# "a Dodge Durango", "a Jeep Cherokee": a name right after a carmaker's names a model; "a
# Toyota Corolla", "a Toyota pickup": a carmaker that shares no common name with a town
# of English-speaking news (not Lincoln, Pontiac, Cadillac) names the car before a model or
# a vehicle's noun.
_MAKERS = ("Toyota|Honda|Nissan|Chevrolet|Chevy|Hyundai|Kia|Mazda|Subaru|Mitsubishi|"
           "Volkswagen|Audi|BMW|Volvo|Lexus|Isuzu|Suzuki|Peugeot|Renault|Fiat|Skoda|Opel|"
           "Buick|Chrysler|Acura|Infiniti|GMC")
_MAKER_BEFORE = re.compile(
    r"(?<![\w-])(?:" + _MAKERS + r"|Dodge|Ford|Jeep|Mercury|Lincoln|Pontiac|Cadillac) \Z")
_MAKER = re.compile(_MAKERS)
# "driving the Toyota", "a Honda": such a carmaker's name after an article is the car;
# not before a place's noun ("the Toyota city government", "the Toyota area of Aichi").
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+\Z")
_PLACE_NOUN_AFTER = re.compile(
    r" (?:city|area|district|suburb|region|prefecture|town|municipality|government|mayor)\b")
_MODEL_AFTER = re.compile(
    r" (?:[A-Z][a-z0-9]+|pickup|truck|van|car|sedan|SUV|minivan|vehicle|jeep|bus|lorry)\b")
# "Chinook helicopters", "a Hercules transport plane", "Tornado jets": an aircraft's
# model, not the town of its name (Chinook, Montana; Hercules, California).
_AIRCRAFT = re.compile(
    "Chinook|Black ?Hawk|Apache|Hercules|Tornado|Typhoon|Harrier|Mirage|Rafale|Sea King|"
    "Sea Knight|Puma|Lynx|Cobra|Kiowa|Huey|Osprey|Globemaster|Galaxy|Hornet|Eagle|Falcon|"
    "Raptor|Tucano|Reaper|Predator|Stallion|Nimrod|Merlin|Wildcat|Gazelle|Cougar|Caracal|"
    "Tiger|Atlas")
_AIRCRAFT_AFTER = re.compile(
    r" (?:helicopters?|choppers?|gunships?|aircraft|airplanes?|planes?|jets?|fighters?"
    r"|bombers?|drones?|transport|tankers?)\b")
# "Hurricane Helene", "Cyclone Idai": a storm's name, not the town of Hurricane, Utah
# ("Hurricane City Council", "Hurricane, Utah" are the town).
_STORM_WORDS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm", "Tornado"})
_STORM_NAME_AFTER = re.compile(
    r" (?!City\b|Council\b|Police\b|Mayor\b|Valley\b|High\b|Elementary\b|Middle\b|Fire\b)"
    r"[A-Z][a-z]+\b")
# "the Red Sea", "the Aral Sea", "the Gulf of Aden": a sea, not the region or town named
# after it ("Red Sea state"), nor the place its name ends in ("Mexico" of "the Gulf of
# Mexico"). No data for seas is shipped: the name stays unresolved.
_WATER = re.compile(r".+ (?:Sea|Ocean)|(?:Gulf|Sea) of.*")
# "the Pan-American Highway", "a pan-African body", "South American nations", "Latin
# American music": a word before that makes the adjective a continent's, a part of it, or
# a people's, no country's ("South Korean" and "South African" are forms of their own).
_WIDER_BEFORE = re.compile(r"(?<![\w-])(?:[Pp]an-|(?:South|North|Latin|Central)[ -]"
                           r"|(?:North|South|East|West)(?:ern)? and )\Z")
# "Metro Police", "Metro Vancouver", "Metro 911": a metropolitan body or area, not Metro,
# Indonesia (a town of the name is written "in Metro, Lampung").
_METRO_BODY_AFTER = re.compile(r" (?:[A-Z0-9]|[Pp]olice\b|[Tt]ransit\b|[Aa]rea\b)")
# "North Verity Parkway", "the Blue Ridge Parkway": a road's last word, not a town of it.
_ROAD_WORDS = frozenset({"Parkway", "Turnpike", "Expressway", "Freeway", "Plaza"})
_NAME_BEFORE = re.compile(r"[A-Z][\w.'\u2019]* \Z")
# "West African countries", "East and Central African states": a part of a continent, not
# a region called West (Cameroon's) or East.
_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western".split())
_CONTINENT_PART_AFTER = re.compile(
    r"(?: and (?:North|South|East|West|Central)(?:ern)?)? (?:African|Asian|European|American"
    r"|Arab|Caribbean)s?\b")
_THE_BEFORE = re.compile(r"(?<![\w'\u2019])[Tt]he \Z")
_WATER_BEFORE = re.compile(r"(?<![\w'\u2019])(?:Gulf|Bay|Sea) of \Z")
# "the South China Sea", "the Irish Sea", "the Indian Ocean": a sea named by a place or
# its adjective is the sea ("Egypt's Red Sea coast" names Egypt: the name is not next).
_WATER_AFTER = re.compile(r" (?:Sea|Ocean)\b")
# "the Bekaa Valley", "Santa Clara Valley": the valley is named by the place, and the
# mention spans both words; "the Jordan Valley", "the Niger Delta" are a river's, not the
# country's.
_VALLEY_AFTER = re.compile(r" Valley\b")
_RIVER_LAND_AFTER = re.compile(r" (?:Valley|Delta)\b")
_REGION_WORD_AFTER = re.compile(r" (?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Rr]egion)\b")
# Words that say a first-level region is meant: "the state of", "upstate", "governor of"
# before the name; "state", "province", "prefecture", "governor", "legislature" or a state
# body after it ("New York state", "Aomori prefecture", "Georgia Department of Transportation").
_STATE_BEFORE = re.compile(
    r"(?:\b(?:[Ss]tate|[Gg]overnor|[Ll]egislature|[Pp]rovince|[Pp]refecture) of|\b[Uu]pstate"
    r"|\b[Dd]ownstate)"
    r"\s+$"
)
_STATE_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:[Ss]tate|[Gg]overnor|[Ll]egislature|[Pp]rovince|[Pp]refecture|[Oo]blast"
    r"|[Gg]overnorate)\b|(?:['\u2019]s)?\s+Gov\."
    # a state's own bodies: "Georgia Department of Transportation", "the Georgia General
    # Assembly", "Georgia Environmental Protection Division" (not a city's police or fire)
    r"| (?:Department|Division|Bureau|Office) of\b| (?:General Assembly|Supreme Court)\b"
    r"|(?: (?!Police|Fire|City|County|Metro)[A-Z][a-z]+){1,3} (?:Division|Commission)\b"
)
# Offices and bodies only a nation has: "Georgia's prime minister", "the president of
# Georgia", "Lebanon's parliament" (a US state has a governor and a legislature).
_NATION_WORDS = (r"(?:[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inist(?:er|ry)"
                 r"|[Pp]arliament|[Ee]mbassy|[Aa]mbassador|[Aa]rmed [Ff]orces|[Cc]apital)")
_NATION_BEFORE = re.compile(_NATION_WORDS + r" of (?:the )?$")
# "a Lebanon woman", "the Jordan resident": a name between an article and a word for
# people says where they live. A country's people are said by its demonym ("a Lebanese
# woman"), so the name is a town's.
_RESIDENT_BEFORE = re.compile(r"(?<![\w'\u2019])(?:[Aa]n?|[Tt]he) $")
_RESIDENT_AFTER = re.compile(r" (?:man|woman|men|women|resident|residents|couple|teen"
                             r"|teenager|boy|girl|family)\b")
_NATION_AFTER = re.compile(r"['\u2019]s (?:\w+ )?" + _NATION_WORDS + r"\b")
# "the Lebanon City Council", "Palestine Independent School District", "the Jordan middle
# school", "Cuba firefighters": a town's own bodies after the name; a nation has none.
_TOWN_BODY_AFTER = re.compile(
    r" (?:[Cc]ity (?:[Cc]ouncil|[Hh]all|[Mm]anager|[Cc]ommission)|[Tt]own (?:[Cc]ouncil|[Hh]all)"
    r"|[Vv]illage (?:[Bb]oard|[Cc]ouncil)|[Mm]ayor|(?:[Pp]olice|[Ff]ire) [Dd]epartment"
    r"|[Ff]ire [Cc]hief|[Ff]irefighters|(?:Independent )?[Ss]chool [Dd]istrict"
    r"|[Cc]ity [Ss]chools|[Mm]iddle [Ss]chool|[Hh]igh [Ss]chool|[Ee]lementary)\b"
)
# "400 S. Locust St., Lebanon", "12 Main Street, Cuba": a street address ends in its town.
_ADDRESS_BEFORE = re.compile(
    r"\d+ (?:[NSEW]\.? )?(?:[A-Z][a-z]+ )+(?:(?:St|Ave|Rd|Blvd|Dr|Ln)\.?|Street|Avenue"
    r"|Road|Boulevard|Drive|Lane), \Z"
)


class CountryForms(Protocol):
    """What ``valleys`` needs from the gazetteer."""

    def country_form(self, text: str) -> tuple[str, str] | None: ...


def named_things(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the names that start another thing's name ("Central Avenue",
    "New York Times", "American Red Cross", "Kanawha River", "Scarborough Shoal") or end
    a lake's or a mountain's ("Lake Victoria", "Mount Kenya"), a feast's ("Mardi Gras",
    "Cinco de Mayo"), a car's ("Dodge Durango", "Toyota Corolla"), an aircraft's
    ("Chinook helicopters") or a storm's ("Hurricane Helene"), a "Pan-American",
    "pan-African", "South American" or "East and Central African" adjective, a compass
    word of one ("West African"), or names that name a sea: once the text says "the Red
    Sea", a headline's "Ship sinks in Red Sea" is the sea too (as a street named once
    is "onto Decatur" later), and "China" of "the South China Sea" is the sea's; nor a
    mountain range ("the southern Andes")."""
    seas = {m.name for m in mentions if m.form == "name" and _sea(text, m)}
    streets = named_streets(text, mentions)
    feasts = [found.span() for found in _FEASTS.finditer(text)]
    return [
        m for m in mentions
        if (not _NOT_A_PLACE_AFTER.match(text, m.end)
            or _COUNTY_COURT.match(text, m.end - len("County")))
        and (m.form != "name" or not _NEWSPAPER.match(text, m.end))
        and (m.form != "adjective" or not _ORGANISATION_AFTER.match(text, m.end))
        and (m.form != "adjective"
             or not _WIDER_BEFORE.search(text, max(0, m.start - 12), m.start))
        and not (m.text in _COMPASS and _CONTINENT_PART_AFTER.match(text, m.end))
        and not (m.text == "Metro" and _METRO_BODY_AFTER.match(text, m.end))
        and not (m.text in _STORM_WORDS and _STORM_NAME_AFTER.match(text, m.end))
        and not (m.text in _ROAD_WORDS
                 and _NAME_BEFORE.search(text, max(0, m.start - 24), m.start))
        and (m.form != "name" or not _NAMED_AFTER.match(text, m.end))
        and (m.form != "adjective" or not _SHOP_AFTER.match(text, m.end))
        and (m.form != "name" or not _NAMED_BEFORE.search(text, max(0, m.start - 6), m.start))
        and not _WATER_BEFORE.search(text, max(0, m.start - 8), m.start)
        and not (m.text.startswith("Co. ") and _FIRM_BEFORE.search(text, max(0, m.start - 30),
                                                                    m.start))
        and not any(start <= m.start and m.end <= end for start, end in feasts)
        and not _WATER_AFTER.match(text, m.end)
        and not _MAKER_BEFORE.search(text, max(0, m.start - 12), m.start)
        and not (_MAKER.fullmatch(m.text) and (
            _MODEL_AFTER.match(text, m.end)
            or (_ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start)
                and not _PLACE_NOUN_AFTER.match(text, m.end))))
        and not (_AIRCRAFT.fullmatch(m.text) and _AIRCRAFT_AFTER.match(text, m.end))
        and (m.name not in seas or _REGION_WORD_AFTER.match(text, m.end))
        and not names_a_street(text, m, streets)
        and not (m.text in _RANGES and _RANGE_BEFORE.search(text, max(0, m.start - 16), m.start))
    ]


def valleys(text: str, mentions: list[Mention], gazetteer: CountryForms) -> list[Mention]:
    """A name before "Valley" spans it ("Bekaa Valley"); a country before "Valley" or
    "Delta" names a river's valley, not the country, and is dropped ("Niger Delta")."""
    kept: list[Mention] = []
    dropped = -2  # where the last country dropped ends
    for m in mentions:
        if m.start == dropped + 1:
            continue  # the "Delta" of "Niger Delta"
        if m.form == "name" and _RIVER_LAND_AFTER.match(text, m.end):
            if gazetteer.country_form(m.name) is not None:
                dropped = m.end
                continue
            if _VALLEY_AFTER.match(text, m.end):
                end = m.end + len(" Valley")
                m = Mention(text[m.start : end], m.start, end, m.name, m.form)
        kept.append(m)
    return kept


def councils(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Mayo County Council": the council's county is named by "Mayo County", the span
    that names the place; the council's whole name is what the gazetteer is asked."""
    return [Mention(text[m.start : m.end - len(" Council")], m.start, m.end - len(" Council"),
                    m.name, m.form) if m.text.endswith(" County Council") else m
            for m in mentions]


def township_names(text: str, mentions: list[Mention]) -> frozenset[str]:
    """Names (casefolded) that the text writes before "Township" at least once: "farms
    of Oakport Township" is Oakport, Minnesota, if the text names Minnesota, and no
    Oakport elsewhere; "Jerome Township" in a story that names Ohio and no Jerome there
    is no Jerome at all."""
    return frozenset(m.name.casefold() for m in mentions
                     if m.form == "name" and _TOWNSHIP_AFTER.match(text, m.end))


def says_state(text: str, mention: Mention) -> bool:
    """The words around the name say a first-level region: "the state of Washington",
    "upstate New York", "New York state", "Georgia Department of Transportation"."""
    return bool(_STATE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                or _STATE_AFTER.match(text, mention.end))


def says_nation(text: str, mention: Mention) -> bool:
    """The words around the name say a nation: "Georgia's prime minister", "the
    president of Georgia", "Lebanon's new parliament"."""
    return bool(_NATION_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                or _NATION_AFTER.match(text, mention.end))


def says_town(text: str, mention: Mention) -> bool:
    """The words around the name say a town, as they never say a nation: someone who
    lives there ("a Lebanon woman", "the Jordan resident"), a town's own bodies ("the
    Cuba Village Board", "Palestine Independent School District"), or a street address
    that ends in it ("40 Elm St., Lebanon")."""
    return bool(
        (_RESIDENT_BEFORE.search(text, max(0, mention.start - 5), mention.start)
         and _RESIDENT_AFTER.match(text, mention.end))
        or _TOWN_BODY_AFTER.match(text, mention.end)
        or _ADDRESS_BEFORE.search(text, max(0, mention.start - 60), mention.start))


def _sea(text: str, mention: Mention) -> bool:
    """Whether the text names a sea by the name: "the Red Sea", "the Gulf of ..."."""
    name = mention.text + (" of" if text.startswith(" of ", mention.end) else "")
    return (_WATER.fullmatch(name) is not None
            and _THE_BEFORE.search(text, max(0, mention.start - 4), mention.start) is not None
            and not _REGION_WORD_AFTER.match(text, mention.end))
