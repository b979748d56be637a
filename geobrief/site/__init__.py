"""Site: a folder of articles in, a folder of briefings out.

Takes INDIR and gives SITE: one page per article, ``index.html`` with a map of every place,
a page per place, and ``manifest.json`` so that a rerun rebuilds only what changed.
Builds run in parallel worker processes or on a Dask cluster; ``watch`` rebuilds as
articles arrive.
"""
