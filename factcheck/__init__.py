"""factcheck: who each claim in a news article rests on, and where the headline says more."""

__version__ = "0.3.0"
ANALYZER_VERSION = __version__
