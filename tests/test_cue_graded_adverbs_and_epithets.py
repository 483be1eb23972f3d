"""Words that look like a source and are not: "most" grading an adverb ("most recently defended"),
a weak cue used as an adjective ("some pointed advice"), and the last word of an epithet before a
name ("Baker of the Year Ann Okafor")."""

from __future__ import annotations

from factcheck.attribution.cues import find_in_sentence
from factcheck.pipeline import analyze_text


def _raw(sentence: str) -> list[tuple[str, str]]:
    return [(r.mention, r.cue) for r in find_in_sentence(sentence, 0, len(sentence))]


def test_most_before_an_adverb_grades_it_and_speaks_for_no_one() -> None:
    assert _raw("Tom Reyes, who ran the mill and most recently defended the tolls, left.") == \
        [("Tom Reyes", "defended")]
    assert not any(m == "most" for m, _ in _raw("It was the clause the farmers most strongly opposed."))
    # opening the sentence, "Most" is the people who said it
    assert _raw("Most reportedly said the plan would fail.") == [("Most", "said")]


def test_a_weak_cue_without_its_particle_is_an_adjective() -> None:
    assert _raw("Tom Reyes offered some pointed advice to the council on Friday.") == [("Tom Reyes", "offered")]
    assert _raw("Some pointed out that the plan would fail.") == [("Some", "pointed")]
    assert ("Some", "pointed") in _raw("Some pointed to the plan's costs.")


def test_a_capitalised_common_word_before_a_full_name_is_no_part_of_it() -> None:
    analysis = analyze_text("Tarnwell plan\n\nThe guild named its Baker of the Year Ann Okafor on Monday. "
                            "Okafor says the rye sold out.\n")
    assert [(a.source, a.kind) for a in analysis.sentences[2].attributions] == [("Ann Okafor", "named_person")]
    # a given name the lexicon knows opening the name stays ("Mark Kelly"), as does a surname alone
    analysis = analyze_text("Tarnwell plan\n\nThe council met Mark Kelly on Monday. Kelly says the rye sold out.\n")
    assert [a.source for a in analysis.sentences[2].attributions] == ["Mark Kelly"]
