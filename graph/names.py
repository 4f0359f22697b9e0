"""Name keys for matching user input to entities ("openai", "OpenAIs", "AWS").

Both backends store these keys so a lookup is one indexed equality test.
"""

from __future__ import annotations

import re
import unicodedata

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def name_key(name: str) -> str:
    """Case- and width-insensitive key of a surface form."""
    text = unicodedata.normalize("NFKC", name).replace("’", "'")
    return " ".join(text.casefold().split())


def lookup_keys(name: str) -> list[str]:
    """Keys to try for user input: as typed, then without a possessive or genitive -s."""
    key = name_key(name)
    keys = [key]
    stripped = _POSSESSIVE.sub("", key)
    if stripped != key:
        keys.append(stripped)
    elif key.endswith("s") and len(key) > 3:
        keys.append(key[:-1])
    return keys
