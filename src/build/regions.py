#!/usr/bin/env python3
"""Writes data/gazetteer/places-regions.lst: the world's first-level regions and the former countries.

Run by hand from the project directory (not by Maven or CI); the generated file is committed:

    python3 src/build/regions.py > data/gazetteer/places-regions.lst

Source: Debian's iso-codes package (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-2.json (subdivisions),
iso_3166-3.json (former countries) and the Indonesian translations iso_3166-2.mo / iso_3166-3.mo.

Needs the Debian packages iso-codes, hunspell-id and wamerican (apt-get install iso-codes hunspell-id wamerican).

Levels: a country's first level (FIRST_LEVEL_TYPES), plus the level the press names where iso-codes puts it
second (SECOND_LEVEL_KEPT: British counties, Philippine provinces...). Left out, to keep precision:
- a region any of whose names is already in another gazetteer file, also in another romanisation (Basrah for
  Basra, Halab for Aleppo): it would be a second entity for a listed place;
- single names that are any name word of a listed person (Nelson), an ordinary Indonesian word (the hunspell-id
  dictionary and the cue lists: common words, given names, English words, titles) or a lower-case English word
  (wamerican); names of several words that are all Indonesian words;
- names of one or two letters, and the hand-made list AMBIGUOUS (given names and surnames, compass words).
Nothing from the word lists is written to the output; they only decide what is left out.
"""
import gettext
import json
import os
import re
import sys
import unicodedata

ISO = "/usr/share/iso-codes/json"
MO = "/usr/share/locale/id/LC_MESSAGES"
HUNSPELL_ID = "/usr/share/hunspell/id_ID.dic"
ENGLISH_WORDS = "/usr/share/dict/american-english"
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "gazetteer")
OUTPUT_NAME = "places-regions.lst"

# Subdivision types that are a country's first level (states, provinces, regions...). Districts,
# municipalities, parishes, communes and the like are left out: too many, too small, too ambiguous. So are
# capitals and cities with a region's rank (Moskva, Seoul-teukbyeolsi, Beijing Shi): places-world.lst lists
# them under the press's spelling, and a local spelling here would make a second entity.
FIRST_LEVEL_TYPES = {
    "Province", "Region", "State", "Department", "County", "Governorate", "Prefecture",
    "Administrative region", "Republic", "Autonomous region", "Autonomous community", "Land",
    "Voivodship", "Metropolitan region", "Regional state", "Union territory", "Emirate", "Oblast",
    "Autonomous district", "Territory", "Overseas region", "Overseas collectivity", "Overseas territory",
    "Overseas department", "Autonomous republic", "Special administrative region", "Federal territory",
    "Capital territory", "Capital district", "Federal district", "Federal capital territory",
    "Autonomous province", "Country", "Nation", "Canton", "Division", "Popularate", "Dependency",
    "Outlying area", "Special region", "Special self-governing province", "Autonomous territorial unit",
    "Territorial unit", "Entity",
    "Pakistan administered area", "Indigenous region", "Arctic region",
}
# Where iso-codes puts the level the press names under a parent: British counties and unitary
# authorities (Shropshire, Kent), Scottish council areas (Fife), Philippine provinces (Sulu, Basilan),
# Irish counties, Belgian provinces.
SECOND_LEVEL_KEPT = {
    ("GB", "Two-tier county"), ("GB", "Unitary authority"), ("GB", "Council area"),
    ("PH", "Province"), ("IE", "County"), ("BE", "Province"),
}
# Indonesia's own provinces are typed by hand in places-indonesia.lst with the press's short forms.
SKIPPED_COUNTRIES = {"ID"}

# Translations in iso_3166-2.mo (id) checked by hand and found wrong: Villa Clara -> "c",
# Constantine -> Konstantinopel, Christ Church -> Gereja Kristus, Guelmim-Oued Noun -> "Kata Benda
# Guelmim-Oued" (noun), Åland -> a Finnish phrase; compass words alone are no place name.
BAD_TRANSLATIONS = {
    "Villa Clara", "Constantine", "Christ Church", "Guelmim-Oued Noun (EH-partial)", "Åland",
    "East", "Eastern", "West", "North", "South", "Southern", "Far North", "North-West", "South-West",
    "Guyane (française)",
}

# Indonesian names typed by hand where iso_3166-2.mo has none and a rule would give a wrong one.
TYPED_TRANSLATIONS = {"Northern Ireland": "Irlandia Utara", "Āz̄ārbāyjān-e Shārqī": "Azerbaijan Timur",
                      "Āz̄ārbāyjān-e Ghārbī": "Azerbaijan Barat", "Xizang": "Tibet", "Nei Mongol": "Mongolia Dalam",
                      "Bayern": "Bavaria", "Krym": "Krimea"}

# Regions named after a city that places-world.lst lists under the press's spelling (Halab = Aleppo, Masqat =
# Muscat): iso-codes' romanisation, folded, would be a second entity for the same place. Typed by hand.
LISTED_UNDER_OTHER_SPELLING = {
    "Wien", "Moskva", "Dimashq", "Halab", "Hims", "Ladhiqiyah", "Iskandariyah", "Suways", "Uqsur", "Arbil",
    "Erevan", "Tirane", "Toshkent", "Bayrut", "Masqat", "Riyad", "Qahirah", "Tarabulus", "Viangchan", "Asgabat",
    "P'yongyang", "Alger", "Quds", "Al Quds", "Ciudad de Mexico", "Distrito Capital de Bogota",
    "Dubayy", "Abu Zaby", "Esfahan", "Adan", "Darnah", "Surt",
}

# Former countries (iso_3166-3) under the names the Indonesian press uses, typed by hand where the
# translation file gives a formal name (Republik Sosialis Soviet Serikat) or none; alpha-4 code -> names,
# canonical first. A country that was only renamed (Zaire, Birma, Dahomey) is the same state as today's: its
# old names are written under today's canonical name from places-countries.lst, and Gazetteer merges the
# two lines into one entity (same canonical, same type), which stays a country.
FORMER_COUNTRIES = {
    "SUHH": ["Uni Soviet", "Uni Sovyet", "USSR", "Republik Sosialis Soviet Serikat",
             "Union of Soviet Socialist Republics", "Soviet Union"],
    "YUCS": ["Yugoslavia", "Republik Federasi Sosialis Yugoslavia", "Republik Federal Yugoslavia"],
    "CSHH": ["Cekoslowakia", "Cekoslovakia", "Chekoslovakia", "Czechoslovakia", "Republik Sosialis Chekoslovakia"],
    "DDDE": ["Jerman Timur", "Republik Demokratik Jerman", "Republik Demokrat Jerman", "East Germany",
             "German Democratic Republic"],
    "CSXX": ["Serbia dan Montenegro", "Serbia and Montenegro", "Serbia-Montenegro"],
    "VDVN": ["Vietnam Utara", "Republik Demokratik Vietnam", "North Vietnam"],
    "YDYE": ["Yaman Selatan", "Republik Demokratik Rakyat Yaman", "South Yemen"],
    "BYAA": ["Republik Sosialis Soviet Belarusia", "Byelorussian SSR"],
    "SKIN": ["Sikkim"],
    "PZPA": ["Zona Terusan Panama", "Panama Canal Zone"],
    "GEHH": ["Kepulauan Gilbert dan Ellice", "Gilbert and Ellice Islands"],
    "ANHH": ["Antillen Belanda", "Antilles Belanda", "Netherlands Antilles"],
}
RENAMED_COUNTRIES = {  # alpha-4 code -> (canonical in places-countries.lst, old names)
    "ZRCD": ("Republik Demokratik Kongo", ["Zaire", "Republik Zaire"]),
    "BUMM": ("Myanmar", ["Birma", "Republik Sosialis Persatuan Birma"]),
    "DYBJ": ("Benin", ["Dahomey"]),
    "HVBF": ("Burkina Faso", ["Volta Hulu", "Upper Volta", "Republik Volta"]),
    "NHVU": ("Vanuatu", ["Hebrida Baru", "New Hebrides"]),
    "RHZW": ("Zimbabwe", ["Rhodesia", "Rhodesia Selatan", "Southern Rhodesia"]),
    "TPTL": ("Timor Leste", ["Timor Timur", "Timtim", "East Timor"]),
    "AIDJ": ("Jibuti", ["Wilayah Afar dan Issa Prancis", "French Afars and Issas"]),
}

# Names that pass the word-list filters but are too ambiguous for Indonesian news: Indonesian words
# the dictionary lists only in derived forms, Western given names and surnames, English words.
AMBIGUOUS = {
    "Van", "Mon", "Chin", "Nan", "Tak", "Mie", "Saga", "Batman", "Ordu", "Bolu", "Bursa", "Trat", "Yala",
    "Surin", "Loei", "Nara", "Shiga", "Kochi", "Oita", "Gifu", "Fukui", "Shan", "Kayin", "Kayah",
    "Bago", "Sinop", "Kars", "Tokat", "Rize", "Hatay", "Siirt", "Kilis", "Victoria", "Georgia", "Clare",
    "Kerry", "Cork", "Down", "Meath", "Mayo", "Angus", "Moray", "Highland", "Fife", "Halton", "Reading",
    "Derby", "Bedford", "Swindon", "Rutland", "Medway", "Torbay", "Wokingham", "Thurrock", "Southend-on-Sea",
    "Stockton-on-Tees", "Luton", "Slough", "Poole", "York", "Plymouth", "Portsmouth", "Southampton",
    "Milton Keynes", "Sutton", "Merton", "Harrow", "Brent", "Barnet", "Bury", "Wigan", "Wirral",
    "Capital", "Central", "Centre", "Centro", "Nord", "Sud", "Est", "Ouest", "Norte", "Sur", "Oriente",
    "Western", "Eastern", "Northern", "Southern", "North", "South", "East", "West", "Coast", "Lakes",
    "Upper", "Lower", "Islands", "Island", "Interior", "Litoral", "Costa", "Sierra", "Amazonas", "Lima",
    "Santa", "San", "Santo", "La", "Los", "Las", "El", "Al", "Mar", "Bahia", "Para", "Pará", "Rio",
    "Washington", "Florida", "Indiana", "Carolina", "Maryland", "Virginia", "Montana", "Nevada",
    "Alberta", "Columbia", "Jersey", "Delaware", "Madison", "Savannah", "Dakota", "Kansas",
    "Sha", "Shi", "Sheng", "Oblast", "Respublika", "Buri", "Thani", "Nakhon", "Chai", "Kampong",
    "Madre", "Padre", "Grande", "Alto", "Bajo", "Mayor", "Capital Federal", "Distrito Federal",
    "Federal", "National", "Distrito Capital", "Capital District", "Greater", "Metropolitan",
    "Nelson", "Ahmadi", "Cesar", "Constantine", "Magdalena", "Santander", "Granma", "Yuma", "Marlborough",
    "Leon", "León", "Isabel", "Isabela", "Miranda", "Rivera", "Herrera", "Trujillo", "Guerrero", "Hidalgo",
    "Bolivar", "Bolívar", "Sucre", "Morelos", "Morazán", "Morazan", "Artigas", "Rocha", "Soriano", "Maldonado",
    "Lavalleja", "Loreto", "Lempira", "Cortes", "Cortés", "Rivas", "Quirino", "Quezon", "Concepcion", "Concepción",
    "Colonia", "Principe", "Príncipe", "Valle", "Portuguesa", "Cordillera", "Centrale", "Somali", "Nandi", "Dali",
    "Saha", "Mila", "Alba", "Medea", "Kent", "Devon", "Durham", "Somerset", "Stirling", "Leste", "Sul", "Sid",
    "Sidès", "Lwès", "Lwes", "Nò", "Komi", "Tanganyika",
    # Arabic words for south, north, east, west, middle, capital, interior, oases: several countries' regions
    "Asimah", "Janubiyah", "Shamaliyah", "Sharqiyah", "Gharbiyah", "Janub", "Shimal", "Wusta", "Awsat",
    "Dakhiliyah", "Wahat", "Janubi",
}

PERSIAN_COMPASS = {"Sharqi": "Timur", "Gharbi": "Barat", "Shomali": "Utara", "Jonubi": "Selatan"}
COMPASS = {  # English, French, Spanish/Portuguese compass words and their Indonesian form after the name
    "North": "Utara", "Northern": "Utara", "Nord": "Utara", "Norte": "Utara",
    "South": "Selatan", "Southern": "Selatan", "Sud": "Selatan", "Sur": "Selatan", "Sul": "Selatan",
    "East": "Timur", "Eastern": "Timur", "Est": "Timur", "Oriental": "Timur",
    "West": "Barat", "Western": "Barat", "Ouest": "Barat", "Occidental": "Barat",
    "Central": "Tengah", "Centre": "Tengah", "Centro": "Tengah",
    "North-West": "Barat Laut", "North West": "Barat Laut", "Nord-Ouest": "Barat Laut",
    "North-East": "Timur Laut", "North East": "Timur Laut", "Nord-Est": "Timur Laut",
    "South-West": "Barat Daya", "South West": "Barat Daya", "Sud-Ouest": "Barat Daya",
    "South-East": "Tenggara", "South East": "Tenggara", "Sud-Est": "Tenggara",
}
# A trailing or leading local word for the kind of unit, which the press leaves out (Anhui Sheng -> Anhui).
UNIT_WORDS = ["Zhuangzu Zizhiqu", "Huizu Zizhiqu", "Uygur Zizhiqu", "Zizhiqu", "Sheng", "Shi", "SAR"]
# Comma forms whose second part names the kind of unit: "Bristol, City of", "Dagestan, Respublika".
COMMA_DESIGNATOR = re.compile(r"^(City of|County|Respublika|Región de|Región|Comunidad de|Comunidad|Principado de|"
                              r"Hlavní město|The|unitatea teritorială din|Unitatea teritorială autonomă.*)$")
# Local forms the press never prints as such (Kurskaja oblast', Donetska oblast, Ciblas novads).
UNTRANSLATABLE = re.compile(r"\b(oblast'?|oblysy|kraj|kray|okrug|novads|voblasć|avtonomn\w*|Respublika|"
                            r"Republika|Rayonu|Provincia de|Departamento de)\b", re.IGNORECASE)
ARABIC_ARTICLE = re.compile(r"^(Al|An|Ar|As|Ash|Ad|Adh|Az|At|Ath|Aş|Ad-|Al-)\s+(\S.*)$")
ARABIC_SCRIPT_COUNTRIES = {"IQ", "SY", "SA", "YE", "LY", "JO", "LB", "PS", "OM", "AE", "QA", "KW", "BH", "EG",
                           "SD", "TN", "DZ", "MA", "MR"}


def fold_ascii(name):
    """Latin letters without their diacritics (Sīstān → Sistan, Şalāḩ → Salah), apostrophes of ayn/hamza dropped."""
    special = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
               "ð": "d", "Ð": "D", "þ": "th", "æ": "ae", "Æ": "Ae", "œ": "oe", "ħ": "h", "Ħ": "H"}
    s = "".join(special.get(c, c) for c in name)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"(?<=\w)[’ʼʻ‘](?=\w|\s|$)", "", s)  # Karbalā’ → Karbala, Ra’s → Ras
    s = re.sub(r"(?<=\w)'(?=\s|$)", "", s)
    s = re.sub(r"(?:(?<=\s)|^)[’ʼʻ'‘](?=\w)", "", s)  # 'Asīr → Asir
    return s


def clean(name):
    """The printable names in an iso-codes name: main name and any bracketed alternative."""
    names = []
    m = re.match(r"^(.*?)\s*\[(.*?)\]\s*$", name)
    if m:
        name = m.group(1)
        alt = re.sub(r"(^|\s+)[A-Z]{2}-[A-Z0-9]{2,3}$", "", m.group(2)).strip()
        if alt:
            names.append(alt)
    name = re.sub(r"\s*\((EH|EH-partial|Region [IVX]+|Arctic Region|stolitsa|UTAG|ARMM)\)", "", name).strip()
    m = re.match(r"^(.*?)\s*\((.*?)\)$", name)  # Distrito Nacional (Santo Domingo)
    if m:
        name = m.group(1)
    if "," in name:
        first, rest = [p.strip() for p in name.split(",", 1)]
        if COMMA_DESIGNATOR.match(rest):
            name = first if first[:1].isupper() else rest + " " + first
            if rest == "County":
                names.append("County " + first)
    for unit in UNIT_WORDS:
        if name.endswith(" " + unit):
            name = name[: -len(unit) - 1]
            break
    return [name] + names


def compass_form(name, ordinary):
    """Indonesian order for a compass-word name: North Gaza → Gaza Utara, Nord-Kivu → Kivu Utara. The rest must
    be one proper name, not a compass or ordinary word (North-West, Central Region, Western Cape stay as they are)."""
    def proper(rest):
        return (rest[:1].isupper() and " " not in rest and rest not in COMPASS and rest.lower() not in ordinary.english
                and rest.lower() not in ordinary.indonesian and rest not in AMBIGUOUS)
    for word, indonesian in sorted(COMPASS.items(), key=lambda kv: -len(kv[0])):
        for sep in (" ", "-"):
            if name.startswith(word + sep) and proper(name[len(word) + 1:]):
                return name[len(word) + 1:] + " " + indonesian
        if name.endswith(" " + word) and proper(name[: -len(word) - 1]):
            return name[: -len(word) - 1] + " " + indonesian
    return None


def press_forms(name, country, ordinary):
    """Extra spellings the press uses, each from a rule: Sīstān va Balūchestān → Sistan-Baluchestan."""
    out = []
    folded = fold_ascii(name)
    if folded != name:
        out.append(folded)
    base = folded
    if country == "IR":
        if " va " in base:
            a, b = base.split(" va ", 1)
            out += [a + "-" + b, a + " dan " + b]
        m = re.match(r"^(\S+)-e (Sharqi|Gharbi|Shomali|Jonubi)$", base)  # Khorasan-e Shomali → Khorasan Utara
        if m:
            out.append(m.group(1) + " " + PERSIAN_COMPASS[m.group(2)])
        if "-e " in base:
            out.append(base.replace("-e ", " "))
    if " and " in base:
        out.append(base.replace(" and ", " dan "))
    if country in ARABIC_SCRIPT_COUNTRIES:
        m = ARABIC_ARTICLE.match(base)
        if m:
            out.append(m.group(1) + "-" + m.group(2))  # Al-Anbar, As-Sulaymaniyah: one word in WordToken
            if " " not in m.group(2):
                out.append(m.group(2))
    compass = compass_form(base, ordinary)
    if compass:
        out.append(compass)
    return out


def read_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            words.update(w for w in re.split(r"[\s|]+", line) if w)
    return words


def key(name):
    """A name as the gazetteer compares it, less spaces, hyphens and apostrophes (Sankt-Peterburg = Sankt Peterburg)."""
    return re.sub(r"[\s\-'’‘ʼʻ.]", "", fold_ascii(name).lower())


def skeleton(name):
    """A folded name less the differences of romanisation the press ignores: a final h, doubled consonants, q for k
    (Basrah and Basra, Raqqah and Raqqa, Samarqand and Samarkand agree; Shanxi and Shaanxi do not)."""
    k = key(name).replace("q", "k")
    k = re.sub(r"([^aeiou])\1", r"\1", k)
    return k[:-1] if k.endswith("h") and len(k) > 4 else k


class KnownNames:
    """The names of the other gazetteer files: a region must not repeat one, in any spelling."""

    def __init__(self):
        self.keys = set()
        self.place_skeletons = set()
        for file in os.listdir(DATA):
            if not file.endswith(".lst") or file == OUTPUT_NAME:
                continue
            with open(os.path.join(DATA, file), encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line or line.startswith("#"):
                        continue
                    names = [n.strip() for n in line.split("|") if n.strip()]
                    self.keys.update(key(n) for n in names)
                    if file.startswith("people"):  # Nelson (Mandela), Mahmoud (Abbas): a person's name word
                        self.keys.update(key(w) for n in names for w in n.split() if len(w) > 2)
                    if file.startswith("places"):
                        self.place_skeletons.update(skeleton(n) for n in names)
        self.keys.update(key(n) for n in LISTED_UNDER_OTHER_SPELLING)

    def __contains__(self, name):
        return key(name) in self.keys

    def same_place(self, name):
        """Whether the name is a listed place in another romanisation (Basrah for Basra)."""
        bare = CITY_WORDS.sub("", name)
        return any(key(n) in self.keys or skeleton(n) in self.place_skeletons for n in {name, bare})


class OrdinaryWords:
    """Lower-cased ordinary words: Indonesian (dictionary roots and the project's cue lists) and English."""

    def __init__(self):
        self.indonesian = set()
        self.english = set()
        with open(HUNSPELL_ID, encoding="utf-8", errors="replace") as f:
            next(f)
            for line in f:
                w = line.split("/")[0].strip()
                if w and w[0].islower():
                    self.indonesian.add(w.lower())
        cues = os.path.join(DATA, "cues")
        for file in os.listdir(cues):
            if file.endswith(".lst"):
                self.indonesian.update(w.lower() for w in read_words(os.path.join(cues, file)))
        with open(ENGLISH_WORDS, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if w and w[0].islower() and "'" not in w:
                    self.english.add(w)


# Words for a kind of unit or a landform: a name made only of these and compass words (Western Province, Upper
# River, West Coast, Far North) is a region in several countries and an ordinary phrase.
GENERIC = {"province", "region", "river", "coast", "highlands", "islands", "island", "territory", "capital", "city",
           "district", "mountain", "upper", "lower", "far", "greater", "central", "interior"}
# Words around a city's name in the name of its region (Glasgow City, Nairobi City, Kota Bristol, Ciudad de Mexico).
CITY_WORDS = re.compile(r"^(Kota|Ciudad de|City of)\s+|\s+(City|Shi)$")
CONNECTORS = {"and", "dan", "of", "the", "de", "del", "la", "el", "al", "y", "e", "va", "da", "do", "des", "du",
              "upon", "with"}


def harmful(name, known, ordinary, typed=False):
    """Whether listing the name would cost precision. Hand-typed names (former countries) are only checked
    against the other files; a generated name also against the word lists."""
    if len(name) <= 2 or not name[0].isupper() or name in known or re.search(r"[0-9*]", name):
        return True
    if typed:
        return False
    if name in AMBIGUOUS:
        return True
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(words) == 1:
        plain = fold_ascii(name).lower()  # Colón is the word colon to a reader who drops the accent
        return plain in ordinary.english or plain in ordinary.indonesian or fold_ascii(name) in AMBIGUOUS
    # Several words: dropped when all are Indonesian words (Tanah Merah is a phrase before it is a place);
    # English phrases such as Far North are left, they are rare in Indonesian text.
    content = [w for w in words if w.lower() not in CONNECTORS and w not in COMPASS and w not in COMPASS.values()]
    # (the Indonesian dictionary lists some countries in lower case: azerbaijan, inggris; a listed name is no word)
    return (all(w.lower() in GENERIC for w in content)
            or all(w.lower() in ordinary.indonesian and w not in known for w in content))


def translation(catalog, name):
    if name in BAD_TRANSLATIONS:
        return None
    t = catalog.get(name)
    return t if t and t != name and len(t) > 2 else None


def subdivisions(catalog, ordinary):
    with open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8") as f:
        entries = json.load(f)["3166-2"]
    for e in entries:
        country = e["code"][:2]
        if country in SKIPPED_COUNTRIES:
            continue
        kept = e["type"] in FIRST_LEVEL_TYPES and "parent" not in e
        if not kept and (country, e["type"]) not in SECOND_LEVEL_KEPT:
            continue
        raw = e["name"]
        names = clean(raw)
        if UNTRANSLATABLE.search(names[0]):
            continue
        indonesian = TYPED_TRANSLATIONS.get(names[0]) or translation(catalog, raw)
        if indonesian:
            indonesian = clean(indonesian)[0]
        forms = []
        for n in names:
            forms += [n] + press_forms(n, country, ordinary)
        compass = compass_form(fold_ascii(names[0]), ordinary)
        # Indonesian news prints names without diacritics: the folded form is the canonical one (Sistan va Baluchestan).
        canonical = indonesian or compass or fold_ascii(names[0])
        yield e["code"], [canonical] + forms


def former_countries(catalog):
    with open(os.path.join(ISO, "iso_3166-3.json"), encoding="utf-8") as f:
        entries = json.load(f)["3166-3"]
    for e in entries:
        t = catalog.get(e["name"])
        translated = [t] if t and "(" not in t else []
        if e["alpha_4"] in FORMER_COUNTRIES:
            yield e["alpha_4"], FORMER_COUNTRIES[e["alpha_4"]] + translated
        elif e["alpha_4"] in RENAMED_COUNTRIES:
            today, old = RENAMED_COUNTRIES[e["alpha_4"]]
            yield e["alpha_4"], [Renamed(today)] + old + translated


class Renamed(str):
    """Today's canonical name of a renamed country: listed already on purpose, it heads the line of old names."""


def lines(entities, known, ordinary, taken, typed=False):
    """One line per entity with its harmless names. An entity one of whose names is a listed place, in any
    spelling, is left out whole (its other names would make a second entity for the same place); a name used
    by an earlier entity of this file is dropped."""
    for code, names in entities:
        same = [n for n in names if known.same_place(n)]
        if same and not typed:
            report(code, "listed as " + same[0])
            continue
        kept = []
        if isinstance(names[0], Renamed):
            if names[0] not in known:
                sys.exit(f"regions.py: {names[0]}: no such country in places-countries.lst")
            kept.append(str(names[0]))
            names = names[1:]
        for n in names:
            n = re.sub(r"\s+", " ", n).strip()
            if n in kept or key(n) in taken:
                continue
            if harmful(n, known, ordinary, typed):
                report(code, n)
                continue
            kept.append(n)
        if kept:
            taken.update(key(n) for n in kept)
            yield code, kept


def report(code, what):
    if os.environ.get("REGIONS_DROPPED"):
        print("dropped", code, what, file=sys.stderr)


HEADER = """\
# First-level regions of the world's countries (states, provinces, regions, governorates, prefectures,
# British counties, Philippine provinces) and former countries (Uni Soviet, Yugoslavia, Jerman Timur):
# canonical | aliases. Generated, do not edit by hand: python3 src/build/regions.py > data/gazetteer/places-regions.lst
# Source: Debian iso-codes {version} (LGPL-2.1+): iso_3166-2.json, iso_3166-3.json and their Indonesian
# translations (iso_3166-2.mo, iso_3166-3.mo); former countries' press names typed by hand in the generator.
# Canonical: the Indonesian name where the translation has one (or a compass rule gives Kivu Utara), else the
# name iso-codes gives without diacritics (Sistan va Baluchestan); aliases: the name as iso-codes spells it
# (Sīstān va Balūchestān), press forms by rule (Sistan-Baluchestan, Sistan dan Baluchestan).
# Left out: second-level units, names in the other gazetteer files, ordinary Indonesian or English words,
# given names and other ambiguous names (see the generator).
"""


def iso_codes_version():
    try:
        with open("/usr/share/doc/iso-codes/changelog.Debian.gz", "rb") as f:
            import gzip
            first = gzip.decompress(f.read()).decode("utf-8").splitlines()[0]
            return re.search(r"\((.*?)\)", first).group(1)
    except OSError:
        return "(version unknown)"


def main():
    for path in (os.path.join(ISO, "iso_3166-2.json"), os.path.join(MO, "iso_3166-2.mo"), HUNSPELL_ID, ENGLISH_WORDS):
        if not os.path.exists(path):
            sys.exit(f"regions.py: {path}: no such file (apt-get install iso-codes hunspell-id wamerican)")
    known = KnownNames()
    ordinary = OrdinaryWords()
    with open(os.path.join(MO, "iso_3166-2.mo"), "rb") as f:
        regions = gettext.GNUTranslations(f)._catalog
    with open(os.path.join(MO, "iso_3166-3.mo"), "rb") as f:
        former = gettext.GNUTranslations(f)._catalog
    out = sys.stdout
    taken = set()
    out.write(HEADER.format(version=iso_codes_version()))
    out.write("# Former countries (ISO 3166-3); a renamed one's old names under today's name (merged with its line\n"
              "# in places-countries.lst)\n")
    for _, names in lines(former_countries(former), known, ordinary, taken, typed=True):
        out.write("|".join(names) + "\n")
    out.write("# First-level subdivisions (ISO 3166-2)\n")
    for _, names in lines(subdivisions(regions, ordinary), known, ordinary, taken):
        out.write("|".join(names) + "\n")


if __name__ == "__main__":
    main()
