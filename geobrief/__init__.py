"""geobrief: turn a news article into an offline map briefing."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("geobrief")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

__all__ = ["__version__"]
