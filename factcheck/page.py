"""Page structure of pasted article text: which lines are headline, standfirst, byline, date,
captions, crossheads, body, and which are page chrome that is not the article at all.

Works line by line (a line is a paragraph in pasted text) with patterns from
lexicon/chrome.txt and a few rules of how news pages are laid out: a header zone (headline,
standfirst, byline, date, lead photo caption) before the body, lists of other stories after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from factcheck import lexicon, tokens
from factcheck.lexicon.prefilter import required_literals
from factcheck.model import Boilerplate, Document
from factcheck.posts import post_credit
from factcheck.segment import stripped
from factcheck.textnorm import same as _same

try:  # the parser behind `re` (a pattern's longest match); public as sre_parse before Python 3.11
    from re._parser import parse as _parse_regex
except ImportError:  # pragma: no cover - Python 3.10
    from sre_parse import parse as _parse_regex  # type: ignore[no-redef]


@dataclass
class Block:
    start: int
    end: int
    role: str  # headline | standfirst | caption | byline | dateline | crosshead | body
    paragraph: int


@dataclass
class Layout:
    blocks: list[Block] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    article: dict[str, str | None] = field(default_factory=dict)
    # how many lines, from the first, have their final role (see `stream`)
    lines_done: int = 0


# No line at this index or after is a headline or a standfirst when the layout is guessed or the
# headline given: the headline is among the first 15 lines, the header zone the 10 after it.
HEADER_LINES = 25


class _Chrome(NamedTuple):
    reason: str
    rx: re.Pattern[str]
    longest: int  # no longer line can match the whole pattern
    needs: tuple[str, ...] | None  # one of these (lower-case ASCII) is in every matching line; None: no such set


class _ChromeLexicon(NamedTuple):
    patterns: list[_Chrome]
    # the patterns without `needs`, in order, as one alternation (each a group named c<index>):
    # fullmatch gives the first of them that matches the whole line, in one call
    unconditional: re.Pattern[str]
    # the literals some pattern `needs` (none that holds another: "source" stands for "sources"):
    # a line with none of them can match none of those patterns
    literals: tuple[str, ...]


_BACKREF = re.compile(r"(?<!\\)((?:\\\\)*)\\([1-9][0-9]?)(?![0-9])")


@cache
def _chrome_lexicon() -> _ChromeLexicon:
    """The chrome lexicon, each pattern with its quick pre-checks, derived from the pattern itself
    (lexicon/prefilter.py) so they cannot drift from it: most lines are prose, too long for most
    patterns and without the words the rest need, and are not run through 30 regexes one by one."""
    patterns = []
    for entry in lexicon.words("chrome"):
        reason, _, rx = entry.partition("\t")
        rx = rx.strip()
        needs = required_literals(rx)
        patterns.append(_Chrome(reason.strip(), re.compile(rx, re.I), _parse_regex(rx, re.I).getwidth()[1],
                                tuple(sorted(needs)) if needs and all(x.isascii() for x in needs) else None))
    parts, groups = [], 0
    for i, c in enumerate(patterns):
        if c.needs is None:
            # a pattern's own groups come after those of the patterns before it and its wrapper
            moved = _BACKREF.sub(lambda m, k=groups + 1: f"{m.group(1)}\\{int(m.group(2)) + k}", c.rx.pattern)
            parts.append(f"(?P<c{i}>{moved})")
            groups += c.rx.groups + 1
    needed = {x for c in patterns if c.needs for x in c.needs}
    literals = tuple(sorted(x for x in needed if not any(y != x and y in x for y in needed)))
    return _ChromeLexicon(patterns, re.compile("|".join(parts) or "(?!)", re.I), literals)


_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_BYLINE = re.compile(r"(?:by|words by|written by|posted by|reporting by)\s*:?\s+(?P<name>[A-Z][^\n]{1,100})", re.I)
_RULES = lexicon.structured("page_rules")["page"]


def _alternatives(regexes: list[str]) -> str:
    return "(?:" + "|".join(regexes) + ")"


def _any_of(words: list[str]) -> str:
    return "(?:" + "|".join(map(re.escape, words)) + ")"


_MONTHS = _alternatives(_RULES["months"]) + r"\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
_DATE = re.compile(
    rf"(?:{_WEEKDAY}?(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}})"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:\s*(?:,|at|-|–|—|\|)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT|UTC|BST|EST|EDT)?)?",
    re.I,
)
_CAPTION = re.compile(
    rf"(?:\b{_any_of(_RULES['caption_nouns'])}\s*(?:by|:|/)"
    rf"|\(\s*{_any_of(_RULES['caption_bracketed'])}\b"
    + "".join(rf"|\b{re.escape(w)}\b" for w in _RULES["picture_credits"]) + r"|\bREUTERS/"
    rf"|\s/\s{_any_of(_RULES['picture_agencies'])}\b)",
    re.I,
)
# the credit at a caption's end: "Crowds in the square. Photo: Ann Lee / AFP", "... Credit: Reuters"
_CREDIT_TAIL = re.compile(
    rf"(?:{_any_of([*_RULES['caption_bracketed'], 'credit'])}\s*[:/]\s*|\s/\s)"
    r"(?P<credit>[^/\n]{1,80}(?:\s/\s[^/\n]{1,60})*)$", re.I)
_RELATED_GLUED_CASE = re.compile(
    r"(?:Related|RELATED|Read more|READ MORE|See also|SEE ALSO|Also read|ALSO READ)(?=[A-Z:])")
_LIST_HEADER = re.compile(_alternatives(_RULES["list_headers"]) + r"[\s:.]*", re.I)
_TERMINAL = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_DATELINE = re.compile(
    r"(?P<dl>(?:[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+)*)"            # KYIV / NEW YORK / ST. LOUIS
    r"(?:,\s+[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+)*)?"         # , Ukraine / , Calif.
    rf"(?:,?\s+(?i:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}))?"      # , March 3
    r"(?:\s*\((?:[A-Z][\w&' ]{1,30})\))?"                            # (Reuters)
    r"\s*(?:[-–—―]+|:)\s+"
    # "Hong Kong (CNN Business)A muddled view ...", "(CNN)The ...": a place as written and an
    # outlet's credit in brackets, with the dash lost when the page's text was copied out
    r"|(?:[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,3}(?:,\s+[A-Z][\w.'’-]+){0,2}\s*)?"
    r"\((?:[A-Z][\w&'.]*(?: [A-Z][\w&'.]*){0,2})\)(?:\s*[-–—―]+\s+|(?=[A-Z][a-z]*\b)))"
)
# Contributor notes at a story's end, one or several on a line: "Ann Lee reported from Lagos.",
# "Jo Ames and Tom Ray contributed reporting.", "Lee reported from Oakland, Calif.; Ames, from
# Lagos.", "Lee reported from Lagos, and Ames and Ray from Accra, Ghana." Names and places are
# capitalised words (a role of one or two words may sit between two: "Associated Press writer
# Ann Lee"), so a sentence of the story ("He reported from Iraq for a decade") is not taken for one.
_CAP = r"(?-i:[A-Z])[\w.'’-]*"
_CREDIT_NAME = rf"(?!(?:he|she|they|we|i|it|you)\b){_CAP}(?:\s+(?:[a-z]+\s+){{0,2}}{_CAP}){{0,4}}"
_CREDIT_NAMES = rf"{_CREDIT_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_CREDIT_NAME}){{0,3}}"
_CREDIT_PLACE = rf"(?:the\s+)?{_CAP}(?:,?\s+{_CAP}){{0,3}}"
_CREDIT_CLAUSE = (rf"{_CREDIT_NAMES}\s+(?:contributed(?:\s+reporting|\s+to\s+this\s+(?:report|article|story))?"
                  rf"(?:\s+from\s+{_CREDIT_PLACE})?|reported\s+from\s+{_CREDIT_PLACE})")
_CREDIT_MORE = rf"(?:and\s+)?{_CREDIT_NAMES},?\s+from\s+{_CREDIT_PLACE}"
_CONTRIBUTORS = re.compile(rf"{_CREDIT_CLAUSE}(?:\s*[.;,]\s+(?:{_CREDIT_CLAUSE}|{_CREDIT_MORE}))*\.?", re.I)


def _words(s: str) -> int:
    return len(tokens.words(s))


def _chrome_reason(line: str) -> str | None:
    """The chrome lexicon's reason of the first pattern matching the whole line, or None."""
    n = len(line)
    if n > 400:
        return None
    lx = _chrome_lexicon()
    m = lx.unconditional.fullmatch(line)
    first = int(m.lastgroup[1:]) if m and m.lastgroup else len(lx.patterns)
    # lower() is safe for the pre-check: the regex parser leaves the letters with other case
    # partners under re.I (s and the long s, k and the kelvin sign) out of a pattern's literals
    low = line.lower()
    if first and _contains_any(low, lx.literals):
        for c in lx.patterns[:first]:  # an earlier pattern in the lexicon wins
            if c.needs is not None and n <= c.longest and _contains_any(low, c.needs) and c.rx.fullmatch(line):
                return c.reason
    if m:
        return lx.patterns[first].reason
    if ("contributed" in low or "reported from" in low) and _CONTRIBUTORS.fullmatch(line):
        return "credit_line"
    return None


def _contains_any(low: str, literals: tuple[str, ...]) -> bool:
    # a plain loop: `any(x in low for x in ...)` costs a generator step per literal, and the
    # page tests every line of a 20 MB text against dozens of them
    for x in literals:
        if x in low:
            return True
    return False


def _is_date_line(line: str) -> bool:
    if len(line) >= 90 or not any(map(str.isdigit, line)) or post_credit(line) is not None:
        return False  # (an embedded post's credit line ends with a date but is the post's, not the article's)
    m = _DATE.search(line)
    return bool(m) and _words(line) - _words(m.group()) <= 4 and not _TERMINAL.search(line.rstrip(".")) \
        and len(line) < 90


def _is_byline(line: str) -> re.Match[str] | None:
    m = _BYLINE.fullmatch(line)
    if m and _words(line) <= 14 and not _TERMINAL.search(line):
        return m
    return None


# A cheap test before the caption expression: each of its branches needs one of these, so a line
# with none cannot be a caption ("/" stands for the credits after a slash).
_CAPTION_KEYS = tuple(sorted({w.lower() for w in (*_RULES["caption_nouns"], *_RULES["picture_credits"])} | {"/"}))


def _is_caption(line: str) -> bool:
    if len(line) >= 400:
        return False
    low = line.lower()
    return _contains_any(low, _CAPTION_KEYS) and bool(_CAPTION.search(line))


def _headline_like(line: str, words: int | None = None) -> bool:
    """A title: short, no final full stop (or a single sentence), not shouting chrome. `words`:
    the line's number of words, if counted already."""
    if len(line) > 220:
        return False
    n = _words(line) if words is None else words
    return 2 <= n <= 30


def _prose(line: str) -> bool:
    return _words(line) >= 8 and bool(_TERMINAL.search(line))


def _lines(text: str) -> list[tuple[int, int]]:
    return stripped(text, (m.span() for m in _LINE.finditer(text)))


def _credit_of(caption: str) -> str | None:
    m = _CREDIT_TAIL.search(caption)
    return m.group("credit").strip() if m else None


def parse(doc: Document) -> Layout:
    """Lay out the document's lines. Offsets index doc.text.

    Three cases: the page's markup named every paragraph's role (HTML ingest); the caller gave
    the headline (and perhaps said the rest is all body); or the layout is guessed from the
    lines themselves."""
    layout, blocks = stream(doc)
    layout.blocks.extend(blocks)
    return layout


def stream(doc: Document) -> tuple[Layout, Iterator[Block]]:
    """`parse`, block by block: each line's block as soon as its role is final, so that the
    analysis of a long text can begin before its page is laid out to the end. The layout's
    boilerplate and article fields are complete once the blocks are exhausted; its `blocks`
    stay empty (`parse` fills them)."""
    layout = Layout(article=dict.fromkeys(("headline", "standfirst", "byline", "published", "dateline", "credit")))
    for k in ("byline", "published", "credit", "standfirst"):
        if doc.meta.get(k):
            layout.article[k] = doc.meta[k]
    lines = _lines(doc.text)
    if not lines:
        return layout, iter(())
    roles: list[str | None] = [None] * len(lines)
    reasons: dict[int, str] = {}
    if doc.roles is not None and len(doc.roles) == len(lines):
        done = _parse_marked(doc, lines, doc.roles, roles, reasons, layout)
    elif doc.headline is not None or doc.body_only:
        done = _parse_given(doc, lines, roles, reasons, layout)
    else:
        done = _parse_guessed(doc, lines, roles, reasons, layout)
    return layout, _finish(doc, lines, roles, reasons, layout, done)


def _parse_marked(doc: Document, lines: list[tuple[int, int]], known: list[str], roles: list[str | None],
                  reasons: dict[int, str], layout: Layout) -> Iterator[int]:
    """Every paragraph's role is known from the page's markup (factcheck/ingest/html.py)."""
    roles[:] = [None if r == "credit" else r for r in known]
    reasons.update((i, "credit_line") for i, r in enumerate(known) if r == "credit")
    if known[0] == "headline":
        layout.article["headline"] = doc.text[slice(*lines[0])]
    text = doc.text
    in_list = False
    for i, role in enumerate(roles):
        if role not in ("body", "crosshead"):
            continue
        line = text[slice(*lines[i])]
        why, in_list = _story_list_or_chrome(line, _chrome_reason(line), in_list)
        if why:
            roles[i], reasons[i] = None, why
        else:
            in_list = False
    yield len(lines)


def _story_list_or_chrome(line: str, reason: str | None, in_list: bool) -> tuple[str | None, bool]:
    """Why `line` is not the article's (None if it may be), and whether a list of other stories
    goes on after it. A label ("More from the Gazette:") opens a list, its titles and numbered
    lines stay in it; other page chrome is `reason` (`_chrome_reason`)."""
    if _LIST_HEADER.fullmatch(line):
        return "story_list", True
    if in_list and (_headline_like(line) or reason == "list_number") and not _prose(line):
        return "story_list", True
    return reason, in_list


def _parse_given(doc: Document, lines: list[tuple[int, int]], roles: list[str | None], reasons: dict[int, str],
                 layout: Layout) -> Iterator[int]:
    """The caller knows: the first line is the headline (when given); with `body_only` the rest is body."""
    first = 0
    if doc.headline is not None:
        first = 1
        roles[0] = "headline"
    if doc.body_only:
        for i in range(first, len(lines)):
            roles[i] = "body"
        return iter(range(1, len(lines) + 1))
    return _parse_below_headline(doc, lines, roles, reasons, layout, 0)


def _parse_guessed(doc: Document, lines: list[tuple[int, int]], roles: list[str | None], reasons: dict[int, str],
                   layout: Layout) -> Iterator[int]:
    """Pasted text: chrome and a section label may come before the headline, the first title line."""
    text = doc.text
    head_i: int | None = None
    for i, (a, b) in enumerate(lines[:15]):
        line = text[a:b]
        reason = _chrome_reason(line)
        if reason:
            reasons[i] = reason
            continue
        if _is_date_line(line):
            reasons[i] = "published"
            layout.article["published"] = layout.article["published"] or _DATE.search(line).group().strip()
            continue
        if _is_byline(line):
            continue
        nxt = text[slice(*lines[i + 1])] if i + 1 < len(lines) else ""
        if _words(line) <= 3 and not _TERMINAL.search(line) and _headline_like(nxt) and not _prose(nxt):
            reasons[i] = "section"  # "Politics", "World news": the site's section label
            continue
        if _headline_like(line):
            head_i = i
            roles[i] = "headline"
        break
    return _parse_below_headline(doc, lines, roles, reasons, layout, head_i)


# Lines laid out between two reports of how many are final: the consumer takes the blocks in
# batches, not one generator step per line.
_FINAL_EVERY = 64


def _parse_below_headline(doc: Document, lines: list[tuple[int, int]], roles: list[str | None],
                          reasons: dict[int, str], layout: Layout, head_i: int | None) -> Iterator[int]:
    """Header zone (standfirst, byline, date, captions), then the body and the chrome around it.
    Yields how many lines from the first have their final role, as that number grows."""
    text = doc.text

    def junk(i: int, reason: str) -> None:
        roles[i] = None
        reasons[i] = reason

    body_from = (head_i + 1) if head_i is not None else 0
    headline = text[slice(*lines[head_i])] if head_i is not None else None
    if headline is not None:
        layout.article["headline"] = headline

    # Header zone: up to the last byline / date / caption / duplicated headline near the top.
    header_end = body_from
    prose_seen = 0
    for i in range(body_from, min(len(lines), body_from + 10)):
        line = text[slice(*lines[i])]
        if (_is_byline(line) or _is_date_line(line) or (headline and _same(line, headline))
                or (_is_caption(line) and not _prose_without_credit(line))):
            header_end = i + 1
        elif _chrome_reason(line):
            continue
        elif _DATELINE.match(line) or (_prose(line) and prose_seen):
            break  # the body has begun: a dateline, or a second paragraph of prose
        elif _prose(line) or _words(line) >= 5:
            prose_seen += 1
    standfirst_taken = False
    in_list = False
    photo_credit: str | None = None
    body_like = False
    final = 0
    for i in range(body_from, len(lines)):
        line = text[slice(*lines[i])]
        reason = _chrome_reason(line)
        if headline and _same(line, headline):
            junk(i, "duplicate_headline")
        elif (bm := _is_byline(line)) is not None:
            roles[i] = "byline"
            layout.article["byline"] = layout.article["byline"] or bm.group("name").strip()
        elif _is_date_line(line):
            junk(i, "published")
            layout.article["published"] = layout.article["published"] or _DATE.search(line).group().strip()
        elif (chrome := _story_list_or_chrome(line, reason, in_list))[0]:
            reason, in_list = chrome
            junk(i, reason)
            if reason == "credit_line":
                m = re.search(r"[:\-]\s*(.+)$", line)
                layout.article["credit"] = layout.article["credit"] or (m.group(1).strip() if m else line)
        elif _RELATED_GLUED_CASE.match(line) and not _prose(line[7:]):
            junk(i, "related_link")
        elif (caption := _is_caption(line)) and not _prose_without_credit(line):
            roles[i] = "caption"
            photo_credit = photo_credit or _credit_of(line)
        elif caption and i < header_end:
            roles[i] = "caption"
            photo_credit = photo_credit or _credit_of(line)
        elif i < header_end:
            if not standfirst_taken and _words(line) >= 5:
                roles[i] = "standfirst"
                layout.article["standfirst"] = layout.article["standfirst"] or line
                standfirst_taken = True
            else:
                junk(i, "header")
        elif not (ends := _TERMINAL.search(line)) and (n := _words(line)) <= 10 and not line.startswith(("“", '"')) \
                and _next_is_prose(text, lines, i) and post_credit(line) is None:
            roles[i] = "crosshead"
            in_list = False
        else:
            roles[i] = "body"
            in_list = False
        role = roles[i]
        # (`ends` and `n` are this line's: a body or crosshead line came through the test above)
        if role is None or role in ("body", "crosshead") and not ends and _headline_like(line, n):
            # a line the page may end on, in a list of other stories (`_trailing_story_list`)
            body_like = body_like or role is not None
        elif body_like or role in ("body", "crosshead"):
            # no list can reach back past this line, and the headline is one (see below)
            body_like = True
            if i + 1 - final >= _FINAL_EVERY:
                final = i + 1
                yield final
    _trailing_story_list(text, lines, roles, reasons)
    if head_i is not None and doc.headline is None and "body" not in roles and "crosshead" not in roles:
        # a single pasted paragraph is text to check, not a headline over nothing
        roles[head_i] = "body"
        layout.article["headline"] = None
    layout.article["credit"] = layout.article["credit"] or photo_credit
    if doc.meta.get("standfirst") and layout.article["standfirst"] is None:
        layout.article["standfirst"] = doc.meta["standfirst"]
    yield len(lines)


def _prose_without_credit(line: str) -> bool:
    """A body sentence that merely mentions a photo ("a photo posted online showed ...")."""
    return _prose(line) and not _CREDIT_TAIL.search(line) and not re.search(r"\s/\s|\(\s*(?:photo|image)", line, re.I)


def _next_is_prose(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    for a, b in lines[i + 1: i + 4]:
        line = text[a:b]
        if _chrome_reason(line) or _LIST_HEADER.fullmatch(line):
            continue
        return _prose(line)
    return False


def _trailing_story_list(text: str, lines: list[tuple[int, int]], roles: list[str | None],
                         reasons: dict[int, str]) -> None:
    """Title lines at the end of the page, after the last paragraph, are a list of other stories.

    Three or more of any length; two when both read as headlines (four words or more, most of
    them capitalised: "Harbour Bridge To Reopen After Repairs"). Nothing follows them that a
    crosshead could head, and no article ends on two unpunctuated title-case lines."""
    run: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        line = text[slice(*lines[i])]
        if roles[i] in ("body", "crosshead") and _headline_like(line) and not _TERMINAL.search(line):
            run.append(i)
        elif roles[i] is None:
            continue
        else:
            break
    if len(run) >= 3 or len(run) == 2 and all(_title_case(text[slice(*lines[i])]) for i in run):
        for i in run:
            roles[i] = None
            reasons[i] = "story_list"


def _title_case(line: str) -> bool:
    found = tokens.words(line)
    return len(found) >= 4 and sum(w[0].isupper() for w in found) >= 0.7 * len(found)


def _finish(doc: Document, lines: list[tuple[int, int]], roles: list[str | None], reasons: dict[int, str],
            layout: Layout, done: Iterator[int]) -> Iterator[Block]:
    """The blocks of the lines whose roles are final, as `done` says how many are; chrome lines
    go to the layout's boilerplate."""
    text = doc.text
    paragraph = 0
    first_body = True
    lo = 0
    for upto in done:
        for i in range(lo, upto):
            a, b = lines[i]
            role = roles[i]
            if role is None:
                layout.boilerplate.append(Boilerplate(a, b, text[a:b], reasons.get(i, "chrome")))
                continue
            if role == "body" and first_body:
                first_body = False
                m = _DATELINE.match(text, a, b)
                if m and _words(m.group("dl")) <= 10 and b - m.end() > 20:
                    dl_end = m.end("dl")
                    trimmed = dl_end
                    while trimmed > a and (text[trimmed - 1].isspace() or text[trimmed - 1] in "-–—―:"):
                        trimmed -= 1
                    yield Block(a, trimmed, "dateline", paragraph)
                    layout.article["dateline"] = text[a:trimmed]
                    a = dl_end
            yield Block(a, b, role, paragraph)
            paragraph += 1
        lo = layout.lines_done = upto
