"""HTML fragments (feed entry bodies) to plain paragraphs.

Fragments are too short for article-extraction heuristics, which would
throw most of them away as boilerplate, so they are flattened directly.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

_BLOCK_TAGS = frozenset(
    "p div section article header footer aside blockquote pre figure figcaption "
    "h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table tr hr address".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})
# Private-use characters that no feed text contains mark breaks during the walk.
_PARAGRAPH = "\ue000"
_LINE = "\ue001"


def fragment_text(markup: str) -> str:
    if "<" not in markup:
        return _paragraphs(markup.replace("\n\n", _PARAGRAPH))
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup.strip()
    return _paragraphs("".join(_walk(root)))


def _walk(element):
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag not in _SKIPPED_TAGS and tag:
        block = tag in _BLOCK_TAGS
        yield _PARAGRAPH if block else ""
        yield _LINE if tag == "br" else ""
        yield element.text or ""
        for child in element:
            yield from _walk(child)
        yield _PARAGRAPH if block else ""
    yield element.tail or ""


def _paragraphs(flat: str) -> str:
    """Collapse layout whitespace inside paragraphs, keep explicit line breaks."""
    paragraphs = []
    for chunk in flat.split(_PARAGRAPH):
        lines = (" ".join(line.split()) for line in chunk.split(_LINE))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)
