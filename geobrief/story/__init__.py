"""Story: resolved places in, the map layers that tell the article's spatial story out.

Takes the article and its places and gives the five layers (places, countries, borders,
routes, events) as GeoDataFrames, the focus country and every place's role in the story,
plus what the page tells beside the map: the timeline and the key facts.
"""
