"""Closed-class knowledge per language (prepositions, topic phrases, legal suffixes)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from extractors.rules.knowledge import DATA_DIR
from extractors.rules.lexicon import WordList


class Grammar:
    def __init__(self, raw: dict) -> None:
        self.prepositions = {p.lower() for p in raw.get("prepositions", [])}
        self.possessive_preps = {p.lower() for p in raw.get("possessive_preps", [])}
        self.agent_preps = {p.lower() for p in raw.get("agent_preps", [])}
        self.topic_phrases = WordList(raw.get("topic_phrases", []))
        self.pair_pronouns = WordList(raw.get("pair_pronouns", []))
        self.legal_suffixes = set(raw.get("legal_suffixes", []))
        self.authority_nouns = WordList(raw.get("authority_nouns", []))
        self.upgrades = raw.get("upgrades", [])
        # the upgrades that need only a cue class in the clause, by the relation they upgrade:
        # asked for every frame, most relations have none
        self.clause_upgrades: dict[str, list[dict]] = {}
        for rule in self.upgrades:
            if not rule.get("when_one_side"):
                self.clause_upgrades.setdefault(rule["from"], []).append(rule)
        self.non_entities = set(raw.get("non_entities", []))
        # words that never start a name but may end one: "Magenta AI", "Black Forest Labs"
        self.name_continuations = set(raw.get("name_continuations", []))
        self.genitive_articles = {w.lower() for w in raw.get("genitive_articles", [])}
        self.verb_final = bool(raw.get("verb_final", False))
        # after a quantity, a number is no version ("Llama 3 Prozent"); after a noun, these
        # words leave an English participle no verb ("money invested …"); after a gerund, these
        # make it a noun ("with funding from X")
        self.quantity_words = frozenset(raw.get("quantity_words", []))
        self.participle_blockers = frozenset(raw.get("participle_blockers", []))
        # participles without the regular ending ('a model built on X', 'chips made by Y')
        self.irregular_participles = frozenset(raw.get("irregular_participles", []))
        self.gerund_noun_followers = frozenset(raw.get("gerund_noun_followers", []))
        # particles a separable verb leaves at its clause's end ('stellt … bereit')
        self.verb_particles = frozenset(raw.get("verb_particles", []))
        # verbs of saying and believing, never part of a noun phrase: "Analysts at the firm said
        # Rapidus would …" (the walk to a name's preposition stops at them)
        self.speech_verbs = frozenset(raw.get("speech_verbs", []))
        # English articles open their noun phrase: a preposition governing it stands right before
        self.phrase_articles = frozenset(raw.get("phrase_articles", []))
        # what stands between an English subject and its verb ("will still rely", ", however,"),
        # and the determiners that open a common noun phrase as a subject ("Most Korean capacity")
        self.verb_group_words = frozenset(raw.get("verb_group_words", []))
        self.subject_determiners = frozenset(raw.get("subject_determiners", []))
        # endings of words naming a people ("Korean", "Bonner"): the references' own list, set
        # where both are loaded (see Language_), so the two never disagree
        self.demonym_endings: tuple[str, ...] = ()
        # particles before the 'zu' of a one-word infinitive ('bereitzustellen', 'teilzunehmen')
        self.infinitive_particles = frozenset(raw.get("infinitive_particles", []))
        self.reflexives = frozenset(raw.get("reflexives", []))
        self.correlative_negations = frozenset(raw.get("correlative_negations", []))  # "weder … noch"
        self.infinitive_markers = frozenset(raw.get("infinitive_markers", []))  # "not to build", "nicht zu bauen"
        self.alongside_preps = frozenset(raw.get("alongside_preps", []))  # "invested alongside Accel"
        # "with Nvidia and AMD also taking part": a comitative whose names take part in what the clause does
        self.participation_phrases = tuple(tuple(p.lower().split()) for p in raw.get("participation_phrases", []))
        self.participation_adverbs = frozenset(w.lower() for w in raw.get("participation_adverbs", []))
        self.together_adverbs = frozenset(raw.get("together_adverbs", []))  # "gemeinsam mit", "together with"
        self.goal_preps = frozenset(raw.get("goal_preps", []))
        # words inside a registered name ("Hamburger Hafen und Logistik AG", "Johnson & Johnson")
        self.name_joiners = frozenset(raw.get("name_joiners", []))
        # words that give a name its short form between commas ("the Agent Payments Protocol, or AP2,")
        self.short_form_words = frozenset(raw.get("short_form_words", []))
        # last words that make a capitalised run a product's name ("Trusted Agent Protocol", "Agent Pay")
        self.product_name_tails = frozenset(raw.get("product_name_tails", []))  # "competes for contracts with X": what rivals vie for
        # nouns that state a relation only as a predicate ("ist Teil von X"), and the words that
        # make them an idiom of quantity ("zu einem großen Teil")
        self.predicative_only_triggers = frozenset(raw.get("predicative_only_triggers", []))
        self.partitive_openers = frozenset(raw.get("partitive_openers", []))
        self.becoming_auxiliaries = frozenset(raw.get("becoming_auxiliaries", []))  # "Groq werde nicht Teil von Nvidia"
        # a preposition fused with its article ('beim', 'zum'): governs what its base form does
        self.contractions: dict[str, str] = {k.lower(): v.lower() for k, v in raw.get("contractions", {}).items()}
        # ambiguous names German writes with a definite article ('die Allianz hat …'), and the
        # words after which the article's noun is the ordinary word ('die Allianz zwischen X und Y')
        named = raw.get("article_names", {})
        self.article_names = frozenset(named.get("names", []))
        self.article_name_articles = frozenset(named.get("articles", []))
        self.article_name_noun_followers = frozenset(named.get("noun_followers", []))
        self.indefinite_articles = frozenset(raw.get("indefinite_articles", []))  # "an" is a German preposition
        self.seller_preps = frozenset(raw.get("seller_preps", []))  # "bought X from Y": Y held X until then
        # lower-case words inside a person's name right after the given name ("Oscar de Bok")
        self.name_particles = frozenset(raw.get("name_particles", []))
        # German case and number that settle a relative pronoun: after 'die'/'das' a masculine noun
        # with 'der'/'ein' is nominative, and a plural verb agrees with a list, not the pronoun
        self.case_ambiguous_relatives = frozenset(raw.get("case_ambiguous_relatives", []))
        self.masculine_nominative_articles = frozenset(raw.get("masculine_nominative_articles", []))
        self.masculine_noun_endings = tuple(raw.get("masculine_noun_endings", []))
        self.feminine_noun_exceptions = tuple(raw.get("feminine_noun_exceptions", []))
        self.plural_finite_verbs = frozenset(raw.get("plural_finite_verbs", []))
        self.framing_preps = frozenset(raw.get("framing_preps", []))  # "For Cisco, …", "Für Nvidia …"
        # triggers that read their clause as having something done by another ("lässt … fertigen"),
        # and the verbs that say so
        self.causative_triggers = frozenset(raw.get("causative_triggers", []))
        self.causatives = frozenset(raw.get("causatives", []))  # "lässt", "ließ"
        # court kinds in every case form, mapped to the form a court's name uses
        self.court_heads = {form: base for base, forms in raw.get("court_heads", {}).items() for form in [base, *forms]}
        # words that give a product its name ('code-named Baltra', 'mit dem Codenamen Baltra')
        self.naming_sequences = tuple(sorted(
            {tuple(t for t in re.split(r"\s+|(-)", w.lower()) if t) for w in raw.get("naming_words", [])},
            key=len, reverse=True))
        self.naming_starts = frozenset(seq[0] for seq in self.naming_sequences)  # where a naming phrase may start
        self.naming_ends = frozenset(seq[-1] for seq in self.naming_sequences)  # where one may end: most words end none
        # participles whose agent supplies the goods before them ("TPUs supplied by Google")
        self.goods_participles = frozenset(raw.get("goods_participles", []))
        # English writes common nouns in lower case, so a capitalised one inside a name is part of it
        self.capitalises_nouns = bool(raw.get("capitalises_nouns", True))
        self.relative_pronouns = {w.lower() for w in raw.get("relative_pronouns", [])}
        self.maker_preps = {w.lower() for w in raw.get("maker_preps", [])}
        self.relative_subjects = {w.lower() for w in raw.get("relative_subjects", [])}
        self.relative_objects = {w.lower() for w in raw.get("relative_objects", [])}  # "den", "welchen": never the subject
        self.relative_openers = frozenset(self.relative_subjects | self.relative_objects)  # what opens a relative clause
        self.pair_preps = {w.lower() for w in raw.get("pair_preps", [])}
        # "relies on TSMC", "auf Nvidia angewiesen": a known supplier after these is the supplier
        self.reliance_preps = {w.lower() for w in raw.get("reliance_preps", [])}
        # months and weekdays end a phrase: "in October Anthropic agreed" (Anthropic is the subject)
        self.time_nouns = {w.lower() for w in raw.get("time_nouns", [])}
        # "in Santa Clara": an unknown capitalised name after these is a place
        self.place_preps = {w.lower() for w in raw.get("place_preps", [])}
        # English words that make a following trigger a compound noun ("hedge fund")
        self.noun_modifiers = {w.lower() for w in raw.get("noun_modifiers", [])}
        # legal words that belong to the name ("Alden Global Capital"), unlike "Inc." or "GmbH"
        self.naming_suffixes = set(raw.get("naming_suffixes", []))
        # words that make a known company's name the name of its unit: "AMD Ventures", "Intel Foundry"
        self.unit_suffixes = set(raw.get("unit_suffixes", []))
        # size words that make a maker's name a model's name: "Mistral Small", "Amazon Nova Pro"
        self.model_tiers = frozenset(raw.get("model_tiers", []))
        # phrases after which a product's name follows: "ein Chip vom Typ Snapdragon Ride Flex"
        self.type_phrases = tuple(tuple(p) for p in raw.get("type_phrases", []))
        # German articles: with an agent phrase before a participle they open an extended attribute
        self.articles = frozenset(w.lower() for w in raw.get("articles", []))
        # German articles that cannot be genitive: after a noun they open the next phrase
        self.new_phrase_articles = frozenset(w.lower() for w in raw.get("new_phrase_articles", []))
        # relative pronouns after a preposition that, with an adverb after them, are no article
        self.relatives_not_articles = frozenset(w.lower() for w in raw.get("relatives_not_articles", []))
        # "Nvidia, one of CoreWeave's backers": words before "of" that keep an apposition open
        self.partitives = frozenset(w.lower() for w in raw.get("partitives", []))
        # "Wer seine Daten … verlagere, mache sich abhängig": a sentence about anyone, no company of the text
        self.generic_subjects = frozenset(w.lower() for w in raw.get("generic_subjects", []))
        # "… in einer Runde eingesammelt. Angeführt wurde sie von X": a pronoun takes up the
        # previous sentence's funding round, for the triggers that need a round in their sentence
        self.carrying_pronouns = frozenset(w.lower() for w in raw.get("carrying_pronouns", []))
        # "der hauseigene Chatbot", "die konzerneigene IT-Sparte": adjectives that make the thing
        # the company's own (stems, matched at the start of a word)
        self.house_adjectives = tuple(w.lower() for w in raw.get("house_adjectives", []))
        # "Laut Nvidia …", "According to Nvidia, …": words that open a sentence with its source
        self.source_openers = frozenset(w.lower() for w in raw.get("source_openers", []))
        # parts of a court's name ("Landgericht München", "District Court"): a court judges, it is no party
        self.court_words = tuple(w.lower() for w in raw.get("court_words", []))
        # a regulator's approval: granted or refused, the regulator acts on the company
        self.approval_triggers = frozenset(raw.get("approval_triggers", []))
        # words of succession at the top, by how they place successor and predecessor (see succession.py)
        self.succession = {w.lower(): kind for kind, forms in raw.get("succession", {}).items() for w in forms}
        self.leadership_words = frozenset(w.lower() for w in raw.get("leadership_words", []))
        # "took over as chief executive from X": the preposition after a phrase of taking over names the predecessor
        self.takeover_phrases = tuple(w.lower() for w in raw.get("takeover_phrases", []))
        self.takeover_preps = frozenset(w.lower() for w in raw.get("takeover_preps", []))
        # "Nvidia also participated.": a closing verb of taking part with nothing after it but
        # adverbs, which the last sentence's round completes
        self.closing_participations = tuple(tuple(p.lower().split()) for p in raw.get("closing_participations", []))
        self.closing_adverbs = frozenset(w.lower() for w in raw.get("closing_adverbs", []))
        # "Mit dabei ist auch Saab": a phrase of taking part anywhere in the sentence
        self.taking_part_phrases = tuple(tuple(p.lower().split()) for p in raw.get("taking_part_phrases", []))
        self.carried_classes = tuple(raw.get("carried_classes", []))
        # "competes with a crop of neoclouds, including X": after a quantity noun the preposition
        # of the quantity governs nothing; the one before it governs the names
        self.quantity_nouns = frozenset(w.lower() for w in raw.get("quantity_nouns", []))
        self.quantity_preposition = raw.get("quantity_preposition", "")
        # "counts Microsoft as a customer": verbs that give a name a role with "as"
        self.counting_verbs = frozenset(w.lower() for w in raw.get("counting_verbs", []))
        # "zu 27 Prozent", "27 per cent": the unit after a share (a phrase's first word is its key)
        self.share_units = {tuple(w.lower().split()) for w in raw.get("share_units", [])}
        # nouns of a company owned by partners: "ESMC, ein Gemeinschaftsunternehmen von TSMC mit Bosch"
        self.joint_venture_triggers = frozenset(raw.get("joint_venture_triggers", []))
        # verbs of founding: whoever founded a company together with the founder co-founded it
        self.founding_triggers = frozenset(raw.get("founding_triggers", []))
        # role words that name their owner as "the group" ("Konzerntochter")
        self.implicit_owner_prefixes = [w.lower() for w in raw.get("implicit_owner_prefixes", [])]
        # words that are prepositions or open a clause: "after OpenAI signed a deal"
        self.subordinators = {w.lower() for w in raw.get("subordinators", [])}
        # an office after a place names one known regulator: "California's attorney general"
        self.authority_titles = {k.lower(): v for k, v in raw.get("authority_titles", {}).items()}
        self.comitative_preps = {w.lower() for w in raw.get("comitative_preps", [])}
        self.complementizers = {w.lower() for w in raw.get("complementizers", [])}
        self.denial_verbs = WordList(raw.get("denial_verbs", []))
        self.copulas = {w.lower() for w in raw.get("copulas", [])}
        # "als Investor", "as the cloud provider": a predicate, like a copula's complement
        self.predicative_markers = {w.lower() for w in raw.get("predicative_markers", [])}
        self.possessive_pronouns = {w.lower() for w in raw.get("possessive_pronouns", [])}
        # "whose", "dessen": pronouns both relative and possessive
        self.possessive_relatives = frozenset(self.possessive_pronouns & self.relative_pronouns)
        # "and has agreed to ...": a second verb phrase starts with one of these after "and"
        self.finite_starts = {w.lower() for w in raw.get("finite_starts", [])}
        # "but", "aber": a clause that turns the story has a subject of its own
        self.contrastive_openers = {w.lower() for w in raw.get("contrastive_openers", [])}
        # "scrutiny from the FTC": where a noun's agent comes from, besides the passive's "by"
        self.source_preps = {w.lower() for w in raw.get("source_preps", [])}
        # "über Prima Materia eingestiegen", "invested through its fund X": the vehicle invests
        self.vehicle_preps = {w.lower() for w in raw.get("vehicle_preps", [])}
        # "TSMC makes Apple's processors": verbs of manufacture whose goods' owner is the customer
        self.maker_for_owner_triggers = set(raw.get("maker_for_owner_triggers", []))
        # general nouns ("case", "claim") that relate two names only through their own phrase
        self.no_pair_guess_triggers = set(raw.get("no_pair_guess_triggers", []))
        # heads of German compounds that name a company's kind: "Simulationsspezialist", "Rechenzentrumsbetreiber"
        self.company_heads = tuple(w.lower() for w in raw.get("company_heads", []))
        # "Zu den Geldgebern gehören X und Y", "Investors include X": a verb that lists a role's members
        self.membership_verbs = {w.lower() for w in raw.get("membership_verbs", [])}
        # relative pronouns after a preposition: ", an dem Saab beteiligt ist", ", in which"
        self.prep_relatives = {w.lower() for w in raw.get("prep_relatives", [])}
        # "counts Nvidia among its investors", "zählt Nvidia zu seinen Investoren"
        self.counted_preps = {w.lower() for w in raw.get("counted_preps", [])}
        # triggers that hold only where the seller side sells what the relation names ("runs on AWS")
        self.provider_only_triggers = set(raw.get("provider_only_triggers", []))
        # "Auch Microsoft beteiligte sich mit 15 Millionen Euro": a verb of taking part whose
        # object the text leaves out means the company the passage is about
        self.elided_object_triggers = set(raw.get("elided_object_triggers", []))
        # "Magnetar, the Illinois hedge fund that ...": definite articles that open an apposition
        # introducing a new name (German nouns are capitalised, so German leaves this empty)
        self.appositive_definites = {w.lower() for w in raw.get("appositive_definites", [])}
        # capitalised nouns that follow a role noun as the clause's object, not as its name
        # ("ob der Konzern Inhalte nutzt", "mit dem Unternehmen Berichten zufolge")
        self.common_nouns = {w.lower() for w in raw.get("common_nouns", [])}
        # "genehmigte die Beihilfe für Intel": a regulator's matter named for its company
        self.matter_preps = {w.lower() for w in raw.get("matter_preps", [])}
        # ", where Musk is chief executive": relative words of place, whose antecedent is the setting
        self.place_relatives = {w.lower() for w in raw.get("place_relatives", [])}
        # "he", "she": personal pronouns that stand only for people
        self.person_pronouns = {w.lower() for w in raw.get("person_pronouns", [])}
        # German separable verbs: particle -> triggers whose bare finite forms need it at the
        # end of the clause ("baut … ein"), and the verbs a closing particle gives another meaning
        self.separable = {p.lower(): frozenset(ids) for p, ids in raw.get("separable", {}).items()}
        self.particle_verbs = {w.lower() for w in raw.get("particle_verbs", [])}
        self.separable_ids = frozenset(i for ids in self.separable.values() for i in ids)
        # "neben OpenAI auch SoftBank", "alongside Microsoft": a name that joins the clause's subject
        self.additive_preps = {w.lower() for w in raw.get("additive_preps", [])}
        # "Berichte, wonach …", "reports that …": a report noun and the word opening its clause,
        # which a denial elsewhere in the sentence rejects; German denials split around their subject
        self.report_nouns = {w.lower() for w in raw.get("report_nouns", [])}
        self.report_openers = {w.lower() for w in raw.get("report_openers", [])}
        self.split_denials = {w.lower() for w in raw.get("split_denials", [])}
        self.split_denial_particles = {w.lower() for w in raw.get("split_denial_particles", [])}
        # "… unterhalte der Versicherer nicht": negations that close a German clause
        self.final_negations = {w.lower() for w in raw.get("final_negations", [])}
        # "nicht nur", "not only": a negation that adds rather than denies
        self.not_only = {w.lower() for w in raw.get("not_only", [])}
        # "und Amazon mit seinen Chips": coordinators after which a name owns the phrase that follows
        self.joining_coordinators = {w.lower() for w in raw.get("joining_coordinators", [])}
        # "the Illinois hedge fund that …": words that continue a role phrase's head
        self.compound_role_heads = {w.lower() for w in raw.get("compound_role_heads", [])}
        # "darunter auch", "including also": words between a list's opener and its first name
        self.list_fillers = {w.lower() for w in raw.get("list_fillers", [])}
        # ", as were Microsoft and Databricks", ", as did Google": the names share the clause before
        self.comparative_openers = {tuple(w.lower().split()) for w in raw.get("comparative_openers", []) if len(w.split()) == 2}
        # triggers whose reading changes when their object is a product ("setzt auf Gemini")
        self.product_object_triggers = dict(raw.get("product_object_triggers", {}))
        # "vor allem", "unter anderem", "above all": a preposition and its word that make an adverb
        self.adverbials = {tuple(w.lower().split()[:2]) for w in raw.get("adverbials", []) if len(w.split()) == 2}
        # words that make a capitalised run an institution, not a company ("Stanford University")
        self.non_company_words = set(raw.get("non_company_words", []))
        # "agreed to provide it with capacity": a pronoun right after the verb is its object
        self.object_pronouns = {w.lower() for w in raw.get("object_pronouns", [])}


@lru_cache(maxsize=4)
def load_grammar(lang: str) -> Grammar:
    path = DATA_DIR / "grammar" / f"{lang}.json"
    return Grammar(json.loads(path.read_text(encoding="utf-8")))
