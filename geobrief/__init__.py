"""geobrief: turn a news article into an offline map briefing."""

from geobrief.resources import VERSION as __version__

__all__ = ["__version__"]
