"""Bytes to text for files that arrive in whatever encoding their editor chose.

German news archives still hold cp1252 and latin-1 files next to UTF-8
and UTF-16 exports; a wrong guess mangles exactly the letters (ä, ß, „)
that names and sentences depend on, so the order of attempts matters.
"""

from __future__ import annotations

import unicodedata

import charset_normalizer
from charset_normalizer.utils import is_multi_byte_encoding

from extractors.language import stopword_scores
from extractors.readers.errors import FormatError

BINARY_SAMPLE_BYTES = 8192

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 controls that never occur in text files; tab, newlines, form feed and ESC are allowed.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.1
# A decoding is plausible when this share of its words are German or English function words.
_MIN_STOPWORD_SHARE = 0.1


def has_bom(raw: bytes) -> bool:
    return any(raw.startswith(bom) for bom, _ in _BOMS)


def looks_binary(raw: bytes) -> bool:
    """Cheap test on the first 8 KB: NUL bytes or many control bytes mean not text.

    UTF-16 and UTF-32 text is full of NULs, so a byte order mark exempts it.
    """
    sample = raw[:BINARY_SAMPLE_BYTES]
    if not sample or has_bom(sample):
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * _MAX_CONTROL_SHARE


def normalise_text(text: str) -> str:
    """One newline convention and NFC, so offsets and hashes do not depend on the editor."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode_text(raw: bytes) -> str:
    """Byte order mark, then strict UTF-8, then a guess; the result is normalised."""
    return normalise_text(_decode(raw))


def _decode(raw: bytes) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _decode_marked(raw[len(bom) :], codec)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(raw)


def _decode_marked(body: bytes, codec: str) -> str:
    try:
        return body.decode(codec)
    except UnicodeDecodeError as err:
        raise FormatError(
            f"starts with a {codec.upper()} byte order mark but is not valid {codec.upper()} "
            f"(byte {err.start + 1})"
        ) from None


def _decode_legacy(raw: bytes) -> str:
    """Prefer cp1252 when it yields German or English text.

    Statistical guessers often pick cp1250 or another single-byte code page
    for short German text, which turns „“ and some letters into look-alikes.
    cp1252 is also a superset of the printable latin-1 range, so latin-1
    files read the same through it.
    """
    western = _try_decode(raw, "cp1252")
    match = charset_normalizer.from_bytes(raw).best()
    if western is not None and (match is None or _prefer_western(match.encoding, western)):
        return western
    if match is None:
        raise FormatError("cannot determine the text encoding (not UTF-8, UTF-16 or cp1252)")
    return str(match)


def _prefer_western(guessed: str, western: str) -> bool:
    if is_multi_byte_encoding(guessed):
        return False
    scores = stopword_scores(western)
    hits = scores.german + scores.english
    return hits > 0 and hits >= scores.words * _MIN_STOPWORD_SHARE


def _try_decode(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None
