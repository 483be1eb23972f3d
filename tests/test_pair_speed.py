"""The shortcuts a batch of headline + body pairs takes give exactly what the plain way gives."""

from __future__ import annotations

from pathlib import Path

from factcheck import sources
from factcheck.headline.terms import BodyProfile, measures
from factcheck.headline.text import content_lemmas, words
from factcheck.pipeline import analyze_body

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BODIES = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
HEADLINES = ["Prices rise again", "Minister says the plan will cost £3bn", "Police deny report of 12 arrests",
             "Council to close two libraries", "The the of", "Flooding: council said homes were flooded"]


def _profile(text: str) -> BodyProfile:
    return BodyProfile.build([words(s.text) for s in analyze_body(text).analysis.body])


def test_a_body_measured_again_through_its_postings_scores_every_sentence_the_same() -> None:
    """From its second headline on, a body's sentences are scored through an index of its terms:
    the same floats, to the last bit (the sums run in the headline's word order either way)."""
    for text in BODIES:
        warm = _profile(text)
        measures(content_lemmas("council homes"), warm)
        assert warm.postings is None  # the first headline scans the sentences
        measures(content_lemmas("council homes"), warm)
        assert warm.postings is not None
        for h in [*HEADLINES, *(s.text for s in analyze_body(text).analysis.body[:5])]:
            cold = _profile(text)
            assert measures(content_lemmas(h), warm) == measures(content_lemmas(h), cold), h
            assert cold.postings is None  # one headline: no index built


def test_sources_of_a_body_with_a_headline_are_those_of_the_plain_collect() -> None:
    """sources.collect skips re-adding a source found by its exact words: the same sources,
    in the same order, as adding it again (the plain way, run here by hand)."""
    class Plain(sources._Index):
        def add(self, e, toks):  # the index before the shortcut
            self.exact[toks] = e
            for w in set(toks) - sources._GENERIC or set(toks):
                if e not in self.by_word[w]:
                    self.by_word[w].append(e)

    real = sources._Index
    for text in BODIES:
        sentences = analyze_body(text).analysis.sentences
        fast = sources.collect(sentences)
        sources._Index = Plain
        try:
            plain = sources.collect(sentences)
        finally:
            sources._Index = real
        assert fast == plain and fast


def test_a_body_resolved_again_after_a_naming_headline_is_written_from_its_parts() -> None:
    """'He said' in the body resolves to the person the headline names: that sentence's JSON is
    made anew and the others come from the body's parts; the line is the plain one's, as str and
    as UTF-8."""
    import json

    from factcheck import pair_json
    from factcheck.pipeline import check_headline
    from factcheck.text_safety import safe_json_text

    body = "The plan was approved on Monday.\n\n\"It is the right thing,\" he said.\n\nCritics disagreed."
    ba = analyze_body(body)
    for h in ("Mr John Okafor backs the plan", "Ann Lee and Mr John Okafor back the plan", "Prices rise"):
        pair = pair_json._pair_json(ba, h, {"id": 1})
        assert isinstance(pair, pair_json._PairJson)
        plain = json.dumps({"id": 1, **check_headline(ba, h).to_dict()}, ensure_ascii=False)
        assert pair_json.check_headline_json(ba, h, {"id": 1}) == plain
        assert pair_json.check_headline_utf8(ba, h, {"id": 1}) == safe_json_text(plain).encode("utf-8")
    again = pair_json._pair_json(ba, "Mr John Okafor backs the plan", {"id": 1})
    assert again.sentences != pair_json.body_json(ba).sentences and again.sentences_utf8 is None
    assert "John Okafor" in again.sentences


def test_a_crediting_headline_collects_the_sources_of_the_whole_document() -> None:
    """A headline that credits someone is collected with the body's names read once per body
    (BodyAnalysis.named): the sources `collect` gives over the headline and the body's sentences."""
    from factcheck.pipeline import checked_headline

    for text in BODIES:
        ba = analyze_body(text)
        for h in ("Minister says the plan will cost £3bn", "Police say 12 were arrested, reports claim",
                  "The council said homes were flooded"):
            got = checked_headline(ba, h)
            head = got.analysis.sentences[0]
            assert head.attributions, h
            body = got.body if got.body is not None else got.analysis.sentences[1:]
            assert got.analysis.sources == sources.collect([head, *body])
