"""A state written short in the headline ("N.H.", "FL") is the body's "New Hampshire", "Florida":
for the measure of whether the body is about the headline and for the names it must mention."""

from __future__ import annotations

from factcheck.headline.text import content_lemmas
from factcheck.pipeline import analyze_text

_BODY = ("Candidates crossed New Hampshire on Monday, the last day before the state's primary. "
         "Ann Okafor told a crowd in Tarnwell that the state had always chosen well. "
         "Her rival, Ola Brandt, spent the day at diners in the north of New Hampshire. "
         "Polls show the race is close, with many voters still undecided. "
         "New Hampshire votes on Tuesday.")


def _codes(headline: str, body: str) -> list[str]:
    return [c.code for c in analyze_text(f"{headline}\n\n{body}\n").headline_checks]


def test_a_state_abbreviated_in_the_headline_is_the_state_the_body_names() -> None:
    # AP style and the postal code: the body about the New Hampshire vote is about this headline
    assert _codes("Barbs and pleas before N.H. vote", _BODY) == []
    assert _codes("Barbs and pleas before NH vote", _BODY) == []
    # the same headline over a body about another state's vote is still not about it
    other = _BODY.replace("New Hampshire", "Ruritania").replace("the state's", "the country's")
    assert "unsupported" in _codes("Barbs and pleas before N.H. vote", other)


def test_the_entity_check_finds_the_state_under_its_full_name() -> None:
    body = ("The governor of New Jersey opened a solar plant in Tarnwell on Friday. The plant will power "
            "4,000 homes, the governor said. Work on a second plant starts next year.")
    assert "entity_missing" not in _codes("N.J. governor opens Tarnwell solar plant", body)
    assert "entity_missing" in _codes("N.J. governor opens Tarnwell solar plant",
                                      body.replace("New Jersey", "Ruritania"))


def test_only_short_forms_that_are_no_english_word_are_read_as_states() -> None:
    assert content_lemmas("FL congresswoman") == ["florida", "congresswoman"]
    assert content_lemmas("W.Va. mine") == ["west", "virginia", "min"]
    # "Mass." and "Miss." are also words: left as they are
    assert content_lemmas("Mass. protest") == ["mass", "protest"]
    assert content_lemmas("Miss. vote") == ["miss", "vot"]


def test_a_state_named_in_full_at_the_headline_start_is_found_by_its_abbreviation() -> None:
    # "New" opening the line is a common word, dropped from the name's own words; the whole name
    # is still what its aliases are looked up by, and what the message shows
    body = ("The governor of N.J. opened a solar plant in Tarnwell on Friday. The plant will power "
            "4,000 homes, the governor said. Work on a second plant starts next year.")
    for headline in ("New Jersey governor opens Tarnwell solar plant",
                     "New Jersey Governor Opens Tarnwell Solar Plant"):
        assert "entity_missing" not in _codes(headline, body)
        checks = analyze_text(f"{headline}\n\n{body.replace('N.J.', 'Ruritania')}\n").headline_checks
        assert [c.message for c in checks if c.code == "entity_missing"] == \
            ["The headline names 'New Jersey', but the body never mentions it."]

