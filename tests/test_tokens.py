"""The one word tokeniser (factcheck.tokens): what a word is, the views the stages read, and no
module with a word pattern of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from factcheck import tokens
from factcheck.attribution.kinds import classify
from factcheck.claims_features import scan
from factcheck.headline.text import words as headline_words
from factcheck.textnorm import straighten
from factcheck.tokens import tokenize, words

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"


def _texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize("text, expected", [
    # abbreviations keep their full stop; any other word gives it back
    ("Gen. Okafor said.", ["Gen.", "Okafor", "said", "."]),
    ("Officials in the U.S. said", ["Officials", "in", "the", "U.S.", "said"]),
    ("at 4 p.m. on Monday", ["at", "4", "p.m.", "on", "Monday"]),
    # possessives, contractions and names with an apostrophe are one word
    ("Okafor's aide and O'Brien didn't", ["Okafor's", "aide", "and", "O'Brien", "didn't"]),
    # hyphens, ampersands and slashes join words
    ("a well-known AT&T and/or 24/7 plan", ["a", "well-known", "AT&T", "and/or", "24/7", "plan"]),
    # numbers with thousands commas and decimals; a comma after a word is punctuation
    ("1,200 people, 3.5 percent, in 2019, 40,000.", ["1,200", "people", ",", "3.5", "percent", ",", "in",
                                                    "2019", ",", "40,000", "."]),
    ("It rose 3.5.", ["It", "rose", "3.5", "."]),  # a number's last full stop ends the sentence
    # quotation marks and dashes are tokens of their own
    ('"We will," Okafor said — twice.', ['"', "We", "will", ",", '"', "Okafor", "said", "—", "twice", "."]),
    # a web address is one word
    ("See https://example.org/a/b?c=1, then www.example.org.", ["See", "https://example.org/a/b?c=1", ",",
                                                               "then", "www.example.org", "."]),
])
def test_what_a_word_is(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_a_name_suffix_keeps_its_stop_only_while_the_sentence_runs_on() -> None:
    # the name goes on to its verb or comma; at the end of a sentence the stop ends it
    assert _texts("Ann Lee Jr. said so.") == ["Ann", "Lee", "Jr.", "said", "so", "."]
    assert _texts("Orbis Inc., which makes it, agreed.")[:3] == ["Orbis", "Inc.", ","]
    assert _texts("It was signed by Orbis Inc.")[-2:] == ["Inc", "."]
    assert _texts("It was signed by Orbis Inc. The mayor agreed.")[4:7] == ["Orbis", "Inc", "."]
    assert _texts("Write to me at Box 4 Ltd. soon") == ["Write", "to", "me", "at", "Box", "4", "Ltd.", "soon"]


def test_offsets_point_into_the_text_and_the_key_is_straight_and_lower() -> None:
    text = "Then Dr. Okafor’s team said."
    toks = tokenize(text, 5, len(text))
    assert [text[t.start:t.end] for t in toks] == [t.text for t in toks]
    assert [t.low for t in toks] == ["dr", "okafor's", "team", "said", "."]
    assert toks[1].possessive and toks[1].cap and toks[1].is_word and not toks[-1].is_word


@pytest.mark.parametrize("text, key", [("Plague is fatal, says WHO.", "w.h.o"),
                                       ("According to WHO, it spread.", "w.h.o"), ("The WHO said so.", "w.h.o"),
                                       ("IT staff said so.", "i.t"),
                                       ("SAYS WHO? NOBODY.", "who"), ("Okafor, who chairs it, said so.", "who")])
def test_an_acronym_spelt_like_a_pronoun_reads_as_initials_unless_the_line_shouts(text: str, key: str) -> None:
    # "says WHO": the World Health Organization, not the relative pronoun; "SAYS WHO?" is the pronoun
    got = [t.low for t in tokenize(text) if t.text.lower() in ("who", "it")]
    assert got[0] == key


def _words_of(toks: list[tokens.Tok]) -> list[str]:
    """`words` worked out from the Tok stream instead: the two views must agree."""
    return [straighten(t.text[:-1] if t.text[-1] == "." else t.text) for t in toks if t.is_word]


def test_words_is_the_word_tokens_without_a_final_full_stop() -> None:
    text = "Mr. Okafor’s 1,200 U.S. staff — and/or theirs — left at 4 p.m."
    assert words(text) == ["Mr", "Okafor's", "1,200", "U.S", "staff", "and/or", "theirs", "left", "at", "4", "p.m"]
    assert words(text) == _words_of(tokenize(text))


def test_token_texts_are_the_tokens_as_written_a_final_full_stop_kept() -> None:
    text = "Mr. Okafor’s staff said. Then 1,200 left, at 4 p.m."
    assert tokens.token_texts(text) == ["Mr.", "Okafor’s", "staff", "said.", "Then", "1,200", "left", ",", "at",
                                        "4", "p.m."]
    # the same stream as tokenize's, but for the full stop a word keeps
    assert "".join(tokens.token_texts(text)) == "".join(t.text for t in tokenize(text))
    assert tokens.token_texts(text, 4, 18) == ["Okafor’s", "staff"]


def test_each_stage_reads_its_view_of_the_one_stream() -> None:
    text = "Okafor’s office said 1,200 U.S. jobs, at least, would go?"
    raw, low = scan(text)  # check-worthiness: the words, then the signs
    assert raw == words(text)
    assert low == [w.lower() for w in words(text)] + ["?"]
    # the headline checks drop the possessive
    assert headline_words(text) == ["Okafor", "office", "said", "1,200", "U.S", "jobs", "at", "least", "would", "go"]
    # source kinds read a mention's words: the count is one number, so the people are counted
    assert classify("286,000 people") == classify("286 people") == "vague"


def _word_patterns(path: Path) -> list[str]:
    """Regular expressions in a module that split a sentence into its words: a second word
    tokeniser. A pattern counts as one when findall on an invented sentence gives back most of
    its words, each whole."""
    sentence = "The ministry's spokesman told reporters on Monday that 1,200 workers would lose their jobs"
    sentence_words = set(sentence.split()) | {"ministry", "s", "1", "200"}
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            continue
        try:
            rx = re.compile(node.args[0].value)
        except re.error:
            continue
        found = [m if isinstance(m, str) else next((g for g in m if g), "") for m in rx.findall(sentence)]
        whole = [w.strip() for w in found if w.strip() in sentence_words and len(w.strip()) > 1]
        if len(whole) >= 8:
            out.append(f"{node.lineno}: {node.args[0].value!r}")
    return out


# Patterns that read one word at one place (the word after a phrase, before a full stop), not a
# text's words: each says why it is not the tokeniser.
ONE_WORD_LOOKUPS = {
    # sentence splitting runs before the text is tokenised: is the word after "No." a number?
    "segment.py": "the word before and after a candidate full stop",
    # is the word right after a vague phrase a reporting verb ("critics say")?
    "attribution/cues/vague.py": "the one word after a vague phrase",
    # the word glued after a figure: "6in", "1990s", "9/11"
    "headline/numbers.py": "the letters right after a figure",
    # how the whole article cases its words (in lower case; capitalised after another word),
    # read only on a question, in megabyte slices: a token list of a long text is never built
    "attribution/opening_capitals.py": "the article's words by their case",
}


def test_no_module_keeps_its_own_word_tokeniser() -> None:
    found = {p.relative_to(PACKAGE).as_posix(): c for p in sorted(PACKAGE.rglob("*.py"))
             if p.name != "tokens.py" or p.parent != PACKAGE
             if (c := _word_patterns(p))}
    assert set(found) <= set(ONE_WORD_LOOKUPS), found


def test_the_scan_finds_a_word_pattern(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_WORD = re.compile(r"[A-Za-z0-9]+")\n_DIGIT = re.compile(r"\\d")\n', encoding="utf-8")
    assert [line.split(":")[0] for line in _word_patterns(module)] == ["2"]


def test_the_one_word_lookups_still_need_their_place() -> None:
    stale = [m for m in ONE_WORD_LOOKUPS if not (PACKAGE / m).exists() or not _word_patterns(PACKAGE / m)]
    assert not stale, f"no word pattern left, remove from ONE_WORD_LOOKUPS: {stale}"
