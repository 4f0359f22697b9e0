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


def time_tokenizer(articles, repeat: int) -> tuple[int, float]:
    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in ("de", "en")}
    tokens, start = 0, time.perf_counter()
    for _ in range(repeat):
        for article in articles:
            tokens += len(tokenizers[article.lang](article.text))
    return tokens, time.perf_counter() - start


def time_extractor(articles, repeat: int) -> tuple[int, float, int]:
    extractor = create("rules")
    for lang in ("de", "en"):
        extractor.resources(lang)  # build pipelines outside the timed loop
    relations, start = 0, time.perf_counter()
    for _ in range(repeat):
        for article in articles:
            relations += len(extractor.extract(article).relations)
    return relations, time.perf_counter() - start, 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ROOT / "examples" / "corpus")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    articles = load_articles(args.articles)
    if not articles:
        raise SystemExit(f"{args.articles}: no articles")
    tokens, tok_seconds = time_tokenizer(articles, args.repeat)
    relations, ext_seconds, _ = time_extractor(articles, args.repeat)
    tok_rate, ext_rate = tokens / tok_seconds, tokens / ext_seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles x repeat      {len(articles)} x {args.repeat}  ({tokens:,} tokens)")
    print(f"blank tokenizer        {tok_rate:12,.0f} tokens/s")
    print(f"aikg extract (rules)   {ext_rate:12,.0f} tokens/s  ({relations / args.repeat:.0f} relations per pass)")
    print(f"ratio extract/tokenizer {ext_rate / tok_rate:11.2f}  (target >= 0.25)")
    print(f"peak memory            {peak_mb:12,.0f} MB    (target <= 1024)")


if __name__ == "__main__":
    main()
