"""Shallow structure of one sentence, without a parser.

What relation frames need is: which mentions are bare (a clause subject or
direct object) and which sit inside a prepositional phrase, which mentions
are coordinated ("Google, Amazon und Meta"), and where clauses begin. German
and English news syntax is regular enough that a left walk over determiners,
adjectives and nouns finds the governing preposition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import IDX, LENGTH, SPACY

from extractors.rules.grammar import Grammar
from extractors.rules.gazetteer import unit_noun_after
from extractors.rules.lexicon import Cues
from extractors.rules.ontology import EntityType

_PUNCT_BREAK = {";", ":", "(", ")", "–", "—", "\"", "„", "“", "”"}
_CLAUSE_MARKS = (_PUNCT_BREAK - {"(", ")"}) | {","}  # what a new clause may follow
_GROUP_GLUE = {",", "&", "/"}
MAX_WALK = 9  # tokens between a preposition and its name ("von den früheren Meta-Forschern X")


class Tokens:
    """Token texts of a document read once: plain lists are far cheaper than spaCy tokens."""

    def __init__(self, doc, text: str | None = None) -> None:
        # ``text`` is the string the doc was made from; doc.text would rebuild it token by token
        text = doc.text if text is None else text
        columns = doc.to_array([IDX, LENGTH, SPACY]).T.tolist() if len(doc) else [[], [], []]
        self.idx = columns[0]
        self.texts = [text[i : i + n] for i, n in zip(columns[0], columns[1])]
        self.lower = list(map(str.lower, self.texts))
        # every lower-cased word of the document: word lists learn it once (see WordList._learn_within)
        self.vocab = frozenset(self.lower)
        self.spaced = list(map(bool, columns[2]))
        self.spaces = [" " if space else "" for space in self.spaced]


@dataclass(slots=True)
class M:
    """A mention inside a sentence (token offsets are document offsets)."""

    start: int
    end: int
    entity_id: str
    name: str
    type: EntityType
    confidence: float
    origin: str
    genitive: bool = False
    compound: bool = False  # modifier of a hyphen compound: "Microsoft-Aktie"
    prep: str | None = None  # governing preposition
    outer_prep: str | None = None  # a preposition further out: "für die Initiativen von X"
    prep_at: int = -1  # document index of the governing preposition
    clause: int = 0
    group: int = -1
    roles: tuple[str, ...] = ()  # knowledge-base roles ("chip_designer", "cloud_provider")
    made: "M | None" = None  # the product a maker description names ('the ChatGPT maker')
    maker: "M | None" = None  # a known product's maker, standing where the product sells itself
    base: str | None = None  # the known product a version of it extends ("Llama 4" of Llama)
    owner: "M | None" = None  # the owner a child description names ('die SAP-Tochter')

    @property
    def bare(self) -> bool:
        return self.prep is None and not self.genitive and not self.compound


@dataclass(slots=True)
class Sent:
    start: int  # token range in the doc
    end: int
    words: list[str]
    lower: list[str]
    mentions: list[M]
    clause_of: list[int] = field(default_factory=list)  # per token (relative)
    spaced: list[bool] = field(default_factory=list)  # token followed by whitespace
    cache: dict = field(default_factory=dict)  # per-sentence lookups (cue classes present)
    groups: list[list[M]] = field(default_factory=list)
    vocab: frozenset[str] | None = None  # the document's lower-cased words (Tokens.vocab)

    def rel(self, i: int) -> int:
        return i - self.start

    def clause_subject(self, clause: int, exclude: set[str] = frozenset(), types=None) -> list[M]:
        """The first bare mention of the clause (of one of ``types`` when given)."""
        for m in self.mentions:
            if m.clause == clause and m.bare and m.entity_id not in exclude:
                if types is None or m.type in types:
                    return self.group_of(m)
        return []

    def group_of(self, m: M) -> list[M]:
        return self.groups[m.group] if m.group >= 0 else [m]


def prepare(tokens: "Tokens", start: int, end: int, mentions: list[M], cues: Cues, relatives: set[str] = frozenset(),
            fronted_verbs: set[str] = frozenset(), prep_relatives: tuple[set[str], set[str]] = (set(), set()),
            infinitive_particles: frozenset[str] = frozenset()) -> Sent:
    """Words and clauses; enough to find triggers. ``fronted_verbs`` are the finite verbs after
    which a lower-case word opens a German clause (', beteiligt waren auch X')."""
    words = tokens.texts[start:end]
    sent = Sent(start, end, words, tokens.lower[start:end], sorted(mentions, key=lambda m: m.start))
    sent.spaced = tokens.spaced[start:end]
    sent.vocab = tokens.vocab
    sent.clause_of = _clauses(sent, cues, relatives, fronted_verbs, prep_relatives, infinitive_particles)
    return sent


def analyse(sent: Sent, grammar: Grammar, cues: Cues, barriers: frozenset[int] = frozenset()) -> Sent:
    """Governing prepositions and coordination; a walk never crosses a verb trigger (``barriers``)."""
    name_tokens = {i for m in sent.mentions for i in range(m.start, m.end)}
    last = sent.mentions[-1] if sent.mentions else None
    for m in sent.mentions:
        m.clause = sent.clause_of[m.start - sent.start]
        _mark_compound(sent, m, cues, grammar.prepositions)
        if m is last and m.type is EntityType.COMPANY and gap_tail(sent, m, cues):
            continue  # "…, and Google about $3bn": the subject of a gapped clause, governed by nothing
        _find_governor(sent, m, grammar, cues, barriers, name_tokens)
    _group(sent, cues, grammar.relative_openers)
    return sent


_QUOTES = {"\"", "„", "“", "”", "»", "«", "‚", "‘", "’"}
SHORT_QUOTE = 4  # words inside quotation marks that name or label something, not a quotation


def short_quotes(words: list[str]) -> set[int]:
    """Positions of quotation marks around a few words ('„European Sovereign Cloud“')."""
    out: set[int] = set()
    if _QUOTES.isdisjoint(words):
        return out
    k = 0
    while k < len(words):
        if words[k] in _QUOTES:
            for j in range(k + 1, min(len(words), k + SHORT_QUOTE + 2)):
                if words[j] in _QUOTES:
                    if all(w not in (".", ",", ";", ":", "!", "?") for w in words[k + 1 : j]):
                        out.update((k, j))
                        k = j
                    break
        k += 1
    return out


def _clauses(sent: Sent, cues: Cues, relatives: set[str] = frozenset(), fronted_verbs: set[str] = frozenset(),
             prep_relatives: tuple[set[str], set[str]] = (set(), set()),
             infinitive_particles: frozenset[str] = frozenset()) -> list[int]:
    """Clause ids per token. A relative clause (', which ...,' / ', der ...,' / ', an dem ...,')
    is closed by the next comma, and the words after it belong to the clause it interrupted."""
    preps, pronouns = prep_relatives
    clause, out, resume, next_id = 0, [], None, 1
    words = sent.words
    done = 0  # tokens before this have their clause in ``out``
    # a clause can only change after a comma or a breaking punctuation mark
    inside_names = {i - sent.start for m in sent.mentions for i in range(m.start + 1, m.end - 1)}  # "Run:ai"
    starts = {m.start: m for m in sent.mentions}
    quoted = sent.cache["short-quotes"] = short_quotes(words)
    inside_names |= quoted  # scare quotes around a word or two: 'rival “neoclouds”'
    # German: "dass der Konzern nur eine Rolle spiele und Wiz mit X konkurriere": after a
    # lower-case word (the verb closing the first clause) a coordinator and a name open a second
    # English: "Lambda, a Californian GPU cloud that competes with Nebius": a relative pronoun
    # right after the noun of an apposition opens the apposition's relative clause
    # (only where a relative pronoun or a name stands: the other tokens open nothing)
    appositive = set() if fronted_verbs else {k for k in range(3, len(words)) if sent.lower[k] in relatives
                                               and _appositive_relative_at(sent, k, relatives, cues)}
    # "a programme in which Naver, LG and SK Telecom compete": an English preposition and
    # "which" open a relative clause without a comma, and no comma closes it
    restrictive = set() if fronted_verbs else {k for k in range(2, len(words)) if sent.lower[k] in pronouns
                                               and sent.lower[k - 1] in preps and words[k - 2] != ","}
    joins = {k for k in (s - sent.start for s in starts) if fronted_verbs and 2 <= k < len(words)
             and cues.coordinators.has_lower(sent.lower[k - 1]) and words[k - 2].isalpha() and words[k - 2].islower()
             and sent.lower[k - 2] not in _NOT_VERBS and not _compound_after(sent, starts[sent.start + k])}
    marks = {k + 1 for k, w in enumerate(words[:-1]) if w in _CLAUSE_MARKS and k not in inside_names}
    for i in sorted(marks | joins | appositive | restrictive):
        out.extend([clause] * (i - done))
        done = i
        word, prev = words[i], words[i - 1]
        if i in joins:
            clause, next_id, resume = next_id, next_id + 1, None
        elif i in restrictive:
            clause, next_id = next_id, next_id + 1
        elif i in appositive:
            resume, clause, next_id = clause, next_id, next_id + 1
        elif prev in _PUNCT_BREAK:
            # "Amazon–Anthropic" joins names; a spaced dash separates clauses
            if prev not in ("–", "—") or sent.spaced[i - 1]:
                clause, next_id, resume = next_id, next_id + 1, None
        elif resume is not None and word.lower() not in relatives and not (
            # "der in WhatsApp, Instagram und Facebook eingebaut ist": a list comma inside the clause
            sent.start + i in starts and any(m.end == sent.start + i - 1 for m in sent.mentions)
        ) and not (
            # "vereinbart, den Reaktor hochzufahren, Amazon kauft …": what closed on a 'zu'
            # infinitive was no relative clause, and a name with its verb opens the next one
            infinitive_particles and prev == "," and zu_form(sent.lower, i - 2, infinitive_particles)
            and _name_then_verb(sent, i, cues, preps, starts)
        ) and (
            not cues.coordinators.has_lower(word.lower())
            # "Google, das seine Chips mit Broadcom entwickelt, und Amazon …": after the verb that
            # closes a German relative clause, a coordinated name goes back to the main clause
            or (fronted_verbs and i >= 2 and words[i - 2].isalpha() and words[i - 2].islower()
                and sent.start + i + 1 in starts)
            or _last_list_member(sent, i, clause, out, starts, cues)
        ):
            clause, resume = resume, None
        elif cues.clause_breaks.has(word) and not (
            fronted_verbs and word.lower() in relatives and sent.start + i + 1 in starts and not _verb_closes(words, i)
        ):
            if word.lower() in relatives:
                resume = clause
            clause, next_id = next_id, next_id + 1
        elif word.lower() in preps and i + 1 < len(words) and words[i + 1].lower() in pronouns:
            resume, clause, next_id = clause, next_id, next_id + 1  # ", zu der Lidl gehört,", ", in which"
        elif fronted_verbs and word.isalpha() and word.islower() and i + 1 < len(words) and words[i + 1].lower() in fronted_verbs:
            clause, next_id, resume = next_id, next_id + 1, None  # ", beteiligt waren auch EQT und Altimeter"
        elif prev == "," and clause == 0 and resume is None and _after_leading_clause(sent, i, cues):
            clause, next_id = next_id, next_id + 1  # "Wie das Unternehmen mitteilte, stocken …"
        elif prev == "," and _name_then_verb(sent, i, cues, preps, starts):
            clause, next_id, resume = next_id, next_id + 1, None  # "…, Microsoft kooperiert mit …, und Google bietet …"
    out.extend([clause] * (len(words) - done))
    return out


def zu_form(lower: list[str], k: int, particles: frozenset[str] = frozenset()) -> bool:
    """'zu übernehmen' (word k after 'zu') or 'einzusteigen', 'bereitzustellen' ('zu' inside
    a separable verb, after its particle)."""
    if k < 0:
        return False
    word = lower[k]
    if (k > 0 and lower[k - 1] == "zu") or ("zu" in word[2:5] and word.endswith("en")):
        return True
    at = word.find("zu", 2)
    return at > 0 and word[:at] in particles and len(word) - at >= 6 and word.endswith("en")


def _verb_closes(words: list[str], i: int) -> bool:
    """A German relative clause ends on its verb: ', die Qatar Investment Authority sowie Nvidia'
    ends on a name, so 'die' is an article of the next list member."""
    k = i + 1
    while k < len(words) and words[k] not in (",", ";", ".", ":", "!", "?", "–", "—", "(", ")"):
        k += 1
    last = words[k - 1]
    return last.isalpha() and last.islower()


def _appositive_relative_at(sent: Sent, k: int, relatives: set[str], cues: Cues) -> bool:
    """A relative pronoun at k after a lower-case noun that ends an apposition (', a … cloud that')."""
    if sent.lower[k] not in relatives or not (sent.words[k - 1].isalpha() and sent.words[k - 1].islower()):
        return False
    return bool(apposition_owner(sent, k - 1, cues, _APPOSITION_REACH))


_APPOSITION_REACH = 6  # words from an apposition's comma to its last word, before a relative pronoun


def apposition_owner(sent: Sent, last: int, cues: Cues, reach: int) -> list[M]:
    """The mentions the apposition ending at word ``last`` (sentence index) describes: back over
    at most ``reach`` words without a name to a comma with a determiner after it ('Lambda, a
    Californian GPU cloud', 'ESMC, ein Gemeinschaftsunternehmen'); the names ending at that comma."""
    j = last
    while j > 0 and last - j < reach and sent.words[j] != ",":
        j -= 1
    if sent.words[j] != "," or j + 1 > last or not cues.determiners.has_lower(sent.lower[j + 1]):
        return []
    lo = sent.start + j
    if any(lo < m.end and m.start <= sent.start + last for m in sent.mentions):
        return []
    return [m for m in sent.mentions if m.end == lo]


def _compound_after(sent: Sent, m: M) -> bool:
    """'kalifornische und Delaware-Behörden': a name that modifies a compound noun after it
    is coordinated with an adjective, not the subject of a clause."""
    k = m.end - sent.start
    if any(w in ("-", "‑") for w in sent.words[m.start - sent.start : k]):
        return True  # the compound read as one name ("Delaware-Behörden")
    return k < len(sent.words) and sent.words[k] in ("-", "‑") and not sent.spaced[k - 1]


_NOT_VERBS = frozenset({"sowohl", "auch", "nicht", "nur", "sowie", "zwischen", "von", "mit", "für", "an", "in", "bei"})


def _after_leading_clause(sent: Sent, i: int, cues: Cues) -> bool:
    """The sentence opens with a subordinate clause ('Wie X mitteilte, …', 'Nachdem X … hatte,
    …'): its first comma after a verb ends it, and the main clause's subject comes after."""
    if not cues.leading_subordinators.has(sent.lower[0]) or "," in sent.words[:i - 1]:
        return False
    verb = sent.words[i - 2]
    return i >= 3 and verb.isalpha() and verb.islower()


def _name_then_verb(sent: Sent, i: int, cues: Cues, preps: set[str], starts: dict[int, M]) -> bool:
    """After a comma (and a coordinator), a name followed by a lower-case word that is no
    preposition, article or list word opens a clause of its own: the word is its verb."""
    if cues.coordinators.has_lower(sent.lower[i]):
        i += 1
    if i < len(sent.words) and sent.lower[i] in cues.focus_adverbs:
        i += 1  # "…, auch Spotify-Gründer Daniel Ek ist wieder dabei"
    if i < len(sent.words) and cues.determiners.has_lower(sent.lower[i]):
        # "…, und die Münchner Legal-Tech-Firma Paragrafa erhält …": a name introduced by its kind
        k = i + 1
        while k < len(sent.words) and k - i <= 6 and sent.start + k not in starts and (
            sent.words[k].isalpha() or sent.words[k] == "-"
        ):
            k += 1
        if sent.start + k in starts and cues.cls("company_noun").has_lower(sent.lower[k - 1]):
            i = k
    m = starts.get(sent.start + i)
    if m is not None:
        k = m.end - sent.start  # "Spotify-Gründer Daniel Ek ist": the title's holder after the compound
        if k + 2 < len(sent.words) and sent.words[k] in ("-", "‑") and sent.words[k + 1].isalpha() \
                and sent.start + k + 2 in starts:
            m = starts[sent.start + k + 2]
    if m is None:
        return False
    r = m.end - sent.start
    if r >= len(sent.words):
        return False
    word, low = sent.words[r], sent.lower[r]
    return (
        word.isalpha() and word.islower() and low not in preps and not cues.determiners.has_lower(low)
        and not cues.coordinators.has_lower(low) and not cues.list_intro.has_lower(low)
    )


def _mark_compound(sent: Sent, m: M, cues: Cues, prepositions=frozenset()) -> None:
    """'Microsoft-Aktie' is not Microsoft; 'FLUX-Modelle' and 'Blackwell-Chips' are the product."""
    r = m.end - sent.start
    if m.type is EntityType.COMPANY and r < len(sent.words):
        after = r + 1 if sent.words[r] in ("'s", "’s") else r
        noun = lambda w: not (cues.determiners.has(w) or cues.passive_aux.has(w) or cues.coordinators.has(w)  # noqa: E731
                              or cues.clause_breaks.has(w) or w in prepositions)  # "TSMC for foundry business"
        if after < len(sent.words) and sent.words[after].islower() and unit_noun_after(sent.words, after, cues.cls("unit_noun"), noun):
            # "Google Cloud, the Alphabet unit", "Amazon Web Services, Amazon's cloud unit": the
            # owner inside a unit's phrase names no party of the clause
            m.compound = True
            return
    if r + 1 < len(sent.words) and sent.words[r] in ("-", "–") and sent.words[r + 1][:1].isalpha() \
            and not sent.spaced[r - 1]:  # "Spotify – ein Punkt": a spaced dash joins no compound
        head = sent.words[r + 1]
        m.compound = not (
            (m.type is EntityType.PRODUCT and cues.cls("product_noun").has(head))
            or (m.type is EntityType.COMPANY and cues.cls("self_head").has(head))  # "gegen den Meta-Konzern"
        )


def _find_governor(sent: Sent, m: M, grammar: Grammar, cues: Cues, barriers, name_tokens) -> None:
    """Walk left over the noun phrase to the preposition that governs it, if any."""
    start = sent.start
    i = m.start - start - 1
    for seq in grammar.naming_sequences if i >= 0 and sent.lower[i] in grammar.naming_ends else ():
        # "einen Chip mit dem Codenamen X": X stands where the chip does
        if i + 1 >= len(seq) and tuple(sent.lower[i + 1 - len(seq) : i + 1]) == seq:
            i -= len(seq)
            while i >= 0 and sent.words[i] == ",":
                i -= 1
            break
    steps, found = 0, None
    quoted = sent.cache.get("short-quotes")
    if quoted is None:
        quoted = sent.cache["short-quotes"] = short_quotes(sent.words)
    # read at every step of every walk: looked up once
    words, lower, clause_of, clause = sent.words, sent.lower, sent.clause_of, m.clause
    prepositions, verb_final, coordinated = grammar.prepositions, grammar.verb_final, cues.coordinators.has_lower
    crossed = False  # a comma or a coordinator passed: the phrase before belongs to a list
    joined = False  # a coordinator passed: a name before it shares this one's preposition
    while i >= 0 and steps < MAX_WALK:
        word, low = words[i], lower[i]
        crossed = crossed or word == "," or coordinated(low)
        joined = joined or coordinated(low)
        if joined and found is None and start + i in name_tokens and not verb_final:
            first = next((f for f in sent.mentions if f.end == start + i + 1), None)
            if first is not None and first.prep is not None and first.clause == clause:
                # "led by Singapore's fund GIC and the investment firm Coatue": the second
                # conjunct shares the first one's preposition, however long both phrases are
                found, m.prep_at, m.outer_prep = first.prep, first.prep_at, first.outer_prep
                break
        examples_verb = (  # "an mehreren Anbietern beteiligt, darunter X": the clause's last verb
            verb_final and i + 1 < len(words) and words[i + 1] == ","
            and _introduces_examples(sent, i + 2, cues) and word.isalpha() and word.islower()
        )
        if start + i in barriers and not examples_verb:
            break
        if clause_of[i] != clause:
            break  # "in OpenAI, while Amazon has put ...": a preposition of another clause
        if word == "," and (start + i - 1) not in name_tokens:
            # a comma continues the phrase inside a list of names, or once for an
            # apposition: "mit dem früheren Arbeitgeber der Gründer, Stability AI, ..."
            # or before the examples of a plural: "to seven companies, including Meta"
            if not (i == m.start - start - 1 and _followed_by_comma(sent, m)) and not _introduces_examples(sent, i + 1, cues):
                break
        if low in grammar.prep_relatives and i >= 2 and lower[i - 1] in prepositions and (
                words[i - 2] == "," or not verb_final or (verb_final and coordinated(lower[i - 2]) and low in grammar.relatives_not_articles
                                        and not words[i + 1][:1].isupper())):
            break  # ", an dem auch Saab ...", "... und an dem auch Nvidia", "a programme in which
            # Naver …": the preposition governs the pronoun (English "which" is never an article)
        if low in prepositions and found is None and i > 0 and words[i - 1] == "," and (
                cues.list_intro.has_lower(low) or cues.list_intro.phrase_at(lower, i)):
            pass  # "including", "among them" after a comma: the examples share the plural's preposition
        elif found is None and low == grammar.quantity_preposition and i > 1 and lower[i - 1] in grammar.quantity_nouns:
            pass  # "with a crop of neoclouds, including X": the quantity's "of" governs nothing
        elif low in prepositions and i + 1 < len(words) and (low, lower[i + 1]) in grammar.adverbials:
            break  # "vor allem den Nvidia-Rivalen AMD", "unter anderem": an adverb, no preposition
        elif low in prepositions:
            if found is None:
                found = low
                m.prep_at = start + i
                if low not in grammar.possessive_preps and not (
                        low in grammar.source_preps and i > 0 and cues.cls("product_head").has(lower[i - 1])):
                    break  # "relies on models from OpenAI": the maker's "from" reads like "of"
            else:
                m.outer_prep = low
                break
        elif (word in _PUNCT_BREAK and i not in quoted) or word in (".", "!", "?"):
            break
        elif found is None and not crossed and low in GENITIVE_ONLY and i > 0 and lower[i - 1] not in prepositions:
            found, m.prep_at = low, start + i  # "dem Investmentarm des Konzerns Salesforce": a genitive attribute
            break
        elif i not in quoted and not (word.isalpha() or _np_internal(word, low, cues)):  # words first: the usual case
            break
        elif word[:1].isupper() and low in grammar.time_nouns:
            break  # "in October Anthropic agreed": the date phrase ends before the name
        elif low in grammar.speech_verbs:
            break  # "Analysts at the firm said Rapidus would compete": the name opens the reported clause
        elif low in grammar.phrase_articles and found is None and i > 0 and words[i - 1][:1].isupper() \
                and (start + i - 1) not in name_tokens:
            break  # "In Norway the London-based start-up Nscale": a word before the article ends another phrase
        elif (
            verb_final and i > 0 and low in grammar.new_phrase_articles and words[i - 1][:1].isupper()
            and words[i - 1].isalpha() and lower[i - 1] not in prepositions
        ):
            break  # "in seinen Modellen das Sprachmodell Qwen": a noun before the article ends another phrase
        elif examples_verb:
            pass
        elif verb_final and _after_complete_phrase(sent, i, cues):
            break  # "Bei den Chips bleibt OpenAI", "Seit 2019 hat Microsoft": a verb after a phrase
        if word != "-" and not (i + 1 < len(words) and words[i + 1] == "-"):
            steps += 1  # "so-called", "AI-focused": a hyphenated word is one step
        i -= 1
    if found in grammar.subordinators and _verb_follows(sent, m, grammar, cues):
        found, m.prep_at = None, -1  # "after OpenAI signed a deal": the subject of a clause
    m.prep = found


GENITIVE_ONLY = {"des", "eines"}  # German articles that can only be genitive


def _introduces_examples(sent: Sent, k: int, cues: Cues) -> bool:
    """A list word right after a comma: ', including', ', darunter', ', such as'."""
    if k >= len(sent.words):
        return False
    return cues.list_intro.has_lower(sent.lower[k]) or bool(cues.list_intro.phrase_at(sent.lower, k))


def _verb_follows(sent: Sent, m: M, grammar: Grammar, cues: Cues) -> bool:
    """An English name followed by a lower-case word that is no preposition, article or
    possessive: a verb, so the name is a subject ('after OpenAI signed', 'as Meta builds')."""
    r = m.end - sent.start
    if r >= len(sent.words):
        return False
    word, low = sent.words[r], sent.lower[r]
    return (
        word.isalpha() and word.islower() and low not in grammar.prepositions
        and not cues.determiners.has_lower(low) and not cues.coordinators.has_lower(low)
    )


def _after_complete_phrase(sent: Sent, i: int, cues: Cues) -> bool:
    """German puts the finite verb second: a lower-case word right after a noun or a number is
    the verb (or an adverb) between two phrases, not an adjective inside one."""
    word = sent.words[i]
    if i == 0 or not word.isalpha() or not word.islower():
        return False
    low = sent.lower[i]
    if cues.determiners.has_lower(low) or cues.coordinators.has_lower(low) or cues.list_intro.has_lower(low):
        return False
    left = sent.words[i - 1]
    return left[:1].isdigit() or (left[:1].isupper() and left.isalpha() and not cues.determiners.has_lower(left.lower()))


def _followed_by_comma(sent: Sent, m: M) -> bool:
    r = m.end - sent.start
    return r < len(sent.words) and sent.words[r] == ","


def _np_internal(word: str, low: str, cues: Cues) -> bool:
    """Tokens that can sit between a preposition and its noun (the cheap tests first)."""
    # adjectives and nouns; German verbs are lower-case too, but a verb
    # before a preposition ends the walk at the preposition first
    if word.isalpha() or "-" in word or word.endswith("."):
        return True
    if word in (",", "-", "&", "'s", "’s", "/") or word[:1].isdigit() or word in ("$", "€", "£"):
        return True
    return cues.determiners.has_lower(low) or cues.coordinators.has_lower(low) or cues.list_intro.has_lower(low)


def _group(sent: Sent, cues: Cues, relatives: frozenset[str] = frozenset()) -> None:
    """Coordinated mentions: separated only by commas, coordinators or list words."""
    # "Amazon und die Google-Mutter Alphabet": a compound in a member's role phrase is glue
    glue = {id(m) for m in sent.mentions if m.compound and _compound_role(sent, m, cues)}
    ms = [m for m in sent.mentions if id(m) not in glue]
    compound_words = {
        k for m in sent.mentions if id(m) in glue for k in range(m.start - sent.start, m.end - sent.start + 2)
    }
    groups: list[list[M]] = []
    for a, b in _neighbours(ms):
        lo, hi = a.end - sent.start, b.start - sent.start
        if a.origin == b.origin == "pair" and a.end == b.start:  # "both companies" stands for two
            if a.group < 0:
                a.group = len(groups)
                groups.append([a])
            b.group = a.group
            groups[a.group].append(b)
            continue
        if a.compound or b.compound or lo >= hi or a.type is not b.type or a.clause != b.clause:
            continue  # most neighbours differ in kind or clause: the words between go unread
        between = _joined_coordinators([w if k not in compound_words else "&" for k, w in enumerate(sent.words[lo:hi], lo)],
                                       cues)
        between = _without_place_possessive(between)
        if b is ms[-1] and "," in between and gap_tail(sent, b, cues):
            continue  # "into Anthropic, and Google about $3bn": a gapped clause, not a list
        interrupted = len(between) > 5 and _relative_inside_list(between, cues, relatives)
        if len(between) > 5 and not interrupted and not _described_member(between, cues):
            continue  # a list names things of one kind: "von Aleph Alpha, Jonas Andrulis," is an apposition
        if a.prep in GENITIVE_ONLY and b.prep != a.prep:
            continue  # "von X, dem Arm des Konzerns Y, und dem Fonds Z": Z joins X, not the genitive Y
        if b.genitive and "," in between:
            continue  # "Samsung, Apple's main rival, ...": an apposition, not a list
        if interrupted or (
            all(_glue(w, cues) or w.lower() == (a.prep or "") for w in between)
            or _described_member(between, cues)
        ) and any(
            w == "," or cues.coordinators.has_lower(w.lower()) for w in between
        ):  # "mit Oracle und dem Spezialanbieter CoreWeave", "mit Midjourney und mit OpenAI"
            if a.group < 0:
                a.group = len(groups)
                groups.append([a])
            b.group = a.group
            groups[a.group].append(b)
    kept = []
    for members in groups:
        # "an Anthropic, Nvidia mit bis zu 10 Milliarden": two names split by a comma alone
        # and nothing else are a gapped clause or an apposition, not a list
        gap = sent.words[members[0].end - sent.start : members[1].start - sent.start]
        if len(members) == 2 and gap == [","] and not _listed_after(sent, members[1], cues):
            for m in members:
                m.group = -1
            second = members[1]
            if second.prep_at >= 0 and second.prep_at == members[0].prep_at:
                second.prep, second.outer_prep, second.prep_at = None, None, -1  # the walk came through the comma
            continue
        for m in members:
            m.group = len(kept)
        kept.append(members)
    groups = kept
    sent.groups = groups
    for members in groups:  # a coordinated list shares the first member's preposition
        head = members[0]
        for other in members[1:]:
            other.prep, other.outer_prep, other.prep_at = head.prep, head.outer_prep, head.prep_at


def _neighbours(ms: list[M]):
    """Each mention with the next one; and with the next one of its own clause when only
    mentions of another clause stand between them ("Helsing, das mit HX-2 …, sowie Stark")."""
    for k, a in enumerate(ms[:-1]):
        yield a, ms[k + 1]
        if ms[k + 1].clause != a.clause:
            b = next((b for b in ms[k + 2:] if b.clause == a.clause), None)
            if b is not None:
                yield a, b


def _last_list_member(sent: Sent, i: int, clause: int, out: list[int], starts: dict, cues: Cues) -> bool:
    """'with neoclouds, including Nebius, which agreed to …, and Nscale.': a coordinator after a
    relative clause that names nobody, followed by a short phrase whose name ends the
    sentence, adds a member to the list the clause interrupted."""
    inside = [starts[sent.start + k] for k, c in enumerate(out) if c == clause and sent.start + k in starts]
    for k in range(i + 1, min(i + 6, len(sent.words))):
        m = starts.get(sent.start + k)
        if m is not None:
            if any(o.type is m.type for o in inside):
                return False
            end = m.end - sent.start
            return end == len(sent.words) or (end == len(sent.words) - 1 and sent.words[-1] in (".", "!", "?"))
        word = sent.words[k]
        if not word.isalpha() or (k == i + 1 and not word.islower()):
            return False  # "and the trading firm X", "sowie vom Berliner Hersteller X": words of a phrase only
    return False


def _relative_inside_list(between: list[str], cues: Cues, relatives: frozenset[str]) -> bool:
    """', which agreed to provide capacity, and', ', das mit seiner Drohne drängt, sowie vom
    Berliner Hersteller': a relative clause closed by a comma and a coordinator sits between
    two members of a list (a name inside the clause would sit between them instead)."""
    if between[0] != "," or len(between) < 4 or between[1].lower() not in relatives:
        return False
    last = len(between) - 1 - between[::-1].index(",")
    if last <= 1 or between[1:last].count(",") or not cues.coordinators.has_lower(between[last + 1].lower() if last + 1 < len(between) else ""):
        return False
    tail = between[last + 2:]
    return len(tail) <= 4 and all(_glue(w, cues) or (w.islower() and len(w) <= 4) or w[:1].isupper() for w in tail)


def gap_tail(sent: Sent, m: M, cues: Cues) -> list[str]:
    """The amount after a name that opens the sentence's last comma part with no verb
    ('…, der Chipkonzern Nvidia bis zu zehn Milliarden Dollar.', '…, and Google about $3bn.'):
    the clause before is repeated for that name (gapping). Empty when it is no such part."""
    key = ("gap", m.start)
    if key in sent.cache:
        return sent.cache[key]
    sent.cache[key] = tail = _gap_tail(sent, m, cues)
    return tail


def _gap_tail(sent: Sent, m: M, cues: Cues) -> list[str]:
    words, lower = sent.words, sent.lower
    if m.end - sent.start >= len(words) - 1 or "," not in words[: m.start - sent.start]:
        return []
    k = m.start - sent.start - 1
    while k >= 0 and (cues.determiners.has_lower(lower[k]) or cues.cls("company_noun").has_lower(lower[k])
                      or words[k] == "-" or (words[k][:1].isupper() and words[k].isalpha() and k + 1 < len(words) and words[k + 1] == "-")):
        k -= 1  # "der Chipkonzern", "the chipmaker", "US-Chipkonzern"
    if k >= 0 and cues.coordinators.has_lower(lower[k]):
        k -= 1  # ", and Google …"
    if k < 1 or words[k] != ",":
        return []
    tail = words[m.end - sent.start:]
    if tail and tail[-1] in (".", "!", ";"):
        tail = tail[:-1]
    amount = [w for w in tail if w[:1].isdigit() or w in ("$", "€", "£") or w.lower() in cues.number_words
              or w.lower() in cues.scales]
    if not amount:
        return []
    gap_words = cues.cls("gap_word")
    if not all(w[:1].isdigit() or not w.isalpha() or gap_words.has_lower(w.lower()) or w.lower() in cues.scales
               or w.lower() in cues.currencies or w.lower() in cues.number_words for w in tail):
        return []
    return tail


def _compound_role(sent: Sent, m: M, cues: Cues) -> bool:
    """'Google-Mutter', 'Amazon-Tochter': a compound whose head names a company's kind."""
    r = m.end - sent.start + 1
    return r < len(sent.words) and (cues.cls("company_noun").has_lower(sent.lower[r]) or cues.cls("parent_noun").has_lower(sent.lower[r]))


def _listed_after(sent: Sent, m: M, cues: Cues) -> bool:
    """The second name is followed by more of a list (', X and Y') or ends the sentence."""
    r = m.end - sent.start
    return r >= len(sent.words) or sent.words[r] in (",", ".", ";", ":") or cues.coordinators.has_lower(sent.lower[r])


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em", "based", "ian", "ese", "ish", "ic", "al")


def _described_member(between: list[str], cues: Cues) -> bool:
    """A list member introduced by its kind, with adjectives before the role noun: "Anthropic
    und das kanadische Start-up Cohere", "Mistral and the Paris-based startup H". The adjectives
    must look like adjectives (inflected, or a place word) so that a verb between two names
    ("an Aleph Alpha beteiligt und …") does not join them."""
    if not 3 <= len(between) <= 8:
        return False
    companies = cues.cls("company_noun")
    role_at = next(
        (i for i in range(1, len(between)) if companies.phrase_at(between, i) == len(between) - i), -1
    )
    if role_at < 0:
        return False
    seen_modifier = False
    for k, w in enumerate(between[:role_at]):
        if _glue(w, cues):
            if seen_modifier and (w == "," or cues.coordinators.has_lower(w.lower())):
                return False  # the modifiers belong to one phrase
            continue
        if w == "-" and 0 < k < role_at - 1:
            continue  # "Paris - based"
        if not (w.isalpha() and (w.lower().endswith(_ADJECTIVE_ENDINGS) or k + 1 < role_at and between[k + 1] == "-")):
            return False
        seen_modifier = True
    return seen_modifier


def _without_place_possessive(words: list[str]) -> list[str]:
    """'with AMD and Saudi Arabia's Humain': a capitalised possessive that names nothing known
    (a place) modifies the next member; it does not break the list."""
    if len(words) >= 3 and words[-1] in ("'s", "’s"):
        k = len(words) - 2
        while k >= 0 and words[k].isalpha() and words[k][:1].isupper():
            k -= 1
        if k < len(words) - 2 and k >= 0:
            return words[: k + 1]
    return words


def _joined_coordinators(words: list[str], cues: Cues) -> list[str]:
    """'as well as', 'along with': a coordinator of several words counts as one word ('and')."""
    if len(words) < 2:
        return words
    out, k = [], 0
    while k < len(words):
        n = cues.coordinators.phrase_at(words, k)
        if n > 1:
            out.append("and")
            k += n
        else:
            out.append(words[k])
            k += 1
    return out


def _glue(word: str, cues: Cues) -> bool:
    low = word.lower()
    if word in _GROUP_GLUE or cues.coordinators.has_lower(low) or cues.determiners.has_lower(low):
        return True
    companies = cues.cls("company_noun")
    if low in ("auch", "also", "zudem", "schließlich", "either", "both", "sowohl") or companies.has_lower(low):
        return True
    # a German compound ending in a company noun: "dem Spezialanbieter CoreWeave"
    return len(low) > 8 and any(low.endswith(form) for form in (*companies.exact, *companies.prefixes) if len(form) >= 5)
