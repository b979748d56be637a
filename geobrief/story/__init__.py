"""The story step: the article's sentences parsed once, then events, routes and focus.

``parse`` parses the sentences that hold a place (spaCy, loaded by
``geobrief.read.language``); ``event_lexicon``, ``triggers``, ``arguments`` and ``status``
find happenings, their places and whether they happened; ``motion`` finds movements;
``timing`` dates them. ``geobrief.events``, ``geobrief.routes`` and ``geobrief.roles``
build the layers from these.
"""
