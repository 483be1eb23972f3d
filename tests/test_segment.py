"""Sentence splitting: exact offsets and the traps of news copy."""

import pytest

from factcheck.segment import split_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. Ann Lee arrived. She left.", ["Dr. Ann Lee arrived.", "She left."]),
        ("Gen. Mark Hale spoke on Jan. 5 in the U.S. capital.",
         ["Gen. Mark Hale spoke on Jan. 5 in the U.S. capital."]),
        ("Inflation hit 2.5% in the U.S. The bank said so.", ["Inflation hit 2.5% in the U.S.", "The bank said so."]),
        ("The train left at 7.30am. Nobody was hurt.", ["The train left at 7.30am.", "Nobody was hurt."]),
        ("J.R. Smith of No. 10 spoke. He was brief.", ["J.R. Smith of No. 10 spoke.", "He was brief."]),
        ('"We are ready. We will win," she said.', ['"We are ready.', 'We will win," she said.']),
        ("“It is over,” he said. “Go home.”", ["“It is over,” he said.", "“Go home.”"]),
        ("The group (founded by Mr. A. Jones in 1990) grew. It is big.",
         ["The group (founded by Mr. A. Jones in 1990) grew.", "It is big."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        # a speech tag after a quoted question or exclamation stays with it; after a full stop it opens
        ("“Why now?” the minister asked. “Who knows.”", ["“Why now?” the minister asked.", "“Who knows.”"]),
        ("“Enough!” Dana Reyes shouted at them.", ["“Enough!” Dana Reyes shouted at them."]),
        ("“We won.” The senator said so later.", ["“We won.”", "The senator said so later."]),
        ("“Why?” Voters believe it is late.", ["“Why?”", "Voters believe it is late."]),
        ("The two said no. Several said it was late.", ["The two said no.", "Several said it was late."]),
        ("He is ranked no. 3 in the state.", ["He is ranked no. 3 in the state."]),
        ("Shares in Acme Inc. fell 3%. Acme Inc. Ltd denied it.",
         ["Shares in Acme Inc. fell 3%.", "Acme Inc. Ltd denied it."]),
    ],
)
def test_news_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_slice_the_text_exactly() -> None:
    text = "  First one.  Second one?\tThird one!  "
    spans = split_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one?", "Third one!"]
    assert all(0 <= a < b <= len(text) for a, b in spans)


def test_range_inside_a_longer_text() -> None:
    text = "Header line\nBody one. Body two.\nFooter"
    start = text.index("Body")
    end = text.index("\nFooter")
    assert [text[a:b] for a, b in split_spans(text, start, end)] == ["Body one.", "Body two."]


def test_linear_time_on_a_long_paragraph() -> None:
    import time

    small = "The minister said 3.5 million people, including Dr. Lee, were affected. " * 200
    big = small * 20
    t0 = time.perf_counter()
    split_spans(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    n = len(split_spans(big))
    t_big = time.perf_counter() - t0
    assert n == 4000
    assert t_big < max(0.5, t_small * 60)  # 20x the text must not cost 400x the time
