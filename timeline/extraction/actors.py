"""Canonical actors: who takes part in an event, under one name per person, country or organization.

The alias tables are data; `DocumentActors` reads one parsed article and answers "who is this noun
phrase?" for it, with the article's own coreference: a surname refers to the full name seen earlier in the
same article ("President Donald Trump" ... "Trump" -> "Donald Trump"; "Wang Yi" ... "Wang", "Abiy Ahmed" ...
"Abiy", where the naming convention or the article's own usage puts that word first), and a role ("the Ukrainian
president") refers to its holder only when the article names that holder too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

from spacy.tokens import Span

from .event_tables import NOUN_KINDS
from .tables import TIME_ZONES, US_ZONES

PERSON, COUNTRY, ORGANIZATION, GROUP = "person", "country", "organization", "group"

# canonical name -> (kind, aliases). Matching is case-insensitive and ignores a leading "the".
ACTORS: dict[str, tuple[str, tuple[str, ...]]] = {
    # people
    "Volodymyr Zelenskyy": (PERSON, ("Zelenskyy", "Zelensky", "Zelenskiy", "Volodymyr Zelensky",
                                     "Volodymyr Zelenskiy", "Volodymyr Zelenskyy")),
    "Vladimir Putin": (PERSON, ("Putin", "Vladimir Putin", "Vladimir Vladimirovich Putin")),
    "Donald Trump": (PERSON, ("Trump", "Donald Trump", "Donald J. Trump")),
    "Joe Biden": (PERSON, ("Biden", "Joe Biden", "Joseph Biden", "Joseph R. Biden")),
    "Steve Witkoff": (PERSON, ("Witkoff", "Steve Witkoff", "Steven Witkoff")),
    "Marco Rubio": (PERSON, ("Rubio", "Marco Rubio")),
    "Keir Starmer": (PERSON, ("Starmer", "Keir Starmer")),
    "Emmanuel Macron": (PERSON, ("Macron", "Emmanuel Macron")),
    "Sergei Lavrov": (PERSON, ("Lavrov", "Sergei Lavrov", "Sergey Lavrov")),
    "Dmitry Peskov": (PERSON, ("Peskov", "Dmitry Peskov", "Dmitri Peskov")),
    "Xi Jinping": (PERSON, ("Xi", "Xi Jinping")),
    "Recep Tayyip Erdogan": (PERSON, ("Erdogan", "Erdoğan", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan")),
    "Mohammed bin Salman": (PERSON, ("Mohammed bin Salman", "MBS", "Crown Prince Mohammed bin Salman")),
    "Andrii Sybiha": (PERSON, ("Sybiha", "Andrii Sybiha", "Andriy Sybiha")),
    "Mike Waltz": (PERSON, ("Waltz", "Mike Waltz")),
    "Friedrich Merz": (PERSON, ("Merz", "Friedrich Merz")),
    "Giorgia Meloni": (PERSON, ("Meloni", "Giorgia Meloni")),
    "Mark Rutte": (PERSON, ("Rutte", "Mark Rutte")),
    "Ursula von der Leyen": (PERSON, ("von der Leyen", "Ursula von der Leyen")),
    "Antonio Guterres": (PERSON, ("Guterres", "Antonio Guterres", "António Guterres")),
    # Office holders named in ROLE_HOLDERS below (general knowledge; true in early 2026, see there).
    "Kaja Kallas": (PERSON, ("Kallas", "Kaja Kallas")),
    "Antonio Costa": (PERSON, ("António Costa", "Antonio Costa")),
    "Abbas Araqchi": (PERSON, ("Araqchi", "Araghchi", "Abbas Araqchi", "Abbas Araghchi")),
    "Masoud Pezeshkian": (PERSON, ("Pezeshkian", "Masoud Pezeshkian")),
    "Nikol Pashinyan": (PERSON, ("Pashinyan", "Nikol Pashinyan")),
    "Ararat Mirzoyan": (PERSON, ("Mirzoyan", "Ararat Mirzoyan")),
    "Ilham Aliyev": (PERSON, ("Ilham Aliyev",)),  # "Aliyev" alone may be his father or another Aliyev
    "Jeyhun Bayramov": (PERSON, ("Bayramov", "Jeyhun Bayramov")),
    "Aleksandar Vucic": (PERSON, ("Vucic", "Aleksandar Vucic")),
    "Albin Kurti": (PERSON, ("Kurti", "Albin Kurti")),
    "Hakan Fidan": (PERSON, ("Fidan", "Hakan Fidan")),
    "Wang Yi": (PERSON, ("Wang Yi",)),
    "Faisal bin Farhan": (PERSON, ("Faisal bin Farhan", "Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud")),
    "Badr Albusaidi": (PERSON, ("Albusaidi", "Badr Albusaidi", "Badr al-Busaidi")),
    "Benjamin Netanyahu": (PERSON, ("Netanyahu", "Benjamin Netanyahu")),
    "Narendra Modi": (PERSON, ("Modi", "Narendra Modi")),
    "Abdel Fattah el-Sisi": (PERSON, ("Sisi", "el-Sisi", "el-Sissi", "Abdel Fattah el-Sisi", "Abdel Fattah el-Sissi",
                                     "Abdel Fattah al-Sisi")),
    "Alexander Lukashenko": (PERSON, ("Lukashenko", "Alexander Lukashenko", "Aleksandr Lukashenko")),
    "Abdel Fattah al-Burhan": (PERSON, ("Burhan", "al-Burhan", "Abdel Fattah al-Burhan", "Abdel Fattah Burhan")),
    "Lee Jae-myung": (PERSON, ("Lee Jae-myung",)),
    "Kim Jong Un": (PERSON, ("Kim Jong Un", "Kim Jong-un")),
    "Luiz Inacio Lula da Silva": (PERSON, ("Lula", "Lula da Silva", "Luiz Inacio Lula da Silva",
                                           "Luiz Inácio Lula da Silva")),
    # countries ("Washington" etc. only as an actor; as a place the city keeps its name)
    "United States": (COUNTRY, ("U.S.", "US", "U.S", "USA", "U.S.A.", "United States", "America",
                                "United States of America", "the States")),
    "United Kingdom": (COUNTRY, ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom")),
    "Russia": (COUNTRY, ("Russia", "Russian Federation")),
    "Ukraine": (COUNTRY, ("Ukraine",)),
    "China": (COUNTRY, ("China", "PRC", "People's Republic of China")),
    "France": (COUNTRY, ("France",)),
    "Germany": (COUNTRY, ("Germany",)),
    "Saudi Arabia": (COUNTRY, ("Saudi Arabia", "Saudi", "KSA")),
    "Turkey": (COUNTRY, ("Turkey", "Türkiye", "Turkiye")),
    "Israel": (COUNTRY, ("Israel",)),
    "Iran": (COUNTRY, ("Iran",)),
    "Poland": (COUNTRY, ("Poland",)),
    "Italy": (COUNTRY, ("Italy",)),
    "Canada": (COUNTRY, ("Canada",)),
    "Japan": (COUNTRY, ("Japan",)),
    "India": (COUNTRY, ("India",)),
    "Qatar": (COUNTRY, ("Qatar",)),
    "Egypt": (COUNTRY, ("Egypt",)),
    "Belarus": (COUNTRY, ("Belarus",)),
    "North Korea": (COUNTRY, ("North Korea", "DPRK")),
    "South Korea": (COUNTRY, ("South Korea",)),
    "Switzerland": (COUNTRY, ("Switzerland",)),
    "Norway": (COUNTRY, ("Norway",)),
    "Finland": (COUNTRY, ("Finland",)),
    "United Arab Emirates": (COUNTRY, ("United Arab Emirates", "UAE", "U.A.E.", "Emirates")),
    # organizations
    "European Union": (ORGANIZATION, ("EU", "E.U.", "European Union")),
    "NATO": (ORGANIZATION, ("NATO", "North Atlantic Treaty Organization", "Nato")),
    "United Nations": (ORGANIZATION, ("UN", "U.N.", "United Nations")),
    "Kremlin": (ORGANIZATION, ("Kremlin",)),
    "White House": (ORGANIZATION, ("White House",)),
    "Hamas": (GROUP, ("Hamas",)),
    "Hezbollah": (GROUP, ("Hezbollah",)),
    "Houthis": (GROUP, ("Houthis", "Houthi", "Ansar Allah")),
}

# More countries, as data: "name|demonyms|capital|aliases". Read into ACTORS, DEMONYMS and METONYMS below,
# so that a country, its people and its capital are known however the text names them, and a GPE that is
# none of these (a city, a region) is not taken for a country when it is the place of an event.
_WORLD = """
Afghanistan|afghan,afghans|kabul|
Algeria|algerian,algerians|algiers|
Angola|angolan,angolans|luanda|
Argentina|argentine,argentinian,argentinians|buenos aires|
Armenia|armenian,armenians|yerevan|
Australia|australian,australians|canberra|
Austria|austrian,austrians|vienna|
Azerbaijan|azerbaijani,azeri,azerbaijanis|baku|
Bahrain|bahraini,bahrainis|manama|
Bangladesh|bangladeshi,bangladeshis|dhaka|
Benin|beninese|porto-novo|
Belgium|belgian,belgians||
Bolivia|bolivian,bolivians|la paz|
Bosnia and Herzegovina|bosnian,bosnians|sarajevo|Bosnia
Brazil|brazilian,brazilians|brasilia,brasília|
Bulgaria|bulgarian,bulgarians|sofia|
Burkina Faso|burkinabe||
Cambodia|cambodian,cambodians|phnom penh|
Cameroon|cameroonian,cameroonians|yaounde|
Chad|chadian,chadians|n'djamena|
Chile|chilean,chileans|santiago|
Colombia|colombian,colombians|bogota,bogotá|
Congo|congolese|kinshasa|Democratic Republic of Congo,Democratic Republic of the Congo,DRC,DR Congo
Croatia|croatian,croatians|zagreb|
Cuba|cuban,cubans|havana|
Cyprus|cypriot,cypriots|nicosia|
Czech Republic|czech,czechs|prague|Czechia
Denmark|danish,danes|copenhagen|
Djibouti|djiboutian||
Ecuador|ecuadorian,ecuadorians|quito|
Eritrea|eritrean,eritreans|asmara|
Estonia|estonian,estonians|tallinn|
Ethiopia|ethiopian,ethiopians|addis ababa|
Gambia|gambian,gambians|banjul|The Gambia
Georgia|georgian,georgians|tbilisi|
Ghana|ghanaian,ghanaians|accra|
Greece|greek,greeks|athens|
Guinea|guinean,guineans|conakry|
Guinea-Bissau|bissau-guinean,bissau-guineans|bissau|
Guatemala|guatemalan,guatemalans||
Haiti|haitian,haitians|port-au-prince|
Hungary|hungarian,hungarians|budapest|
Indonesia|indonesian,indonesians|jakarta|
Iraq|iraqi,iraqis|baghdad|
Ireland|irish|dublin|
Ivory Coast|ivorian,ivorians|yamoussoukro|Cote d'Ivoire,Côte d'Ivoire
Jordan|jordanian,jordanians|amman|
Kazakhstan|kazakh,kazakhstani|astana|
Kenya|kenyan,kenyans|nairobi|
Kosovo|kosovar,kosovars,kosovan|pristina,prishtina|
Kuwait|kuwaiti,kuwaitis|kuwait city|
Latvia|latvian,latvians|riga|
Lebanon|lebanese|beirut|
Liberia|liberian,liberians|monrovia|
Libya|libyan,libyans|tripoli|
Lithuania|lithuanian,lithuanians|vilnius|
Malaysia|malaysian,malaysians|kuala lumpur|
Mali|malian,malians|bamako|
Mauritania|mauritanian,mauritanians|nouakchott|
Mexico|mexican,mexicans|mexico city|
Moldova|moldovan,moldovans|chisinau|
Morocco|moroccan,moroccans|rabat|
Myanmar|burmese|naypyitaw|Burma
Netherlands|dutch|the hague,amsterdam|Holland
New Zealand|new zealander||
Nicaragua|nicaraguan,nicaraguans|managua|
Niger|nigerien,nigeriens|niamey|
Nigeria|nigerian,nigerians|abuja|
Oman|omani,omanis|muscat|
Pakistan|pakistani,pakistanis|islamabad|
Palestine|palestinians|ramallah|Palestinian territories
Panama|panamanian,panamanians||
Paraguay|paraguayan,paraguayans|asuncion|
Peru|peruvian,peruvians|lima|
Philippines|philippine,filipino,filipinos|manila|
Portugal|portuguese|lisbon|
Romania|romanian,romanians|bucharest|
Rwanda|rwandan,rwandans|kigali|
Senegal|senegalese|dakar|
Serbia|serbian,serbs|belgrade|
Sierra Leone|sierra leonean,sierra leoneans|freetown|
Singapore|singaporean,singaporeans||
Slovakia|slovak,slovaks|bratislava|
Somalia|somali,somalis|mogadishu|
South Africa|south african,south africans|pretoria|
South Sudan|south sudanese|juba|
Spain|spanish,spaniards|madrid|
Sri Lanka|sri lankan||
Sudan|sudanese|khartoum|
Sweden|swedish,swedes|stockholm|
Syria|syrian,syrians|damascus|
Taiwan|taiwanese|taipei|
Thailand|thai|bangkok|
Togo|togolese|lome|
Tunisia|tunisian,tunisians|tunis|
Uganda|ugandan,ugandans|kampala|
Uruguay|uruguayan,uruguayans|montevideo|
Uzbekistan|uzbek,uzbeks|tashkent|
Venezuela|venezuelan,venezuelans|caracas|
Vietnam|vietnamese|hanoi|Viet Nam
Yemen|yemeni,yemenis|sanaa|
Zimbabwe|zimbabwean,zimbabweans|harare|
"""

# Capitals and seats of government standing for their country when they act ("Moscow will seek").
METONYMS = {
    "washington": "United States", "moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine",
    "london": "United Kingdom", "beijing": "China", "paris": "France", "berlin": "Germany",
    "riyadh": "Saudi Arabia", "ankara": "Turkey", "tehran": "Iran", "warsaw": "Poland", "rome": "Italy",
    "tokyo": "Japan", "ottawa": "Canada", "doha": "Qatar", "cairo": "Egypt", "minsk": "Belarus",
    "brussels": "European Union", "downing street": "United Kingdom", "pyongyang": "North Korea",
    "seoul": "South Korea",
}

# Demonyms (spaCy NORP, or adjectives) -> the country or organization they stand for.
DEMONYMS = {
    "ukrainian": "Ukraine", "ukrainians": "Ukraine", "russian": "Russia", "russians": "Russia",
    "american": "United States", "americans": "United States", "u.s.": "United States", "us": "United States",
    "british": "United Kingdom", "briton": "United Kingdom", "britons": "United Kingdom",
    "french": "France", "german": "Germany", "germans": "Germany", "chinese": "China",
    "saudi": "Saudi Arabia", "saudis": "Saudi Arabia", "turkish": "Turkey", "israeli": "Israel",
    "israelis": "Israel", "iranian": "Iran", "polish": "Poland", "italian": "Italy", "japanese": "Japan",
    "indian": "India", "canadian": "Canada", "qatari": "Qatar", "egyptian": "Egypt",
    "belarusian": "Belarus", "norwegian": "Norway", "finnish": "Finland", "swiss": "Switzerland",
    "emirati": "United Arab Emirates", "european": "European Union", "palestinian": "Palestine",
    "north korean": "North Korea", "south korean": "South Korea", "korean": None, "african": "African Union",
    "arab": "Arab League", "swiss": "Switzerland", "qataris": "Qatar", "egyptians": "Egypt",
}

for _row in _WORLD.strip().splitlines():
    _country, _demonyms, _capitals, _aliases = (_row.split("|") + ["", "", ""])[:4]
    _known = ACTORS.get(_country)
    ACTORS[_country] = (COUNTRY, tuple(dict.fromkeys(
        ((_known[1] if _known else ()) + (_country,) + tuple(a for a in _aliases.split(",") if a)))))
    for _d in filter(None, _demonyms.split(",")):
        DEMONYMS.setdefault(_d, _country)
    for _c in filter(None, _capitals.split(",")):
        METONYMS.setdefault(_c, _country)
DEMONYMS = {k: v for k, v in DEMONYMS.items() if v}
ACTORS.setdefault("African Union", (ORGANIZATION, ("AU", "African Union")))
ACTORS.setdefault("AU Peace and Security Council", (ORGANIZATION, (
    "Peace and Security Council", "African Union Peace and Security Council", "AU Peace and Security Council",
    "African Union's Peace and Security Council", "AU's Peace and Security Council")))
ACTORS.setdefault("OAS Permanent Council", (ORGANIZATION, (
    "OAS Permanent Council", "Permanent Council of the OAS", "Permanent Council of the Organization of American States")))
ACTORS.setdefault("Arab League", (ORGANIZATION, ("Arab League", "League of Arab States")))
ACTORS.setdefault("OSCE", (ORGANIZATION, (
    "OSCE", "Organization for Security and Co-operation in Europe", "Organisation for Security and Co-operation in Europe",
    "Organization for Security and Cooperation in Europe")))
ACTORS.setdefault("G7", (ORGANIZATION, ("G7", "G-7", "Group of Seven")))
ACTORS.setdefault("G20", (ORGANIZATION, ("G20", "G-20", "Group of 20", "Group of Twenty")))
ACTORS.setdefault("Council of Europe", (ORGANIZATION, ("Council of Europe",)))
ACTORS.setdefault("Nordic-Baltic Eight", (ORGANIZATION, ("Nordic-Baltic Eight", "NB8", "Nordic-Baltic 8")))
# The Council of the EU sits in configurations named by their portfolio; each is the Council (a body of the EU)
ACTORS.setdefault("Foreign Affairs Council", (ORGANIZATION, ("Foreign Affairs Council", "EU Foreign Affairs Council")))
ACTORS.setdefault("General Affairs Council", (ORGANIZATION, ("General Affairs Council", "EU General Affairs Council")))
ACTORS.setdefault("Council of the European Union", (ORGANIZATION, (
    "Council of the European Union", "Council of the EU", "EU Council")))

# Nouns for a body of people acting for a country: "Ukrainian officials", "U.S. negotiators".
GROUP_NOUNS = {
    "official", "delegation", "negotiator", "diplomat", "ambassador", "force", "troop", "government", "leader",
    "secretary", "minister", "counterpart", "team", "side", "military", "army", "authority", "envoy", "representative",
    "administration", "navy", "air", "drone", "missile", "soldier", "president", "ministry", "embassy",
    "lawmaker", "parliament", "cabinet", "spy", "intelligence", "mediator", "leadership", "camp",
    "ship", "vessel", "warship", "boat", "jet", "aircraft", "plane", "fighter", "police", "guard", "coastguard",
    "militant", "rebel", "council", "commission", "court", "agency", "regulator", "negotiating",
    "monitor", "observer", "peacekeeper", "inspector",  # "African Union monitors", "U.N. peacekeepers"
}

# Singular nouns for a body acting for a country: "China's coast guard", "Venezuela's electoral council".
COLLECTIVE_NOUNS = {
    "government", "military", "army", "administration", "ministry", "leadership", "side", "delegation",
    "team", "navy", "embassy", "parliament", "cabinet", "guard", "coastguard", "police", "council",
    "commission", "court", "agency", "authority", "regime", "junta", "legislature", "senate", "congress",
    "presidency", "force", "regulator", "tribunal",
}

# Outlets that speak for their country when they are the state's: "Pyongyang's state media", "Iranian state
# television" (not "Israeli media", which are not Israel).
STATE_OUTLETS = {"medium", "media", "television", "tv", "radio", "broadcaster", "outlet"}

# Nouns for the people or office who speak for someone: "Ruto's office said", "his spokesperson said".
VOICE_NOUNS = {"office", "spokesperson", "spokesman", "spokeswoman", "aide", "aides", "spokespeople", "camp",
               "lawyer", "lawyers", "press", "associate", "associates", "delegation"}

_SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman"}
# Definite descriptions that point back to an actor named earlier: "the group", "the bloc", "the envoy".
ANAPHOR_KINDS = {
    "group": GROUP, "movement": GROUP, "militia": GROUP, "bloc": ORGANIZATION, "alliance": ORGANIZATION,
    "organization": ORGANIZATION, "organisation": ORGANIZATION, "union": ORGANIZATION,
    "envoy": PERSON, "diplomat": PERSON, "minister": PERSON, "president": PERSON, "leader": PERSON,
    "premier": PERSON, "chancellor": PERSON, "secretary": PERSON, "ambassador": PERSON, "official": PERSON,
    "negotiator": PERSON, "commissioner": PERSON, "king": PERSON, "emir": PERSON, "senator": PERSON,
}
# "the junta", "the regime": a government that no country's other bodies are called, so the bare word points back
# to the country last named with a body of its rulers ("Guinea-Bissau's military authorities ... the junta").
RULER_NOUNS = {"junta", "regime"}
_RULING_BODIES = RULER_NOUNS | {"military", "army", "authority", "government", "leadership", "ruler"}
# "the two leaders", "the two men", "both ministers": the last two people named.
PAIR_NOUNS = {"leader", "man", "woman", "minister", "president", "diplomat", "official", "envoy", "counterpart",
              "premier", "chancellor", "head", "negotiator"}

# "the two countries", "both governments", "the three governments": how many of the last countries named they are.
_GROUP_COUNTS = {"two": 2, "three": 3, "four": 4}
COUNTRY_PAIR_NOUNS = {"country", "nation", "government", "neighbour", "neighbor"}

# Offices whose holder an article may name by role alone: (country, role) -> holder. Used only when the
# article also names the holder, so the text makes it plain.
ROLE_HOLDERS = {
    ("Ukraine", "president"): "Volodymyr Zelenskyy", ("Ukraine", "leader"): "Volodymyr Zelenskyy",
    ("Russia", "president"): "Vladimir Putin", ("Russia", "leader"): "Vladimir Putin",
    ("United States", "president"): "Donald Trump", ("United States", "leader"): "Donald Trump",
    ("United Kingdom", "prime minister"): "Keir Starmer", ("United Kingdom", "premier"): "Keir Starmer",
    ("France", "president"): "Emmanuel Macron", ("China", "president"): "Xi Jinping",
    ("China", "leader"): "Xi Jinping", ("Turkey", "president"): "Recep Tayyip Erdogan",
    # Heads of government and foreign ministers whose names news often gives without their country ("the
    # foreign minister, Abbas Araqchi"). General knowledge, true in early 2026; update when an office changes
    # hands (in brackets: since when).
    ("European Union", "commission president"): "Ursula von der Leyen",  # (Dec 2019)
    ("European Union", "foreign policy chief"): "Kaja Kallas",  # (Dec 2024)
    ("European Union", "council president"): "Antonio Costa",  # (Dec 2024)
    ("United Nations", "secretary-general"): "Antonio Guterres",  # (2017; term ends Dec 2026)
    ("Iran", "president"): "Masoud Pezeshkian",  # (Jul 2024)
    ("Iran", "foreign minister"): "Abbas Araqchi",  # (Aug 2024)
    ("Russia", "foreign minister"): "Sergei Lavrov",  # (2004)
    ("United States", "secretary of state"): "Marco Rubio",  # (Jan 2025)
    ("Ukraine", "foreign minister"): "Andrii Sybiha",  # (Sep 2024)
    ("China", "foreign minister"): "Wang Yi",  # (2023, again)
    ("Turkey", "foreign minister"): "Hakan Fidan",  # (Jun 2023)
    ("Saudi Arabia", "foreign minister"): "Faisal bin Farhan",  # (2019)
    ("Oman", "foreign minister"): "Badr Albusaidi",  # (2020)
    ("Armenia", "prime minister"): "Nikol Pashinyan",  # (2018)
    ("Armenia", "foreign minister"): "Ararat Mirzoyan",  # (2021)
    ("Azerbaijan", "president"): "Ilham Aliyev",  # (2003)
    ("Azerbaijan", "foreign minister"): "Jeyhun Bayramov",  # (2020)
    ("Serbia", "president"): "Aleksandar Vucic",  # (2017)
    ("Kosovo", "prime minister"): "Albin Kurti",  # (2021)
    ("Israel", "prime minister"): "Benjamin Netanyahu",  # (Dec 2022)
    ("India", "prime minister"): "Narendra Modi",  # (2014)
    ("Egypt", "president"): "Abdel Fattah el-Sisi",  # (2014)
    ("Belarus", "president"): "Alexander Lukashenko",  # (1994)
    ("Sudan", "army chief"): "Abdel Fattah al-Burhan",  # (2019)
    ("South Korea", "president"): "Lee Jae-myung",  # (Jun 2025)
    ("North Korea", "leader"): "Kim Jong Un",  # (2011)
    ("Brazil", "president"): "Luiz Inacio Lula da Silva",  # (Jan 2023)
}

# Words before a name that are titles, not part of it.
TITLES = {
    "president", "prime", "minister", "sir", "dame", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
    "chancellor", "secretary", "foreign", "defense", "defence", "envoy", "special", "senator", "sen.",
    "gen.", "general", "king", "queen", "prince", "princess", "crown", "deputy", "vice", "premier",
    "ambassador", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "national", "security",
    "state", "chief", "commander", "lord", "former", "u.s.", "us", "russian", "ukrainian", "british",
    "french", "german", "chinese", "turkish", "saudi", "leader", "speaker", "rep.", "representative",
    "pope", "sheikh", "emir", "mayor", "governor", "gov.", "president-elect", "elect", "acting", "top",
    "councilor", "councillor", "sayyid", "highness", "excellency", "h.e.",
}

# Styles that stand for a person named with them earlier ("His Highness", "His Excellency").
HONORIFICS = {"highness", "excellency", "majesty"}

# Office words that put a person's name right after them ("Chancellor Olaf Scholz", "President Aleksandar Vucic").
OFFICE_WORDS = {
    "president", "chancellor", "minister", "secretary", "envoy", "leader", "spokesman", "spokeswoman",
    "spokesperson", "negotiator", "ambassador", "premier", "king", "queen", "senator", "governor", "mayor",
    "commissioner", "general", "gen.", "adviser", "advisor", "director", "commander", "sheikh", "emir",
    "prince", "mr.", "mrs.", "ms.", "dr.", "sir", "councilor", "councillor",
}


_ZONE_OFFSET = re.compile(r"(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d\d)?")


def is_time_zone(text: str) -> bool:
    """'GMT', 'EST', 'GMT+3': a clock's zone written after a time ("(0400 GMT)"), never a party."""
    text = text.strip()
    return text.isupper() and (text.lower() in TIME_ZONES or text.lower() in US_ZONES) \
        or bool(_ZONE_OFFSET.fullmatch(text))


def is_joined_title(tok) -> bool:
    """'State Councilor and Foreign Minister Wang Yi', 'Crown Prince and Prime Minister X': an office joined by
    "and" to a second office before one name is part of that person's title, not another party."""
    doc = tok.doc
    return tok.lower_ in OFFICE_WORDS and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "and" \
        and doc[tok.i + 2].lower_ in TITLES

def misplaced_appos(tok):
    """The noun a name set off by commas stands beside when the parser hung it, as an apposition, on a noun
    further on ("spoke with her Kenyan counterpart, X, on Monday, and the two agreed to revive the commission":
    X is not the commission's): an apposition follows what it names, so it names the noun before its comma."""
    if tok.dep_ != "appos" or tok.head.i < tok.i:
        return None
    comma = tok.left_edge.i - 1
    if comma < 1 or tok.doc[comma].text != "," or tok.doc[comma - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return tok.doc[comma - 1]


# Nouns for an office whose holder a name in apposition gives ("the envoy for Sudan, Ramtane Lamamra", "Lamamra,
# the U.N. envoy,").
HOLDER_NOUNS = OFFICE_WORDS | {"chairperson", "chairman", "chairwoman", "chair", "head", "chief", "representative",
                               "coordinator", "mediator", "negotiator", "spokesman", "spokeswoman", "diplomat"}

# Lower-case words inside a person's name ("Ursula von der Leyen", "Luiz Inacio Lula da Silva", "Mohammed bin
# Salman"): part of the name when a capitalised name word follows.
NAME_PARTICLES = {"von", "van", "der", "den", "de", "del", "da", "das", "dos", "di", "du", "la", "le", "bin", "ibn",
                  "al", "el", "ter"}

# Words that make a capitalised name a body or a thing, not a person ("Russia's Gazprom Neft" is a name too).
_BODY_WORDS = GROUP_NOUNS | COLLECTIVE_NOUNS | {
    "news", "guard", "guards", "dome", "party", "bank", "group", "council", "agency", "forces", "airways",
    "airlines", "oil", "gas", "energy", "post", "times", "tv", "radio", "corp", "company", "fund", "front",
    "league", "union", "court", "parliament", "assembly", "service", "services", "committee", "commission",
    "institute", "university", "foundation", "movement", "alliance", "coalition", "brigade", "network", "media",
    "exchange", "railways", "motors", "holdings", "telecom", "national", "neft", "corporation", "federation"}
_COMPASS = {"west", "east", "north", "south", "western", "eastern", "northern", "southern", "central"}
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
_THIRD_PERSON = {"he", "she", "him", "her", "his"}
_PLACE_WORDS = {"in", "at", "on", "near", "outside", "inside", "to", "from", "into", "across", "over", "toward",
                "towards", "around"}


def stands_as_place(tok) -> bool:
    """Whether a word stands where a place stands: after "in", "at", "near", ..., or as what a visit goes to."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj":
        return tok.head.lower_ in ("in", "at", "near", "outside", "inside", "into")
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("visit", "tour", "reach")


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str  # person, country, organization, group


@lru_cache(maxsize=65536)  # a pure function of the name, called for every entity and token looked up
def _key(text: str) -> str:
    """The form names are matched in: no leading "the" or trailing "'s", case and accents folded ("Vučić" is
    "Vucic")."""
    text = " ".join(text.replace("’", "'").split()).strip()
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.casefold()


# The head nouns of a body's name, whose first words may be joined by "and" ("Peace and Security Council").
BODY_HEADS = {"council", "commission", "committee", "department", "directorate", "agency", "board", "bureau",
              "court", "tribunal", "organ", "secretariat", "assembly", "parliament"}


def _joined_bodies(doc, ents: list) -> list:
    """'the African Union Peace and Security Council', 'the Mediation and Security Council': the tagger stops
    the name at "and" and keeps only "Security Council" (a different body); the capitalized word before "and"
    belongs to the name, with the organization named just before it."""
    out = []
    for ent in ents:
        first = ent.start
        if ent.label_ == "ORG" and ent.root.lower_ in BODY_HEADS and first >= 2 and doc[first - 1].lower_ == "and" \
                and doc[first - 2].is_title and doc[first - 2].pos_ in ("PROPN", "NOUN") \
                and doc[first - 2].ent_type_ in ("", "ORG") and doc[first].lower_ != "the":
            start = first - 2
            if out and out[-1].end == start + 1 and out[-1].label_ == "ORG":
                start = out.pop().start  # "The African Union Peace" + "Security Council"
            elif doc[first - 2].ent_type_:
                out.append(ent)
                continue
            if doc[start].lower_ == "the":
                start += 1
            out.append(Span(doc, start, ent.end, label="ORG"))
            continue
        out.append(ent)
    return out


_ALIAS_INDEX: dict[str, Actor] = {}
for _name, (_kind, _aliases) in ACTORS.items():
    for _alias in (_name, *_aliases):
        _ALIAS_INDEX[_key(_alias)] = Actor(_name, _kind)


def canonical(name: str, as_place: bool = False) -> str:
    """The canonical name for a name or alias ("Zelensky" -> "Volodymyr Zelenskyy"); the name itself,
    tidied, when the tables do not know it. Capitals stand for their country unless `as_place`."""
    actor = lookup(name, as_place=as_place)
    return actor.name if actor else strip_titles(name)


_LINEAGE = re.compile(r" (?:bin|ibn|al|al-[a-z]+)\b")


@lru_cache(maxsize=65536)  # the tables are fixed at import
def lookup(name: str, as_place: bool = False) -> Actor | None:
    key = _key(name)
    if key in _ALIAS_INDEX:
        return _ALIAS_INDEX[key]
    if " bin " in key or " ibn " in key:
        # "Mohammed bin Salman bin Abdulaziz Al Saud": an Arabic name given with more of its lineage is the person
        # the tables know by its first links ("Mohammed bin Salman")
        for cut in reversed([m.start() for m in _LINEAGE.finditer(key)]):
            known = _ALIAS_INDEX.get(key[:cut])
            if known is not None and known.kind == PERSON and (" bin " in key[:cut] or " ibn " in key[:cut]):
                return known
    if not as_place and key in METONYMS:
        target = METONYMS[key]
        return Actor(target, ORGANIZATION if target == "European Union" else COUNTRY)
    return None


def actor_kind(name: str) -> str | None:
    actor = lookup(name)
    return actor.kind if actor else None


def strip_titles(text: str) -> str:
    """'British Prime Minister Sir Keir Starmer' -> 'Keir Starmer'."""
    words = text.replace("’", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and words[0].lower().rstrip(",") in TITLES:
        words = words[1:]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return " ".join(words)


def _capitals_cased(name: str) -> str:
    """'ARAKAWA Kenji' -> 'Arakawa Kenji': a family name written in capitals before the given name (Japanese and
    Chinese official style) is the same name in ordinary case."""
    words = name.split()
    caps = [w.isupper() and w.isalpha() and len(w) > 1 for w in words]
    if len(words) < 2 or not caps[0] or all(caps):
        return name
    return " ".join(w.capitalize() if c else w for w, c in zip(words, caps))


def _tidy(text: str) -> str:
    """'The Russian Defense Ministry' -> 'Russian Defense Ministry'; 'Russia’s' -> 'Russia'."""
    text = " ".join(text.replace("’", "'").split())
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text


def short_name(name: str, kind: str | None = None) -> str:
    """How a headline names an actor: surnames for people, short forms for some countries."""
    kind = kind or actor_kind(name)
    if name in SHORT_NAMES:
        return SHORT_NAMES[name]
    if kind == PERSON:
        parts = name.split()
        while len(parts) > 2 and parts[-1].rstrip(".,").lower() in _NAME_SUFFIXES:
            parts = parts[:-1]  # "Ferdinand Marcos Jr." -> "Marcos"
        if len(parts) > 1:
            if called_by_first_word(name):  # "Xi Jinping" -> "Xi", "Abiy Ahmed" -> "Abiy"
                return parts[0]
            if all(_key(p) in BURMESE_NAME_WORDS for p in parts):
                return name  # no family name: "Min Aung Hlaing" stays whole
            for i, part in enumerate(parts[1:], 1):  # "Ursula von der Leyen" -> "von der Leyen"
                if part[:1].islower():
                    return " ".join(parts[i:])
            return parts[-1]
    return name


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}

SHORT_NAMES = {"United States": "US", "United Kingdom": "UK", "European Union": "EU",
               "United Nations": "UN", "United Arab Emirates": "UAE", "Mohammed bin Salman": "Saudi crown prince"}

# Chinese, Korean and Cambodian names as English news writes them put the family name first ("Wang Yi",
# "Kim Jong Un", "Hun Manet"), and later mentions use it ("Wang said"). Vietnamese names do too, but a
# person is called by the last given name ("Pham Minh Chinh" -> "Chinh"), so they need no entry here.
FAMILY_NAMES_FIRST = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
qin xi fu hou bai cui kong qian dai yan meng jin mao qi
kim lee park choi choe cho jung chung kang yoon yun jang lim shin hwang ahn moon ryu hong ban
hun sok chea heng keo prak sar tea
""".split())
# Family names that are also English given names ("Kim Darroch", "Lee Anderson"): first only when the
# given name looks Chinese or Korean (hyphenated, two or more parts, or a pinyin spelling).
_ALSO_GIVEN_NAMES = frozenset({"kim", "lee", "han", "song", "lin", "moon", "sun", "park", "hong", "jin", "ban"})
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                     r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
                     r"|ua|uo|ui|ue|er|a|o|e|i|u|v))+")
# Patronymic naming (Ethiopia, Eritrea): "Abiy Ahmed" is Abiy, son of Ahmed; later mentions say "Abiy",
# and "Ahmed" alone is someone else. Common given names, as data.
PATRONYMIC_GIVEN_NAMES = frozenset("""
abiy isaias meles tedros getachew redwan debretsion hailemariam mulatu girma demeke taye gedion berhanu
tesfaye tewodros yohannes abebe kebede alemayehu mesfin haile sahle-work lemma workneh jawar birtukan
mekonnen tigist seyoum yemane temesgen dina
""".split())
# Burmese names have no family name; each word is a given-name element ("Min Aung Hlaing").
BURMESE_NAME_WORDS = frozenset("""
aung min hlaing than swe thein sein win myint tun soe maung zaw htun kyaw nyunt oo myo hla thant naing
lwin khin nyein thura shwe tin moe htay thaung wai phyo nay pyi htin mya thet wunna suu kyi san
""".split())


def called_by_first_word(name: str) -> bool:
    """Whether a person's name starts with the word later mentions use: a family name written first
    ("Li Qiang", "Moon Jae-in") or a given name in patronymic naming ("Abiy Ahmed")."""
    parts = name.split()
    if len(parts) < 2:
        return False
    first = _key(parts[0])
    if first in PATRONYMIC_GIVEN_NAMES:
        return True
    if first not in FAMILY_NAMES_FIRST:
        return False
    if first not in _ALSO_GIVEN_NAMES:
        return True
    given = parts[1:]
    return len(given) > 1 or "-" in given[0] or bool(_PINYIN.fullmatch(given[0].casefold()))


def _within_line(ent) -> Span:
    """The part of an entity on its root's line: a name never runs across a line break, but the tagger may run a
    section label into the first name of the next line ("INTERNATIONAL" / "Mercosur and the EU sign ...")."""
    if not any("\n" in t.text_with_ws for t in ent[:-1]):  # (the tokens, not doc.text: spaCy rebuilds that each call)
        return ent
    text, root = ent.doc.text, ent.root.idx
    start = text.rfind("\n", ent.start_char, root) + 1 or ent.start_char
    end = text.find("\n", root, ent.end_char)
    span = ent.doc.char_span(start, ent.end_char if end < 0 else end, label=ent.label_, alignment_mode="contract")
    return span if span is not None and len(span) else ent


# A transcript's question label, "Question (Deutsche Welle):", "Q (Reuters):": the outlet that asks
_QUESTION_LABEL = re.compile(r"^[ \t]*(?:Question|Q|Answer|A)\s*\([^)\n]{1,60}\)\s*:", re.M)


def question_label_end(text: str, line_start: int) -> int | None:
    """The offset where a question label opening the line at `line_start` ends, or None."""
    m = _QUESTION_LABEL.match(text, line_start)
    return m.end() if m else None


def _question_label_tokens(doc) -> set[int]:
    out: set[int] = set()
    for m in _QUESTION_LABEL.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span)
    return out


# Nouns for a site named by the proper noun before them ("the Jarinje crossing", "the Zaporizhzhia plant")
_SITE_NOUNS = {"crossing", "checkpoint", "border", "bridge", "airport", "port", "base", "camp", "pass", "plant",
               "station", "dam", "terminal", "corridor", "highway", "road", "valley", "field", "mine", "refinery"}


class DocumentActors:
    """Actor resolution for one parsed article, with the article's own coreference."""

    _LABEL_KIND = {"PERSON": PERSON, "GPE": COUNTRY, "NORP": COUNTRY, "ORG": ORGANIZATION}

    def __init__(self, doc):
        self.doc = doc
        self.earlier_person: str | None = None  # the person named last before this text (see `inherit`)
        self._ent_of: dict[int, object] = {}
        self._surnames: dict[str, str] = {}  # casefolded surname -> full canonical name
        self._persons_seen: list[tuple[int, str]] = []  # (token index, canonical) in text order
        self.people: set[str] = set()
        self.ents = [_within_line(ent) for ent in _joined_bodies(doc, list(doc.ents))]
        self._label_tokens = _question_label_tokens(doc)
        for ent in self.ents:
            if ent.label_ not in self._LABEL_KIND and ent.label_ not in ("LOC", "FAC"):
                continue
            for tok in ent:
                self._ent_of[tok.i] = ent
        self._alone = self._names_used_alone()
        # Names after an office word ("Serbian President Aleksandar Vucic", "Chancellor Olaf Scholz") are
        # people even when the tagger missed them or took them for an organization.
        self._name_at: dict[int, str] = {}
        self._styled: dict[str, set[str]] = {}  # person -> office words the article puts before their name
        self._outer: tuple[DocumentActors, int] | None = None  # the article a line parsed alone belongs to
        for tok in doc:
            if tok.lower_ not in OFFICE_WORDS:
                continue
            words, covered = self._name_after(tok)
            if len(words) >= 2 and (words[-1].lower() in _BODY_WORDS or lookup(" ".join([tok.text, *words]))):
                continue  # "the General Affairs Council": a body whose name opens with an office word
            if len(words) >= 2:
                ent = self._ent_of.get(covered[0])
                if ent is not None and ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                    continue
                name = " ".join(words)
                known = lookup(name)
                name = known.name if known and known.kind == PERSON else name
                for i in covered:
                    self._name_at[i] = name
                self._register(name)
                self._styled.setdefault(name, set()).add(tok.lower_)
        # "Ukraine's Taras Melnychuk and Türkiye's Kemal Aydınoğlu met": a country's possessive right before a name
        # of two or three words that the tables do not know and that names no body is a person of that country.
        for case in doc:
            owner = doc[case.i - 1] if case.i else None
            if case.lower_ not in ("'s", "’s") or owner is None or owner.dep_ != "poss" \
                    or owner.head.pos_ != "PROPN" or case.i + 1 in self._name_at or not self._country_of(owner):
                continue
            words, covered = self._name_after(case)
            if not 2 <= len(words) <= 3 or covered[-1] != owner.head.i or lookup(" ".join(words)) is not None \
                    or any(self._ent_of.get(i) is not None and self._ent_of[i].label_ in ("GPE", "LOC", "FAC")
                           or doc[i].lower_ in _BODY_WORDS or doc[i].lower_ in DEMONYMS for i in covered):
                continue
            name = " ".join(words)
            for i in covered:
                self._name_at[i] = name
            self._register(name)
        # Names in apposition to an office ("the U.N. envoy for Sudan, Ramtane Lamamra", "Lamamra, the U.N.
        # envoy,") are people too, though the tagger may know none of their words.
        for tok in doc:  # (also a capitalised office: "the AU's High Representative for Sudan, X")
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in HOLDER_NOUNS:
                continue
            name_tok = self.holder_appos(tok) if tok.dep_ != "appos" else tok.head
            found = self._apposed_name(name_tok) if name_tok is not None else None
            if found is not None:
                name, covered = found
                for i in covered:
                    self._name_at.setdefault(i, name)
                self._register(name)
        # First pass: full names of people, so later surnames resolve to them.
        for ent in self.ents:
            if ent.label_ != "PERSON" or self._cut_short(ent):
                continue
            name = self._person_name(self._ent_text(ent))
            if name and len(name.split()) >= 2:
                self._register(name)
        self._seen: list[tuple[int, Actor]] = []  # (token index, actor) in text order, every kind
        for ent in self.ents:
            actor = None if is_time_zone(ent.text) else self._resolve_ent(ent)  # "(15:00 WAT)" is nobody
            if actor and actor.kind == PERSON and len(ent) == 1 and _key(ent.text) not in self._surnames \
                    and stands_as_place(ent.root):
                continue  # "to visit Uvira and Bukavu": towns the tagger took for people are nobody "he" means
            if actor and actor.kind == PERSON and len(ent) == 1 and _key(ent.text) not in self._surnames \
                    and ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in _SITE_NOUNS:
                continue  # "an incident at the Jarinje crossing": a place's name, not a person
            if actor and actor.kind == PERSON:
                self._persons_seen.append((ent.root.i, actor.name))
                self.people.add(actor.name)
            if actor:
                self._seen.append((ent.root.i, actor))
        covered = {i for i, _ in self._persons_seen}
        for i, name in self._name_at.items():
            ent = self._ent_of.get(i)
            if ent is None and i + 1 not in self._name_at and i not in covered:  # the name's last word
                self._persons_seen.append((i, name))
                self._seen.append((i, Actor(name, PERSON)))
                self.people.add(name)
        self._persons_seen.sort()
        self._seen.sort(key=lambda item: item[0])
        self.affiliations = self._read_affiliations()  # person -> country, as this article states it

    def holder_appos(self, tok):
        """The apposition that names who holds the office `tok` names: "the chief, X", or, where the parser
        hangs it on the office's complement, "the envoy for Sudan, X", "the chairperson of the AU Commission,
        X" (then only a person)."""
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), None)
        if appos is None:  # "her Kenyan counterpart, X," hung on a later noun
            appos = next((t for t in self.doc[tok.i + 2:tok.i + 8] if misplaced_appos(t) == tok), None)
        if appos is not None or tok.lemma_.lower() not in HOLDER_NOUNS:
            return appos
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "at")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                named = next((c for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i + 1), None)
                if named is None or named.pos_ != "PROPN":
                    continue
                ent = self._ent_of.get(named.i)
                if ent is not None and ent.label_ == "PERSON" or named.i in self._name_at \
                        or self._apposed_name(named) is not None:
                    return named
        return None

    def _apposed_name(self, tok) -> tuple[str, list[int]] | None:
        """A person's name headed by `tok` in apposition to an office: capitalised name words the tables do not
        know as anything else."""
        if tok.pos_ != "PROPN":
            return None
        start = min([c.i for c in tok.lefts if c.dep_ == "compound"] + [tok.i])
        while start < tok.i and self.doc[start].lower_ in TITLES:
            start += 1  # "Gen. Abdel Fattah Burhan"
        span = self.doc[start:self._name_end(tok.i)]
        if not 1 <= len([t for t in span if t.text != "-"]) <= 4:
            return None
        for t in span:
            if t.text == "-" or t.text in NAME_PARTICLES:
                continue
            if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in TITLES:
                return None
            ent = self._ent_of.get(t.i)
            if ent is not None and ent.label_ not in ("PERSON", "GPE", "ORG", "NORP") or ent is not None \
                    and ent.label_ != "PERSON" and lookup(ent.text) is not None:
                return None  # ("Mourabet, the U.N. envoy": a name the tagger took for a place is still a name)
        name = span.text
        known = lookup(name)
        if known is not None:
            return (name, [t.i for t in span]) if known.kind == PERSON else None
        return name, [t.i for t in span]

    def _read_affiliations(self) -> dict[str, str]:
        """People the article names together with their country's office: "Qatar's prime minister, Sheikh
        Mohammed ...", "Qatari Prime Minister Mohammed Al Thani", "Mohammed Al Thani, Qatar's prime minister", or
        with their country's possessive alone ("Oman's Badr Albusaidi")."""
        out: dict[str, str] = {}
        for tok in self.doc:
            if tok.lower_ not in OFFICE_WORDS and tok.lower_ != "counterpart":  # "his Kenyan counterpart, X"
                continue
            country = self._office_country(tok)
            if country is None:
                continue
            people = [self.holder_appos(tok)] if self.holder_appos(tok) is not None else []  # "Qatar's PM, Sheikh ..."
            if tok.dep_ == "appos":
                people.append(tok.head)  # "Mohammed Al Thani, Qatar's prime minister"
            if tok.i + 1 in self._name_at:
                people.append(self.doc[tok.i + 1])  # "Qatari Prime Minister Mohammed Al Thani"
            for person in people:
                actor = self.actor_for_token(person)
                if actor is not None and actor.kind == PERSON:
                    out.setdefault(actor.name, country)
        for owner in self.doc:
            # "Ukraine's Taras Melnychuk and Türkiye's Kemal Aydınoğlu met": a country's possessive on a name
            if owner.dep_ != "poss" or owner.head.pos_ != "PROPN" or owner.head.i < owner.i:
                continue
            country = self._country_of(owner)
            actor = self.actor_for_token(owner.head) if country else None
            if actor is not None and actor.kind == PERSON:
                out.setdefault(actor.name, (lookup(country) or Actor(country, COUNTRY)).name)
        return out

    def _office_country(self, tok) -> str | None:
        """The country an office word belongs to: its possessive or demonym modifier ("Qatar's prime
        minister", "the Qatari minister"), or the one before the title words ahead of it ("Qatari Prime
        Minister")."""
        i = tok.i - 1
        while i >= 0 and (self.doc[i].lower_ in TITLES or self.doc[i].lower_ in ("'s", "’s")) \
                and not self._country_of(self.doc[i]):  # "Russian" is a title word and a country
            i -= 1
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i]
        for t in (*modifiers, *([self.doc[i]] if i >= 0 else [])):
            country = self._country_of(t)
            if country:
                return (lookup(country) or Actor(country, COUNTRY)).name
        return None

    # --- names -------------------------------------------------------------------------------------

    def _register(self, name: str) -> None:
        """Index a full name under the word its later mentions use: the family name ("Trump", "Wang"), or
        the given name where that is the convention ("Abiy") or where this article uses it alone
        ("Ishiba Shigeru" ... "Ishiba said"). The other end of such a name refers to someone else."""
        parts = name.split()
        first, last = _key(parts[0]), _key(parts[-1])
        if called_by_first_word(name) or (first in self._alone and last not in self._alone):
            keys = [first]
        else:
            keys = [last, _key(short_name(name, PERSON))]
        if len(parts) > 2:  # the tagger may miss the first word: "Aung Hlaing" of "Min Aung Hlaing"
            keys.append(_key(" ".join(parts[1:])))
        for key in keys:
            self._surnames.setdefault(key, name)

    def _names_used_alone(self) -> set[str]:
        """Words the article uses on their own as a name ("Wang said", "Mr. Abiy", "Prabowo's plan")."""
        doc = self.doc
        out = set()
        for tok in doc:
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.lower_ in TITLES or lookup(tok.text):
                continue
            before = doc[tok.i - 1] if tok.i else None
            if before is not None and before.pos_ == "PROPN" and before.lower_ not in TITLES:
                continue
            end = self._name_end(tok.i)
            if end < len(doc) and doc[end].pos_ == "PROPN":
                continue
            ent = self._ent_of.get(tok.i)
            # (a lone word tagged as a place the tables do not know, standing where no place stands, may be a
            # name too: "Hun Manet received Sihasak")
            label_ok = ent is None or ent.label_ in ("PERSON", "ORG") or ent.label_ == "GPE" and not stands_as_place(tok)
            if ent is not None and (not label_ok or any(t.i != tok.i and t.lower_ not in TITLES for t in ent)):
                continue
            out.add(_key(tok.text))
        return out

    def _name_end(self, i: int) -> int:
        """Where the name word at token `i` ends, over attached hyphen pieces ("Jae-in" is Jae, -, in)."""
        doc = self.doc
        end = i + 1
        while (end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-"
               and not doc[end].whitespace_ and doc[end + 1].is_alpha):
            end += 2
        return end

    def _ent_text(self, ent) -> str:
        """An entity's text, with a hyphenated given name the tagger cut short ("Moon Jae" -> "Moon Jae-in")."""
        if ent.label_ != "PERSON":
            return ent.text
        return self.doc[ent.start:self._name_end(ent.end - 1)].text

    def _name_after(self, tok) -> tuple[list[str], list[int]]:
        """The words of a name right after an office word (at most three), and the tokens they cover."""
        doc = self.doc
        words: list[str] = []
        covered: list[int] = []
        i = tok.i + 1
        while i < len(doc) and (len(words) < 3 or doc[i].text in NAME_PARTICLES):
            nxt = doc[i]  # ("Luiz Inacio Lula da Silva": particles and the word after them go past three words)
            if words and nxt.text in NAME_PARTICLES:  # "von der Leyen": the particles and the name after them
                j = i
                while j < len(doc) and doc[j].text in NAME_PARTICLES:
                    j += 1
                if j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
                    words.append(doc[i:j + 1].text)
                    covered.extend(range(i, j + 1))
                    i = j + 1
                    continue
                break
            if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or nxt.lower_ in TITLES:
                break
            ent = self._ent_of.get(i)
            inside_person = bool(covered) and ent is not None and ent.label_ == "PERSON" and ent.start <= covered[0]
            if lookup(nxt.text) and not inside_person:  # "Kim Jong Un" is a name, "Un" alone the United Nations
                break
            end = self._name_end(i)
            words.append(doc[i:end].text)
            covered.extend(range(i, end))
            i = end
        return words, covered

    def short_name(self, actor: Actor) -> str:
        """How this article names an actor in a headline: `short_name`, or the first word of a person's
        name when the article calls them by it ("Ishiba Shigeru" ... "Ishiba said")."""
        first = actor.name.split()[0]
        if actor.kind == PERSON and " " in actor.name and self._surnames.get(_key(first)) == actor.name:
            return first
        return short_name(actor.name, actor.kind)

    def _person_name(self, text: str) -> str:
        name = _capitals_cased(strip_titles(text))
        actor = lookup(name)
        if actor and actor.kind == PERSON:
            return actor.name
        return name

    def _cut_short(self, ent) -> str | None:
        """The full name after an office word when the tagger cut the entity short inside it ("Ursula von" of
        "President Ursula von der Leyen")."""
        name = self._name_at.get(ent.start)
        return name if name is not None and self._name_at.get(ent.end) == name else None

    def _resolve_ent(self, ent) -> Actor | None:
        label = ent.label_
        text = self._ent_text(ent)
        if label in ("LOC", "FAC"):
            return None
        if full := self._cut_short(ent):
            return Actor(full, PERSON)
        bare = strip_titles(text) if label == "PERSON" or self._surnames.get(_key(text.split()[-1])) else _tidy(text)
        bare = _capitals_cased(bare) if label == "PERSON" else bare
        known = lookup(bare) or lookup(text)
        surname_hit = self._surnames.get(_key(bare))
        if label in ("ORG", "GPE", "NORP") and not surname_hit:
            # "Olaf Scholz" tagged ORG: a full name the article gives a person elsewhere, or the alias table
            # knows as a person, or that follows an office word here
            if known and known.kind == PERSON:
                return known
            if bare in self._surnames.values():
                return Actor(bare, PERSON)
            if ent.start in self._name_at:
                return Actor(self._name_at[ent.start], PERSON)
        if label == "PERSON" or (surname_hit and label in ("ORG", "GPE", "NORP")):
            if known and known.kind == PERSON:
                return known
            if surname_hit:
                return Actor(surname_hit, PERSON)
            if known:  # a country mislabelled as a person ("Kyiv")
                return known
            return Actor(bare, PERSON) if bare else None
        if label == "NORP":
            country = DEMONYMS.get(text.casefold().replace("’", "'"))
            if country:
                return lookup(country) or Actor(country, COUNTRY)
            return Actor(bare, GROUP) if bare else None
        if known:
            return known
        if label == "GPE":
            root = ent.root
            if root.dep_ == "pobj" and root.head.lower_ in _PLACE_WORDS:
                return None  # "on Kharkiv", "in Addis Ababa": an unknown city or region is a place
            return Actor(bare, COUNTRY)
        if label == "ORG":
            doc = ent.doc
            if ent.start >= 2 and doc[ent.start - 1].text in ("'s", "’s") and doc[ent.start - 2].pos_ == "PROPN":
                owner = lookup(doc[ent.start - 2].text)
                if owner is not None and owner.kind == ORGANIZATION and len(bare.split()) >= 2:
                    # "the OSCE's Ministerial Council" is the body the other reports call "OSCE Ministerial Council"
                    return Actor(f"{doc[ent.start - 2].text} {bare}", ORGANIZATION)
            return Actor(bare, ORGANIZATION)
        return None

    def entity(self, tok):
        return self._ent_of.get(tok.i)

    def resolve_part(self, ent, start_char: int) -> Actor | None:
        """The actor the part of `ent` from `start_char` on names (a name the tagger ran across a line break)."""
        part = self.doc.char_span(start_char, ent.end_char, alignment_mode="contract")
        if part is None or len(part) == 0:
            return None
        return self._resolve_ent(Span(self.doc, part.start, part.end, label=ent.label_))

    def names_person(self, text: str) -> bool:
        """Whether the article gives `text` as a person's full name or the surname of one (a lone word the
        tagger took for a person, "Kharkiv", is not enough)."""
        return _key(text) in self._surnames or " " in text and strip_titles(text) in self.people

    def actor_for_token(self, tok) -> Actor | None:
        """The actor a noun phrase headed by `tok` stands for, or None (not an actor)."""
        if tok.i in self._label_tokens:
            return None  # "Question (Deutsche Welle):": who asks, not who acts
        if tok.lower_ == "states" and (tok.i == 0 or tok.doc[tok.i - 1].lower_ != "united") and any(
                c.dep_ in ("amod", "nummod") or c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children):
            return None  # "the 57 participating States of the OSCE", "member States": not "the States"
        ent = self._ent_of.get(tok.i)
        if is_time_zone(ent.text if ent is not None else tok.text):
            return None
        lower = tok.text.casefold().replace("’", "'")
        if ent is not None and ent.label_ == "ORG" and ent.text.islower():
            ent = None  # "navy", "ministry": a common noun the tagger took for a name
        if ent is not None:
            if ent.label_ in ("LOC", "FAC"):
                return None
            return self._resolve_ent(ent)
        if tok.i in self._name_at and (ent is None or ent.label_ != "PERSON"):
            return Actor(self._name_at[tok.i], PERSON)
        if tok.pos_ == "PROPN":
            surname = self._surnames.get(lower)
            if surname:
                return Actor(surname, PERSON)
            known = lookup(tok.text)
            if known:
                return known
        if lower in ("who", "which", "that") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in (
                "relcl", "acl") and tok.head.head.i != tok.i:
            return self.actor_for_token(tok.head.head)  # "Blinken, who visited Seoul": the noun it qualifies
        if lower in HONORIFICS and any(c.lower_ in ("his", "her") for c in tok.children):
            return self._styled_before(tok)  # "His Highness received the envoy": the person so styled before
        if lower in _FIRST_PERSON and tok.pos_ == "PRON":
            return self._speaker(tok)
        if lower in _THIRD_PERSON and tok.pos_ == "PRON":
            return self._antecedent(tok)
        if lower in ("it", "its") and tok.pos_ == "PRON":
            return self._reporter(tok)
        if tok.pos_ in ("NOUN", "PROPN"):
            if tok.lower_ in VOICE_NOUNS or tok.lemma_.lower() in VOICE_NOUNS:
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                if owner is not None:  # "Ruto's office said", "his spokesperson said"
                    return self.actor_for_token(owner)
            return self._role_or_group(tok) or self._anaphor(tok)
        return None

    def _styled_before(self, tok) -> Actor | None:
        """'His Highness', 'the Secretary' alone: the person the article last named with that word before their
        name ("His Highness Prince Turki bin Fahad bin Saud ... His Highness received the envoy", "Secretary of
        State Eleanor Whitfield will travel ... the Secretary will meet"), in a line parsed on its own too."""
        found = self._styled_in(self, tok.lower_, tok.i)
        if found is None and self._outer is not None:
            article, before_char = self._outer
            found = self._styled_in(article, tok.lower_, len(article.doc), before_char)
        return found

    @staticmethod
    def _styled_in(actors: "DocumentActors", word: str, before: int, before_char: int | None = None):
        doc = actors.doc
        for earlier in reversed(doc[:before]):
            if earlier.lower_ != word or before_char is not None and earlier.idx >= before_char:
                continue
            ent = next((e for e in doc.ents if earlier.i < e.start <= earlier.i + 4 and e.label_ == "PERSON"), None)
            if ent is not None:
                return actors._resolve_ent(ent)
        return None

    def _anaphor(self, tok) -> Actor | None:
        """'the group', 'the bloc', 'the envoy': the nearest earlier actor of the kind the noun names, or whose
        name ends in the noun ("the agency"). Only bare definite descriptions ("the envoy", not "an envoy" or
        "the Iranian envoy")."""
        kind = ANAPHOR_KINDS.get(tok.lemma_.lower())
        if tok.tag_ not in ("NN", "NNP"):
            return None
        dets = [c for c in tok.children if c.dep_ == "det"]
        if not dets or dets[0].lower_ != "the":
            return None
        if any(c.dep_ in ("amod", "compound", "nmod", "poss", "prep", "appos", "relcl", "acl") for c in tok.children):
            return None
        for i, actor in reversed(self._seen):
            # "the agency" after "the International Atomic Energy Agency", "the commission" after "European
            # Commission President ...": the body whose name ends in the noun (but "the briefing" after a
            # transcript's title "Department Press Briefing" is the happening, not a party to it)
            if i < tok.i and tok.lemma_.lower() not in NOUN_KINDS and actor.kind in (ORGANIZATION, GROUP) \
                    and " " in actor.name and _key(actor.name.split()[-1]) == tok.lower_:
                return actor
        if tok.lemma_.lower() in RULER_NOUNS:
            return self._ruled_country(tok)
        if kind is None:
            return None
        styled = self._styled_before(tok) if kind == PERSON else None
        if styled is not None and styled.kind == PERSON:
            return styled  # "the Secretary": the person named "Secretary of State ..." (not the last one named)
        for i, actor in reversed(self._seen):
            if i < tok.i and actor.kind == kind and not self._speaks_for_others(actor, tok.lemma_.lower()):
                return actor
        return None

    def _speaks_for_others(self, actor: Actor, noun: str) -> bool:
        """A person the article styles only as a spokesperson is not "the secretary" or "the minister" named
        after them ("attributable to Spokesperson Ann Lee: The Secretary met ..."): they speak for that office."""
        styles = self._styled.get(actor.name, set())
        return actor.kind == PERSON and bool(styles) and styles <= _SPOKESPEOPLE and noun not in _SPOKESPEOPLE

    def _ruled_country(self, tok) -> Actor | None:
        """The country of the last body of rulers named before `tok` with its country ("Guinea-Bissau's military
        authorities", "the Malian junta")."""
        for body in reversed(self.doc[:tok.i]):
            if body.lemma_.lower() in _RULING_BODIES and body.pos_ == "NOUN":
                actor = self._role_or_group(body)
                if actor is not None and actor.kind == COUNTRY:
                    return actor
        return None

    def pair(self, tok) -> list[Actor]:
        """'the two leaders', 'both men', 'the two': the last two people named before."""
        lemma = tok.lemma_.lower()
        counts = [_GROUP_COUNTS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in _GROUP_COUNTS]
        nums = [n for n in counts if n == 2]
        both = [c for c in tok.children if c.lower_ == "both" and c.dep_ in ("det", "predet", "amod")]
        bare_two = lemma == "two" and tok.pos_ in ("NUM", "NOUN") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if (counts or both) and lemma in COUNTRY_PAIR_NOUNS and not any(
                c.dep_ in ("amod", "compound", "poss") and c.lower_ != "both" for c in tok.children):
            return self._last_countries(tok, counts[0] if counts else 2)  # "the two countries", "the three governments"
        if not bare_two and not ((nums or both) and lemma in PAIR_NOUNS):
            return []
        if any(c.dep_ in ("amod", "compound", "poss") and c.lower_ not in ("both",) for c in tok.children):
            return []  # "the two Gulf leaders": not simply the last two people
        seen = [(i, name) for i, name in self._persons_seen if i < tok.i]
        holders = [(i, name) for i, name in seen if self._holds(name, lemma)]
        if len({name for _, name in holders}) >= 2:
            seen = holders  # "the two presidents": the last two people styled president, not the ministers named since
        out: list[Actor] = []
        for i, name in reversed(seen):
            if Actor(name, PERSON) not in out:
                out.append(Actor(name, PERSON))
            if len(out) == 2:
                return out[::-1]
        return []

    def _holds(self, name: str, office: str) -> bool:
        """Whether the article or the tables give `name` the office `office` ("president", "premier")."""
        if office not in OFFICE_WORDS or office in ("leader", "minister"):
            return False  # (every minister is "minister": the word alone does not single out two people)
        return office in self._styled.get(name, ()) or any(
            role == office and holder == name for (_, role), holder in ROLE_HOLDERS.items())

    def _last_countries(self, tok, count: int) -> list[Actor]:
        out: list[Actor] = []
        for i, actor in reversed(self._seen):
            if i < tok.i and actor.kind == COUNTRY and actor not in out:
                out.append(actor)
            if len(out) == count:
                return out[::-1]
        return []

    def _role_or_group(self, tok) -> Actor | None:
        lemma = tok.lemma_.lower()
        country = None
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < tok.i:
                country = self._country_of(child)
                if country:
                    break
        if country is None:
            body = next(filter(None, (self._organization_of(c) for c in tok.children
                                      if c.dep_ in ("compound", "nmod", "poss") and c.i < tok.i)), None)
            if body is not None and (lemma in GROUP_NOUNS and tok.tag_ in ("NNS", "NNPS") or lemma in COLLECTIVE_NOUNS):
                return body  # "EU ambassadors", "NATO's military committee"
            return None
        role = lemma
        if lemma == "minister" and any(c.lower_ in ("prime", "foreign") for c in tok.children):
            role = next(c.lower_ for c in tok.children if c.lower_ in ("prime", "foreign")) + " minister"
        holder = ROLE_HOLDERS.get((country, role))
        if holder and any(c.lower_ == "the" for c in tok.children) and holder in self.people:
            return Actor(holder, PERSON)
        if lemma in GROUP_NOUNS and tok.tag_ in ("NNS", "NNPS") or lemma in COLLECTIVE_NOUNS or (
                lemma in STATE_OUTLETS and any(c.lower_ == "state" for c in tok.children)):
            return lookup(country) or Actor(country, COUNTRY)  # "Pyongyang's state media said"
        return None

    def _country_of(self, tok) -> str | None:
        lower = tok.text.casefold().replace("’", "'")
        region = next((c for c in tok.children if c.i == tok.i - 1 and c.lower_ in _COMPASS), None)
        if region is not None:  # "West African leaders": a region's, unless it names a country ("South Korean")
            return DEMONYMS.get(f"{region.lower_} {lower}")
        if lower in DEMONYMS:
            return DEMONYMS[lower]
        ent = self._ent_of.get(tok.i)
        if ent is not None and ent.label_ in ("GPE", "NORP"):
            actor = self._resolve_ent(ent)
            if actor and actor.kind == COUNTRY:
                return actor.name
        if tok.pos_ == "PROPN" and (ent is None or ent.label_ in ("ORG", "PERSON")):
            # "Armenia's foreign ministry" with "Armenia" tagged as an organization: the tables know a country
            actor = lookup(ent.text if ent is not None else tok.text)
            if actor is not None and actor.kind == COUNTRY:
                return actor.name
        return None

    def _organization_of(self, tok) -> Actor | None:
        """The international body the tables know that a modifier names ("EU" in "EU ambassadors")."""
        if tok.pos_ != "PROPN":
            return None
        ent = self._ent_of.get(tok.i)
        actor = lookup(ent.text if ent is not None and ent.label_ == "ORG" else tok.text)
        return actor if actor is not None and actor.kind == ORGANIZATION else None

    def countries_in_modifiers(self, tok) -> list[Actor]:
        """Countries named by demonym modifiers of a group noun, with their conjuncts:
        "Ukrainian and U.S. officials" -> Ukraine, United States."""
        if tok.lemma_.lower() not in GROUP_NOUNS:
            return []
        out: list[Actor] = []
        for child in tok.children:
            if child.i > tok.i or child.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            for t in (child, *[c for c in child.conjuncts]):
                name = self._country_of(t)
                if name:
                    actor = lookup(name) or Actor(name, COUNTRY)
                    if actor not in out:
                        out.append(actor)
        return out

    def _speaker(self, tok) -> Actor | None:
        """'I' inside a quote: the subject of the reporting verb that governs the quote."""
        from .event_tables import REPORTING_VERBS

        head = tok.head
        for _ in range(6):
            if head.lemma_.lower() in REPORTING_VERBS and head.i != tok.head.i:
                for child in head.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in _FIRST_PERSON:
                        return self.actor_for_token(child)
            if head.head.i == head.i:
                break
            head = head.head
        # "I'll be there," Trump told reporters: the quote is the reporting verb's ccomp
        return None

    def _reporter(self, tok) -> Actor | None:
        """'it' in "Hamas said it would respond": the non-person subject of the governing reporting
        verb; nothing otherwise (too ambiguous)."""
        from .event_tables import REPORTING_VERBS

        head = tok.head
        for _ in range(3):
            if head.lemma_.lower() in REPORTING_VERBS:
                for child in head.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.i != tok.i and child.pos_ != "PRON":
                        actor = self.actor_for_token(child)
                        if actor and actor.kind != PERSON:
                            return actor
                return None
            if head.head.i == head.i:
                break
            head = head.head
        return None

    def _previous_subject(self, tok) -> Actor | None:
        """'Rhee arrived ... and held talks with Cho. He is scheduled to ...': a pronoun that is its sentence's
        subject continues the previous sentence's subject when that is a person (not the last person named), or an
        unnamed office holder (standing for the office's country)."""
        sent = tok.sent
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i != sent.root.i or sent.start == 0:
            return None
        from .event_tables import REPORTING_VERBS

        root = self.doc[sent.start - 1].sent.root
        if root.lemma_.lower() in REPORTING_VERBS:
            # "Rhee arrived on Monday and held talks, the ministry said": the news is the clause before
            root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), root)
        for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.lower_ in _THIRD_PERSON:
                return None  # a chain of pronouns: the nearest name decides
            actor = self.actor_for_token(subj)
            if actor is not None and actor.kind == PERSON:
                return actor
            named = self.holder_appos(subj) if actor is None else None
            named = self.actor_for_token(named) if named is not None else None
            if named is not None and named.kind == PERSON:
                return named  # "New Zealand's Foreign Minister, Callum Rapana, arrived ... He met": the person
            if actor is None and subj.lemma_.lower() in ANAPHOR_KINDS and ANAPHOR_KINDS[subj.lemma_.lower()] == PERSON:
                countries = self.countries_in_modifiers(subj)  # "Qatar's prime minister ... He is due to": Qatar,
                if len(countries) == 1:  # as the unnamed office stands for its country everywhere else
                    return countries[0]
        return None

    def _subject_where(self, tok) -> Actor | None:
        """'The Secretary travels to Riyadh, where she will hold talks with ...': the subject of a "where" or
        "when" clause that is a pronoun is the person doing the clause the place or time belongs to."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "relcl" or not any(c.lower_ in ("where", "when")
                                                                     for c in clause.children):
            return None
        verb = clause.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        actor = self.actor_for_token(subj) if subj is not None and subj.lower_ not in _THIRD_PERSON else None
        return actor if actor is not None and actor.kind == PERSON else None

    def _antecedent(self, tok) -> Actor | None:
        """'he' / 'she': the subject of the governing reporting verb ("Trump said he would"), else the
        nearest person named earlier in the article."""
        from .event_tables import REPORTING_VERBS

        head = tok.head
        for _ in range(5):
            if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ == "PROPN":
                # "Vucic, speaking in his weekly address": the person the participle describes
                actor = self.actor_for_token(head.head)
                if actor and actor.kind == PERSON:
                    return actor
            if head.lemma_.lower() in REPORTING_VERBS:
                for child in head.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.i != tok.i:
                        if child.lower_ in _THIRD_PERSON or child.left_edge.i <= tok.i < child.i:
                            break  # "his spokesperson said": the subject holds the pronoun itself
                        actor = self.actor_for_token(child)
                        if actor and actor.kind == PERSON:
                            return actor
                break
            if head.head.i == head.i:
                break
            head = head.head
        subject = self._previous_subject(tok) or self._subject_where(tok)
        if subject is not None:
            return subject
        best = self.earlier_person
        for i, name in self._persons_seen:
            if i < tok.i:
                best = name
            else:
                break
        return Actor(best, PERSON) if best else None

    def inherit(self, article: "DocumentActors", before_char: int) -> None:
        """A line of the article parsed on its own (a diary's day) knows the people the article named before
        it: "Ms Hausmann-Pichler" is the Gerlinde Hausmann-Pichler of the introduction, and "she" the last
        person named before the line."""
        self._outer = (article, before_char)
        for surname, full in article._surnames.items():
            self._surnames.setdefault(surname, full)
        earlier = [name for i, name in article._persons_seen if article.doc[i].idx < before_char]
        self.earlier_person = earlier[-1] if earlier else None
