"""The page of a one-page command rendered in a second process, started before the parse.

A cold ``geobrief build`` spends most of its time importing: spaCy and its English model
for the story, then folium, matplotlib and the page's templates to render. The two
halves do not need each other until the briefing is made, so where the machine has a
second core, :func:`page_renderer` forks a process before the article is read. That
process imports the rendering modules and loads the map shapes while this one parses;
it is then sent the briefing (pickled), renders the page with
:func:`geobrief.render.page.render_page` and sends the HTML back. The page is the same
bytes either way. Without ``fork`` (not Linux), on a saturated machine, or if the
second process fails to answer, the page is rendered here, as before. ``batch`` does
not use it: its workers already keep every core busy.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from geobrief.render.warm import warm_up

if TYPE_CHECKING:
    from geobrief.models import Briefing

log = logging.getLogger(__name__)

Render = Callable[["Briefing"], str]


@contextmanager
def page_renderer() -> Iterator[Render]:
    """A function that renders a briefing's page: in a second process started now when
    that can help (see the module), else here. The process ends on leaving."""
    if not _core_to_spare():
        yield _render_here
        return
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    process = context.Process(target=_serve, args=(theirs,), name="geobrief-page", daemon=True)
    process.start()
    theirs.close()
    try:
        yield lambda briefing: _render_there(ours, briefing)
    except BaseException:  # bad input, say: the error need not wait for the imports
        process.terminate()
        raise
    finally:
        ours.close()
        process.join(timeout=1.0)
        if process.is_alive():
            process.terminate()
            process.join()


def _core_to_spare() -> bool:
    """Whether a second process can run beside this one: ``fork`` exists and the load
    over the last minute (runnable processes, this one's earlier runs included) is below
    the number of cores; on a saturated machine the two would only take turns, and the
    page would come later."""
    cores = os.cpu_count() or 1
    if cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return False
    return os.getloadavg()[0] < cores


def _render_here(briefing: Briefing) -> str:
    from geobrief.render.page import render_page

    return render_page(briefing)


def _render_there(conn: Connection, briefing: Briefing) -> str:
    """The page from the second process; rendered here if it cannot answer."""
    try:
        conn.send(briefing)
        ok, value = conn.recv()
    except (OSError, EOFError) as exc:
        log.debug("the page process did not answer (%s): rendering here", exc)
        return _render_here(briefing)
    if not ok:
        raise value
    return str(value)


def _serve(conn: Connection) -> None:
    """In the second process: import and load what rendering needs
    (:func:`geobrief.render.warm.warm_up`), then render the one briefing sent, and send
    back (True, html) or (False, the exception)."""
    warm_up()
    try:
        briefing = conn.recv()
    except EOFError:  # the parse failed: nothing to render
        return
    try:
        answer: tuple[bool, Any] = (True, _render_here(briefing))
    except Exception as exc:  # raised again in the first process
        answer = (False, exc)
    try:
        conn.send(answer)
    except Exception as exc:  # an exception that does not pickle
        conn.send((False, RuntimeError(f"rendering the page failed: {answer[1]!r} ({exc})")))
