"""Find the date expressions of a sentence and resolve them against the publication date.

Matching runs on normalized, folded text (see ``marsad.lang.ar.normalize``) and spans are
mapped back to the original text. Where expressions overlap, the one that starts first
wins, and of those the longest ("الخميس 9 آب" over "الخميس").

Choices worth knowing:

- A week is given at day precision: "الأسبوع الماضي" is the day seven days before
  publication, "الأسبوع المقبل" seven days after, "هذا الأسبوع" the publication day, and
  "قبل أسبوعين" fourteen days before. A month precision would say less than the text.
- "قبل/منذ/بعد N أشهر" is a month, "... N سنوات" a year; days and weeks are days.
- A weekday alone is the latest such day on or before publication; with الماضي strictly
  before, with المقبل/القادم strictly after.
- A day-month or month without year takes the year that fits (``calendar.FUTURE_TOLERANCE``).
- A bare month name needs a licence: a preposition (في، خلال، منذ، حتى), شهر, a part word
  (مطلع، أواخر ...), a tense word, a year or a twin name ("آب/ أغسطس"). Without one,
  "أب" (father), "مارس" (he practised) and "تيريزا ماي" would become months.
- A decade (الثمانينات) is its last year, or the publication year while it runs; not after
  "من عمره" (an age).
- A bare year needs عام/سنة, a part word, or a preposition with no word after it
  ("منذ 2011،"), so that counts ("في 2000 موقع") and resolutions ("القرار 2254") stay numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from itertools import filterfalse

from marsad.lang.ar import chars
from marsad.lang.ar.normalize import Normalized, fold, normalize, normalize_with_offsets
from marsad.model import DatePrecision, EventDate, Span
from marsad.time.calendar import (
    Tense,
    day_month,
    day_value,
    hijri_to_gregorian,
    hijri_year_of,
    month_value,
    month_year,
    pick_day,
    safe_date,
    shift_days,
    shift_month,
    weekday_date,
    year_value,
)
from marsad.time.lexicon import YEAR_ANCHOR, Rule, TimeLexicon, load_lexicon, word_key

_WORD_AFTER = re.compile(r"\s*\w")
_WORD = re.compile(r"\w+")
_YEAR_WORD = re.compile(r"\D{0,2}(?:19|20)\d\d(?!\d)")  # 2018, 1967م, و2018
_PRESENTATION = re.compile(f"[{chars.PRESENTATION_FORMS}]")
ALL_RULES = frozenset(Rule)
_DAYS_PER_WEEK = 7
_DECADE = 10
_CENTURY = 100

Resolver = Callable[[re.Match[str], TimeLexicon, dt.date | None], EventDate | None]


def publication_default(publication: dt.date) -> EventDate:
    """The date of an event whose sentence gives none: the publication day."""
    return EventDate(publication.isoformat(), DatePrecision.DAY, False, None)


def find_dates(text: str, start: int, end: int, publication: dt.date | None) -> list[EventDate]:
    """The date expressions in ``text[start:end]``, resolved, with spans into ``text``.

    Relative expressions need ``publication``; without it they are skipped.
    """
    lexicon = load_lexicon()
    sentence = text[start:end]
    rules = _rules_to_run(sentence, lexicon)
    if not rules:
        return []
    normalized = normalize_with_offsets(sentence)
    folded = fold(normalized.text)
    found: list[tuple[int, int, Rule, re.Match[str]]] = []
    for rule, pattern in lexicon.patterns:
        if rule not in rules:
            continue
        for match in pattern.finditer(folded):
            found.append((match.start("body"), match.end("body"), rule, match))
    found.sort(key=lambda item: (item[0], -item[1]))
    dates: list[EventDate] = []
    taken_until = -1
    for body_start, body_end, rule, match in found:
        if body_start < taken_until:
            continue
        value = _RESOLVERS[rule](match, lexicon, publication)
        if value is None and not _blocks(rule, match):
            continue  # a pattern that did not qualify leaves its text to the others
        taken_until = body_end
        if value is not None:
            dates.append(_with_span(value, text, normalized, start, end, (body_start, body_end)))
    return dates


def _rules_to_run(sentence: str, lexicon: TimeLexicon) -> frozenset[Rule]:
    """The rules whose key words occur in the sentence (most news sentences have none).

    Normalizing with offsets costs more than all the patterns together, so a sentence is
    first folded with ``str.translate`` and its words looked up; text in presentation forms,
    which that table does not cover, runs every rule.
    """
    if _PRESENTATION.search(sentence):
        return ALL_RULES
    anchors = lexicon.anchors
    # each distinct word once (a union does not depend on order), looked up through map(): this
    # runs for every sentence with an event; one year among the other words is enough
    words = set(_WORD.findall(sentence.translate(lexicon.quick_fold)))
    rules: frozenset[Rule] = frozenset().union(*filter(None, map(anchors.get, words)))
    if any(map(_YEAR_WORD.match, filterfalse(anchors.__contains__, words))):
        return rules | YEAR_ANCHOR
    return rules


def _blocks(rule: Rule, match: re.Match[str]) -> bool:
    """Whether a match that gives no date still keeps shorter readings of its text away.

    Relative expressions without a publication date, and invalid day numbers, do: their
    parts ("الخميس" of "الخميس الماضي") must not be read on their own.
    """
    if rule is Rule.MONTH:
        return _month_licensed(match)
    if rule is Rule.PERIOD:
        return bool(match.group("this") or match.group("cue"))
    return rule is not Rule.YEAR


def _with_span(value: EventDate, text: str, normalized: Normalized, start: int, end: int,
               body: tuple[int, int]) -> EventDate:
    """``value`` with the span of its expression in ``text``, trailing marks included (غداً، هـ)."""
    first, last = normalized.to_original(*body)
    last += start
    while last < end and not normalize(text[last]):
        last += 1
    return EventDate(value.value, value.precision, True, Span(start + first, last))


def _tense(match: re.Match[str], lexicon: TimeLexicon) -> Tense:
    cue = match.group("cue") if "cue" in match.re.groupindex else None
    if not cue:
        return Tense.NONE
    return Tense(lexicon.cues[word_key(cue)])


def _day_number(match: re.Match[str], lexicon: TimeLexicon) -> int:
    day = match.group("day")
    return int(day) if day.isdigit() else lexicon.ordinals[word_key(day)]


def _numeric(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    if match.group("y1"):
        day = safe_date(int(match.group("y1")), int(match.group("m1")), int(match.group("d1")))
    else:
        day = safe_date(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
    return day_value(day) if day else None


def _day_month(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    day_number = _day_number(match, lexicon)
    month = lexicon.months[word_key(match.group("month"))]
    if match.group("year"):
        day = safe_date(int(match.group("year")), month, day_number)
    elif publication is None:
        return None
    else:
        day = day_month(day_number, month, publication, _tense(match, lexicon))
    return day_value(day) if day else None


def _hijri(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    day_number = _day_number(match, lexicon)
    month = lexicon.hijri_months[word_key(match.group("hmonth"))]
    if match.group("year"):
        day = hijri_to_gregorian(int(match.group("year")), month, day_number)
        return day_value(day) if day else None
    if publication is None:
        return None
    hijri_year = hijri_year_of(publication)
    if hijri_year is None:
        return None
    candidates = [d for y in (hijri_year - 1, hijri_year, hijri_year + 1)
                  if (d := hijri_to_gregorian(y, month, day_number)) is not None]
    picked = pick_day(candidates, publication, Tense.NONE)
    return day_value(picked) if picked else None


def _month_licensed(match: re.Match[str]) -> bool:
    return any(match.group(name) for name in ("ctx", "mod", "mword", "twin", "year", "cue"))


def _month(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    if not _month_licensed(match):
        return None
    month = lexicon.months[word_key(match.group("month"))]
    if match.group("year"):
        return month_value(int(match.group("year")), month)
    if publication is None:
        return None
    return month_value(month_year(month, publication, _tense(match, lexicon)), month)


def _year(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    by_itself = not (match.group("yword") or match.group("mod") or match.group("era"))
    counted = _WORD_AFTER.match(match.string, match.end("body")) and not match.group("ytail")
    if by_itself and (not match.group("ctx") or counted):
        return None  # "في 2000 موقع": a count after a preposition, not a year
    return year_value(int(match.group("year")))


def _relative(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    unit, count = lexicon.units[word_key(match.group("unit"))]
    number = match.group("num")
    if not number and _repeats_unit(match, lexicon, unit):
        return None  # "يوما بعد يوم", "عاما بعد عام": day after day, no date
    if number:
        amount = int(number) if number.isdigit() else lexicon.cardinals[word_key(number)]
    elif count is None:
        return None  # "قبل أيام": a few days, no number
    else:
        amount = count
    if publication is None or amount <= 0:
        return None
    sign = -1 if lexicon.directions[word_key(match.group("dir"))] == "past" else 1
    if unit in ("day", "week"):
        day = shift_days(publication, sign * amount * (_DAYS_PER_WEEK if unit == "week" else 1))
        return day_value(day) if day else None
    if unit == "month":
        return month_value(*shift_month(publication.year, publication.month, sign * amount))
    return year_value(publication.year + sign * amount)


def _repeats_unit(match: re.Match[str], lexicon: TimeLexicon, unit: str) -> bool:
    """Whether the word before the expression is the same unit (يوما بعد يوم)."""
    before = match.string[:match.start("body")].split()
    return bool(before) and lexicon.units.get(word_key(before[-1]), ("", None))[0] == unit


def _period(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    tense = Tense.CURRENT if match.group("this") else _tense(match, lexicon)
    if tense is Tense.NONE or publication is None:
        return None
    step = {Tense.PAST: -1, Tense.FUTURE: 1}.get(tense, 0)
    unit = lexicon.periods[word_key(match.group("period"))]
    if unit == "week":
        day = shift_days(publication, step * _DAYS_PER_WEEK)
        return day_value(day) if day else None
    if unit == "month":
        return month_value(*shift_month(publication.year, publication.month, step))
    return year_value(publication.year + step)


def _weekday(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    if publication is None:
        return None
    tense = _tense(match, lexicon)
    if tense is Tense.CURRENT:
        tense = Tense.NONE
    return day_value(weekday_date(lexicon.weekdays[word_key(match.group("weekday"))], publication, tense))


def _deictic(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    if publication is None:
        return None
    day = shift_days(publication, lexicon.deictics[word_key(match.group("deictic"))])
    return day_value(day) if day else None


def _decade(match: re.Match[str], lexicon: TimeLexicon, publication: dt.date | None) -> EventDate | None:
    """The last year of the latest such decade begun by publication (الثمانينات in 2007: 1989).

    A decade still running is the publication year, which gives the publication day.
    """
    if publication is None:
        return None
    start = publication.year // _CENTURY * _CENTURY + lexicon.decades[word_key(match.group("decade"))] * _DECADE
    if start > publication.year:
        start -= _CENTURY
    return year_value(min(start + _DECADE - 1, publication.year))


_RESOLVERS: dict[Rule, Resolver] = {
    Rule.NUMERIC: _numeric,
    Rule.DAY_MONTH: _day_month,
    Rule.HIJRI: _hijri,
    Rule.MONTH: _month,
    Rule.YEAR: _year,
    Rule.RELATIVE: _relative,
    Rule.PERIOD: _period,
    Rule.WEEKDAY: _weekday,
    Rule.DEICTIC: _deictic,
    Rule.DECADE: _decade,
}
