"""Extraction throughput against spaCy's bare tokenizer on the same text, in one run.

Prints tokens/s of the full rule extractor (knowledge base, discovery,
relation frames, qualifiers, validated models) and of a blank tokenizer, and
their ratio; then the peak memory of the process with the full knowledge base.

    python benchmarks/extract_speed.py [--articles DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.base import create  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ROOT / "examples" / "corpus")
    parser.add_argument("--repeat", type=int, default=20)
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
    print(f"ratio extract/tokenizer {ext_rate / tok_rate:11.2f}  (target >= 0.25)")
    print(f"peak memory            {peak_mb:12,.0f} MB    (target <= 1024)")


if __name__ == "__main__":
    main()
