"""Messages the worker threads post back to the UI: small dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message

from tui.db import ArticleData, Outcome


@dataclass
class ArticlesLoaded(Message):
    articles: list[dict]


@dataclass
class ArticleLoaded(Message):
    data: ArticleData


@dataclass
class LoadFailed(Message):
    error: str


@dataclass
class ReviewWritten(Message):
    outcome: Outcome


@dataclass
class SampleImported(Message):
    article_id: str


@dataclass
class Exported(Message):
    path: Path | None
    error: str | None = None
