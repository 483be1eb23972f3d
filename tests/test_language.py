"""A body that does not read as English is not analysed (factcheck.language): invented articles in
English, German, Indonesian, Russian and Japanese, through the pipeline, the one-body-many-headlines
path, the CLI, the report, the checklist and the review app."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from test_tui_app import app_for, screen_text, settle, sync

from factcheck.cli import cli
from factcheck.export import to_markdown
from factcheck.language import NOT_ENGLISH, reads_as_english
from factcheck.model import Document
from factcheck.pipeline import analyze, analyze_body, analyze_text, check_headline
from factcheck.report import to_text
from factcheck.store import Store

ENGLISH = ("The Tarnwell harbour board said on Monday that the crane yard would close next year, and a "
           "spokesman for the dock workers told reporters that 200 jobs were at risk. The board has run the "
           "yard since 1987. Officials familiar with the plan said it would be sold to a developer, who is "
           "expected to build flats on the site. The mayor, Ruth Okafor, said she would fight the closure.")
GERMAN = ("Der Hafen von Tarnwell wird im nächsten Jahr geschlossen, sagte ein Sprecher am Montag. Die "
          "Hafenarbeiter sind nicht mit dem Plan einverstanden und wollen dagegen protestieren. Der "
          "Bürgermeister hat sich noch nicht geäußert, aber er wird am Freitag mit den Arbeitern sprechen. "
          "Das Gelände soll an einen Investor verkauft werden, der dort Wohnungen bauen will.")
INDONESIAN = ("Pelabuhan Tarnwell akan ditutup tahun depan, kata seorang juru bicara pada hari Senin. Para "
              "pekerja pelabuhan tidak setuju dengan rencana itu dan akan melakukan protes. Wali kota belum "
              "memberikan komentar, tetapi dia akan bertemu dengan para pekerja pada hari Jumat. Lahan itu "
              "akan dijual kepada investor yang ingin membangun apartemen di sana.")
RUSSIAN = ("Порт Тарнвелла закроют в следующем году, сообщил представитель в понедельник. Рабочие порта "
           "не согласны с планом и собираются протестовать. Мэр пока не дал комментариев, но в пятницу он "
           "встретится с рабочими. Участок продадут инвестору, который хочет построить там квартиры и "
           "новый рынок для жителей города.")
JAPANESE = ("ターンウェルの港は来年閉鎖されると、広報担当者が月曜日に述べた。港の労働者たちはこの計画に反対しており、"
            "抗議する予定だ。市長はまだコメントしていないが、金曜日に労働者と会う予定だ。土地は、そこにマンションを"
            "建てたい投資家に売却される。") * 3
# English with few function words: a box score
BOX_SCORE = "\n\n".join(f"Tarnwell {n} d. Hallam {n - 3}. Okafor {n % 7} goals, {n % 3} assists, {n % 5} saves. "
                        f"Mensah {n % 4} points and {n % 6} steals." for n in range(10, 30))


def test_english_and_other_languages_are_told_apart() -> None:
    assert reads_as_english(ENGLISH)
    assert reads_as_english(BOX_SCORE)  # few function words, but no other language's either
    for text in (GERMAN, INDONESIAN, RUSSIAN, JAPANESE):
        assert not reads_as_english(text), text[:40]
    assert reads_as_english("Hafen geschlossen, sagte ein Sprecher.")  # too few words to tell
    # only the text from `start` on is read: an English headline over a German body
    headline = "Tarnwell harbour to close next year, spokesman says\n\n"
    assert not reads_as_english(headline + GERMAN, len(headline))


def _article(body: str) -> str:
    return "Tarnwell harbour to close next year, spokesman says\n\n" + body.replace(". ", ".\n\n", 2) + "\n"


def test_a_body_in_another_language_is_not_analysed_but_its_headline_is() -> None:
    a = analyze_text(_article(GERMAN))
    assert not a.reads_as_english()
    head, body = a.sentences[0], a.body
    assert head.role == "headline" and [x.source for x in head.attributions] == ["spokesman"]
    assert len(body) >= 4
    assert all(not s.attributions and not s.flags and not s.checkworthy for s in body)
    assert a.headline_checks == []
    english = analyze_text(_article(ENGLISH))
    assert english.reads_as_english() and any(s.attributions for s in english.body)


def test_the_body_kept_for_many_headlines_gives_the_same_analysis() -> None:
    for body in (GERMAN, ENGLISH):
        kept = analyze_body(body)
        for headline in ("Tarnwell harbour to close next year, spokesman says", "Hallam mayor quits"):
            whole = analyze(Document(text=headline + "\n\n" + body, headline=headline, body_only=True))
            assert check_headline(kept, headline).to_dict() == whole.to_dict(), (headline, body[:20])


def test_the_cli_says_so_on_stderr_and_the_json_keeps_its_shape(tmp_path: Path) -> None:
    path = tmp_path / "hafen.txt"
    path.write_text(_article(GERMAN), encoding="utf-8")
    r = CliRunner().invoke(cli, ["analyze", str(path), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert r.stderr.strip() == f"factcheck: {NOT_ENGLISH}"
    d = json.loads(r.stdout)
    assert set(d["article"]) == {"headline", "standfirst", "byline", "published", "dateline", "credit"}
    assert d["headline_checks"] == [] and all(not s["flags"] for s in d["sentences"])
    english = tmp_path / "harbour.txt"
    english.write_text(_article(ENGLISH), encoding="utf-8")
    r = CliRunner().invoke(cli, ["analyze", str(english)])
    assert r.exit_code == 0 and r.stderr == "" and NOT_ENGLISH not in r.stdout


def test_the_report_and_the_checklist_say_so() -> None:
    a = analyze_text(_article(INDONESIAN))
    assert NOT_ENGLISH[:60] in to_text(a).replace("\n", " ")
    assert f"**Not analysed:** {NOT_ENGLISH[:60]}" in to_markdown(a)
    english = analyze_text(_article(ENGLISH))
    assert "Not analysed" not in to_markdown(english)


@sync
async def test_the_review_app_says_so_in_the_headline_bar(tmp_path: Path) -> None:
    db = tmp_path / "reviews.db"
    with Store(db) as store:
        aid = store.import_analysis(analyze_text(_article(GERMAN)), origin="hafen.txt").article_id
    app = app_for((db, aid), tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        shown = screen_text(app)
        assert "not analysed: the body does not read as English" in shown
        assert "the body supports the headline" not in shown
