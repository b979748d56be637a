"""Geoparse: an article in, its place mentions and the places they resolve to out.

Takes an :class:`~geobrief.models.Article` and the gazetteer; finds every span of text that
names a place (names, country adjectives, abbreviations, the dateline), drops what only
looks like a place (people, common words), and resolves each mention to one GeoNames place
by context and population, giving :class:`~geobrief.models.Place` objects with their
mentions. The optional spaCy NER stage (``--ner``) lives here too.
"""
