"""Read: a file, a web page or a string in, an :class:`~geobrief.models.Article` out.

Takes the article's bytes (``.txt``, ``.md`` with front matter, ``.html`` reduced to its
main text) and gives its decoded text, unchanged so that offsets index it, with its title,
dateline, agency, date and where the body starts. Also here: splitting text into
sentences and reading the dates written in it, which the later steps share.
"""
