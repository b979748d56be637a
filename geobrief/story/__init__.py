"""Story: resolved places in, the map layers that tell the article's spatial story out.

Takes the article and its places and gives the five layers (places, countries, borders,
routes, events) as GeoDataFrames, the focus country and every place's role in the story,
plus what the page tells beside the map: the timeline and the key facts.

The sentences that hold a place are parsed once (``parse``: spaCy's small English
pipeline, loaded by :mod:`geobrief.read.language`); ``event_lexicon``, ``triggers``,
``arguments``, ``actors`` and ``status`` find happenings, their places and whether they
happened; ``motion``, ``ends`` and ``movers`` find movements, their ends and who moved;
``timing`` dates them; ``capitals`` reads "the capital" as a country's capital (with the
gazetteer). ``events``, ``routes``, ``borders`` and ``roles`` build the layers.
"""
