"""Text decoding: BOMs, UTF-16, legacy encodings, mixed files, and what is not text at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest import load
from factcheck.ingest.decode import decode_bytes, normalise_label

ARTICLE = ("Café owners say the “bridge closure” will cost them dear — one put the loss at €12,000.\n\n"
           "\u201cWe can’t survive six months,\u201d said Zoë Müller, 54.\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"])
def test_round_trip_in_common_encodings(encoding: str) -> None:
    assert decode_bytes(ARTICLE.encode(encoding)) == ARTICLE


def test_latin1_file_is_read_as_latin1_text() -> None:
    text = "Le maire a déclaré que la façade serait rénovée en été. Coût: £40,000 (±5%).\n"
    assert decode_bytes(text.encode("latin-1")) == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom(encoding: str) -> None:
    text = "The council said on Monday that the bridge would close.\n"
    assert decode_bytes(text.encode(encoding)) == text


# Short news items written for this test, one per script family: alphabets that share no byte
# with ASCII, abjads written right to left, abugidas, and CJK with and without spaces.
SCRIPTS = {
    "russian": "Цены на хлеб выросли\n\nЦены выросли на 12% в марте, сообщило бюро в понедельник.\n",
    "greek": "Οι τιμές του ψωμιού αυξήθηκαν\n\nΟι τιμές αυξήθηκαν 12% τον Μάρτιο, ανέφερε το γραφείο.\n",
    "arabic": "ارتفاع أسعار الخبز\n\nقال المكتب يوم الاثنين إن الأسعار ارتفعت بنسبة 12% في مارس.\n",
    "hebrew": "מחירי הלחם עלו\n\nהמחירים עלו ב-12% במרץ, כך מסרה הלשכה ביום שני.\n",
    "hindi": "ब्रेड की कीमतें बढ़ीं\n\nब्यूरो ने सोमवार को कहा कि मार्च में कीमतों में 12% की वृद्धि हुई।\n",
    "thai": "ราคาขนมปังสูงขึ้น\n\nสำนักงานกล่าวเมื่อวันจันทร์ว่าราคาเพิ่มขึ้น 12% ในเดือนมีนาคม\n",
    "chinese": "面包价格上涨\n\n统计局周一表示，三月份价格上涨了百分之十二。\n",
    "japanese": "パンの価格が上昇\n\n統計局は月曜日、3月の価格が12%上昇したと発表した。\n",
    "korean": "빵 가격 상승\n\n통계청은 월요일 3월 가격이 12% 올랐다고 밝혔다.\n",
    "emoji and accents": "Café prices 🍞 rise\n\nZoë Müller said prices rose 12% — “too much” 😟.\n",
}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_utf16_without_a_bom_in_any_script(script: str, encoding: str, tmp_path: Path) -> None:
    text = SCRIPTS[script]
    assert decode_bytes(text.encode(encoding)) == text
    f = tmp_path / "article.txt"
    f.write_bytes((text * 40).encode(encoding))  # longer than the sample the decision is made on
    assert load(str(f)).text.startswith(text.rstrip("\n"))


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,  # every byte value: NULs, but no text either way round
    b"\x00\x01\x02\x03" * 500,
    "Prices rose 12%".encode("ascii") + b"\x00" * 6 + b"\x7fELF-like tail\x00\x00\x01",
], ids=["every-byte", "counting-pattern", "text-with-nuls"])
def test_bytes_with_nuls_that_are_not_utf16_stay_binary(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data)


def test_short_cp1252_word_is_not_mistaken_for_another_script() -> None:
    # A statistical detector calls four bytes UTF-16; a newsroom file is far likelier cp1252.
    assert decode_bytes("café".encode("cp1252")) == "café"


def test_cyrillic_legacy_encoding_is_detected() -> None:
    text = "Министр заявил, что цифры неверны. Владелец кафе не согласился с этим заявлением.\n" * 3
    assert decode_bytes(text.encode("cp1251")) == text


def test_utf8_file_with_a_stray_windows_quote_keeps_both() -> None:
    data = "It’s “fine”, he said — twice.".encode() + b" The caf\xe9 owner said \x93no\x94."
    assert decode_bytes(data) == "It’s “fine”, he said — twice. The café owner said “no”."


def test_declared_charset_is_used_when_utf8_fails_and_ignored_when_the_bytes_are_utf8() -> None:
    # cp1252 bytes that could also be koi8-r: the declaration decides.
    assert decode_bytes("Zoë".encode("cp1252"), declared="iso-8859-1") == "Zoë"
    assert decode_bytes("Привет, мир".encode("koi8-r"), declared="koi8-r") == "Привет, мир"
    # A page labelled latin-1 whose bytes are valid UTF-8 is UTF-8 (no “â€œ” mojibake).
    assert decode_bytes("Zoë said “yes”".encode(), declared="iso-8859-1") == "Zoë said “yes”"


def test_labels_follow_browsers() -> None:
    assert normalise_label("ISO-8859-1") == "cp1252"
    assert normalise_label("latin1") == "cp1252"
    assert normalise_label("us-ascii") == "cp1252"
    assert normalise_label("UTF8") == "utf_8"
    assert normalise_label("x-no-such-charset") is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this is a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "this is a JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive or an Office document"),
        (b"\x1f\x8b\x08\x00\x00\x00", "gzip-compressed data"),
        (bytes(range(256)) * 8, "looks like binary data, not text"),
        (b"\xfe\xff\xd8\x00", "not valid utf-16"),
    ],
)
def test_non_text_is_refused_with_what_it_is(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "upload.bin")
    assert str(err.value).startswith("upload.bin: ")
    assert message in str(err.value)


def test_file_and_stdin_paths_share_the_decoder(tmp_path: Path) -> None:
    p = tmp_path / "story.txt"
    p.write_bytes(ARTICLE.encode("utf-16"))
    doc = load(str(p))
    assert doc.text == ARTICLE
    assert doc.origin == str(p)
    assert doc.headline is None and doc.meta == {}
