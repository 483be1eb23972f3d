"""Widgets of the review app."""

from tui.widgets.detail import DetailPane, ReviewBox, detail_text, review_text
from tui.widgets.headline_bar import HeadlineBar, headline_text
from tui.widgets.sentence_table import SentenceTable

__all__ = ["DetailPane", "HeadlineBar", "ReviewBox", "SentenceTable", "detail_text", "headline_text", "review_text"]
