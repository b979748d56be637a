"""Numbers written like years that are no date: a vehicle's model year ("a 2005 black
Ford truck", "the 1999 Honda") and a house number ("of 2318 W. Cedar Hill Drive", "the
1840 Elm St. fire"). ``read.dates`` passes over a year either of these follows.
"""

from __future__ import annotations

import re

_VEHICLES = frozenset(
    "car cars truck trucks pickup van minivan sedan suv coupe motorcycle jeep ford chevrolet "
    "chevy dodge honda toyota nissan mercury oldsmobile buick pontiac gmc chrysler hyundai kia "
    "mazda subaru volkswagen bmw mercedes cadillac lincoln saturn volvo audi lexus acura "
    "mitsubishi plymouth model".split()
)
_STREET = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'-]*\.?\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|"
    r"Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Highway|Hwy|Pike|Circle|Cir|Parkway|Pkwy|"
    r"Trail|Terrace|Ter)\b")


def model_year(text: str, end: int) -> bool:
    """The year that ends at ``end`` names a vehicle's model: one of the next three words
    is a vehicle or its make ("a 2005 black Ford")."""
    return any(w.lower() in _VEHICLES for w in re.findall(r"[A-Za-z]+", text[end : end + 40])[:3])


def house_number(text: str, end: int) -> bool:
    """The number that ends at ``end`` is a house number: a street's name follows ("the
    1840 Elm St. fire")."""
    return _STREET.match(text, end) is not None
