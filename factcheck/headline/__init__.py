"""The headline (and standfirst) checked against the body: one face for the whole package.

    ctx = prepare_body(body_sentences)      # once per body: profiles, names, numbers, phrases
    check(headline_sentence, ctx, standfirst)   # per headline, cheap: list[Check]
    check_headline(headline, body, standfirst)  # the two in one, for a single headline
    body_reader(headline, standfirst)           # runs of a long body read apart (BodyReading), joined

Inside: `checks` (the codes and their messages), `terms` (relatedness and word statistics),
`quotes`, `numbers`, `names` (one rule each) and `text` (tokens and lemma keys).
"""

from __future__ import annotations

from factcheck.headline.checks import BodyContext, BodyReading, body_reader, check, check_headline, prepare_body

__all__ = ["BodyContext", "BodyReading", "body_reader", "check", "check_headline", "prepare_body"]
