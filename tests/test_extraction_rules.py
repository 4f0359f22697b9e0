"""The rule extractor on constructions users meet in real news, German and English.

Each case is a sentence written for this test and the triple a reader takes
from it; the assertion is on that triple (and its direction and qualifiers),
never on the whole output, so adding knowledge cannot break a case that
still holds.
"""

from __future__ import annotations

import pytest

from extractors.base import create
from graph.models import Article


@pytest.fixture(scope="module")
def extractor():
    return create("rules")


def triples(extractor, text: str, lang: str) -> dict[tuple[str, str, str], object]:
    article = Article.create(text, source="case.txt", lang=lang)
    extraction = extractor.extract(article)
    out = {}
    for rel in extraction.relations:
        key = (extraction.entity(rel.subject).name, rel.predicate.value, extraction.entity(rel.object).name)
        out[key] = rel
        if rel.predicate.symmetric:
            out[(key[2], key[1], key[0])] = rel
    return out


CASES = [
    # active verbs
    ("de", "Microsoft investiert weitere zehn Milliarden Dollar in OpenAI.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("en", "Amazon invested another $4bn in Anthropic last year.", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("en", "Nvidia supplies its H100 chips to Meta.", ("Nvidia", "SUPPLIES_CHIPS_TO", "Meta")),
    # passive
    ("de", "Das Start-up Inflection wurde von Microsoft übernommen.", ("Microsoft", "ACQUIRES", "Inflection AI")),
    ("en", "Run:ai was acquired by Nvidia in 2024.", ("Nvidia", "ACQUIRES", "Run:ai")),
    # nominalisations
    ("de", "Die Partnerschaft zwischen SAP und Aleph Alpha wird ausgebaut.", ("SAP", "PARTNERS_WITH", "Aleph Alpha")),
    ("de", "Microsofts Investition in OpenAI gilt als Wendepunkt.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("en", "Google's stake in Anthropic has grown to 14 percent.", ("Google", "INVESTS_IN", "Anthropic")),
    # compounds and appositions
    ("de", "Nvidia-Chef Jensen Huang sprach in Taipeh.", ("Jensen Huang", "LEADS", "Nvidia")),
    ("en", "Microsoft CEO Satya Nadella praised the deal.", ("Satya Nadella", "LEADS", "Microsoft")),
    ("de", "Der OpenAI-Investor Microsoft hält sich bedeckt.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    # coordination
    ("de", "OpenAI schließt Partnerschaften mit Oracle und Google.", ("OpenAI", "PARTNERS_WITH", "Google")),
    ("de", "Die Konkurrenz durch Google, Amazon und Meta wächst für Microsoft.", ("Microsoft", "COMPETES_WITH", "Meta")),
    # direction from wording
    ("en", "OpenAI buys chips from Broadcom for its data centres.", ("Broadcom", "SUPPLIES_CHIPS_TO", "OpenAI")),
    ("en", "DeepMind is a subsidiary of Google.", ("Google DeepMind", "SUBSIDIARY_OF", "Google")),
    # appositions after the name, relative clauses, reduced relatives
    ("en", "Samsung, Apple's main smartphone rival, uses Gemini.", ("Samsung", "COMPETES_WITH", "Apple")),
    ("de", "Hinzu kommt Stackit, die Cloud-Tochter der Schwarz Gruppe.", ("STACKIT", "SUBSIDIARY_OF", "Schwarz Gruppe")),
    ("en", "Anthropic, which is backed by Amazon and Google, released a new model.", ("Google", "INVESTS_IN", "Anthropic")),
    ("en", "Perplexity, the search start-up backed by Nvidia, raised more money.", ("Nvidia", "INVESTS_IN", "Perplexity")),
    ("de", "DeepL, 2017 von Jarek Kutylowski gegründet, wächst schnell.", ("Jarek Kutylowski", "LEADS", "DeepL")),
    # regulators looking at a deal look at both parties
    ("de", "Das Kartellamt prüft die Vereinbarung zwischen Google und Character.AI.", ("Bundeskartellamt", "REGULATES", "Character.AI")),
    ("en", "The CMA examined the Amazon–Anthropic partnership.", ("CMA", "REGULATES", "Amazon")),
    # possession and making
    ("de", "Nvidias Simulationssoftware Omniverse läuft in der Cloud.", ("Nvidia", "DEVELOPS", "Omniverse")),
    ("en", "Rival AMD, whose MI300X chip sells well, raised its forecast.", ("AMD", "DEVELOPS", "MI300X")),
    ("de", "Mit dem Rüstungs-KI-Unternehmen Helsing entwickelt Mistral Modelle.", ("Helsing", "PARTNERS_WITH", "Mistral AI")),
    # the knowledge base knows which side sells cloud
    ("en", "OpenAI signed a $38bn cloud deal with Amazon Web Services.", ("Amazon Web Services", "PROVIDES_CLOUD_TO", "OpenAI")),
    # whose chips or cloud a company uses is its supplier, whatever the customer's own trade
    ("en", "Cohere trains its models on Nvidia's H100 chips.", ("Nvidia", "SUPPLIES_CHIPS_TO", "Cohere")),
    ("de", "Für das Training hat Aleph Alpha auf Nvidia-Grafikprozessoren gesetzt.", ("Nvidia", "SUPPLIES_CHIPS_TO", "Aleph Alpha")),
    ("en", "Apple trains its models on Google's tensor processing units.", ("Google", "SUPPLIES_CHIPS_TO", "Apple")),
    ("en", "Nvidia depends on TSMC, which makes all of its processors.", ("TSMC", "SUPPLIES_CHIPS_TO", "Nvidia")),
    ("en", "Anthropic will buy computing capacity on Microsoft's Azure cloud.", ("Microsoft", "PROVIDES_CLOUD_TO", "Anthropic")),
    # German puts the finite verb second: the name after it is the subject, not in the phrase before
    ("de", "Seit 2019 hat Microsoft rund 13 Milliarden Dollar in OpenAI investiert.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("de", "Bei den Chips bleibt OpenAI auf Nvidia angewiesen.", ("OpenAI", "DEPENDS_ON", "Nvidia")),
    # descriptions refer back: by role, by the product a company makes, by the topic
    ("en", "AMD granted OpenAI a warrant for millions of AMD shares. The deal could give the ChatGPT maker "
           "a stake of ten percent in the chipmaker.", ("OpenAI", "INVESTS_IN", "AMD")),
    ("de", "Die Telekom baut in München eine KI-Fabrik. Der Bonner Konzern kauft dafür Chips bei Nvidia.",
     ("Nvidia", "SUPPLIES_CHIPS_TO", "Deutsche Telekom")),
    ("en", "Anthropic released a new model on Monday. Amazon has invested $8bn in the start-up so far.",
     ("Amazon", "INVESTS_IN", "Anthropic")),
    ("de", "Der iPhone-Hersteller will künftig Gemini in Siri integrieren.", ("Apple", "INTEGRATES", "Gemini")),
    # products the knowledge base does not know, named by the noun that classifies them
    ("en", "Rival AMD, whose MX450 chip was caught by the same rule, booked a charge.", ("AMD", "DEVELOPS", "MX450")),
    ("en", "Cohere trained its earlier systems on Nvidia's Z900 chips.", ("Nvidia", "DEVELOPS", "Z900")),
    ("en", "Amazon has developed its Nova family of models for cheaper tasks.", ("Amazon", "DEVELOPS", "Nova")),
    ("de", "Die Telekom bietet ihrem Assistenten Magenta AI neue Funktionen.", ("Deutsche Telekom", "DEVELOPS", "Magenta AI")),
    # a deal noun for compute with its partners fronted; the knowledge base knows who sells cloud
    ("de", "Mit Oracle und dem Spezialanbieter CoreWeave hat OpenAI Verträge über Rechenleistung geschlossen.",
     ("Oracle", "PROVIDES_CLOUD_TO", "OpenAI")),
    ("de", "Mit Oracle und dem Spezialanbieter CoreWeave hat OpenAI Verträge über Rechenleistung geschlossen.",
     ("CoreWeave", "PROVIDES_CLOUD_TO", "OpenAI")),
    # what a phrase announces before a colon, the clause after it spells out
    ("de", "Neue Konkurrenz für SAP: Start-ups wie Celonis greifen das Kerngeschäft an.", ("SAP", "COMPETES_WITH", "Celonis")),
    ("en", "Nvidia faces new competition: chipmakers such as AMD are winning orders.", ("Nvidia", "COMPETES_WITH", "AMD")),
    # a product named after its maker, introduced by its noun and then repeated bare
    ("de", "DeepL brachte den Echtzeit-Übersetzer DeepL Voice auf den Markt.", ("DeepL", "DEVELOPS", "DeepL Voice")),
    ("de", "DeepL brachte den Echtzeit-Übersetzer DeepL Voice auf den Markt. Das Start-up Parlant hat DeepL Voice "
           "in seine Produkte integriert.", ("Parlant", "INTEGRATES", "DeepL Voice")),
    # the goods name the seller even when the product is known
    ("en", "Oracle is filling the halls with Nvidia's GB200 systems.", ("Nvidia", "SUPPLIES_CHIPS_TO", "Oracle")),
    # an English name in capitals is an organisation where a relation needs it
    ("en", "Ziff Davis, the owner of IGN and Mashable, sued OpenAI in April.", ("Ziff Davis", "IN_CONFLICT_WITH", "OpenAI")),
    ("en", "Alden Global Capital has sued OpenAI over its newspapers.", ("Alden Global Capital", "IN_CONFLICT_WITH", "OpenAI")),
    # a description refers even inside a phrase; a name's own colon opens no clause
    ("de", "Auch Nvidia steht unter Beobachtung. Die EU-Kommission genehmigte die Übernahme des israelischen "
           "Software-Start-ups Run:ai durch den Chipkonzern für rund 700 Millionen US-Dollar.", ("Nvidia", "ACQUIRES", "Run:ai")),
    # "Konzerntochter": the group the text is about owns it; "T-Systems" is no genitive
    ("de", "Die Telekom baut in München eine KI-Fabrik. Betrieben wird sie von der Konzerntochter T-Systems.",
     ("T-Systems", "SUBSIDIARY_OF", "Deutsche Telekom")),
    # whoever a company builds something with is its partner; a role noun introduces unknown customers
    ("de", "Mit SAP will Mistral souveräne KI-Angebote für Behörden aufbauen.", ("SAP", "PARTNERS_WITH", "Mistral AI")),
    ("de", "Die Reederei CMA CGM zahlt 100 Millionen Euro für eine Zusammenarbeit mit Mistral AI.",
     ("CMA CGM", "PARTNERS_WITH", "Mistral AI")),
    # a regulator examining a relation between two companies examines both
    ("de", "Das Bundeskartellamt prüft die Partnerschaft von Microsoft und OpenAI.", ("Bundeskartellamt", "REGULATES", "OpenAI")),
    # leading a funding round invests in whoever raises it
    ("en", "SoftBank led the $40bn funding round for OpenAI.", ("SoftBank", "INVESTS_IN", "OpenAI")),
    ("de", "Aleph Alpha hat 500 Millionen Dollar eingesammelt. Die Schwarz Gruppe führte die Finanzierungsrunde an.",
     ("Schwarz Gruppe", "INVESTS_IN", "Aleph Alpha")),
    ("de", "Der von Microsoft finanzierte KI-Entwickler OpenAI plant einen Börsengang.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    # money received from a company is its investment; a licensed thing's owner is the licensor
    ("de", "Anthropic erhält von Amazon weitere vier Milliarden Dollar.", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("en", "Anthropic received another $4bn from Amazon.", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("en", "Google agreed to pay $2.4bn to license Windsurf's technology.", ("Windsurf", "LICENSES_TO", "Google")),
    # a company's chief or share speaks and acts for the company
    ("de", "Microsoft-Chef Satya Nadella lobte die Partnerschaft mit OpenAI.", ("Microsoft", "PARTNERS_WITH", "OpenAI")),
    ("de", "Die Aktie von Nvidia profitierte von der Partnerschaft mit OpenAI.", ("Nvidia", "PARTNERS_WITH", "OpenAI")),
    # an English subordinator opens a clause whose subject is the name after it
    ("en", "Microsoft shares fell after OpenAI signed a deal with Oracle.", ("OpenAI", "PARTNERS_WITH", "Oracle")),
    ("en", "Two years after The New York Times took OpenAI to court, the dispute goes on.",
     ("New York Times", "IN_CONFLICT_WITH", "OpenAI")),
    # a thing available on a platform is built into it
    ("en", "Anthropic's Claude is available on Amazon Bedrock.", ("Amazon Bedrock", "INTEGRATES", "Claude")),
    # German 'sein' points back to the subject, English 'its' to the name before it
    ("de", "AMD will Nvidia mit seinen MI455-Chips Marktanteile abnehmen.", ("AMD", "DEVELOPS", "MI455")),
    ("en", "Apple will pay Google for access to its Gemini model.", ("Google", "DEVELOPS", "Gemini")),
    # a cloud that sells no chips of its own rents them out; foundries make chips for those who have them made
    ("en", "AWS will provide OpenAI with hundreds of thousands of Nvidia GPUs.", ("Amazon Web Services", "PROVIDES_CLOUD_TO", "OpenAI")),
    ("de", "Apple lässt seine Chips bei TSMC fertigen.", ("TSMC", "SUPPLIES_CHIPS_TO", "Apple")),
    # poaching staff is competing
    ("en", "Meta poached researchers from OpenAI.", ("Meta", "COMPETES_WITH", "OpenAI")),
    ("de", "Meta wirbt Forscher von OpenAI ab.", ("Meta", "COMPETES_WITH", "OpenAI")),
    # "Google's DeepMind unit", "Googles KI-Tochter DeepMind"
    ("en", "Google's DeepMind unit released a new model.", ("Google DeepMind", "SUBSIDIARY_OF", "Google")),
    # a regulator suing a company regulates it; a regulator acting on a company's matter acts on it
    ("de", "Die FTC verklagt Meta wegen der Übernahme von Instagram.", ("FTC", "REGULATES", "Meta")),
    ("de", "Der Generalstaatsanwalt von Kalifornien muss der Umstrukturierung von OpenAI zustimmen.",
     ("California Attorney General", "REGULATES", "OpenAI")),
    ("en", "California's attorney general is reviewing OpenAI's restructuring.",
     ("California Attorney General", "REGULATES", "OpenAI")),
    # buying what a company owns is buying from that company
    ("en", "Nvidia agreed to acquire Groq's assets for $20bn.", ("Nvidia", "ACQUIRES", "Groq")),
    # in a later clause a generic description means the one company named before it
    ("de", "Die Aktie von Nvidia legte zu, nachdem der Konzern einen Liefervertrag mit OpenAI bekannt gab.",
     ("Nvidia", "SUPPLIES_CHIPS_TO", "OpenAI")),
    ("en", "Arm, which is majority-owned by SoftBank, designs chip blueprints.", ("Arm", "SUBSIDIARY_OF", "SoftBank")),
    # renting a cloud's chips is buying its cloud; memory is a chip
    ("en", "Meta struck a deal to rent Google Cloud's TPUs.", ("Google Cloud", "PROVIDES_CLOUD_TO", "Meta")),
    ("en", "Samsung and SK Hynix supply high-bandwidth memory to Nvidia.", ("SK Hynix", "SUPPLIES_CHIPS_TO", "Nvidia")),
    # a passive without an agent: the clause subject is what is built in
    ("de", "Gemini wird künftig in Siri integriert.", ("Siri", "INTEGRATES", "Gemini")),
    # separable German verbs: "steigt ... bei X ein"
    ("de", "Amazon steigt mit vier Milliarden Dollar bei Anthropic ein.", ("Amazon", "INVESTS_IN", "Anthropic")),
    # an owner has many units; a single word listed with a name is a name too
    ("en", "Ziff Davis, the owner of IGN and Mashable, sued OpenAI in April.", ("Mashable", "SUBSIDIARY_OF", "Ziff Davis")),
    # an English relative clause: the name after the verb is its object, the antecedent its subject
    ("en", "Alibaba, which develops the Qwen family of models, has started designing chips.", ("Alibaba", "DEVELOPS", "Qwen")),
    # people and founders: a role's name after its argument, hyphenated company names, founding beside money
    ("de", "Der Chef von Aleph Alpha, Jonas Andrulis, sieht das anders.", ("Jonas Andrulis", "LEADS", "Aleph Alpha")),
    ("de", "Aleph-Alpha-Gründer Jonas Andrulis sieht das anders.", ("Jonas Andrulis", "LEADS", "Aleph Alpha")),
    ("en", "Safe Superintelligence, co-founded by Ilya Sutskever, is valued at $32bn.", ("Ilya Sutskever", "LEADS", "Safe Superintelligence")),
    ("de", "Das von Mira Murati gegründete Start-up Thinking Machines sammelt zwei Milliarden Dollar ein.",
     ("Mira Murati", "LEADS", "Thinking Machines Lab")),
    # a unit owned through a possessive, or located at its parent
    ("de", "Beteiligt ist auch Bosch über seine Beteiligungsgesellschaft Bosch Ventures.", ("Bosch Ventures", "SUBSIDIARY_OF", "Bosch")),
    ("en", "Anthropic works with Annapurna Labs, the chip design unit at AWS.", ("Annapurna Labs", "SUBSIDIARY_OF", "Amazon Web Services")),
    ("de", "Angeführt wurde die Runde von Salesforce Ventures, dem Investmentarm des Softwarekonzerns Salesforce, "
           "und dem Fonds AMP.", ("Salesforce Ventures", "SUBSIDIARY_OF", "Salesforce")),
    # a share of a company held
    ("en", "SoftBank now holds roughly 11 per cent of OpenAI.", ("SoftBank", "INVESTS_IN", "OpenAI")),
    # a noun whose agent is in its phrase acts on the clause's subject
    ("en", "Microsoft faces fresh scrutiny from the CMA over its cloud licences.", ("CMA", "REGULATES", "Microsoft")),
    ("en", "Since March, Snap has been under investigation by the FTC.", ("FTC", "REGULATES", "Snap")),
    # the examples of a plural share its preposition
    ("en", "The FTC sent letters to five chatbot makers, including Character.AI and Meta, last week.",
     ("FTC", "REGULATES", "Character.AI")),
    ("en", "The European Commission opened formal proceedings against Meta in July.", ("European Commission", "REGULATES", "Meta")),
    # a fronted participle before its auxiliary is a passive
    ("de", "Gegründet wurde Helsing 2021 von Torsten Reil und Gundbert Scherf.", ("Gundbert Scherf", "LEADS", "Helsing")),
    # examples after the clause's last verb share the plural's preposition
    ("de", "Über seinen Fonds ist Bosch an mehreren Start-ups beteiligt, darunter Aleph Alpha und DeepL.",
     ("Bosch", "INVESTS_IN", "DeepL")),
    # a person investing through a company: the company invests
    ("de", "Ek war schon 2021 über Prima Materia bei Helsing eingestiegen.", ("Prima Materia", "INVESTS_IN", "Helsing")),
    # a funding round led by an investor; an unknown company in argument position
    ("en", "Mistral AI raised €1.7bn in a funding round led by ASML.", ("ASML", "INVESTS_IN", "Mistral AI")),
    ("en", "Salesforce agreed to acquire Informatica for $8bn.", ("Salesforce", "ACQUIRES", "Informatica")),
    # a maker of another company's chips supplies that company
    ("en", "TSMC makes Apple's M-series processors in Arizona.", ("TSMC", "SUPPLIES_CHIPS_TO", "Apple")),
    ("de", "Samsung fertigt Teslas KI-Chips in Texas.", ("Samsung", "SUPPLIES_CHIPS_TO", "Tesla")),
    # a case against a company
    ("en", "Getty Images lost most of its case against Stability AI.", ("Getty Images", "IN_CONFLICT_WITH", "Stability AI")),
    # plural roles with examples; a hyperscaler's capacity deal with a GPU cloud
    ("en", "OpenAI is following a path already taken by rivals such as Google and Meta.", ("Google", "COMPETES_WITH", "OpenAI")),
    ("en", "Microsoft signed large capacity deals with rival “neoclouds”, including Nebius.",
     ("Nebius", "PROVIDES_CLOUD_TO", "Microsoft")),
    # a German compound ending in a company's kind introduces its name
    ("de", "Siemens übernimmt den US-Simulationsspezialisten Altair für zehn Milliarden Dollar.",
     ("Siemens", "ACQUIRES", "Altair")),
    # a fronted passive without a named patient speaks of the previous sentence's subject
    ("de", "Parloa hat 120 Millionen Dollar eingesammelt. Angeführt wurde die Runde von General Catalyst.",
     ("General Catalyst", "INVESTS_IN", "Parloa")),
    # a verb that lists a role's members
    ("de", "Parloa hat 120 Millionen Dollar eingesammelt. Zu den Geldgebern gehören General Catalyst und EQT.",
     ("EQT", "INVESTS_IN", "Parloa")),
    ("en", "OpenAI's backers include Microsoft and SoftBank.", ("SoftBank", "INVESTS_IN", "OpenAI")),
    ("en", "Nvidia's chip customers include Meta and OpenAI.", ("Nvidia", "SUPPLIES_CHIPS_TO", "Meta")),
    # a genitive owner right before a company: its parent (as the knowledge base knows) or its head
    ("en", "Alphabet's Google said it would invest $40 billion in Texas.", ("Google", "SUBSIDIARY_OF", "Alphabet")),
    ("en", "Mira Murati's Thinking Machines Lab raised $2 billion.", ("Mira Murati", "LEADS", "Thinking Machines Lab")),
    ("en", "Microsoft's OpenAI stake is worth about $135bn.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    # talks and bids to buy; buying a part of a company
    ("en", "Apple is in talks to acquire Perplexity, according to people familiar with the matter.",
     ("Apple", "ACQUIRES", "Perplexity")),
    ("en", "Apple held internal discussions about bidding for Mistral AI.", ("Apple", "ACQUIRES", "Mistral AI")),
    ("de", "Cognition kaufte später den Rest von Windsurf.", ("Cognition", "ACQUIRES", "Windsurf")),
    # helping another company build its own chips
    ("en", "Broadcom will help OpenAI design its own AI chips.", ("OpenAI", "DEVELOPS_CHIPS_WITH", "Broadcom")),
    ("de", "Broadcom soll OpenAI helfen, eigene Chips zu entwickeln.", ("OpenAI", "DEVELOPS_CHIPS_WITH", "Broadcom")),
    # a description in the same clause as a fitting name means another company
    ("en", "Intel shares jumped after Nvidia agreed to buy a $5bn stake in the chipmaker.", ("Nvidia", "INVESTS_IN", "Intel")),
    # a relative clause opened by a preposition refers to the name before the comma
    ("de", "Die Schwarz-Gruppe, zu der Lidl und Kaufland gehören, baut ihr Cloud-Geschäft aus.",
     ("Kaufland", "SUBSIDIARY_OF", "Schwarz Gruppe")),
    ("de", "Helsing, an dem auch Saab beteiligt ist, baut Drohnen.", ("Saab", "INVESTS_IN", "Helsing")),
    ("en", "Anthropic, in which Amazon has invested $8bn, uses Trainium chips.", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("de", "OpenAI, an dem Microsoft rund 27 Prozent hält, wächst.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("de", "Das chinesische Handelsministerium hat eine Untersuchung gegen Nvidia eingeleitet.", ("MOFCOM", "REGULATES", "Nvidia")),
    # a second role joined by "and" shares the first one's company
    ("en", "Meta hired Scale AI founder and chief executive Alexandr Wang.", ("Alexandr Wang", "LEADS", "Scale AI")),
    # after a company's full name its first word alone means it
    ("en", "Meta bought a stake in Scale AI. Scale, which is backed by Nvidia, labels data.", ("Nvidia", "INVESTS_IN", "Scale AI")),
    # a rival named without its counterpart is the rival of the company in focus
    ("de", "Infineon wächst kräftig. Auch der Konkurrent STMicroelectronics arbeitet an ähnlichen Lösungen.",
     ("Infineon", "COMPETES_WITH", "STMicroelectronics")),
    # names listed after a plural, the list word behind a comma
    ("de", "Nvidia arbeitet mit mehreren Zulieferern zusammen, darunter auch Navitas und Texas Instruments.",
     ("Nvidia", "PARTNERS_WITH", "Texas Instruments")),
    # a German possessive points back to its own clause's subject, past a relative clause
    ("de", "Die Schwarz-Gruppe, zu der Lidl und Kaufland gehören, baut ihre Cloud-Tochter STACKIT aus.",
     ("STACKIT", "SUBSIDIARY_OF", "Schwarz Gruppe")),
    # an object phrase opening a German clause
    ("de", "An Aleph Alpha hält die Schwarz-Gruppe inzwischen die Mehrheit.", ("Schwarz Gruppe", "INVESTS_IN", "Aleph Alpha")),
    # a company's chips named by a bare modifier; a raid on a company's offices
    ("en", "Oracle has agreed to deploy 50,000 AMD chips in its cloud.", ("AMD", "SUPPLIES_CHIPS_TO", "Oracle")),
    ("en", "France's competition authority raided Nvidia's offices in 2023.", ("Autorité de la concurrence", "REGULATES", "Nvidia")),
    ("de", "Die italienische Wettbewerbsbehörde ermittelt gegen Meta.", ("AGCM", "REGULATES", "Meta")),
    # an English possessive means a subject before it, not the object of a relative clause
    ("en", "AMD, which bought server maker ZT Systems last year, is courting customers; its chief executive "
           "Lisa Su is upbeat.", ("Lisa Su", "LEADS", "AMD")),
    # a name counted among a company's role holders
    ("en", "France's Mistral AI, which counts Nvidia among its investors, will build a campus.",
     ("Nvidia", "INVESTS_IN", "Mistral AI")),
    ("de", "Mistral AI zählt Nvidia zu seinen wichtigsten Investoren.", ("Nvidia", "INVESTS_IN", "Mistral AI")),
    # a generic description means the one company outside its own clause
    ("de", "Perplexity steht unter Druck: Die New York Times hat das Unternehmen verklagt.",
     ("New York Times", "IN_CONFLICT_WITH", "Perplexity")),
    # founding needs no role word; running on a cloud seller's platform
    ("en", "Dario Amodei, who co-founded Anthropic with his sister, left OpenAI in 2020.", ("Dario Amodei", "LEADS", "Anthropic")),
    ("en", "Perplexity runs on Amazon Web Services.", ("Amazon Web Services", "PROVIDES_CLOUD_TO", "Perplexity")),
    ("de", "Die Modelle von OpenAI laufen in der Azure-Cloud von Microsoft.", ("Microsoft", "PROVIDES_CLOUD_TO", "OpenAI")),
    # a name before a comma and an indefinite role phrase is a company of that kind
    ("de", "Auch Dotmatics, ein Anbieter von Software für die Pharmaforschung, wurde von Siemens übernommen.",
     ("Siemens", "ACQUIRES", "Dotmatics")),
    ("de", "Mit der Übernahme des US-Softwarehauses Altair hat sich Siemens Know-how gesichert.",
     ("Siemens", "ACQUIRES", "Altair")),
    # competing with a product is competing with its maker
    ("de", "Mit Le Chat konkurriert Mistral AI direkt mit ChatGPT von OpenAI.", ("Mistral AI", "COMPETES_WITH", "OpenAI")),
    # all the names of an apposition list after a role's argument hold the role
    ("de", "Die Gründer von Mistral AI, Arthur Mensch, Guillaume Lample und Timothée Lacroix, kommen von Meta.",
     ("Guillaume Lample", "LEADS", "Mistral AI")),
    ("de", "Samsung ist der wichtigste Speicherlieferant von Nvidia.", ("Samsung", "SUPPLIES_CHIPS_TO", "Nvidia")),
    # a company reporting its own plans after the clause is its subject
    ("de", "Die Zusammenarbeit mit Google soll ausgebaut werden, teilte Samsung mit.",
     ("Samsung", "PARTNERS_WITH", "Google")),
    ("de", "OpenAI sicherte sich 40 Milliarden Dollar unter Führung von SoftBank.", ("SoftBank", "INVESTS_IN", "OpenAI")),
    # a described office of a place is the known regulator that holds it
    ("en", "Italy's data protection authority fined Replika's developer and warned OpenAI last year.",
     ("Garante", "REGULATES", "OpenAI")),
    ("de", "Gegen Meta ermittelt nun auch die französische Datenschutzbehörde.", ("CNIL", "REGULATES", "Meta")),
    # a list member introduced by its kind, with adjectives
    ("de", "SAP ist an Aleph Alpha, Anthropic und dem kanadischen Start-up Cohere beteiligt.", ("SAP", "INVESTS_IN", "Cohere")),
    ("en", "Microsoft has invested in Mistral, Anthropic and the Canadian startup Cohere.", ("Microsoft", "INVESTS_IN", "Cohere")),
    # a new name before an indefinite role phrase whose head names its owner
    ("de", "Delos Cloud, eine SAP-Tochter, betreibt eine Plattform für Behörden.", ("Delos Cloud", "SUBSIDIARY_OF", "SAP")),
    ("en", "The service is run by Delos Cloud, an SAP subsidiary.", ("Delos Cloud", "SUBSIDIARY_OF", "SAP")),
    # taking part without saying in what: the company the passage is about
    ("de", "Mistral AI sammelt 600 Millionen Euro ein. Auch Microsoft beteiligte sich mit 15 Millionen Euro.",
     ("Microsoft", "INVESTS_IN", "Mistral AI")),
    ("en", "Mistral AI raised $600m. The round was led by General Catalyst, with participation from Nvidia.",
     ("Nvidia", "INVESTS_IN", "Mistral AI")),
    ("en", "Mistral AI raised $600m. The round was led by General Catalyst.", ("General Catalyst", "INVESTS_IN", "Mistral AI")),
    # a description in the clause of a name inside a phrase means the topic, not that name
    ("de", "Helsing baut Drohnen. Mit dem Pariser KI-Entwickler Mistral AI arbeitet das Unternehmen an neuen Modellen.",
     ("Helsing", "PARTNERS_WITH", "Mistral AI")),
    # a new name introduced by a closed definite apposition
    ("en", "Magnetar, the Illinois hedge fund that was one of CoreWeave's earliest backers, remains a shareholder.",
     ("Magnetar", "INVESTS_IN", "CoreWeave")),
    # an unattached title belongs to the company the article is about, not to a side remark
    # a name after a comma followed by its verb opens a clause of its own
    ("de", "AWS betreibt eine Cloud in Brandenburg, Microsoft kooperiert mit Oracle, und Google bietet gemeinsam "
           "mit T-Systems eine Cloud an.", ("Microsoft", "PARTNERS_WITH", "Oracle")),
    # a preposition of another clause does not govern a name
    ("en", "Microsoft has invested about $13bn in OpenAI, while Amazon has put $8bn into Anthropic.",
     ("Amazon", "INVESTS_IN", "Anthropic")),
    # a company named by the people of its home town or state
    ("de", "Nvidia verkauft weiter gut. Bosch setzt bei seinen Fahrzeugrechnern ebenfalls auf Chips der Kalifornier.",
     ("Nvidia", "SUPPLIES_CHIPS_TO", "Bosch")),
    ("de", "Volkswagen meldet Zahlen. Zudem beteiligen sich die Wolfsburger mit 5,8 Milliarden Dollar am Elektroautobauer Rivian.",
     ("Volkswagen", "INVESTS_IN", "Rivian")),
    # a regulator approving aid for a company regulates it
    ("de", "Die EU-Kommission hatte die Beihilfe für Intel im August 2024 genehmigt.", ("European Commission", "REGULATES", "Intel")),
    # a coordinated subject of a symmetric role in the predicate is the pair
    ("de", "Meta und OpenAI sind direkte Rivalen.", ("Meta", "COMPETES_WITH", "OpenAI")),
    ("en", "Meta and OpenAI are direct rivals.", ("Meta", "COMPETES_WITH", "OpenAI")),
    # a hyphen compound with a company's own kind is the company
    ("de", "Der Suchdienst Perplexity erwägt eine Klage gegen den Meta-Konzern.", ("Perplexity", "IN_CONFLICT_WITH", "Meta")),
    # capacity secured from a provider
    ("de", "Darüber hinaus sicherte sich Meta bei dem Spezialanbieter CoreWeave Rechenkapazität für 14,2 Milliarden Dollar.",
     ("CoreWeave", "PROVIDES_CLOUD_TO", "Meta")),
    # a last clause of a name and an amount repeats the clause before for that name (gapping)
    ("de", "Microsoft will bis zu fünf Milliarden Dollar in Anthropic investieren, der Chipkonzern Nvidia bis zu "
           "zehn Milliarden Dollar.", ("Nvidia", "INVESTS_IN", "Anthropic")),
    ("en", "Amazon has put $8bn into Anthropic, and Google about $3bn.", ("Google", "INVESTS_IN", "Anthropic")),
    # a German stative passive with a participle ("ist … eingebunden")
    ("de", "Claude ist bereits in Microsoft 365 Copilot eingebunden.", ("Microsoft 365 Copilot", "INTEGRATES", "Claude")),
    # "beide Unternehmen" after a semicolon: the two companies of the clause before, acting together
    ("de", "Nvidia hat sich für fünf Milliarden Dollar an Intel beteiligt; beide Unternehmen wollen künftig gemeinsam "
           "Prozessoren für Rechenzentren entwickeln.", ("Nvidia", "DEVELOPS_CHIPS_WITH", "Intel")),
    # an English name joined by a hyphen
    ("en", "Encyclopaedia Britannica and its dictionary subsidiary Merriam-Webster filed a complaint.",
     ("Merriam-Webster", "SUBSIDIARY_OF", "Encyclopaedia Britannica")),
    # a maker in the genitive after the product, also as a compound with the company's own kind
    ("de", "BMW hat das Sprachmodell Qwen des Alibaba-Konzerns integriert.", ("Alibaba", "DEVELOPS", "Qwen")),
    # a German separable verb: "baut … ein" builds in; into the subject's own products
    ("de", "Tesla baut den Chatbot Grok von xAI in seine Fahrzeuge ein.", ("Tesla", "INTEGRATES", "Grok")),
    ("de", "SoftBank steigt mit zwei Milliarden Dollar bei Intel ein.", ("SoftBank", "INVESTS_IN", "Intel")),
    # a person's company named by its kind
    ("de", "Elon Musks KI-Firma xAI hat gegen OpenAI geklagt.", ("Elon Musk", "LEADS", "xAI")),
    ("en", "Elon Musk's AI company xAI sued OpenAI.", ("Elon Musk", "LEADS", "xAI")),
    # a preposition of addition joins the clause's subject; a predicate noun before a relative clause is its subject
    ("de", "Stargate ist ein Projekt, an dem neben OpenAI auch SoftBank und Oracle beteiligt sind.",
     ("OpenAI", "INVESTS_IN", "Stargate")),
    ("de", "Stargate ist ein Projekt, an dem neben OpenAI auch SoftBank und Oracle beteiligt sind.",
     ("Oracle", "INVESTS_IN", "Stargate")),
    # "vor allem" is an adverb, not a preposition governing the name after it
    ("de", "In größerem Umfang beliefert Samsung bislang vor allem den Nvidia-Rivalen AMD mit Speicherchips.",
     ("Samsung", "SUPPLIES_CHIPS_TO", "AMD")),
    # relying on a product is building it in; relying on a company is depending on it
    ("de", "Mercedes-Benz setzt im Cockpit auf Gemini.", ("Mercedes-Benz", "INTEGRATES", "Gemini")),
    ("de", "Mercedes-Benz setzt beim Fahren auf Nvidia.", ("Mercedes-Benz", "DEPENDS_ON", "Nvidia")),
    # a German subordinate clause puts the passive or stative auxiliary after the participle; a list stays in it
    ("de", "Den Assistenten Meta AI, der in WhatsApp, Instagram und Facebook eingebaut ist, hatte Meta spät freigeschaltet.",
     ("Instagram", "INTEGRATES", "Meta AI")),
    # a clause opened after a comma by a name introduced by its kind
    ("de", "Das Start-up Kontorlabs hat Claude in seine Software integriert, und die Münchner Legal-Tech-Firma "
           "Paragrafa erhält Zugang zu den Modellen.", ("Kontorlabs", "INTEGRATES", "Claude")),
    # placing a company under supervision regulates it
    ("de", "Das Bundeskartellamt hatte Meta bereits 2022 der verschärften Missbrauchsaufsicht unterstellt.",
     ("Bundeskartellamt", "REGULATES", "Meta")),
    # having chips made by a foundry ("bei TSMC fertigen lassen"); making a company's chips, verb-final
    ("de", "Nvidia lässt seine Hochleistungsprozessoren bislang bei TSMC in Taiwan fertigen.", ("TSMC", "SUPPLIES_CHIPS_TO", "Nvidia")),
    ("de", "Apple könnte einfache Prozessoren bei Intel fertigen lassen.", ("Intel", "SUPPLIES_CHIPS_TO", "Apple")),
    ("de", "Der chinesische Branchenprimus SMIC, der unter anderem die Ascend-Chips von Huawei fertigt, muss mit älteren "
           "Anlagen auskommen.", ("SMIC", "SUPPLIES_CHIPS_TO", "Huawei")),
    # a name after a role noun with a noun-like ending, which the text repeats, is a name
    ("de", "Mercedes hatte Geld in das texanische Robotik-Start-up Apptronik investiert. Apptronik, geführt von "
           "Mitgründer Jeff Cardenas, arbeitet mit der Alphabet-Tochter Google DeepMind zusammen.",
     ("Apptronik", "PARTNERS_WITH", "Google DeepMind")),
    # a longer name that starts with a known one, before a definite role phrase with its own argument
    ("en", "Samsung Next, the venture arm of Samsung Electronics, has held talks about a small stake.",
     ("Samsung Next", "SUBSIDIARY_OF", "Samsung")),
    # a role with a possessive pronoun belongs to the company the text is about
    ("en", "Perplexity raised money. Jeff Bezos was among its first backers.", ("Jeff Bezos", "INVESTS_IN", "Perplexity")),
    # names after a comparative ending share what the clause before says of its subject
    ("en", "Perplexity raised money. Nvidia was among its first backers, as were Microsoft and Databricks.",
     ("Databricks", "INVESTS_IN", "Perplexity")),
    ("en", "Perplexity raised money. Nvidia invested early, as did Microsoft.", ("Microsoft", "INVESTS_IN", "Perplexity")),
    # a bank or an insurer named by its kind refers to the last bank or insurer, not to the topic
    ("de", "Allianz setzt auf Claude. Die Modelle laufen auf AWS Bedrock von Amazon. Über ihren Wagniskapitalarm hat "
           "sich der Versicherer zudem an dem Kölner Start-up Schadenblick beteiligt.", ("Allianz", "INVESTS_IN", "Schadenblick")),
    # a deal with a company that sells nothing but GPU cloud is cloud
    ("en", "OpenAI has expanded its agreements with CoreWeave three times this year.", ("CoreWeave", "PROVIDES_CLOUD_TO", "OpenAI")),
    # a list whose second member comes with a compound role ("die Google-Mutter Alphabet") holds the stake together
    ("de", "Anthropic wächst. An dem kalifornischen Start-up halten vor allem Amazon und die Google-Mutter Alphabet "
           "Milliardenanteile.", ("Amazon", "INVESTS_IN", "Anthropic")),
    # a company's unit named as a compound ("die Amazon-Cloudsparte AWS")
    ("de", "Bereitgestellt werde die Technik über den Dienst Bedrock der Amazon-Cloudsparte AWS.",
     ("Amazon Web Services", "SUBSIDIARY_OF", "Amazon")),
    # a penalty imposed by a regulator, in the passive
    ("de", "OpenAI war schon 2024 von der italienischen Datenschutzbehörde Garante mit einer Strafe von 15 Millionen Euro "
           "belegt worden.", ("Garante", "REGULATES", "OpenAI")),
    # a model that "steckt in" a product is built into it; with money, "stecken" is investing
    ("de", "Gemini steckt inzwischen auch in der Google-Suche.", ("Google Search", "INTEGRATES", "Gemini")),
    # a person named by a known given name
    ("de", "NXP wird seit Oktober 2025 von Rafael Sotomayor geführt.", ("Rafael Sotomayor", "LEADS", "NXP")),
    # winning against someone, meeting rivals in a competition
    ("de", "Dell hat sich gegen Hewlett Packard Enterprise und Supermicro durchgesetzt.", ("Dell", "COMPETES_WITH", "Supermicro")),
    ("en", "Dell beat out Supermicro for the contract.", ("Dell", "COMPETES_WITH", "Supermicro")),
    ("de", "Im Wettbewerb um die Chips treffen Infineon und NXP auf STMicroelectronics und Renesas.",
     ("NXP", "COMPETES_WITH", "Renesas")),
    # taking part without an object: the object of the sentence before's same relation
    ("de", "Intel meldet Verluste. Nvidia hat sich mit fünf Milliarden Dollar an Intel beteiligt. Bereits im August war "
           "der Technologieinvestor SoftBank mit zwei Milliarden Dollar eingestiegen.", ("SoftBank", "INVESTS_IN", "Intel")),
    # a subordinate clause first: the main clause's subject is the topic
    ("en", "While the lawyers fight, xAI is spending heavily. It also bought a stake in Mistral AI.",
     ("xAI", "INVESTS_IN", "Mistral AI")),
    # a preposition that belongs to the verb does not make the description a role
    ("en", "Google designed its TPUs with Broadcom. Meta works with the chipmaker on its MTIA accelerators.",
     ("Meta", "DEVELOPS_CHIPS_WITH", "Broadcom")),
    # a name classified by a noun of a product's kind, with a kind word between ('voice assistant')
    ("en", "Reviewers tested Qualcomm's Snapcraft computer last week.", ("Qualcomm", "DEVELOPS", "Snapcraft")),
    ("en", "Analysts expect Xiaomi to put the model into its Xiao Ai voice assistant.", ("Xiaomi", "DEVELOPS", "Xiao Ai")),
    # German compound heads of a product's kind, with adjectives after the article
    ("de", "Bosch stellt die neue Fertigungssoftware Nexeed vor.", ("Bosch", "DEVELOPS", "Nexeed")),
    ("de", "Für die Fabriken liefert Siemens die hauseigene Steuerungsplattform Xcelerator.", ("Siemens", "DEVELOPS", "Xcelerator")),
    # a maker description says who makes the product, whatever the clause denies
    ("de", "Mit dem Claude-Entwickler hat der Versicherer keinen Vertrag.", ("Anthropic", "DEVELOPS", "Claude")),
    ("en", "Broadcom signed a deal. It is the second deal the ChatGPT maker has struck this year.", ("OpenAI", "DEVELOPS", "ChatGPT")),
    # a possessive before a compound whose head is the product's kind
    ("de", "Als Lieferant gilt der Zulieferer Continental, dessen Aurora-Sensoren Audi verbaut.", ("Continental", "DEVELOPS", "Aurora")),
    # a possessive opening the next clause points to the first clause's subject, not its object
    ("de", "Die Deutsche Bank setzt auf Google: Ihr digitaler Assistent Linda nutzt das Modell Gemini.", ("Deutsche Bank", "DEVELOPS", "Linda")),
    # a regulator acting on a company's matter far back in the German middle field
    ("de", "Das US-Handelsministerium hat den Verkauf von AMD-Chips nach China erneut beschränkt.",
     ("US Commerce Department", "REGULATES", "AMD")),
    # an active perfect: 'von' belongs to the object, it names no agent
    ("de", "Die EU-Kommission hatte die Übernahme von Mistral AI nach kurzer Prüfung genehmigt.",
     ("European Commission", "REGULATES", "Mistral AI")),
    # a regulator's objection to a company's matter
    ("de", "Die Datenschutzbehörde DPC hat Bedenken gegen die Datennutzung von LinkedIn angemeldet.",
     ("DPC", "REGULATES", "LinkedIn")),
    # a regulator reviewing a deal the sentence states acts on its parties
    ("en", "Cisco completed its purchase of Splunk after the European Commission closed a review of the deal.",
     ("European Commission", "REGULATES", "Cisco")),
    # a name that opens with a known company's name is its unit or its product
    ("en", "The round also drew Qualcomm Ventures and several pension funds.", ("Qualcomm Ventures", "SUBSIDIARY_OF", "Qualcomm")),
    ("en", "Users can now ask Perplexity Assistant to book tables.", ("Perplexity", "DEVELOPS", "Perplexity Assistant")),
    # a German compound whose head is a chip
    ("de", "NXP liefert Steuerchips an BMW.", ("NXP", "SUPPLIES_CHIPS_TO", "BMW")),
    # chips named by their designer come from it, whoever rents them out
    ("en", "Mistral AI rented Nvidia chips from CoreWeave last year.", ("Nvidia", "SUPPLIES_CHIPS_TO", "Mistral AI")),
    # a phrase trigger that finds no frame ('agreed to buy' a company) leaves its verb to others
    ("en", "Meta has agreed to buy accelerators from AMD.", ("AMD", "SUPPLIES_CHIPS_TO", "Meta")),
    # German extended attributes: the agent phrase before the participle acts on the noun phrase's name
    ("de", "Auch der von Nvidia und Microsoft finanzierte Bildgenerator-Entwickler Black Forest Labs meldet Zahlen.",
     ("Microsoft", "INVESTS_IN", "Black Forest Labs")),
    ("de", "Der von Amazon unterstützte Claude-Entwickler Anthropic wächst.", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("en", "The Amazon-backed Claude maker Anthropic is growing.", ("Amazon", "INVESTS_IN", "Anthropic")),
    # a joint venture's owners hold stakes in it and are partners; a bracketed short form names it again
    ("de", "Die Vantor Lumen Company (VLC), ein Gemeinschaftsunternehmen von Intel mit Bosch und Infineon, "
           "baut ein Werk. VLC soll 2028 starten.", ("Bosch", "INVESTS_IN", "Vantor Lumen Company")),
    ("de", "Die Vantor Lumen Company (VLC), ein Gemeinschaftsunternehmen von Intel mit Bosch und Infineon, "
           "baut ein Werk.", ("Intel", "PARTNERS_WITH", "Bosch")),
    ("de", "Die Vantor Lumen Company (VLC) baut ein Werk. Nvidia investiert in VLC.",
     ("Nvidia", "INVESTS_IN", "Vantor Lumen Company")),
    # competing: chasing a rival, gaining ground on it, a hand against it, challenged by it
    ("en", "Google is chasing Nvidia in the chip market.", ("Google", "COMPETES_WITH", "Nvidia")),
    ("en", "AMD is gaining ground on Nvidia in data centres.", ("AMD", "COMPETES_WITH", "Nvidia")),
    ("en", "The deal strengthens Oracle's hand against Microsoft.", ("Oracle", "COMPETES_WITH", "Microsoft")),
    ("en", "Nvidia's dominance is challenged by AMD.", ("AMD", "COMPETES_WITH", "Nvidia")),
    # an article after a noun opens the next phrase: the preposition before governs only the first
    ("de", "Audi hat in seinen Fahrzeugen das Sprachmodell Gemini integriert.", ("Audi", "INTEGRATES", "Gemini")),
    # a maker's name with a size word names its model
    ("de", "Ionos bietet Mistral Small des französischen Anbieters Mistral AI an.", ("Mistral AI", "DEVELOPS", "Mistral Small")),
    # a product's kind noun before a name ending like a noun ('-ur') still introduces a name
    ("de", "Die KI-Software Centaur von Helsing soll in Kampfjets eingebaut werden.", ("Helsing", "DEVELOPS", "Centaur")),
    # co-founders named with 'with' / 'gemeinsam mit' founded the company too
    ("de", "Arthur Mensch hatte Mistral AI 2023 gemeinsam mit Guillaume Lample gegründet.",
     ("Guillaume Lample", "LEADS", "Mistral AI")),
    # 'whose' / 'an deren Spitze': the role belongs to the name before the comma
    ("en", "Nvidia, whose chief executive Jensen Huang spoke in Paris, raised prices.", ("Jensen Huang", "LEADS", "Nvidia")),
    ("de", "Die SAP, an deren Spitze Christian Klein steht, wächst.", ("Christian Klein", "LEADS", "SAP")),
    ("de", "An der Spitze von Aleph Alpha steht Jonas Andrulis.", ("Jonas Andrulis", "LEADS", "Aleph Alpha")),
    # a participle opening the sentence describes the main clause's subject, past an apposition
    ("en", "Founded in 2019 by Aidan Gomez, a former Google researcher, Cohere sells models to companies.",
     ("Aidan Gomez", "LEADS", "Cohere")),
    # a capitalised word before '-Tochter', '-Chef' names a company even when unknown
    ("de", "Die Vantoro-Tochter Vantoro Cloud baut ein Rechenzentrum.", ("Vantoro Cloud", "SUBSIDIARY_OF", "Vantoro")),
    # a company's genitive before a kind noun and the unit its own owner holds
    ("de", "Die Chips entwickelt Amazons Chipschmiede Annapurna Labs.", ("Annapurna Labs", "SUBSIDIARY_OF", "Amazon")),
    # building a product into another: the host integrates it
    ("en", "Samsung has built Gemini into its Bixby assistant.", ("Bixby", "INTEGRATES", "Gemini")),
    # members of a role listed after a relative clause and adjectives: the story's company holds them
    ("de", "Helsing sammelt Geld ein. Helsing wächst. Helsing baut Drohnen. Zu den bisherigen Geldgebern, die erneut "
           "mitzogen, zählen Lightspeed und Accel.", ("Accel", "INVESTS_IN", "Helsing")),
    # running on another company's infrastructure or cloud makes it the cloud provider
    ("de", "Aleph Alpha betreibt seine Plattform auf der Infrastruktur von Ionos.", ("IONOS", "PROVIDES_CLOUD_TO", "Aleph Alpha")),
    ("de", "Branchenkreisen zufolge könnte OpenAI bei Stackit Kapazitäten anmieten.", ("STACKIT", "PROVIDES_CLOUD_TO", "OpenAI")),
    # a regulator's noun without its own object: the one company of the regulator's clause
    ("de", "Das Bundeskartellamt hat Amazon unter verschärfte Aufsicht gestellt.", ("Bundeskartellamt", "REGULATES", "Amazon")),
    ("en", "The Irish Data Protection Commission paused Meta's AI training in Europe.", ("DPC", "REGULATES", "Meta")),
    # a 'zu' infinitive clause takes its subject from the clause that governs it
    ("de", "Meta plant offenbar, das Start-up Safe Superintelligence zu übernehmen.",
     ("Meta", "ACQUIRES", "Safe Superintelligence")),
    # paying for a company is buying it
    ("en", "Last year Databricks paid about $1 billion for Neeva.", ("Databricks", "ACQUIRES", "Neeva")),
    ("de", "SAP zahlte 1,5 Milliarden Dollar für das Start-up WalkMe.", ("SAP", "ACQUIRES", "WalkMe")),
    # names whose last word is a common noun, inside a sentence
    ("en", "Snowflake bought Crunchy Data, a Postgres specialist, for around $250 million.",
     ("Snowflake", "ACQUIRES", "Crunchy Data")),
    # a demonstrative description ('that round') takes up the story's company like 'the round'
    ("en", "Figure AI raised $1bn in a Series C round this autumn. Salesforce and Qualcomm also joined that round.",
     ("Salesforce", "INVESTS_IN", "Figure AI")),
    # a second relative clause joined by 'und' shares the first one's antecedent
    ("de", "Mistral AI, das von Arthur Mensch geführt wird und an dem auch Nvidia beteiligt ist, wächst.",
     ("Nvidia", "INVESTS_IN", "Mistral AI")),
    # a German relative pronoun with an article after it is the subject of its clause
    ("de", "Von der Google-Tochter Google DeepMind, welche die Modellfamilie Gemini entwickelt, verlangt das Büro Auskunft.",
     ("Google DeepMind", "DEVELOPS", "Gemini")),
    # the maker after a compound product ('die Instinct-Chips von AMD') or in a German genitive
    ("de", "Alternativen wie die Instinct-Chips von AMD seien nicht eingeplant.", ("AMD", "DEVELOPS", "Instinct")),
    ("de", "Bereitgestellt werde die Technik über den Dienst Bedrock der Amazon-Cloudsparte AWS.",
     ("Amazon Web Services", "DEVELOPS", "Bedrock")),
    # a German verb that closes its clause has its object before it
    ("de", "BMW hat in seinen Modellen das Sprachmodell Qwen integriert und bringt den Assistenten Alexa+ ins Auto.",
     ("BMW", "INTEGRATES", "Qwen")),
    # software running on a product: the host integrates it
    ("de", "Die Simulationssoftware Omniverse läuft künftig auf der Plattform PhariaAI.", ("PhariaAI", "INTEGRATES", "Omniverse")),
    # a regulator's code or ruling binds the company that signs or fights it
    ("de", "Mistral AI hat im Sommer den Verhaltenskodex der EU-Kommission unterzeichnet.",
     ("European Commission", "REGULATES", "Mistral AI")),
    # 'der' before a name opens a relative clause whose subject it is
    ("de", "Der Plattenkonzern Warner Music Group, der Suno im vergangenen Jahr verklagt hatte, schloss einen Vergleich.",
     ("Warner Music Group", "IN_CONFLICT_WITH", "Suno")),
    # a German name in a phrase of its own right before a noun is no modifier of it
    ("de", "Google hat bei der EU-Kommission Beschwerde gegen Microsofts Lizenzbedingungen eingelegt.",
     ("Google", "IN_CONFLICT_WITH", "Microsoft")),
    # a role opening a German clause, its holder after the verb: the story's company owns the role
    ("de", "Helsing wächst. Helsing baut Drohnen. Als wichtigster Rivale gilt der US-Konzern Anduril.",
     ("Helsing", "COMPETES_WITH", "Anduril")),
    ("de", "DeepL wächst. DeepL übersetzt. Der wichtigste Konkurrent bleibt Google.", ("DeepL", "COMPETES_WITH", "Google")),
    # a company investing through its venture arm: the arm invests too
    ("de", "Über seine Beteiligungsgesellschaft Bosch Ventures hat sich Bosch an dem Start-up Aleph Alpha beteiligt.",
     ("Bosch Ventures", "INVESTS_IN", "Aleph Alpha")),
    ("de", "Über seine Beteiligungsgesellschaft Bosch Ventures hat sich Bosch an dem Start-up Aleph Alpha beteiligt.",
     ("Bosch", "INVESTS_IN", "Aleph Alpha")),
    # a cloud seller's customer gets cloud from it
    ("en", "Nebius sells compute. Microsoft is the largest customer of Nebius.", ("Nebius", "PROVIDES_CLOUD_TO", "Microsoft")),
    # a known chip delivered to a company: its maker supplies it
    ("en", "The first Blackwell chips were shipped to Microsoft in October.", ("Nvidia", "SUPPLIES_CHIPS_TO", "Microsoft")),
    ("de", "Die Beschleunigergeneration Instinct MI450, die ab Herbst an OpenAI ausgeliefert werden soll, nutzt HBM4.",
     ("AMD", "SUPPLIES_CHIPS_TO", "OpenAI")),
    # counting a company as a role holder; 'one of X's backers' in apposition
    ("en", "Lambda, which counts Microsoft as a customer, rents out GPUs.", ("Lambda", "PROVIDES_CLOUD_TO", "Microsoft")),
    ("en", "OpenAI counts Microsoft as its largest shareholder.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("en", "Nvidia, one of CoreWeave's biggest shareholders, also supplies its chips.", ("Nvidia", "INVESTS_IN", "CoreWeave")),
    # belonging to a company by a minority share is a stake, not ownership
    ("de", "OpenAI gehört zu rund 27 Prozent Microsoft.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    # members of a role after 'whose' belong to the name before the comma
    ("en", "Cohere, whose backers include Nvidia and Salesforce, is valued at $7bn.", ("Salesforce", "INVESTS_IN", "Cohere")),
    # a counted list mixing companies and people keeps all its members
    ("en", "Perplexity counts Nvidia, SoftBank and Jeff Bezos among its investors.", ("SoftBank", "INVESTS_IN", "Perplexity")),
    ("en", "Perplexity is growing. Its investors include Nvidia, SoftBank and Jeff Bezos.", ("Jeff Bezos", "INVESTS_IN", "Perplexity")),
    ("en", "CoreWeave rents out chips. CoreWeave grew fast. Nvidia owns 7 per cent of CoreWeave. Magnetar, the hedge fund "
           "that backed CoreWeave early, remains a shareholder. Chief executive Michael Intrator said revenue would slip.",
     ("Michael Intrator", "LEADS", "CoreWeave")),
    # investor names with a capitalised noun inside; a round and its lead investors
    ("en", "Lumen Robotics raised $300m in a round led by Harbor Growth Partners.",
     ("Harbor Growth Partners", "INVESTS_IN", "Lumen Robotics")),
    # products: after a plural possessive, with a version number, with a name word like 'AI'
    ("en", "Agility Robotics' Digit robots move totes in warehouses.", ("Agility Robotics", "DEVELOPS", "Digit")),
    ("en", "BMW has been testing Figure AI's Figure 02 robots at its plant.", ("Figure AI", "DEVELOPS", "Figure 02")),
    ("en", "Snowflake has pushed its Cortex AI service to banks.", ("Snowflake", "DEVELOPS", "Cortex AI")),
    # a seller ruled out as developer does not hide the integrator
    ("en", "Deutsche Telekom has built Perplexity Assistant into its phones.",
     ("Deutsche Telekom", "INTEGRATES", "Perplexity Assistant")),
    # goods from several sellers
    ("en", "OpenAI has agreed to buy custom accelerators from Broadcom and processors from AMD.",
     ("AMD", "SUPPLIES_CHIPS_TO", "OpenAI")),
    # a leading subordinate clause ends at its comma; a share increase without object is in the story's company
    ("de", "Black Forest Labs hat 300 Millionen Dollar eingesammelt. Wie das Unternehmen mitteilte, stocken zudem "
           "Andreessen Horowitz und General Catalyst ihre Anteile auf.", ("General Catalyst", "INVESTS_IN", "Black Forest Labs")),
    # a percent sign counts like 'per cent'; the agent of a supply participle after the goods supplies them
    ("en", "Microsoft holds roughly 27% of OpenAI.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("en", "Anthropic agreed to use up to one million TPUs supplied by Google.", ("Google", "SUPPLIES_CHIPS_TO", "Anthropic")),
    # shipping a model on one's own devices: the devices and their maker integrate it
    ("en", "Samsung already ships Gemini on its Galaxy devices.", ("Galaxy", "INTEGRATES", "Gemini")),
    ("en", "Samsung already ships Gemini on its Galaxy devices.", ("Samsung", "INTEGRATES", "Gemini")),
    ("en", "Broadcom designs custom chips for Meta.", ("Broadcom", "DEVELOPS_CHIPS_WITH", "Meta")),
    # an ambiguous name capitalised before a unit noun is the company; the parent the text names wins
    ("en", "Thinking Machines has relied on Google Cloud, the Alphabet unit, for training.",
     ("Google Cloud", "SUBSIDIARY_OF", "Alphabet")),
    ("de", "Die Schwarz Gruppe, Mutterkonzern der Handelsketten Lidl und Kaufland, will aufschließen.",
     ("Kaufland", "SUBSIDIARY_OF", "Schwarz Gruppe")),
    # a determiner after a comma is a relative pronoun, not the article of an ambiguous name
    ("de", "Der Streit fällt in eine Phase, in der Meta und OpenAI ohnehin als direkte Rivalen um Nutzer ringen.",
     ("Meta", "COMPETES_WITH", "OpenAI")),
    # a version the knowledge base does not list is a product of its own, by the known one's maker
    ("en", "xAI released Grok 5 in July, its most capable model so far.", ("xAI", "DEVELOPS", "Grok 5")),
    # a product named by a naming phrase stands where its noun does
    ("en", "Apple is reportedly developing its own AI server chip, code-named Baltra, with Broadcom.", ("Apple", "DEVELOPS", "Baltra")),
    ("de", "Apple entwickelt einen eigenen Serverchip mit dem Codenamen Baltra.", ("Apple", "DEVELOPS", "Baltra")),
    ("de", "OpenAI arbeitet an einem Gerät namens Io Pin.", ("OpenAI", "DEVELOPS", "Io Pin")),
    # the product a model is built into, and the company that owns the product
    ("de", "Apple setzt bei Siri künftig auf das Modell Gemini von Google.", ("Siri", "INTEGRATES", "Gemini")),
    ("de", "Apple setzt bei Siri künftig auf das Modell Gemini von Google.", ("Apple", "INTEGRATES", "Gemini")),
    # 'hat … genehmigt' is an active perfect: the 'durch' phrase before it belongs to the deal noun
    ("de", "Die EU-Kommission hat die Übernahme von Run:ai durch Nvidia genehmigt.", ("Nvidia", "ACQUIRES", "Run:ai")),
    # a compound participle whose noun is the subsidiary; a progressive is no passive
    ("en", "Amazon-owned Zoox tests robotaxis.", ("Zoox", "SUBSIDIARY_OF", "Amazon")),
    ("en", "Microsoft is integrating Anthropic's Claude models into Copilot.", ("Copilot", "INTEGRATES", "Claude")),
    ("en", "Waymo, the Alphabet self-driving unit, expanded to Austin.", ("Waymo", "SUBSIDIARY_OF", "Alphabet")),
    ("de", "Der digitale Assistent Ava der Commerzbank greift auf den Azure OpenAI Service von Microsoft zurück.",
     ("Ava", "INTEGRATES", "Azure OpenAI Service")),
    ("en", "Its Sonar models, which are built on Meta's Llama, answer most questions.", ("Sonar", "INTEGRATES", "Llama")),
    # a court named by its kind and seat; its judgment regulates the party appealing it
    ("de", "OpenAI hat gegen das Urteil des Landgerichts München I Berufung eingelegt.",
     ("Landgericht München I", "REGULATES", "OpenAI")),
    ("de", "Für die Deutsche Bank ist zusätzlich die Europäische Zentralbank zuständig.",
     ("European Central Bank", "REGULATES", "Deutsche Bank")),
    # a topic phrase naming a kind the topic is not refers to a company of that kind
    ("de", "An dem Münchner Drohnenhersteller Quantum Systems hat sich Siemens nicht beteiligt. Das Start-up, das im "
           "Frühjahr 160 Millionen Euro einsammelte, wird vom Wagniskapitalgeber Balderton Capital finanziert.",
     ("Balderton Capital", "INVESTS_IN", "Quantum Systems")),
    ("de", "Siemens arbeitet mit Microsoft zusammen. Der Industrial Copilot der Münchner basiert auf dem Azure OpenAI "
           "Service des Softwarekonzerns.", ("Industrial Copilot", "INTEGRATES", "Azure OpenAI Service")),
    # money elsewhere in the sentence does not make 'led by' a funding round
    ("en", "Meta, led by Mark Zuckerberg, has also signed a $14bn capacity agreement with CoreWeave.",
     ("Mark Zuckerberg", "LEADS", "Meta")),
    # investors alongside an investor invest in the same company
    ("en", "Nvidia, which invested in Nebius in a $700mn funding round last December alongside Accel and Orbis, grew.",
     ("Accel", "INVESTS_IN", "Nebius")),
    # an amount between the owner's genitive and the named object; a description may take up a name in a phrase
    ("en", "Meta's $14.3 billion Scale AI bet sends rivals running.", ("Meta", "INVESTS_IN", "Scale AI")),
    # an apposition after a verb particle; a relative pronoun before 'sich' is the investor
    ("de", "Die Rechenkapazität stelle Ionos bereit, die Cloud-Tochter des Internetkonzerns United Internet.",
     ("IONOS", "SUBSIDIARY_OF", "United Internet")),
    ("de", "Helsing wächst. Eng verbunden ist Helsing mit dem Rüstungskonzern Saab, der sich 2023 mit einer "
           "Minderheitsbeteiligung eingekauft hatte.", ("Saab", "INVESTS_IN", "Helsing")),
    # a clause-opening role with its owner, the holder after the copula
    ("de", "Wichtigster Partner von Mistral AI ist Microsoft.", ("Microsoft", "PARTNERS_WITH", "Mistral AI")),
    # apps and social platforms are bought and owned like companies
    ("en", "The FTC is still fighting Meta over its purchases of Instagram and WhatsApp.", ("Meta", "ACQUIRES", "WhatsApp")),
    ("de", "Der Sprachassistent nutzt das Modell Doubao der TikTok-Mutter ByteDance.", ("TikTok", "SUBSIDIARY_OF", "ByteDance")),
    # a role with its owner's genitive and its holders listed after it
    ("en", "Scale AI grew. Scale's earlier investors, including Accel, Amazon and Nvidia, will keep their shares.",
     ("Amazon", "INVESTS_IN", "Scale AI")),
    # content or data sold to a company is licensed to it
    ("en", "Reddit has sold its data to Google and OpenAI for training.", ("Reddit", "LICENSES_TO", "OpenAI")),
    # an -ing form after a preposition still takes the verb's arguments
    ("en", "Arm's traditional business of licensing instruction sets to chipmakers such as Qualcomm and Apple grew.",
     ("Arm", "LICENSES_TO", "Qualcomm")),
    ("en", "Meta held takeover talks before putting $14.3bn into Scale AI.", ("Meta", "INVESTS_IN", "Scale AI")),
    # a possessive pronoun two adjectives before the role still owns it
    ("en", "Nvidia chips are everywhere. Core Scientific said the deal failed after its largest active shareholder, "
           "Two Seas Capital, campaigned against it.", ("Two Seas Capital", "INVESTS_IN", "Core Scientific")),
    # a genitive after the role's argument opens a phrase about the argument, no holder
    ("en", "Amazon is the largest investor in Anthropic, OpenAI's closest rival.", ("Amazon", "INVESTS_IN", "Anthropic")),
    # a longer name ending in a holding word is the parent, not the unit
    ("en", "OpenAI restructured. The for-profit business is controlled by the nonprofit OpenAI Foundation.",
     ("OpenAI", "SUBSIDIARY_OF", "OpenAI Foundation")),
    # a parent holds a stake in a listed unit named after it
    ("de", "Siemens wächst. Die Beteiligung am Energietechnikkonzern Siemens Energy hatte das Unternehmen auf unter "
           "15 Prozent reduziert.", ("Siemens", "INVESTS_IN", "Siemens Energy")),
    ("de", "Microsoft bietet seine Modelle über die Delos Cloud an, eine Tochter von SAP.", ("Delos Cloud", "SUBSIDIARY_OF", "SAP")),
    # rivals listed after the role noun, in a prepositional phrase: the clause subject's
    ("de", "Die Deutsche Telekom baut eine KI-Fabrik. Gegenüber den großen Konkurrenten Amazon Web Services, Microsoft "
           "und Google bleibt das Angebot der Bonner klein.", ("Deutsche Telekom", "COMPETES_WITH", "Google")),
    # 'das' before a name: a company antecedent can only be the one integrating
    ("de", "Microsoft, das GPT-5 in seinen Assistenten Copilot integriert hat, äußerte sich nicht.",
     ("Copilot", "INTEGRATES", "GPT-5")),
    # separable 'greift … zu' and 'zugreifen auf'
    ("de", "Joule soll künftig auch auf Mistral Large zugreifen können.", ("Joule", "INTEGRATES", "Mistral Large")),
    ("de", "Joule greift seit Mai auf Mistral Large zu.", ("Joule", "INTEGRATES", "Mistral Large")),
    # a platform a model is offered through builds it in; a list after the clause spells out 'Modelle'
    ("de", "Microsoft bietet das Modell Mistral Large über seine Plattform Azure AI Foundry an.",
     ("Azure AI Foundry", "INTEGRATES", "Mistral Large")),
    ("de", "Über den Dienst Bedrock stellt Amazon Modelle bereit, darunter Claude und Llama.", ("Bedrock", "INTEGRATES", "Llama")),
    ("en", "Amazon offers Claude and Llama through its Bedrock service.", ("Bedrock", "INTEGRATES", "Llama")),
    # a complaint a regulator examines is the regulator's matter, whoever it names first
    ("de", "In Südkorea prüft die Wettbewerbsbehörde KFTC Beschwerden über die Vergabepraxis von SK Hynix.",
     ("Korea Fair Trade Commission", "REGULATES", "SK Hynix")),
    # the owner after the noun that opens a sentence becomes its topic
    ("en", "Microsoft signed a deal with Nebius. Shares of Nebius jumped almost 50% on the news. The company, the former "
           "international arm of Russian internet group Yandex, is run by Arkady Volozh.", ("Nebius", "SUBSIDIARY_OF", "Yandex")),
    # a fronted round is the object; the names after the verb led it
    ("de", "Mistral AI lehnte das Angebot ab. Die letzte Finanzierungsrunde über eine Milliarde Dollar hatten im Mai 2024 "
           "Andreessen Horowitz, Lightspeed Venture Partners und Thrive Capital angeführt.",
     ("Lightspeed Venture Partners", "INVESTS_IN", "Mistral AI")),
    ("de", "Die Finanzierungsrunde von Mistral AI hatte ASML angeführt.", ("ASML", "INVESTS_IN", "Mistral AI")),
    ("en", "Microsoft secured a licence to OpenAI's models.", ("OpenAI", "LICENSES_TO", "Microsoft")),
    ("de", "Mistral AI wächst schnell. Die Runde führte General Catalyst an.", ("General Catalyst", "INVESTS_IN", "Mistral AI")),
    # 'den' is the object of its clause; a product antecedent of 'das'/'die' too
    ("de", "Der Kleinwagen ID.Every1, den Volkswagen in Wolfsburg entwickelt, kommt 2027.",
     ("Volkswagen", "DEVELOPS", "ID.Every1")),
    ("de", "Im Herbst wurde das Modell Gemini vorgestellt, das Google DeepMind entwickelt hat.",
     ("Google DeepMind", "DEVELOPS", "Gemini")),
    # products named by nouns of their kind, in any case form
    ("de", "Dort entwickelt Volkswagen seine Fahrzeugarchitektur CEA gemeinsam mit Xpeng.", ("Volkswagen", "DEVELOPS", "CEA")),
    ("de", "Auch AMD drängt mit seinen Instinct-Beschleunigern in diesen Markt.", ("AMD", "DEVELOPS", "Instinct")),
    ("de", "Die GEMA verklagt Suno. Dessen Musikgenerator Suno Studio soll Melodien bekannter Titel nachahmen.",
     ("Suno", "DEVELOPS", "Suno Studio")),
    # a coordinator after a clause-final verb and a name opens a second clause with its own subject
    ("de", "Die Kommission kam zu dem Schluss, dass Google nur eine untergeordnete Rolle spiele und Mistral AI ohnehin mit "
           "starken Anbietern wie Cohere konkurriere.", ("Mistral AI", "COMPETES_WITH", "Cohere")),
    # a prepositional relative clause after an apposition speaks of the name the apposition describes
    ("de", "Dort baut Nscale, ein Gemeinschaftsunternehmen, an dem Nvidia 70 Prozent hält, ein Werk.",
     ("Nvidia", "INVESTS_IN", "Nscale")),
    # 'gemeinsam mit' / 'together with' names co-investors
    ("de", "Das Modell Luminous stammt von Aleph Alpha, an dem SAP seit 2023 gemeinsam mit der Schwarz-Gruppe und Bosch "
           "beteiligt ist.", ("Bosch", "INVESTS_IN", "Aleph Alpha")),
    # a verb of leading may take a company's board for the company
    ("en", "PIF Governor Yasir Al-Rumayyan, who chairs Nvidia's board, said in May the company should grow.",
     ("Yasir Al-Rumayyan", "LEADS", "Nvidia")),
    # a German compound of a company head describes a company ('Suchmaschinenkonzern')
    ("de", "Die EU-Kommission schrieb an Google. Der Suchmaschinenkonzern, der zur Holding Alphabet gehört, antwortete.",
     ("Google", "SUBSIDIARY_OF", "Alphabet")),
    # a relative pronoun after an apposition's noun speaks of the name the apposition describes
    ("en", "Microsoft signed a deal with Lambda, a Californian GPU cloud that competes with Nebius and CoreWeave for "
           "the same contracts.", ("Lambda", "COMPETES_WITH", "CoreWeave")),
    # 'Teil von X' as a predicate after 'werden'
    ("de", "Groq werde nicht Teil von Nvidia, sondern bleibe eigenständig.", ("Groq", "SUBSIDIARY_OF", "Nvidia")),
    # English capitalises a product name's own noun
    ("en", "Microsoft had built the Integrated Visual Augmentation System for soldiers.",
     ("Microsoft", "DEVELOPS", "Integrated Visual Augmentation System")),
    # relying on a chip designer is relying on its chips
    ("de", "Mercedes-Benz setzt im Cockpit auf Gemini und beim Fahren auf Nvidia.", ("Nvidia", "SUPPLIES_CHIPS_TO", "Mercedes-Benz")),
    ("en", "Critics argue that CoreWeave depends too heavily on Nvidia.", ("Nvidia", "SUPPLIES_CHIPS_TO", "CoreWeave")),
    # a sentence framed by 'For X,' speaks of X where a pronoun stands for the subject
    ("en", "AMD and HUMAIN formed a venture. For Cisco, the venture is a chance to gain ground in AI networking, where "
           "it competes with Arista Networks.", ("Cisco", "COMPETES_WITH", "Arista Networks")),
    # 'der Konzern' in a clause naming the current topic means the company the article is about
    ("de", "Die Deutsche Telekom baut eine KI-Fabrik. Die Deutsche Telekom vermietet Rechenleistung. Die Telekom wirbt um "
           "Kunden. Auch der Suchdienst Perplexity nutzt die Rechenkapazität der Bonner. Mit Perplexity arbeitet der "
           "Konzern bereits seit dem vergangenen Jahr zusammen.", ("Deutsche Telekom", "PARTNERS_WITH", "Perplexity")),
    # a German predicate role takes its argument from before it ('bleibt für X Partner')
    ("de", "SAP rüstet auf. Microsoft bleibt für die Walldorfer damit Partner und Rivale zugleich.",
     ("Microsoft", "PARTNERS_WITH", "SAP")),
    # a platform is regulated like the business behind it
    ("de", "Die EU-Kommission hat ein förmliches Verfahren gegen die Plattform X eingeleitet.",
     ("European Commission", "REGULATES", "X")),
    # names after 'as were' share the clause's relation whatever their kind, when they can hold its subject's place
    ("en", "Perplexity grew fast. Jeff Bezos was among its first backers, as were Nvidia and Databricks Ventures.",
     ("Nvidia", "INVESTS_IN", "Perplexity")),
    # the product a company markets itself with is its own
    ("de", "Microsoft ist überdies mit der Videoplattform Teams im Fahrzeug vertreten.", ("Microsoft", "DEVELOPS", "Teams")),
    # a second role sharing the first one's modifier ('X-Gründer und -Chef NAME')
    ("de", "Das sagte Nvidia-Gründer und -Chef Jim Keller.", ("Jim Keller", "LEADS", "Nvidia")),
    # 'owns'/'controls' a company: the object is the unit; a share of it is an investment
    ("en", "Hyundai Motor Group, which owns Boston Dynamics, plans to deploy Atlas.",
     ("Boston Dynamics", "SUBSIDIARY_OF", "Hyundai Motor Group")),
    ("en", "Nvidia owns about 7 per cent of CoreWeave.", ("Nvidia", "INVESTS_IN", "CoreWeave")),
    # listed rivals opening the clause are each other's
    ("de", "OpenAI baut Rechenzentren. Die Rivalen Samsung und SK Hynix liefern sich seit Jahren einen Wettlauf.",
     ("Samsung", "COMPETES_WITH", "SK Hynix")),
    # 'besides' governs its names
    ("en", "OpenAI buys chips. Besides AMD and Nvidia, it is co-developing custom AI accelerators with Broadcom.",
     ("OpenAI", "DEVELOPS_CHIPS_WITH", "Broadcom")),
    # 'its' in a sentence framed by 'For X,' is X's
    ("en", "OpenAI bought chips. For AMD, the bookings mark a turnaround after years in which its larger rival Nvidia "
           "captured the bulk of AI spending.", ("AMD", "COMPETES_WITH", "Nvidia")),
    # a preposition ends the phrase of a unit noun after a name ('TSMC for foundry business' is no TSMC unit)
    ("en", "Samsung Electronics, which competes with TSMC for foundry business, is to supply image sensors.",
     ("Samsung", "COMPETES_WITH", "TSMC")),
    # doing anything 'gemeinsam mit'/'zusammen mit' another company makes it a partner
    ("de", "In Helsinki hat Groq zusammen mit dem Rechenzentrumsbetreiber Equinix seinen ersten europäischen Standort eröffnet.",
     ("Groq", "PARTNERS_WITH", "Equinix")),
    ("de", "Mit dem japanischen Konzern Kawasaki Heavy Industries arbeitet Nvidia an gemeinsamen Robotern.",
     ("Nvidia", "PARTNERS_WITH", "Kawasaki Heavy Industries")),
    # 'the developer' takes up the AI lab named before
    ("en", "Getty Images sued Stability AI in London. For Stability AI, the ruling caps a turnaround. The London-based "
           "developer signed a partnership with Electronic Arts.", ("Stability AI", "PARTNERS_WITH", "Electronic Arts")),
    # German fronts an object: the types tell the sides apart
    ("de", "Bei Intel beginnt der Umbau. Den Chipkonzern führt seit dem Frühjahr Lip-Bu Tan.", ("Lip-Bu Tan", "LEADS", "Intel")),
    # an adverbial between an object relative pronoun and its subject
    ("de", "Arm legt Zahlen vor. Der Chipdesigner, den seit 2022 Rene Haas führt, wächst kräftig.", ("Rene Haas", "LEADS", "Arm")),
    # a German genitive after a role noun is its owner, named or described
    ("de", "Micron gilt als schärfster Konkurrent Samsungs.", ("Micron", "COMPETES_WITH", "Samsung")),
    ("de", "SK Hynix hat die Nase vorn. Als Verfolger der Koreaner gilt Micron.", ("Micron", "COMPETES_WITH", "SK Hynix")),
    # initials inside a name ('C.C. Wei') do not end the sentence
    ("en", "TSMC is expanding in Arizona. Chief executive C.C. Wei said demand was strong.", ("C. C. Wei", "LEADS", "TSMC")),
    # a company's fund in apposition is its unit
    ("en", "Lovable's new round was led by CapitalG, Alphabet's growth fund.", ("CapitalG", "SUBSIDIARY_OF", "Alphabet")),
    # an ambiguous product name before a compound naming its kind
    ("en", "Anysphere, the start-up behind the Cursor code editor, raised $900 million.", ("Anysphere", "DEVELOPS", "Cursor")),
    # a possessed role, its own phrase and an adverb between commas before the copula
    ("en", "Nvidia's closest rival in data-centre chips, however, remains AMD.", ("AMD", "COMPETES_WITH", "Nvidia")),
    # a titled speaker after the clause speaks for the company that opens it
    ("en", "After the talks leaked, Anthropic cut off Windsurf, co-founder Jared Kaplan said.", ("Jared Kaplan", "LEADS", "Anthropic")),
    # a copula before a possessed role: the clause's subject holds it, not a name in a relative clause
    ("en", "GitHub, which is owned by Microsoft, remains Anysphere's largest rival.", ("GitHub", "COMPETES_WITH", "Anysphere")),
    # a genitive owner before a name in the same phrase is no end of the relation
    ("de", "OpenAI hat Klage gegen Elon Musks xAI eingereicht.", ("OpenAI", "IN_CONFLICT_WITH", "xAI")),
    # a chief in the clause before speaks for the company in an infinitive clause
    ("de", "Nvidia-Chef Jensen Huang kündigte an, die Zusammenarbeit mit Siemens auszubauen.", ("Nvidia", "PARTNERS_WITH", "Siemens")),
    ("en", "Intel keeps losing data-centre business to AMD.", ("Intel", "COMPETES_WITH", "AMD")),
    # 'from' after goods names their maker like 'of': the verb's preposition still governs
    ("en", "Perplexity relies heavily on models from OpenAI and Anthropic.", ("Perplexity", "DEPENDS_ON", "Anthropic")),
    # co-designing another company's chips is chip work with that company
    ("en", "Broadcom co-designs Google's TPUs.", ("Broadcom", "DEVELOPS_CHIPS_WITH", "Google")),
    ("en", "Samsung is racing SK Hynix to supply HBM4 to Nvidia.", ("Samsung", "COMPETES_WITH", "SK Hynix")),
    ("en", "Broadcom already designs Google's TPU chips.", ("Broadcom", "DEVELOPS_CHIPS_WITH", "Google")),
    # a role noun without a name inside: the capitalised word after it is the name
    ("de", "Qualcomm schluckt den britischen Chipentwickler Alphawave.", ("Qualcomm", "ACQUIRES", "Alphawave")),
    # a court's judgment binds the company it sentences
    ("de", "Das Landgericht München I hat OpenAI zu Schadensersatz an die GEMA verurteilt.",
     ("Landgericht München I", "REGULATES", "OpenAI")),
    # a generic genitive description ending an apposition means another company than the one described
    ("de", "SAP baut sein Cloud-Geschäft aus. Den Betrieb übernimmt Delos Cloud, eine Berliner Tochter des Konzerns.",
     ("Delos Cloud", "SUBSIDIARY_OF", "SAP")),
    ("de", "Samsung meldet Zahlen. Die Massenfertigung laufe, sagte Jun Young-hyun, der die Halbleitersparte des Konzerns leitet.",
     ("Jun Young-hyun", "LEADS", "Samsung")),
    # an adjective of the company's own makes the unit or product the topic's
    ("de", "Die Schwarz Gruppe baut ein Rechenzentrum. Betreiben soll es die konzerneigene IT-Sparte Schwarz Digits.",
     ("Schwarz Digits", "SUBSIDIARY_OF", "Schwarz Gruppe")),
    ("de", "SAP setzt auf KI. Der hauseigene Chatbot Allie wird von 50.000 Mitarbeitern genutzt.", ("SAP", "DEVELOPS", "Allie")),
    # a deal with a company that sells nothing but cloud is a cloud deal
    ("en", "OpenAI is restructuring. The ChatGPT maker signed a $38 billion deal with Amazon Web Services.",
     ("Amazon Web Services", "PROVIDES_CLOUD_TO", "OpenAI")),
    # a phrase of taking part takes part in the round of the sentence or the one before
    ("de", "Helsing sammelt in einer neuen Finanzierungsrunde Geld ein. Mit dabei ist auch der Rüstungskonzern Saab.",
     ("Saab", "INVESTS_IN", "Helsing")),
    # seeing someone as a rival or partner relates the two
    ("de", "Rheinmetall-Chef Armin Papperger sieht Helsing als ernstzunehmenden Konkurrenten.", ("Rheinmetall", "COMPETES_WITH", "Helsing")),
    ("en", "Microsoft now lists OpenAI as a competitor in its annual report.", ("Microsoft", "COMPETES_WITH", "OpenAI")),
    # a customer role opening the clause, its holder after the copula
    ("de", "Größter Kunde von CoreWeave ist Microsoft.", ("CoreWeave", "PROVIDES_CLOUD_TO", "Microsoft")),
    # a coordinator of several words joins a list like 'and'
    ("en", "SambaNova raised money. Its investors include SoftBank Vision Fund 2, which led a round in 2021, as well as "
           "BlackRock and GV.", ("GV", "INVESTS_IN", "SambaNova")),
    # a regulator's deal word with no name means the deal named just before: both parties
    ("de", "Helsing übernimmt den Flugzeugbauer Grob Aircraft. Das Bundeskartellamt muss der Übernahme noch zustimmen.",
     ("Bundeskartellamt", "REGULATES", "Grob Aircraft")),
    ("en", "Getty Images agreed to merge with Shutterstock. The Department of Justice is reviewing the transaction.",
     ("DOJ", "REGULATES", "Getty Images")),
    # backers listed as the clause's main phrase back the company in focus
    ("en", "Anduril raised $2.5 billion in a funding round. Existing backers including General Catalyst and "
           "Andreessen Horowitz also participated.", ("Andreessen Horowitz", "INVESTS_IN", "Anduril")),
    # a shareholder by predicate, with no company named, holds shares in the company in focus
    ("en", "SambaNova is exploring a sale. Intel Capital was an early shareholder but sold its stake in 2023.",
     ("Intel Capital", "INVESTS_IN", "SambaNova")),
    # the source a sentence opens with speaks of its own deal
    ("de", "Laut Nvidia soll die Übernahme von Run:ai bis Jahresende abgeschlossen sein.", ("Nvidia", "ACQUIRES", "Run:ai")),
    # a place's possessive before a listed name does not break the list; a venture's partners are each other's
    ("en", "Cisco agreed to form a joint venture with AMD and Saudi Arabia's Humain.", ("AMD", "PARTNERS_WITH", "Humain")),
    # a short phrase set off before the main clause leaves the clause's subject the topic
    ("en", "OpenAI had agreed to buy Windsurf. The deal collapsed in July. Within hours, Google stepped in. It agreed "
           "to pay $2.4 billion for a licence to Windsurf's technology.", ("Windsurf", "LICENSES_TO", "Google")),
    # a discovered company's first word alone means it too
    ("de", "Der Lkw-Hersteller Daimler Truck setzt auf seine Tochter Torc Robotics. Torc arbeitet dafür mit dem "
           "Cloud-Anbieter Amazon Web Services zusammen.", ("Torc Robotics", "PARTNERS_WITH", "Amazon Web Services")),
    # refusing approval regulates as much as granting it
    ("en", "China's State Administration for Market Regulation did not approve Intel's planned purchase of Tower Semiconductor.",
     ("SAMR", "REGULATES", "Intel")),
    # a quote speaks for the company in its speaker's title, which the next sentence continues
    ("de", "Die Rechenleistung stellt Google Cloud bereit. „Wir bauen kein eigenes Modell“, sagte Telekom-Chef Tim Höttges. "
           "Die Zusammenarbeit mit Perplexity reicht ins Jahr 2024 zurück.", ("Deutsche Telekom", "PARTNERS_WITH", "Perplexity")),
    # a relative pronoun that owns nothing leaves the title to the sentence's company
    ("en", "Microsoft followed with a $17.5 billion pledge, which chief executive Satya Nadella announced in New Delhi.",
     ("Satya Nadella", "LEADS", "Microsoft")),
    # 'It' takes up the last sentence's round
    ("en", "Helsing raised 600 million euros in a funding round in June. It was led by General Catalyst.",
     ("General Catalyst", "INVESTS_IN", "Helsing")),
    # a sentence ending on taking part takes part in the last sentence's round
    ("en", "Helsing raised 600 million euros in a funding round in June. Accel and Lightspeed also participated.",
     ("Lightspeed Venture Partners", "INVESTS_IN", "Helsing")),
    # a contract chipmaker that supplies delivers chips, whether or not the sentence says so
    ("de", "TSMC erweitert sein Werk in Arizona. Der taiwanische Auftragsfertiger beliefert von dort künftig auch Nvidia.",
     ("TSMC", "SUPPLIES_CHIPS_TO", "Nvidia")),
    # a description of a product takes up the product of its kind named last
    ("de", "Twitter verliert Werbekunden. 2025 hatte xAI den Kurznachrichtendienst in einem Aktientausch übernommen.",
     ("xAI", "ACQUIRES", "X")),
    ("en", "Anthropic released Claude in May. Amazon has since built the model into Alexa.", ("Alexa", "INTEGRATES", "Claude")),
    # a clause after a semicolon takes part in the round of the one before
    ("de", "Black Forest Labs sammelte 300 Millionen Dollar ein; beteiligt waren Salesforce Ventures und Nvidia.",
     ("Nvidia", "INVESTS_IN", "Black Forest Labs")),
    # 'die' before a listed name with no verb closing the phrase is an article, not a relative pronoun
    ("de", "Black Forest Labs sammelte Geld ein. Beteiligt waren der Investor Salesforce Ventures, die Deutsche Telekom "
           "sowie Nvidia als strategischer Partner.", ("Nvidia", "INVESTS_IN", "Black Forest Labs")),
    # rivals listed as the clause's subject compete with the company in focus
    ("de", "Figure AI sammelt weiter Geld ein. Hinzu kommen chinesische Rivalen wie Unitree.", ("Figure AI", "COMPETES_WITH", "Unitree")),
    # chip words that only modify rented compute sell no chips
    ("en", "Microsoft will rely on Nebius for GPU capacity under a $17.4 billion contract.", ("Nebius", "PROVIDES_CLOUD_TO", "Microsoft")),
    ("de", "Meta bezieht GPU-Kapazität von CoreWeave.", ("CoreWeave", "PROVIDES_CLOUD_TO", "Meta")),
    # a known company with a unit's word names its unit
    ("de", "Die Rhön-Klinikum AG hat einen Vertrag mit Oracle Health unterzeichnet.", ("Oracle Health", "SUBSIDIARY_OF", "Oracle")),
    ("de", "Die Rhön-Klinikum AG hat einen Vertrag mit Oracle Health unterzeichnet.",
     ("Rhön-Klinikum", "PARTNERS_WITH", "Oracle Health")),
    ("de", "„Journalismus ist kein Rohstoff“, sagte Stephan Schmitter, Chef von RTL Deutschland.",
     ("RTL Deutschland", "SUBSIDIARY_OF", "RTL Group")),
    # the second of two coordinated phrases shares the first one's preposition, so the story's company stays the topic
    ("en", "Anthropic has raised $30 billion. The Series G round was led by Singapore's sovereign wealth fund GIC and "
           "the investment firm Coatue. Chief executive Dario Amodei co-founded the company in 2021.",
     ("Dario Amodei", "LEADS", "Anthropic")),
    # a product offered inside a platform is built into it
    ("en", "Anthropic said Microsoft would begin offering Claude in Copilot.", ("Copilot", "INTEGRATES", "Claude")),
    # setting up computing for a customer
    ("de", "Google Cloud richtet in seinem Frankfurter Rechenzentrum eine abgeschottete Umgebung für die Commerzbank ein.",
     ("Google Cloud", "PROVIDES_CLOUD_TO", "Commerzbank")),
    # German idioms of conflict
    ("de", "Mit der EU-Kommission liegt Meta ebenfalls über Kreuz.", ("European Commission", "REGULATES", "Meta")),
    ("de", "Microsoft liegt mit OpenAI seit Monaten im Clinch.", ("Microsoft", "IN_CONFLICT_WITH", "OpenAI")),
    # a person introduced by a given name common in German news
    ("de", "Aleph Alpha wird seit Januar von Ilhan Scheer geführt.", ("Ilhan Scheer", "LEADS", "Aleph Alpha")),
    # a pair phrase opening the clause before its noun
    ("de", "Zwischen Microsoft und OpenAI tobt seit Monaten ein Rechtsstreit.", ("Microsoft", "IN_CONFLICT_WITH", "OpenAI")),
    # chips made available to a recipient; the 'zu' infinitive of a separable verb takes the subject before it
    ("de", "Google hat sich verpflichtet, Anthropic bis zu eine Million TPUs bereitzustellen.",
     ("Google", "SUPPLIES_CHIPS_TO", "Anthropic")),
    ("de", "Google hat Anthropic eine Million Chips bereitgestellt.", ("Google", "SUPPLIES_CHIPS_TO", "Anthropic")),
    # what powers a product is built into it
    ("en", "Gemini will power the new Siri.", ("Siri", "INTEGRATES", "Gemini")),
    # seeking independence from a supplier means depending on it now
    ("de", "Alibaba entwickelt einen eigenen KI-Chip, um unabhängiger von Nvidia zu werden.", ("Alibaba", "DEPENDS_ON", "Nvidia")),
    # buying compute from a provider is cloud, not buying into it
    ("de", "Anthropic will Rechenkapazität im Wert von 30 Milliarden Dollar bei Microsoft einkaufen.",
     ("Microsoft", "PROVIDES_CLOUD_TO", "Anthropic")),
    # an owner's child description takes up the company named last, which the owner owns
    ("de", "Zu den ersten Nutzern zählt Delos Cloud. Die SAP-Tochter betreibt eine souveräne Cloud für Behörden.",
     ("Delos Cloud", "SUBSIDIARY_OF", "SAP")),
    ("de", "Den Auftrag hat Google Cloud gewonnen. Für die Alphabet-Tochter ist er ein Prestigeerfolg.",
     ("Google Cloud", "SUBSIDIARY_OF", "Alphabet")),
    # a hyphen inside a product name before its kind
    ("en", "Preferred Networks, which develops its own MN-Core chips, will move production to Rapidus.",
     ("Preferred Networks", "DEVELOPS", "MN-Core")),
    # an unattached rival is the rival of the company the article is about, not of the last one named
    ("de", "Mercedes-Benz setzt auf KI. Mercedes-Benz baut den Assistenten aus. Mercedes-Benz arbeitet dafür mit "
           "Google zusammen. Für die Roboter greift Apptronik auf Gemini zurück. Der Münchner Rivale BMW setzt auf Alexa.",
     ("Mercedes-Benz", "COMPETES_WITH", "BMW")),
    # a possessive subject still takes its owner from the sentence before
    ("en", "Amazon invests in Anthropic. For Amazon, the deal is a chance to prove that its custom silicon can compete "
           "with Nvidia.", ("Amazon", "COMPETES_WITH", "Nvidia")),
    # a description before an unattached title names the title's company
    ("en", "Getty Images sued Stability AI. The London-based developer nearly ran out of cash in 2024, when founder "
           "Emad Mostaque stepped down.", ("Emad Mostaque", "LEADS", "Stability AI")),
    # a verb of saying ends the phrase before a name: the name opens the reported clause
    ("en", "Analysts at Bernstein said Rapidus would compete with TSMC.", ("Rapidus", "COMPETES_WITH", "TSMC")),
    # given names from beyond Europe open a person's name
    ("en", "The company is chaired by Tetsuro Higashi, a former president of chip equipment maker Tokyo Electron.",
     ("Tetsuro Higashi", "LEADS", "Tokyo Electron")),
    # a relative clause after an apposition's noun refers to the name the apposition describes,
    # and an English preposition with "which" opens a relative clause without a comma
    ("en", "TSMC operates a factory through JASM, a majority-owned subsidiary in which Sony, Denso and Toyota "
           "also hold stakes.", ("Denso", "INVESTS_IN", "JASM")),
    ("de", "Die Modelle laufen bei Nscale, einem Rechenzentrumsbetreiber, an dem Nvidia beteiligt ist.",
     ("Nvidia", "INVESTS_IN", "Nscale")),
    ("en", "The government funds a programme in which Naver, LG and SK Telecom compete to build Korea's flagship "
           "model.", ("Naver", "COMPETES_WITH", "SK Telecom")),
    # holding a fraction of a company is a stake
    ("en", "It builds the hub with Nscale, a data-centre venture in which Nvidia holds half.",
     ("Nvidia", "INVESTS_IN", "Nscale")),
    # German case and number settle an ambiguous relative pronoun: a masculine noun after 'der'
    # is the subject, and so is a list before a plural verb
    ("de", "Das Team arbeitet für das Start-up Groq, das der Chipkonzern Nvidia übernommen hat.",
     ("Nvidia", "ACQUIRES", "Groq")),
    ("de", "Die Modelle stammen von Mistral AI, die die Konzerne ASML und Nvidia finanzieren.",
     ("ASML", "INVESTS_IN", "Mistral AI")),
    # a preposition fused with its article governs what the preposition does
    ("de", "Munich Re führt eine Finanzierungsrunde beim Kölner Start-up Damagio an.",
     ("Munich Re", "INVESTS_IN", "Damagio")),
    # talks are a partnership in the making
    ("de", "Siemens verhandelt derzeit mit Mistral AI über eine Zusammenarbeit.", ("Siemens", "PARTNERS_WITH", "Mistral AI")),
    ("en", "Siemens is negotiating with Mistral AI over a joint offering.", ("Siemens", "PARTNERS_WITH", "Mistral AI")),
    # the people of a company's home town name the company
    ("de", "RWE liefert Strom an Microsoft. Branchenkreisen zufolge verhandeln die Essener auch mit Google.",
     ("RWE", "PARTNERS_WITH", "Google")),
    # a capital inside one word makes a name even after "in"
    ("en", "TPG will invest $1 billion in HyperVault, the data-centre business.", ("TPG", "INVESTS_IN", "HyperVault")),
    # a company German writes with an article; and a framing company before the German verb
    ("de", "Die Allianz hat im Januar eine Partnerschaft mit Anthropic geschlossen.", ("Allianz", "PARTNERS_WITH", "Anthropic")),
    # "durch die Übernahme von X": the preposition before the noun says nothing of the name inside it
    ("de", "Der dänische Rivale DSV ist durch die Übernahme von Kuka zur Nummer eins aufgestiegen.",
     ("DSV", "ACQUIRES", "Kuka")),
    # coordinated participles modify the same name; an apposition before 'whose' describes the name
    ("en", "TerraPower, founded by Bill Gates and run by chief executive Chris Levesque, is building a reactor.",
     ("Chris Levesque", "LEADS", "TerraPower")),
    ("en", "The vessels are made by Doosan Enerbility, the South Korean manufacturer, whose chief executive Park Ji-won "
           "expects more orders.", ("Park Ji-won", "LEADS", "Doosan Enerbility")),
    # a German perfect ends on its auxiliary: 'von X' before the participle is no passive agent; the
    # company bought from held what it sold; a description in a relative clause is not its antecedent
    ("de", "Boston Dynamics gehört seit 2021 zum Autokonzern Hyundai, der das Unternehmen damals von Softbank "
           "übernommen hatte.", ("Hyundai", "ACQUIRES", "Boston Dynamics")),
    ("de", "Boston Dynamics gehört seit 2021 zum Autokonzern Hyundai, der das Unternehmen damals von Softbank "
           "übernommen hatte.", ("SoftBank", "INVESTS_IN", "Boston Dynamics")),
    ("en", "Wipro agreed to buy the unit Harman DTS from Samsung for $375 million.", ("Samsung", "INVESTS_IN", "Harman DTS")),
    # an order from a maker ties buyer and supplier; a permit is a regulator's act; particles in names
    ("de", "DHL hat bei Boston Dynamics weitere 1.500 Roboter bestellt.", ("DHL Group", "PARTNERS_WITH", "Boston Dynamics")),
    ("en", "DHL has ordered 1,500 more robots from Boston Dynamics.", ("DHL Group", "PARTNERS_WITH", "Boston Dynamics")),
    ("en", "Kairos Power received a construction permit from the NRC in late 2024.",
     ("Nuclear Regulatory Commission", "REGULATES", "Kairos Power")),
    ("de", "Die Roboter sollen nach Angaben von Oscar de Bok, der DHL führt, keine Stellen ersetzen.",
     ("Oscar de Bok", "LEADS", "DHL Group")),
    # a description's place ('Walldorfer', 'San Francisco-based') names a company of that place, not the topic
    ("de", "Siemens arbeitet mit SAP zusammen. Der Walldorfer Konzern investiert in Mistral AI.",
     ("SAP", "INVESTS_IN", "Mistral AI")),
    ("en", "OpenAI signed a deal with Tata Consultancy Services. The San Francisco-based company opened an office in "
           "New Delhi, and chief executive Sam Altman called India its second-largest market.", ("Sam Altman", "LEADS", "OpenAI")),
    # a child head with its owner after it takes up the company named before; the owner stays a name
    ("de", "Der Softwarekonzern SAP will Schäden prüfen lassen. Wie die Tochter des Konzerns Siemens am Mittwoch "
           "mitteilte, hat sie dafür mit Google Cloud einen Vertrag geschlossen.", ("SAP", "SUBSIDIARY_OF", "Siemens")),
    ("de", "SK Hynix liefert Speicher an Nvidia. Die Tochter des Mischkonzerns SK Group, an dessen Spitze Chey Tae-won "
           "steht, baut neue Werke.", ("Chey Tae-won", "LEADS", "SK Group")),
    ("de", "Für Google ist der Auftrag ein wichtiger Erfolg im Wettbewerb mit Microsoft und Amazon Web Services.",
     ("Google", "COMPETES_WITH", "Amazon Web Services")),
    # a possessive that opens the clause points ahead to the clause's subject
    ("de", "Über seinen Investmentarm Next47 hat sich Siemens an Neura Robotics beteiligt.",
     ("Next47", "SUBSIDIARY_OF", "Siemens")),
    # a regulator acting on a product regulates its maker
    ("de", "Das Kraftfahrt-Bundesamt hatte den Drive Pilot als erstes Level-3-System genehmigt.",
     ("KBA", "REGULATES", "Mercedes-Benz")),
    # an irregular participle after an apposition's noun describes the apposition's name
    ("en", "Fujitsu co-developed Takane, a Japanese-language model built on Meta's Llama, and sells it to banks.",
     ("Takane", "INTEGRATES", "Llama")),
    ("en", "Fujitsu co-developed Takane, a Japanese-language model built on Meta's Llama, and sells it to banks.",
     ("Fujitsu", "DEVELOPS", "Takane")),
    # what rivals vie for stands between the verb and the rival
    ("en", "In Europe, Cohere competes for public-sector contracts with Mistral AI, the Paris-based lab.",
     ("Cohere", "COMPETES_WITH", "Mistral AI")),
    ("de", "In Europa konkurriert Cohere um Aufträge der öffentlichen Hand mit Mistral AI.",
     ("Cohere", "COMPETES_WITH", "Mistral AI")),
    # a person's company after the possessive is the argument, not the person
    ("en", "Crusoe signed a $6bn compute deal with Mira Murati's Thinking Machines Lab.",
     ("Crusoe", "PROVIDES_CLOUD_TO", "Thinking Machines Lab")),
    # a bare name read inside a sentence is the same name where a sentence opens with it
    ("en", "Nvidia agreed to ship chips to Zephyrus this year. Zephyrus also held partnership talks with xAI.",
     ("Zephyrus", "PARTNERS_WITH", "xAI")),
    # words a hyphen joins are one modifier of a description
    ("en", "Klarna is growing. The Swedish buy-now-pay-later lender runs an assistant built on OpenAI's GPT-4o model.",
     ("Klarna", "INTEGRATES", "GPT-4o")),
    # a short form in brackets after a known name is that name wherever the text uses it
    ("de", "Die Finanz Informatik (FI) baut einen Assistenten. Zudem hat die FI eine Partnerschaft mit IBM geschlossen.",
     ("Finanz Informatik", "PARTNERS_WITH", "IBM")),
    # a unit head with its owner takes up the known unit named before
    ("de", "Google Cloud wächst schnell. Die Google-Sparte ringt mit Microsoft um Kunden in Europa.",
     ("Google Cloud", "COMPETES_WITH", "Microsoft")),
    # a name ending in a word that only continues names, before a role with a place's adjective
    ("de", "An Tarvos AI, einem Münsteraner Start-up, hat sich die Finanz Informatik mit einer Minderheitsbeteiligung "
           "eingekauft.", ("Finanz Informatik", "INVESTS_IN", "Tarvos AI")),
    # a legal suffix vouches for a name with 'und' inside
    ("de", "Die Hamburger Hafen und Logistik AG hat mit dem Hersteller Kalmar einen Vertrag unterzeichnet.",
     ("Hamburger Hafen und Logistik", "PARTNERS_WITH", "Kalmar")),
    # the maker after a product, past an adjective and a hyphenated role
    ("de", "Die HHLA nutzt das Prognosemodell Tidecast des jungen Start-ups Tidewise.", ("Tidewise", "DEVELOPS", "Tidecast")),
    # 'it' after the verb of a relative clause stands for the main clause's subject
    ("en", "Graphcore is owned by SoftBank, which bought it in 2024.", ("SoftBank", "ACQUIRES", "Graphcore")),
    # a product's own last word names a product ('Protocol', 'Pay'), also after a noun of its kind
    ("en", "Instant Checkout runs on the Agentic Commerce Protocol, an open standard.",
     ("Instant Checkout", "INTEGRATES", "Agentic Commerce Protocol")),
    ("en", "In October Microsoft released a Trusted Agent Protocol for merchants.",
     ("Microsoft", "DEVELOPS", "Trusted Agent Protocol")),
    # a name between commas after an owned noun of a product's kind
    ("en", "Nvidia's rival service, Agent Pay, completed its first live transactions last month.",
     ("Nvidia", "DEVELOPS", "Agent Pay")),
    # a German subordinate clause ends on its finite verb: its object stands before it
    ("de", "BMW baut Autos. Oliver Zipse, der den Konzern seit 2019 führt und die Neue Klasse angestoßen hat, "
           "tritt ab.", ("Oliver Zipse", "LEADS", "BMW")),
    # an English capital makes a product noun part of the name after it
    ("en", "Google released the Agent Payments Protocol in September.", ("Google", "DEVELOPS", "Agent Payments Protocol")),
    # examples after 'among them' share the plural's preposition
    ("en", "The round is backed by more than 60 investors, among them Nvidia and Adyen, Keyrail said.",
     ("Adyen", "INVESTS_IN", "Keyrail")),
]

ABSENT = [
    # a short form between commas is the name's own ('X, or AP2,'), not a company
    ("en", "The Agent Payments Protocol, or AP2, is backed by more than 60 companies, among them Mastercard.",
     ("Mastercard", "INVESTS_IN", "AP2")),
    # a bare capitalised name is no antecedent of a description
    ("en", "The protocol, known as AP2, was unveiled by the search giant in September.",
     ("AP2", "DEVELOPS", "AP2")),
    # with no unit of the owner named before, a unit head stands for the owner
    ("de", "Siemens baut Werke. Die Google-Sparte ringt mit Microsoft um Kunden in Europa.",
     ("Siemens", "COMPETES_WITH", "Microsoft")),
    # a joint venture's owners are named in its apposition, not in the clause after it
    ("en", "AdaniConneX, a joint venture between Adani Enterprises and EdgeConneX, is building Google's AI hub.",
     ("Google", "INVESTS_IN", "AdaniConneX")),
    # deals for power are no cloud deals
    ("en", "In January Meta announced agreements with Vistra, TerraPower and Oklo for up to 6.6 gigawatts of nuclear "
           "capacity.", ("Meta Platforms", "PROVIDES_CLOUD_TO", "Oklo")),
    # a 'from' phrase far from the verb of buying, or before it, names no seller
    ("en", "Graphcore was bought by SoftBank in 2024 for about $600m after years of failing to win large customers "
           "away from Nvidia.", ("Nvidia", "INVESTS_IN", "Graphcore")),
    # where the text uses the word as a noun, 'die Allianz' is the alliance, not the insurer
    ("de", "Volkswagen und Rivian schmieden eine Software-Allianz. Für Volkswagen ist die Allianz auch ein Eingeständnis: "
           "Die Tochter Cariad war gescheitert.", ("Cariad", "SUBSIDIARY_OF", "Allianz")),
    # the phrase after an ambiguous relative pronoun is its object when case or number say so
    ("de", "Das Team arbeitet für das Start-up Groq, das der Chipkonzern Nvidia übernommen hat.",
     ("Groq", "ACQUIRES", "Nvidia")),
    ("de", "Die Modelle stammen von Mistral AI, die die Konzerne ASML und Nvidia finanzieren.",
     ("Mistral AI", "INVESTS_IN", "ASML")),
    # "lead" and "edge" compete only against someone: two names before them are no rivals
    ("en", "Stargate is a joint venture in which SoftBank and OpenAI are the lead partners.",
     ("SoftBank", "COMPETES_WITH", "OpenAI")),
    # 'führt' with the company as object leads it; investing needs a round in the clause
    ("de", "Black Forest Labs sammelt Geld ein. Rombach, der das Unternehmen als Vorstandschef führt, sagte, man wolle mit "
           "dem Geld Rechenkapazität ausbauen.", ("Robin Rombach", "INVESTS_IN", "Black Forest Labs")),
    # a participle after a common noun takes no subject from the sentence before
    ("en", "Google signed the deal. Analysts warned that money invested in OpenAI flows back to its suppliers.",
     ("Google", "INVESTS_IN", "OpenAI")),
    # the owner inside a unit phrase is no argument of another verb; the name's own parent yields to the stated one
    ("en", "Thinking Machines has relied on Google Cloud, the Alphabet unit, for training.",
     ("Alphabet", "PROVIDES_CLOUD_TO", "Thinking Machines Lab")),
    ("en", "Thinking Machines has relied on Google Cloud, the Alphabet unit, for training.",
     ("Google Cloud", "SUBSIDIARY_OF", "Google")),
    # a guessed dispute yields to the rivalry the sentence states
    ("de", "Der Streit fällt in eine Phase, in der Meta und OpenAI ohnehin als direkte Rivalen um Nutzer ringen.",
     ("Meta", "IN_CONFLICT_WITH", "OpenAI")),
    ("en", "Amazon-owned Zoox tests robotaxis.", ("Amazon", "SUBSIDIARY_OF", "Zoox")),
    # the owner in a unit's apposition is no party of the clause
    ("en", "Databricks rents Nvidia's processors from Amazon Web Services, Amazon's cloud unit.",
     ("Amazon", "PROVIDES_CLOUD_TO", "Databricks")),
    # a relation noun opening a subordinate clause has no party in the main clause
    ("en", "Nebius signs $3bn AI infrastructure deal with Meta as neocloud race heats up",
     ("Meta", "COMPETES_WITH", "Nebius")),
    # a stock market is no company
    ("en", "Nebius, which is listed on Nasdaq and counts Nvidia among its shareholders, grew fast.",
     ("Nvidia", "INVESTS_IN", "Nasdaq")),
    ("en", "Meta Platforms has agreed to invest $14.3 billion in Scale AI for a 49% stake in the data-labelling start-up.",
     ("Scale AI", "INVESTS_IN", "Meta")),
    # paying for something is buying a company only with money named
    ("en", "Relying on Google for the brain of Siri creates a dependency that Apple has spent two decades trying to avoid.",
     ("Apple", "ACQUIRES", "Siri")),
    ("en", "Microsoft sold data centre capacity to OpenAI.", ("Microsoft", "LICENSES_TO", "OpenAI")),
    # "eine Art" names a kind, not a product
    ("de", "Siemens und Nvidia wollen gemeinsam eine Art Betriebssystem für die Industrie entwickeln.",
     ("Nvidia", "DEVELOPS", "Art")),
    # belonging to a group named by a noun is no ownership
    ("de", "Zu den Investoren von Aleph Alpha gehören außerdem SAP, Bosch und der US-Konzern Hewlett Packard Enterprise.",
     ("SAP", "SUBSIDIARY_OF", "Aleph Alpha")),
    ("de", "Zu den Investoren von Aleph Alpha gehören außerdem SAP, Bosch und der US-Konzern Hewlett Packard Enterprise.",
     ("SAP", "SUBSIDIARY_OF", "Hewlett Packard Enterprise")),
    # a genitive of another noun in the clause is not the owner of the relation noun
    ("en", "OpenAI relies mostly on Nvidia's GPUs and on capacity from Oracle and CoreWeave.",
     ("Oracle", "PROVIDES_CLOUD_TO", "Nvidia")),
    # a title is one person's, not the next listed name's
    ("de", "Zuckerberg holte den früheren GitHub-Chef Nat Friedman sowie Shengjia Zhao.", ("Shengjia Zhao", "LEADS", "GitHub")),
    # an apposition naming a product kind: no partner
    ("en", "Figure AI made a breakthrough with Helix, a vision-language-action model developed in-house.",
     ("Figure AI", "PARTNERS_WITH", "Helix")),
    # a company relied on for something else is not a chip supplier, in either direction
    ("en", "Relying on Google for search creates a dependency that Apple avoided in its chips.", ("Google", "SUPPLIES_CHIPS_TO", "Apple")),
    ("en", "Relying on Google for search creates a dependency that Apple avoided in its chips.", ("Apple", "SUPPLIES_CHIPS_TO", "Google")),
    # a head of state is nobody's chief executive
    ("de", "Frankreichs Präsident Emmanuel Macron lobte Mistral AI.", ("Emmanuel Macron", "LEADS", "Mistral AI")),
    # after a name of its type, a generic description is ambiguous and stays unresolved
    ("en", "Anthropic works with Annapurna Labs. Amazon bought the Israeli company in 2015.", ("Amazon", "ACQUIRES", "Anthropic")),
    # a unit has one parent, not the next name in the list
    ("de", "Angeführt wurde die Runde von Salesforce Ventures, dem Investmentarm des Softwarekonzerns Salesforce, "
           "und dem Fonds AMP.", ("Salesforce Ventures", "SUBSIDIARY_OF", "AMP")),
    # launching on the market is not building into something
    ("de", "DeepL brachte den Echtzeit-Übersetzer DeepL Voice auf den Markt.", ("DeepL", "INTEGRATES", "DeepL Voice")),
    # an agent belongs to the participle right before it, not to a later one
    ("en", "Publishers are suing Perplexity, the AI search start-up backed by Nvidia, accusing it of copying.",
     ("Nvidia", "IN_CONFLICT_WITH", "Perplexity")),
    # an apposition describes the name before it; it does not refer back to an earlier one
    ("en", "News Corp signed a deal. People Inc, the publisher formerly known as Dotdash Meredith, licensed its "
           "content to Microsoft.", ("News Corp", "LICENSES_TO", "Microsoft")),
    # a noun whose own argument is no entity relates nothing: "as part of the deal"
    ("en", "As part of the deal, AMD granted OpenAI a warrant for AMD shares.", ("OpenAI", "SUBSIDIARY_OF", "AMD")),
    # a supplier's customers are no rivals; a company's cloud unit is no cloud it sells
    ("en", "Microsoft is one of Nvidia's largest customers.", ("Nvidia", "COMPETES_WITH", "Microsoft")),
    ("en", "Amazon's cloud unit AWS is Anthropic's primary training partner.", ("Amazon", "PROVIDES_CLOUD_TO", "Amazon Web Services")),
    # the agent of a participle is not the investor of the sentence's other verb
    ("en", "Thinking Machines, the startup founded by Mira Murati, raised $2bn.", ("Mira Murati", "INVESTS_IN", "Thinking Machines Lab")),
    # a nationality before a product noun is no product name
    ("en", "Microsoft now offers a Chinese model to its customers.", ("Microsoft", "DEVELOPS", "Chinese")),
    # a pronoun right after the verb is its object; a later list member is not
    ("en", "Oracle signed deals with several partners, including Crusoe, which agreed to supply it with power, "
           "and Vantage.", ("Crusoe", "PROVIDES_CLOUD_TO", "Vantage")),
    # a name inside a relative clause after the object belongs to that clause
    ("en", "Google has agreed to buy any compute that Anthropic leaves unused.", ("Google", "ACQUIRES", "Anthropic")),
    # a host phrase that names no entity: the actor is not the host
    ("en", "Meta plans to integrate Llama into the smart glasses it sells.", ("Meta", "INTEGRATES", "Llama")),
    ("de", "Mistral AI und SAP wollen Le Chat in deutsche Rathäuser bringen.", ("SAP", "INTEGRATES", "Le Chat")),
    # a subheading opens a section; it does not continue the sentence before it
    ("en", "OpenAI is the market leader.\n\nBuilding Stargate\n\nThe site in Texas is run by Oracle.",
     ("OpenAI", "DEVELOPS", "Stargate")),
    # the speaker of reported speech is not a party of the quoted relation
    ("de", "Eine Beteiligung an Mistral AI ist nicht vorgesehen, sagte SAP-Chef Christian Klein.",
     ("Christian Klein", "INVESTS_IN", "Mistral AI")),
    # the possessor of a list is not one of its members
    ("en", "Meta is racing to catch up with OpenAI, Google DeepMind and Anthropic, its fiercest rivals.",
     ("Anthropic", "COMPETES_WITH", "Google DeepMind")),
    # an unknown name before a role owns it
    ("en", "Meanwhile Telegram founder Pavel Durov said that xAI would pay for the deal.", ("Pavel Durov", "LEADS", "xAI")),
    # a contrastive clause opened by a relation noun does not borrow the other clause's subject
    ("en", "Oracle's shares rose as Meta and OpenAI signed on, but the Crusoe deal stalled.", ("Crusoe", "PARTNERS_WITH", "Meta")),
    # a preposition ends a possessive's noun phrase; a genitive of a place is no company
    ("de", "Der Konzern betreibt viele seiner Dienste auf Azure.", ("SAP", "DEVELOPS", "Azure")),
    ("de", "Helsing zählt damit zu den wertvollsten Start-ups Europas.", ("Helsing", "SUBSIDIARY_OF", "Europas")),
    # another company's product offered is not developed
    ("en", "Microsoft now offers Anthropic's Claude models to its customers.", ("Microsoft", "DEVELOPS", "Claude")),
    # a general noun relates two names only through its own phrase
    ("en", "The Daily News and others owned by Alden Global Capital sued, and the cases were merged.",
     ("Alden Global Capital", "IN_CONFLICT_WITH", "Daily News")),
    # a city's authority is a national agency seated there, not the city's
    ("de", "Das Bundeskartellamt prüft den Fall. Die Bonner Behörde hat Microsoft eingestuft.",
     ("Bonn authorities", "REGULATES", "Microsoft")),
    # a participle after a comma opens its own clause; an apposition's names are no agents
    ("de", "Angeführt wurde die Runde von General Catalyst, beteiligt waren auch EQT und Altimeter.",
     ("General Catalyst", "INVESTS_IN", "EQT")),
    ("de", "Parloa wächst. Angeführt wurde die Runde von Prima Materia, der Investmentgesellschaft von "
           "Spotify-Gründer Daniel Ek.", ("Spotify", "INVESTS_IN", "Parloa")),
    # the antecedent of a prepositional relative clause is its object, not its subject
    ("de", "Helsing, an dem auch Saab beteiligt ist, baut Drohnen.", ("Helsing", "INVESTS_IN", "Saab")),
    # two names split by a comma alone are a gapped clause, not a list
    ("de", "Microsoft beteiligt sich mit 5 Milliarden Dollar an Anthropic, Nvidia mit bis zu 10 Milliarden Dollar.",
     ("Microsoft", "INVESTS_IN", "Nvidia")),
    # a list as subject does not take over the topic
    ("de", "Infineon wächst. Zu den Kunden gehören Microsoft und Google. Auch der Konkurrent STMicroelectronics "
           "wächst.", ("Microsoft", "COMPETES_WITH", "STMicroelectronics")),
    # a prepositional phrase is no apposition
    ("en", "France's Mistral AI, which counts Nvidia among its investors, will build a campus.",
     ("Mistral AI", "INVESTS_IN", "Nvidia")),
    # running on something is cloud only where its seller sells cloud
    ("en", "Meta's models run on Nvidia chips.", ("Nvidia", "PROVIDES_CLOUD_TO", "Meta")),
    # a genitive attribute inside an agent's apposition is no agent
    ("de", "Black Forest Labs sammelte Geld ein, angeführt von Salesforce Ventures, dem Investmentarm des "
           "Softwarekonzerns Salesforce.", ("Salesforce", "INVESTS_IN", "Black Forest Labs")),
    # universities and institutes are no companies
    ("en", "OpenAI partnered with Stanford University on safety research.", ("OpenAI", "PARTNERS_WITH", "Stanford University")),
    ("en", "OpenAI partnered with Harvard on research.", ("OpenAI", "PARTNERS_WITH", "Harvard")),
    # a maker does not integrate its own product into someone else's
    ("en", "xAI will pay $300m to build Grok into Telegram.", ("xAI", "INTEGRATES", "Grok")),
    # taking part in something named is not taking part in the passage's company
    ("de", "Mistral AI sammelt Geld ein. Microsoft investiert zehn Milliarden in Rechenzentren.",
     ("Microsoft", "INVESTS_IN", "Mistral AI")),
    ("de", "STACKIT wirbt um Kunden. AWS will ihre Sovereign Cloud starten, für die sie 7,8 Milliarden Euro investiert.",
     ("Amazon Web Services", "INVESTS_IN", "STACKIT")),
    # a verb between two names does not make them one list
    ("de", "SAP ist an Aleph Alpha beteiligt und der Softwarekonzern Oracle wächst.", ("SAP", "INVESTS_IN", "Oracle")),
    # an order received is no funding
    ("de", "Samsung hatte einen Großauftrag von Tesla über 16,5 Milliarden Dollar erhalten.",
     ("Tesla", "INVESTS_IN", "Samsung")),
    # two clauses joined by a comma and a coordinator do not make one list
    ("de", "Microsoft kooperiert mit Delos Cloud, einer Tochter von SAP, und Google bietet gemeinsam mit T-Systems "
           "eine Cloud an.", ("Microsoft", "PARTNERS_WITH", "Google")),
    # the name of a gapped clause is no list member of the object before it
    ("en", "Amazon has put $8bn into Anthropic, and Google about $3bn.", ("Amazon", "INVESTS_IN", "Google")),
    # the patient of a passive stands before the participle, not in a verb phrase after it
    ("de", "Der Chatbot ist fest in WhatsApp eingebaut und basiert auf Metas Modellfamilie Llama.",
     ("WhatsApp", "INTEGRATES", "Llama")),
    # a product compound's owner owns the head noun, not the product ("Nvidias HBM4-Bedarf")
    ("de", "Samsung könnte ein Drittel von Nvidias HBM4-Bedarf abdecken.", ("Nvidia", "DEVELOPS", "HBM")),
    # a list member after a relative clause is not its antecedent
    ("de", "Um die Kapazitäten konkurrieren Google, das seine TPU-Chips gemeinsam mit Broadcom entwickelt, und Amazon "
           "mit seinen Trainium-Beschleunigern.", ("Amazon", "DEVELOPS_CHIPS_WITH", "Broadcom")),
    # a relative clause about a product does not take the sentence before's company
    ("de", "Micron liefert Speicher. AMD setzt bei der Beschleunigergeneration Instinct MI450, die an OpenAI "
           "ausgeliefert werden soll, auf HBM4.", ("Micron", "SUPPLIES_CHIPS_TO", "OpenAI")),
    # "Konzernchef" is the chief of the company just spoken of
    ("de", "SK Hynix liefert HBM4 an Nvidia. Nvidia lobt die Chips. Nvidia zahlt viel. SK Hynix baut aus. "
           "Konzernchef Kwak Noh-jung sprach von einer Partnerschaft.", ("Kwak Noh-jung", "LEADS", "Nvidia")),
    # a capitalised common noun after a role noun, never named again, is no company
    ("de", "AMD hatte dem ChatGPT-Entwickler Optionsscheine auf 160 Millionen Aktien eingeräumt.",
     ("Optionsscheine", "DEVELOPS", "ChatGPT")),
    # co-plaintiffs named before a complaint are no parties of a conflict with each other
    ("en", "Encyclopaedia Britannica and its dictionary subsidiary Merriam-Webster filed a similar complaint.",
     ("Encyclopaedia Britannica", "IN_CONFLICT_WITH", "Merriam-Webster")),
    # building data centres with partners, while custom chips come up in another clause, is no chip work
    ("en", "The data centres that SoftBank is building with OpenAI run on Nvidia hardware, while OpenAI has agreed to "
           "buy custom accelerators from Broadcom.", ("SoftBank", "DEVELOPS_CHIPS_WITH", "OpenAI")),
    # "baut … ein" is not building
    ("de", "Tesla baut den Chatbot Grok von xAI in seine Fahrzeuge ein.", ("Tesla", "DEVELOPS", "Grok")),
    # a product that only names a company ("die TikTok-Mutter", "des iPhone-Konzerns") is no statement of making it
    ("de", "Der Assistent nutzt das Modell Doubao der TikTok-Mutter ByteDance.", ("ByteDance", "DEVELOPS", "TikTok")),
    ("de", "Apple könnte Prozessoren bei Intel fertigen lassen; über eine Beteiligung des iPhone-Konzerns an Intel "
           "soll gesprochen worden sein.", ("Apple", "DEVELOPS", "iPhone")),
    # the knowledge base knows who makes a product: another company does not develop it
    ("en", "Google wins Meta over to its TPUs as chip rivalry with Nvidia sharpens.", ("Meta", "DEVELOPS", "TPU")),
    # goods in a relative clause about one partner do not make a tie about chips
    ("de", "Seit 2022 kooperiert die Deutsche Bank außerdem mit dem Chipkonzern Nvidia, dessen Grafikprozessoren bei "
           "der Berechnung von Marktrisiken zum Einsatz kommen.", ("Deutsche Bank", "DEVELOPS_CHIPS_WITH", "Nvidia")),
    # a company's largest buyers are its customers, not its acquirers
    ("en", "Meta is also among Nvidia's largest buyers.", ("Meta", "ACQUIRES", "Nvidia")),
    # a dispute noun whose other party the sentence does not name takes none from the sentence before
    ("de", "Google muss Fragen beantworten. Härter dürfte die Auseinandersetzung mit Meta werden.",
     ("Google", "IN_CONFLICT_WITH", "Meta")),
    # the raiser of a round is named before it, not in the relative clause after it
    ("en", "Cohere raised $500m in August, in a round co-led by Radical and Inovia Capital that also drew Nvidia and "
           "PSP Investments.", ("Inovia Capital", "INVESTS_IN", "Nvidia")),
    # a possessive's product is not the next name after the compound ('dessen Aurora-Sensoren Audi verbaut')
    ("de", "Als Lieferant gilt der Zulieferer Continental, dessen Aurora-Sensoren Audi verbaut.", ("Continental", "DEVELOPS", "Audi")),
    ("de", "Die Deutsche Bank setzt auf Google: Ihr digitaler Assistent Linda nutzt das Modell Gemini.", ("Google", "DEVELOPS", "Linda")),
    # a common noun after a product noun is the clause's object, not a name
    ("de", "Die Firma WalkMe, deren Software Nutzer Schritt für Schritt führt, wurde übernommen.",
     ("WalkMe", "DEVELOPS", "Nutzer Schritt")),
    # a well-known unit named after its parent is no statement about it without a unit noun
    ("en", "Anthropic trains its models on Google Cloud.", ("Google Cloud", "SUBSIDIARY_OF", "Google")),
    ("en", "Mistral AI rented Nvidia chips from CoreWeave last year.", ("CoreWeave", "SUPPLIES_CHIPS_TO", "Mistral AI")),
    # the maker named in the product's phrase is its developer, not the company offering it
    ("de", "Ionos bietet Mistral Small des französischen Anbieters Mistral AI an.", ("Ionos", "DEVELOPS", "Mistral Small")),
    # a description by a product ('der Windows-Konzern') says nothing about who makes it
    ("de", "Der Windows-Konzern ist nicht Partei des Verfahrens.", ("Microsoft", "DEVELOPS", "Windows")),
    # a unit phrase that names its owner ('the Alphabet unit') means that owner, not the name's
    ("en", "Thinking Machines relied on Google Cloud, the Alphabet unit, for its training runs.",
     ("Google Cloud", "SUBSIDIARY_OF", "Google")),
    # a common noun before '-Tochter' names no company
    ("de", "Die Cloud-Tochter Vantoro Cloud baut ein Rechenzentrum.", ("Vantoro Cloud", "SUBSIDIARY_OF", "Cloud")),
    # paying for a company's things buys nothing of the company
    ("en", "Microsoft paid $650m for Inflection's models.", ("Microsoft", "ACQUIRES", "Inflection AI")),
    ("de", "Mistral AI, das von Arthur Mensch geführt wird und an dem auch Nvidia beteiligt ist, wächst.",
     ("Mistral AI", "INVESTS_IN", "Nvidia")),
    ("de", "OpenAI gehört zu rund 27 Prozent Microsoft.", ("OpenAI", "SUBSIDIARY_OF", "Microsoft")),
    # a unit named after its company is the unit, never the company's parent or investor
    ("de", "Meta bündelt die Teams künftig unter dem Dach der Meta Superintelligence Labs.",
     ("Meta", "SUBSIDIARY_OF", "Meta Superintelligence Labs")),
    # 'better-funded rivals' is an adjective, no funding
    ("en", "SambaNova has struggled to keep pace with better-funded rivals such as Cerebras and Groq.",
     ("SambaNova Systems", "INVESTS_IN", "Cerebras")),
    # after a bare subject, a description may mean the company named just before, not the topic
    ("en", "Anthropic said it works with Annapurna Labs, the chip unit at AWS. Amazon bought the Israeli company in 2015.",
     ("Amazon", "ACQUIRES", "Anthropic")),
    # the round's leaders are no companies it invests in
    ("de", "Mistral AI lehnte das Angebot ab. Die letzte Finanzierungsrunde hatten im Mai Andreessen Horowitz und "
           "Thrive Capital angeführt.", ("Mistral AI", "INVESTS_IN", "Andreessen Horowitz")),
    # a title inside 'led by' belongs to the company the participle describes, not to the topic
    ("en", "Getty Images sued Stability AI. Shutterstock, led by chief executive Paul Hennessy, sells training data to "
           "OpenAI and Meta.", ("Paul Hennessy", "LEADS", "Getty Images")),
    # a licence to a company's models is granted by that company
    ("en", "Google paid about $2.7 billion for a non-exclusive licence to Character.AI's large language models.",
     ("Google", "LICENSES_TO", "Character.AI")),
    ("de", "Die Kommission kam zu dem Schluss, dass Google nur eine untergeordnete Rolle spiele und Mistral AI ohnehin mit "
           "starken Anbietern wie Cohere konkurriere.", ("Google", "COMPETES_WITH", "Cohere")),
    # a partner 'gemeinsam mit' is no rival of a later verb of competing
    ("de", "Die Deutsche Telekom hatte gemeinsam mit Nvidia eine KI-Cloud eröffnet und buhlt um dieselbe Kundschaft.",
     ("Deutsche Telekom", "COMPETES_WITH", "Nvidia")),
    # a subject relative clause whose antecedent is no name takes no subject from the clause before
    ("de", "Im Zuge der Einigung übernahm Suno zudem die Konzertplattform Songkick, die bis dahin zu Warner gehörte.",
     ("Suno", "SUBSIDIARY_OF", "Warner Music Group")),
    # Hollywood is a place
    ("en", "OpenAI released Sora. The start-up has also clashed with Hollywood.", ("Hollywood", "IN_CONFLICT_WITH", "OpenAI")),
    ("en", "Microsoft signed a deal with Lambda, a Californian GPU cloud that competes with Nebius and CoreWeave for "
           "the same contracts.", ("Microsoft", "COMPETES_WITH", "CoreWeave")),
    # 'zu einem großen Teil von' says how much, not whose
    ("de", "Die Scheiben bezieht Infineon zu einem erheblichen Teil von dem US-Hersteller Wolfspeed.",
     ("Infineon", "SUBSIDIARY_OF", "Wolfspeed")),
    # the first word of a known name does not stand for it before another capitalised name word
    ("en", "General Catalyst backed Anduril. Its Fury drone is competing with General Atomics for the program.",
     ("Anduril Industries", "COMPETES_WITH", "General Catalyst")),
    # a company is no partner of its own unit
    ("en", "Amazon remains its primary training partner: Amazon Web Services built Project Rainier for Anthropic.",
     ("Amazon", "PARTNERS_WITH", "Amazon Web Services")),
    # armed forces are customers, not companies
    ("en", "Its Fury drone is competing for the Air Force's Collaborative Combat Aircraft program.",
     ("Air Force", "DEVELOPS", "Collaborative Combat Aircraft")),
    # 'fertigen' reads as having something made by another only with 'lassen'
    ("de", "Im Sommer gewann Samsung einen Großauftrag von Tesla: In seinem Werk in Taylor soll Samsung die nächste "
           "Generation von Teslas KI-Chip AI6 fertigen.", ("Tesla", "SUPPLIES_CHIPS_TO", "Samsung")),
    ("de", "OpenAI baut Rechenzentren. Die Rivalen Samsung und SK Hynix liefern sich seit Jahren einen Wettlauf.",
     ("OpenAI", "COMPETES_WITH", "SK Hynix")),
    # co-developing tools is no chip work
    ("en", "Stability AI signed a partnership with video-game publisher Electronic Arts to co-develop generative tools.",
     ("Stability AI", "DEVELOPS_CHIPS_WITH", "Electronic Arts")),
    ("en", "GitHub, which is owned by Microsoft, remains Anysphere's largest rival.", ("Anysphere", "COMPETES_WITH", "Microsoft")),
    # a stake changes hands, no chips
    ("en", "Intel sold a 10% stake in its foundry business to SoftBank.", ("Intel", "SUPPLIES_CHIPS_TO", "SoftBank")),
    # business goes to a rival only when it is lost
    ("en", "Intel sold a 10% stake in its foundry business to SoftBank.", ("Intel", "COMPETES_WITH", "SoftBank")),
    # a court that sentences is no party of the damages it awards
    ("de", "Das Landgericht München I hat OpenAI zu Schadensersatz an die GEMA verurteilt.",
     ("Landgericht München I", "REGULATES", "GEMA")),
    # an -ing word before a role noun is its attribute, no verb
    ("en", "AWS is Anthropic's primary cloud and training partner.", ("Anthropic", "PROVIDES_CLOUD_TO", "Amazon Web Services")),
    # a title is its holder's: who else was hired does not hold it
    ("de", "Meta holte Alexandr Wang. Neben Wang holte Zuckerberg den früheren GitHub-Chef Nat Friedman.",
     ("Alexandr Wang", "LEADS", "GitHub")),
    # a name in the phrase of a later predicate is no owner of the title
    ("en", "Aidan Gomez co-founded Cohere. Gomez, the chief executive, was one of the authors of the 2017 Google research paper.",
     ("Aidan Gomez", "LEADS", "Google")),
    # investors as a crowd are nobody's shareholders
    ("en", "Nvidia reported results. AMD has said it will resume shipments, but investors are no longer counting on it.",
     ("AMD", "INVESTS_IN", "Nvidia")),
    # a surname after another given name is another person of the family
    ("en", "Mukesh Ambani chairs Reliance Industries. \"We want AI everywhere,\" said Akash Ambani, chairman of Reliance Jio.",
     ("Mukesh Ambani", "LEADS", "Jio")),
    # a participle of use after the goods names no user: the owner after it is where they go
    ("en", "SK Hynix already supplies most of the high-bandwidth memory used in Nvidia's accelerators.",
     ("Nvidia", "SUPPLIES_CHIPS_TO", "SK Hynix")),
    # a publication the sentence cites is its source, no party of the deal
    ("en", "According to The Information, the deal with Microsoft is worth $10 billion.", ("The Information", "PARTNERS_WITH", "Microsoft")),
    # a model is sold as access, it is no app that changes hands
    ("en", "Anthropic said it would be odd to sell Claude to OpenAI.", ("OpenAI", "ACQUIRES", "Claude")),
    # 'It is led by' names the company's head, not the round's leader
    ("en", "Nscale raised $1.1 billion in a round led by Aker. It is led by chief executive Josh Payne.",
     ("Josh Payne", "INVESTS_IN", "Nscale")),
    # rivals who invest more do not invest in the company before
    ("de", "Mistral AI wächst. Konkurrenten wie OpenAI und Anthropic investieren aber deutlich mehr.",
     ("Anthropic", "INVESTS_IN", "Mistral AI")),
    # rivals inside a prepositional phrase are no subject phrase
    ("de", "OpenAI plant einen Börsengang. Der Eintritt neuer Mitbewerber wie Oracle könnte den Markt verändern.",
     ("OpenAI", "COMPETES_WITH", "Oracle")),
    ("de", "Anthropic will Rechenkapazität im Wert von 30 Milliarden Dollar bei Microsoft einkaufen.",
     ("Anthropic", "INVESTS_IN", "Microsoft")),
    # a name before a role noun modifies it and is no object of the verb
    ("en", "FuriosaAI raises $350 million as Seoul backs Nvidia challengers.", ("FuriosaAI", "INVESTS_IN", "Nvidia")),
    # an English 'by' phrase before an active verb belongs to a participle before it
    ("en", "Rebellions, led by chief executive Park Sung-hyun, has since raised 250 billion won in a Series C round.",
     ("Park Sung-hyun", "INVESTS_IN", "Rebellions")),
    # names alongside another verb of the main clause take no part in a relative clause's investment
    ("en", "G42, in which Microsoft invested $1.5 billion in 2024, is building a campus together with OpenAI and Oracle.",
     ("OpenAI", "INVESTS_IN", "G42")),
    # an English clause whose subject names no entity takes none from the sentence before
    ("en", "KT is both an investor and a customer. Most Korean computing capacity, however, will still rely on Nvidia.",
     ("KT", "DEPENDS_ON", "Nvidia")),
    ("en", "KT backs the start-up. With no other supplier lined up, Qai remains heavily reliant on Nvidia.",
     ("KT", "DEPENDS_ON", "Nvidia")),
    # a child description never takes up its own owner's parent
    ("de", "Alphabet meldete Rekordzahlen. Die Google-Tochter Waymo wächst, und die Alphabet-Tochter legt zu.",
     ("Alphabet", "SUBSIDIARY_OF", "Alphabet")),
    # titles after 'led by', past other titles, take the company the participle describes
    ("en", "Intel is in talks to buy SambaNova. SambaNova, led by co-founder and chief executive Rodrigo Liang, "
           "designs chips.", ("Rodrigo Liang", "LEADS", "Intel")),
    # after an infinitive clause, a name and its verb open a clause of their own
    ("de", "Microsoft hatte mit Constellation Energy vereinbart, den stillgelegten Reaktor wieder hochzufahren, "
           "Amazon kauft Strom von Talen Energy.", ("Microsoft", "ACQUIRES", "Amazon")),
    # a relative clause's subject is its antecedent, never the last sentence's subject
    ("de", "Die Deutsche Bank baut ihre KI aus. Die Sparkassen lassen ihren IT-Dienstleister den Assistenten bauen, "
           "der in Rechenzentren von Stackit läuft.", ("STACKIT", "PROVIDES_CLOUD_TO", "Deutsche Bank")),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_construction_yields_triple(extractor, lang, text, expected):
    found = triples(extractor, text, lang)
    assert expected in found, f"missing {expected}; got {sorted(found)}"


@pytest.mark.parametrize("lang,text,wrong", ABSENT, ids=[f"{c[2][1]}:{c[1][:30]}" for c in ABSENT])
def test_construction_does_not_yield_wrong_triple(extractor, lang, text, wrong):
    found = triples(extractor, text, lang)
    assert wrong not in found, f"unexpected {wrong}"


def test_symmetric_relation_is_stored_once_per_pair(extractor):
    text = "Microsoft kooperiert mit OpenAI. OpenAI kooperiert mit Microsoft."
    article = Article.create(text, source="sym.txt", lang="de")
    rels = [r for r in extractor.extract(article).relations if r.predicate.value == "PARTNERS_WITH"]
    assert len(rels) == 1
    assert len(rels[0].evidence) == 2


@pytest.mark.parametrize(
    "lang,text,expected,status",
    [
        ("de", "Microsoft plant eine Übernahme des Start-ups Inflection.", ("Microsoft", "ACQUIRES", "Inflection AI"), "planned"),
        ("de", "Amazon könnte weitere Milliarden in Anthropic investieren.", ("Amazon", "INVESTS_IN", "Anthropic"), "speculative"),
        ("en", "Apple may integrate Gemini into Siri next year.", ("Apple", "INTEGRATES", "Gemini"), "speculative"),
        ("en", "Microsoft is no longer the exclusive cloud provider for OpenAI.", ("Microsoft", "PROVIDES_CLOUD_TO", "OpenAI"), "ended"),
        # reported speech: "said they would" announces a plan
        ("en", "Microsoft said it would invest up to $5bn in Anthropic.", ("Microsoft", "INVESTS_IN", "Anthropic"), "planned"),
        # an attribute of another noun phrase leaves the verb's relation as it is
        ("en", "The Cyberspace Administration of China summoned Nvidia over alleged security risks.",
         ("Cyberspace Administration of China", "REGULATES", "Nvidia"), "active"),
        # what others expect is a guess; a denied report stays a guess
        ("en", "xAI is expected to raise $15bn from investors including Nvidia.", ("Nvidia", "INVESTS_IN", "xAI"), "speculative"),
        ("de", "Apple dementierte Berichte über eine Übernahme von Perplexity.", ("Apple", "ACQUIRES", "Perplexity"), "speculative"),
        # a hearsay modal with a past infinitive, after the verb at the end of the clause
        ("de", "Den Auftrag hat der Hersteller Dell erhalten, der sich dabei gegen Supermicro durchgesetzt haben soll.",
         ("Dell", "COMPETES_WITH", "Supermicro"), "speculative"),
        # a second verb phrase joined by "and" keeps its modal to itself
        ("en", "Nvidia owns about 7 per cent of CoreWeave and has agreed to buy its unused capacity.",
         ("Nvidia", "INVESTS_IN", "CoreWeave"), "active"),
        # the clause governing a 'zu' infinitive says when: an attempt is a plan
        ("de", "Meta hatte versucht, das Start-up Safe Superintelligence zu übernehmen.",
         ("Meta", "ACQUIRES", "Safe Superintelligence"), "planned"),
        # an adjective of another noun leaves a relation noun's time alone; one right before it does not
        ("en", "Stability AI still faces fierce competition from Black Forest Labs, the German start-up founded by "
               "former Stability researchers.", ("Stability AI", "COMPETES_WITH", "Black Forest Labs"), "active"),
        ("en", "Mistral AI ended its former partnership with Microsoft.", ("Mistral AI", "PARTNERS_WITH", "Microsoft"), "ended"),
        # a change at the top: the successor leads the company, the predecessor led it
        ("en", "Under Sridhar Ramaswamy, who succeeded Frank Slootman as chief executive in 2024, Snowflake has grown.",
         ("Frank Slootman", "LEADS", "Snowflake"), "ended"),
        ("en", "Under Sridhar Ramaswamy, who succeeded Frank Slootman as chief executive in 2024, Snowflake has grown.",
         ("Sridhar Ramaswamy", "LEADS", "Snowflake"), "active"),
        # a surname alone after the full name is the person
        ("de", "Intel baut um, sagte Konzernchef Lip-Bu Tan. Tan, der die Nachfolge des glücklosen Pat Gelsinger "
               "angetreten hatte, streicht Stellen.", ("Pat Gelsinger", "LEADS", "Intel"), "ended"),
        ("de", "Samsung baut um. Jun Young-hyun hatte seinen Vorgänger Kyung Kye-hyun an der Spitze des Konzerns abgelöst.",
         ("Jun Young-hyun", "LEADS", "Samsung"), "active"),
        ("en", "Intel is cutting costs. Lip-Bu Tan took over as chief executive in March from Pat Gelsinger.",
         ("Pat Gelsinger", "LEADS", "Intel"), "ended"),
        ("de", "Samsung baut um. Jun Young-hyun hatte seinen Vorgänger Kyung Kye-hyun an der Spitze des Konzerns abgelöst.",
         ("Kyung Kye-hyun", "LEADS", "Samsung"), "ended"),
    ],
)
def test_status_from_modal_and_temporal_cues(extractor, lang, text, expected, status):
    found = triples(extractor, text, lang)
    assert expected in found, f"missing {expected}; got {sorted(found)}"
    assert found[expected].status.value == status


def test_an_ending_adjective_of_another_phrase_leaves_the_verb_active(extractor):
    text = "Mistral AI wurde 2023 von den früheren Meta-Forschern Arthur Mensch und Guillaume Lample gegründet."
    found = triples(extractor, text, "de")
    assert found[("Arthur Mensch", "LEADS", "Mistral AI")].status.value == "active"
    # on the role noun itself the adjective still ends the relation
    found = triples(extractor, "Der frühere OpenAI-Chef John Schulman wechselte zu Anthropic.", "de")
    assert found[("John Schulman", "LEADS", "OpenAI")].status.value == "ended"


def test_a_negated_predicate_negates_the_relation_noun_that_opens_the_clause(extractor):
    text = "SAP ist Partner von OpenAI. Eine Kapitalbeteiligung an OpenAI ist damit aber nicht verbunden."
    found = triples(extractor, text, "de")
    assert found[("SAP", "INVESTS_IN", "OpenAI")].negated


def test_a_denied_plan_negates_the_relation_noun(extractor):
    text = "ASML steigt bei Mistral AI ein. Eine Übernahme von Mistral AI durch ASML sei ausdrücklich nicht geplant."
    found = triples(extractor, text, "de")
    assert found[("ASML", "ACQUIRES", "Mistral AI")].negated is True


@pytest.mark.parametrize(
    "lang,text,key,negated",
    [
        ("en", "Rivos builds chips based on its own designs rather than on designs licensed from Arm.",
         ("Arm", "LICENSES_TO", "Rivos"), True),
        ("de", "Rivos baut eigene Chips, statt Designs von Arm zu lizenzieren.", ("Arm", "LICENSES_TO", "Rivos"), True),
        # what comes after the contrast is set aside, not the choice before it
        ("en", "Apple licensed Gemini from Google rather than building its own model.", ("Google", "LICENSES_TO", "Apple"), False),
    ],
)
def test_a_contrast_sets_aside_what_follows_it(extractor, lang, text, key, negated):
    assert triples(extractor, text, lang)[key].negated is negated


def test_a_denial_in_a_relative_clause_does_not_reach_what_a_later_verb_of_saying_reports(extractor):
    text = ("FuriosaAI, the chip designer that turned down a takeover offer from Meta last year, said it had raised "
            "$350 million in a funding round led by Samsung.")
    assert triples(extractor, text, "en")[("Samsung", "INVESTS_IN", "FuriosaAI")].negated is False


def test_negation_is_kept_as_a_qualifier(extractor):
    found = triples(extractor, "Apple investiert nicht in OpenAI.", "de")
    rel = found[("Apple", "INVESTS_IN", "OpenAI")]
    assert rel.negated is True


def test_a_gapped_clause_takes_its_own_amount(extractor):
    found = triples(extractor, "Microsoft will bis zu fünf Milliarden Dollar in Anthropic investieren, der Chipkonzern "
                               "Nvidia bis zu zehn Milliarden Dollar.", "de")
    assert found[("Nvidia", "INVESTS_IN", "Anthropic")].attributes["amount"] == 10_000_000_000
    assert found[("Microsoft", "INVESTS_IN", "Anthropic")].attributes["amount"] == 5_000_000_000


@pytest.mark.parametrize(
    "lang,text,amount,currency",
    [
        ("de", "Microsoft investiert 10 Milliarden US-Dollar in OpenAI.", 10_000_000_000, "USD"),
        ("en", "Amazon invests $4bn in Anthropic.", 4_000_000_000, "USD"),
        ("de", "Microsoft investiert zehn Mrd. Dollar in OpenAI.", 10_000_000_000, "USD"),
        ("de", "Nvidia investiert 1,5 Mrd. Euro in Mistral AI.", 1_500_000_000, "EUR"),
    ],
)
def test_money_amounts_are_normalised(extractor, lang, text, amount, currency):
    rel = next(r for r in create_once(extractor, text, lang) if r.predicate.value == "INVESTS_IN")
    assert rel.attributes["amount"] == amount
    assert rel.attributes["currency"] == currency


def create_once(extractor, text, lang):
    return extractor.extract(Article.create(text, source="m.txt", lang=lang)).relations


def test_exclusive_attribute(extractor):
    found = triples(extractor, "Microsoft ist exklusiver Cloud-Anbieter für OpenAI.", "de")
    assert found[("Microsoft", "PROVIDES_CLOUD_TO", "OpenAI")].attributes.get("exclusive") is True


def test_evidence_offsets_are_exact(extractor):
    text = "Überschrift\n\nErster Satz ohne Namen. Microsoft investiert in OpenAI. Danach mehr."
    article = Article.create(text, source="o.txt", lang="de")
    rel = extractor.extract(article).relations[0]
    ev = rel.evidence[0]
    assert text[ev.start : ev.end] == ev.sentence == "Microsoft investiert in OpenAI."


def test_discourse_subject_has_lower_confidence(extractor):
    text = (
        "OpenAI baut seine Infrastruktur aus.\n"
        "• Das Unternehmen investiert in das Start-up Fluidstack.\n"
    )
    article = Article.create(text, source="b.txt", lang="de")
    extraction = extractor.extract(article)
    rel = next(r for r in extraction.relations if r.predicate.value == "INVESTS_IN")
    assert extraction.entity(rel.subject).name == "OpenAI"
    direct = triples(extractor, "OpenAI investiert in das Start-up Fluidstack.", "de")
    assert rel.confidence < direct[("OpenAI", "INVESTS_IN", "Fluidstack")].confidence


@pytest.mark.parametrize(
    "lang,text,name",
    [
        ("de", "OpenAIs Modelle laufen auf Azure.", "OpenAI"),
        ("en", "Nvidia’s revenue doubled.", "Nvidia"),
        ("de", "Die Microsoft-Aktie legte zu.", "Microsoft"),
        ("de", "Das Münchner Start-up Quantilon sammelt Geld ein.", "Quantilon"),
        ("en", "The Paris-based startup Veridane raised money.", "Veridane"),
        ("de", "Die Brenntal Robotics GmbH meldet Insolvenz an.", "Brenntal Robotics"),
        # a product named after a type phrase, longer than the known name it opens with
        ("de", "Die Plattform bündelt alles auf einem Chip vom Typ Snapdragon Ride Flex.", "Snapdragon Ride Flex"),
        # a bracketed short form after a new name
        ("de", "Die Vantor Lumen Company (VLC) baut ein Werk.", "Vantor Lumen Company"),
        # a word that names a company's trade ends a company name
        ("en", "Trucks from Halden Robotics now run between Dallas and Houston.", "Halden Robotics"),
        ("de", "Der Auftrag ging an Korvin Semiconductor aus Taiwan.", "Korvin Semiconductor"),
        # role nouns in their inflected forms
        ("de", "Aumovio fertigt die Rechner des US-Unternehmens Kestrel Freight.", "Kestrel Freight"),
        ("de", "Das Geld kommt vom Münchner Fachverlag Holtermann.", "Holtermann"),
        # a plural role noun names every name coordinated after it
        ("de", "Beteiligt sind die Wirtschaftskanzleien Brandis und Oderfeld.", "Oderfeld"),
        ("en", "The round drew the law firms Ashcombe and Verity.", "Verity"),
        # a double given name after a title
        ("de", "Das Start-up wächst, sagte Vorstandschef Leif-Nissen Lundbæk.", "Leif-Nissen Lundbæk"),
        # initials do not end a sentence: the name spans them
        ("de", "Der Verlag C.H. Beck baut ein KI-Angebot auf. Es soll 2026 starten.", "C.H. Beck"),
        # a German definite role phrase closed by a comma introduces the name before it
        ("de", "Lindqvist, der zweitgrößte private Betreiber, arbeitet mit dem Start-up Tiplu zusammen.", "Lindqvist"),
        # a new name that ends in a known product's name is one product
        ("de", "Die Kliniken führen den Sprachassistenten Dragon Copilot von Microsoft ein.", "Dragon Copilot"),
        # a name that opens with a lower-case letter and a capital
        ("de", "Die polnische Tochter mVista setzt einen Assistenten ein.", "mVista"),
    ],
)
def test_entity_surface_forms(extractor, lang, text, name):
    extraction = extractor.extract(Article.create(text, source="e.txt", lang=lang))
    assert name in {e.name for e in extraction.entities}


@pytest.mark.parametrize(
    "lang,text,absent",
    [
        ("de", "Die Metadaten werden gespeichert.", "Meta"),
        ("en", "She ate two apples and consulted the oracle.", "Apple"),
        ("de", "Der Mistral weht kalt durch das Rhonetal.", "Mistral AI"),
        # a name that ends like a kind of company is no role noun ("SoftBank")
        ("de", "Stargate ist ein Projekt, an dem neben OpenAI auch SoftBank und Oracle beteiligt sind.", "Projekt"),
        # a sentence-opening adverb before a definite role phrase is no company
        ("en", "Nvidia reported results. Separately, the chipmaker that dominates the market warned about China.",
         "Separately"),
        # a role noun inside a relative clause names nothing before the apposition
        ("en", "Rivos builds chips based on RISC-V, an open instruction set that companies can use.", "V"),
        # a long German noun after a known name is no part of it
        ("de", "Zuvor hatten der Versicherer Axa Rahmenverträge mit dem Start-up unterzeichnet.", "Axa Rahmenverträge"),
        # a funding stage is no product
        ("en", "Rebellions raised 250 billion won in a Series C round that included Arm.", "C"),
        # numeral nouns are no product names
        ("de", "Google hat Anthropic eine Million Chips bereitgestellt.", "Million"),
    ],
)
def test_ordinary_words_are_not_entities(extractor, lang, text, absent):
    extraction = extractor.extract(Article.create(text, source="w.txt", lang=lang))
    assert absent not in {e.name for e in extraction.entities}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("de", "Die britische Wettbewerbsbehörde CMA hatte die Beteiligungen von Amazon und Google geprüft und ohne "
               "Auflagen freigegeben."),
        ("en", "The CMA reviewed the Amazon and Google investments and cleared them without conditions."),
    ],
)
def test_an_approval_without_conditions_is_not_negated(extractor, lang, text):
    found = triples(extractor, text, lang)
    assert ("CMA", "REGULATES", "Amazon") in found
    assert not found[("CMA", "REGULATES", "Amazon")].negated


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("de", "Spekulationen, wonach sich Nvidia direkt an der Fertigung von SK Hynix beteiligen wolle, wies der "
               "Speicherhersteller zurück.", ("Nvidia", "INVESTS_IN", "SK Hynix")),
        ("en", "Reports that Apple would buy Perplexity were denied by both companies.", ("Apple", "ACQUIRES", "Perplexity")),
    ],
)
def test_a_denial_after_a_report_negates_what_the_report_says(extractor, lang, text, expected):
    found = triples(extractor, text, lang)
    assert expected in found, sorted(found)
    assert found[expected].negated


def test_a_clause_ending_in_nicht_negates_a_fronted_relation_noun(extractor):
    found = triples(extractor, "Einen direkten Vertrag mit OpenAI unterhalte Siemens allerdings nicht.", "de")
    assert ("Siemens", "PARTNERS_WITH", "OpenAI") in found, sorted(found)
    assert found[("Siemens", "PARTNERS_WITH", "OpenAI")].negated


def test_a_denial_negates_what_follows(extractor):
    found = triples(extractor, "Apple denied reports that it would acquire Perplexity.", "en")
    assert found[("Apple", "ACQUIRES", "Perplexity")].negated is True


def test_a_list_after_a_comitative_is_not_a_pair(extractor):
    """'Partnerschaften mit anderen Anbietern wie Oracle und Google' pairs OpenAI with each,
    never Oracle with Google."""
    found = triples(extractor, "OpenAI erweitert Partnerschaften mit anderen Anbietern wie Oracle und Google.", "de")
    assert ("OpenAI", "PARTNERS_WITH", "Oracle") in found
    assert ("Oracle", "PARTNERS_WITH", "Google") not in found


def test_one_sentence_states_one_direction(extractor):
    found = triples(extractor, "Microsoft und Nvidia beteiligen sich an der Finanzierungsrunde von xAI.", "de")
    assert ("Nvidia", "INVESTS_IN", "xAI") in found
    assert ("xAI", "INVESTS_IN", "Nvidia") not in found


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # the items of a list fill the place of the plural noun before the colon
        ("de", "Das Start-up Quantix Robotics hat 80 Millionen Euro eingesammelt. Neben SAP beteiligen sich mehrere "
               "bestehende Geldgeber an der Runde, darunter:\n\n- der Chipkonzern Nvidia,\n"
               "- die Wagniskapitalgeber Index Ventures und Accel.\n",
         [("Nvidia", "INVESTS_IN", "Quantix Robotics"), ("Index Ventures", "INVESTS_IN", "Quantix Robotics"),
          ("Accel", "INVESTS_IN", "Quantix Robotics")]),
        ("en", "OpenAI has signed content agreements with a long list of publishers. They include:\n\n"
               "- Axel Springer\n- News Corp\n",
         [("Axel Springer", "LICENSES_TO", "OpenAI"), ("News Corp", "LICENSES_TO", "OpenAI")]),
        # a plural relation noun: the items name its parties two by two
        ("de", "Die FTC hat einen Bericht zu drei Partnerschaften vorgelegt:\n\n• Amazon und Anthropic,\n"
               "• Google und Anthropic.\n",
         [("Amazon", "PARTNERS_WITH", "Anthropic"), ("Google", "PARTNERS_WITH", "Anthropic")]),
    ],
    ids=["de-investors", "en-publishers", "de-pairs"],
)
def test_list_items_continue_the_sentence_before_the_colon(extractor, lang, text, expected):
    found = triples(extractor, text, lang)
    for triple in expected:
        assert triple in found, f"missing {triple}; got {sorted(found)}"
    assert ("Axel Springer", "PARTNERS_WITH", "OpenAI") not in found  # the deal noun says what kind of tie


def test_list_items_do_not_become_the_topic(extractor):
    text = ("Lumora AI verkauft Lizenzen an große Plattformen:\n\n• xAI nutzt die Modelle seit 2024.\n"
            "• Adobe baut sie in Firefly ein.\n\nIm Dezember sammelte das Start-up 300 Millionen Euro ein, "
            "angeführt vom Fonds Accel.")
    found = triples(extractor, text, "de")
    assert ("Accel", "INVESTS_IN", "Adobe") not in found


def test_capitalised_names_without_a_relation_are_no_entities(extractor):
    article = Article.create("Analysts in Santa Clara met Jane Porter of Harbor Street Research on Monday.",
                             source="n.txt", lang="en")
    names = {e.name for e in extractor.extract(article).entities}
    assert not names & {"Santa Clara", "Jane Porter", "Harbor Street Research"}


def test_a_place_after_in_is_no_organisation(extractor):
    text = "Nvidia reported results. The company told analysts in Santa Clara that its Blackwell chips sell well."
    found = triples(extractor, text, "en")
    assert not [k for k in found if k[0] == "Santa Clara"]


def test_both_companies_stands_for_the_pair_named_last(extractor):
    text = ("The Times took OpenAI and Microsoft to court last year. Alden Global Capital has since filed "
            "a similar suit against both companies.")
    found = triples(extractor, text, "en")
    assert ("Alden Global Capital", "IN_CONFLICT_WITH", "OpenAI") in found
    assert ("Alden Global Capital", "IN_CONFLICT_WITH", "Microsoft") in found
    # the phrase names two companies; it relates neither to the other
    assert ("OpenAI", "IN_CONFLICT_WITH", "Microsoft") not in found


def test_not_ending_a_relationship_keeps_it(extractor):
    found = triples(extractor, "The Gemini talks do not end Apple's relationship with OpenAI.", "en")
    rel = found[("Apple", "PARTNERS_WITH", "OpenAI")]
    assert rel.negated is False and rel.status.value == "active"


def test_content_deals_run_from_the_publisher_to_the_ai_company(extractor):
    text = ("OpenAI has signed content agreements with a long list of publishers. They include:\n\n"
            "- The Financial Times\n- Condé Nast\n")
    found = triples(extractor, text, "en")
    assert ("Financial Times", "LICENSES_TO", "OpenAI") in found
    assert ("OpenAI", "LICENSES_TO", "Financial Times") not in found


def test_correlative_and_fronted_noun_negations(extractor):
    found = triples(extractor, "SAP baut Joule aus. Wir wollen weder von OpenAI noch von einem anderen Anbieter abhängig sein, "
                               "sagte SAP-Chef Christian Klein.", "de")
    assert found[("SAP", "DEPENDS_ON", "OpenAI")].negated is True
    found = triples(extractor, "Eine direkte Partnerschaft mit OpenAI habe Siemens allerdings nicht geschlossen.", "de")
    assert found[("OpenAI", "PARTNERS_WITH", "Siemens")].negated is True


def test_a_spaced_dash_joins_no_compound(extractor):
    found = triples(extractor, "Spotify selbst ist an Helsing nicht beteiligt – ein Punkt, den das Unternehmen klarstellte.", "de")
    assert found[("Spotify", "INVESTS_IN", "Helsing")].negated is True


def test_a_negation_before_an_infinitive_leaves_the_title_before_it(extractor):
    text = "The spending reflects a choice by Microsoft CEO Satya Nadella not to build every data center itself."
    rel = triples(extractor, text, "en")[("Satya Nadella", "LEADS", "Microsoft")]
    assert not rel.negated


@pytest.mark.parametrize("lang,text", [
    ("de", "Wie das Start-up Groq mitteilte, erhält Nvidia eine nicht-exklusive Lizenz für Groqs Technologie."),
    ("en", "Nvidia obtained a non-exclusive license to Groq's technology."),
])
def test_a_non_exclusive_licence_is_neither_negated_nor_exclusive(extractor, lang, text):
    rel = triples(extractor, text, lang)[("Groq", "LICENSES_TO", "Nvidia")]
    assert not rel.negated
    assert rel.attributes.get("exclusive") is False


@pytest.mark.parametrize("lang,text,rival", [
    ("en", "Crusoe competes with a crop of so-called neoclouds, including CoreWeave, Nebius and Lambda.", "Lambda"),
    ("de", "Die Telekom konkurriert mit einer Reihe von Neoclouds wie CoreWeave und Nebius.", "Nebius"),
])
def test_examples_after_a_quantity_noun_keep_the_verbs_preposition(extractor, lang, text, rival):
    found = triples(extractor, text, lang)
    subject = "Crusoe" if lang == "en" else "Deutsche Telekom"
    assert (subject, "COMPETES_WITH", rival) in found
    # the rivals a verb of competition names are no providers of its subject
    assert (rival, "PROVIDES_CLOUD_TO", subject) not in found


def test_names_taking_part_in_a_round_invest_alongside_its_leader(extractor):
    text = ("Thinking Machines raised $2bn. The round was led by Andreessen Horowitz, "
            "with Nvidia, AMD and Cisco also taking part.")
    found = triples(extractor, text, "en")
    for investor in ("Andreessen Horowitz", "Nvidia", "AMD", "Cisco"):
        assert (investor, "INVESTS_IN", "Thinking Machines Lab") in found


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Quantum Systems wächst. Konkurrenz bekommt Quantum-Systems vor allem von Helsing, das mit seiner Kampfdrohne "
           "HX-2 auf den ukrainischen Markt drängt, sowie vom Berliner Hersteller Stark Defence.",
     ("Stark Defence", "COMPETES_WITH", "Quantum Systems")),
    ("en", "Microsoft has signed capacity deals with rival neoclouds, including Nebius, which agreed to provide it "
           "with GPU capacity worth $17.4bn, and Nscale.",
     ("Nscale", "PROVIDES_CLOUD_TO", "Microsoft")),
])
def test_a_relative_clause_inside_a_list_does_not_end_it(extractor, lang, text, expected):
    assert expected in triples(extractor, text, lang)


def test_a_hyphenated_multiword_name_is_no_genitive(extractor):
    text = "Angeführt wurde die Runde vom Wagniskapitalgeber Balderton Capital, der in Quantum-Systems investiert."
    assert ("Balderton Capital", "INVESTS_IN", "Quantum Systems") in triples(extractor, text, "de")


def test_a_specialist_in_apposition_is_a_company(extractor):
    text = "Die Software stammt von Auterion, einem schweizerisch-amerikanischen Spezialisten für Betriebssysteme."
    extraction = extractor.extract(Article.create(text, source="case.txt", lang="de"))
    assert "Auterion" in {e.name for e in extraction.entities}


def test_a_pronoun_takes_up_the_previous_sentences_round(extractor):
    text = "In einer Series-A-Runde hat ARX Robotics 31 Millionen Euro eingesammelt. Angeführt wurde sie von HV Capital."
    assert ("HV Capital", "INVESTS_IN", "ARX Robotics") in triples(extractor, text, "de")
    # without a round before it, the same words name no investment
    text = "ARX Robotics baut Roboter. Angeführt wurde sie von HV Capital."
    assert ("HV Capital", "INVESTS_IN", "ARX Robotics") not in triples(extractor, text, "de")


def test_a_three_letter_acronym_is_a_short_form_after_the_full_name(extractor):
    text = "Deutlich kleiner ist ARX Robotics. Auch ARX setzt bei der Rechentechnik auf Nvidia."
    assert ("ARX Robotics", "DEPENDS_ON", "Nvidia") in triples(extractor, text, "de")


def test_a_possessive_pronoun_is_no_subject(extractor):
    text = ("Luma raised money. Amazon invested in Luma's previous round. Its closest rival, New York-based Runway, "
            "raised $308 million in a round led by General Atlantic.")
    found = triples(extractor, text, "en")
    assert ("General Atlantic", "INVESTS_IN", "Runway") in found
    assert ("General Atlantic", "INVESTS_IN", "Amazon") not in found


def test_an_english_verbs_agent_phrases_stay_on_one_side_of_it(extractor):
    text = ("Luma AI raised $900 million in a round led by Humain, the artificial intelligence company "
            "owned by Saudi Arabia's Public Investment Fund.")
    found = triples(extractor, text, "en")
    assert ("Humain", "SUBSIDIARY_OF", "Public Investment Fund") in found
    assert ("Luma AI", "SUBSIDIARY_OF", "Humain") not in found


@pytest.mark.parametrize("lang,text,wrong", [
    ("en", "Runway and Luma AI raised money this year. Adobe invested in Luma AI. "
           "\"It is about the customer,\" said one investor who backed both companies.",
     ("Adobe", "INVESTS_IN", "Runway")),
    ("de", "Bayer arbeitet mit Microsoft. Wer seine Daten in die Rechenzentren von Google verlagere, "
           "mache sich von deren Preisen abhängig, warnt ein Berater.",
     ("Bayer", "DEPENDS_ON", "Google")),
])
def test_a_generic_or_common_noun_subject_takes_no_company_from_before(extractor, lang, text, wrong):
    assert wrong not in triples(extractor, text, lang)


def test_a_company_in_the_holders_own_apposition_does_not_own_the_title(extractor):
    text = "Chief executive Amit Jain, a former Apple engineer, said the money would go into compute."
    assert ("Amit Jain", "LEADS", "Apple") not in triples(extractor, text, "en")


def test_inside_governs_its_name(extractor):
    text = "Salesforce launched Agentforce. Google's Gemini models can also be selected inside Agentforce."
    assert ("Gemini", "INTEGRATES", "Agentforce") not in triples(extractor, text, "en")


def test_a_genitive_owns_a_hyphenated_compound_role(extractor):
    text = "Merck investiert in KI. Auch Bayers Agrar-Rivale BASF investiert kräftig."
    found = triples(extractor, text, "de")
    assert ("BASF", "COMPETES_WITH", "Bayer") in found
    assert ("BASF", "COMPETES_WITH", "Merck KGaA") not in found


def test_the_names_before_whose_are_the_subject_of_its_clause(extractor):
    text = ("SAP has long worked closely with Snowflake, Databricks and Google Cloud, whose data platforms "
            "compete in part with Salesforce's own.")
    found = triples(extractor, text, "en")
    assert ("Databricks", "COMPETES_WITH", "Salesforce") in found
    assert ("SAP", "COMPETES_WITH", "Salesforce") not in found


def test_a_name_listed_between_two_persons_is_a_person(extractor):
    text = ("Runway, which was founded in 2018 by Cristóbal Valenzuela, Anastasis Germanidis and Alejandro Matamala, "
            "has leaned heavily on Hollywood.")
    assert ("Anastasis Germanidis", "LEADS", "Runway") in triples(extractor, text, "en")
