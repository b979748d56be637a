"""Read: a file, a web page or a string in, an :class:`~geobrief.models.Article` out.

Takes the article's bytes (``.txt``, ``.md`` with front matter, ``.html`` reduced to its
main text) and gives its decoded text, unchanged so that offsets index it, with its title,
dateline, agency, date (from front matter, or as the text states it: a byline, a
caption) and where the body starts. Also here, for the later steps to share: splitting
text into sentences, reading the dates written in it, and loading the English language
model (:mod:`geobrief.read.language`).
"""
