"""Does a text read as English? The attribution rules, the lexicons and every model read English
news; on a German or Indonesian page they credit words that are no speakers and call every line
an unsourced claim. So an article whose body does not read as English gets no such flags: only
its headline is analysed (the pipeline), and the CLI, the review and the checklist say why.

A page most of whose letters are of another script (Cyrillic, Japanese) is not English. Otherwise
it reads the body's lower-case words (names, headings and figures say nothing of the language).
A text reads as English when enough of them are the commonest English function words; a box
score or a recipe list has few of those, and so does a page in another language, so the text is
English unless it uses the commonest function words of other languages written in Latin letters
more than English ones. Measured on the 91
articlebench pages and every PolNeAR and FNC-1 body: see docs/ACCURACY.md.
"""

from __future__ import annotations

import re

from factcheck.lexicon import wordset
from factcheck.tokens import token_texts

# what the CLI, the report, the checklist and the review app say of such an article
NOT_ENGLISH = ("The body does not read as English, and factcheck reads English news: only the headline was "
               "analysed, and nothing in the body is flagged or checked against it.")
# fewer lower-case words than this say too little to tell ("Breaking: Quake hits Tarnwell")
MIN_WORDS = 30
# the stretch read: enough to tell (some 6,000 words), and no list of every word of a 20 MB text;
# the first stretch alone when it reads as English
SAMPLE_CHARS = 40_000
FIRST_CHARS = 3_000
# a page in another script (Cyrillic, Japanese): most of its letters are not Latin ones, which
# English text has (but for a name or a quotation); and enough of them to tell
OTHER_SCRIPT_MIN = 0.5
MIN_OTHER_LETTERS = 50
# English prose has 0.2-0.5 of its lower-case words among the English function words, box scores
# and recipe lists down to 0.04; pages in other languages written in Latin letters at most 0.05,
# and more of those languages' own function words (0.10-0.30)
FUNCTION_MIN = 0.12

_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_LETTER = re.compile(r"(?![A-Za-z\u00c0-\u024f])[^\W\d_]")


def reads_as_english(text: str, start: int = 0) -> bool:
    """Do the words of `text` (from `start` on) read as English, or are there too few to tell?
    English prose tells in its first few thousand characters; the rest is read only if it does not."""
    return _reads_as_english(text, start, FIRST_CHARS) or _reads_as_english(text, start, SAMPLE_CHARS)


def _reads_as_english(text: str, start: int, length: int) -> bool:
    stop = min(len(text), start + length)
    other = len(_OTHER_LETTER.findall(text, start, stop))
    if other >= MIN_OTHER_LETTERS:
        latin = len(_LATIN_LETTER.findall(text, start, stop))
        if other >= OTHER_SCRIPT_MIN * (other + latin):
            return False
    found = [w for w in (t.rstrip(".") for t in token_texts(text, start, stop)) if w.isalpha() and w == w.lower()]
    if len(found) < MIN_WORDS:
        return True
    english = sum(w in wordset("english_function_words") for w in found)
    if english >= FUNCTION_MIN * len(found):
        return True
    return sum(w in wordset("foreign_function_words") for w in found) <= english
