"""Extraction throughput against spaCy's bare tokenizer on the same text, in one run.

Prints tokens/s of the full rule extractor (knowledge base, discovery,
relation frames, qualifiers, validated models) and of a blank tokenizer, and
their ratio; then the same for the file pipeline of `aikg extract --jobs N`
(reading files, extracting in N worker processes) against the tokenizer rate of
the same run; then the peak memory of the process with the full knowledge base.

    python benchmarks/extract_speed.py [--articles DIR] [--repeat N] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.base import create  # noqa: E402
from extractors.pipeline import process_paths, resolve_jobs  # noqa: E402
from extractors.readers import iter_input_files, read_path  # noqa: E402


def load_articles(folder: Path):
    articles = []
    for path in iter_input_files([folder]):
        articles.extend(read_path(path))
    return articles


def time_interleaved(articles, repeat: int) -> tuple[int, float, float, int]:
    """Tokenizer and extractor timed article by article, alternating, so that both see the
    same machine load: the ratio stays meaningful on a busy machine."""
    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in ("de", "en")}
    extractor = create("rules")
    for lang in ("de", "en"):
        extractor.resources(lang)  # build pipelines outside the timed loop
    tokens = relations = 0
    tok_seconds = ext_seconds = 0.0
    clock = time.perf_counter
    for _ in range(repeat):
        for article in articles:
            t0 = clock()
            tokens += len(tokenizers[article.lang](article.text))
            t1 = clock()
            relations += len(extractor.extract(article).relations)
            t2 = clock()
            tok_seconds += t1 - t0
            ext_seconds += t2 - t1
    return tokens, tok_seconds, ext_seconds, relations


def time_pipeline(folder: Path, repeat: int, jobs: int) -> tuple[float, int]:
    """Wall-clock seconds of the file pipeline over ``repeat`` copies of the folder's files,
    as `aikg extract --jobs` runs it; and the number of files."""
    extractor = create("rules")
    for lang in ("de", "en"):
        extractor.resources(lang)
    with tempfile.TemporaryDirectory() as tmp:
        files = list(iter_input_files([folder]))
        for k in range(repeat):
            for path in files:
                shutil.copy(path, Path(tmp) / f"{k}_{path.name}")
        t0 = time.perf_counter()
        done = sum(1 for _ in process_paths([Path(tmp)], extractor, jobs=jobs))
        return time.perf_counter() - t0, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ROOT / "examples" / "corpus")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=0, help="worker processes for the pipeline run (0 = one per CPU)")
    args = parser.parse_args()
    articles = load_articles(args.articles)
    if not articles:
        raise SystemExit(f"{args.articles}: no articles")
    tokens, tok_seconds, ext_seconds, relations = time_interleaved(articles, args.repeat)
    tok_rate, ext_rate = tokens / tok_seconds, tokens / ext_seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles x repeat      {len(articles)} x {args.repeat}  ({tokens:,} tokens)")
    print(f"blank tokenizer        {tok_rate:12,.0f} tokens/s")
    print(f"aikg extract (rules)   {ext_rate:12,.0f} tokens/s  ({relations / args.repeat:.0f} relations per pass)")
    print(f"ratio extract/tokenizer {ext_rate / tok_rate:11.2f}  (target >= 0.25; one process)")
    workers = resolve_jobs(args.jobs, 2)
    seconds, files = time_pipeline(args.articles, args.repeat, args.jobs)
    pipe_rate = tokens / seconds
    print(f"aikg extract --jobs {args.jobs} ({workers} processes on {os.cpu_count()} CPUs, files read, {files} files)")
    print(f"                       {pipe_rate:12,.0f} tokens/s  ratio to the tokenizer {pipe_rate / tok_rate:.2f}")
    print(f"peak memory            {peak_mb:12,.0f} MB    (target <= 1024; one process)")


if __name__ == "__main__":
    main()
