#!/usr/bin/env python3
"""Measures how much of each series' prose is the template's rather than the edition's.

For every edition page under <site>/reports/<series>/<period>/index.html, takes the analysis prose (the lede and the
sections from the article body up to the FAQ; tables, captions and figure lists excluded), splits it into sentences and
reduces each sentence to its pattern: numbers, dates and percentages become '#', names of securities stay. Prints per
series: editions, the share of sentences whose pattern appears in every edition of the series, the share whose pattern
also appears in the previous edition, and the words of analysis per edition (min-max).

usage: tools/measure_prose.py <site folder>
"""
import html
import re
import sys
from pathlib import Path


def prose(page: str) -> str:
    body = page.split('<article class="edition"', 1)[1]
    body = body.split('<h2 id="faq"', 1)[0]
    body = re.sub(r'<(table|figure|script|style)\b.*?</\1>', ' ', body, flags=re.S)
    paragraphs = re.findall(r'<p\b[^>]*>(.*?)</p>', body, flags=re.S)
    text = ' '.join(re.sub(r'<[^>]+>', '', p) for p in paragraphs)
    return html.unescape(re.sub(r'\s+', ' ', text)).strip()


def sentences(text: str) -> list[str]:
    parts = re.split(r'(?<=[.!?])\s+(?=[A-Z])', text)
    return [s for s in parts if len(s.split()) >= 3]


def pattern(sentence: str) -> str:
    s = re.sub(r'\(Source:[^)]*\)', '', sentence)
    s = re.sub(r'[A-Z][a-z]{2} \d{1,2}, \d{4}', '#', s)
    s = re.sub(r'[+\-−]?\$?\d[\d.,]*\s*(%|pp|bp|x|bn|tn|T|B|M)?', '#', s)
    s = re.sub(r'\b(Q[1-4] )?\d{4}\b', '#', s)
    return re.sub(r'\s+', ' ', s).strip()


def main() -> None:
    site = Path(sys.argv[1])
    for series in sorted(p for p in (site / 'reports').iterdir() if p.is_dir()):
        editions = sorted(p for p in series.iterdir() if (p / 'index.html').exists() and re.match(r'\d{4}-', p.name))
        if not editions:
            continue
        texts = [prose((e / 'index.html').read_text(encoding='utf-8')) for e in editions]
        patterns = [[pattern(s) for s in sentences(t)] for t in texts]
        common = set.intersection(*(set(p) for p in patterns))
        total = sum(len(p) for p in patterns)
        in_all = sum(1 for p in patterns for s in p if s in common)
        repeat = sum(1 for i in range(1, len(patterns)) for s in patterns[i] if s in set(patterns[i - 1]))
        later = sum(len(p) for p in patterns[1:])
        words = [len(t.split()) for t in texts]
        print(f'{series.name}: {len(editions)} editions, {total} sentences; in every edition {in_all / total:.0%}; '
              f'repeating the previous edition {repeat / max(later, 1):.0%}; words of analysis {min(words)}-{max(words)}')


if __name__ == '__main__':
    main()
