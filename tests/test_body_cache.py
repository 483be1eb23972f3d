"""One body, many headlines: `analyze_body` once and `check_headline` per headline give exactly
what analysing each headline + body document from scratch gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.batch import document_from_record, run_batch
from factcheck.pipeline import analyze, analyze_body, check_headline
from factcheck.text_safety import safe_json

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BODIES = {p.stem: p.read_text(encoding="utf-8").strip().partition("\n")[2].strip()
          for p in sorted(SAMPLES.glob("*.txt"))}
# Headlines of every shape the shortcut must get right: naming nobody, naming a person or an
# organisation the body resolves "he" or "the agency" against, attributing, quoting, with
# numbers, padded with spaces, spanning lines, and one that repeats a body sentence word for word.
HEADLINES = [
    "Prices rise again",
    "Minister says the plan will cost £3bn",
    "John Smith resigns as the company admits 40 homes were flooded",
    "'We were never told', residents say",
    "Police deny report of 12 arrests",
    "  Council to close two libraries  ",
    "Two lines\nof headline",
    "An acronym agency (NIS) said so",
    "Officials: the bridge is safe",
    # Title Case: read in the case the body writes its words (attribution.title_case)
    "Council Leader Backs Plan To Close Two Libraries",
    "Police Chief Says Arrests Will Follow",
]


def _scratch(headline: str, body: str) -> str:
    return safe_json(analyze(document_from_record({"headline": headline, "body": body})).to_dict())


@pytest.mark.parametrize("name", sorted(BODIES))
def test_checking_headlines_against_an_analysed_body_is_analysing_from_scratch(name: str) -> None:
    body = BODIES[name]
    first_sentence = analyze_body(body).analysis.body[0].text
    ba = analyze_body(body)
    for h in [*HEADLINES, first_sentence]:
        assert safe_json(check_headline(ba, h).to_dict()) == _scratch(h, body), h
    # the body's own analysis is not changed by the headlines checked against it
    assert safe_json(ba.analysis.to_dict()) == safe_json(analyze(document_from_record({"body": body})).to_dict())


def test_a_headline_that_names_the_bodys_speaker_changes_the_body_as_from_scratch() -> None:
    """'He said' in the body resolves to the person the headline named, as in a whole article."""
    body = "The plan was approved on Monday.\n\n\"It is the right thing,\" he said."
    ba = analyze_body(body)
    alone = ba.analysis.sentences[-1].attributions[0].source
    # the headline's speaker is found by the rules (an action such as "backs" is credited, or
    # not, by the learned fallback, whose gate moves with each refit), so he is named as it writes him
    with_head = check_headline(ba, "Mr John Okafor says plan is right")
    said = with_head.sentences[-1].attributions[0].source
    assert said == with_head.sentences[0].attributions[0].source != alone
    assert said.endswith("John Okafor")
    assert safe_json(with_head.to_dict()) == _scratch("Mr John Okafor says plan is right", body)
    assert with_head.text[slice(*with_head.sentences[-1].attributions[0].span)] == "he"


def test_a_group_the_headline_names_is_still_a_group_in_the_body() -> None:
    """'The two said' resolves to both senators the headline named, with or without the cache."""
    headline = "Sens. Ann Lee and Bo Tan warn on budget"
    body = "The budget passed on Monday.\n\nThe two said it was late."
    got = check_headline(analyze_body(body), headline)
    assert got.sentences[-1].attributions[0].source == "Ann Lee and Bo Tan"
    assert safe_json(got.to_dict()) == _scratch(headline, body)


def test_a_blank_headline_is_the_body_alone() -> None:
    ba = analyze_body(BODIES["seed-nk-soldier"])
    assert check_headline(ba, "   ") is ba.analysis
    assert check_headline(ba, None) is ba.analysis


def test_the_batch_analyses_a_body_once_for_all_its_headlines() -> None:
    body = BODIES["wire-chile-mine"]
    lines = [json.dumps({"id": i, "headline": h, "body": body}) for i, h in enumerate(HEADLINES)]
    lines.append(json.dumps({"id": "alone", "body": body}))
    stats: dict[str, int] = {}
    got = list(run_batch(lines, stats=stats))
    assert stats["analysed"] == 1
    assert all(ok for _, ok in got)
    assert [safe_json(o) for o, _ in got] == [
        safe_json({"id": json.loads(x)["id"], **analyze(document_from_record(json.loads(x))).to_dict()})
        for x in lines]


def test_a_colon_headline_reads_the_body_it_is_checked_against() -> None:
    """'Delta Rebels: ...' is the rebels speaking only over a body that names them again (twice), so
    the same headline is attributed over one body and not over another."""
    head = "Delta Rebels: Kidnapped Workers Have Been Freed, Truce Never Happened"
    names = "Delta Rebels held the workers for a week.\n\nThe Rebels later freed them, Rebels said."
    plain = "Engineers met on Monday.\n\nThe site was visited later."
    got = {b: check_headline(analyze_body(b), head) for b in (names, plain)}
    assert got[names].sentences[0].attributions and not got[plain].sentences[0].attributions
    for b, a in got.items():
        assert safe_json(a.to_dict()) == _scratch(head, b)


# Headlines that name someone: people and bodies the samples never mention (the body's own
# resolution cannot find them, so it is kept as it is), a surname, an acronym and a bare title
# that a body's "he", "the agency" or "Mr Smith" could be resolved to.
NAMING = [
    "Maria Lopez warns of delays",
    "Acme Holdings denies the report",
    "Dr Wen Chen says the water is safe",
    "The Ministry of Health (MOH) says no new cases",
    "Sens. Ann Lee and Bo Tan demand answers",
    "Smith says he was never told",
    "Officials say the agency knew",
]


def _own_sources(ba) -> list[str]:
    return list(dict.fromkeys(s.name for s in ba.analysis.sources if s.kind in ("named_person", "named_org")))[:3]


@pytest.mark.parametrize("name", sorted(BODIES))
def test_a_naming_headline_gives_the_same_analysis_with_or_without_the_trace(name: str) -> None:
    """The trace of the body's own resolution keeps the body as it is when the headline's names
    could not have changed it; every naming headline, including ones that name the body's own
    sources, gives what a full resolution again (no trace) and the whole document from scratch give."""
    body = BODIES[name]
    traced = analyze_body(body)
    untraced = analyze_body(body)
    untraced.trace = None  # every naming headline resolves the body again
    heads = NAMING + [f"{source} speaks out" for source in _own_sources(traced)]
    for h in heads:
        got = safe_json(check_headline(traced, h).to_dict())
        assert got == safe_json(check_headline(untraced, h).to_dict()), h
        assert got == _scratch(h, body), h


def test_a_name_the_body_cannot_reach_keeps_the_body_as_it_is() -> None:
    """The body names its own speaker before 'he said': a headline naming someone else changes
    nothing in it, and its sentences are the body's own, not resolved again."""
    body = "Mayor Ruth Okafor opened the bridge on Monday.\n\n\"It is safe,\" she said."
    ba = analyze_body(body)
    got = check_headline(ba, "Tom Baker warns of traffic")
    assert ba.resolved_after(_part_of("Tom Baker warns of traffic")) is ba.analysis.sentences
    assert got.sentences[-1].attributions[0].source == "Ruth Okafor"
    assert safe_json(got.to_dict()) == _scratch("Tom Baker warns of traffic", body)


def test_a_name_the_bodys_pronoun_would_find_resolves_the_body_again() -> None:
    """'she said' with no one named before it in the body: the headline's person is who she is."""
    body = "The bridge opened on Monday.\n\n\"It is safe,\" she said."
    ba = analyze_body(body)
    head = "Mayor Ruth Okafor opens bridge"
    assert ba.resolved_after(_part_of(head)) is not ba.analysis.sentences
    got = check_headline(ba, head)
    assert got.sentences[-1].attributions[0].source == "Ruth Okafor"
    assert safe_json(got.to_dict()) == _scratch(head, body)


def test_too_many_names_for_the_discourse_to_hold_resolves_the_body_again() -> None:
    """Past HELD_MAX entities the discourse forgets the oldest: with a headline's names added a
    body near the limit would forget other ones, so its trace does not vouch for it."""
    from factcheck.attribution.resolve import HELD_MAX, Entity, Trace

    trace = Trace(most_held=HELD_MAX - 1)
    assert trace.unaffected_by([Entity("Ann Lee", "named_person", 1)])
    assert not trace.unaffected_by([Entity("Ann Lee", "named_person", 1), Entity("Bo Tan", "named_person", 2)])


def _part_of(headline: str):
    from factcheck.pipeline import _headline_part

    return _headline_part(headline)


def test_the_batch_writes_the_same_json_lines_without_building_the_objects() -> None:
    """`analyze --jsonl` writes a headline over a cached body straight to JSON
    (pair_json.check_headline_json): the same lines as the objects `run_batch` gives, for every
    headline shape over every sample body, and for ids and texts shaped like its own marks."""
    from factcheck.batch import run_batch_json

    odd = "Prices rose.\n\n\ue0010\ue001\n\n\ue000sentences\ue000\n\nThey fell, he said."
    lines = [json.dumps({"id": f"{name}-{i}", "headline": h, "body": body})
             for name, body in [*sorted(BODIES.items()), ("odd", odd)]
             for i, h in enumerate([*HEADLINES, *NAMING, "Prices rose"])]
    marked = "Prices rose.\n\n\ue000sentences\ue000\n\nThey fell."  # no hole: only the id is in the way
    lines += [json.dumps({"id": f"\ue000{mark}\ue000", "headline": "Prices rose", "body": marked})
              for mark in ("text", "sentences", "sources")]
    lines += [json.dumps({"id": 7, "body": odd}), json.dumps({"id": 8, "headline": "x", "body": 3}), "{oops"]
    assert list(run_batch_json(lines, jobs=1)) == [(safe_json(o), ok) for o, ok in run_batch(lines)]


@pytest.mark.parametrize("name", sorted(BODIES))
def test_a_bodys_sentences_moved_after_a_headline_are_their_copies_json(name: str) -> None:
    from factcheck.pair_json import body_json
    from factcheck.pipeline import _copy_sentence

    ba = analyze_body(BODIES[name])
    parts = body_json(ba)
    for shift in (0, 2, 57, 1234):
        assert parts.sentences % tuple(x + shift for x in parts.offsets) == ", ".join(
            json.dumps(_copy_sentence(s, shift, 1).to_dict(), ensure_ascii=False) for s in ba.analysis.sentences)
    assert parts.text == json.dumps(ba.body, ensure_ascii=False)


def test_a_pairs_utf8_line_is_its_json_line_encoded() -> None:
    """The batch writes a headline over a cached body as UTF-8 joined from the body's parts kept
    encoded (pair_json.check_headline_utf8): the bytes of the str line through safe_json_text, for
    every sample body x headline, and for bodies and headlines holding what safe_json_text escapes
    (C1 controls, line separators), non-Latin text, and a body whose sentences defeat the template."""
    from factcheck.pair_json import body_json, check_headline_json, check_headline_utf8
    from factcheck.text_safety import safe_json_text

    raw = "Prices rose\x85 again.\n\nThey fell\u2028 on Monday, he said."
    odd = "Prices rose.\n\n\ue0010\ue001\n\nThey fell, he said."
    greek = "Οι τιμές αυξήθηκαν, είπε ο υπουργός. «Δεν ξέραμε», είπαν οι κάτοικοι."
    bodies = [*BODIES.values(), raw, odd, greek]
    heads = [*HEADLINES, *NAMING, "Prices rose\u2029 again", "Τιμές: «ρεκόρ»", "", "   "]
    for body in bodies:
        ba = analyze_body(body)
        for i, h in enumerate(heads):
            first = {"id": f"r{i}"}
            want = safe_json_text(check_headline_json(ba, h, first)).encode("utf-8")
            assert check_headline_utf8(ba, h, first) == want, (body[:30], h)
    assert body_json(analyze_body(raw)).utf8 is None  # escaped: such a body is written the str way
    assert body_json(analyze_body(greek)).utf8 is not None
