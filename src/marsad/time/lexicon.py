"""The words of date expressions (``data/time/months.yaml``) and the patterns built from them.

Everything is folded with ``match_key`` so that patterns run on folded, normalized text.
The patterns are compiled once per process (``load_lexicon`` is cached).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

from marsad.datafiles import load_data
from marsad.errors import LexiconError
from marsad.lang.ar import chars
from marsad.lang.ar.normalize import match_key

DATA_FILE = "time/months.yaml"
SCHEMA = "marsad.time.months/1"
MONTH_REGIONS = ("levantine", "egyptian", "maghrebi")

# A proclitic conjunction and/or preposition may stick to the first word (وأمس، بالأمس،
# ويوم). Nothing word-like, and no ./:- (decimal points, "Su-24", times) may precede.
_PRE = r"(?<![\w./:\-])(?:[\u0648\u0641])?(?:[\u0628\u0644\u0643])?"
_END = r"(?!\w)"
_SEP = r"(?:\s*\u060c\s*|\s+)"  # a space or an Arabic comma between a weekday and a date
_YEAR = r"(?:19|20)\d\d(?!\d)"
_HIJRI_YEAR = r"1[34]\d\d(?!\d)"
_DAY_DIGITS = r"[0-3]?\d(?!\d)"


class Rule(str, Enum):
    """Which kind of expression a pattern finds; the resolver dispatches on it."""

    NUMERIC = "numeric"  # 2018-04-21, 21/4/2018
    DAY_MONTH = "day-month"  # 9 من آب/ أغسطس 2018, الثالث من تموز
    HIJRI = "hijri"  # 15 رمضان 1439 هـ
    MONTH = "month"  # في أكتوبر 2017, تشرين الثاني/ نوفمبر الماضي, أواخر آذار
    YEAR = "year"  # عام 2016, أواخر 2016
    RELATIVE = "relative"  # قبل 10 أيام, منذ عامين, بعد ثلاثة أسابيع
    PERIOD = "period"  # الأسبوع الماضي, الشهر الجاري, هذا العام
    WEEKDAY = "weekday"  # مساء الخميس, يوم الجمعة الماضي
    DEICTIC = "deictic"  # اليوم, أمس, أول أمس, غدا, صباح اليوم الأحد
    DECADE = "decade"  # في الثمانينات, خلال عقد التسعينيات


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """Folded word → value tables and the compiled patterns, in priority order."""

    version: str
    months: Mapping[str, int]
    hijri_months: Mapping[str, int]
    weekdays: Mapping[str, int]
    cardinals: Mapping[str, int]
    ordinals: Mapping[str, int]
    units: Mapping[str, tuple[str, int | None]]
    deictics: Mapping[str, int]
    cues: Mapping[str, str]
    periods: Mapping[str, str]
    directions: Mapping[str, str]
    decades: Mapping[str, int]
    patterns: tuple[tuple[Rule, re.Pattern[str]], ...]
    # The prefilter: a folded word (with any proclitic) → the rules that need it, and the
    # str.translate table that folds a sentence cheaply enough to look its words up.
    anchors: Mapping[str, frozenset[Rule]]
    quick_fold: Mapping[int, str | None]


def word_key(text: str) -> str:
    """The lookup key of a matched phrase: folded, single spaces."""
    return " ".join(match_key(text).split())


def _alternation(names: Iterable[str]) -> str:
    """A non-capturing group of folded phrases, longest first, spaces matching any run."""
    keys = sorted({word_key(name) for name in names}, key=lambda k: (-len(k), k))
    if not keys:
        raise LexiconError(f"{DATA_FILE}: a kind of date word has no strings")
    return "(?:" + "|".join(r"\s+".join(re.escape(part) for part in key.split()) for key in keys) + ")"


def _strings(entry: Mapping[str, Any], keys: Iterable[str]) -> list[str]:
    out: list[str] = []
    for key in keys:
        values = entry.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise LexiconError(f"{DATA_FILE}: entry {entry.get('id')!r}: {key} must be a list of strings")
        out.extend(values)
    return out


def _names(entry: Mapping[str, Any]) -> list[str]:
    if entry.get("kind") == "month":
        return _strings(entry, MONTH_REGIONS)
    return _strings(entry, ("names",))


def _table(entries: list[Mapping[str, Any]], kind: str) -> dict[str, Any]:
    """Folded name → value for the entries of one kind."""
    table: dict[str, Any] = {}
    for entry in entries:
        if entry.get("kind") == kind:
            for name in _names(entry):
                table[word_key(name)] = entry.get("value")
    return table


def _words(entries: list[Mapping[str, Any]], kind: str) -> list[str]:
    return [name for entry in entries if entry.get("kind") == kind for name in _names(entry)]


def _composed_cardinals(cardinals: dict[str, int]) -> dict[str, int]:
    """21..29 written as "<unit> و<twenty>" (ثلاثة وعشرين), from the unit and twenty words."""
    waw = "\u0648"
    composed: dict[str, int] = {}
    for unit_word, unit in cardinals.items():
        if 1 <= unit <= 9:
            for tens_word, tens in cardinals.items():
                if tens == 20:
                    composed[f"{unit_word} {waw}{tens_word}"] = 20 + unit
    return composed


def build_lexicon(content: Mapping[str, Any]) -> TimeLexicon:
    """Build the tables and patterns from a parsed ``months.yaml``."""
    entries = content.get("entries")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise LexiconError(f"{DATA_FILE}: entries must be a list of mappings")

    cardinals = _table(entries, "cardinal")
    cardinals.update(_composed_cardinals(cardinals))
    units = {
        word_key(name): (str(entry["value"]), entry.get("count"))
        for entry in entries
        if entry.get("kind") == "unit"
        for name in _names(entry)
    }
    one = [name for name, value in cardinals.items() if value == 1]

    def alt(kind: str) -> str:
        return _alternation(_words(entries, kind))

    month = _alternation(_words(entries, "month"))
    month_with_twin = rf"(?P<month>{month})(?P<twin>\s*[/(\-]\s*{month}(?:\s*\))?)?"
    year_part = (
        rf"(?:{_SEP}(?:{alt('of')}\s+)?(?:{alt('year-word')}\s+)?(?P<year>{_YEAR})"
        rf"(?:\s*(?P<era>{_alternation(_era(entries, 'gregorian'))}){_END})?)"
    )
    cue_part = rf"(?:\s+(?P<cue>{alt('cue')}))"
    day = rf"(?P<day>{_DAY_DIGITS}|{alt('ordinal')})"
    day_of = rf"{day}(?:\s+{alt('of')})?(?:\s+{alt('month-word')})?\s+"
    weekday = alt("weekday")
    day_part = alt("day-part")
    day_word = alt("day-word")
    context = rf"{_PRE}(?:(?P<ctx>{alt('context')})\s+)?"
    modifier = rf"(?:(?P<mod>{alt('modifier')})\s+)?"
    number = _alternation([r for r in cardinals])

    sources: list[tuple[Rule, str]] = [
        (Rule.NUMERIC,
         _PRE + r"(?P<body>(?P<y1>" + _YEAR + r")(?P<s1>[\-/.])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
         r"|(?P<d2>\d{1,2})(?P<s2>[\-/.])(?P<m2>\d{1,2})(?P=s2)(?P<y2>" + _YEAR + r"))"
         r"(?![\w/:\-]|\.\d)"),
        (Rule.DAY_MONTH,
         rf"{_PRE}(?P<body>(?:(?:{day_word}\s+)?(?P<weekday>{weekday}){_SEP})?(?:{day_word}\s+)?"
         rf"{day_of}{month_with_twin}(?:{year_part}|{cue_part})?){_END}"),
        (Rule.HIJRI,
         rf"{_PRE}(?P<body>(?:{day_word}\s+)?{day_of}(?P<hmonth>{alt('hijri-month')})"
         rf"(?:\s+(?P<year>{_HIJRI_YEAR})(?:\s*{_alternation(_era(entries, 'hijri'))}{_END})?)?){_END}"),
        (Rule.MONTH,
         rf"{context}(?P<body>{modifier}(?:(?P<mword>{alt('month-word')})\s+)?"
         rf"{month_with_twin}(?:{year_part}|{cue_part})?){_END}"),
        (Rule.YEAR,
         rf"{context}(?P<body>{modifier}(?:(?P<yword>{alt('year-word')})\s+)?(?P<year>{_YEAR})"
         rf"(?:\s*(?P<era>{_alternation(_era(entries, 'gregorian'))}){_END})?){_END}"
         # "في 2013 على المعاهدة": a preposition after the number shows it counts nothing
         rf"(?=\s+(?P<ytail>{alt('after-year')}){_END})?"),
        (Rule.RELATIVE,
         rf"{_PRE}(?P<body>(?P<dir>{alt('direction')})\s+(?:{alt('approx')}\s+)?"
         rf"(?:(?P<num>\d{{1,3}}|{number})\s+)?(?P<unit>{alt('unit')})(?:\s+{_alternation(one)})?)"
         # not "قبل يومين من الاقتراع", "منذ شهر آب", "منذ عام 2011"
         rf"{_END}(?!\s+(?:{alt('of')}|{month}){_END}|\s*\d)"),
        (Rule.PERIOD,
         rf"{_PRE}(?P<body>{modifier}(?:(?P<this>{alt('this')})\s+)?(?P<period>{alt('period')})"
         rf"(?:\s+(?P<cue>{alt('cue')}))?){_END}"),
        (Rule.WEEKDAY,
         rf"{_PRE}(?P<body>(?:{day_part}\s+)?(?:{day_word}\s+)?(?P<weekday>{weekday})"
         rf"(?:(?:\s*[/\-]\s*|\s+){weekday})?(?:\s+(?P<cue>{alt('cue')}))?){_END}"),
        (Rule.DEICTIC,
         rf"{_PRE}(?P<body>(?:{day_part}\s+)?(?:{day_word}\s+)?(?P<deictic>{alt('deictic')})"
         rf"(?:{_SEP}(?P<weekday>{weekday}))?){_END}(?!\s+{alt('not-after-day')}{_END})"),
        # not "في الثلاثينات من عمره": an age
        (Rule.DECADE,
         rf"{context}(?P<body>{modifier}(?:{alt('decade-word')}\s+)?(?P<decade>{alt('decade')}))"
         rf"{_END}(?!\s+{alt('not-after-decade')}{_END})"),
    ]
    version = str(content.get("version", ""))
    return TimeLexicon(
        version=version,
        months=_table(entries, "month"),
        hijri_months=_table(entries, "hijri-month"),
        weekdays=_table(entries, "weekday"),
        cardinals=cardinals,
        ordinals=_table(entries, "ordinal"),
        units=units,
        deictics=_table(entries, "deictic"),
        cues=_table(entries, "cue"),
        periods=_table(entries, "period"),
        directions=_table(entries, "direction"),
        decades=_table(entries, "decade"),
        patterns=tuple((rule, re.compile(source)) for rule, source in sources),
        anchors=_anchors(entries),
        quick_fold=_quick_fold_table(),
    )


# Proclitic combinations the patterns accept in front of a word (see _PRE).
_PROCLITICS = ("", "\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0648\u0628", "\u0648\u0644",
               "\u0648\u0643", "\u0641\u0628", "\u0641\u0644", "\u0641\u0643")
# Which rules each kind of word can start; a sentence with none of these words has no date
# (4-digit years are checked apart: they open YEAR and NUMERIC).
_ANCHOR_KINDS = {
    "month": frozenset({Rule.DAY_MONTH, Rule.MONTH}),
    "hijri-month": frozenset({Rule.HIJRI}),
    "weekday": frozenset({Rule.WEEKDAY}),
    "deictic": frozenset({Rule.DEICTIC}),
    "period": frozenset({Rule.PERIOD}),
    "unit": frozenset({Rule.RELATIVE}),
    "decade": frozenset({Rule.DECADE}),
}
YEAR_ANCHOR = frozenset({Rule.YEAR, Rule.NUMERIC})


def _anchors(entries: list[Mapping[str, Any]]) -> dict[str, frozenset[Rule]]:
    """Folded word → rules, one word per phrase (its longest word) with every proclitic."""
    anchors: dict[str, frozenset[Rule]] = {}
    for kind, rules in _ANCHOR_KINDS.items():
        for name in _words(entries, kind):
            word = max(word_key(name).split(), key=len)
            for clitic in _PROCLITICS:
                anchors[clitic + word] = anchors.get(clitic + word, frozenset()) | rules
    return anchors


def _code_points(char_class: str) -> list[int]:
    """The code points of a regex character-class body such as ``chars.DIACRITICS``."""
    points: list[int] = []
    index = 0
    while index < len(char_class):
        if index + 2 < len(char_class) and char_class[index + 1] == "-":
            points.extend(range(ord(char_class[index]), ord(char_class[index + 2]) + 1))
            index += 3
        else:
            points.append(ord(char_class[index]))
            index += 1
    return points


# The spaces ``normalize`` turns into a plain space.
_ODD_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"


def _quick_fold_table() -> dict[int, str | None]:
    """``match_key`` as a translate table, for text without presentation forms (prefilter only)."""
    table: dict[int, str | None] = {
        point: None for point in _code_points(chars.DIACRITICS + chars.TATWEEL + chars.INVISIBLE)}
    for digits in (chars.ARABIC_INDIC_DIGITS, chars.PERSIAN_DIGITS):
        for value, point in enumerate(_code_points(digits)):
            table[point] = str(value)
    for alef in chars.ALEF_FORMS:
        table[ord(alef)] = chars.ALEF
    table[ord(chars.ALEF_MAKSURA)] = chars.YEH
    table[ord(chars.FARSI_YEH)] = chars.YEH
    table[ord(chars.KEHEH)] = chars.KAF
    for point in _code_points(_ODD_SPACES):
        table[point] = " "
    return table


def _era(entries: list[Mapping[str, Any]], calendar: str) -> list[str]:
    return [n for e in entries if e.get("kind") == "era" and e.get("value") == calendar for n in _names(e)]


@lru_cache(maxsize=1)
def load_lexicon() -> TimeLexicon:
    """The shipped date lexicon, built once per process."""
    return build_lexicon(load_data(DATA_FILE, SCHEMA))
