"""A hand-built analysis for the TUI tests: every feature the screens show, independent of how
good the analyzer is today. Offsets are computed from the text, and checked below."""

from __future__ import annotations

from factcheck.model import Analysis, Attribution, Check, Flag, Sentence, Source, sentence_ids

# (role, paragraph, text) in text order; the text is joined with newlines.
LINES = [
    ("headline", 0, "Minister [bold]denies[/bold] grain export collapse"),
    ("standfirst", 1, "Officials say shipments fell sharply in May."),
    ("byline", 2, "By Jane Doe"),
    ("body", 3, "The agriculture ministry said exports fell 20% in May, according to Reuters."),
    ("body", 4, "\"We expect a recovery by autumn,\" the minister told reporters."),
    ("body", 5, "He added that prices could rise \x1b[31mnext year."),
    ("body", 6, "Exports fell to their lowest level since 2010."),
    ("body", 7, "Some experts say the figures are [link=https://example.invalid]unreliable[/link]."),
    ("caption", 8, "Grain silos near the port. Photo: Example Agency"),
    ("body", 9, "A person familiar with the talks said a deal was close."),
]


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.index(needle, after)
    return (i, i + len(needle))


def make_analysis() -> Analysis:
    text = "\n".join(t for _, _, t in LINES)
    ids = sentence_ids([t for _, _, t in LINES])
    sentences = []
    pos = 0
    for (role, para, t), sid in zip(LINES, ids):
        sentences.append(Sentence(id=sid, start=pos, end=pos + len(t), text=t, paragraph=para, role=role))
        pos += len(t) + 1
    head, stand, _, s1, s2, s3, s4, s5, _, s6 = sentences
    ministry = _span(text, "The agriculture ministry")
    s1.attributions = [
        Attribution("the agriculture ministry", "The agriculture ministry", ministry, "said", "named_org",
                    "indirect", via=["Reuters"]),
    ]
    s2.attributions = [Attribution("the agriculture minister", "the minister", _span(text, "the minister"),
                                   "told", "named_person", "direct")]
    # "He" resolves to the minister whose mention is in the previous sentence.
    s3.attributions = [Attribution("the agriculture minister", "the minister", _span(text, "the minister"),
                                   "added", "named_person", "indirect", inherited=True)]
    s3.hedged = True
    s5.attributions = [Attribution("some experts", "Some experts", _span(text, "Some experts"), "say", "vague")]
    s5.flags = [Flag("vague_source", "'Some experts' does not say who")]
    s6.attributions = [Attribution("a person familiar with the talks", "A person familiar with the talks",
                                   _span(text, "A person familiar with the talks"), "said", "anonymous")]
    s6.flags = [Flag("anonymous_source", "An unnamed source: can the claim be checked another way?")]
    s4.flags = [Flag("unattributed_claim", "A factual claim with no source")]
    for s in (head, stand, s1, s2, s3, s4, s5, s6):
        s.checkworthy = True
    analysis = Analysis(text=text, sentences=sentences)
    analysis.article["headline"] = head.text
    analysis.article["standfirst"] = stand.text
    analysis.article["byline"] = "Jane Doe"
    analysis.headline_checks = [
        Check("attribution_dropped", "The headline states as fact what the body attributes to the ministry",
              [s1.id]),
        Check("hedge_dropped", "The body hedges ('could'); the headline does not", [s3.id, s4.id]),
    ]
    analysis.sources = [
        Source("the agriculture ministry", "named_org", ["The agriculture ministry"], [s1.id]),
        Source("the agriculture minister", "named_person", ["the minister", "He"], [s2.id, s3.id]),
        Source("some experts", "vague", [], [s5.id]),
        Source("a person familiar with the talks", "anonymous", [], [s6.id]),
        Source("Reuters", "media", [], [s1.id]),
    ]
    return analysis


def test_offsets_index_the_text() -> None:
    a = make_analysis()
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text
        for att in s.attributions:
            assert a.text[att.span[0]:att.span[1]] == att.mention


def test_inherited_mention_lies_in_an_earlier_sentence() -> None:
    a = make_analysis()
    s3 = a.sentences[5]
    span = s3.attributions[0].span
    assert span[1] <= s3.start


def make_long_analysis(n: int) -> Analysis:
    """`n` body sentences under a headline; every third is an unattributed, flagged claim."""
    lines = ["Council budget rises again"] + [
        f"Spending item {i} rose by {i % 9 + 1} per cent, officials said." if i % 3 else
        f"Spending item {i} rose by {i % 9 + 1} per cent." for i in range(1, n + 1)
    ]
    text = "\n".join(lines)
    sentences, pos = [], 0
    for i, (t, sid) in enumerate(zip(lines, sentence_ids(lines))):
        s = Sentence(id=sid, start=pos, end=pos + len(t), text=t, paragraph=i,
                     role="headline" if i == 0 else "body", checkworthy=True)
        if i and i % 3 == 0:
            s.flags = [Flag("unattributed_claim", "A factual claim with no source")]
        elif i:
            at = t.index("officials")
            s.attributions = [Attribution("officials", "officials", (pos + at, pos + at + 9), "said", "vague")]
        sentences.append(s)
        pos += len(t) + 1
    analysis = Analysis(text=text, sentences=sentences)
    analysis.article["headline"] = lines[0]
    return analysis


def test_long_analysis_offsets() -> None:
    a = make_long_analysis(50)
    assert len(a.sentences) == 51
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text
        for att in s.attributions:
            assert a.text[att.span[0]:att.span[1]] == "officials"
