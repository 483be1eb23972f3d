"""`factcheck analyze`: one article, or a batch of JSON lines."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factcheck.batch import jobs_for, run_batch_json, run_batch_utf8
from factcheck.cli.app import cli
from factcheck.cli.inputs import announce_stdin, as_option, jobs_option
from factcheck.errors import InputError
from factcheck.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, load
from factcheck.language import NOT_ENGLISH
from factcheck.pipeline import analyze as run_analysis
from factcheck.text_safety import for_terminal, stdout_is_terminal, write_safe_json


def _batch(jsonl: str, output: str | None, jobs: int = 1) -> None:
    if jsonl == "-":
        src = sys.stdin
    else:
        p = Path(jsonl)
        if not p.is_file():
            raise InputError(f"{jsonl}: no such file")
        src = p.open(encoding="utf-8", errors="replace")
    total = None
    show = sys.stderr.isatty()
    if show and src is not sys.stdin:  # the bar's total: the file read once more, only for the bar
        with open(jsonl, "rb") as f:
            total = sum(1 for line in f if line.strip())
    # a file gets the workers' UTF-8 lines as they come (run_batch_utf8); stdout, str in its encoding
    out = open(output, "wb") if output else sys.stdout
    tty = out is sys.stdout and stdout_is_terminal()
    failed = 0
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if show and (done % 10 == 0 or done == total):
            width = 30
            frac = done / total if total else 0
            bar = "#" * int(width * frac) + "-" * (width - int(width * frac))
            sys.stderr.write(f"\r[{bar}] {done}/{total or '?'}")
            sys.stderr.flush()

    try:
        if out is sys.stdout:
            for line, ok in run_batch_json(src, jobs=jobs, on_result=tick):
                failed += not ok
                out.write((for_terminal(line) if tty else line) + "\n")
                out.flush()
        else:
            for data, ok in run_batch_utf8(src, jobs=jobs, on_result=tick):
                failed += not ok
                out.write(data + b"\n")
    finally:
        if show:
            sys.stderr.write("\n")
        if out is not sys.stdout:
            out.close()
        if src is not sys.stdin:
            src.close()
    if failed:
        click.echo(f"factcheck: {failed} line(s) could not be analysed", err=True)
        sys.exit(1)


@cli.command()
@click.argument("article", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text",
              show_default=True, help="Report format.")
@click.option("--jsonl", type=str, default=None, metavar="IN.jsonl",
              help="Batch mode: analyse each JSON line of IN.jsonl (- for stdin).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Batch mode: write JSON lines here instead of stdout.")
@jobs_option("a batch's lines, or a long ARTICLE's sentences, output in input order")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="SECONDS", help="For a URL: give up after this many seconds.")
@as_option
def analyze(article: str | None, fmt: str, jsonl: str | None, output: str | None, jobs: int, max_bytes: int,
            timeout: float, as_: str | None) -> None:
    """Analyse ARTICLE (a path, - for stdin, or an http(s) URL; HTML or text is judged by content and
    extension, or forced with --as), or a batch with --jsonl."""
    if jsonl:
        if article:
            raise click.UsageError("give either ARTICLE or --jsonl, not both")
        if as_:
            raise click.UsageError("--as is for one ARTICLE; batch lines are text (or headline and body)")
        _batch(jsonl, output, jobs)
        return
    if article is None:
        raise click.UsageError("give an ARTICLE path or - for stdin")
    announce_stdin(article)
    doc = load(article, max_bytes=max_bytes, timeout=timeout, as_=as_)
    analysis = run_analysis(doc, jobs=jobs_for(jobs))
    if not analysis.reads_as_english():
        click.echo(f"factcheck: {NOT_ENGLISH}", err=True)
    if fmt == "json":
        write_safe_json(analysis.to_dict(), sys.stdout, indent=2, terminal=stdout_is_terminal())
        sys.stdout.write("\n")
    elif fmt == "md":
        from factcheck.export import to_markdown

        click.echo(to_markdown(analysis, meta={"origin": doc.origin}), nl=False)
    else:
        from factcheck.report import to_text

        click.echo(to_text(analysis), nl=False)
