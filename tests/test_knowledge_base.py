"""The shipped knowledge base keeps the invariants its README promises.

Every check reads `extractors/data/entities.jsonl` as it ships and names the
entries that break a rule, so a bad edit is found by id, not by a wrong graph.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict

import pytest

from extractors.rules.knowledge import DATA_DIR, KB_FILE, KBEntry, read_jsonl

README = DATA_DIR / "README.md"
TYPES = ("Company", "Person", "Product", "Regulator")
KEY_ORDER = ("id", "name", "type", "aliases", "tickers", "parent", "roles", "country", "city", "ambiguous")
OPTIONAL_KEYS = {"city"}


def surface_key(form: str) -> str:
    """A surface form ignoring case and punctuation, as the README's invariant reads it:
    "N.D. Cal." and "ND Cal", "Merck & Co." and "merck co" are one form."""
    text = unicodedata.normalize("NFKC", form).casefold()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return " ".join(text.split())


def sort_key(row: dict) -> tuple[str, str]:
    return row["type"], row["name"].casefold()


def readme_roles() -> set[str]:
    """The roles the README lists in its `roles` row."""
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("| `roles` |"):
            listed = line.split("zero or more of:", 1)[1]
            return set(" ".join(re.findall(r"`([^`]*)`", listed)).split())
    raise AssertionError(f"{README} has no `roles` row")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with KB_FILE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def label(row: dict) -> str:
    return f"{row['id']} ({row['name']})"


def test_file_loads_through_the_loader():
    assert len(read_jsonl(KB_FILE, KBEntry)) > 1000


def test_every_line_has_every_key_in_order(rows):
    bad = []
    for row in rows:
        expected = [k for k in KEY_ORDER if k not in OPTIONAL_KEYS or k in row]
        if list(row) != expected:
            bad.append(f"{label(row)}: {list(row)}")
    assert not bad, "keys missing, unknown or out of order:\n" + "\n".join(bad)


def test_types_are_known(rows):
    bad = [f"{label(r)}: {r['type']!r}" for r in rows if r["type"] not in TYPES]
    assert not bad, "unknown types:\n" + "\n".join(bad)


def test_ids_are_unique(rows):
    seen: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        seen[row["id"]].append(row["name"])
    dupes = {i: names for i, names in seen.items() if len(names) > 1}
    assert not dupes, "ids used more than once: " + "; ".join(f"{i}: {n}" for i, n in sorted(dupes.items()))


def test_ids_are_qids_or_ascii_slugs(rows):
    bad = [label(r) for r in rows if not re.fullmatch(r"Q[1-9][0-9]*|[a-z0-9]+(?:-[a-z0-9]+)*", r["id"])]
    assert not bad, "ids that are neither a QID nor a lower-case ASCII slug: " + ", ".join(bad)


def test_names_are_unique_ignoring_case(rows):
    seen: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        seen[row["name"].casefold()].append(row["id"])
    dupes = {n: ids for n, ids in seen.items() if len(ids) > 1}
    assert not dupes, "names used more than once: " + "; ".join(f"{n!r}: {ids}" for n, ids in sorted(dupes.items()))


def test_every_parent_exists(rows):
    ids = {r["id"] for r in rows}
    bad = [f"{label(r)} -> {r['parent']}" for r in rows if r["parent"] is not None and r["parent"] not in ids]
    assert not bad, "parents that are not in the file:\n" + "\n".join(bad)


def test_people_have_no_parent(rows):
    bad = [label(r) for r in rows if r["type"] == "Person" and r["parent"] is not None]
    assert not bad, "people with a parent: " + ", ".join(bad)


def test_no_entry_is_its_own_parent(rows):
    bad = [label(r) for r in rows if r["parent"] == r["id"]]
    assert not bad, "entries that are their own parent: " + ", ".join(bad)


def test_no_surface_form_names_two_entities(rows):
    owners: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        for form in (row["name"], *row["aliases"]):
            owners[surface_key(form)].setdefault(row["id"], form)
    shared = {key: forms for key, forms in owners.items() if len(forms) > 1}
    assert not shared, "surface forms shared by two entities:\n" + "\n".join(
        f"{key!r}: " + ", ".join(f"{i} ({form!r})" for i, form in sorted(forms.items()))
        for key, forms in sorted(shared.items())
    )


def test_surface_key_ignores_case_and_punctuation():
    assert surface_key("N.D. Cal.") == surface_key("nd cal")
    assert surface_key("Merck & Co.") == surface_key("MERCK CO")
    assert surface_key("Telefónica") != surface_key("Telefonica")  # letters are kept as they are


def test_aliases_are_not_possessives(rows):
    bad = [f"{label(r)}: {a!r}" for r in rows for a in r["aliases"] if re.search(r"['’]s$", a)]
    assert not bad, "possessive aliases (the code adds them by rule):\n" + "\n".join(bad)


def test_aliases_do_not_repeat_the_name(rows):
    bad = [label(r) for r in rows if r["name"] in r["aliases"] or len(set(r["aliases"])) != len(r["aliases"])]
    assert not bad, "aliases that repeat the name or each other: " + ", ".join(bad)


def test_roles_come_from_the_readme(rows):
    allowed = readme_roles()
    assert {"ai_lab", "court", "politician"} <= allowed, f"could not read the roles from {README}: {sorted(allowed)}"
    bad = [f"{label(r)}: {sorted(set(r['roles']) - allowed)}" for r in rows if not set(r["roles"]) <= allowed]
    assert not bad, "roles the README does not list:\n" + "\n".join(bad)


def test_countries_are_codes(rows):
    bad = [f"{label(r)}: {r['country']!r}" for r in rows
           if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"])]
    assert not bad, "countries that are not two-letter codes:\n" + "\n".join(bad)


def test_sorted_by_type_then_name(rows):
    bad = [f"{label(a)} before {label(b)}" for a, b in zip(rows, rows[1:]) if sort_key(a) > sort_key(b)]
    assert not bad, "lines out of order (type, then name ignoring case):\n" + "\n".join(bad)
