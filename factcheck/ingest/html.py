"""HTML page -> article: trafilatura for the body, the page's own metadata for the rest.

trafilatura finds the main content well but returns headline, standfirst and captions as plain
lines, or not at all. The page's JSON-LD, OpenGraph and meta tags (then its visible markup)
say which is which, so the article fields come from there and the body from trafilatura.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import lxml.html
from lxml import etree

from factcheck import lexicon
from factcheck.errors import InputError
from factcheck.model import Document
from factcheck.textnorm import key as _key
from factcheck.textnorm import same as _same
from factcheck.tokens import words

_HTML_START = re.compile(rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:head|body|meta|title|div|article|p|h1|script|link)[\s>/]", re.I)
_HTML_TAG_ANY = re.compile(rb"</?[a-z][a-z0-9]*[\s>/]", re.I)

_RULES = lexicon.structured("page_rules")["html"]  # word lists in factcheck/lexicon/page_rules.toml
_ARTICLE_TYPES = frozenset(_RULES["article_types"])
_STANDFIRST_CLASS = re.compile(
    "|".join(_RULES["standfirst_anywhere"])
    + r"|(?:^|[\s_-])(?:" + "|".join(_RULES["standfirst_words"]) + r")(?:$|[\s_-])"
    + r"|(?:" + "|".join(_RULES["standfirst_of"]) + r")[-_]?(?:" + "|".join(_RULES["standfirst_parts"])
    + r")(?:$|[\s_-])",
    re.I,
)
_SUBHEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:" + "|".join(_RULES["subhead_words"]) + r")(?:$|[\s_-])", re.I)
_BYLINE_CLASS = re.compile(r"byline|author-?name|(?:^|[\s_-])author(?:$|[\s_-])", re.I)
# Words in class/id names that mark page furniture around an article (matched as whole words).
_CHROME_WORDS = frozenset(_RULES["chrome_class_words"])
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORD_SPLIT = re.compile(r"[^a-zA-Z0-9]+|(?<=[a-z])(?=[A-Z])")
_WIRE_CREDIT = re.compile(
    r"^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|edited|written)\s+by\b.*$|^source\s*:.*$",
    re.I,
)
# "By Sam Cole", "By Sam Cole and Ada Obi, Political Reporter": names are two to four capitalised words.
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
_BYLINE_LINE = re.compile(rf"^By\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?:\s*[,|]\s*[\w\s]{{2,40}})?$")
# C0 and C1 controls other than tab, newline and carriage return; no page means them as text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Comments go at parse time: trafilatura given a tree with comments in it loses the text after
# each one. huge_tree lifts libxml2's limit of 255 nested elements, past which it drops the text.
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
_SITE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,60}$")


def looks_like_html(data: bytes, name: str | None = None) -> bool:
    """Whether these bytes are an HTML page, judged by content (the extension only lowers the bar)."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    elif head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if _HTML_START.match(head):
        return True
    if len(_HTML_TAGS.findall(head)) >= 2:
        return True
    if name and name.lower().endswith((".html", ".htm", ".xhtml", ".shtml")):
        return len(_HTML_TAG_ANY.findall(head)) >= 2
    return False


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> near its start (HTML's prescan, simplified)."""
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii") if m else None


@dataclass
class Page:
    """What a page says about its article. `paragraphs` are (role, text): 'body' or 'crosshead'."""

    headline: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    published: str | None = None
    site_name: str | None = None
    credit: str | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)
    paragraphs: list[tuple[str, str]] = field(default_factory=list)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


# --- structured metadata ---------------------------------------------------------------------

def _ld_objects(tree: Any) -> list[dict]:
    out: list[dict] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            out.append(node)
            for k in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if isinstance(node.get(k), (dict, list)):
                    walk(node[k])

    for script in tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            walk(json.loads(raw))
        except ValueError:
            # Hand-written JSON-LD is often broken by a trailing comma or a raw newline in a string.
            try:
                walk(json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " "))))
            except ValueError:
                continue
    return out


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    names = t if isinstance(t, list) else [t]
    return {str(n).lower() for n in names if n}


def _names(value: Any) -> list[str]:
    """Person/organisation names from a JSON-LD value: a string, an object or a list of either."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, str):
        v = _clean(value)
        return [] if not v or v.startswith(("http://", "https://", "/")) else [v]
    return []


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return _clean(value) if isinstance(value, str) and value.strip() else None


def _join_names(names: list[str]) -> str | None:
    names = list(dict.fromkeys(re.sub(r"^by\s+", "", n, flags=re.I) for n in names if n))
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _meta(tree: Any) -> dict[str, str]:
    """<meta> values by lower-cased name/property/itemprop; the first occurrence wins."""
    out: dict[str, str] = {}
    for m in tree.xpath("//meta[@content]"):
        content = _clean(m.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (m.get(attr) or "").strip().lower()
            if key and key not in out:
                out[key] = content
    return out


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _classes(el: Any) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"), el.get("data-testid"))))


def _is_chrome(el: Any) -> bool:
    if el.tag in ("aside", "nav", "footer", "form", "button", "dialog"):
        return True
    names = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
    return bool(names) and _chrome_names(names)


@lru_cache(maxsize=4096)
def _chrome_names(names: str) -> bool:
    """Whether class/id/role names hold a furniture word (a page repeats the same few names)."""
    return any(w.lower() in _CHROME_WORDS for w in _WORD_SPLIT.split(names))


def _in_chrome(el: Any) -> bool:
    return any(_is_chrome(anc) for anc in el.iterancestors())


def _prune_chrome(tree: Any, keep: Any, headline: str | None = None) -> None:
    """Remove page furniture so trafilatura cannot mistake a promo box for the article's last line."""
    protected = {keep, *keep.iterancestors()}
    # A wrapper that holds much of the article's prose is no box, whatever its class says: ASP.NET
    # pages sit in one <form>, and a layout class may hold a furniture word ("page-rail-wide").
    # Prose is text outside links; a box of teasers is mostly links.
    most = max(3, len(keep.xpath(".//p")) // 2)
    much = max(200, _prose_chars(keep) // 3)
    total = _prose_chars(keep)
    stack = [tree.getroot() if hasattr(tree, "getroot") else tree]
    while stack:  # document order; what is dropped is not walked into
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el not in protected and el.getparent() is not None:
            if _is_chrome(el) and not _holds_headline(el, headline) and len(el.xpath(".//p")) < most \
                    and _prose_chars(el) < much:
                if not _embedded_post(el, keep):
                    el.drop_tree()
                    continue
                for attr in ("class", "id", "role"):  # trafilatura would drop a "social" box too
                    el.attrib.pop(attr, None)
            elif _HIDDEN.search(el.get("style") or "") or el.get("hidden") is not None:
                # A hidden copy of the text (for a print view, a slide-in) doubles it; but the rest of
                # an article hidden behind "read more" is most of it, and stays.
                hidden = _prose_chars(el)
                if hidden and total - hidden >= hidden // 2:
                    el.drop_tree()
                    total -= hidden
                    continue
        stack.extend(reversed(el))


def _holds_headline(el: Any, headline: str | None) -> bool:
    """A box with the article's <h1> in it is no furniture; a promo's own <h1> ("Join our contest") is."""
    h1s = el.xpath(".//h1")
    return bool(h1s) and (headline is None or any(_same(_clean(h.text_content()), headline) for h in h1s))


def _embedded_post(el: Any, container: Any) -> bool:
    """A post quoted in the article (a "social" embed box around a <blockquote>) is its content."""
    if not el.xpath(".//blockquote[.//p]") or container not in el.iterancestors():
        return False
    quoted = sum(_prose_chars(q) for q in el.xpath(".//blockquote[not(ancestor::blockquote)]"))
    return quoted * 2 >= _prose_chars(el)


def _mark_subheads(container: Any) -> None:
    """A crosshead set in a <div> or <span> named as one ("story-subhead") between paragraphs is a heading:
    trafilatura keeps a short <div> of text only now and then."""
    for el in container.xpath(".//div[not(*)] | .//span[not(*)]"):
        if _SUBHEAD_CLASS.search(_classes(el)) and 1 <= len(_clean(el.text_content()).split()) <= 20:
            sib = el.getprevious() if el.getprevious() is not None else el.getnext()
            if sib is not None and sib.tag == "p":
                el.tag = "h2"


def _drop_link_lines(container: Any) -> None:
    """A paragraph that is a link, give or take a label ("READ MORE:"), names another story.

    Not a bare address (a cited source) nor a line of an embedded post."""
    for el in container.xpath(".//p[.//a][not(ancestor::blockquote)]"):
        if _link_line(el):
            el.drop_tree()
    # A card that pops up over a name in the text (the person's latest stories) is links and nothing else.
    for el in container.xpath(".//p//*[self::span or self::div][count(.//a[@href]) >= 3]"):
        if el.getparent() is not None and not _prose_chars(el) and len(words(el.text_content())) >= 10:
            el.drop_tree()
    # A list whose every item is only a link, and a heading that is a link: teasers for other stories.
    for el in container.xpath(".//ul | .//ol"):
        items = el.xpath("./li")
        if len(items) >= 2 and all(_link_line(li) for li in items):
            el.drop_tree()
    # A heading over prose is a crosshead, even when it links to the product or place it names.
    for el in container.xpath(".//*[self::h2 or self::h3 or self::h4][not(ancestor::blockquote)]"):
        if el.getparent() is not None and (el.xpath("ancestor::a[@href]") or _link_line(el)) \
                and not _heads_prose(el):
            el.drop_tree()


def _heads_prose(heading: Any) -> bool:
    nxt = heading.getnext()
    if nxt is None or nxt.tag != "p":
        return False
    text = _clean(nxt.text_content())
    return len(words(text)) >= 8 and bool(_ENDS_SENTENCE.search(text))


def _link_line(el: Any, slack: int = 3) -> bool:
    """Text that is a link to another page (four words or more), give or take a short label."""
    links = [a for a in el.xpath(".//a[@href]") if not a.get("href", "").startswith("#")]
    linked = " ".join(a.text_content() for a in links)
    n = len(words(linked))
    return n >= 4 and len(words(el.text_content())) - n <= slack and not re.search(r"://|www\.", linked)


def _prose_chars(el: Any) -> int:
    """Characters of text outside links, scripts and styles."""
    return sum(len(t.strip()) for t in el.xpath(".//text()[not(ancestor::a or ancestor::script or ancestor::style)]"))


def _container(tree: Any, headline: str | None) -> Any:
    """The element that holds the article: the <article> with the headline, else <main>, else <body>."""
    articles = tree.xpath("//article")
    for art in articles:
        if headline and any(_same(_clean(h.text_content()), headline) for h in art.xpath(".//h1")):
            return art
    if len(articles) == 1:
        return articles[0]
    main = tree.xpath("//main")
    if main:
        return main[0]
    body = tree.xpath("//body")
    return body[0] if body else tree


def _pick_headline(tree: Any, candidates: list[str], site: str | None = None) -> str | None:
    """The visible <h1> that matches what the metadata calls the headline; else the <h1> the page
    marks as its headline (schema.org `itemprop`), or its only <h1> that is neither furniture nor
    the site's name; else the metadata's (a search or social title may be reworded)."""
    els = [h for h in tree.xpath("//h1") if len(_clean(h.text_content()).split()) >= 2]
    h1s = [_clean(h.text_content()) for h in els]
    for cand in candidates:
        for h in h1s:
            if _same(h, cand) or (_key(cand) and _key(h) and (_key(h) in _key(cand) or _key(cand) in _key(h))):
                return h
    marked = [_clean(h.text_content()) for h in els if (h.get("itemprop") or "").lower() == "headline"]
    if len(marked) == 1:
        return marked[0]
    shown = [t for h, t in zip(els, h1s) if len(t.split()) >= 3 and not _same(t, site) and not _in_chrome(h)]
    if len(shown) == 1:
        return shown[0]
    if candidates:
        return candidates[0]
    return h1s[0] if len(h1s) == 1 else None


def _title_without_site(title: str | None, site: str | None) -> str | None:
    if not title:
        return None
    if site and _key(site) in _key(title) and _key(title) != _key(site):
        stripped = _SITE_SUFFIX.sub("", title)
        return stripped if stripped != title else title
    return title


def _standfirst(container: Any, description: str | None, headline: str | None) -> tuple[str | None, bool]:
    """The standfirst, and whether it is set as a heading (which a lede never is)."""
    for el in container.xpath(".//p | .//h2 | .//div | .//span"):
        if not _STANDFIRST_CLASS.search(_classes(el)) or _in_chrome(el):
            continue
        if el.tag in ("div", "span") and el.xpath(".//p | .//div | .//h2"):
            continue  # a wrapper, not the standfirst itself
        text = _clean(el.text_content())
        if 20 <= len(text) <= 600 and len(text.split()) >= 6 and not _same(text, headline):
            return text, el.tag == "h2"
    if description:
        # Shown on the page (not just an SEO line in <head>) means it is a standfirst.
        for el in container.xpath(".//p | .//h2 | .//div"):
            text = _clean(el.text_content())
            # lengths far apart cannot pass _same's ratio; most blocks are skipped without a key
            if 0.7 * len(description) - 10 <= len(text) <= 1.4 * len(description) + 10 \
                    and not el.xpath(".//p | .//div") and _same(text, description):
                return description, el.tag == "h2"
    return None, False


def _visible_byline(container: Any) -> str | None:
    for el in container.xpath('.//*[@rel="author"] | .//*[@itemprop="author"] | .//*[@class]'):
        if el.get("rel") == "author" or el.get("itemprop") == "author" or _BYLINE_CLASS.search(el.get("class", "")):
            if _in_chrome(el):
                continue
            text = _clean(el.text_content())
            text = re.sub(r"^by\s+", "", text, flags=re.I)
            if 2 <= len(text) <= 120:
                return text
    return None


def _captions(container: Any) -> tuple[list[str], str | None]:
    """Figure captions in the article, and the first photo credit among them."""
    captions, credit = [], None
    for fc in container.xpath(".//figcaption | .//*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]"):
        if _in_chrome(fc):
            continue
        text = _clean(fc.text_content())
        if text and text not in captions:
            captions.append(text)
        if credit is None:
            cr = fc.xpath('.//*[contains(@class, "credit") or contains(@class, "copyright")]')
            if cr:
                credit = _clean(cr[0].text_content()) or None
    return captions, credit


# --- body ----------------------------------------------------------------------------------------

def _body_paragraphs(tree: Any, url: str | None) -> list[tuple[str, str]]:
    import trafilatura

    try:
        xml = trafilatura.extract(tree, url=url, output_format="xml", include_comments=False, include_tables=True,
                                  include_images=False, include_links=False, with_metadata=False, deduplicate=False)
    except etree.LxmlError:
        # trafilatura re-parses its own XML, which a broken tag can make invalid ("<S said</div>"
        # gives an attribute with no value): no body found here, the page's other readings follow
        return []
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    if main is None:
        main = root
    out: list[tuple[str, str]] = []

    def text_of(el: Any) -> str:
        return _clean("".join(el.itertext()))

    def loose(text: str | None) -> None:
        # Text sitting directly in a container (a table cell of an old page, a <div>) is prose too.
        if text and (t := _clean(text)):
            out.append(("body", t))

    def walk(el: Any) -> None:
        loose(el.text if el is not main else None)
        for child in el:
            if child.tag == "head":
                if t := text_of(child):
                    out.append(("crosshead", t))
            elif child.tag == "list":
                for item in child.iter("item"):
                    out.extend(("body", t) for t in _split_at_breaks(item))
            elif child.tag == "table":
                if _is_layout_table(child):
                    walk(child)
                else:  # a table of figures in the article (standings, results, prices): a row a line
                    out.extend(("body", t) for row in child.iter("row")
                               if (t := " | ".join(c for c in map(text_of, row) if c)))
            elif child.tag in ("row", "cell", "quote", "div", "section") and any(c.tag != "lb" for c in child):
                walk(child)
            elif child.tag in ("p", "quote", "item", "cell"):
                out.extend(("body", t) for t in _split_at_breaks(child))
            loose(child.tail)

    walk(main)
    return _rejoin_broken_sentences(out)


def _rejoin_broken_sentences(paras: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A hand-wrapped line break that became a paragraph break ("The warning" / "covers 40 homes.")."""
    out: list[tuple[str, str]] = []
    for role, text in paras:
        if out and role == "body" and out[-1][0] == "body" and text[:1].islower() \
                and not _ENDS_SENTENCE.search(out[-1][1]):
            out[-1] = ("body", out[-1][1] + " " + text)
        else:
            out.append((role, text))
    return out


def _is_layout_table(table: Any) -> bool:
    """A table used to lay out a page (prose in its cells), not a table of figures."""
    return any(c.find("p") is not None or len(_clean("".join(c.itertext()))) > 150 for c in table.iter("cell"))


_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)]$")
_STARTS_SENTENCE = re.compile(r"^[A-Z0-9\"“‘(]")


def _split_at_breaks(el: Any) -> list[str]:
    """A block's text as paragraphs: old pages separate paragraphs with <br>, not <p>.

    A break splits where a sentence or a title line ends and a new one starts; elsewhere
    (an address, a line wrapped by hand) the lines are joined."""
    lines = [""]

    def collect(e: Any) -> None:
        lines[-1] += e.text or ""
        for c in e:
            if c.tag == "lb":
                lines.append("")
            else:
                collect(c)
            lines[-1] += c.tail or ""

    collect(el)
    out: list[str] = []
    for line in (_clean(t) for t in lines):
        if not line:
            continue
        if out and not ((_ENDS_SENTENCE.search(out[-1]) or len(out[-1].split()) <= 15)
                        and _STARTS_SENTENCE.match(line)):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _strip_leading_repeats(paras: list[tuple[str, str]], page: Page, dates: list[str]) -> list[tuple[str, str]]:
    """trafilatura sometimes keeps the kicker, headline, standfirst, byline or date as first lines."""
    known = [page.headline, page.standfirst, page.byline, *page.captions, *dates]
    limit = 0
    for i, (_, text) in enumerate(paras[:8]):
        bare = re.sub(r"^by\s+", "", text, flags=re.I)
        byline = _BYLINE_LINE.match(text)
        if byline or any(_same(text, k) or _same(bare, k) for k in known):
            limit = i + 1
            if byline and not page.byline:
                page.byline = byline.group(1)
        elif len(text.split()) > 12:
            break  # the body has begun; a later line that repeats the standfirst is the writer's
    paras = paras[limit:]
    caption_keys = {_key(c) for c in page.captions}
    return [(r, t) for r, t in paras if _key(t) not in caption_keys]


def _strip_trailing_repeat(paras: list[tuple[str, str]], headline: str | None) -> list[tuple[str, str]]:
    """The headline again near the end, with only short lines and no sentence after it, is the post's card
    (share box, next-story link), not the article."""
    for i in range(len(paras) - 1, max(0, len(paras) - 4), -1):
        if _same(paras[i][1], headline):
            if all(len(t.split()) <= 15 and not _ENDS_SENTENCE.search(t) for _, t in paras[i + 1:]):
                return paras[:i]
            break
    return paras


def _title_line(line: str, title: str | None) -> bool:
    """A short unpunctuated first line that the page's title abbreviates or repeats."""
    if not title or len(line.split()) > 20 or _ENDS_SENTENCE.search(line) and not line.endswith(("?", "'", "’")):
        return False
    kl, kt = _key(line), _key(title)
    return bool(kt) and (kl.startswith(kt) or kt.startswith(kl))


def _article_body(article: dict) -> list[tuple[str, str]]:
    """Pages built by JavaScript often still carry the text in their JSON-LD `articleBody`."""
    body = article.get("articleBody")
    if not isinstance(body, str):
        return []
    if "<" in body and ">" in body:
        body = lxml.html.fromstring(f"<div>{body}</div>").text_content()
    return [("body", t) for t in (_clean(p) for p in re.split(r"\n\s*\n|\n", body)) if t]


def _opens_body(paras: list[tuple[str, str]], text: str) -> bool:
    """The main text starts with this paragraph: it is the lede, which the page also uses as its summary.

    Only short lines (a kicker, the headline again) may come before it; a dateline may lead it
    ("BERLIN -- The agency says ...")."""
    key = _key(text)
    for _, t in paras[:6]:
        if _same(t, text) or (len(t) > len(text) and _key(t).endswith(key) and len(t) - len(text) <= 40):
            return True
        if len(t.split()) > 12:
            return False
    return False


def _follows_body_prose(paras: list[tuple[str, str]], text: str) -> bool:
    for i, (_, t) in enumerate(paras):
        if _same(t, text):
            return any(len(p.split()) > 12 for _, p in paras[:i])
    return False


def extract_page(html: str, url: str | None = None) -> Page:
    """Read article fields and body paragraphs from an HTML page."""
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses str input that declares an encoding
    # The XML trafilatura builds cannot hold a C0 control: one stray "\x0b" in an <h1> lost the article.
    html = _CONTROL.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", html)
    try:
        tree = lxml.html.document_fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError) as e:
        raise InputError(f"cannot parse the page as HTML ({e})") from None
    meta = _meta(tree)
    ld = _ld_objects(tree)
    articles = [o for o in ld if _types(o) & _ARTICLE_TYPES]
    # A page may also describe related stories; the main one is the one whose headline is on show.
    h1_keys = {_key(h.text_content()) for h in tree.xpath("//h1")}
    shown = [o for o in articles if _key(_ld_text(o.get("headline"))) in h1_keys]
    article = (shown or articles or [{}])[0]
    website = next((o for o in ld if "website" in _types(o)), {})
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    page = Page(url=_first(url, meta.get("og:url"), canonical[0] if canonical else None))

    title = tree.xpath("//title")
    suffix = re.search(r"\s[|–—]\s+([^|–—]{2,60})$", _clean(title[0].text_content())) if title else None
    page.site_name = _first(_ld_text(article.get("publisher")), meta.get("og:site_name"), _ld_text(website.get("name")),
                            meta.get("application-name"), suffix.group(1).strip() if suffix else None)
    candidates = [c for c in (_ld_text(article.get("headline")), meta.get("og:title"), meta.get("twitter:title"),
                              _title_without_site(_clean(title[0].text_content()) if title else None, page.site_name))
                  if c]
    page.headline = _pick_headline(tree, candidates, page.site_name)
    # Only a <title> to go on (no <h1>, no metadata headline): the body's first line may be the real one.
    from_markup = bool(tree.xpath("//h1")) or len(candidates) > 1 or (
        bool(candidates) and candidates[0] != _title_without_site(_clean(title[0].text_content()) if title else None,
                                                                page.site_name))
    container = _container(tree, page.headline)

    description = _first(_ld_text(article.get("description")), meta.get("og:description"), meta.get("description"))
    page.standfirst, standfirst_heading = _standfirst(container, description, page.headline)
    page.byline = _first(_join_names(_names(article.get("author"))), _join_names(_names(meta.get("author"))),
                         _join_names(_names(meta.get("byl"))), _join_names(_names(meta.get("article:author"))),
                         _visible_byline(container))
    times = container.xpath(".//time/@datetime")
    page.published = _first(_ld_text(article.get("datePublished")), meta.get("article:published_time"),
                            meta.get("datepublished"), meta.get("date"), meta.get("pubdate"),
                            meta.get("dcterms.created"), meta.get("dc.date"), meta.get("parsely-pub-date"),
                            times[0] if times else None)
    page.captions, photo_credit = _captions(container)
    image = article.get("image")
    image = image[0] if isinstance(image, list) and image else image
    if isinstance(image, dict) and not photo_credit:
        photo_credit = _first(_ld_text(image.get("creditText")), _join_names(_names(image.get("copyrightHolder"))))

    dates = [_clean(t.text_content()) for t in container.xpath(".//time")]
    _prune_chrome(tree, container, page.headline)
    _drop_link_lines(container)
    _mark_subheads(container)
    raw = _body_paragraphs(tree, page.url)
    if raw and not from_markup and _title_line(raw[0][1], page.headline):
        page.headline = raw[0][1]  # the <title> is cut short; the page shows the full headline as a line
    if page.standfirst and (_follows_body_prose(raw, page.standfirst)
                            or not standfirst_heading and _opens_body(raw, page.standfirst)):
        page.standfirst = None  # a crosshead or pull quote styled like a standfirst, or the lede itself
    if not any(role == "body" for role, _ in raw):
        raw = _article_body(article)
    paras = _strip_leading_repeats(raw, page, dates)
    paras = _strip_trailing_repeat(paras, page.headline)
    if not page.standfirst and len(paras) > 1 and paras[0][0] == "crosshead" and paras[1][0] == "body" \
            and len(paras[0][1].split()) >= 8:
        # A heading the length of a sentence above the first paragraph is the article's dek.
        page.standfirst, paras = paras[0][1], paras[1:]
    wire_credit = next((t for _, t in reversed(paras[-3:]) if _WIRE_CREDIT.match(t)), None)
    page.credit = _first(wire_credit, _ld_text(article.get("creditText")), photo_credit)
    page.paragraphs = paras
    if page.headline is None:
        page.headline = _first(*candidates)
    return page


def page_document(page: Page, origin: str) -> Document:
    """Lay a Page out as the analysed text: headline, standfirst, captions, then the body.

    `roles` names the role of each blank-line-separated paragraph of `text`, so the
    pipeline need not guess what the page's markup already says."""
    if not any(role == "body" for role, _ in page.paragraphs):
        raise InputError(f"{origin}: no article text found in the page "
                         "(a front page, a paywall, or a page that needs JavaScript?)")
    blocks: list[tuple[str, str]] = []
    if page.headline:
        blocks.append(("headline", page.headline))
    if page.standfirst and not _same(page.standfirst, page.headline):
        blocks.append(("standfirst", page.standfirst))
    blocks += [("caption", c) for c in page.captions]
    blocks += [("credit" if t == page.credit else role, t) for role, t in page.paragraphs]
    text = "\n\n".join(t for _, t in blocks)
    meta: dict[str, str | None] = {
        "byline": page.byline,
        "published": page.published,
        "site_name": page.site_name,
        "standfirst": page.standfirst if any(r == "standfirst" for r, _ in blocks) else None,
        "credit": page.credit,
        "url": page.url,
        "format": "html",
        "captions": "\n".join(page.captions) or None,
    }
    return Document(text=text, origin=origin, headline=page.headline, body_only=False, meta=meta,
                    roles=[r for r, _ in blocks])


def html_document(html: str, origin: str, url: str | None = None) -> Document:
    """An HTML page -> the Document of its article."""
    return page_document(extract_page(html, url), origin)
