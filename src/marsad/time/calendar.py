"""Calendar arithmetic for resolving date expressions against the publication date."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from marsad.model import DatePrecision, EventDate, Span

# A day-month or month with no year and no tense word is placed in the latest year that
# puts it no more than this far after publication. Articles announce dates a few weeks
# ahead ("في 5 يناير" written on 20 December is next month), while a date months ahead
# with no المقبل is almost always a past one ("في 15 تشرين الأول" written in August is
# last October).
FUTURE_TOLERANCE = dt.timedelta(days=31)
FUTURE_TOLERANCE_MONTHS = 1


class Tense(str, Enum):
    """Which side of the publication date an expression points to."""

    NONE = "none"  # no cue: the nearest reading that fits (see FUTURE_TOLERANCE)
    PAST = "past"  # الماضي: strictly before publication
    FUTURE = "future"  # المقبل: strictly after publication
    CURRENT = "current"  # الجاري: the publication's own month or year


def day_value(day: dt.date, span: Span | None = None) -> EventDate:
    """A day-precision date found in the text."""
    return EventDate(day.isoformat(), DatePrecision.DAY, True, span)


def month_value(year: int, month: int, span: Span | None = None) -> EventDate:
    """A month-precision date found in the text."""
    return EventDate(f"{year:04d}-{month:02d}", DatePrecision.MONTH, True, span)


def year_value(year: int, span: Span | None = None) -> EventDate:
    """A year-precision date found in the text."""
    return EventDate(f"{year:04d}", DatePrecision.YEAR, True, span)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the numbers do not make one (31 نيسان)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months away."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_days(day: dt.date, delta: int) -> dt.date | None:
    """``day`` moved by ``delta`` days, or None outside the calendar."""
    try:
        return day + dt.timedelta(days=delta)
    except OverflowError:
        return None


def pick_day(candidates: list[dt.date], publication: dt.date, tense: Tense) -> dt.date | None:
    """Choose among the same day-month in neighbouring years (candidates in ascending order)."""
    if tense is Tense.PAST:
        before = [c for c in candidates if c < publication]
        return before[-1] if before else None
    if tense is Tense.FUTURE:
        after = [c for c in candidates if c > publication]
        return after[0] if after else None
    if tense is Tense.CURRENT:
        same = [c for c in candidates if c.year == publication.year]
        return same[0] if same else None
    fitting = [c for c in candidates if c <= publication + FUTURE_TOLERANCE]
    return fitting[-1] if fitting else None


def day_month(day: int, month: int, publication: dt.date, tense: Tense) -> dt.date | None:
    """A day and month without a year, placed in the year that fits publication and tense."""
    candidates = [d for y in (publication.year - 1, publication.year, publication.year + 1)
                  if (d := safe_date(y, month, day)) is not None]
    return pick_day(candidates, publication, tense)


def month_year(month: int, publication: dt.date, tense: Tense) -> int:
    """The year of a month named without a year."""
    here = publication.year * 12 + publication.month - 1
    candidates = [y * 12 + month - 1 for y in (publication.year - 1, publication.year, publication.year + 1)]
    if tense is Tense.PAST:
        index = max(c for c in candidates if c < here)
    elif tense is Tense.FUTURE:
        index = min(c for c in candidates if c > here)
    elif tense is Tense.CURRENT:
        index = publication.year * 12 + month - 1
    else:
        index = max(c for c in candidates if c <= here + FUTURE_TOLERANCE_MONTHS)
    return index // 12


def weekday_date(weekday: int, publication: dt.date, tense: Tense) -> dt.date:
    """A weekday: the latest on or before publication, or strictly before (الماضي) or after (المقبل)."""
    if tense is Tense.FUTURE:
        return publication + dt.timedelta(days=(weekday - publication.weekday()) % 7 or 7)
    back = (publication.weekday() - weekday) % 7
    if tense is Tense.PAST and back == 0:
        back = 7
    return publication - dt.timedelta(days=back)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """A Umm al-Qura Hijri date in the Gregorian calendar, or None if invalid or out of range."""
    try:
        from hijridate import Hijri
    except ImportError:  # pragma: no cover - hijridate is a dependency; without it Hijri dates are skipped
        return None
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(gregorian.year, gregorian.month, gregorian.day)


def hijri_year_of(day: dt.date) -> int | None:
    """The Hijri year that ``day`` falls in, or None out of range."""
    try:
        from hijridate import Gregorian
    except ImportError:  # pragma: no cover
        return None
    try:
        return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
    except (ValueError, OverflowError):
        return None
