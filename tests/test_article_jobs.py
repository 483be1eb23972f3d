"""One long article over several processes (`analyze FILE --jobs N`): the same analysis as one."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import article_jobs, headline, pipeline
from factcheck.cli import cli
from factcheck.model import Document

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

pytestmark = pytest.mark.skipif(not article_jobs.forking_available(), reason="workers are forked (Linux)")


def _long_text() -> str:
    """Every sample article once, one after another: many paragraphs, quotations that run over
    several sentences, pronouns whose speaker is in an earlier paragraph."""
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(SAMPLES.glob("*.txt"))) + "\n"


@pytest.fixture
def small_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spread even this short text, in runs of a few sentences, so that many run boundaries fall
    inside the article (a pronoun or a quotation carried across them must come out the same)."""
    monkeypatch.setattr(article_jobs, "MIN_SENTENCES", 10)
    monkeypatch.setattr(article_jobs, "RUN_SENTENCES", 7)


def _sentences() -> list:
    doc = Document(text=_long_text())
    from factcheck import page

    return pipeline.split_sentences(doc, page.parse(doc))


def test_runs_cover_every_sentence_once_and_end_on_paragraph_ends() -> None:
    sentences = _sentences()
    spans = article_jobs.runs(sentences, size=7)
    assert spans[0][0] == 0 and spans[-1][1] == len(sentences)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert len(spans) > 10
    for lo, hi in spans[:-1]:
        assert hi - lo >= 7
        assert sentences[hi - 1].paragraph != sentences[hi].paragraph


@pytest.fixture
def spread_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per analysis that was spread over workers."""
    calls: list[int] = []
    real = article_jobs.spread_plans

    def counted(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(article_jobs, "spread_plans", counted)
    return calls


def test_spread_analysis_is_the_one_process_analysis(small_runs: None, spread_calls: list[int]) -> None:
    doc = Document(text=_long_text())
    one = pipeline.analyze(doc, jobs=1).to_dict()
    assert spread_calls == []
    two = pipeline.analyze(doc, jobs=2).to_dict()
    assert spread_calls == [1]
    assert json.dumps(two, sort_keys=True) == json.dumps(one, sort_keys=True)
    # the text has attributions, unattributed claims and check-worthy sentences to compare
    sents = one["sentences"]
    assert sum(1 for s in sents if s["attributions"]) > 20
    assert sum(1 for s in sents if s.get("checkworthy")) > 20


def test_runs_are_handed_out_while_the_rest_of_the_page_is_split(monkeypatch: pytest.MonkeyPatch) -> None:
    # past the header zone the page is laid out and split as the workers plan the runs before
    monkeypatch.setattr(article_jobs, "MIN_SENTENCES", 200)
    monkeypatch.setattr(article_jobs, "RUN_SENTENCES", 20)
    doc = Document(text=_long_text() * 4)
    one = pipeline.analyze(doc, jobs=1).to_dict()
    split_when_sent = []
    real = article_jobs._task

    def task(sentences: list, span: tuple[int, int]) -> object:
        split_when_sent.append(len(sentences))
        return real(sentences, span)

    monkeypatch.setattr(article_jobs, "_task", task)
    two = pipeline.analyze(doc, jobs=2).to_dict()
    assert json.dumps(two, sort_keys=True) == json.dumps(one, sort_keys=True)
    total = len(one["sentences"])
    assert split_when_sent[0] < total / 2  # the first run went out with most of the text unsplit
    assert split_when_sent[-1] == total and split_when_sent == sorted(split_when_sent)


def test_the_stream_of_sentences_is_the_split_of_the_whole_page() -> None:
    from factcheck import page

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    # a title over one paragraph and nothing after it: the title is body (page.py), which the
    # stream may say only at the end
    texts += ["Harbour Board Backs The Plan", "Harbour Board Backs The Plan\nThe board voted 5-2 on Monday to back it."]
    for text in texts:
        for doc in (Document(text=text), Document(text=text, body_only=True)):
            whole = pipeline.split_sentences(doc, page.parse(doc))
            layout, blocks = page.stream(doc)
            streamed = []
            for s in pipeline.sentence_stream(doc, blocks):
                if s.role in ("headline", "standfirst"):
                    # what the early hand-over relies on (pipeline._analyze_now)
                    assert layout.lines_done < page.HEADER_LINES
                streamed.append(s)
            assert streamed == whole


def test_a_short_article_stays_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("a short article was spread over processes")

    monkeypatch.setattr(article_jobs, "spread_plans", refuse)
    text = (SAMPLES / "wire-chile-mine.txt").read_text(encoding="utf-8")
    assert pipeline.analyze(Document(text=text), jobs=4).sentences


def test_a_worker_that_dies_leaves_its_runs_to_this_process(small_runs: None, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(text=_long_text())
    one = pipeline.analyze(doc, jobs=1).to_dict()
    parent = os.getpid()
    real = article_jobs.plan
    sentences = _sentences()
    third = sentences[article_jobs.runs(sentences)[2][0]].start

    made_here = []

    def dies_on_the_third_run(text: str, sentences: list) -> object:
        if os.getpid() == parent:
            made_here.append(sentences[0])
        elif sentences[0].start == third:
            os._exit(1)  # as the kernel's out-of-memory killer would end it
        return real(text, sentences)

    # the forked workers read the module as it is at the fork, this stand-in included
    monkeypatch.setattr(article_jobs, "plan", dies_on_the_third_run)
    assert pipeline.analyze(doc, jobs=2).to_dict() == one
    assert made_here  # the third run at least was made in this process after the worker died


def test_cli_jobs_on_one_article_prints_the_same_json(small_runs: None, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(_long_text(), encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(cli, ["analyze", str(path), "--format", "json", "--jobs", "1"])
    two = runner.invoke(cli, ["analyze", str(path), "--format", "json", "--jobs", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, (one.output, two.output)
    assert json.loads(one.output)["sentences"]
    assert two.output == one.output


@pytest.mark.parametrize("command", ["import", "review"])
def test_import_and_review_spread_a_long_article_and_store_the_same_analysis(
        command: str, small_runs: None, spread_calls: list[int], tmp_path: Path) -> None:
    from factcheck.store import Store

    path = tmp_path / "long.txt"
    path.write_text(_long_text(), encoding="utf-8")
    stored = []
    for jobs in ("1", "2"):
        db = tmp_path / f"review-{jobs}.db"
        result = CliRunner().invoke(cli, [command, str(path), "--db", str(db), "--jobs", jobs])
        # review stores the article, then says it needs a terminal (the runner's is not one)
        assert result.exit_code == (0 if command == "import" else 2), result.output
        with Store(db) as store:
            (row,) = store.articles()
            stored.append(store.analysis(row["id"]).to_dict())
    assert spread_calls == [1]  # only the --jobs 2 run was spread
    assert stored[1] == stored[0]
    assert sum(1 for s in stored[0]["sentences"] if s["attributions"]) > 20


def test_the_headline_checks_read_the_body_in_the_workers_and_say_the_same(
        small_runs: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # a headline with a figure, a quoted word and names, over every sample: the figures, names,
    # words and stance cues of the body are read in the workers' runs and joined here
    headline_line = "Army grounds 14 Warden armoured vehicles after 'deadly' Salisbury Plain crash by Zorblax"
    text = headline_line + "\n" + _long_text().split("\n", 1)[1]
    doc = Document(text=text)
    one = pipeline.analyze(doc, jobs=1).to_dict()
    read_in_runs = []
    real = headline.BodyReading.join

    def counted(self: headline.BodyReading, later: headline.BodyReading) -> None:
        read_in_runs.append(later)
        real(self, later)

    monkeypatch.setattr(headline.BodyReading, "join", counted)
    two = pipeline.analyze(doc, jobs=2).to_dict()
    assert len(read_in_runs) > 10 and read_in_runs[0].values is not None  # the figures were read too
    assert json.dumps(two, sort_keys=True) == json.dumps(one, sort_keys=True)
    codes = {c["code"] for c in one["headline_checks"]}
    assert {"number_mismatch", "quote_not_in_body", "entity_missing"} <= codes, codes


def test_a_body_read_in_runs_and_joined_is_the_body_read_at_once() -> None:
    body = pipeline.analyze(Document(text=_long_text())).body
    whole = headline.BodyContext(body)
    cuts = [0, 1, 2, 9, 40, 41, 100, len(body)]
    reading = None
    for lo, hi in zip(cuts, cuts[1:]):
        # sent back from a worker as a pickle
        part = pickle.loads(pickle.dumps(headline.BodyReading((s.text for s in body[lo:hi]), values=True)))
        if reading is None:
            reading = part
        else:
            reading.join(part)
    joined = headline.BodyContext(body, reading)
    assert joined.texts == whole.texts
    assert joined.profile.sentence_terms == whole.profile.sentence_terms
    assert list(joined.profile.counts.items()) == list(whole.profile.counts.items())  # the norm's order
    assert joined.profile.norm2 == whole.profile.norm2
    assert vars(joined.names) == vars(whole.names)
    assert joined.cues == whole.cues
    assert joined.values == whole.values and any(joined.values)
